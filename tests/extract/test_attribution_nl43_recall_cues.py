"""Dutch attribution, twelfth session (N25, issue #5): Dutch recall on unseen news. Shouting and
chanting verbs as cues of a quotation or a ``dat`` clause (``riep ze``), ``er ... rekening mee
houden dat`` as a hedged cue (speculate, ANNOTATION.md rule 1), and a complement that opens after
the cue's adverbs (``zei desgevraagd dat``, ``vreest echter dat``): the adverbs are no content.
Excerpts of DPG articles: nl-attribution train (nl-dpg-10744630, nl-dpg-10771543) and the read
halves of the Dutch check sets 2 and 3 (nl-dpg-10730732, nl-dpg-10750666, nl-dpg-10648032). Also
a relative ``dat`` after the document of ``staat in`` is no complementizer."""

from __future__ import annotations

import claimgraph

CHANT = (
    "En maandag nog werd een 21-jarige vrouw uit Nijmegen aangehouden voor het scanderen van "
    "bedreigende leuzen, afgelopen zaterdag bij een demonstratie in Amsterdam. 'Als je Thierry dood "
    "wil schieten, zeg je paf ', riep ze tot grote afschuw van veel politici."
)
EXPECTED_LOSS = (
    "Ria Oosterop-van Leeuwen van D66 had er al een beetje rekening mee gehouden dat ze wat zetels "
    "zou moeten inleveren."
)
ASKED = (
    "Volgens nieuwszender ITN zei de premier desgevraagd dat ze zal aftreden als het Lagerhuis haar "
    "deal alsnog aanvaardt."
)
FEAR = (
    "'Dat staat ook in ons verkiezingsprogramma.' Hij vreest echter dat het Binnenhof te hard van "
    "stapel loopt met het doorvoeren van klimaatwetgeving."
)


def _item(text: str, cue_word: str):
    doc = claimgraph.analyze(text, lang="nl")
    [item] = [a for a in doc.attributions if a.cue and cue_word in a.cue]
    return item


def test_shouted_quotation():
    item = _item(CHANT, "riep")
    assert "Als je Thierry dood wil schieten" in CHANT[slice(*item.content_span)]
    assert item.stance == "assert"


def test_taking_into_account_is_a_hedge():
    item = _item(EXPECTED_LOSS, "rekening mee")
    assert EXPECTED_LOSS[slice(*item.content_span)] == "ze wat zetels zou moeten inleveren"
    assert item.speaker == "Ria Oosterop-van Leeuwen"
    assert item.stance == "speculate"


def test_adverb_before_the_complementizer_is_no_content():
    item = _item(ASKED, "zei")
    assert ASKED[slice(*item.content_span)] == (
        "ze zal aftreden als het Lagerhuis haar deal alsnog aanvaardt"
    )
    item = _item(FEAR, "vreest")
    assert FEAR[slice(*item.content_span)].startswith("het Binnenhof te hard")


def test_negation_before_the_complementizer_stays_with_the_cue():
    text = "Abrahams denkt niet dat de bonusregels zullen veranderen."
    item = _item(text, "denkt")
    assert text[slice(*item.content_span)] == "de bonusregels zullen veranderen"
    assert item.stance == "deny"


REPORT = (
    "Daarom blijft het dreigingsniveau in Nederland op 4 (op een schaal van 5) staan. 'De kans op "
    "een aanslag in Nederland blijft reëel', staat in het nieuwste Dreigingsbeeld Terrorisme "
    "Nederland van de NCTV dat gisteren is verschenen."
)


def test_relative_dat_after_a_document_opens_no_finding():
    # nl-dpg-10648032 (check set 3, read half): "dat gisteren is verschenen" is a relative clause
    # on the report; the finding is the quotation before ", staat in"
    doc = claimgraph.analyze(REPORT, lang="nl")
    [item] = [a for a in doc.attributions if a.cue and a.cue.startswith("staat")]
    assert REPORT[slice(*item.content_span)] == "De kans op een aanslag in Nederland blijft reëel"


PLAN = (
    "Van Loon kwam afgelopen jaar met het plan voor een tropische kantoortuin in het parlement. "
    "Ook wilde ze een deel van de vergaderzalen in de Tweede Kamer verplaatsen."
)
CALL = (
    "Met name vicepremier Matteo Salvini van de rechts-nationalistische coalitiepartij Lega riep "
    "La Scala op de stekker uit het plan te trekken."
)


def test_dependency_items_honour_needs_complement():
    # nl-dpg-10682821 (train, no gold item): "wilde" with a bare infinitive is a wish, not a
    # demand; nl-dpg-10724256 (train): the bare shouting cue "riep" takes no object as its
    # content, so "La Scala" (who is called upon) is no speaker
    from claimgraph.extract.dependency import extract_attributions_dependency
    from claimgraph.extract.parsed import remember_text
    from claimgraph.lang import load_lang
    from claimgraph.model import Document
    from claimgraph.pipeline import parse_documents

    for text in (PLAN, CALL):
        parsed = parse_documents([Document(text=text, lang="nl")])[0]
        remember_text(parsed, text)
        assert extract_attributions_dependency(parsed, load_lang("nl")) == []
