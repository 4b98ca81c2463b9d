"""Where an event's time comes from (``Event.time_basis``, issue #7, nineteenth session): a
time named in its sentence, a "some time before now" of its clause ("onlangs"), or, when its
sentence names none, the article's publication date standing in, which a reader must be able to
tell from a date read in the text. Sentences from DPG 2019 (nl-news)."""

from __future__ import annotations

import claimgraph
from claimgraph.model import TIME_BASES, Event

# DPG 2019-02-27 (10649313): the refusal was years ago, under the former cabinet; the call to
# Macron the evening before the article
KLM = (
    "Maar het toenmalige kabinet weigerde nog het aandelenpakket in KLM uit te breiden. Pas net "
    "voor de persconferentie waarin de minister van Financiën de aandelenkoop gisteravond "
    "bekendmaakte, werd de Franse president Macron gebeld."
)


def _event(text: str, date: str | None, etype: str) -> Event:
    (event,) = [e for e in claimgraph.analyze(text, lang="nl", date=date).events if e.type == etype]
    return event


def test_a_time_named_in_the_sentence_is_read_in_the_text():
    call = _event(KLM, "2019-02-27", "CONSULT")
    assert (call.time, call.time_basis) == ("2019-02-26TEV", "sentence")


def test_a_sentence_without_a_time_gets_the_publication_date_and_says_so():
    refusal = _event(KLM, "2019-02-27", "REJECT")
    assert (refusal.time, refusal.time_basis) == ("2019-02-27", "published")
    # an article without a date: no time, and no basis for one
    refusal = _event(KLM, None, "REJECT")
    assert (refusal.time, refusal.time_basis) == ("", "")


def test_onlangs_is_some_time_before_the_article_from_its_clause():
    # DPG 2019-04-10 (10801537)
    text = "Onlangs dreigde Trump opnieuw invoertarieven op Europese auto's in te voeren."
    threat = _event(text, "2019-04-10", "THREATEN")
    assert (threat.time, threat.time_basis) == ("PAST_REF", "clause")


def test_a_merged_event_takes_its_basis_with_the_time_of_the_other_mention():
    # DPG 2019-03-21 (10729049): the headline's "aanslag" has no time; the same attack
    # "vrijdag" in the third sentence gives the merged event its time, read in that sentence
    text = (
        "rel - De Turkse president Erdogan zet de aanslag in Christchurch in om kritiek op het "
        "'anti-islamitische' Westen kracht bij te zetten. De diplomatieke rel tussen Australië "
        "en Nieuw-Zeeland aan de ene kant en Turkije aan de andere kant is gisteren verder "
        "geëscaleerd. De Australische en Nieuw-Zeelandse regering tekenden beide protest aan "
        "tegen uitlatingen van de Turkse president Erdogan over de aanslagen vrijdag in "
        "Christchurch."
    )
    doc = claimgraph.analyze(text, lang="nl", date="2019-03-21")
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    (friday,) = [t for t in doc.timexes if t.text == "vrijdag"]
    assert attack.trigger == "aanslag"  # the headline's mention, kept
    assert (attack.time, attack.time_basis) == (friday.value, "sentence")


def test_every_basis_is_a_documented_one():
    events = claimgraph.analyze(KLM, lang="nl", date="2019-02-27").events
    assert events and {e.time_basis for e in events} <= set(TIME_BASES)
