"""The text rule: control characters are refused where text enters and neutralised for display;
files people wrote are read with plain errors (missing, a directory, empty, not UTF-8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from promissory.codec.text import check_text, printable, read_text_file
from promissory.errors import InvalidInput


@pytest.mark.parametrize("ch", ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85", "\x9b"])
def test_control_characters_are_refused(ch: str) -> None:
    with pytest.raises(InvalidInput, match=f"U\\+{ord(ch):04X} at position 3"):
        check_text(f"abc{ch}def", what="memo")


def test_tab_newline_brackets_and_unicode_are_text() -> None:
    for text in ("a\tb", "line 1\nline 2", "[/] [restated] [bold]", "Zürich — 東京"):
        assert check_text(text) == text


def test_every_character_through_latin_extended_a_is_judged_by_the_rule() -> None:
    # the rule in the module's words: C0 but tab and newline, DEL, C1; everything else is text
    for code in range(0x180):
        refused = (code < 0x20 and chr(code) not in "\t\n") or 0x7F <= code <= 0x9F
        if refused:
            with pytest.raises(InvalidInput, match=f"U\\+{code:04X} at position 1"):
                check_text(f"a{chr(code)}b{chr(0)}")
        else:
            assert check_text(f"a{chr(code)}b") == f"a{chr(code)}b"


def test_printable_neutralises_controls() -> None:
    assert printable("\x1b[31mred\x9b") == "\\x1b[31mred\\x9b"
    assert printable("a\tb\nc") == "a b c"
    assert printable("a\nb", keep_newlines=True) == "a\nb"


def test_read_text_file(tmp_path: Path) -> None:
    good = tmp_path / "t.toml"
    good.write_text('id = "X"\n', encoding="utf-8")
    assert read_text_file(good) == 'id = "X"\n'
    with pytest.raises(InvalidInput, match="does not exist"):
        read_text_file(tmp_path / "missing.toml")
    with pytest.raises(InvalidInput, match="is a directory"):
        read_text_file(tmp_path)
    empty = tmp_path / "empty.toml"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is empty"):
        read_text_file(empty)
    binary = tmp_path / "b.toml"
    binary.write_bytes(b'id = "\xc3\x28"')
    with pytest.raises(InvalidInput, match="is not UTF-8 text: byte 0xc3 at offset 6"):
        read_text_file(binary)
