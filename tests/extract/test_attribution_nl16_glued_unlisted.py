"""Dutch attribution, round 16 of issue #5. A subheading line without a full stop run into the
sentence after it (``De Vries Van Koppen zegt dat ...``) names two people: the speaker is the
second, the one the article named in full (Dutch capitalises a name particle only where no first
name precedes it). A rare reporting verb the tagger read as a noun still reports the quote before
it (``,,…", fulmineerde Sloetski.``). Real text of the shared train articles, rules alone."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import parse


def _rule_items(nlp, text: str) -> list[Attribution]:
    return extract_attributions(parse(nlp, text), load_lang("nl"))


def _content_starting(text: str, items: list[Attribution], start: str) -> Attribution:
    found = [a for a in items if text[slice(*a.content_span)].startswith(start)]
    assert found, [text[slice(*a.content_span)] for a in items]
    return found[0]


def test_glued_subheading_speaker_is_the_second_surname(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10754073")
    items = _rule_items(nlp, text)
    # "Hoe komt dat dna op die blouse?'' De Vries Van Koppen zegt dat het feit ..."
    said = _content_starting(text, items, "het feit dat de blouse niet volgens")
    assert text[slice(*said.speaker_span)] == "De Vries Van Koppen"
    assert said.speaker.endswith("Peter van Koppen")
    # his quotes before and after keep him, not the glued name
    for start in ("Ze zijn irrelevant voor de huidige zaak", "Als de advocaat-generaal"):
        assert "Vries" not in _content_starting(text, items, start).speaker


def test_a_lone_surname_with_a_particle_stays_itself(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10754073")
    items = _rule_items(nlp, text)
    de_vries = [a for a in items if a.speaker_span and text[slice(*a.speaker_span)] == "De Vries"]
    assert de_vries and all("Koppen" not in a.speaker for a in de_vries)


def test_rare_verb_tagged_as_noun_reports_the_quote_before_it(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10794116")
    items = _rule_items(nlp, text)
    # ',,Die eerste strafschop, is geen strafschop", fulmineerde Sloetski.'
    quote = _content_starting(text, items, "Die eerste strafschop")
    assert (text[slice(*quote.speaker_span)], quote.cue) == ("Sloetski", "fulmineerde")
    # the quotes that go on without a cue are his, not the club's
    for start in ("Hirving Lozano is een duiker", "Deze scheidsrechter is bezig"):
        assert _content_starting(text, items, start).speaker == "Sloetski"
