"""Templates: a user directory overrides any packaged template by name."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from promissory.core.reports import PayoffQuote
from promissory.core.terms import Terms
from promissory.errors import InvalidInput
from promissory.render import render_note, render_payoff_letter, template_names

DOCUMENT_TEMPLATES = {
    "note.txt.j2", "note.md.j2", "note.html.j2", "note-clauses.j2", "base.html.j2",
    "schedule-a.md.j2", "schedule-a.html.j2",
    "payoff-letter.txt.j2", "payoff-letter.md.j2", "payoff-letter.html.j2", "payoff-letter-words.j2",
    "release.txt.j2", "release.md.j2", "release.html.j2", "release-words.j2",
    "oid-statement.md.j2", "oid-statement.html.j2",
    "statement.md.j2", "statement.html.j2",
}  # fmt: skip


def test_the_packaged_templates() -> None:
    assert set(template_names()) == DOCUMENT_TEMPLATES


def test_a_user_template_replaces_one_template(tmp_path: Path, seed_terms: Terms) -> None:
    (tmp_path / "note.md.j2").write_text(
        "# {{ title }} for {{ borrower.name }}\n\n{{ terms.commitment|words(currency) }} "
        "({{ terms.commitment|money(currency) }}), due {{ terms.maturity|longdate }}\n"
    )
    text = render_note(seed_terms, "md", templates=tmp_path).text
    assert text == (
        "# Secured Promissory Note for Valence Technology, Inc.\n\n"
        "Twenty Million Dollars ($20,000,000.00), due September 30, 2005\n"
    )
    # the other formats still come from the package
    assert "PROMISSORY NOTE" in render_note(seed_terms, "txt", templates=tmp_path).text


def test_overriding_the_shared_words_rewords_every_format(
    tmp_path: Path, seed_terms: Terms
) -> None:
    packaged = jinja2.PackageLoader("promissory.render", "templates")
    source, _, _ = packaged.get_source(jinja2.Environment(), "note-clauses.j2")
    (tmp_path / "note-clauses.j2").write_text(
        source.replace("Borrower waives presentment", "Borrower hereby waives presentment")
    )
    for fmt in ("txt", "md", "html"):
        text = " ".join(render_note(seed_terms, fmt, templates=tmp_path).text.split())
        assert "Borrower hereby waives presentment" in text


def test_overriding_the_page_layout_changes_html_and_pdf(
    tmp_path: Path, quote: PayoffQuote, seed_terms: Terms
) -> None:
    (tmp_path / "base.html.j2").write_text(
        "<html><body><header>ACME SERVICING</header>{% block body %}{% endblock %}</body></html>"
    )
    html = render_payoff_letter(quote, seed_terms, "html", templates=tmp_path).text
    assert html.startswith("<html><body><header>ACME SERVICING</header>")
    pdf = render_payoff_letter(quote, seed_terms, "pdf", templates=tmp_path)
    assert pdf.data.startswith(b"%PDF-")


def test_a_misspelt_variable_fails_loudly(tmp_path: Path, seed_terms: Terms) -> None:
    (tmp_path / "note.md.j2").write_text("{{ terms.comitment|money }}")
    with pytest.raises(InvalidInput, match=r"note\.md\.j2 .*no attribute .comitment."):
        render_note(seed_terms, "md", templates=tmp_path)


def test_a_missing_template_directory_is_refused(tmp_path: Path, seed_terms: Terms) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        render_note(seed_terms, "md", templates=tmp_path / "nowhere")
