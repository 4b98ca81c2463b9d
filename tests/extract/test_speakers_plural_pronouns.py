"""Issue #5, twelfth session (E26): a plural pronoun speaker (``they``; ``zij``/``ze`` with a
plural verb) stands for the last plural subject before it, a group, not the last person quoted;
with no plural subject in reach it stays unresolved. Real text: Dutch DPG train/dev articles and
an English Wikinews article (CC BY 2.5, en check set 1, read half)."""

from __future__ import annotations

import claimgraph
from claimgraph.evaluation.attribution import names_match

# en-wikinews-192 (Wikinews, "COVID-19 may spread like flu, say scientists"), first paragraphs
WIKINEWS_192 = (
    "COVID-19 may spread like flu, say scientists\n\n"
    "In a report released in The New England Journal of Medicine on Wednesday, scientists "
    "studying patients in Zhuhai in China's Guangdong Province reported that the newly emerged "
    "SARS-CoV-2, the coronavirus that causes COVID-19, may spread in a manner similar to "
    "influenza — suggesting, experts noted, that this outbreak, which began in the city of Wuhan "
    "in Hubei Province in December 2019, may call for containment measures similar to those for "
    "influenza.\n\n\n"
    "Researchers used polyester swab samples from the noses and throats of eighteen infected "
    "volunteers, including one asymptomatic infected volunteer. They found the virus's behavior "
    "resembled that of influenza rather than severe acute respiratory syndrome (SARS)."
)


def test_zij_with_plural_verb_is_the_plural_subject_before_it(
    nl_rule_items, content_starting, nl_train_text
):
    text = nl_train_text("nl-dpg-10677496")  # "vinden zeven partijen elkaar. Zij stellen dat"
    att = content_starting(text, nl_rule_items(text), "de leegstand het beste")
    assert text[slice(*att.speaker_span)] == "Zij"
    assert att.speaker == "zeven partijen"  # not "PVV", the last party quoted


def test_zij_vrezen_is_the_coordinated_subject_not_the_premier(
    nl_rule_items, content_starting, dpg_text
):
    text = dpg_text("10777844")  # "Werkgeversclubs VNO-NCW en MKB-Nederland maken ... Zij vrezen"
    att = content_starting(text, nl_rule_items(text), "huizenbezitters en ondernemers")
    assert names_match("VNO-NCW en MKB-Nederland", att.speaker)  # not "Mark Rutte"


def test_learned_item_with_plural_ze_takes_the_passive_plural_subject(by_content, nl_train_text):
    # "De agenten werden ... veroordeeld ... hielden ze vol dat"
    text = nl_train_text("nl-dpg-10796648")
    _, att = by_content(text, "ze niets verkeerds")
    assert att.speaker == "agenten"  # not "advocaat-generaal", the last speaker


def test_they_is_the_plural_subject_before_it_not_the_last_speaker():
    doc = claimgraph.analyze(WIKINEWS_192, lang="en")
    att = next(a for a in doc.attributions if doc.surface(a.speaker_span or (0, 0)) == "They")
    assert att.speaker == "Researchers"  # not "experts", who spoke last
