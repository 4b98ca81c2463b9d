"""Reading PolNeAR brat standoff into Documents."""

from __future__ import annotations

import re
import shutil

import pytest

from claimgraph.errors import InputError
from claimgraph.evaluation.gold import polnear_report, read_polnear

MULTI = "politico_2016-09-08_flynn-says-trump-absolutely-righ"
STEALTH = "breitbart_2016-09-12_stealth-over-health-hillary-clin"


def test_polnear_dev_counts(polnear_dev_dir):
    docs = read_polnear(polnear_dev_dir)
    assert len(docs) == len(list((polnear_dev_dir / "text").glob("*.txt"))) == 84
    assert len({d.id for d in docs}) == 84
    report = polnear_report(polnear_dev_dir)
    assert report["offset_mismatches"] == 0
    assert report["attributions"] == sum(len(d.attributions) for d in docs) == 2192


def test_polnear_spans_index_the_text(polnear_dev_dir):
    for doc in read_polnear(polnear_dev_dir):
        for item in doc.attributions:
            start, end = item.content_span
            assert 0 <= start < end <= len(doc.text)
            if item.speaker_span is not None:
                assert doc.surface(item.speaker_span) == item.speaker
            if item.cue_span is not None:
                assert doc.surface(item.cue_span).startswith(item.cue.split(" ")[0])


def test_polnear_takes_first_sorted_annotator(polnear_dev_dir):
    doc = next(d for d in read_polnear(polnear_dev_dir) if d.id == MULTI)
    starts = {a.content_span[0] for a in doc.attributions}
    first = sorted((polnear_dev_dir / "attributions").glob(f"{MULTI}_*.ann"))
    assert len(first) == 6

    def content_starts(path):
        return {int(m) for m in re.findall(r"^T\d+\tContent (\d+)", path.read_text(), re.M)}

    assert starts == content_starts(first[0])
    assert starts != content_starts(first[1])


def test_polnear_speaker_cue_and_type(polnear_dev_dir):
    doc = next(d for d in read_polnear(polnear_dev_dir) if d.id == STEALTH)
    assert doc.date == "2016-09-12" and doc.source == "polnear/breitbart"
    first, second = doc.attributions[:2]
    assert (first.speaker, first.cue, first.type) == ("The New York Post", "reports", "mixed")
    assert doc.surface(first.content_span).startswith("that Hillary Clinton’s team")
    assert (second.speaker, second.cue, second.type) == ("The Post", "has learned", "indirect")
    assert {a.stance for a in doc.attributions} == {"assert"}


def test_polnear_discontinuous_and_sourceless(polnear_dev_dir, tmp_path):
    """A hand-made .ann over a real article: split content, a second Content, no source."""
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    shutil.copy(polnear_dev_dir / "text" / f"{STEALTH}.txt", split / "text")
    text = (split / "text" / f"{STEALTH}.txt").read_text(encoding="utf-8")

    def bound(tid, label, *phrases):
        spans = [(text.index(p), text.index(p) + len(p)) for p in phrases]
        offsets = ";".join(f"{s} {e}" for s, e in spans)
        return f"{tid}\t{label} {offsets}\t{' '.join(phrases)}"

    ann = "\n".join(
        [
            bound("T1", "Source", "The New York Post"),
            bound("T2", "Cue", "reports"),
            bound("T3", "Content", "that Hillary Clinton’s team", "to the emergency room"),
            bound("T4", "Content", "keep the details of her medical treatment under wraps"),
            "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3 Content2:T4",
            bound("T5", "Cue", "has learned"),
            bound("T6", "Content", "her sudden collapse"),
            "E2\tAttribution-no-source:T5 Cue:T5 Content:T6",
            "",
        ]
    )
    (split / "attributions" / f"{STEALTH}_ab12.ann").write_text(ann, encoding="utf-8")
    [doc] = read_polnear(split)
    first, second = doc.attributions
    assert first.content_span == (
        text.index("that Hillary Clinton’s team"),
        text.index(" under wraps.”") + len(" under wraps"),
    )
    assert first.type == "mixed"
    assert (second.speaker, second.speaker_span, second.cue) == ("", None, "has learned")
    assert polnear_report(split)["offset_mismatches"] == 0


def test_polnear_reports_offset_mismatch(polnear_dev_dir, tmp_path):
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    shutil.copy(polnear_dev_dir / "text" / f"{STEALTH}.txt", split / "text")
    (split / "attributions" / f"{STEALTH}_ab12.ann").write_text(
        "T1\tSource 90 107\tThe New York Post\n", encoding="utf-8"
    )
    assert polnear_report(split)["offset_mismatches"] == 1


def test_polnear_rejects_non_split(tmp_path):
    with pytest.raises(InputError, match="not a PolNeAR split"):
        read_polnear(tmp_path)
