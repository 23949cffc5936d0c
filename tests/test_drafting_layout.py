"""The drafting package's layout: its modules import in one order (no cycles), and a check never loads them."""

from __future__ import annotations

import ast
from pathlib import Path

from planaudit import drafting
from tests.test_startup import _after_check

# Each module may import only the ones before it.
ORDER = ["common", "review", "years", "deeds", "evidence", "write", "goals"]
FOLDER = Path(drafting.__file__).parent


def _imported(module: str) -> set[str]:
    tree = ast.parse((FOLDER / f"{module}.py").read_text(encoding="utf-8"))
    names = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    names |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return {name.split(".")[2] for name in names if name.startswith("planaudit.drafting.")}


def test_every_drafting_module_is_in_the_order() -> None:
    assert sorted(path.stem for path in FOLDER.glob("*.py") if path.stem != "__init__") == sorted(ORDER)


def test_each_drafting_module_imports_only_the_modules_before_it() -> None:
    later = {
        module: [name for name in _imported(module) if ORDER.index(name) >= ORDER.index(module)] for module in ORDER
    }
    assert later == {module: [] for module in ORDER}
    assert _imported("goals") == set(ORDER) - {"goals"}  # the order is a real chain, not an empty check


def test_a_check_loads_no_drafting_module(bundled: Path) -> None:
    probe = "print(sorted(m for m in sys.modules if 'draft' in m), file=sys.stderr)\n"
    assert _after_check(bundled, probe).stderr.splitlines()[-1] == "[]"
