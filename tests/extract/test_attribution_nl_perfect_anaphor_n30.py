"""``<claim>. Dat heeft X bekendgemaakt.``: issue #5, fourteenth session (N30).

A sentence-opening demonstrative subject of a cue stands for the sentence before, which is the
content (``Dat zegt Hamers``, already a rule). In the perfect the finite auxiliary follows the
demonstrative, the speaker follows the auxiliary and the cue participle closes the clause
(grammar ``perfect_auxiliaries``). Such a cue also replaces an item without a cue that had
guessed the sentence's source, and ``bepalen`` (a court's or committee's ruling) is a cue with a
``dat`` clause or this demonstrative only.

Real text: nl check set 3 (read half), nl dev, nl check set 4 (read half), nl train; rule stage
alone."""

from __future__ import annotations


def test_demonstrative_before_perfect_auxiliary_takes_previous_sentence(rule_item) -> None:
    # nl check set 3, read half, nl-dpg-10648032 (gold: NCTV, cue "bekendgemaakt")
    text = (
        "'Jihadi's blijven aanslagen plannen in Nederland'\n\nEr zijn nog steeds aanhangers van "
        "de jihadistische beweging die zich bezighouden met aanslagplanning binnen Nederland. Dat "
        "heeft de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) gisteren "
        "bekendgemaakt."
    )
    item = rule_item("nl", text, "Er zijn nog steeds aanhangers")
    assert item.cue == "bekendgemaakt"
    assert text[slice(*item.speaker_span)].startswith("de Nationaal Coördinator")


def test_ruling_named_after_its_content_replaces_a_guessed_continuation(rule_item) -> None:
    # nl dev nl-dpg-10681871 (gold: Europees Hof van Justitie, cue "bepaald", demand); the
    # headline's colon item had lent its source to the sentence as a continuation without a cue
    text = (
        "Europees Hof: Studies over glyfosaat moeten openbaar. bestrijdingsmiddel\n\nDe Europese "
        "voedselautoriteit Efsa moet wetenschappelijke studies over giftigheid en "
        "kankerverwekkendheid van de omstreden onkruidverdelger glyfosaat vrijgeven. Dit heeft het "
        "Europees Hof van Justitie bepaald in een zaak die onder meer door de Groene fractie in het "
        "Europees Parlement aanhangig is gemaakt."
    )
    item = rule_item("nl", text, "De Europese voedselautoriteit")
    assert item.cue == "bepaald"
    assert "Europees Hof van Justitie" in text[slice(*item.speaker_span)]
    assert item.act == "demand"


def test_adjective_bepaalde_is_no_cue(rule_item) -> None:
    # nl check set 4, read half, nl-dpg-10755165: "een bepaalde grens" (a certain limit)
    text = (
        "'Je kunt daar tot een bepaalde grens iets over zeggen', stelt neurobioloog Jitte "
        "Groothuis, die niet betrokken is bij dit onderzoek."
    )
    assert rule_item("nl", text, "Je kunt daar").cue == "stelt"


def test_demonstrative_before_auxiliary_without_cue_reports_nothing(nl_rule_items) -> None:
    # nl train nl-dpg-10801749: "Dat had ... moeten gebeuren" has no cue; the sentence before
    # keeps no item of its own
    text = (
        "Vorige maand leden de Verenigde Staten een gevoelige nederlaag bij de WTO. Dat had na "
        "een uitspraak van de WTO al in 2012 moeten gebeuren."
    )
    assert not [a for a in nl_rule_items(text) if text[slice(*a.content_span)].startswith("Vorige")]
