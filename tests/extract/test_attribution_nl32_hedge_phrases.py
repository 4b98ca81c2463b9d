"""Dutch stance, issue #5 check-set round (ANNOTATION.md rules 1-2): an inverted non-commitment
(``Eerlijk gezegd weet ik niet of ...``) is doubt like ``weet niet of``, and an epistemic
``kan duiden op`` is speculate like ``kan leiden tot``. Real text: DPG articles of the read half
of the Dutch attribution check set."""

from __future__ import annotations


def test_inverted_weet_ik_niet_of_is_doubt(by_content, dpg_text):
    _, item = by_content(dpg_text("10686866"), "Eerlijk gezegd weet ik niet of")
    assert item.stance == "doubt"


def test_kan_duiden_op_is_speculate(by_content, dpg_text):
    doc, item = by_content(dpg_text("10778914"), "Stoppen met betalen van pensioenpremies")
    assert doc.surface(item.cue_span) == "weet" and item.stance == "speculate"


def test_the_quote_before_keeps_assert(by_content, dpg_text):
    _, item = by_content(dpg_text("10686866"), "Ik moet jullie iets bekennen")
    assert item.stance == "assert"
