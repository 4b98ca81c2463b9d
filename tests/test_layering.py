"""The pipeline's layout, ingest -> nlp -> extract -> link -> store -> interfaces, as the imports
keep it: no stage imports a later one, none imports another module's private (``_``) name from
outside its own stage, and the web pages do not import the command line."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimgraph"
STAGES = ("ingest", "nlp", "extract", "link", "store", "interfaces")


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "migrations" not in parts:  # frozen history
            yield ".".join(parts).removesuffix(".__init__"), path


def _imports(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line, module, names) of every absolute import of claimgraph, at any depth."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "claimgraph" and len(parts) > 1 and parts[1] in STAGES else None


def _found(rule) -> list[str]:
    return [
        f"{module}:{line} {target} {names}"
        for module, path in _modules()
        for line, target, names in _imports(path)
        if target.startswith("claimgraph") and rule(module, target, names)
    ]


def _later(module: str, target: str, names: list[str]) -> bool:
    here, there = _stage(module), _stage(target)
    return bool(here and there) and STAGES.index(there) > STAGES.index(here)


def _private_from_outside(module: str, target: str, names: list[str]) -> bool:
    if _stage(module) is not None and _stage(module) == _stage(target):
        return False
    return any(n.startswith("_") and not n.startswith("__") for n in names)


def _web_on_cli(module: str, target: str, names: list[str]) -> bool:
    return module.startswith("claimgraph.interfaces.web") and target.startswith(
        "claimgraph.interfaces.cli"
    )


@pytest.mark.parametrize("rule", [_later, _private_from_outside, _web_on_cli])
def test_layering_imports_follow_the_pipeline(rule):
    assert _found(rule) == []
