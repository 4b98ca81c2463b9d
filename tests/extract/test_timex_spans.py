"""Property: every timex span lies in the text and covers exactly its ``text``."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.extract.timex import extract_timexes
from claimgraph.model import TIMEX_TYPES
from claimgraph.settings import data_dir

# Fragments of real Dutch and English news (the timex gold, the founding article).
FRAGMENTS = [
    "in de nacht van dinsdag op woensdag",
    "Begin juli ging de reis",
    "half juli 2018",
    "zaterdag 21 en zondag 22 september",
    "van 1 juni tot en met 31 juli",
    "zo'n twaalf jaar",
    "over twee weken",
    "Acht jaar geleden, in 2011,",
    "gisteravond",
    "nu",
    "Nu de bonden",
    "vorige week dinsdag",
    "zomer- en wintertijd",
    "anderhalf jaar",
    "medio 2022",
    "(46)",
    "last Tuesday",
    "two weeks ago",
    "the third-quarter",
    "May 3, 1998",
    "at 3 p.m.",
    "the 1990s",
    "eind vorig jaar",
    "wekenlang",
    "dit weekeinde",
    "om 18.00 uur",
    "3-5-2023",
    ",",
    ".",
    "\n",
]


def _check(text: str, lang: str, anchor: str | None) -> None:
    found = extract_timexes(text, lang, anchor)
    previous_end = 0
    for t in found:
        start, end = t.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == t.text
        assert start >= previous_end  # sorted, no overlaps
        assert t.type in TIMEX_TYPES and t.value
        previous_end = end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=12),
    lang=st.sampled_from(["nl", "en"]),
    anchor=st.sampled_from([None, "2023", "2023-05", "2023-05-03", "2019-02-28"]),
)
def test_timex_spans_lie_in_text(parts: list[str], lang: str, anchor: str | None) -> None:
    _check(" ".join(parts), lang, anchor)


def test_timex_spans_on_dutch_gold_texts() -> None:
    path = data_dir() / "timex" / "nl" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("timex gold not available")
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for anchor in (record["date"], record["date"][:7], None):
            _check(record["text"], "nl", anchor)
