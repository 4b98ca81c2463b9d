"""Dutch attribution, issue #5 speaker round 2: a continuation quote goes on from the item right
before it, also where only the learned stage found that item (``Maar voorzitter Abdurahman
Abdullah (51) van de stichting '...', die ..., zegt dat dat er veel meer zijn. "Iedere Oeigoer
..."``): the rules had given the quote the last speaker they saw (``Volgens de Verenigde
Naties``); so does a ``hij`` item right after it (``"...", vertelt hij``) and the quote after
that. Real text: a Dutch train article, whole pipeline (needs the shipped Dutch CRF)."""

from __future__ import annotations

import pytest

from claimgraph.extract.learned import model_available


def test_continuation_after_learned_item_takes_its_speaker(by_content, nl_train_text):
    if not model_available("nl"):
        pytest.skip("no shipped Dutch attribution model")
    text = nl_train_text("nl-dpg-10775162")
    _, quote = by_content(text, "Iedere Oeigoer in Europa kent mensen")
    assert quote.speaker == "Abdurahman Abdullah"


def test_pronoun_item_after_relinked_quote_follows_it(by_content, nl_train_text):
    if not model_available("nl"):
        pytest.skip("no shipped Dutch attribution model")
    text = nl_train_text("nl-dpg-10775162")
    _, told = by_content(text, "Vroeger deden we veel samen met Chinezen")
    assert told.speaker == "Abdurahman Abdullah"
    _, quote = by_content(text, "We zetten handeltjes op")
    assert quote.speaker == "Abdurahman Abdullah"
