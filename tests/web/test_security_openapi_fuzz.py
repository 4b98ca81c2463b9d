"""Schemathesis fuzzes every operation of the app's OpenAPI spec in-process (ASGI, no network):
no 500s, statuses, headers and bodies as documented, invalid input refused, valid input accepted.

Schemathesis's own pytest loader (``from_fixture``) fails on pytest 9, so each operation's
strategy is drawn with plain Hypothesis; the checks are Schemathesis's defaults.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import negative_data_rejection

from claimgraph.interfaces.web import create_app

# Examples per operation and mode: 6 operations x 2 modes x 30 runs in well under a minute.
MAX_EXAMPLES = 30
TOKEN = "openapi-fuzz-token"
# The spec does not depend on the store: an empty in-memory one lists the operations.
OPERATIONS = [
    (path, method.upper())
    for path, methods in create_app("sqlite://").openapi()["paths"].items()
    for method in methods
]


@pytest.fixture(scope="module")
def api_schema(store_url: str, tmp_path_factory: pytest.TempPathFactory):
    """The spec of a writable app over a copy of the shared test store (POST adds to it)."""
    copy = tmp_path_factory.mktemp("openapi") / "claims.db"
    shutil.copyfile(Path(store_url.removeprefix("sqlite:///")), copy)
    app = create_app(f"sqlite:///{copy}", write_token=TOKEN)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def _excluded_checks(operation, mode: GenerationMode) -> list:
    """Checks that cannot hold for ``operation`` in ``mode``.

    A negative value for an array query parameter (a bare string, ``[[]]``, ``{"": ""}``) can
    serialize to the same query string as a valid one (``stance=``, "any stance"); Schemathesis
    then reports the valid request as "accepted negative data".
    """
    arrays = [
        param
        for param in operation.definition.raw.get("parameters", [])
        if param.get("in") == "query" and "array" in str(param.get("schema"))
    ]
    return [negative_data_rejection] if mode == GenerationMode.NEGATIVE and arrays else []


def test_security_openapi_lists_every_api_route():
    assert {path for path, _ in OPERATIONS} >= {
        "/api/articles",
        "/api/articles/{doc_id}",
        "/api/attributions",
        "/api/speakers",
        "/api/search",
    }
    assert ("/api/articles", "POST") in OPERATIONS


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_security_openapi_operation_conforms(api_schema, path: str, method: str, mode):
    operation = api_schema[path][method]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    excluded = _excluded_checks(operation, mode)

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case) -> None:
        case.call_and_validate(headers=auth, excluded_checks=excluded)

    try:
        run()
    except Unsatisfiable:  # e.g. GET /api/articles/{doc_id}: every string is a valid id
        pytest.skip(f"no request to {method} {path} violates its schema")
