"""The services' write paths, found by introspection (no tests here): every public method of a class under
desk_app.services that opens a write transaction (`….db.write()`), itself or through the helpers it calls, and the
action its gate requires (read from its first statements)."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import desk_app.services
from desk_app.domain.permissions import Action

_NOT_WRITES = ("desk_app.services.audit",)  # logging an event must always work; it is no one's write


@dataclass(frozen=True)
class WritePath:
    key: str
    owner: type
    function: Callable[..., Any]
    gates: tuple[Action | None, ...]
    """The actions required by the method's first statements (None: a gate whose action is computed)."""


def _source_tree(fn: Callable[..., Any]) -> ast.AST | None:
    try:
        return ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError):
        return None


def _ours(obj: Any) -> bool:
    module = getattr(obj, "__module__", "") or ""
    return module.startswith("desk_app.services") and not module.startswith(_NOT_WRITES)


def _writes(fn: Callable[..., Any], owner: type | None, seen: set[Any]) -> bool:
    """Whether `fn` opens a write transaction, directly or through a function or method of desk_app.services."""
    if fn in seen:
        return False
    seen.add(fn)
    tree = _source_tree(fn)
    if tree is None:
        return False
    names = getattr(fn, "__globals__", {})
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        target: Any = None
        target_owner: type | None = None
        if isinstance(f, ast.Attribute):
            if f.attr == "write" and isinstance(f.value, ast.Attribute) and f.value.attr == "db":
                return True
            base = f.value
            if isinstance(base, ast.Name) and base.id == "self" and owner is not None:
                target, target_owner = getattr(owner, f.attr, None), owner
            elif isinstance(base, ast.Name) and isinstance(names.get(base.id), types.ModuleType):
                target = getattr(names[base.id], f.attr, None)
            elif isinstance(base, ast.Call) and isinstance(base.func, ast.Name):
                cls = names.get(base.func.id)  # Service(ctx).method(...)
                if isinstance(cls, type):
                    target, target_owner = getattr(cls, f.attr, None), cls
        elif isinstance(f, ast.Name):
            target = names.get(f.id)
        if inspect.isfunction(target) and _ours(target) and _writes(target, target_owner, seen):
            return True
    return False


def _gates(fn: Callable[..., Any]) -> tuple[Action | None, ...]:
    """The actions of the `require(self._ctx, …)` calls among the method's first statements (also under an `if`)."""
    tree = _source_tree(fn)
    assert tree is not None
    body = tree.body[0].body  # type: ignore[attr-defined]
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    found: list[Action | None] = []
    for stmt in body:
        calls = [stmt.value] if isinstance(stmt, ast.Expr) else []
        if isinstance(stmt, ast.If):
            calls = [s.value for s in stmt.body if isinstance(s, ast.Expr)]
        requires = [c for c in calls if isinstance(c, ast.Call) and getattr(c.func, "id", "") == "require"]
        if not requires:
            break
        for call in requires:
            arg = call.args[1]
            is_action = (
                isinstance(arg, ast.Attribute)
                and isinstance(arg.value, ast.Name)
                and arg.value.id == "Action"
            )
            found.append(Action(arg.attr) if is_action else None)  # type: ignore[union-attr]
    return tuple(found)


def write_paths() -> list[WritePath]:
    found: list[WritePath] = []
    for info in pkgutil.walk_packages(desk_app.services.__path__, "desk_app.services."):
        if info.name.startswith(_NOT_WRITES):
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for method_name, method in vars(cls).items():
                if method_name.startswith("_") or not inspect.isfunction(method):
                    continue
                if _writes(method, cls, set()):
                    found.append(WritePath(f"{name}.{method_name}", cls, method, _gates(method)))
    return sorted(found, key=lambda p: p.key)
