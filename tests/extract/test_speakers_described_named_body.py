"""Dutch speakers, issue #5 round 3: a definite description of two words (``de universiteit``)
stands for the one name earlier in the article that has its noun as a word (``Universiteit
Utrecht``), also for the quotation that goes on from it; a description whose noun is in no
earlier name (``De toezichthouder`` where the article writes ``DNB``) stays as it is. Real text:
Dutch train articles, rule stage alone."""

from __future__ import annotations


def test_description_takes_the_one_name_with_its_noun(
    nl_rule_items, content_starting, nl_train_text
):
    text = nl_train_text("nl-dpg-10741951")
    items = nl_rule_items(text)
    quote = content_starting(text, items, "Omdat hij aansluitend niet alleen kritiek kreeg")
    assert quote.speaker == "Universiteit Utrecht"
    assert "universiteit" not in {a.speaker for a in items}


def test_description_without_a_matching_name_stays(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10767089")
    items = nl_rule_items(text)
    quote = content_starting(text, items, "Die bestuurder moet er ook voor zorgen")
    assert quote.speaker == "toezichthouder"
