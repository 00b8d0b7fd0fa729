"""Documents from the book: the note, Schedule A, payoff letter, release and OID statement.

See ``README.md`` in this package and ``docs/documents.md``.
"""

from promissory.render.documents import (
    DOCUMENTS,
    note_context,
    payoff_letter_context,
    render,
    render_note,
    render_oid_statement,
    render_payoff_letter,
    render_release,
    render_schedule_a,
    render_statement,
    schedule_a_context,
    statement_context,
)
from promissory.render.environment import environment, template_names
from promissory.render.records import (
    Format,
    OidStatementFigures,
    OidYearFigures,
    ReleaseFigures,
    Rendered,
    Signatory,
)
from promissory.render.words import amount_in_words, date_words, integer_words, money

__all__ = [
    "DOCUMENTS",
    "Format",
    "OidStatementFigures",
    "OidYearFigures",
    "ReleaseFigures",
    "Rendered",
    "Signatory",
    "amount_in_words",
    "date_words",
    "environment",
    "integer_words",
    "money",
    "note_context",
    "payoff_letter_context",
    "render",
    "render_note",
    "render_oid_statement",
    "render_payoff_letter",
    "render_release",
    "render_schedule_a",
    "render_statement",
    "schedule_a_context",
    "statement_context",
    "template_names",
]
