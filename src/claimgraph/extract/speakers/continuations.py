"""Continuation quotes relinked after a later stage adds items: a quote with no cue and no speaker
mention, or a ``he``/``she`` item after it, takes the speaker of the added item right before it.
"""

from __future__ import annotations

from claimgraph.extract.speakers.names import _name_like, _same_person
from claimgraph.lang import LangData
from claimgraph.model import Attribution


def relink_continuations(
    attributions: list[Attribution],
    added: list[Attribution],
    window: int,
    text: str,
    lang: LangData,
) -> None:
    """Continuation quotes (no cue, no speaker mention: the rules gave them the speaker of the
    last item before them) whose nearest earlier item is one of ``added``, a later stage's item
    the rules did not see (``voorzitter X (51) van de stichting '...', die ..., zegt dat ...
    "..."``), within ``window`` characters, take that item's speaker if it is a name (by the
    fullest form among the speakers). So does a ``he``/``she`` item after it (``"...", vertelt
    hij``) that the rules resolved to a speaker quoted before that item; each relinked item
    passes its speaker on to the continuations after it."""
    fresh = {id(a) for a in added}
    speakers = [a.speaker for a in attributions]
    for att in sorted(attributions, key=lambda a: a.content_span):
        pronoun = _personal_pronoun_item(att, text, lang)
        if not (pronoun or _continuation(att)):
            continue
        prior = [a for a in attributions if a.content_span[1] <= att.content_span[0]]
        last = max(prior, key=lambda a: a.content_span[1], default=None)
        if (
            last is None
            or id(last) not in fresh
            or not _name_like(last.speaker, lang)
            or att.content_span[0] - last.content_span[1] > window
        ):
            continue
        if pronoun and att.speaker not in {a.speaker for a in prior if a is not last}:
            continue  # "hij" stands for someone the article named after the last speaker
        fuller = [n for n in speakers if _same_person(last.speaker, n)]
        name = max(fuller, key=len, default=last.speaker)
        if pronoun and _same_person(att.speaker, name):
            continue  # the rules' antecedent is that person already: keep their form
        att.speaker = name
        fresh.add(id(att))


def _continuation(att: Attribution) -> bool:
    return att.cue_span is None and att.speaker_span is None and att.type == "direct"


def _personal_pronoun_item(att: Attribution, text: str, lang: LangData) -> bool:
    """An item whose speaker mention is ``hij``/``zij``/``he``/``she``."""
    if att.speaker_span is None:
        return False
    surface = text[att.speaker_span[0] : att.speaker_span[1]].lower()
    return lang.pronouns.get(surface) in ("m", "f")
