"""Issue #5, session 8 (E12): an English present-participle cue that modifies an earlier verb
speaks for that verb's parsed subject, also a noun phrase that no source noun marks
(``His campaign sued the DNC ..., claiming X``), and never takes the phrase after it as an
inverted speaker (``claiming the party's move``: the content's subject). Paragraphs from
PolNeAR train."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _item(text: str, cue: str) -> tuple[str | None, str]:
    [item] = [a for a in extract_attributions(load("en")(text), load_lang("en")) if a.cue == cue]
    speaker = text[slice(*item.speaker_span)] if item.speaker_span else None
    return speaker, text[slice(*item.content_span)]


def test_attribution_en17_participle_speaks_for_the_subject_of_its_verb(polnear_paragraph):
    text = polnear_paragraph(
        "huff-post_2015-12-20_why-the-democratic-party-s-move-", "claiming the"
    )
    speaker, content = _item(text, "claiming")
    assert speaker == "His campaign"
    assert content.startswith("the party’s move would cost the campaign")


def test_attribution_en17_participle_after_a_statement_noun(polnear_paragraph):
    text = polnear_paragraph(
        "huff-post_2016-05-19_ferguson-is-not-among-the-most-d", "The town released"
    )
    speaker, _ = _item(text, "saying")
    assert speaker == "The town"
