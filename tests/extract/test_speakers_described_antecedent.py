"""Dutch speaker resolution, issue #5 (NS3): an unnamed speaker described by a singular role
(``aldus de advocaat-generaal``) is the person a later ``Zij achtte`` stands for, not a name
the narrator mentioned before that item; a group ``ze`` in a sentence that ``Bij`` and a body
open (``Bij de pensioenfondsen zien ze``) is that body; a singular noun under a plural verb
(a misparse) is no group. Text from the Dutch training and dev gold."""

from __future__ import annotations

from claimgraph.extract.speakers import resolve_speakers
from claimgraph.extract.speakers.pronouns import _one_person
from claimgraph.lang import load_lang
from claimgraph.model import Attribution

TEXT = (
    "Volgens de advocaat-generaal zijn de twee agenten fors over de schreef gegaan en was het "
    "geweld dat zij gebruikten niet gerechtvaardigd. Henriquez werd tijdens zijn arrestatie in "
    "bedwang gehouden met een omstreden nekklem. Hij overleed een dag later. Het vertrouwen in "
    "de politie is door deze zaak aangetast, aldus de advocaat-generaal, die vond dat er van "
    "deze zaak 'een signaal' moet uitgaan. Zij achtte de agenten schuldig aan mishandeling met "
    "de dood tot gevolg."
)


LABELS = {"cue": "zei", "cue_span": None, "type": "indirect", "stance": "assert"}


def _item(surface: str, after: int, speaker: str, content: str) -> Attribution:
    """An item spoken by the first ``surface`` after offset ``after``, about ``content``."""
    start, at = TEXT.index(surface, after), TEXT.index(content)
    span, content_span = (start, start + len(surface)), (at, at + len(content))
    return Attribution(speaker=speaker, speaker_span=span, content_span=content_span, **LABELS)


def test_she_stands_for_the_described_speaker_not_an_earlier_name() -> None:
    first = _item("de advocaat-generaal", 0, "advocaat-generaal", "zijn de twee agenten")
    aldus = _item(
        "de advocaat-generaal", first.speaker_span[1], "advocaat-generaal", "Het vertrouwen"
    )
    she = _item("Zij", aldus.speaker_span[1], "Zij", "de agenten schuldig")
    henriquez = (TEXT.index("Henriquez"), "Henriquez")
    resolve_speakers(
        [first, aldus, she],
        TEXT,
        load_lang("nl"),
        [henriquez],
        frozenset({she.speaker_span[0]}),
    )
    assert she.speaker == "advocaat-generaal"


def test_one_person_is_a_singular_role_not_a_group_or_a_name() -> None:
    nl = load_lang("nl")
    assert _one_person("advocaat-generaal", nl)
    assert _one_person("directeur", nl)
    assert not _one_person("Henriquez", nl)
    assert not _one_person("agenten", nl)


def test_ze_after_bij_and_a_body_is_that_body(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10796126")  # "Bij de pensioenfondsen zien ze elke dag dat ..."
    att = content_starting(text, nl_rule_items(text), "de verhoging van de pensioenleeftijd")
    assert text[slice(*att.speaker_span)] == "ze"
    assert att.speaker == "pensioenfondsen"  # not "Bouwvakkers, verplegers en loodgieters"


def test_ze_after_bij_and_an_event_is_no_host(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10796648")  # "Bij de behandeling van hun zaak ... hielden ze"
    att = content_starting(text, nl_rule_items(text), "ze niets verkeerds hadden gedaan")
    assert "behandeling" not in att.speaker


def test_zij_skips_a_singular_noun_under_a_plural_verb(nl_rule_items, content_starting, dpg_text):
    # "klimaatbeleid - Nadat Shell ..., richten beleggers zich op ...": the parse makes the
    # section label the subject of "richten"; a singular noun is no group "zij" stands for
    text = dpg_text("10793744")
    att = content_starting(text, nl_rule_items(text), "hun gezamenlijke ambitie")
    assert text[slice(*att.speaker_span)] == "zij"
    assert att.speaker.endswith("beleggers")  # the headline's "Grote beleggers", not the label
