"""Pages, dialogs and signals are wired by imports and attributes that mypy sees, never looked up by a string.

A page built with importlib (falling back to a placeholder) or a signal connected through getattr(…, None) vanishes
silently when it is renamed; an import or an attribute access fails loudly at start-up and in mypy.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desk_app"

ATTRIBUTES_READ_BY_NAME = {
    # Not wiring: an error shown to a person is looked up by its key, which only some exceptions carry.
    "key",
    # A lockout's end, on the one refusal that carries it (storage.keyslots.AccountLocked, which the ui may not import).
    "until",
}


def _sources(*places: Path) -> Iterator[tuple[str, ast.Module]]:
    for place in places:
        files = sorted(place.rglob("*.py")) if place.is_dir() else [place]
        for file in files:
            yield str(file.relative_to(ROOT)), ast.parse(file.read_text(encoding="utf-8"))


def modules_found_by_name(tree: ast.AST) -> list[int]:
    """Lines that import a module named by a string: importlib.import_module, __import__."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "importlib":
            if any(alias.name == "import_module" for alias in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
                isinstance(func, ast.Name) and func.id in {"__import__", "import_module"}
            ):
                lines.append(node.lineno)
    return lines


def attributes_found_by_name(tree: ast.AST) -> list[tuple[int, str]]:
    """getattr(x, "name", …) and hasattr(x, "name"): an attribute mypy cannot check, a rename nobody notices."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in {"getattr", "hasattr"} or len(node.args) < 2:
            continue
        name = node.args[1]
        literal = isinstance(name, ast.Constant) and isinstance(name.value, str)
        if literal and name.value not in ATTRIBUTES_READ_BY_NAME:
            found.append((node.lineno, f"{node.func.id}(…, {name.value!r})"))
    return found


def test_no_module_is_imported_by_a_string() -> None:
    found = [f"{path}:{line}" for path, tree in _sources(PACKAGE) for line in modules_found_by_name(tree)]
    assert found == [], "import the module instead of looking it up by name:\n" + "\n".join(found)


def test_the_window_connects_pages_through_typed_attributes() -> None:
    found = [
        f"{path}:{line} {call}"
        for path, tree in _sources(PACKAGE / "ui", PACKAGE / "app.py")
        for line, call in attributes_found_by_name(tree)
    ]
    assert found == [], "use the attribute (declare the Signal on the class) instead:\n" + "\n".join(found)


def test_the_checks_catch_what_they_forbid() -> None:
    """The two checks above would pass on any tree if they looked for the wrong thing."""
    wired_by_name = ast.parse(
        "import importlib\n"
        "from importlib import import_module\n"
        "page = importlib.import_module('desk_app.ui.pages.register.page')\n"
        "other = __import__('desk_app.ui.first_run')\n"
        "signal = getattr(page, 'visitRequested', None)\n"
        "if hasattr(page, 'refresh'):\n"
        "    page.refresh()\n"
        "detail = getattr(exc, 'key', None)\n"
        "value = getattr(form, field_name, None)\n"
    )
    assert modules_found_by_name(wired_by_name) == [2, 3, 4]
    assert attributes_found_by_name(wired_by_name) == [
        (5, "getattr(…, 'visitRequested')"),
        (6, "hasattr(…, 'refresh')"),
    ]
