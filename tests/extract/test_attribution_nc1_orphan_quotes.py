"""Twentieth session (NC1, issue #5): a quotation of whole sentences that no pass gave to a
source, with no reporting clause of its own, continues the report of the last source before it
(``extract/orphan_quotes.py``); a sentence right before it that gave no item and whose subject
may be a speaker introduces that speaker instead. Excerpts of DPG articles from nl-attribution
train (nl-dpg-10762426, whole) and the Dutch check sets' read halves (set 8: nl-dpg-10667928; set 6:
nl-dpg-10755792)."""

from __future__ import annotations

from dataclasses import replace

import claimgraph
from claimgraph.extract.orphan_quotes import add_orphan_quotes
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

BEWONERS = (
    "De deuren van het buurpand, Linnaeusstraat 58, waren er compleet uitgeblazen, en overal lag "
    "glas. Een bewoner van nummer 58 was enorm geschrokken. \"Dit was volgens mij net zo'n harde "
    "knal als de eerste keer, maar de schade was toen veel minder. Moet je kijken, er is niets "
    'meer van die deuren over." Een passerend Duits echtpaar dat in het nabijgelegen Manor Hotel '
    "logeerde, dacht dat het om terroristen ging. Veel bewoners waren niet verbaasd over de "
    'explosie. "Dit gebeurt toch overal in de stad?"'
)
KIP = (
    "Van de Werd verwierf landelijke bekendheid toen zij een kip die in een kunstproject werd "
    "gebruikt bevrijdde. 'Kip Jip' kreeg daardoor landelijke bekendheid. Van de Werd zelf kreeg "
    "een strafblad wegens kippendiefstal."
)


def _cueless(text: str, start: str) -> list[Attribution]:
    doc = claimgraph.analyze(text, lang="nl")
    return [
        a
        for a in doc.attributions
        if a.cue_span is None and doc.surface(a.content_span).startswith(start)
    ]


def test_a_source_mention_that_is_no_speaker_gives_no_orphan_item(nl_train_text, dpg_text):
    # OQ1: "Zelf noemt de monteur koudetechniek het stoppen ... eerder een impulsactie. ,,Mijn
    # vriendin schrok ...''": the gold speaker is Peter, named earlier; "de monteur
    # koudetechniek" is no plausible speaker mention, so no item rather than one of the role noun
    assert not _cueless(nl_train_text("nl-dpg-10762426"), "Mijn vriendin")
    # "'De verwachting is dat de komende jaren jihadisten ...' ... 'Het gevaar dat uitgaat van
    # de lone actor ...'": a quotation of the NCTV's report, not of "de verwachting"
    assert all(a.speaker != "verwachting" for a in _cueless(dpg_text("10648032"), "Het gevaar"))


def test_a_quotation_after_a_colon_is_spoken_by_the_subject_before_it(nl_train_text):
    # OQ1: "... In totaal willen de VS heffingen gaan invoeren ... Conflict De Amerikaanse
    # president Trump liet er via Twitter geen twijfel over bestaan: "De Europes Unie heeft ...
    # Daar komt binnenkort een einde aan!"": Trump's, not the VS's (the last source before it)
    [item] = _cueless(nl_train_text("nl-dpg-10801749"), "De Europes Unie")
    assert item.type == "direct" and item.speaker == "Donald Trump"


def test_no_orphan_item_for_a_source_far_back(dpg_text):
    # OQ1: the last source ("Bij Aventus merkten ze ...") ended 547 characters before
    # ""Er werden vreemde berichten doorgestuurd ...""; its gold speaker is named after it
    assert not _cueless(dpg_text("10677689"), "Er werden vreemde berichten")


def test_sentence_before_the_quotation_introduces_its_speaker():
    [first] = _cueless(BEWONERS, "Dit was volgens mij")
    [second] = _cueless(BEWONERS, "Dit gebeurt toch")
    assert first.speaker == "bewoner van nummer 58"
    assert second.speaker == "bewoners"


def test_a_quoted_name_opening_a_sentence_is_no_orphan_quotation():
    assert not _cueless(KIP, "Kip Jip")


def test_the_stage_is_off_for_english() -> None:
    # the last source before a cue-less English quotation was its gold speaker 1 time of 6
    # (PolNeAR train/5, Wikinews check set 4), so lang/en/grammar.toml turns the stage off
    text = (
        "The mayor said the bridge would reopen in May.\n\nThe bridge was built in 1962 and "
        "carries about twelve thousand cars a day across the river. Engineers closed it in "
        "January after cracks were found in two of its concrete piers. Traffic now takes a detour "
        "of eleven kilometres through the old town, where the streets are narrow and the shops "
        "have lost customers. Buses run every twenty minutes instead of every ten, and the ferry "
        "has doubled its crossings on weekdays to carry the commuters who used to drive. "
        '\n\n"We have waited long enough. Nobody tells us anything."'
    )
    quoted = text.index('"We') + 1
    doc = claimgraph.analyze(text, lang="en")
    assert not [a for a in doc.attributions if a.content_span[0] == quoted]
    switched_on = replace(load_lang("en"), orphan_quotes=True)
    found = add_orphan_quotes(doc.attributions, text, load("en")(text), switched_on)
    assert [a.content_span[0] for a in found if a.cue_span is None] == [quoted]
