"""Dutch attribution, tenth session round 2 (issue #5), on the read half of the second DPG check
set (bench/data/attribution/README-nl.md, "Second check set"):
- rule-only cues: blame (``Hij wijt X aan Y``), the infinitive of opposition after a modal
  (``blijft zich verzetten tegen``) and denigration with the object in between (``maken de
  overwinning zwart``);
- a learned item whose source stands in another sentence than its cue neither counts nor lends
  its source to the rules' item on that cue (``Devlet Bahceli, eist`` stays Bahceli's);
- the name before two appositions joined by ``en`` is the speaker (``Ibrahim Karagül,
  hoofdredacteur van ..., en een van ..., pleit``);
- the phrase after ``haalde uit naar`` is its target, not an inverted speaker, and a parenthesis
  inside a relative apposition does not end it (``Meral Aksener, die ... (CHP), haalde uit``);
- a retort (``diende Erdogan van repliek``) whose subject's first name the tagger misread
  introduces the quote after it;
- ``volgens`` and the surname of a full name met before ends the source there (``volgens
  Brussee de Kamer onjuist geïnformeerd``);
- a negation in a condition that opens the content denies nothing (``Als jij nooit wordt
  uitgenodigd, ... is de kans groot dat``: a speculation), nor one after a colon that opens
  someone else's words (``Die zeggen: wij kennen hier geen armoede``);
- charges of misconduct in the content make an accusation (``meten ze met twee maten``,
  ``wordt de reputatie van mijn cliënt ... bezoedeld``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import claimgraph
from claimgraph.model import Attribution

ERDOGAN = "10798624"  # "Erdogan wijt nederlaag aan 'georganiseerde misdaad'"
VAN_ARK = "10773661"  # Tamara van Ark on child poverty


def _surface(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0] : span[1]] if span else ""


def _one_with_cue(items: list[Attribution], cue: str) -> Attribution:
    found = [a for a in items if a.cue == cue]
    assert len(found) == 1, [a.cue for a in items]
    return found[0]


@pytest.mark.parametrize(
    ("cue", "speaker", "content_start", "act"),
    [
        ("wijt", "Hij", "de verrassende overwinning", "accusation"),
        (
            "zich verzetten tegen",
            "President Erdogan van Turkije",
            "tegen de eerste nederlaag",
            "statement",
        ),
        (
            "maken de historische overwinning van de oppositie zwart",
            "Diverse regeringsgezinde media",
            "als een 'stembus-coup'",
            "accusation",
        ),
    ],
)
def test_rule_only_cues_of_blame_opposition_and_denigration(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
    cue: str,
    speaker: str,
    content_start: str,
    act: str,
) -> None:
    text = dpg_text(ERDOGAN)
    item = _one_with_cue(nl_rule_items(text), cue)
    assert _surface(text, item.speaker_span) == speaker
    assert _surface(text, item.content_span).startswith(content_start)
    assert (item.stance, item.act) == ("assert", act)


def test_learned_source_from_another_sentence_does_not_replace_the_cue_subject(
    dpg_text: Callable[[str], str],
) -> None:
    text = dpg_text(ERDOGAN)
    doc = claimgraph.analyze(text, lang="nl")
    [item] = [
        a
        for a in doc.attributions
        if a.cue == "eist" and "ware motieven" in _surface(text, a.content_span)
    ]
    assert item.speaker == "Devlet Bahceli"


def test_negation_in_an_opening_condition_denies_nothing(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
) -> None:
    text = dpg_text(VAN_ARK)
    [item] = [
        a for a in nl_rule_items(text) if _surface(text, a.content_span).startswith("Als jij nooit")
    ]
    assert item.stance == "speculate"  # "is de kans groot dat", not the condition's "nooit"


def test_name_before_two_coordinated_appositions_speaks(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
) -> None:
    # "Ibrahim Karagül, hoofdredacteur van de krant Yeni Shafak, en een van de favoriete
    # journalisten van Erdogan, pleit voor ...": not the first apposition
    text = dpg_text(ERDOGAN)
    item = _one_with_cue(nl_rule_items(text), "pleit")
    assert _surface(text, item.speaker_span) == "Ibrahim Karagül"


def test_target_after_naar_is_no_speaker_and_a_parenthesis_stays_inside_the_apposition(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
) -> None:
    # "Ook oppositieleider Meral Aksener, die een lijstverbinding was aangegaan met Imamoglu's
    # Republikeinse Volkspartij (CHP), haalde uit naar Erdogan. ,,Deze heilige natie ...''"
    text = dpg_text(ERDOGAN)
    items = nl_rule_items(text)
    assert _one_with_cue(items, "haalde uit naar").speaker == "Meral Aksener"
    [quote] = [a for a in items if _surface(text, a.content_span).startswith("Deze heilige")]
    assert quote.speaker == "Meral Aksener"


def test_retort_sentence_introduces_the_quote_after_it(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
) -> None:
    # "Ekrem Imamoglu, de onofficiële winnaar ..., diende Erdogan meteen van repliek. ,,Hoe komt
    # het ...''": the tagger reads "Ekrem" as an adjective with the surname hung on it
    text = dpg_text(ERDOGAN)
    [quote] = [
        a for a in nl_rule_items(text) if _surface(text, a.content_span).startswith("Hoe komt het")
    ]
    assert _surface(text, quote.speaker_span) == "Ekrem Imamoglu"


def test_negation_after_a_colon_of_reported_words_is_no_denial(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
) -> None:
    # ",,Die zeggen: wij kennen hier geen armoede. Terwijl ...'': the minister reports what
    # municipalities say, she rejects nothing
    text = dpg_text(VAN_ARK)
    [item] = [
        a for a in nl_rule_items(text) if _surface(text, a.content_span).startswith("Die zeggen:")
    ]
    assert item.stance == "assert"


def test_known_surname_after_volgens_ends_the_source(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
) -> None:
    # "Ook heeft Slob volgens Brussee de Kamer onjuist geïnformeerd" after "Wilco Brussee"
    text = dpg_text("10742575")
    [item] = [
        a
        for a in nl_rule_items(text)
        if a.cue == "volgens" and "onjuist" in _surface(text, a.content_span)
    ]
    assert _surface(text, item.speaker_span) == "Brussee"
    assert _surface(text, item.content_span).startswith("de Kamer onjuist")


@pytest.mark.parametrize(
    ("doc_id", "content_start"),
    [
        (ERDOGAN, "meten ze met twee maten"),  # "Volgens ... Garo Paylan meten ze met twee maten"
        ("10742575", "De minister kiest onterecht partij"),  # "... wordt ... bezoedeld"
    ],
)
def test_charges_of_misconduct_make_an_accusation(
    dpg_text: Callable[[str], str],
    nl_rule_items: Callable[[str], list[Attribution]],
    doc_id: str,
    content_start: str,
) -> None:
    text = dpg_text(doc_id)
    [item] = [
        a for a in nl_rule_items(text) if _surface(text, a.content_span).startswith(content_start)
    ]
    assert item.act == "accusation"
