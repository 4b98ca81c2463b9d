"""English speakers: a pronoun takes the last *named* speaker, never a phrase cut out of a
clause (PolNeAR train, huff-post_2016-02-07_the-latest-gop-debate-kicked-off)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.speakers import resolve_speakers
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

TEXT = (
    "When the moderator pointed out that Trump hadn't answered the question, the candidate said "
    'families of people killed by police file lawsuits. \n"They sue," he said.\xa0"Everybody '
    'sues, right?"'
)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _item(speaker: str, mention: tuple[int, int] | None, content: str) -> Attribution:
    return Attribution(
        speaker=speaker, speaker_span=mention, cue="", cue_span=None, content_span=_span(content)
    )


def test_attribution_en_pronoun_not_resolved_to_clause_fragment():
    items = extract_attributions(load("en")(TEXT), load_lang("en"))
    # the quotation opens a paragraph, so it is a sentence of its own: its content is "They sue"
    they_sue = next(a for a in items if TEXT[slice(*a.content_span)].lstrip('"') == "They sue")
    assert they_sue.speaker != "Trump hadn't answered the"


def test_attribution_en_pronoun_takes_last_named_speaker():
    lang = load_lang("en")
    fragment = "Trump hadn't answered the"
    items = [
        _item("Donald Trump", None, "the moderator pointed out"),
        _item(fragment, _span(fragment), "the candidate"),
        _item("he", (TEXT.index("he said"), TEXT.index("he said") + 2), "They sue"),
    ]
    resolve_speakers(items, TEXT, lang)
    assert items[2].speaker == "Donald Trump"
    assert items[1].speaker == fragment  # not a name: no fuller form of "Trump" either
