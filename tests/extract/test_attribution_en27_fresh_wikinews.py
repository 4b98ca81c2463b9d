"""Issue #5, session 20 (EN6): errors on fresh English Wikinews (check sets 2-4). A quotation
after ``said`` and a lead-in with a possessive (``said from LA Fortaleza's Hall of Mirrors,
"..."``) or opening on a bracketed letter (``said of the outbreak, "[b]ottom line ..."``) is the
whole content. Under ANNOTATION.md a learned cue of more than four words describes an action
(``launched a military development program dubbed``), and a cue of intention or choice
(``intended to appeal``, en grammar ``attitude_cues``) reports nothing; PolNeAR conventions keep
the latter. A subject set off by an ``according to`` aside speaks (``Witnesses, according to The
Telegraph, said``), and the source a ``citing`` aside names says what the report after it says
(``The Daily Telegraph, citing local paramilitary groups, reported that ...``). Under ANNOTATION.md
a picture reports nothing (``Photographs showed``; en grammar ``depiction_nouns``). Sentences from English Wikinews 0, 12, 38, 78, 144, 156, 172, 190, 206 and 240, CC BY 2.5."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate

PIERLUISI = (
    "Pierluisi said from LA Fortaleza's Hall of Mirrors, \"If the Senate confirms me, I will be "
    "governor until 2020. If the Senates does not confirm me, I will be governor until next "
    'Wednesday."'
)
FAUCI = (
    "The United States' National Institute of Allergy and Infectious Disease's director, Dr. "
    'Anthony Fauci, said of the outbreak, "[b]ottom line, it\'s going to get worse."'
)
LAWMAKERS = (
    "The council was adjourned and Lam later delivered the speech via video. This was reportedly "
    "the first such occurrence.\n\n\nLawmakers from the pro-democracy camp shouted at Lam and "
    "projected slogans onto the walls of the council chambers. A number of legislators were "
    "removed."
)
ZRINYI = (
    'Hungary launched a military development program dubbed "Zrínyi 2026" in 2017 to address '
    "structural and financial challenges faced by the Defence Force and to renew its equipment."
)
AVENATTI = (
    "Scott Srebnick, a member of Avenatti's legal team, announced Avenatti intended to appeal "
    "the conviction."
)
VICTIM = (
    "One of the victims decided to allow her name to be made public. She said she did this to "
    'show victims "there is nothing to be ashamed of".'
)


def _items(text: str, conventions: str = "annotation") -> list[tuple[str, str, str, str]]:
    doc = annotate(Document(text=text, lang="en"), conventions=conventions)
    return [(a.speaker, a.cue, a.content(text), a.type) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            PIERLUISI,
            "Pierluisi",
            "If the Senate confirms me, I will be governor until 2020. If the Senates does not "
            "confirm me, I will be governor until next Wednesday.",
        ),
        (FAUCI, "Anthony Fauci", "[b]ottom line, it's going to get worse."),
    ],
)
def test_quote_after_lead_in_is_the_content(text, speaker, quote):
    said = [item for item in _items(text) if item[1] == "said"]
    assert len(said) == 1
    assert said[0][0].endswith(speaker)
    assert said[0][2:] == (quote, "direct")


@pytest.mark.parametrize("text", [LAWMAKERS, ZRINYI])
def test_wordy_learned_cue_is_no_report(text):
    assert all(len(cue.split()) <= 4 for _, cue, _, _ in _items(text))


def test_intention_is_no_report_under_annotation():
    items = _items(AVENATTI)
    assert [cue for _, cue, _, _ in items] == ["announced"]
    assert items[0][2] == "Avenatti intended to appeal the conviction"
    assert "intended" in [cue for _, cue, _, _ in _items(AVENATTI, "polnear")]


def test_decision_is_no_report_but_what_she_said_is():
    cues = [cue for _, cue, _, _ in _items(VICTIM)]
    assert "decided" not in cues
    assert "said" in cues


WITNESSES = (
    "Witnesses, according to The Telegraph, said a man approached and attacked a group of "
    "middle-aged men, using a knife."
)


def test_subject_before_according_aside_speaks():
    items = {cue: (speaker, content) for speaker, cue, content, _ in _items(WITNESSES)}
    assert items["said"] == (
        "Witnesses",
        "a man approached and attacked a group of middle-aged men, using a knife",
    )
    assert items["according to"][0] == "Telegraph"


TELEGRAPH = (
    "The Daily Telegraph, citing local paramilitary groups, reported that the attack consisted "
    "of three rockets launched from helicopters."
)


def test_citing_aside_names_a_source_of_the_report():
    items = {cue: (speaker, content) for speaker, cue, content, _ in _items(TELEGRAPH)}
    report = "the attack consisted of three rockets launched from helicopters"
    assert items["reported"] == ("Daily Telegraph", report)
    assert items["citing"] == ("local paramilitary groups", report)


PHOTOGRAPHS = (
    "Press TV said the crash was followed by a fire. Photographs showed the aircraft, sans "
    "wings, with the cockpit buried within a house and twisted engine parts strewn around."
)
FOOTAGE = (
    'Znak.com reported its source said "three terrorists" were killed in a firefight on Monday '
    "night, while footage from the scene showed the vehicle burn amid what sounds like gunfire."
)


@pytest.mark.parametrize("text", [PHOTOGRAPHS, FOOTAGE])
def test_picture_is_no_source_under_annotation(text):
    assert "showed" not in [cue for _, cue, _, _ in _items(text)]
    assert "said" in [cue for _, cue, _, _ in _items(text)]
