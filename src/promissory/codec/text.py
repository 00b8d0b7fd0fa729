"""Free text written by people (memos, descriptions, party names, reasons): the rule, and display.

The rule: text may not hold control characters — the C0 controls (U+0000–U+001F) other than tab and
newline, DEL (U+007F) and the C1 controls (U+0080–U+009F).  An ANSI escape (ESC, U+001B) in a memo
would recolour or rewrite the operator's terminal, and no note needs a control character, so it is
refused where text enters (the command line, CSV onboarding, terms files) with the rule and the
position.  Text already in a book from before the rule is never refused on reading; it is
*neutralised* for display by :func:`printable`, which writes each control character as a visible
escape (``\\x1b``), so nothing reaches a terminal as a control.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from promissory.errors import InvalidInput

#: Control characters that are meaningful in free text and allowed.
ALLOWED_CONTROLS: Final = frozenset("\t\n")

#: The refused characters (the controls of :func:`is_control` but tab and newline), to find the
#: first at once: onboarding checks every cell of every row.
_REFUSED: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

RULE: Final = "text may not contain control characters (other than tab and newline)"


def is_control(ch: str) -> bool:
    """Whether ``ch`` is a C0 or C1 control character, or DEL."""
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F


def check_text(value: str, *, what: str = "text") -> str:
    """``value`` unchanged, or :class:`InvalidInput` naming the first control character and where.

    >>> check_text("Loan 1 [restated]")
    'Loan 1 [restated]'
    >>> check_text("\\x1b[31mred", what="memo")
    Traceback (most recent call last):
    ...
    promissory.errors.InvalidInput: memo '\\x1b[31mred' has control character U+001B at position 0: \
text may not contain control characters (other than tab and newline)
    """
    found = _REFUSED.search(value)
    if found is not None:
        i, ch = found.start(), found.group()
        raise InvalidInput(f"{what} {value!r} has control character U+{ord(ch):04X} at "
                           f"position {i}: {RULE}")  # fmt: skip
    return value


def printable(value: str, *, keep_newlines: bool = False) -> str:
    """``value`` with every control character written as a visible escape (``"\\x1b"``).

    Tab and newline become a space unless ``keep_newlines`` (a table cell is one line).

    >>> printable("\\x1b[31mred\\ttext")
    '\\\\x1b[31mred text'
    """
    out = []
    for ch in value:
        if ch in ALLOWED_CONTROLS:
            out.append(ch if keep_newlines else " ")
        elif is_control(ch):
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


def read_text_file(path: str | Path, *, what: str = "terms file") -> str:
    """The UTF-8 text of a file people wrote, or :class:`InvalidInput` saying plainly why not.

    Missing, a directory, unreadable, empty, or not UTF-8 (naming the first bad byte and its
    offset), each with the path.
    """
    file = Path(path)
    if not file.exists():
        raise InvalidInput(f"{what} {str(path)!r} does not exist")
    if file.is_dir():
        raise InvalidInput(f"{what} {str(path)!r} is a directory, not a file")
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InvalidInput(f"cannot read {what} {str(path)!r}: {error.strerror}") from None
    if not data.strip():
        raise InvalidInput(f"{what} {str(path)!r} is empty")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"{what} {str(path)!r} is not UTF-8 text: byte 0x{data[error.start]:02x} at offset "
            f"{error.start}"
        ) from None
