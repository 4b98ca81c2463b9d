"""Dutch speaker names a user sees on DPG news (S5, issue #5).

- A section label after a quoted headline (``'...'. Interview Rob Jetten``) is no part of the
  source's name.

Real text: DPG articles in no gold set and Dutch train articles, whole pipeline."""

from __future__ import annotations

import claimgraph


def test_section_label_is_no_part_of_the_headline_source(dpg_text):
    doc = claimgraph.analyze(dpg_text("10677260"), lang="nl")  # "'...'. Interview Rob Jetten"
    speakers = {a.speaker for a in doc.attributions}
    assert "Rob Jetten" in speakers
    assert not any(s.startswith("Interview") for s in speakers)
