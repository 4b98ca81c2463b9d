"""Issues #5, #6, session 13 (E27): English speakers in the founding story's RSS summaries
(shared/samples/kremlin-drone-2023-05/headlines.jsonl; Bloomberg, Washington Post, The Guardian).

A verb cue word the tagger makes a noun with a possessor before it and its complement after it
(``Russia’s claim that``) has the possessor as its source, nothing more, wherever the noun phrase
stands (ANNOTATION.md: ``Clinton's assertion that``). A speaker phrase is no clause: none opens
with a finite auxiliary (``what it says was a drone attack ... intended to kill``), and where the
words before a cue hold another clause's finite auxiliary and then the cue's own subject, the
speaker is that subject (a standfirst the feed glued to its body without a full stop)."""

from __future__ import annotations

from pathlib import Path

import claimgraph
from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document
from claimgraph.nlp import load
from claimgraph.settings import data_dir

HAINES = (
    "Director of National Intelligence Avril Haines said US spy agencies don’t have enough "
    "information to assess Russia’s claim that Ukraine was behind a drone attack it said was "
    "aimed at President Vladimir Putin’s residence in the Kremlin."
)
CLOUD = (
    "A cloud of questions hangs over Russia’s claim that two Ukrainian drones flew into the very "
    "heart of Moscow under the cover of darkness, reaching the Kremlin before they were shot down "
    "at the last minute"
)
WHAT_IT_SAYS = (
    "Russia has accused the US of being behind what it says was a drone attack on the Kremlin "
    "intended to kill Vladimir Putin."
)
GLUED = (
    "Kremlin says two drones used in alleged attack were disabled by Russian defences Russia "
    "accused Ukraine on Wednesday of attempting a drone strike on the Kremlin with the aim of "
    "killing President Vladimir Putin. The Kremlin said two drones had been used in the alleged "
    "attack, but had been disabled by Russian defences, the state-run Ria news agency reported. "
    "Continue reading..."
)
PESKOV = (
    "The Kremlin spokesperson Dmitry Peskov made the allegation in a briefing to reporters, saying "
    "Washington should be aware that Russia knew it was selecting the targets and Ukraine was "
    "merely implementing US plans."
)
# PolNeAR train (Washington Post, Jan. 2016)
NORTH_KOREA = (
    "By Wednesday afternoon, the White House cited initial analysis that showed inconsistencies "
    "with North Korea's claim that it had successfully tested a hydrogen weapon."
)


def _analyzed(text: str) -> Document:
    return claimgraph.analyze(text, lang="en")


def _with_cue(doc: Document, cue: str) -> list[Attribution]:
    return [a for a in doc.attributions if a.cue == cue]


def test_attribution_en25_possessor_of_a_claim_deep_in_the_clause():
    doc = _analyzed(HAINES)
    [claim] = _with_cue(doc, "claim")
    assert claim.speaker == "Russia"
    assert doc.surface(claim.speaker_span) == "Russia"
    assert doc.surface(claim.content_span).startswith("Ukraine was behind a drone attack")
    [said] = [a for a in _with_cue(doc, "said") if a.speaker_span and a.speaker_span[0] == 0]
    assert said.speaker == "Avril Haines"


def test_attribution_en25_possessor_of_a_claim_after_a_preposition():
    [claim] = _with_cue(_analyzed(CLOUD), "claim")
    assert claim.speaker == "Russia"


def test_attribution_en25_possessor_in_polnear_train():
    items = extract_attributions(load("en")(NORTH_KOREA), load_lang("en"))
    [claim] = [a for a in items if a.cue == "claim"]
    assert claim.speaker == "North Korea"
    assert NORTH_KOREA[slice(*claim.content_span)] == "it had successfully tested a hydrogen weapon"


def test_attribution_en25_editors_note_is_no_nominal_cue():
    """A possessor without a complement after the noun: not a source (``Editor’s note:``)."""
    text = "Editor’s note: Donald Trump regularly incites political violence."
    items = extract_attributions(load("en")(text), load_lang("en"))
    assert [a for a in items if a.cue == "note"] == []


def test_attribution_en25_no_speaker_opens_with_an_auxiliary():
    doc = _analyzed(WHAT_IT_SAYS)
    assert all(not a.speaker.startswith("was ") for a in doc.attributions), [
        (a.speaker, a.cue) for a in doc.attributions
    ]
    assert _with_cue(doc, "intended") == []
    [accused] = _with_cue(doc, "accused")
    assert accused.speaker == "Russia"


def test_attribution_en25_glued_standfirst_speaker_after_the_other_clause():
    doc = _analyzed(GLUED)
    [accused] = _with_cue(doc, "accused")
    assert doc.surface(accused.speaker_span) == "Russia"
    assert doc.surface(accused.content_span).startswith("Ukraine on Wednesday of attempting")


def test_attribution_en25_subject_after_a_complement_clause():
    doc = _analyzed(PESKOV)
    [knew] = _with_cue(doc, "knew")
    assert doc.surface(knew.speaker_span) == "Russia"


# Stances (ANNOTATION.md rules 2 and 11): the narrator's remark that a source gave no evidence is
# not the source's doubt; not having enough information to judge is non-commitment (doubt); a
# hedge in the narrator's time clause after the content's main clause hedges nothing.
GIZMODO = (
    "Russia claims Ukraine staged an overnight drone attack to assassinate President Vladimir "
    "Putin but has provided no evidence to back up the accusation. This is the latest claim made "
    "by the Kremlin amidst what it says has been a series of attacks beyond enemy lines. Read "
    "more..."
)
WEEKLY = (
    "Russia said it had averted a drone attack against the Kremlin that it blamed on Ukraine. Kyiv "
    "denied the accusation and a top US intelligence official said it didn’t have enough "
    "information to say who was behind the incident."
)
NBC = (
    "The Kremlin is accusing Ukraine of attempting to assassinate Russian President Putin after "
    "videos appear to show an explosion on a dome inside the Kremlin walls. Russia provided no "
    "evidence beyond the videos. Ukraine's President Zelenskyy said, “We don’t attack Putin or "
    "Moscow.” NBC News’ Keir Simmons reports."
)
BLINKEN = (
    "Secretary of State Antony Blinken said in regard to the Kremlin’s claim that Ukraine attempted "
    "a drone strike to assassinate Russian President Vladimir Putin that anything from the Russian "
    "government should be taken with “a very large shaker of salt.”"
)


def test_attribution_en25_no_evidence_remark_is_the_narrators():
    [claims] = _with_cue(_analyzed(GIZMODO), "claims")
    assert (claims.speaker, claims.stance) == ("Russia", "assert")


def test_attribution_en25_not_enough_information_is_doubt():
    [haines] = [a for a in _with_cue(_analyzed(HAINES), "said") if a.speaker == "Avril Haines"]
    assert haines.stance == "doubt"
    [official] = [a for a in _with_cue(_analyzed(WEEKLY), "said") if "official" in a.speaker]
    assert official.stance == "doubt"


def test_attribution_en25_hedge_in_a_time_clause_hedges_nothing():
    [accusing] = _with_cue(_analyzed(NBC), "accusing")
    assert (accusing.speaker, accusing.stance) == ("Kremlin", "assert")


def test_attribution_en25_shaker_of_salt_is_doubt():
    [said] = [a for a in _with_cue(_analyzed(BLINKEN), "said") if a.speaker == "Antony Blinken"]
    assert said.stance == "doubt"


def test_attribution_en25_nominal_claim_ends_before_the_outer_complement():
    """A complementizer right after a name opens no relative clause on it: the Kremlin's claim
    ends before the complement of Blinken's ``said``, whose doubt is not the Kremlin's (uncut it
    held Blinken's doubt and demand)."""
    doc = _analyzed(BLINKEN)
    [claim] = _with_cue(doc, "claim")
    assert (claim.speaker, claim.stance) == ("Kremlin", "assert")
    assert doc.surface(claim.content_span) == (
        "Ukraine attempted a drone strike to assassinate Russian President Vladimir Putin"
    )
    [said] = [a for a in _with_cue(doc, "said") if a.speaker == "Antony Blinken"]
    assert said.stance == "doubt"


def test_attribution_en25_attitude_noun_is_no_source():
    """ANNOTATION.md rule 10: ``Speculation is mounting that ...`` has no source; the learned
    model's item took the noun, its cue's subject, for one (CNBC's summary)."""
    text = (
        "Speculation is mounting that Russia staged a drone attack on the Kremlin that it blamed "
        "on Ukraine Wednesday."
    )
    assert _analyzed(text).attributions == []


def test_attribution_en25_a_possessed_question_is_no_claim():
    """``your answer to Kevin’s question that you’re not taking a short-term stopgap off the
    table``: the noun asks (grammar ``question_nouns``); the reporter's words are no claim of
    Kevin's (White House briefing of 4 May 2023, the founding story's transcript, as read)."""
    briefing = (
        data_dir().resolve().parent
        / "samples"
        / "kremlin-drone-2023-05"
        / "en-whitehouse-2023-05-04-press-briefing-jean-pierre-kirby-young.txt"
    )
    lines = Path(briefing).read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if "Kevin’s question" in line)
    doc = _analyzed("\n".join(lines[at - 12 : at + 12]))
    assert [a.speaker for a in _with_cue(doc, "question")] == []
