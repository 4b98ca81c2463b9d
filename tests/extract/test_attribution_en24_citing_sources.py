"""Issue #5, session 11 (E21): ``X cited Y as saying Z`` (en grammar ``citing_verbs``) gives an
item of X's whose content is ``Y as saying Z`` beside Y's own item (ANNOTATION.md rule 8; PolNeAR
train annotates ``quoted Y as saying Z`` alike), and Y's item has the cited phrase as its speaker
also where its head alone is no speaker (``one of his advisers``). Sentences from English
Wikinews 138 (en dev) and 12 (check set 1, read half), CC BY 2.5."""

from __future__ import annotations

from claimgraph.model import Attribution, Document
from claimgraph.pipeline import annotate

BBC = (
    "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as "
    "saying the suspects were linked to the Jamaah Ansharut Daulah network, which itself was "
    "related to the Islamic State."
)
HERALD = (
    "The industry publication stated the aircraft overran the runway and broke through a "
    "perimeter barrier. It cited the Air Force as stating Saha Airlines owned the plane."
)


def _items(text: str) -> list[Attribution]:
    return annotate(Document(text=text, lang="en")).attributions


def test_the_citing_source_reports_what_the_cited_one_said() -> None:
    cited = [a for a in _items(BBC) if a.cue == "cited"]
    assert len(cited) == 1 and cited[0].speaker == "BBC"
    assert cited[0].content(BBC).startswith("Budi Gunawan, chief of")
    assert cited[0].content(BBC).endswith("Jamaah Ansharut Daulah network")


def test_a_citing_pronoun_is_resolved_as_a_source() -> None:
    cited = [a for a in _items(HERALD) if a.cue == "cited"]
    assert len(cited) == 1 and cited[0].content(HERALD).startswith("the Air Force as stating")


def test_a_cited_phrase_whose_head_is_no_name_is_the_speaker() -> None:
    text = "The Times quoted one of Carson's advisers as saying the neurosurgeon is having trouble."
    saying = [a for a in _items(text) if a.cue == "saying"]
    assert len(saying) == 1 and saying[0].speaker_span is not None
    assert text[slice(*saying[0].speaker_span)] == "one of Carson's advisers"
