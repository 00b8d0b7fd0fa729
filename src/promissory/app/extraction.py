"""Reading terms from a document: the facade's extraction desk (``promissory extract`` calls it).

:meth:`~ExtractionDesk.extract_document` reads a plain-text note, loan agreement or settlement letter and returns
the :class:`~promissory.extract.Extraction` (findings with spans and confidence, what is missing,
warnings).  :meth:`~ExtractionDesk.write_draft` writes its TOML terms draft, which a person reviews, completes at
the ``# MISSING:`` placeholders and loads with ``promissory note add``.  Nothing here touches the
book: an extraction is a proposal, not a note.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from promissory.errors import InvalidInput

if TYPE_CHECKING:  # the rules compile some three hundred patterns: imported when a document is read
    from promissory.extract import Extraction

__all__ = ["ExtractionDesk"]


class ExtractionDesk:
    """Proposing terms from a document (nothing here touches the book)."""

    @staticmethod
    def extract_document(path: str | Path) -> Extraction:
        """Read the document at ``path`` (UTF-8, Latin-1 accepted) and propose its terms."""
        from promissory.extract import extract_file

        try:
            return extract_file(path)
        except OSError as error:
            raise InvalidInput(f"cannot read document {str(path)!r}: {error.strerror}") from None

    @staticmethod
    def extraction_json(extraction: Extraction) -> dict[str, Any]:
        """The extraction as JSON values (decimal strings, ISO dates, spans), with the terms proposal."""
        from promissory.extract import to_json_dict

        return to_json_dict(extraction)

    @staticmethod
    def write_draft(extraction: Extraction, path: str | Path) -> Path:
        """Write the TOML terms draft to ``path`` and return where it went."""
        from promissory.extract import to_toml_draft

        target = Path(path)
        try:
            target.write_text(to_toml_draft(extraction), encoding="utf-8")
        except OSError as error:
            raise InvalidInput(f"cannot write draft {str(path)!r}: {error.strerror}") from None
        return target
