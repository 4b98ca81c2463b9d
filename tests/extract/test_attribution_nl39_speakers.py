"""Dutch attribution, issue #5 speaker round 4 (N19): role nouns that only the rules read
(``rule_titles``: ``raadsman``, kept out of the CRF's title feature); in a verb-second language a
quotation ending in ``?``/``!`` before a capitalised word ends its sentence; the pronoun or name
subject of a short clause before a colon speaks the quotation after it. Real text: Dutch dev and
train articles (DPG), rule stage alone."""

from __future__ import annotations

from claimgraph.extract.learned_features import lexicon_lists
from claimgraph.lang import load_lang


def test_rule_only_role_noun_before_surname(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10800765")
    att = content_starting(text, nl_rule_items(text), "Ter land, ter zee")
    assert att.speaker == "Taner Sen"


def test_rule_only_role_nouns_stay_out_of_the_crf_title_feature():
    lang = load_lang("nl")
    titles = dict(lexicon_lists(lang))["title"]
    assert "raadsman" in lang.titles
    assert "raadsman" not in titles
    assert "advocaat" in titles


def test_question_mark_closes_quote_before_new_sentence(nl_rule_items, nl_train_text):
    text = nl_train_text("nl-dpg-10775162")
    items = nl_rule_items(text)
    quote = text.index("Als je een dier ziet")
    att = next(a for a in items if a.content_span[0] <= quote < a.content_span[1])
    assert att.cue != "weten"  # '...doen?" Van Abdulaziz weten de Chinezen niet': a new sentence


def test_pronoun_subject_of_clause_before_colon_speaks_quote(
    nl_rule_items, content_starting, nl_train_text
):
    text = nl_train_text("nl-dpg-10775162")
    att = content_starting(text, nl_rule_items(text), "Als je een dier ziet")
    assert att.cue == ":"
    assert text[slice(*att.speaker_span)] == "Hij"  # 'Hij wordt emotioneel: "..."'
    assert att.speaker == "Elkim"


def test_headline_topic_before_colon_is_no_speaker(nl_rule_items, dpg_text):
    text = dpg_text("10677689")  # "Hackers rommelen in schoolsysteem: 'Ze wijzigden cijfers'"
    assert all(a.speaker != "Hackers" for a in nl_rule_items(text))


def test_she_with_singular_verb_is_the_person_just_introduced(
    nl_rule_items, content_starting, dpg_text
):
    # "... maar Jasmine van Kessel (17) is een van de uitzonderingen. ,,Ik heb er heel veel over
    # nagedacht", zegt ze, ... ,,Mijn moeder staat ...": not the doctor quoted before
    text = dpg_text("10799171")
    items = nl_rule_items(text)
    assert content_starting(text, items, "Ik heb er heel veel").speaker == "Jasmine van Kessel"
    assert content_starting(text, items, "Mijn moeder staat").speaker == "Jasmine van Kessel"


def test_she_does_not_stand_for_a_name_in_a_group(nl_rule_items, content_starting, nl_train_text):
    # "De sterke sprinters, met naast Wild en Wiebes ook Amy Pieters en Marianne Vos, ... Wild
    # had wel wat geluk, zei ze. 'Ik rijd bij een kleine ploeg.'"
    text = nl_train_text("nl-dpg-10768011")
    items = nl_rule_items(text)
    assert content_starting(text, items, "Wild had wel wat geluk").speaker == "Wild"
    assert content_starting(text, items, "Ik rijd bij een kleine ploeg").speaker == "Wild"


def test_pronoun_after_cue_verb_is_subject_not_fronted_phrase(
    nl_rule_items, content_starting, nl_train_text
):
    # "In 2015 klapte Mars One-kandidaat Joseph Roche, ..., uit de school. Tegenover website
    # medium.com en de Britse krant The Guardian vertelde hij dat ..."
    text = nl_train_text("nl-dpg-10592825")
    att = content_starting(text, nl_rule_items(text), "tophonderdkandidaten")
    assert text[slice(*att.speaker_span)] == "hij"
    assert att.speaker == "Joseph Roche"


def test_comma_before_a_new_subject_and_cue_ends_the_content(
    nl_rule_items, content_starting, dpg_text
):
    text = dpg_text("10780085")  # "VVD en CDA reageren ronduit negatief op het plan, alleen de
    att = content_starting(text, nl_rule_items(text), "ronduit negatief")  # ChristenUnie ziet ..."
    assert text[slice(*att.content_span)] == "ronduit negatief op het plan"


def test_subject_after_comma_keeps_its_cue_against_the_learned_speaker(by_content, dpg_text):
    # the model gives "ziet" the subject of "reageren", which the parse coordinates it with
    _, att = by_content(dpg_text("10780085"), "wel iets in het voorstel")
    assert att.speaker == "ChristenUnie"


def test_subject_then_cue_after_a_clause_does_not_report_it(nl_rule_items, nl_train_text):
    # "Partijmedewerkers dreigen in staking te gaan ..., voormalig Brexit-minister Dominic Raab
    # noemt het overleg 'een potentiële ramp voor de natie'": Dutch puts a cue after its content
    # before the subject (", zegt X")
    text = nl_train_text("nl-dpg-10797726")
    items = nl_rule_items(text)
    claim = text.index("Partijmedewerkers dreigen")
    assert [a.speaker for a in items if a.content_span[0] == claim] == []
    assert any(a.speaker == "Partijmedewerkers" and a.cue == "dreigen" for a in items)


def test_quote_after_sentence_with_nominal_report_goes_to_its_subject(
    nl_rule_items, content_starting, nl_train_text
):
    # 'Van der Knaap ondersteunt het idee van Rai-voorzitter Van Eijck om ... aan te houden.
    # "Als je 8 kilometer lang ..."': the quote is the subject's, not the idea's owner's
    text = nl_train_text("nl-dpg-10746369")
    att = content_starting(text, nl_rule_items(text), "Als je 8 kilometer lang")
    assert att.speaker == "Peter van der Knaap"


def test_possessed_role_is_named_after_its_owner(nl_rule_items, content_starting, dpg_text):
    # "Charly T. (17) werd vorige week onverwacht vrijgelaten ... zegt zijn advocaat. ,,Pas
    # daarna is de veroordeling van T. definitief.''" (ANNOTATION.md rule 12)
    text = dpg_text("10728846")
    items = nl_rule_items(text)
    assert content_starting(text, items, "Het is nog onduidelijk").speaker == (
        "advocaat van Charly T."
    )
    assert content_starting(text, items, "Pas daarna").speaker == "advocaat van Charly T."
