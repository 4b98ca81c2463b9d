"""Dutch speaker names a user sees on DPG news (S5, issue #5).

- A subordinator before a subject opens its clause and is no part of the speaker: the item
  keeps its subject (``Waar The Sunday Times 's ochtends ... aankondigde``, ``omdat de vakbond
  vindt``, ``nadat president Donald Trump op Twitter had laten weten``); no readable gold
  speaker opens with a word of ``subordinate_openers`` (0 of 925).
- An embedded question names no one: a speaker phrase opening with a word of the language's
  ``indefinite_relatives`` (``hoe Trump zich verzette``) is no speaker (0 of 925 gold spans).
- A section label after a quoted headline (``'...'. Interview Rob Jetten``) is no part of the
  source's name.
- A crosshead printed without a full stop is cut off the speaker phrase after it
  (``Vroegpensioen Een groep deskundigen pleitte``); no readable gold speaker spans one.

Real text: DPG articles in no gold set and Dutch train articles, whole pipeline."""

from __future__ import annotations

import claimgraph
from claimgraph.lang import load_lang


def _opening_words(speakers: list[str]) -> set[str]:
    return {s.split()[0].lower() for s in speakers if s}


def _clause_words() -> frozenset[str]:
    return load_lang("nl").words("subordinate_openers")


def test_because_clause_keeps_its_subject(dpg_text, by_content):
    text = dpg_text("10676584")  # "omdat de vakbond vindt dat Picnic zich ..."
    doc, att = by_content(text, "Picnic zich aan de supermarkt-cao")
    assert doc.surface(att.speaker_span) == "de vakbond"
    assert not _opening_words([a.speaker for a in doc.attributions]) & _clause_words()


def test_whereas_clause_keeps_its_subject(nl_train_text, by_content):
    text = nl_train_text("nl-dpg-10744630")  # "Waar The Sunday Times 's ochtends nog een ..."
    _, att = by_content(text, "'s ochtends nog een paleisrevolutie")
    assert att.speaker == "The Sunday Times"


def test_embedded_question_names_no_speaker(dpg_text):
    text = dpg_text("10667759")  # "vertelde hoe Trump zich verzette tegen openbaring van ..."
    doc = claimgraph.analyze(text, lang="nl")
    at = text.index("hoe Trump zich verzette")
    assert not any(a.speaker_span and at <= a.speaker_span[0] <= at + 4 for a in doc.attributions)


def test_after_clause_keeps_its_subject(nl_train_text, by_content):
    _, att = by_content(nl_train_text("nl-dpg-10795345"), "ze voorlopig wordt vervangen")
    assert not att.speaker.lower().startswith("nadat")
    assert "Donald Trump" in att.speaker


def test_section_label_is_no_part_of_the_headline_source(dpg_text):
    doc = claimgraph.analyze(dpg_text("10677260"), lang="nl")  # "'...'. Interview Rob Jetten"
    speakers = {a.speaker for a in doc.attributions}
    assert "Rob Jetten" in speakers
    assert not any(s.startswith("Interview") for s in speakers)


def test_crosshead_is_cut_off_the_speaker(nl_train_text):
    text = nl_train_text("nl-dpg-10796126")  # "... hebben.'' Vroegpensioen Een groep deskundigen"
    doc = claimgraph.analyze(text, lang="nl")
    assert _speaker_after(doc, text.index("Vroegpensioen Een")) == "Een groep deskundigen"


def test_pronoun_after_crosshead_is_resolved(dpg_text):
    text = dpg_text("10675602")  # 'ondergrond." Grondpatroon Hij weerspreekt onmiddellijk dat'
    doc = claimgraph.analyze(text, lang="nl")
    assert _speaker_after(doc, text.index("Grondpatroon Hij")) == "Hij"
    att = next(a for a in doc.attributions if doc.surface(a.speaker_span or (0, 0)) == "Hij")
    assert att.speaker == "Swart"


def _speaker_after(doc, at: int) -> str:
    """The surface of the first speaker mention at or after character ``at``."""
    spans = sorted(a.speaker_span for a in doc.attributions if a.speaker_span)
    return doc.surface(next(s for s in spans if s[0] >= at))
