"""Dutch attribution, round 30 of issue #5: a sentence without a cue whose main clause turns on a
deontic ``moet``/``moeten`` goes on with the demand of the previous sentence's source (grammar.toml
deontic_modals); a ``moeten`` under another finite verb (``hebben ... moeten geven``) does not.
Real text of the shared Dutch train articles, rule stage alone."""

from __future__ import annotations


def test_deontic_sentence_continues_the_demand(
    nl_rule_items, nl_train_text, content_starting
) -> None:
    # "De toezichthouder wil dat elke bank een bestuurder ... Die bestuurder moet er ook ..."
    text = nl_train_text("nl-dpg-10767089")
    items = nl_rule_items(text)
    source = content_starting(text, items, "elke bank een bestuurder")
    att = content_starting(text, items, "Die bestuurder moet er ook voor zorgen")
    assert (att.speaker, att.act, att.type) == (source.speaker, "demand", "indirect")


def test_deontic_sentence_after_an_argument(nl_rule_items, nl_train_text, content_starting):
    text = nl_train_text("nl-dpg-10767089")
    att = content_starting(text, nl_rule_items(text), "Het moet bij de mensen echt tussen")
    assert (att.speaker, att.act) == ("Frank Elderson", "demand")


def test_modal_under_another_finite_verb_is_no_demand(nl_rule_items, nl_train_text) -> None:
    # nl-dpg-10648992: narration after a quote of Dirk Huibers
    text = nl_train_text("nl-dpg-10648992")
    start = text.index("Bij de proef die nu is gedaan, hebben huurders")
    assert not any(a.content_span[0] <= start < a.content_span[1] for a in nl_rule_items(text))
