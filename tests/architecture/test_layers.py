"""The layer rules of ARCHITECTURE.md hold: import-linter's contracts in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "import-linter is part of the test extra"
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 7 kept, 0 broken" in result.stdout


def test_domain_imports_only_the_standard_library() -> None:
    allowed_prefixes = ("desk_app.domain", "desk_app.errors", "__future__")
    for module in (ROOT / "desk_app" / "domain").rglob("*.py"):
        for line in module.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("from desk_app", "import desk_app")):
                name = stripped.split()[1]
                assert name.startswith(allowed_prefixes), f"{module.name}: {stripped}"
