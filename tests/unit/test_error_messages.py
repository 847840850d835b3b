"""Every error code raised anywhere in desk_app has a Vietnamese message in desk_app.i18n.errors."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import desk_app
from desk_app.domain import identity, reception
from desk_app.domain.passwords import LOGIN_CODES, PASSWORD_CODES
from desk_app.domain.visit_papers import PrintProblem
from desk_app.i18n import errors
from desk_app.storage.health import Damage

ROOT = Path(desk_app.__file__).parent
# A key as the code writes it ("<field>.<code>", "entity.not_found", "petition.transition:…"), not a sentence.
CODE = re.compile(r"^[a-z_0-9]+(\.[a-z_0-9]+)*(:.*)?$")
WILD = "1"  # stands for the {…} of an f-string: "rep{n}.full_name" → "rep1.full_name"

# Arguments no reading of the source can resolve: each site (file, call as written) names the codes it can carry.
ID_CODES = {identity.DIGITS_ONLY, identity.LENGTH_12, identity.LENGTH_CMND, identity.PASSPORT}
DYNAMIC: dict[tuple[str, str], set[str]] = {
    ("storage/health.py", "super().__init__(f'database.damaged.{damage}')"): {
        f"database.damaged.{d}" for d in Damage
    },
    ("domain/visit.py", "FieldError(f'{prefix}.id_number', code)"): {
        f"visitor.id_number.{c}" for c in ID_CODES
    },
    ("ui/pages/intake/people.py", "FieldError('visitor.id_number', code)"): {
        f"visitor.id_number.{c}" for c in ID_CODES
    },
    ("domain/visit.py", "FieldError('representatives', problem)"): {
        f"representatives.{c}" for c in (reception.TOO_FEW, reception.TOO_MANY)
    },
    # the codes of PeriodCodeError (test_period_codes_are_the_ones_listed keeps this honest)
    ("services/reports/service.py", "FieldError('period', exc.code)"): {
        "period.invalid",
        "period.range",
        "period.order",
    },
    ("services/visits/service.py", "ConflictError(problem.value)"): {p.value for p in PrintProblem},
    ("ui/pages/settings/working_calendar.py", "FieldError(f'calendar_day.{key}', 'invalid')"): {
        "calendar_day.date.invalid",
        "calendar_day.replaces.invalid",
    },
    # the password and login policy (domain.passwords), wherever a password or login is checked
    ("services/users/service.py", "FieldError('login', login_code)"): {f"login.{c}" for c in LOGIN_CODES},
    ("services/users/service.py", "FieldError('password', password_code)"): {
        f"password.{c}" for c in PASSWORD_CODES
    },
    ("services/users/service.py", "FieldError('password', problem)"): {
        f"password.{c}" for c in PASSWORD_CODES
    },
    ("services/users/service.py", "FieldError('new_password', problem)"): {
        f"new_password.{c}" for c in PASSWORD_CODES
    },
    ("cli/office.py", "FieldError('login', problem)"): {f"login.{c}" for c in LOGIN_CODES},
    ("cli/signin.py", "FieldError('password', problem)"): {f"password.{c}" for c in PASSWORD_CODES},
    (
        "domain/report_periods.py",
        "super().__init__(f'{code}: {text}')",
    ): set(),  # a ValueError's text, not a key
    # a sentence already, not a code
    (
        "services/transfer/table.py",
        "super().__init__(vt.REFUSED_HEAD.format(count=len(self.bad_rows)))",
    ): set(),
}


def modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


@cache
def trees() -> tuple[tuple[str, ast.Module], ...]:
    return tuple(modules())


def parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    return call.func.attr if isinstance(call.func, ast.Attribute) else None


class Resolver:
    """The string values an expression can take, read from the source; None when it cannot be told."""

    def __init__(self, path: str, tree: ast.Module) -> None:
        self.module = "desk_app." + path.removesuffix(".py").replace("/", ".")
        self.imports = {
            (node.module, alias.name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        self.tree = tree
        self.up = parents(tree)

    def values(self, node: ast.expr | None, at: ast.AST) -> set[str] | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.JoinedStr):
            return {"".join(v.value if isinstance(v, ast.Constant) else WILD for v in node.values)}  # type: ignore[misc]
        if isinstance(node, ast.IfExp):
            return self._union(self.values(node.body, at), self.values(node.orelse, at))
        if isinstance(node, ast.Name):
            return self._name(node.id, at)
        return None

    @staticmethod
    def _union(*parts: set[str] | None) -> set[str] | None:
        return None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]

    def _scopes(self, at: ast.AST) -> Iterator[ast.AST]:
        node: ast.AST | None = at
        while node is not None:
            if isinstance(node, ast.FunctionDef | ast.Module):
                yield node
            node = self.up.get(node)

    def _name(self, name: str, at: ast.AST) -> set[str] | None:
        for scope in self._scopes(at):
            body = scope.body if isinstance(scope, ast.Module) else list(ast.walk(scope))
            assigned = [
                n.value
                for n in body
                if isinstance(n, ast.Assign | ast.AnnAssign)
                and any(
                    isinstance(t, ast.Name) and t.id == name
                    for t in (getattr(n, "targets", None) or [n.target])
                )
            ]
            if assigned:
                return self._union(*(self.values(v, v) for v in assigned if v is not None))
            if isinstance(scope, ast.FunctionDef):
                params = [a.arg for a in scope.args.args]
                if name in params:
                    return passed(scope.name, params.index(name), name, self)
        return None


@cache
def resolvers() -> tuple[Resolver, ...]:
    return tuple(Resolver(path, tree) for path, tree in trees())


@cache
def calls_by_name() -> dict[str, list[tuple[Resolver, ast.Call]]]:
    found: dict[str, list[tuple[Resolver, ast.Call]]] = {}
    for resolver in resolvers():
        for node in ast.walk(resolver.tree):
            if isinstance(node, ast.Call) and (name := callee(node)):
                found.setdefault(name, []).append((resolver, node))
    return found


_PASSING: set[tuple[str, int]] = set()


def passed(function: str, index: int, keyword: str, home: Resolver | None = None) -> set[str] | None:
    """Every string passed to `function` at this position or keyword anywhere in desk_app."""
    if (function, index) in _PASSING:  # a parameter handed on to itself adds nothing new
        return set()
    _PASSING.add((function, index))
    try:
        return _passed(function, index, keyword, home)
    finally:
        _PASSING.discard((function, index))


def _passed(function: str, index: int, keyword: str, home: Resolver | None = None) -> set[str] | None:
    found: set[str] = set()
    calls = calls_by_name().get(function, [])
    # a private helper ("_error") is called from its own module; other modules may have their own of that name
    local = [
        (r, c) for r, c in calls if home is not None and (r is home or (home.module, function) in r.imports)
    ]
    for resolver, call in local or calls:
        if True:
            is_method = isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
            offset = 1 if is_method and call.func.value.id == "self" else 0  # type: ignore[union-attr]
            arg = next((k.value for k in call.keywords if k.arg == keyword), None)
            if arg is None and len(call.args) > index - offset >= 0:
                arg = call.args[index - offset]
            if arg is None:
                continue
            values = resolver.values(arg, call)
            if values is None:
                return None
            found |= values
    return found


def raised_keys() -> tuple[set[str], list[tuple[str, str]]]:
    """Every key a FieldError, ConflictError, NotFoundError or DeskError subclass can carry, and the sites no reading
    of the source resolves (file, call)."""
    keys: set[str] = set()
    unresolved: list[tuple[str, str]] = []
    for (path, tree), resolver in zip(trees(), resolvers(), strict=True):
        pairs = {
            (n.elts[0].value, n.elts[1].value)
            for n in ast.walk(tree)
            if isinstance(n, ast.Tuple)
            and len(n.elts) == 2
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in n.elts)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = callee(node)
            site = (path, ast.unparse(node))
            if path == "errors.py":  # the error classes themselves carry whatever key they are given
                continue
            if name == "FieldError":
                args = [*node.args, *(k.value for k in node.keywords)]
                field, code = (resolver.values(a, node) for a in args[:2])
                if site in DYNAMIC:
                    keys |= DYNAMIC[site]
                elif field is None and code is None and all(isinstance(a, ast.Name) for a in args[:2]):
                    # FieldError(f, c) for f, c in errors: the module's ("field", "code") pairs
                    keys |= {f"{f}.{c}" for f, c in pairs if CODE.match(f"{f}.{c}")}
                elif field is None or code is None:
                    unresolved.append(site)
                else:
                    keys |= {f"{f}.{c}" for f in field for c in code}
            elif name in {"ConflictError", "NotFoundError"} or (
                name == "__init__"
                and isinstance(node.func, ast.Attribute)
                and _in_error_class(resolver, node)
            ):
                if site in DYNAMIC:
                    keys |= DYNAMIC[site]
                    continue
                values = resolver.values(node.args[0], node) if node.args else set()
                if values is None:
                    unresolved.append(site)
                else:
                    keys |= {v for v in values if CODE.match(v)}
    return keys, unresolved


def _in_error_class(resolver: Resolver, call: ast.Call) -> bool:
    """A `super().__init__(…)` inside a class that derives from DeskError or one of its kind (not a builtin)."""
    if not (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call)):
        return False
    if callee(call.func.value) != "super":
        return False
    node: ast.AST | None = call
    while node is not None and not isinstance(node, ast.ClassDef):
        node = resolver.up.get(node)
    bases = [ast.unparse(b) for b in node.bases] if isinstance(node, ast.ClassDef) else []
    builtin = {"Exception", "ValueError", "TypeError", "KeyError", "RuntimeError"}  # their text is not a key
    return any(b.endswith(("Error", "Problem", "Denied")) and b not in builtin for b in bases)


def test_every_raised_error_code_has_a_message() -> None:
    keys, unresolved = raised_keys()
    assert not unresolved, f"list the codes these sites can raise in DYNAMIC: {unresolved}"
    assert len(keys) > 150  # the reader found the codes (a broken reader would pass with none)
    missing = sorted(k for k in keys if errors.known(k) is None)
    assert not missing, missing


def test_period_codes_are_the_ones_listed() -> None:
    assert passed("PeriodCodeError", 0, "code") == {"invalid", "range", "order"}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("petition.transition:APPROVE:DA_VAO_SO", "petition.transition"),
        ("calendar.not_loaded:2027", "calendar.not_loaded"),
    ],
)
def test_a_detail_tail_is_looked_up_without_it(key: str, expected: str) -> None:
    assert errors.message(key) == errors.MESSAGES[expected]


def test_sections_rows_and_tails_find_their_wording() -> None:
    assert errors.message("rep2.full_name.required") == errors.MESSAGES["rep.full_name.required"]
    assert errors.message("doc3.title.required") == errors.MESSAGES["document.title.required"]
    assert errors.message("visitor.id_number.length_12") == errors.MESSAGES["id_number.length_12"]
    assert errors.message("item2.conclusion.required") == "Mục 2: " + errors.MESSAGES["conclusion.required"]
    assert errors.message("signer1.full_name.required") == "Nhập họ và tên."
    assert errors.message("text.placeholders", names="{office}").endswith("{office}.")
    assert errors.message("nothing.known") == errors.FALLBACK


def test_a_context_words_the_same_code_for_its_form() -> None:
    assert errors.message("full_name.required", errors.Context.SCHEDULE) == "Nhập họ và tên công dân đăng ký."
    assert errors.message("date.required", errors.Context.DIALOGUES) == "Nhập ngày đối thoại."
    assert "init" in errors.message("office.not_set_up", errors.Context.CLI)
    assert "init" not in errors.message("office.not_set_up")
    # a context without its own wording for a code falls back to the general one
    assert errors.message("summary.required", errors.Context.CLI) == errors.MESSAGES["summary.required"]


def test_an_error_carrying_its_code_as_message_is_worded_for_window_and_command_line() -> None:
    """TransitionError and RegistrantsToNotify have no `key`; their message is the code and still reads as Vietnamese."""
    from desk_app.cli.common import describe
    from desk_app.domain.enums import PetitionStatus
    from desk_app.domain.petition_flow import PetitionAction, TransitionError
    from desk_app.ui.widgets.errors import desk_error_text

    exc = TransitionError(PetitionAction.APPROVE, PetitionStatus.DA_VAO_SO)
    expected = errors.known("petition.transition")
    assert expected
    assert desk_error_text(exc) == expected
    assert describe(exc, Path()) == expected
