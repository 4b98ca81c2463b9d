"""A quotation whose marks open inside the article's last token (``Zelensky ontkent,,„''gisteren``,
found by tests/robustness/test_pipeline_spans_property.py) is no quoted continuation: the
attribution rules do not index past the last token (E18, tenth session)."""

from __future__ import annotations

import claimgraph

TEXT = "Zelensky ontkent,,\u201e''gisteren"


def test_quote_opening_inside_the_last_token_does_not_crash():
    doc = claimgraph.analyze(TEXT, lang="nl")
    for att in doc.attributions:
        assert 0 <= att.content_span[0] <= att.content_span[1] <= len(TEXT)
