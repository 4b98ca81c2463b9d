"""Issue #5, session 11 (E21): a content stop (en grammar ``content_stops``: ``;``) right after
the cue leaves the cue no content: ``they would appeal; Quirin wept ...`` reports no appeal of
Quirin's weeping. Sentence from English Wikinews 22 (en dev), CC BY 2.5."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TEXT = "Both officers indicated they would appeal; Quirin wept in his lawyer's arms when convicted."


def test_a_stop_right_after_the_cue_gives_no_content():
    items = extract_attributions(load("en")(TEXT), load_lang("en"))
    assert [a.cue for a in items] == ["indicated"]
    assert TEXT[slice(*items[0].content_span)] == "they would appeal"
