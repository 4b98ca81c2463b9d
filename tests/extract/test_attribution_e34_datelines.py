"""E34: a dateline's place (``PHILADELPHIA ―``, ``WASHINGTON (AP) —``), which the parser makes the
first verb's subject, is no speaker: the item takes the subject after the dash. PolNeAR train:
6 matched items had a dateline speaker, all wrong; 4 now right, none made wrong."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.datelines import dateline_span

# PolNeAR train, huff-post_2016-08-01 (headline and first sentence)
CAMPAIGN = (
    "Hillary Clinton Campaign Wants A Progressive DNC Chair.\n\n"
    "PHILADELPHIA ― Hillary Clinton’s campaign said it is looking for a progressive replacement "
    "to Rep. Debbie Wasserman Schultz (D-Fla.) to chair the Democratic National Committee.\n"
)

# PolNeAR train, breitbart_2015-12-16 (headline and first sentence)
NEWS_REPORT = (
    "Newspaper: Defense secretary used personal email at Pentagon.\n\n"
    "WASHINGTON (AP) — A news report published Wednesday said Defense Secretary Ash Carter used "
    "a personal email account to do some of his government business during his first months at "
    "the Pentagon.\n"
)


def _said(text: str):
    doc = claimgraph.analyze(text, lang="en")
    return next(a for a in doc.attributions if a.cue == "said")


def test_dateline_place_is_no_speaker() -> None:
    item = _said(CAMPAIGN)
    assert CAMPAIGN[item.speaker_span[0] : item.speaker_span[1]] == "Hillary Clinton’s campaign"


def test_dateline_with_agency_gives_the_subject_after_the_dash() -> None:
    item = _said(NEWS_REPORT)
    assert NEWS_REPORT[item.speaker_span[0] : item.speaker_span[1]] == "A news report"


def test_dateline_forms() -> None:
    def place(text: str) -> str | None:
        span = dateline_span(text)
        return text[span[0] : span[1]] if span else None

    assert place("Head.\n\nMANCHESTER, N.H. - At a rally") == "MANCHESTER, N.H."
    assert place("Head.\n\nWashington (AFP) – Democrat Hillary Clinton") == "Washington (AFP)"
    assert place("Head.\n\nWASHINGTON, Dec. 8 (UPI) — In response") == "WASHINGTON, Dec. 8 (UPI)"
    assert place("Trump - the man who said it") is None
