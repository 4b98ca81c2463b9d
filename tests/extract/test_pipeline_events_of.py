"""A stored document analysed before events existed gets its places and events from the
pipeline's own places and events stages (``claimgraph.pipeline.events_of``)."""

from __future__ import annotations

import claimgraph
from claimgraph.model import Document
from claimgraph.pipeline import events_of


def test_pipeline_events_of_a_document_stored_without_events(founding_text):
    analyzed = claimgraph.analyze(founding_text, lang="nl", date="2023-05-03")
    stored = Document.from_dict({**analyzed.to_dict(), "places": [], "events": []})
    assert events_of(stored) == analyzed.events
    assert stored.places == analyzed.places and stored.events == analyzed.events


def test_pipeline_events_of_keeps_stored_events_and_skips_other_languages(founding_text):
    analyzed = claimgraph.analyze(founding_text, lang="nl", date="2023-05-03")
    kept = analyzed.events
    assert kept and events_of(analyzed) is kept
    german = Document(id="d", text="Putin sprach in Moskau.", lang="de")
    assert events_of(german) == [] and german.places == []
