"""Claims: each attribution's content as a proposition with its source and stance."""

from __future__ import annotations

from claimgraph.model import Claim, Document


def claims_from_attributions(doc: Document) -> list[Claim]:
    """One Claim per attribution, keyed by document and attribution id."""
    return [
        Claim(
            id=f"{doc.id}:{att.id}",
            text=doc.surface(att.content_span),
            speaker=att.speaker,
            stance=att.stance,
            act=att.act,
            attribution=att.id,
            doc_id=doc.id,
            lang=doc.lang,
            date=doc.date,
        )
        for att in doc.attributions
    ]
