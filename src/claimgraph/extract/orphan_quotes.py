"""Quotations of whole sentences that no pass has given to a source (issue #5): ``Een bewoner van
nummer 58 was enorm geschrokken. "Dit was volgens mij net zo'n harde knal ..."``. A quotation
that stands as sentences of its own, with no reporting clause after it, continues the report of
the last source before it (the rules' continuation pass, ``attribution/continuations.py``, sees
only the rules' items and a window; this stage runs once the learned items are in). On for Dutch
only (``orphan_quotes`` in the language's grammar.toml): in English the last source before such
a quotation was its speaker too rarely.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimgraph.extract.attribution.constants import COLON, SUBJECT_RELATIONS
from claimgraph.extract.learned import combine
from claimgraph.extract.quotes import Quote, find_quotes, trim_inner
from claimgraph.extract.speakers.mentions import plausible_speaker, speaker_phrase
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.stance import decide_act, decide_stance
from claimgraph.lang import LangData
from claimgraph.model import Attribution

SENTENCE_ENDS = ".!?"
# what may stand right before a quotation that opens a sentence: the end of the one before it
OPENING_CONTEXT = ".!?:\n"
# how far back (characters) the last source may have ended: on readable Dutch gold the orphan
# quotations of the last source lie at most 165 characters after it; the one 547 back was not its
SOURCE_REACH = 400


def add_orphan_quotes(
    atts: list[Attribution], text: str, parsed: Doc, lang: LangData
) -> list[Attribution]:
    """``atts`` plus a direct item for each orphan quotation, spoken by the subject before its
    colon, by the subject of the sentence that introduces it, or else by the last source near
    before it; stance and act from its words, as for any cue-less item (renumbered in text
    order). Only for a language whose grammar turns ``orphan_quotes`` on."""
    if not lang.orphan_quotes:
        return atts
    found = []
    for quote in find_quotes(text, lang):
        content = trim_inner(text, *quote.inner)
        if not _orphan(text, quote, content, lang) or _overlapped(atts + found, content):
            continue
        speaker = _colon_speaker(text, quote, parsed, lang) or _introduced_speaker(
            atts, quote, parsed, lang
        )
        source = None if speaker else _last_source(atts, quote.outer[0], parsed, lang)
        if source is not None or speaker:
            found.append(cueless_direct_item(speaker or source.speaker, content, parsed, lang))
    return combine([*atts, *found], [])


def _orphan(text: str, quote: Quote, content: tuple[int, int], lang: LangData) -> bool:
    """A quotation longer than a scare quote, of whole sentences (a capital first, a sentence
    end last), that opens a sentence and is followed by none of its own words (no ``, zegt X``)."""
    inner = text[content[0] : content[1]]
    if quote.words <= lang.scare_quote_max_words or not inner or not inner[0].isupper():
        return False
    if inner.rstrip()[-1] not in SENTENCE_ENDS:
        return False
    before = text[: quote.outer[0]].rstrip(" \t\xa0")
    after = text[quote.outer[1] :].lstrip(" \t\xa0")
    opens = not before or before[-1] in OPENING_CONTEXT
    return opens and (not after or after[0] == "\n" or after[0].isupper())


def _overlapped(atts: list[Attribution], span: tuple[int, int]) -> bool:
    """Whether an item's content overlaps ``span`` other than as a source nested inside it
    (``,,... Agenten zeiden dat ze die twee mogelijk kwijt waren geraakt.''``)."""
    return any(
        a.content_span[0] < span[1] and span[0] < a.content_span[1] and not _nested(a, span)
        for a in atts
    )


def _nested(att: Attribution, span: tuple[int, int]) -> bool:
    inside = span[0] <= att.content_span[0] and att.content_span[1] <= span[1]
    cue_inside = att.cue_span is not None and span[0] <= att.cue_span[0] < span[1]
    return inside and cue_inside


def _last_source(
    atts: list[Attribution], at: int, parsed: Doc, lang: LangData
) -> Attribution | None:
    """The item with a speaker whose content ends last before character ``at``, when that ends
    within ``SOURCE_REACH`` characters and its speaker mention may be a speaker (not ``De
    verwachting is dat``); None else: better no item than one with a wrong speaker."""
    before = [a for a in atts if a.speaker and a.content_span[1] <= at]
    last = max(before, key=lambda a: a.content_span[1], default=None)
    if last is None or at - last.content_span[1] > SOURCE_REACH:
        return None
    if last.speaker_span is None:
        return last
    mention = parsed.char_span(*last.speaker_span, alignment_mode="expand")
    return last if plausible_speaker(parsed, (mention.start, mention.end), lang) else None


def _colon_speaker(text: str, quote: Quote, parsed: Doc, lang: LangData) -> str:
    """``De Amerikaanse president Trump liet er via Twitter geen twijfel over bestaan: "..."``: a
    quotation after a colon is spoken by the subject of the clause before the colon; "" when
    there is none, or it is a pronoun or no plausible speaker."""
    if not text[: quote.outer[0]].rstrip().endswith(":"):
        return ""
    colon = parsed.char_span(*quote.outer, alignment_mode="expand").start - 1
    while colon > 0 and parsed[colon].text != ":":
        colon -= 1
    lead = parsed[parsed[colon].sent.start : colon]
    # the subject of the clause nearest the colon (``Conflict De Amerikaanse president Trump
    # liet``: a section label the parser took for a second subject comes first)
    subjects = [t for t in lead if t.dep_ in SUBJECT_RELATIONS and t.head == lead.root]
    return _subject_speaker(max(subjects, key=lambda t: t.i, default=None), parsed, lang)


def _introduced_speaker(atts: list[Attribution], quote: Quote, parsed: Doc, lang: LangData) -> str:
    """``Een bewoner van nummer 58 was enorm geschrokken. "Dit was ..."``: the subject of the
    sentence right before the quotation, when that sentence gave no item and its subject may be
    a speaker (a pronoun there stands for the last source); "" else."""
    first = parsed.char_span(*quote.outer, alignment_mode="expand").start
    if first == 0:
        return ""
    sent = parsed[first - 1].sent
    if sent.end > first or _overlapped(atts, (sent.start_char, sent.end_char)):
        return ""
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_RELATIONS), None)
    return _subject_speaker(subject, parsed, lang)


def _subject_speaker(subject: Token | None, parsed: Doc, lang: LangData) -> str:
    """The canonical name of a subject's phrase; "" for none, a pronoun (it stands for the last
    source) or no plausible speaker."""
    if subject is None or subject.lower_ in lang.pronouns:
        return ""
    return _speaker_name(parsed, (subject.left_edge.i, subject.right_edge.i + 1), lang)


def _speaker_name(parsed: Doc, span: tuple[int, int], lang: LangData) -> str:
    """The canonical name of the speaker phrase in token ``span``; "" when it is no speaker."""
    core = speaker_phrase(parsed, span, lang)
    if not plausible_speaker(parsed, core, lang):
        return ""
    return canonical_name(parsed[core[0] : core[1]].text, lang)


def cueless_direct_item(
    speaker: str, content: tuple[int, int], parsed: Doc, lang: LangData, weight: float = 1.0
) -> Attribution:
    """A direct item of ``speaker`` with no cue and no speaker mention, its stance and act read
    from its words, its confidence scaled by ``weight``."""
    words = [t.lower_ for t in parsed.char_span(*content, alignment_mode="expand")]
    stance, confidence = decide_stance(COLON, [], words, lang)
    return Attribution(
        speaker=speaker,
        speaker_span=None,
        cue="",
        cue_span=None,
        content_span=content,
        type="direct",
        stance=stance,
        act=decide_act(COLON, COLON.act, words, lang, stance),
        confidence=round(confidence * weight, 3),
    )
