"""No import cycles among desk_app's modules, counting every import: lazy ones and TYPE_CHECKING ones too.

A cycle is a seam made only to keep files short; the two halves cannot be understood, tested or moved apart.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "desk_app"


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name → file, for every module of the package except the Alembic revisions."""
    found = {}
    for file in sorted((root / PACKAGE).rglob("*.py")):
        if "migrations" in file.parts:
            continue
        parts = file.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = file
    return found


def imported_modules(module: str, source: str, known: Mapping[str, object], *, package: bool) -> set[str]:
    """The package's modules `module` imports anywhere in its text (`from a import b` counts b when b is a module)."""
    here = module if package else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base]) if base else ".".join(anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                targets.add(full if full in known else base)
    return {t for t in targets if t in known and t != module}


def import_graph(files: Mapping[str, Path]) -> dict[str, set[str]]:
    return {
        module: imported_modules(
            module, file.read_text(encoding="utf-8"), files, package=file.name == "__init__.py"
        )
        for module, file in files.items()
    }


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted, in a stable order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_no_import_cycles_inside_desk_app() -> None:
    found = cycles(import_graph(module_files()))
    assert found == [], "import cycles:\n" + "\n".join(" <-> ".join(group) for group in found)


def test_a_cycle_through_a_lazy_or_type_checking_import_is_found() -> None:
    known = dict.fromkeys(["desk_app.a", "desk_app.b", "desk_app.c", "desk_app.pkg", "desk_app.pkg.d"])
    graph = {
        "desk_app.a": imported_modules(
            "desk_app.a", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desk_app.b import B\n",
            known, package=False,
        ),
        "desk_app.b": imported_modules(
            "desk_app.b", "def f():\n    from desk_app import a\n    return a\n", known, package=False
        ),
        "desk_app.c": imported_modules("desk_app.c", "import desk_app.b\n", known, package=False),
        "desk_app.pkg": imported_modules("desk_app.pkg", "from . import d\n", known, package=True),
        "desk_app.pkg.d": imported_modules("desk_app.pkg.d", "from .. import pkg\n", known, package=False),
    }  # fmt: skip
    assert graph["desk_app.pkg.d"] == {"desk_app.pkg"}
    assert cycles(graph) == [["desk_app.a", "desk_app.b"], ["desk_app.pkg", "desk_app.pkg.d"]]
