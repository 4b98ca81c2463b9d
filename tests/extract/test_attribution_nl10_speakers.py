"""Dutch attribution, round 10 of issue #5: sources named by an inflected role noun. The plural
or feminine of a title (``rechercheurs``, ``kunstkenners``, ``klimatologe``) and the plural of a
document noun (``berekeningen``) are plausible speakers (``grammar.toml`` ``noun_inflections``);
a speaker phrase after its cue stops at a verb (``volgens de advocaat-generaal zijn ...``) and may
carry an affiliation to the sentence end (``zegt ... Vogel van de universiteit ETH in Zürich``).
Real sentences from the Dutch train articles (shared/data/nl-attribution/train.jsonl; ids in the
comments)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (  # nl-dpg-10754073: plural of the title "rechercheur"
            "De recherchefoto's op de cd-rom zouden laten zien dat er meerdere vingerafdrukken "
            "op het mes zaten. De rechercheurs schrijven in hun rapport dat die vingerafdrukken "
            "er helemaal niet waren.",
            "die vingerafdrukken er helemaal",
            "rechercheurs",
        ),
        (  # nl-dpg-10771795: plural of a compound title ("kunstkenner")
            "Het was flink overschilderd en Modestini had er een zware kluif aan de Salvator "
            "Mundi te herstellen. Het ziet er niet uit als een 'typische' Da Vinci, stellen "
            "kunstkenners.",
            "Het ziet er niet uit",
            "kunstkenners",
        ),
    ],
)
def test_plural_role_noun_is_a_speaker(text: str, start: str, speaker: str, by_content) -> None:
    doc, att = by_content(text, start)
    assert att.speaker == speaker
    assert doc.surface(att.speaker_span).endswith(speaker)


def test_feminine_title_with_affiliation_gives_the_content_before_the_cue(by_content) -> None:
    # nl-dpg-10801302: "klimatologe" (feminine of "klimatoloog"); the affiliation after the name
    # runs to the sentence end, so the content is the clause before the cue; the next sentence's
    # reportative "zou" continues her paraphrase
    text = (
        "Hij was onderdeel van een lange warme periode die tegelijkertijd grote delen van Europa, "
        "Azië en Noord-Amerika trof. Voor 2010 kwam dat nooit voor, zegt klimatologe dr. Martha "
        "Vogel van de universiteit ETH in Zürich. En als het klimaat van de wereld niet door "
        "menselijk toedoen was veranderd, zou het ook nooit zijn gebeurd."
    )
    doc, att = by_content(text, "Voor 2010 kwam dat nooit voor")
    assert doc.surface(att.content_span) == "Voor 2010 kwam dat nooit voor"
    assert att.speaker == "Martha Vogel"
    _, continued = by_content(text, "En als het klimaat")
    assert continued.speaker == "Martha Vogel"


def test_speaker_after_volgens_stops_at_the_verb(by_content) -> None:
    # nl-dpg-10796648: "zijn" is the verb of the content, not a possessive in the speaker phrase
    text = (
        "Volgens de advocaat-generaal zijn de twee agenten fors over de schreef gegaan en was het "
        "geweld dat zij gebruikten niet gerechtvaardigd."
    )
    doc, att = by_content(text, "zijn de twee agenten")
    assert doc.surface(att.speaker_span) == "de advocaat-generaal"


def test_plural_document_noun_speaks_for_its_author(by_content) -> None:
    # nl-dpg-10679479: "berekeningen" is the plural of the document noun "berekening"
    text = (
        "Volgens berekeningen van WomenInc en Loonwijzer verdient een vrouw in haar werkende "
        "leven 300.000 euro minder dan een man."
    )
    doc, att = by_content(text, "")
    assert "WomenInc" in doc.surface(att.speaker_span)
    assert "verdient een vrouw" in doc.surface(att.content_span)


def test_cue_with_its_own_complement_does_not_report_the_quote_before(by_content) -> None:
    # nl-dpg-10754073: a subheading ("De Vries") runs into the text; "zegt dat" has its own
    # content, so the quotation before the subject is not reported by this cue
    text = (
        "Volgens Van Koppen zijn de feiten die op de cd-rom naar voren komen al lang bekend. "
        ",,Ze zijn irrelevant voor de huidige zaak. Het OM heeft ook toegegeven dat er fouten zijn "
        "gemaakt in het onderzoek. Maar uiteindelijk is Louwes veroordeeld vanwege het dna dat op "
        "de blouse zat. Hoe komt dat dna op die blouse?'' De Vries Van Koppen zegt dat het feit "
        "dat de blouse niet volgens de geldende normen is veiliggesteld daar niets aan afdoet."
    )
    doc, att = by_content(text, "het feit dat de blouse")
    assert att.cue == "zegt"
    assert "Van Koppen" in att.speaker
    quoted = [a for a in doc.attributions if doc.surface(a.content_span).startswith("Ze zijn")]
    assert all(a.cue != "zegt" for a in quoted)
