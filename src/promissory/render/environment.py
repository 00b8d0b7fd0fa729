"""Where templates come from and the filters they may use.

A template is found by name (``note.txt.j2``) first in the user's template directory, if one is
given, then among the templates packaged with promissory (``promissory/render/templates``); a user
overrides any document, or only the HTML page layout (``base.html.j2``), by putting a file of the
same name in that directory.  HTML templates are autoescaped; text and Markdown are not.  An
undefined variable is an error, so a misspelt name in a template fails loudly instead of printing
nothing into a legal document.

Filters every template may use (see ``docs/documents.md``):

``money(currency="USD")``   $20,000,000.00      ``words(currency="USD")``  Twenty Million Dollars
``figures(currency)``       20,000,000.00        ``longdate``               October 5, 2001
``percent``                 8%                    ``rate_words``             eight percent (8%)
``paragraph(indent=5, width=80)``  fill a paragraph the way the seed documents are typed
``block(indent=0, width=80)``      fill without a first-line indent, every line at ``indent``
``numbered(label, indent=0, width=80, hang=5)``  fill after a number with a hanging indent
``right(width=80)``                set a line flush right
``centered(width=80)``             centre a line
``oneline``                        collapse a paragraph to one line (Markdown, HTML)
``grouped``                        a Decimal with separators and all its digits
``cell``                           one line with pipes escaped, for a Markdown table cell

In a Markdown document (format ``md``, a ``*.md.j2`` template) every value a ``{{ ... }}`` prints
is data, not markup: the characters Markdown or HTML would read (backslash, backtick, ``* _ [ ] <
> & | ~``, and a heading, list or quote marker at the start of a line) are backslash-escaped, so a
memo of ``a | b *c* <script>`` is shown as written.  Only the ``*.md.j2`` template's own text is
markup; the words macros (``note-clauses.j2`` and friends) are escaped once, where the Markdown
template prints them.  The same template rendered as plain text (Schedule A, the OID statement) is
not escaped.
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import jinja2
import jinja2.runtime
import markupsafe

from promissory.errors import InvalidInput
from promissory.render.words import (
    amount_in_words,
    date_words,
    money,
    percent,
    rate_words,
)

__all__ = ["TEMPLATE_PACKAGE", "environment", "template_names"]

#: The package whose ``templates`` folder holds the packaged templates.
TEMPLATE_PACKAGE = "promissory.render"


def _paragraph(text: str, indent: int = 5, width: int = 80) -> str:
    """Fill ``text`` (whitespace collapsed) with a first-line indent, as the seed note is typed."""
    return textwrap.fill(
        " ".join(text.split()),
        width=width,
        initial_indent=" " * indent,
        subsequent_indent="",
        break_on_hyphens=False,
        break_long_words=False,
    )


def _block(text: str, indent: int = 0, width: int = 80, hanging: int = 0) -> str:
    """Fill ``text`` with every line at ``indent`` (and later lines ``hanging`` further in)."""
    return textwrap.fill(
        " ".join(text.split()),
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent + hanging),
        break_on_hyphens=False,
        break_long_words=False,
    )


def _numbered(text: str, label: str, indent: int = 0, width: int = 80, hang: int = 5) -> str:
    """Fill ``text`` after ``label`` ("1.", "(a)") with a hanging indent, as the seed letter is typed."""
    return textwrap.fill(
        " ".join(text.split()),
        width=width,
        initial_indent=" " * indent + label.ljust(hang),
        subsequent_indent=" " * (indent + hang),
        break_on_hyphens=False,
        break_long_words=False,
    )


def _right(text: str, width: int = 80) -> str:
    return text.rjust(width)


def _centered(text: str, width: int = 80) -> str:
    """Centre a line in ``width`` columns, with no trailing spaces."""
    return text.center(width).rstrip()


@jinja2.pass_context
def _cell(context: jinja2.runtime.Context, text: object) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped (all markup in Markdown)."""
    if isinstance(text, jinja2.Undefined):
        text._fail_with_undefined_error()
    line = " ".join(str(text).split())
    if _is_markdown(context):
        return markupsafe.Markup(_markdown_text(line))
    return line.replace("|", "\\|")


#: What Markdown (CommonMark with GFM tables) or HTML would read as markup anywhere in a line.
#: (``&`` only where it would start an entity such as ``&amp;``, so "Berg & Berg" stays as written.)
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~]|&(?=#?[0-9A-Za-z]+;))")
#: A heading, list, quote or setext marker at the start of a line.
_MARKDOWN_LINE_START = re.compile(r"^([ \t]*)([#+=-]|\d+[.)])(?=[\s#+=-]|$)", re.MULTILINE)


def _markdown_text(text: str) -> str:
    """``text`` backslash-escaped so that Markdown shows it as written (no emphasis, no HTML)."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(
        lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], escaped
    )


def _is_markdown(context: jinja2.runtime.Context) -> bool:
    """Printing into a Markdown template rendered as Markdown (not its plain-text fallback)."""
    name = context.name or ""
    return context.get("format") == "md" and name.endswith(".md.j2")


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: object) -> object:
    """What ``{{ ... }}`` prints: in a Markdown document, data escaped (see the module docstring)."""
    if isinstance(value, markupsafe.Markup) or value is None or not _is_markdown(context):
        return value
    return markupsafe.Markup(_markdown_text(str(value)))


def _grouped(value: Decimal) -> str:
    """A Decimal with thousands separators and every digit it has: 3,646,666.666667."""
    return f"{value:,f}"


def _oneline(text: str) -> str:
    """Collapse a paragraph's whitespace (line breaks included) to single spaces."""
    return " ".join(str(text).split())


def _figures(amount: object, currency: str = "USD") -> str:
    if amount is None:
        return ""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount {amount!r} is a {type(amount).__name__}, not a Decimal")
    return money(amount, currency, sign=False)


def environment(user_dir: Path | str | None = None) -> jinja2.Environment:
    """A Jinja environment that looks in ``user_dir`` first, then in the packaged templates."""
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        path = Path(user_dir)
        if not path.is_dir():
            raise InvalidInput(f"template directory {str(path)!r} does not exist")
        loaders.append(jinja2.FileSystemLoader(str(path)))
    loaders.append(jinja2.PackageLoader(TEMPLATE_PACKAGE, "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    filters: dict[str, Callable[..., str]] = {
        "money": money,
        "figures": _figures,
        "words": amount_in_words,
        "longdate": date_words,
        "percent": percent,
        "rate_words": rate_words,
        "paragraph": _paragraph,
        "block": _block,
        "right": _right,
        "numbered": _numbered,
        "centered": _centered,
        "oneline": _oneline,
        "grouped": _grouped,
    }
    env.filters.update({name: _strict(f) for name, f in filters.items()})
    env.filters["cell"] = _cell  # given the context (escapes by format); checks Undefined itself
    return env


def _strict(f: Callable[..., str]) -> Callable[..., str]:
    """A filter that fails on an undefined value (a misspelt name) instead of formatting it."""

    @functools.wraps(f)
    def checked(value: object, *args: object, **kwargs: object) -> str:
        if isinstance(value, jinja2.Undefined):
            value._fail_with_undefined_error()
        return f(value, *args, **kwargs)

    return checked


def template_names() -> list[str]:
    """The names of the packaged templates (what a user may override)."""
    return sorted(jinja2.PackageLoader(TEMPLATE_PACKAGE, "templates").list_templates())
