"""Dutch attribution, round 21 of issue #5: who a cue-less ``hij``/``hem`` or a continuation quote
stands for. A person introduced by a description with the name apposed (``De Nederlandse
IS-strijder Yago R., ..., wil terug``) is a mention ``hij`` may take, also where the narrator's
sentence is the content of a later ``Dit zei hij``; a name the parser cut short (``Geoffrey`` with
``Cox`` tagged apart) is read to its last capitalised word; an unnamed spokesperson (``woordvoerder
Inspectie ...``) is one person, the antecedent of a later ``volgens hem``. Real text of the
shared train articles, rules alone."""

from __future__ import annotations


def _content_starting(text: str, items, start: str):
    found = [a for a in items if text[slice(*a.content_span)].startswith(start)]
    assert found, [text[slice(*a.content_span)] for a in items]
    return found[0]


def test_he_after_a_described_person_is_the_apposed_name(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10667943")
    items = nl_rule_items(text)
    for start in ("Om eerlijk te zijn", "Ze had gevraagd uit te zien", "Maar dat deed ze niet"):
        assert _content_starting(text, items, start).speaker == "Yago R."


def test_continuation_takes_the_whole_apposed_name(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10797726")
    items = nl_rule_items(text)
    # "zei de regeringsjurist Geoffrey Cox dat ... Hij gaf toe dat ... 'We ontrafelen ...'"
    assert _content_starting(text, items, "We ontrafelen 45 jaar").speaker == "Geoffrey Cox"


def test_him_after_an_unnamed_spokesperson_is_that_spokesperson(
    nl_rule_items, nl_train_text
) -> None:
    text = nl_train_text("nl-dpg-10772449")
    items = nl_rule_items(text)
    spokesperson = "woordvoerder Inspectie voor Leefomgeving en Transport"
    # "Een woordvoerder van de ILT meldt dat ... Dat moet volgens hem eerst gebeuren, ..."
    assert _content_starting(text, items, "eerst gebeuren").speaker == spokesperson
    assert _content_starting(text, items, "We kunnen dan ook kijken").speaker == spokesperson
