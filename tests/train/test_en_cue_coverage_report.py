"""train/en_cue_coverage.py: paradigm holes of cue entries (UD English lemmas) and gold cues that
no lexicon pattern matches."""

import importlib.util
import sys
from pathlib import Path

import pytest

from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document
from claimgraph.settings import data_dir

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "en_cue_coverage.py"
spec = importlib.util.spec_from_file_location("en_cue_coverage", SCRIPT)
coverage = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = coverage  # its dataclasses look their module up
spec.loader.exec_module(coverage)

UD = data_dir() / "ud"
needs_ud = pytest.mark.skipif(not any(UD.glob(coverage.UD_GLOB)), reason="no UD English data")


def test_en_cue_coverage_regular_forms_spelling():
    assert coverage.regular_forms("testify", doubled=False)["ing"] == "testifying"
    assert coverage.regular_forms("rebut", doubled=True)["ing"] == "rebutting"
    assert coverage.regular_forms("stress", doubled=False)["s"] == "stresses"
    assert coverage.regular_forms("castigate", doubled=False)["past"] == "castigated"


@needs_ud
def test_en_cue_coverage_holes_of_an_entry(tmp_path):
    paradigms = coverage.Paradigms(*coverage.ud_paradigms(UD))
    cues = tmp_path / "cues.toml"
    cues.write_text(
        '[[cue]]\nforms = ["noted", "notes", "wrote", "conceding"]\n'
        'stance = "assert"\nact = "statement"\n'
    )
    (entry,) = coverage.paradigm_holes(cues, paradigms, frozenset())
    assert entry["missing"]["note"] == ["base:note", "ing:noting"]
    assert "part:written" in entry["missing"]["write"]  # irregular, from UD
    assert "base:concede" in entry["missing"]["concede"]


def test_en_cue_coverage_counts_uncovered_gold_cues():
    # PolNeAR train sentences; "seemed" is no cue of ours, "said" is
    text = (
        "Obama himself seemed to recognize the significance of the Iowa victory. "
        "Then, in 2017, Kerry said that 100,000 would be accepted."
    )

    def item(cue: str, content: str) -> Attribution:
        start, begin = text.index(cue), text.index(content)
        return Attribution(
            speaker="x",
            speaker_span=None,
            cue=cue,
            cue_span=(start, start + len(cue)),
            content_span=(begin, begin + len(content)),
        )

    doc = Document(
        text=text,
        id="t",
        lang="en",
        attributions=[
            item("seemed", "to recognize the significance of the Iowa victory"),
            item("said", "that 100,000 would be accepted"),
        ],
    )
    counts = coverage.count_gold_cues([doc], load_lang("en"))
    assert (counts.items, counts.uncovered) == (2, 1)
    assert counts.uncovered_phrases == {"seemed": 1}
    (row,) = coverage.uncovered_table(counts, min_count=1, min_precision=0.0)
    assert row["word"] == "seemed" and row["cue_precision"] == 1.0
