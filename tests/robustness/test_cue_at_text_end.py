"""A cue that is the last token of the text ("„Zelensky ontkent”Zelensky ontkent", found by the
hypothesis property test) must not look past the end for a complementizer."""

from __future__ import annotations

from claimgraph import analyze


def test_quotation_then_cue_at_the_very_end() -> None:
    text = "„Zelensky ontkent”Zelensky ontkent"
    doc = analyze(text, lang="nl")
    for att in doc.attributions:
        assert 0 <= att.content_span[0] < att.content_span[1] <= len(text)
