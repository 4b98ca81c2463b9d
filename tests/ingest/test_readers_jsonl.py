from __future__ import annotations

import json

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest.readers import iter_documents
from claimgraph.settings import data_dir


def _write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_readers_jsonl_broken_line_is_reported_and_the_rest_read(tmp_path, headlines):
    en, pl = headlines[0], next(h for h in headlines if h["lang"] == "pl")
    path = tmp_path / "headlines.jsonl"
    _write_jsonl(
        path,
        [
            json.dumps({"text": en["text"], "title": en["title"], "url": en["url"]}),
            '{"text": "Rosja oskarża USA", "title": ',  # cut off mid-record
            "",
            json.dumps({"text": pl["text"], "date": pl["date"], "id": "pl-1", "source": "rmf"}),
        ],
    )
    errors: list[InputError] = []
    docs = list(iter_documents([path], on_error=errors.append))
    assert [d.text for d in docs] == [en["text"], pl["text"]]
    assert docs[0].title == en["title"] and docs[0].url == en["url"]
    assert docs[0].source == str(path)
    assert (docs[1].id, docs[1].source, docs[1].date, docs[1].lang) == (
        "pl-1",
        "rmf",
        pl["date"],
        "pl",
    )
    [error] = errors
    assert str(error).startswith(f"{path}:2: invalid JSON")
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"title": "Kremlin"}, "no 'text'"),
        ({"text": "   "}, "'text' is empty"),
        ({"text": "Kremlin meldt aanval", "title": 3}, "'title' must be a string"),
        ({"text": "Kremlin meldt aanval", "date": "vorige dinsdag"}, "'date' is not"),
        ({"text": "Kremlin meldt aanval", "lang": "Nederlands!"}, "'lang' is not"),
        (["Kremlin meldt aanval"], "expected a JSON object"),
    ],
)
def test_readers_jsonl_bad_record_names_the_problem(tmp_path, record, problem):
    path = tmp_path / "bad.jsonl"
    _write_jsonl(path, [json.dumps(record)])
    errors: list[InputError] = []
    assert list(iter_documents([path], on_error=errors.append)) == []
    [error] = errors
    assert error.source == f"{path}:1"
    assert problem in str(error)


def test_readers_jsonl_gold_texts_survive_unchanged():
    gold_path = data_dir() / "nl-attribution" / "dev.jsonl"
    if not gold_path.exists():
        pytest.skip("shared gold not found")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    docs = list(iter_documents([gold_path]))
    assert [d.id for d in docs] == [g["id"] for g in gold]
    assert [d.text for d in docs] == [g["text"] for g in gold]
    assert [d.date for d in docs] == [g["date"] for g in gold]
    assert {d.lang for d in docs} == {"nl"}


def test_readers_json_list_of_articles(tmp_path, headlines):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": h["text"]} for h in headlines[:2]] + [{}]), "utf-8")
    errors: list[InputError] = []
    docs = list(iter_documents([path], on_error=errors.append))
    assert [d.text for d in docs] == [h["text"] for h in headlines[:2]]
    assert [e.source for e in errors] == [f"{path}[2]"]
