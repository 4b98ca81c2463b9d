"""Datelines: ``WASHINGTON (AP) —``, ``PHILADELPHIA ―``, ``Washington (AFP) –`` open a news
article's first paragraph with the place it was filed from (and the agency), never a source.

The parser hangs the dateline's place on the first verb as its subject (``WASHINGTON —
Presumptive Democratic nominee Hillary Clinton made it clear``: ``WASHINGTON`` nsubj, the nominee
its apposition), so a stage that reads the subject from the parse names the place as speaker
("United States" once normalised). :func:`dateline_speakers` gives such an item the phrase after
the dash that the parse makes the same verb's other subject, or the place's apposition. PolNeAR
train (polnear mode): 6 matched items had a dateline speaker, all 6 wrong.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimgraph.extract.speakers.names import canonical_name
from claimgraph.lang import LangData
from claimgraph.model import Attribution, Span

_DASHES = "—―–-"
# a paragraph opening with a place in capitals (``WASHINGTON``, ``ST. LOUIS``, ``MANCHESTER,
# N.H.``) and an optional date and agency, or a capitalised place with an agency in brackets
# (``Washington (AFP)``), then a dash
DATELINE = re.compile(
    r"(?:\A|\n)[ \t]*(?P<place>"
    r"[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:, [A-Z][a-z]{2,3}\.? \d{1,2})?(?: \([A-Za-z]+\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? \([A-Z]{2,}\)"
    rf")[ \t]*[{_DASHES}][ \t]"
)
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def dateline_span(text: str) -> Span | None:
    """Where the text's first dateline (place, date and agency, without the dash) stands."""
    match = DATELINE.search(text)
    return match.span("place") if match else None


def dateline_speakers(items: list[Attribution], parsed: Doc, text: str, lang: LangData) -> None:
    """Items whose speaker mention lies in the dateline take the subject after its dash (in
    place); without one they keep their speaker."""
    span = dateline_span(text)
    if span is None:
        return
    in_dateline = [
        item
        for item in items
        if item.speaker_span is not None
        and span[0] <= item.speaker_span[0]
        and item.speaker_span[1] <= span[1]
    ]
    subject = _subject_after(parsed, span) if in_dateline else None
    if subject is None:
        return
    speaker = canonical_name(text[subject[0] : subject[1]], lang)
    for item in in_dateline:
        item.speaker_span, item.speaker = subject, speaker


def _subject_after(parsed: Doc, span: Span) -> Span | None:
    """The phrase after the dateline that stands for the subject the parser gave to the
    dateline's place: another subject of the same verb, else the place's apposition."""
    place = _place_token(parsed, span)
    if place is None:
        return None
    after = [t for t in place.head.children if t.dep_ in SUBJECTS and t.idx >= span[1]]
    after += [t for t in place.children if t.dep_ == "appos" and t.idx >= span[1]]
    if not after:
        return None
    head = min(after, key=lambda t: t.i)
    return _phrase(head, span[1])


def _place_token(parsed: Doc, span: Span) -> Token | None:
    """The dateline's token the parser made a subject, if any."""
    tokens = parsed.char_span(*span, alignment_mode="expand")
    return next((t for t in tokens or () if t.dep_ in SUBJECTS), None)


def _phrase(head: Token, after: int) -> Span:
    """``head``'s phrase from its left edge (not before character ``after``) to its last name
    word (``Presumptive Democratic nominee Hillary Clinton``)."""
    doc = head.doc
    start = next((t for t in head.subtree if t.idx >= after and not t.is_punct), head)
    end = head
    for tok in doc[head.i + 1 : head.right_edge.i + 1]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            break
        end = tok
    return start.idx, end.idx + len(end)
