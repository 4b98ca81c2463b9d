"""Dutch attribution, round 16 of issue #5. A subheading line without a full stop run into the
sentence after it (``De Vries Van Koppen zegt dat ...``) names two people: the speaker is the
second, the one the article named in full (Dutch capitalises a name particle only where no first
name precedes it). A rare reporting verb the tagger read as a noun still reports the quote before
it (``,,…", fulmineerde Sloetski.``). Real text of the shared train articles, rules alone."""

from __future__ import annotations


def test_glued_subheading_speaker_is_the_second_surname(
    nl_rule_items, content_starting, nl_train_text
) -> None:
    text = nl_train_text("nl-dpg-10754073")
    items = nl_rule_items(text)
    # "Hoe komt dat dna op die blouse?'' De Vries Van Koppen zegt dat het feit ..."
    said = content_starting(text, items, "het feit dat de blouse niet volgens")
    assert text[slice(*said.speaker_span)] == "De Vries Van Koppen"
    assert said.speaker.endswith("Peter van Koppen")
    # his quotes before and after keep him, not the glued name
    for start in ("Ze zijn irrelevant voor de huidige zaak", "Als de advocaat-generaal"):
        assert "Vries" not in content_starting(text, items, start).speaker


def test_a_lone_surname_with_a_particle_stays_itself(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10754073")
    items = nl_rule_items(text)
    de_vries = [a for a in items if a.speaker_span and text[slice(*a.speaker_span)] == "De Vries"]
    assert de_vries and all("Koppen" not in a.speaker for a in de_vries)


def test_rare_verb_tagged_as_noun_reports_the_quote_before_it(
    nl_rule_items, content_starting, nl_train_text
) -> None:
    text = nl_train_text("nl-dpg-10794116")
    items = nl_rule_items(text)
    # ',,Die eerste strafschop, is geen strafschop", fulmineerde Sloetski.'
    quote = content_starting(text, items, "Die eerste strafschop")
    assert (text[slice(*quote.speaker_span)], quote.cue) == ("Sloetski", "fulmineerde")
    # the quotes that go on without a cue are his, not the club's
    for start in ("Hirving Lozano is een duiker", "Deze scheidsrechter is bezig"):
        assert content_starting(text, items, start).speaker == "Sloetski"
