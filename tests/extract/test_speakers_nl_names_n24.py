"""Dutch speakers, issue #5 twelfth session (N24): the name forms of unseen news.

- A definite body noun (``de politie``) stands for the body the article named by that noun and a
  name right after it (``politie Drenthe``, ``de politie van Chicago``).
- A name cut before a particle (``Jan Thijs`` of ``woordvoerder Jan Thijs van Hemmen``) keeps its
  surname where the article writes that surname alone with the particle capitalised (``Van
  Hemmen``); one surname and a particle phrase (``Erdogan van Turkije``) lose the phrase where the
  article writes the surname alone.
- A role's field between the role and the name (``meldt hoogleraar strafrecht Henny Sackers``)
  belongs to the speaker phrase, whose name is the one after that field; so does a modifier
  before the role (``zegt emeritus hoogleraar``), whatever the parser made of it.

Real text: a Dutch train article and DPG-corpus articles of the read halves of Dutch check sets 2
and 3, rule stage alone."""

from __future__ import annotations

from claimgraph.extract.speakers.names import canonical_name
from claimgraph.lang import load_lang


def test_body_noun_takes_the_body_named_with_it(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10776243")  # "aldus de politie Drenthe" ... "aldus de politie"
    att = content_starting(text, nl_rule_items(text), "De maat is nu vol")
    assert att.speaker == "politie Drenthe"


def test_body_noun_takes_the_body_named_with_van(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10751313")  # "door de politie van Chicago" ... "meldde de politie dat"
    att = content_starting(text, nl_rule_items(text), "er twee verdachten opgepakt waren")
    assert att.speaker == "politie van Chicago"


def test_body_noun_without_a_named_body_stays(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10780548")  # "De politie zegt te onderzoeken": no "politie <Name>" before
    att = content_starting(text, nl_rule_items(text), "te onderzoeken")
    assert att.speaker == "politie"


def test_particle_surname_written_alone_stays_in_the_name(
    nl_rule_items, content_starting, dpg_text
):
    text = dpg_text("10780548")  # "zegt woordvoerder Jan Thijs van Hemmen" ... "kan Van Hemmen"
    items = nl_rule_items(text)
    assert content_starting(text, items, "Natuurlijk houden we").speaker == "Jan Thijs van Hemmen"
    assert content_starting(text, items, "Agenten worden getraind").speaker == (
        "Jan Thijs van Hemmen"
    )


def test_particle_after_two_names_still_opens_an_affiliation():
    """Without the text's evidence the name form is unchanged (``Tanja Traag van het CBS``)."""
    assert canonical_name("Jan Thijs van Hemmen", load_lang("nl")) == "Jan Thijs"


def test_role_field_before_name_is_part_of_the_speaker(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10750666")  # "meldt hoogleraar strafrecht Henny Sackers van de Radboud ..."
    items = nl_rule_items(text)
    att = content_starting(text, items, "Voor de strafbaarheid van een bedreiging")
    assert att.speaker == "Henny Sackers"
    assert content_starting(text, items, "En voor opruiing").speaker == att.speaker


def test_name_after_a_role_and_its_field():
    """Rule 12: the name, not the role (``voorzitter jeugdcommissie Lennert Böhmer``)."""
    lang = load_lang("nl")
    assert canonical_name("hoogleraar strafrecht Henny Sackers", lang) == "Henny Sackers"
    assert canonical_name("voorzitter jeugdcommissie Lennert Böhmer", lang) == "Lennert Böhmer"


def test_modifier_before_role_after_cue_is_part_of_the_speaker(
    nl_rule_items, content_starting, dpg_text
):
    """``zegt emeritus hoogleraar strafrecht Theo de Roos``: the parser reads ``emeritus`` as the
    verb's subject; the rules still take the whole phrase after the cue."""
    text = dpg_text("10750666")
    att = content_starting(text, nl_rule_items(text), "Dus ook de moord op Pim Fortuyn")
    assert (att.cue, att.speaker) == ("zegt", "Theo de Roos")


def test_modifier_before_role_parsed_as_modifier_still_works(
    nl_rule_items, content_starting, dpg_text
):
    text = dpg_text("10800490")  # "..., zei toenmalig staatssecretaris Eric Wiebes."
    att = content_starting(text, nl_rule_items(text), "We hebben er zes miljard euro in gestopt")
    assert att.speaker == "Eric Wiebes"


def test_affiliation_after_a_surname_is_cut(nl_rule_items, content_starting, dpg_text):
    """``President Erdogan van Turkije``: the article writes ``Erdogan`` alone, never ``Van
    Turkije``, so ``van Turkije`` is his affiliation; he is named as elsewhere (rule 12)."""
    text = dpg_text("10798624")
    att = content_starting(text, nl_rule_items(text), "Bijna alles was onregelmatig")
    assert att.speaker == "Recep Tayyip Erdogan"


def test_department_after_a_ministers_surname_is_cut(nl_rule_items, dpg_text):
    text = dpg_text("10742575")  # "schrijft minister Slob van Onderwijs", later "Slob" alone
    assert {a.speaker for a in nl_rule_items(text) if "Slob" in a.speaker} == {"Slob"}
