"""What a command-line error must look like: one Vietnamese line "Lỗi: …" on stderr, nothing on stdout."""

from __future__ import annotations

import re

import pytest

ENGLISH = re.compile(r"\b(usage|error|argument|required|invalid|choose|unrecognized|expected)\b", re.I)
"""argparse's own English words: none may reach an officer."""


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Lỗi: ") and not ENGLISH.search(lines[0]), lines[0]
    return lines[0]
