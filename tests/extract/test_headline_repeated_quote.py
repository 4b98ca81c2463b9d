"""A headline that opens with a quotation the body repeats is spoken by the body's source (issue
#5, session 20, NS2); real text of the shared DPG articles, whole pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("dpg_id", "start", "speakers"),
    [
        # ,,Het is goed voor mij", vindt de 17-jarige Ties Sweegers (not Indi van den Heuvel's
        # "prik" before it)
        ("10799171", "Deze prik is goed voor mij", {"Ties Sweegers"}),
        # "'Het is niet niks, twee explosieven'. Smoke Palace: Opnieuw ontploffing ...": the body
        # quotes burgemeester Femke Halsema, "Smoke Palace" is the headline's topic
        ("10667928", "Het is niet niks", {"Halsema", "Femke Halsema"}),
    ],
)
def test_headline_quote_repeated_in_the_body(dpg_text, by_content, dpg_id, start, speakers):
    _, att = by_content(dpg_text(dpg_id), start)
    assert att.speaker in speakers
    assert att.speaker_span is None
