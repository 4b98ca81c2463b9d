"""Dutch attribution, issue #5 speaker round: a quote after a sentence without a cue whose
subject is a full name (``Sietse Brouwer (63) loopt ... mee. 'We lopen ...'``), also apposed to
a role noun (``Misdaadjournalist Peter R. de Vries sluit zich daar ... bij aan.``), is that
person's; a lone pronoun subject there does not take the quote. A compound of a short listed
role (``jeugd|arts``) is a role before a name. Real text: a DPG article of the check set's read
half and Dutch train articles, rule stage alone."""

from __future__ import annotations


def test_quote_after_cueless_sentence_naming_a_person(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10686867")
    att = content_starting(text, nl_rule_items(text), "We lopen met borden")
    assert att.speaker == "Sietse Brouwer"
    assert text[slice(*att.speaker_span)].startswith("Sietse Brouwer")


def test_name_apposed_to_role_noun_with_initial(nl_rule_items, nl_train_text):
    text = nl_train_text("nl-dpg-10754073")
    items = nl_rule_items(text)
    att = next(
        a for a in items if a.content_span[0] <= text.index("Je zou er vragen") < a.content_span[1]
    )
    assert att.speaker == "Peter R. de Vries"


def test_compound_of_short_role_heads_speaker_phrase(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10799171")
    att = content_starting(text, nl_rule_items(text), "Dat zorgt voor paraplubescherming")
    assert att.speaker == "Marianne Daalderop"
