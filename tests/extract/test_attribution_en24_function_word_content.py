"""Issue #5, session 11 (E21): a learned item whose content is function words only (``Some
reported wanting | to``) is a fragment cut off its phrase, no proposition. Sentence from
English Wikinews 122 (check set 2), CC BY 2.5."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate

TEXT = (
    "Together, the number of members is enough for the simple majority vote required by the "
    "United States Constitution to impeach an official.  Some reported wanting to draft articles "
    "of impeachment, while others preferred an investigation by either the House Judiciary "
    "Committee or another body."
)


def test_a_content_of_function_words_only_is_no_item():
    items = annotate(Document(text=TEXT, lang="en")).attributions
    assert all(a.content(TEXT).strip() not in ("to", "of", "that") for a in items)
