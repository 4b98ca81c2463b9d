"""Convert predicted attributions to PolNeAR's span conventions before scoring against PolNeAR.

Our extractors follow ``shared/ANNOTATION.md``; PolNeAR's annotators followed its own guidelines
(networkdynamics/PolNeAR ``annotation-guidelines/guidelines.pdf`` and ``templates.pdf``), which
draw the same attributions with other spans. :func:`to_polnear` rewrites a copy of each predicted
item, in this order, so that a PolNeAR score measures extraction and not the convention gap:

1. **No nested attributions** (guidelines, "Special cases": only the outermost attribution is
   annotated): an item whose content lies inside another item's content is dropped. (Dropping
   also items whose cue or source lies in another's content cost PolNeAR train recall: the outer
   item is then more often an over-long prediction than a real outer attribution.)
2. **Content continuations are one attribution** (guidelines, "Content continuations should be
   included in the attribution"): ``"A," she said, "B"`` and ``"A," she said. "B"`` are one item
   whose content runs from A to B. Within a paragraph, items of one cue merge, and so do items of
   one speaker that only their own source, cue, punctuation and spaces separate, or the earlier
   item's cue with its speaker's apposition (``"A," said X, a member of parliament. "B"``, when B
   has no cue of its own, whatever speaker the rules carried over to it); after an aside of the
   speaker's (``"A," X said, referring to Y. "B"``) a cueless B continues the quotation's item, not
   the aside's; and an item's trailing source and cue (``"A," X said.``) take a quotation opening
   the next sentence of the paragraph that no item holds any of (``"B ...``, often left open); when
   they close the paragraph, a cueless quotation of the same speaker filling the next paragraph
   continues it. Two cueless quotations around a reporting clause that no item holds (``"A," X said
   in a statement. "B"``) are one content too. A source and cue set off by commas inside a sentence
   interrupt one content, which then starts at the sentence start (``The only problem, Ms. Bigbee
   said, is that ...``, ``But, he said, "..."``), when no other item holds the words before them;
   before a quotation only up to two such words (``Asked about X, she said, "..."`` keeps the quote
   alone, as PolNeAR train does). Mirrored, a source and cue set off after the first part of a
   sentence go on to its end (``Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt``)
   unless the narrator's aside follows (``he said, speaking to reporters``); after an inverted
   source only a coordinated clause (``according to the CBO, and ...``; ``said X, a pollster`` is
   an apposition). A source and cue inside a relative clause whose gap the content fills open the
   content at the relative pronoun (``the attacks, which Mr. Hollande blamed on ISIS``;
   ``gap_relatives`` in ``lang/<code>/grammar.toml``). A continuation quotation left as an item of
   its own (a later paragraph) takes the speaker span of the mention it continues, as PolNeAR's
   sources do.
3. **Quotation marks are part of the content, and everything inside them** (guidelines, "Punctuation
   as a cue" and "include everything that is within quotes"): a content that starts or ends at the
   inside of a quotation is widened to its marks, taking a quote-final comma or period with it;
   a content that opens a closed quotation and ends inside it (at a sentence end within the
   quote: ``that Trump "has built ... movement. Such movements ... market."``) runs on to its
   closing mark. PolNeAR train: of the contents that open a closed quotation, 8,435 hold all of
   it and 33 end inside it.
4. **The complementizer opens the content**: PolNeAR train contents start with "that" 514 times
   in 4,098 (every 5th article) and follow a "that" 6 times, so a content right after a word of
   ``complementizers`` (``lang/<code>/grammar.toml``), or after it and a comma, takes it in.

Only the predictions are read; nothing here looks at gold items. Sentence-final periods are
already outside our contents, as PolNeAR wants ("Handling punctuation in the content").
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import Any, NamedTuple

from claimgraph.evaluation.attribution import names_match, score_attributions
from claimgraph.evaluation.gold import quoted_passages
from claimgraph.extract.quotes import ALL_QUOTE_MARKS, CLOSING_MARKS
from claimgraph.lang import LangData, available_languages, load_lang
from claimgraph.model import Attribution, Document, Span

# What may separate the parts of one attribution besides its own source and cue.
_FILLER_RE = re.compile(rf"[\s,.;:!?{re.escape(ALL_QUOTE_MARKS)}—–-]*")
_QUOTE_EDGE = ALL_QUOTE_MARKS + " \t"
_QUOTE_TAIL = ",.;:!?…" + ALL_QUOTE_MARKS + " \t"
# the last mark of a closed quotation (one left open runs to its paragraph end: no mark there);
# PolNeAR's texts also close with “ where a converter turned ” around
_CLOSING_QUOTES = CLOSING_MARKS + "“"
_WORD_BEFORE_RE = re.compile(r"(?<!\w)(\w+),?\s+$")  # "that, in retrospect, ..."
_LOOK_BACK = 30  # characters before a content searched for its complementizer
_SET_OFF_RE = re.compile(r"[\s,]*[\"'“‘]*")  # between a set-off source and cue and the content
_SET_OFF_CHARS = " ,\t\xa0"
_OPENING_QUOTES = ('"', "'", "“", "‘")
# words before a set-off source that still open its quotation ("But, he said, "..."", "It was,
# the president said, ''...''"); longer ones are the narrator's ("Lamenting their luck, ...")
_FRONTED_BEFORE_QUOTE = 2
_RELATIVE_RE = re.compile(r"(\w+)\s+\w")  # a speaker span that opens with a relative pronoun
_SENTENCE_END_RE = re.compile(r"(\w*)([.!?])[\"'”’]*\s+")
_SENTENCE_MARKS = ".!? \t"
# between a content and the source and cue set off after it ("A, Mr. Clarke said, B")
_TRAIL_GAP_RE = re.compile(r"[\s,\"'”’]*")
# after a sentence's final stop: the marks that close it, then the space before the next sentence
_NEXT_SENTENCE_RE = re.compile(r"[\"'”’]*[ \t\xa0]+")
# between two quotations: the first closed by a comma inside its marks, then the reporting
# clause that comma announces, to its sentence end and the next quotation's opening mark
_REPORTING_CLAUSE_RE = re.compile(r"\s*,[\"'”’]+\s+.*?[.!?:]\s*[\"'“‘]+\s*", re.S)
# from a sentence's final stop to the opening of a quotation that fills the next paragraph
_PARAGRAPH_TURN_RE = re.compile(r"[.!?]?[\"'”’]*[ \t\xa0]*\n[ \t\xa0]*\n?[ \t\xa0]*[\"'“‘]*")
# after that source and cue: up to four words of its own, then the comma that resumes the content
_TRAIL_AFTER_CUE_RE = re.compile(r"(?:\s+[\w.'’-]+){0,4},\s+")


def to_polnear(documents: list[Document]) -> list[Document]:
    """Copies of ``documents`` whose attributions follow PolNeAR's span conventions (see the
    module docstring). Without language data for a document's language no complementizer is
    taken in; the other conventions apply to every language."""
    return [_document_to_polnear(document) for document in documents]


def _document_to_polnear(document: Document) -> Document:
    converted = copy.copy(document)
    lang = load_lang(document.lang) if document.lang in available_languages() else None
    converted.attributions = polnear_items(document.text, document.attributions, lang)
    return converted


def polnear_items(
    text: str, items: list[Attribution], lang: LangData | None = None
) -> list[Attribution]:
    """The attributions of one article under PolNeAR's conventions (new objects, text order)."""
    kept = _outermost([replace(item) for item in items])
    abbreviations = _abbreviations(lang)
    merged = _merge_continuations(text, sorted(kept, key=lambda a: a.content_span), abbreviations)
    relatives = _relative_words(lang)
    trail = _trail_words(lang)
    for item in merged:
        item.content_span = _take_fronted_part(text, item, merged, abbreviations)
        item.content_span = _take_trailing_part(text, item, merged, abbreviations, trail)
        item.content_span = _take_relative(text, item, relatives)
    passages = quoted_passages(text)
    complementizers = lang.words("complementizers") if lang is not None else frozenset()
    for item in merged:
        item.content_span = _take_next_quotation(text, item, merged, passages, abbreviations)
        span = _widen_to_quotes(text, item.content_span, passages)
        item.content_span = _take_complementizer(text, span, complementizers)
    _name_continued_mentions(merged)
    return merged


# -- 1. outermost only ------------------------------------------------------------------------


def _inside(inner: Span | None, outer: Span) -> bool:
    return inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _outermost(items: list[Attribution]) -> list[Attribution]:
    """Items whose content does not lie inside another item's content."""
    return [
        item
        for item in items
        if not any(_inside(item.content_span, other.content_span) for other in items)
    ]


# -- 2. continuations -------------------------------------------------------------------------


def _continues(
    text: str, a: Attribution, b: Attribution, abbreviations: frozenset[str] = frozenset()
) -> bool:
    """Whether ``b`` continues ``a`` (``a`` first) in the same paragraph: both parts of one cue
    (``"A," X said on Monday, "B"``), or parts of one speaker with only their own source and cue,
    punctuation and spaces between them, or two cueless quotations around a reporting clause;
    or ``b`` fills the next paragraph (:func:`_continues_in_next_paragraph`). Two cues are two
    attributions (guidelines: "announced ... and said")."""
    start, end = a.content_span[1], b.content_span[0]
    if end < start:
        return False
    if "\n" in text[start:end]:
        return _continues_in_next_paragraph(text, a, b, abbreviations)
    if a.cue_span is not None and a.cue_span == b.cue_span:
        return True
    if b.cue_span is None and a.cue_span is not None and start <= a.cue_span[0] < end:
        # "A," said X, <apposition>. "B": a cueless quote after the cue of the one before it, of
        # X or of a speaker the rules carried over from before A, with no mention of its own
        # (PolNeAR train: 13 such quotes of a carried speaker are one item with A, none two)
        return bool(a.speaker) and (names_match(a.speaker, b.speaker) or b.speaker_span is None)
    if a.cue_span is not None and b.cue_span is not None:
        return False
    cueless = a.cue_span is None and b.cue_span is None
    if cueless and _REPORTING_CLAUSE_RE.fullmatch(text[start:end]):
        # "A," X said in a statement. "B" with that clause unextracted: both quotations continue
        # one content (PolNeAR train: 27 such pairs are one gold item, none two)
        return True
    return (
        bool(a.speaker)
        and names_match(a.speaker, b.speaker)
        and _only_own_words_between(text, a, b)
    )


def _continues_in_next_paragraph(
    text: str, a: Attribution, b: Attribution, abbreviations: frozenset[str]
) -> bool:
    """``"A," X said.`` closing a paragraph, and a cueless quotation of the same speaker filling
    the next one (``"B"``): one attribution (guidelines: content continuations are one
    attribution; PolNeAR train: 27 such pairs are one gold item over both, 4 two items, 4 have no
    gold item on B). Not when B ends before its paragraph does (``"B," he added``: a cue of its
    own) or when A's paragraph goes on after the sentence of its source and cue."""
    if b.cue_span is not None or a.cue_span is None or a.content_span[1] > a.cue_span[0]:
        return False
    if not a.speaker or not names_match(a.speaker, b.speaker):
        return False
    said = _source_cue_end(a)
    if said > b.content_span[0]:
        return False
    turn = text[_sentence_end(text, said, abbreviations) : b.content_span[0]]
    line_end = text.find("\n", b.content_span[1])
    rest = text[b.content_span[1] : len(text) if line_end < 0 else line_end]
    return _PARAGRAPH_TURN_RE.fullmatch(turn) is not None and rest.strip(_QUOTE_TAIL + "\xa0") == ""


def _source_cue_end(item: Attribution) -> int:
    """Where an item's own cue and source end (whichever comes later); the item has a cue."""
    return max(s[1] for s in (item.cue_span, item.speaker_span) if s is not None)


def _only_own_words_between(text: str, a: Attribution, b: Attribution) -> bool:
    start, end = a.content_span[1], b.content_span[0]
    between = list(text[start:end])
    for span in (a.speaker_span, a.cue_span, b.speaker_span, b.cue_span):
        if span is not None:
            for index in range(max(span[0], start), min(span[1], end)):
                between[index - start] = " "
    return _FILLER_RE.fullmatch("".join(between)) is not None


def _merge_continuations(
    text: str, items: list[Attribution], abbreviations: frozenset[str] = frozenset()
) -> list[Attribution]:
    merged: list[Attribution] = []
    for item in items:
        last = merged[-1] if merged else None
        host = _aside_host(text, merged, abbreviations) if item.cue_span is None else None
        if last is not None and _continues(text, _speaking(last, host), item, abbreviations):
            _extend(host or last, item)
            if host is not None:
                merged[-2:] = [last, host]  # the quotation's item takes what follows it
            continue
        merged.append(item)
    return sorted(merged, key=lambda a: a.content_span)


def _speaking(aside: Attribution, host: Attribution | None) -> Attribution:
    """The aside as a continuation sees it: one without a source of its own (``"A," X said when
    asked about Y. "B"``: the one asked has no source in PolNeAR) speaks for its host."""
    if host is None or aside.speaker:
        return aside
    return replace(aside, speaker=host.speaker)


def _extend(item: Attribution, part: Attribution) -> None:
    item.content_span = (item.content_span[0], max(item.content_span[1], part.content_span[1]))
    if item.cue_span is None:
        item.cue, item.cue_span = part.cue, part.cue_span
    if item.speaker_span is None:
        item.speaker_span = part.speaker_span


def _aside_host(
    text: str, merged: list[Attribution], abbreviations: frozenset[str]
) -> Attribution | None:
    """``"Q1," X said, referring to Y. "Q2"``, ``"Q1," said X, who likened Y. "Q2"``: when the
    last item is an aside after the source and cue of the item before it (its cue after them in
    the same sentence, its content running on after its cue), a cueless part after the aside
    continues the item before it, whose content then runs from Q1 to Q2 (PolNeAR train: 58 such
    parts belong to the quotation's item, 12 to the aside's)."""
    if len(merged) < 2:
        return None
    host, aside = merged[-2], merged[-1]
    if host.cue_span is None or aside.cue_span is None:
        return None
    said = _source_cue_end(host)
    in_order = host.content_span[1] <= host.cue_span[0] and said <= aside.cue_span[0]
    if not in_order or aside.content_span[1] <= aside.cue_span[1]:
        return None
    if _sentence_start(text, aside.cue_span[0], abbreviations) > said:
        return None  # the aside opens a sentence of its own
    return host


def _abbreviations(lang: LangData | None) -> frozenset[str]:
    """Words whose full stop does not end a sentence: the language's titles ("Mr.") and
    ``non_final_abbreviations``."""
    if lang is None:
        return frozenset()
    return frozenset(w for w in lang.titles if w.endswith(".")) | lang.words(
        "non_final_abbreviations"
    )


def _sentence_start(text: str, before: int, abbreviations: frozenset[str]) -> int:
    """Where the sentence holding offset ``before`` starts: after the last line break or the
    last full stop, question or exclamation mark (with its closing quote) followed by a space,
    unless the stop ends one of ``abbreviations`` or a one-letter initial."""
    start = text.rfind("\n", 0, before) + 1
    for found in _SENTENCE_END_RE.finditer(text, start, before):
        word = found.group(1).lower()
        if word + "." not in abbreviations and not (found.group(2) == "." and len(word) == 1):
            start = found.end()
    return start


def _take_fronted_part(
    text: str, item: Attribution, items: list[Attribution], abbreviations: frozenset[str]
) -> Span:
    """``Like his comments about Mr. Curiel, Mr. Graham said, Mr. Trump's jabs were ...`` and
    ``But, he said, it is a risky strategy``: a source and cue set off by commas inside the
    sentence interrupt one content, which starts at the sentence start (guidelines: content
    continuations are one attribution), when no other item holds the words before them."""
    start, end = item.content_span
    if item.cue_span is None or item.cue_span[1] > start:
        return item.content_span
    source = [s for s in (item.cue_span, item.speaker_span) if s is not None]
    first, last = min(s[0] for s in source), max(s[1] for s in source)
    between = text[last:start]
    if last > start or "," not in text[last - 1 : start] or not _SET_OFF_RE.fullmatch(between):
        return item.content_span
    opening = _sentence_start(text, first, abbreviations)
    fronted = text[opening:first]
    if not fronted.rstrip().endswith(",") or not any(c.isalnum() for c in fronted):
        return item.content_span
    quoted = text[last : start + 1].lstrip(_SET_OFF_CHARS).startswith(_OPENING_QUOTES)
    if quoted and len(fronted.split()) > _FRONTED_BEFORE_QUOTE:
        return item.content_span  # "Asked about X, she said, "...": the quote alone
    if _held_by_another(item, items, (opening, first)):
        return item.content_span
    return opening, end


def _held_by_another(item: Attribution, items: list[Attribution], span: Span) -> bool:
    """Whether the content, cue or source of an item other than ``item`` overlaps ``span``."""
    return any(
        s is not None and s[0] < span[1] and span[0] < s[1]
        for other in items
        if other is not item
        for s in (other.content_span, other.cue_span, other.speaker_span)
    )


def _sentence_end(text: str, after: int, abbreviations: frozenset[str]) -> int:
    """Where the sentence holding offset ``after`` ends: at its final full stop, question or
    exclamation mark (as :func:`_sentence_start` reads them), else at the line break."""
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    for found in _SENTENCE_END_RE.finditer(text + " ", after, line_end + 1):
        word = found.group(1).lower()
        if word + "." not in abbreviations and not (found.group(2) == "." and len(word) == 1):
            return found.start(2)
    return len(text[:line_end].rstrip(_SENTENCE_MARKS))


class _TrailWords(NamedTuple):
    """What may follow a set-off source and cue (:func:`_take_trailing_part`): ``aside_after_cue``
    words and ``aside_after_cue_endings`` open the narrator's aside (``said about Sanders, who
    ...``, ``said Thursday, speaking of ...``); after an inverted source only a ``coordinators``
    word resumes the content (``according to the CBO, and ...``; else an apposition follows)."""

    asides: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()
    coordinators: frozenset[str] = frozenset()

    def opens_aside(self, word: str) -> bool:
        low = word.lower()
        return low in self.asides or (bool(self.endings) and low.endswith(self.endings))


def _trail_words(lang: LangData | None) -> _TrailWords:
    if lang is None:
        return _TrailWords()
    return _TrailWords(
        lang.words("aside_after_cue"),
        tuple(lang.words("aside_after_cue_endings")),
        lang.words("coordinators"),
    )


def _take_trailing_part(
    text: str,
    item: Attribution,
    items: list[Attribution],
    abbreviations: frozenset[str],
    trail: _TrailWords,
) -> Span:
    """``Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999``: a source and
    cue set off by commas after the first part of a sentence interrupt one content, which goes on
    to the sentence end (guidelines: content continuations are one attribution), when no other
    item holds the words after them. A few words may stand between the cue and its comma
    (``the agency said in a June report, and ...``). Not before the narrator's aside (``he said,
    speaking to reporters``), and after an inverted source (``according to X``, ``said X``) only
    before a coordinator (``said X, a pollster``: an apposition follows)."""
    start, end = item.content_span
    if item.cue_span is None or item.speaker_span is None or item.cue_span[0] < end:
        return item.content_span
    inverted = item.cue_span[0] < item.speaker_span[1]
    source = (item.cue_span, item.speaker_span)
    first, last = min(s[0] for s in source), max(s[1] for s in source)
    if first < end or "," not in text[end:first] or not _TRAIL_GAP_RE.fullmatch(text[end:first]):
        return item.content_span
    sentence_end = _sentence_end(text, last, abbreviations)
    comma = _TRAIL_AFTER_CUE_RE.match(text, last, sentence_end)
    words = text[comma.end() : sentence_end].split() if comma is not None else []
    opening = words[0].strip(_QUOTE_EDGE) if words else ""
    if not opening or trail.opens_aside(opening):
        return item.content_span
    if inverted and opening.lower() not in trail.coordinators:
        return item.content_span
    if _held_by_another(item, items, (comma.start(), sentence_end)):
        return item.content_span
    return start, sentence_end


def _relative_words(lang: LangData | None) -> tuple[frozenset[str], frozenset[str]]:
    """The language's ``gap_relatives`` and the ``prepositions`` that, before one, make the gap
    a prepositional phrase (``in which he said ...``: the content is then the reported words)."""
    if lang is None:
        return frozenset(), frozenset()
    return lang.words("gap_relatives"), lang.words("prepositions")


def _take_relative(text: str, item: Attribution, relatives: tuple[frozenset[str], ...]) -> Span:
    """``the tax break, which Mr. Trump said would cost billions``: a source and cue inside a
    relative clause whose gap the content fills; PolNeAR's content is the whole relative clause
    from its pronoun (PolNeAR train: 31 such contents open with ``which``, ``what`` or ``whom``
    in every 5th article). The pronoun stands right before the speaker or opens a longer speaker
    span (a speaker that is only the pronoun, ``who said X``, is the clause's subject)."""
    pronouns, prepositions = relatives
    start, end = item.content_span
    if item.speaker_span is None or item.cue_span is None or not pronouns:
        return item.content_span
    first = min(item.speaker_span[0], item.cue_span[0])
    last = max(item.speaker_span[1], item.cue_span[1])
    if start < last or text[last:start].strip():
        return item.content_span
    opening = _RELATIVE_RE.match(text, first, item.speaker_span[1])
    if opening is None or opening.group(1).lower() not in pronouns:
        before = text[max(0, first - _LOOK_BACK) : first]
        opening = _WORD_BEFORE_RE.search(before)
        if opening is None or "," in opening.group(0) or opening.group(1).lower() not in pronouns:
            return item.content_span
        pronoun_start = first - len(before) + opening.start(1)
    else:
        pronoun_start = first
    preposition = _WORD_BEFORE_RE.search(text[max(0, pronoun_start - _LOOK_BACK) : pronoun_start])
    if preposition is not None and preposition.group(1).lower() in prepositions:
        return item.content_span
    return pronoun_start, end


def _name_continued_mentions(items: list[Attribution]) -> None:
    """A continuation quotation left as an item of its own (``"A," he said. // "B"``: a later
    paragraph; no cue, no speaker mention, the speaker carried over) takes the speaker span of
    the nearest earlier item of the same speaker that has one: PolNeAR gives a continuation the
    source span of the mention it continues (``he``), ANNOTATION.md gives it none. PolNeAR train:
    8 continuations' speakers right with it and wrong without, none the other way."""
    for item in items:
        if item.cue_span is not None or item.speaker_span is not None or not item.speaker:
            continue
        earlier = [
            a
            for a in items
            if a.speaker_span is not None
            and a.speaker == item.speaker
            and a.content_span[1] <= item.content_span[0]
        ]
        source = max(earlier, key=lambda a: a.content_span[1], default=None)
        if source is not None:
            item.speaker_span = source.speaker_span


# -- 3. quotation marks -----------------------------------------------------------------------


def _widen_to_quotes(text: str, span: Span, passages: list[Span]) -> Span:
    """Widen ``span`` to the marks of a quotation it starts or ends at the inside of, and to the
    closing mark of a quotation it opens and ends inside of (``that Trump "has built ... a
    political movement`` + ``. Such movements ... free market."``)."""
    start, end = span
    for q_start, q_end in passages:
        if q_start <= start < q_end and text[q_start:start].strip(_QUOTE_EDGE) == "":
            start = q_start
        if _ends_in_quote(text, (start, end), (q_start, q_end)):
            end = q_end
    return start, end


def _ends_in_quote(text: str, span: Span, quote: Span) -> bool:
    """Whether ``span`` ends at the inside of ``quote``, or opens it and ends inside it (a closed
    quotation only: PolNeAR train contents run to the end of an open one as often as not)."""
    (start, end), (q_start, q_end) = span, quote
    at_inside = q_start < end <= q_end and text[end:q_end].strip(_QUOTE_TAIL) == ""
    opened = start <= q_start < end < q_end and text[q_end - 1] in _CLOSING_QUOTES
    return at_inside or opened


def _take_next_quotation(
    text: str,
    item: Attribution,
    items: list[Attribution],
    passages: list[Span],
    abbreviations: frozenset[str],
) -> Span:
    """``"Q1," Sexton said. "Q2 ...``: when the sentence after an item's trailing source and cue
    opens a quotation in the same paragraph that no item holds any of, the item's content runs
    on to that quotation's end (a quotation left open runs to its paragraph end; guidelines:
    content continuations are one attribution; PolNeAR train: 14 of 14 such items)."""
    start, end = item.content_span
    if item.cue_span is None or end > item.cue_span[0]:
        return item.content_span
    said = _source_cue_end(item)
    gap = _NEXT_SENTENCE_RE.match(text, _sentence_end(text, said, abbreviations) + 1)
    if gap is None or "\n" in text[said : gap.end()]:
        return item.content_span
    opening = gap.end()
    quote = next((q for q in passages if q[0] == opening), None)
    if quote is None:
        return item.content_span
    if _held_by_another(item, items, quote):
        return item.content_span
    return start, quote[1]


# -- 4. complementizer ------------------------------------------------------------------------


def _take_complementizer(text: str, span: Span, complementizers: frozenset[str]) -> Span:
    offset = max(0, span[0] - _LOOK_BACK)
    found = _WORD_BEFORE_RE.search(text[offset : span[0]])
    if found is not None and found.group(1).lower() in complementizers:
        return offset + found.start(1), span[1]
    return span


def score_polnear(gold: list[Document], pred: list[Document]) -> dict[str, Any]:
    """:func:`~claimgraph.evaluation.attribution.score_attributions` of ``pred`` converted by
    :func:`to_polnear`, against PolNeAR gold as :func:`~claimgraph.evaluation.gold.read_polnear`
    reads it."""
    return score_attributions(gold, to_polnear(pred))
