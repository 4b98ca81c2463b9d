"""The word gates and start words of the timex ``[exclude]`` patterns are exact: a gated scan,
trying patterns only at their start words, finds the same spans as a scan of every pattern over
the whole text (real DPG and English news text)."""

from __future__ import annotations

import csv
import json
from itertools import islice
from pathlib import Path

import pytest

from claimgraph.errors import ConfigError
from claimgraph.extract.timex import extract_timexes, load_timex_lexicon
from claimgraph.extract.timex.gates import _exclude, _present_words
from claimgraph.extract.timex.search import _excluded
from claimgraph.settings import data_dir

DPG = data_dir() / "nl-news" / "dpg-news2019.jsonl"
WIKINEWS = data_dir() / "en-news" / "wikinews" / "wikinews_2019.csv"


def _texts(path: Path, n: int) -> list[str]:
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as fh:
        records = csv.DictReader(fh) if path.suffix == ".csv" else map(json.loads, fh)
        return list(islice((r["text"] for r in records if r.get("text")), n))


@pytest.mark.parametrize(("lang", "path"), [("nl", DPG), ("en", WIKINEWS)])
def test_gated_exclude_spans_equal_full_scans(lang: str, path: Path) -> None:
    lex = load_timex_lexicon(lang)
    assert any(ex.gate for ex in lex.excludes)
    texts = _texts(path, 400)
    gated = [sorted(_excluded(lex, t, _present_words(t))) for t in texts]
    full = [sorted(_excluded(lex, t, None)) for t in texts]
    assert gated == full
    assert sum(map(len, full)) >= 5  # the patterns do match this text


def test_hyphen_joined_gate_word_still_opens_the_scan() -> None:
    # DPG: "oud-voorzitter" after an age: the word split keeps "oud" whole, so the age pattern
    # runs and its "40 jaar oud" still blocks the duration, as a full scan does
    text = "En Carme Forcadell, 40 jaar oud-voorzitter van het Catalaans parlement."
    assert "oud" in _present_words(text).present
    assert extract_timexes(text, "nl", "2019-02-12") == []
    assert extract_timexes(text.replace(" oud-", " "), "nl", "2019-02-12") != []


def test_exclude_gate_and_start_words_must_occur_in_the_regex() -> None:
    path, regex = Path("timex.toml"), r"(?i)\b\d{4}\s+now\s+that\b"
    ok = _exclude({"regex": regex, "words": ["now"], "starts": ["\\d"]}, path)
    assert ok.gate == frozenset({"now"})
    assert ok.starts is not None and ok.starts.digits and not ok.starts.words
    for words in (["old"], ["now that"], []):
        with pytest.raises(ConfigError):
            _exclude({"regex": regex, "words": words}, path)
        with pytest.raises(ConfigError):
            _exclude({"regex": regex, "starts": words}, path)
    with pytest.raises(ConfigError):
        _exclude({"regex": regex}, path)  # a table gives words, starts or both
