"""Text from the book is shown literally in a Markdown document: a memo or a name with ``*``,
``_``, backticks, ``|``, ``[...]``, ``&`` or ``<script>`` is neither emphasis, code, a link, a table
column nor raw HTML.  The figures and the plain-text documents are unchanged."""

from __future__ import annotations

import dataclasses
import html
from datetime import date

from markdown_it import MarkdownIt

from promissory.app import Promissory
from promissory.core.reports import PayoffQuote
from promissory.core.terms import Party, Terms
from promissory.render import (
    OidStatementFigures,
    ReleaseFigures,
    render_note,
    render_oid_statement,
    render_payoff_letter,
    render_release,
)

NOTE = "VAL-2001-10-05"
MEMO = "a | b *c* _d_ `e` \\f [g](h) <script>alert(1)</script> & ~~i~~ # j &copy;"
NAME = "Smith *&* Sons_ <b>Co</b> `x`"


def as_html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown)


def assert_literal(markdown: str, text: str) -> None:
    page = as_html(markdown)
    assert html.escape(text, quote=False) in page, page
    for tag in ("<em>", "<strong>a", "<code>", "<script>", "<b>", "<a ", "<s>", "<del>"):
        assert tag not in page, tag


def test_a_notation_is_literal_in_the_schedule_as_markdown(app: Promissory) -> None:
    app.post(NOTE, {"kind": "notation", "effective_date": date(2005, 1, 3), "text": MEMO})
    markdown = app.schedule_a_document(NOTE, "md").text
    assert_literal(markdown, MEMO)
    row = next(line for line in markdown.splitlines() if "alert" in line)
    assert len(row.replace("\\|", "").split("|")) == 13  # eleven columns: the pipe did not split
    assert "| 5,000,000.00 |" in markdown  # the figures as before


def test_the_schedule_as_text_shows_the_notation_as_written(app: Promissory) -> None:
    app.post(NOTE, {"kind": "notation", "effective_date": date(2005, 1, 3), "text": MEMO})
    text = app.schedule_a_document(NOTE, "txt").text
    assert MEMO.replace("|", "\\|") in text  # as before: the cell filter escapes the pipe


def _named(terms: Terms) -> Terms:
    return dataclasses.replace(terms, borrower=dataclasses.replace(terms.borrower, name=NAME))


def test_a_name_is_literal_in_the_note_as_markdown(seed_terms: Terms) -> None:
    markdown = render_note(_named(seed_terms), "md").text
    assert_literal(markdown, NAME)
    assert "$20,000,000.00" in markdown
    assert NAME in render_note(_named(seed_terms), "txt").text


def test_a_name_is_literal_in_the_payoff_letter_as_markdown(
    quote: PayoffQuote, seed_terms: Terms
) -> None:
    markdown = render_payoff_letter(quote, _named(seed_terms), "md").text
    assert_literal(markdown, NAME)
    assert NAME in render_payoff_letter(quote, _named(seed_terms), "txt").text


def test_a_name_is_literal_in_the_release_as_markdown(seed_release: ReleaseFigures) -> None:
    figures = dataclasses.replace(seed_release, borrower=Party(NAME, "corporation", "Delaware"))
    markdown = render_release(figures, "md").text
    assert_literal(markdown, NAME)
    assert "155,388.68" in markdown
    assert NAME in render_release(figures, "txt").text


def test_a_name_is_literal_in_the_oid_statement_as_markdown(
    oid_figures: OidStatementFigures,
) -> None:
    figures = dataclasses.replace(oid_figures, holder=Party(NAME), name=MEMO)
    markdown = render_oid_statement(figures, "md").text
    assert_literal(markdown, NAME)
    assert_literal(markdown, MEMO)
    assert "$27,022.57" in markdown
    text = render_oid_statement(figures, "txt").text
    assert NAME in text
    assert MEMO in text
