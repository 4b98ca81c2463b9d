"""Transcripts: speaker turns (``MR. KIRBY:  …``, ``Q    …``, ``((WN))  …``) as direct attributions.

A press-briefing or interview transcript names its speaker at the start of each turn instead of
using quotation marks and reporting verbs, so the rule extractor either misses its statements
or reads the labels as headline colons. Here each paragraph of a turn becomes one direct
attribution to the turn's speaker (a turn can run to thirty sentences on five topics; a
paragraph is one answer to one point). Questioners' turns become act ``question`` by the
questioner ("reporter"), so that the claims they put on the table (``as Ukrainian officials have
suggested, …``) keep their context; turns of procedural labels (``AIDE:``) are skipped.

Nested attributions found by the rule extractor inside a turn are kept when their source is a
third party (:func:`merge_nested`); :func:`with_transcript_turns` does both for the pipeline.
Label conventions are data: ``lang/<code>/transcript.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from claimgraph.errors import ConfigError
from claimgraph.extract.parsed import doc_text
from claimgraph.extract.quotes import CLOSING_MARKS
from claimgraph.extract.stance import decide_act, decide_stance
from claimgraph.lang import LANG_DIR, CuePattern, LangData
from claimgraph.model import Attribution, Span

TRANSCRIPT_FILE = "transcript.toml"
TURN_CUE = CuePattern(parts=(frozenset({":"}),), stance="assert", act="statement")
_SPACE = " \t\n\r\xa0\u2009\u202f"
# a label: one to five upper-case words (MS. JEAN-PIERRE, THE PRESIDENT, O'BRIEN) and a colon
_NAMED_LABEL = r"(?P<name>[^\W\d_][\w.'’\-]*(?:[ \xa0][^\W\d_][\w.'’\-]*){0,4})(?P<colon>:)"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")
# the end of a sentence inside a speaker phrase (not the dot of "Mr." or "U.S.")
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.?!]\s|\n")
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")


@dataclass(frozen=True)
class TranscriptStyle:
    """One language's transcript conventions (see ``lang/en/transcript.toml``)."""

    min_turns: int
    min_speakers: int
    min_words: int
    honorifics: frozenset[str]
    question_labels: frozenset[str]
    questioner: str
    procedural_labels: frozenset[str]
    procedural_words: frozenset[str]
    self_words: frozenset[str]
    headless_content: frozenset[str]
    label_re: re.Pattern[str]
    # a bracketed label that is a translation's language tag (``((fa))``), where brackets are used
    language_tag: re.Pattern[str] | None
    # the language tag of a translation inside a paragraph: the content ends before it
    translation_re: re.Pattern[str] | None


@dataclass(frozen=True)
class Turn:
    """One speaker turn: its label as written, the label's spans, and the body after it."""

    label: str
    label_span: Span  # the name ("MR. KIRBY", "Dorsa Derakhshani") or the question label ("Q")
    cue_span: Span  # the colon or closing bracket, or the question label itself when it has none
    body: Span  # from after the label to the next turn (or the end of the text)
    question: bool


@cache
def load_style(code: str) -> TranscriptStyle | None:
    """The transcript conventions of a language, ``None`` if it has no ``transcript.toml``."""
    path = LANG_DIR / code / TRANSCRIPT_FILE
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        questions = [q.upper() for q in data["question_labels"]]
        alternatives = "|".join(re.escape(q) for q in sorted(questions, key=len, reverse=True))
        brackets = data.get("label_brackets")
        bracketed = f"|{_bracketed_label(*brackets)}" if brackets else ""
        label_re = re.compile(
            rf"^(?:(?P<q>{alternatives})(?::|(?=[ \t\xa0]{{2,}}|\t))|{_NAMED_LABEL}{bracketed})"
            r"[ \t\xa0]+(?=\S)",
            re.M,
        )
        tag = data.get("language_tag") if brackets else None
        return TranscriptStyle(
            min_turns=int(data["min_turns"]),
            min_speakers=int(data["min_speakers"]),
            min_words=int(data["min_words"]),
            honorifics=frozenset(h.upper() for h in data["honorifics"]),
            question_labels=frozenset(questions),
            questioner=str(data["questioner"]),
            procedural_labels=frozenset(p.upper() for p in data["procedural_labels"]),
            procedural_words=frozenset(w.lower() for w in data["procedural_words"]),
            self_words=frozenset(w.lower() for w in data["self_words"]),
            headless_content=frozenset(w.lower() for w in data["headless_content"]),
            label_re=label_re,
            language_tag=re.compile(tag) if tag else None,
            translation_re=_translation_re(tag, *brackets) if tag else None,
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as err:
        raise ConfigError(f"cannot read transcript data: {err}", str(path)) from err


def _bracketed_label(opening: str, closing: str) -> str:
    """``((Dorsa Derakhshani))``, ``((WN))``, ``((WSS)) :``: a label as written, in brackets."""
    inside = "".join(sorted(set(opening + closing)))
    return (
        rf"{re.escape(opening)}(?P<bracketed>[^\n{re.escape(inside)}]{{1,60}})"
        rf"(?P<closing>{re.escape(closing)})(?:[ \t\xa0]*:)?"
    )


# between a translation tag and its foreign words: the language's name and a colon ("((pl))Polish
# language: ‍Prawo i ..."); then spaces and the zero-width joiner Wikinews puts before them
_GLOSS_LABEL = re.compile(r"[^.!?\n:]*:\s*")
_JOINER = "\u200d"


def gloss_tag(text: str, char: int, code: str) -> int | None:
    """Where the translation tag starts whose gloss opens at character ``char`` (Wikinews'
    ``Law and Justice Party ((pl))Polish language: ‍Prawo i Sprawiedliwość``), else None."""
    style = load_style(code)
    if style is None or style.translation_re is None:
        return None
    line = text.rfind("\n", 0, char) + 1
    for tag in style.translation_re.finditer(text, line, char):
        label = _GLOSS_LABEL.match(text, tag.end(), char)
        if label is not None and not text[label.end() : char].strip(_JOINER):
            return tag.start()
    return None


def _translation_re(tag: str, opening: str, closing: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t\xa0]*{re.escape(opening)}(?:{tag}){re.escape(closing)}")


def find_turns(text: str, style: TranscriptStyle) -> list[Turn]:
    """Every speaker turn in ``text``, in order (an empty list if no line opens with a label)."""
    found = [(m, lab) for m in style.label_re.finditer(text) if (lab := _label_of(m, style))]
    turns = []
    for n, (match, (label, label_span, cue_span, question)) in enumerate(found):
        end = found[n + 1][0].start() if n + 1 < len(found) else len(text)
        turns.append(Turn(label, label_span, cue_span, (match.end(), end), question))
    return turns


_Label = tuple[str, Span, Span, bool]  # the label, its span, the cue's span, a questioner's


def _label_of(match: re.Match[str], style: TranscriptStyle) -> _Label | None:
    """What a label match says (``None`` for a capitalised phrase or a language tag)."""
    if match.group("q") is not None:
        return match.group("q"), match.span("q"), match.span("q"), True
    if match.group("name") is not None:
        if not _is_label(match.group("name")):
            return None
        return match.group("name"), match.span("name"), match.span("colon"), False
    label = match.group("bracketed")
    if style.language_tag is not None and style.language_tag.fullmatch(label):
        return None
    asks = label.upper() in style.question_labels
    return label, match.span("bracketed"), match.span("closing"), asks


def _is_label(name: str) -> bool:
    """All upper case, with a letter: ``MS. JEAN-PIERRE`` but not ``On Sudan``."""
    return name == name.upper() and any(c.isalpha() for c in name)


def is_transcript(text: str, style: TranscriptStyle | None) -> bool:
    """Enough turns by enough different speakers (see ``min_turns``/``min_speakers``)."""
    if style is None:
        return False
    turns = find_turns(text, style)
    speakers = {style.questioner if t.question else t.label for t in turns}
    return len(turns) >= style.min_turns and len(speakers) >= style.min_speakers


# --- speakers ------------------------------------------------------------------------------


def _label_words(label: str, style: TranscriptStyle) -> list[str]:
    words = label.split()
    while len(words) > 1 and words[0].upper() in style.honorifics:
        words = words[1:]
    return words


def speaker_name(label: str, preamble: str, lang: LangData, style: TranscriptStyle) -> str:
    """The canonical speaker of a label (ANNOTATION.md rule 12).

    In order: a known person (``KIRBY`` -> John Kirby); a role followed by a name in the
    transcript's heading (``THE PRESIDENT`` with "Remarks by President Biden" -> Joe Biden); the
    fullest form of a surname in the heading (``MS. YOUNG`` with "OMB Director Shalanda Young"
    -> Shalanda Young); else the label in title case, honorifics dropped.
    """
    if label.upper() in style.question_labels:
        return style.questioner
    words = _label_words(label, style)
    key = " ".join(words).lower()
    if key in lang.people:
        return lang.people[key]
    if label != label.upper():  # written as a name (``((Dorsa Derakhshani))``): kept as written
        return " ".join(words)
    titled = " ".join(w.title() for w in words)
    if key in lang.titles:
        named = _name_after_role(titled, preamble)
        return lang.people.get(named.lower(), named) if named else titled
    full = _fullest_form(titled, preamble, lang)
    return lang.people.get(full.lower(), full)


def _name_after_role(role: str, preamble: str) -> str:
    match = re.search(
        rf"\b{re.escape(role)}\s+((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+)?)", preamble
    )
    return match.group(1) if match else ""


def _fullest_form(surname: str, preamble: str, lang: LangData) -> str:
    """``Shalanda Young`` for ``Young`` where the heading has "Director Shalanda Young"."""
    for match in re.finditer(rf"((?:[A-Z][\w’'\-]+\s+){{1,3}}){re.escape(surname)}\b", preamble):
        given = match.group(1).split()
        kept: list[str] = []
        for word in reversed(given):
            if word.lower() in lang.titles or word.isupper():
                break
            kept.insert(0, word)
        if kept:
            return " ".join([*kept, surname])
    return surname


# --- attributions --------------------------------------------------------------------------


def _paragraphs(text: str, body: Span) -> list[Span]:
    """Blank-line separated paragraphs of a turn body, trimmed of spaces (also no-break)."""
    spans = []
    start = body[0]
    for brk in _PARAGRAPH_BREAK.finditer(text, body[0], body[1]):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, body[1]))
    return [_strip(text, s) for s in spans if text[s[0] : s[1]].strip(_SPACE)]


def _before_translation(text: str, para: Span, style: TranscriptStyle) -> Span:
    """A paragraph up to the language tag of its translation (``… this game? ((fa))Farsi …``)."""
    if style.translation_re is None:
        return para
    tag = style.translation_re.search(text, para[0], para[1])
    return para if tag is None else (para[0], tag.start())


def _strip(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s] in _SPACE:
        s += 1
    while e > s and text[e - 1] in _SPACE:
        e -= 1
    return s, e


def _words(doc: Doc, span: Span) -> list[str]:
    chunk = doc.char_span(span[0], span[1], alignment_mode="expand")
    if chunk is None:
        return []
    # hard-wrapped lines leave space tokens that would break phrases ("unable to \n confirm")
    return [t.text.lower().replace("’", "'") for t in chunk if not t.is_space]


def transcript_attributions(
    doc: Doc, lang: LangData, style: TranscriptStyle | None = None
) -> list[Attribution]:
    """One direct attribution per paragraph of each speaker turn (none if not a transcript)."""
    return _turn_attributions(doc, doc.text, lang, style or load_style(lang.code))


def _turn_attributions(
    doc: Doc, text: str, lang: LangData, style: TranscriptStyle | None
) -> list[Attribution]:
    """:func:`transcript_attributions` with ``doc.text`` read by the caller (spaCy rebuilds it
    from every token on each access)."""
    if not is_transcript(text, style):
        return []
    assert style is not None  # is_transcript is False without a style
    turns = find_turns(text, style)
    preamble = text[: turns[0].label_span[0]]
    names: dict[str, str] = {}
    out: list[Attribution] = []
    for turn in turns:
        if " ".join(_label_words(turn.label, style)).upper() in style.procedural_labels:
            continue
        if turn.label not in names:
            names[turn.label] = speaker_name(turn.label, preamble, lang, style)
        for para in _paragraphs(text, turn.body):
            para = _before_translation(text, para, style)
            att = _turn_attribution(doc, text, lang, style, turn, names[turn.label], para)
            if att is not None:
                out.append(att)
    return out


def _turn_attribution(
    doc: Doc,
    text: str,
    lang: LangData,
    style: TranscriptStyle,
    turn: Turn,
    speaker: str,
    content: Span,
) -> Attribution | None:
    """``text`` is ``doc.text``, passed in because spaCy rebuilds it on every access."""
    words = _words(doc, content)
    if sum(1 for w in words if _WORD.fullmatch(w)) < style.min_words:
        return None
    if _runs_the_event(text[content[0] : content[1]], style):
        return None
    asks = turn.question or _ends_in_question(text[content[0] : content[1]])
    stance, confidence = decide_stance(TURN_CUE, [], words, lang)
    return Attribution(
        speaker=speaker,
        speaker_span=None if turn.question else turn.label_span,
        cue=text[turn.cue_span[0] : turn.cue_span[1]],
        cue_span=turn.cue_span,
        content_span=content,
        type="direct",
        stance=stance,
        act="question" if asks else decide_act(TURN_CUE, "statement", words, lang, stance),
        confidence=round(confidence, 3),
    )


def _ends_in_question(surface: str) -> bool:
    """An answerer's paragraph that ends on a question ("Say — what is the criticism?", "A
    conversation between President Biden and President Zelenskyy?") asks; it states nothing, so
    no ledger counts it as a side. Its stance stays what the words say: turning a questioner's
    negated question ("deny") into an assertion would move it into claim clusters, which split
    the founding story's briefing questions off the story."""
    return surface.rstrip().rstrip(CLOSING_MARKS).endswith("?")


def _runs_the_event(surface: str, style: TranscriptStyle) -> bool:
    """``Okay.  Two more.  Go ahead, Courtney, in the back.``: only procedural words and the
    names of the people called on (capitalised words other than the procedural ones)."""
    words = [w.replace("’", "'") for w in _WORD.findall(surface)]
    procedural = [w.lower() in style.procedural_words for w in words]
    return any(procedural) and all(
        known or w[0].isupper() for w, known in zip(words, procedural, strict=True)
    )


# --- merging with the rule extractor's nested attributions ---------------------------------


def _inside(span: Span | None, outer: Span) -> bool:
    return span is None or (outer[0] <= span[0] and span[1] <= outer[1])


def _third_party(
    att: Attribution, text: str, turn_speaker: str, style: TranscriptStyle, lang: LangData
) -> bool:
    """A named third party: not the turn's speaker, its audience, or a misread phrase."""
    if att.speaker == turn_speaker or att.cue == ":" or att.speaker_span is None:
        return False  # colons in speech head topics; implicit speakers come from other turns
    surface = text[att.speaker_span[0] : att.speaker_span[1]].strip(_SPACE + ".,;:—–-")
    if not (_source_phrase(surface, style, lang) and _source_phrase(att.speaker, style, lang)):
        return False
    first = _WORD.match(att.content(text).replace("’", "'").lower())
    return first is None or first.group(0) not in style.headless_content


def _source_phrase(surface: str, style: TranscriptStyle, lang: LangData) -> bool:
    """``Secretary of State Blinken``, ``Ukrainian officials``: short, one clause, every word a
    name, title, source noun or particle; no pronoun (pronouns would resolve across turns)."""
    words = _WORD.findall(surface.replace("’", "'"))
    if not words or len(words) > 6 or _SENTENCE_BREAK.search(surface):
        return False
    lows = [w.lower() for w in words]
    openers = lang.words("non_speakers") | lang.words("adverbial_openers")
    if lows[0] in openers or not words[0][0].isupper():
        return False
    if any(
        part in style.self_words or part in lang.pronouns for w in lows for part in w.split("'")
    ):
        return False
    connectors = lang.words("name_particles") | lang.words("determiners") | {"of"}
    return all(
        w[0].isupper() or low in lang.source_nouns or low in lang.titles or low in connectors
        for w, low in zip(words, lows, strict=True)
    )


def merge_nested(
    turn_atts: list[Attribution],
    nested: list[Attribution],
    text: str,
    lang: LangData,
    style: TranscriptStyle | None = None,
) -> list[Attribution]:
    """Turn attributions plus the rule extractor's attributions of third parties inside turns.

    A nested attribution is kept when its speaker, cue and content lie in one turn's body (the
    rule extractor's sentences run across labels) and its source is not the turn's speaker or
    audience (see :func:`_third_party`); one that lies wholly before the first turn is the
    article's own prose (a news report leading into a Wikinews interview) and is kept as it is.
    Ids are renumbered in text order.
    """
    style = style or load_style(lang.code)
    if style is None or not turn_atts:
        return nested
    turns = find_turns(text, style)
    speaker_of = {a.cue_span: a.speaker for a in turn_atts}
    taken = {a.content_span for a in turn_atts}
    lead = (0, turns[0].label_span[0])
    kept = list(turn_atts)
    for att in nested:
        if all(_inside(span, lead) for span in (att.speaker_span, att.cue_span, att.content_span)):
            kept.append(att)
            continue
        turn = next((t for t in turns if _inside(att.content_span, t.body)), None)
        if turn is None or att.content_span in taken:
            continue
        if not (_inside(att.speaker_span, turn.body) and _inside(att.cue_span, turn.body)):
            continue
        if _third_party(att, text, speaker_of.get(turn.cue_span, ""), style, lang):
            kept.append(att)
    kept.sort(key=lambda a: (a.content_span[0], -a.content_span[1]))
    for n, att in enumerate(kept, start=1):
        att.id = f"a{n}"
    return kept


def with_transcript_turns(
    doc: Doc, lang: LangData, attributions: list[Attribution]
) -> list[Attribution]:
    """For the pipeline: a transcript's turn attributions merged with the nested ones among
    ``attributions`` (the rule extractor's); any other document's ``attributions`` unchanged."""
    text, style = doc_text(doc), load_style(lang.code)  # the read the other stages share
    turn_atts = _turn_attributions(doc, text, lang, style)
    if not turn_atts:
        return attributions
    return merge_nested(turn_atts, attributions, text, lang, style)
