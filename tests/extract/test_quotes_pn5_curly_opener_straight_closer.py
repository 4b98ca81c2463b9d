"""PN5 (issue #5): a curly opener closed by a straight mark (``“…," Trump said. "…”``, Politico
copy edited by hand) is one quotation. The curly pair was tried first and ran from the first
quotation's opener over the reporting clause to the second quotation's closer, so no stage saw
the clause. PolNeAR train: all 13 quotations so swallowed are two quotations around a clause."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.quotes import find_quotes
from claimgraph.lang import load_lang

# PolNeAR train, politico_2016-02-09_trump-we-are-going-to-win-so-much
BERNIE = (
    "Trump immediately blasted Sanders, who had given his own victory speech just before him.\n\n"
    '“I heard parts of Bernie’s speech," Trump said. "He wants to give away our country, folks.”\n'
)
# PolNeAR train, politico_2015-11-29_hillary-clinton-s-pothole-politics
POTHOLES = (
    "Infrastructure is a top priority for many mayors.\n\n"
    '“Our roads and bridges are potholed and crumbling," she said. "Families endure blackouts '
    "because our electric grid fails in extreme weather. Our airports are a mess, our ports need "
    "improvement, and our rail systems do as well.”\n"
)


def _quoted(text: str) -> list[str]:
    return [text[slice(*q.inner)] for q in find_quotes(text, load_lang("en"))]


def test_curly_opener_closed_by_a_straight_mark_leaves_the_clause_out() -> None:
    assert _quoted(BERNIE) == [
        "I heard parts of Bernie’s speech,",
        "He wants to give away our country, folks.",
    ]


def test_a_straight_mark_inside_a_curly_quote_as_an_opener_keeps_the_curly_pair() -> None:
    text = '“They called it "insanity," and walked out,” she said.'
    assert _quoted(text) == ['They called it "insanity," and walked out,']


def test_the_first_quotation_gets_the_reporting_clause_speaker() -> None:
    doc = claimgraph.analyze(POTHOLES, lang="en")
    found = [a for a in doc.attributions if a.content(doc.text).startswith("Our roads")]
    assert found, [(a.speaker, a.cue, a.content(doc.text)) for a in doc.attributions]
    assert found[0].cue == "said"
    assert "Families" not in found[0].content(doc.text)
