"""HTML to PDF, by WeasyPrint (which lays out the HTML and CSS with Pango).

WeasyPrint needs Pango and a font on the machine; ``make sysdeps`` installs them from Debian.  It is
imported when a PDF is first asked for, so the text formats work without it.
"""

from __future__ import annotations

from promissory.errors import PromissoryError

__all__ = ["html_to_pdf"]


def html_to_pdf(html: str) -> bytes:
    """Lay out a standalone HTML page (with its print styles) and return the PDF's bytes."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # OSError: Pango or another library is missing
        raise PromissoryError(
            f"PDF output needs WeasyPrint and the Pango library ({error}); run `make sysdeps venv`"
        ) from error
    data = weasyprint.HTML(string=html).write_pdf()
    if not isinstance(data, bytes):
        raise PromissoryError("WeasyPrint returned no PDF")
    return data
