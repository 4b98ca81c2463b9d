"""Dutch attribution, round 13 of issue #5: speakers. ``hij`` stands for the person the narrator
last named as a subject when no person spoke after that (``Monteur Peter`` ... ``herinnert hij
zich``), never for a body (``de AIVD``), a group noun (``Agenten``) or a source quoted inside a
quote; a weekday-surname does not end a name (``Jolanda Zondag``); a V2 subject ends at its
finite verb (``Hij had eerder deze maand al laten weten``); a sentence opener that is no noun is
no speaker (``Slecht nieuws voor iedereen die hoopt``). Real text of the Dutch train articles
(shared/data/nl-attribution, ids in the tests), rules alone: the shipped learned model saw them."""

from __future__ import annotations


def test_hij_is_the_named_subject_not_a_group_that_spoke(
    nl_rule_items, content_starting, nl_train_text
) -> None:
    text = nl_train_text("nl-dpg-10762426")
    items = nl_rule_items(text)
    # "Agenten zeiden ..." spoke last; then "Peter over de A27 reed" and "herinnert hij zich"
    for start in ("Sowieso ben ik iemand", "Ik wilde ze er echt niet", "Ik reed vol"):
        assert content_starting(text, items, start).speaker == "Peter"


def test_hij_is_the_person_named_after_the_last_body_that_spoke(
    nl_rule_items, content_starting, nl_train_text
) -> None:
    text = nl_train_text("nl-dpg-10775162")
    items = nl_rule_items(text)
    # "Volgens de AIVD ..." spoke; then "Ook Erkim Elkem (38) kan vertellen ...", "zegt hij"
    continued = content_starting(text, items, "Dan gaan ze nog meer vragen")
    assert continued.speaker_span is None
    assert continued.speaker == "Erkim Elkem"


def test_source_quoted_inside_a_quote_is_no_antecedent(
    nl_rule_items, content_starting, nl_train_text
) -> None:
    text = nl_train_text("nl-dpg-10667943")
    items = nl_rule_items(text)
    # ",,... toen een vriend zei dat ...'' is a nested item (rule 8); "zei hij" after it is not him
    assert content_starting(text, items, "er een meisje").speaker == "vriend"
    for start in ("Het was haar eigen keuze", "Ze had gevraagd", "Maar dat deed ze niet"):
        assert content_starting(text, items, start).speaker != "vriend"


def test_weekday_surname_stays_in_the_name(nl_rule_items, content_starting, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10648992")
    items = nl_rule_items(text)
    said = content_starting(text, items, "Ons uitgangspunt is")
    assert text[slice(*said.speaker_span)] == "woordvoerder Jolanda Zondag"
    assert said.speaker == "Jolanda Zondag"
    assert content_starting(text, items, "Bewoners hoeven ook niet").speaker == "Jolanda Zondag"


def test_subject_ends_at_its_finite_verb(nl_rule_items, content_starting, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10772713")
    told = content_starting(text, nl_rule_items(text), "hij toch niet zou meedoen")
    assert text[slice(*told.speaker_span)] == "Hij"
    assert told.speaker == "Bouteflika"


def test_opener_that_is_no_noun_is_no_speaker(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10592825")
    speakers = {text[slice(*a.speaker_span)] for a in nl_rule_items(text) if a.speaker_span}
    assert "Slecht nieuws voor iedereen die" not in speakers
    assert "Ruim 200 duizend vrijwilligers" not in speakers
    assert "Lansdorp" in speakers  # "Lansdorp ontkende ... de aantijgingen van Roche" stays


def test_clause_is_no_speaker(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10723126")
    speakers = {text[slice(*a.speaker_span)] for a in nl_rule_items(text) if a.speaker_span}
    assert "Beterschap ING heeft beterschap" not in speakers
