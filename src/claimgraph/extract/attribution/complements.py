"""Where a verb cue's content opens: after the complementizer of its clausal complement, past the
cue's addressee and adverbials (``told The Post on Saturday that X``), or in a quotation near the
cue (``told the BBC after the verdict "..."``, ``wrote to his followers, “...”``); and whether the
content comes before the cue instead (``A total of 39 are dead, officials told state media``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.constants import (
    CLAUSE_EDGES,
    CLAUSE_POS,
    COMPLEMENT_REACH,
    PHRASE_POS,
    QUOTE_REACH,
)
from claimgraph.extract.attribution.context import CueHit, _Context
from claimgraph.extract.attribution.subjects import _finite_word
from claimgraph.extract.quotes import Quote

_WORD_AFTER_QUOTE_RE = re.compile(r"[ \t\xa0]+(\w+)")  # the word after a closing mark, same line
ADDRESSEE_REACH = 2  # more of them after a cue whose object is its addressee ("told the BBC")
ADDRESSEE_POS = frozenset({"NOUN", "PROPN", "DET", "ADP", "NUM", "ADJ", "CCONJ"})
# the words of a lead-in set off from a cue's quotation ("responded pointedly, with a smile:")
DIRECT_OBJECTS = frozenset({"obj", "dobj"})
# a clause the parse attaches to a cue's addressee instead of the cue, and its subjects
ADDRESSEE_CLAUSES = frozenset({"acl", "acl:relcl"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
WH_TAGS = frozenset({"WP", "WDT", "WP$"})  # a relative word: a true relative clause
LEAD_IN_POS = ADDRESSEE_POS | {"ADV", "PRON"}
LEAD_IN_MARKS = frozenset({",", ":"})
# the longest headline a first line may be: PolNeAR's 924 headlines have at most 22 words (95%
# <= 15); a news lead sentence runs to 25-40
HEADLINE_MAX_WORDS = 24


def _skip_complementizer(ctx: _Context, i: int, end: int) -> int:
    """Past the punctuation and the one complementizer that open a content: in ``verwacht dat
    dat nog verandert`` the second ``dat`` is the content's subject."""
    complementizer = False
    while i < end and (
        ctx.doc[i].text in (":", ",")
        or (not complementizer and ctx.low(i) in ctx.lang.words("complementizers"))
    ):
        complementizer = complementizer or ctx.doc[i].text not in (":", ",")
        i += 1
    return i


def _quote_near(
    ctx: _Context,
    start: int,
    end: int,
    reach: int = QUOTE_REACH,
    phrase_pos: frozenset[str] | None = None,
) -> Quote | None:
    """A quotation opening within ``reach`` tokens of ``start`` (after "on Friday" and such),
    before any punctuation, or with ``phrase_pos`` before any word of another part of speech.
    Not after a subject or a question word: ``says her husband will "be the best president"``
    is a paraphrase that a quote ends (mixed), and the content is the whole clause."""
    for i in range(start, min(start + reach, end)):
        tok = ctx.doc[i]
        quote = ctx.quote_opening_at(tok.idx)
        if quote is not None:
            if quote.words <= ctx.lang.scare_quote_max_words or _quote_runs_on(ctx, quote):
                return None
            return quote
        outside = tok.is_punct if phrase_pos is None else tok.pos_ not in phrase_pos
        if outside or ctx.in_quote(tok) or _opens_clause(ctx, tok):
            return None
    return None


def _quote_runs_on(ctx: _Context, quote: Quote) -> bool:
    """``claimed “Trump exaggerates” the level of black youth unemployment``, ``reported “2,521
    shooting incidents” in the city``: a quotation whose words end without punctuation and that
    a lower-case word of the same line follows is part of a paraphrase that goes on after it
    (mixed); the content is the clause. After a ``quote_coordinators`` word only a second
    complement clause goes on (``said that ''this cannot be an American fight'' and that the
    United States should not ...``); ``said "A" and "B"``, ``said "A" and left`` end there."""
    inner = ctx.text[quote.inner[0] : quote.inner[1]].rstrip()
    following = _WORD_AFTER_QUOTE_RE.match(ctx.text, quote.outer[1])
    if not inner or not inner[-1].isalnum() or following is None:
        return False
    word = following.group(1)
    if word not in ctx.lang.words("quote_coordinators"):
        return word.islower()
    second = _WORD_AFTER_QUOTE_RE.match(ctx.text, following.end())
    return second is not None and second.group(1) in ctx.lang.words("complementizers")


def _quote_after_addressee(ctx: _Context, start: int, end: int) -> Quote | None:
    """``told the BBC after the verdict "My client ..."``: a quotation after a cue's addressee and
    an adverbial, up to ``ADDRESSEE_REACH`` more tokens than :func:`_quote_near` allows, when the
    words before it are a plain phrase (no verb, pronoun or particle: ``saying Trump's comments
    are "..."`` is a paraphrase that the quotation ends)."""
    return _quote_near(ctx, start, end, QUOTE_REACH + ADDRESSEE_REACH, ADDRESSEE_POS)


def _quote_after_lead_in(ctx: _Context, start: int, end: int) -> Quote | None:
    """``asks at Western High School, “Any questions I can answer?”``, ``wrote to his Twitter
    followers, “...”``: a quotation set off by a comma or colon from a lead-in of adverbials and
    an addressee (no verb, subject or question word) is the cue's content, without the lead-in,
    when it opens as a sentence does (``dringt aan op uitstel ..., 'uit respect voor de
    kiezer'``: a quoted adjunct)."""
    for i in range(start, min(start + COMPLEMENT_REACH, end)):
        tok = ctx.doc[i]
        quote = ctx.quote_opening_at(tok.idx)
        if quote is not None:
            set_off = i > start + 1 and ctx.texts[i - 1] in LEAD_IN_MARKS
            if not (set_off and _opens_sentence(ctx, quote)):
                return None
            return quote if quote.words > ctx.lang.scare_quote_max_words else None
        if tok.text in LEAD_IN_MARKS:
            continue
        if not _lead_in_word(tok) or ctx.in_quote(tok) or _opens_clause(ctx, tok):
            return None
    return None


def _lead_in_word(tok: Token) -> bool:
    """A word of a lead-in: an adverbial or addressee word, or a possessive marker inside one
    (``said from La Fortaleza's Hall of Mirrors, "..."``)."""
    return tok.pos_ in LEAD_IN_POS or (tok.pos_ == "PART" and tok.dep_ == "case")


def _opens_sentence(ctx: _Context, quote: Quote) -> bool:
    """Whether a quotation opens as a sentence does: a capital, or a first letter the writer
    bracketed because the quotation starts mid-sentence in the source (``"[b]ottom line, it's
    going to get worse"``)."""
    opening = ctx.text[quote.inner[0] : quote.inner[1]].lstrip()[:1]
    return opening.isupper() or opening == "["


def _opens_clause(ctx: _Context, tok: Token) -> bool:
    """Whether ``tok`` is a subject or a question word (the language's ``subject_relations`` and
    ``question_words``): a clause begins at it or has begun."""
    return tok.dep_ in ctx.lang.words("subject_relations") or tok.lower_ in ctx.lang.words(
        "question_words"
    )


def _phrase_ends_clause(ctx: _Context, i: int, sent: Span) -> bool:
    """After ``zegt Ralph Hamers`` comes the sentence end, an apposition or an adverbial."""
    if i >= sent.end - 1 or ctx.doc[i].is_punct:
        return True
    low = ctx.low(i)
    if low in ctx.lang.words("np_enders") and low not in ctx.lang.words("complementizers"):
        return True
    # "zegt klimatologe Martha Vogel van de universiteit ETH in Zürich.": the speaker's affiliation
    return ctx.doc[sent.end - 1].is_punct and _phrase_to_edge(ctx, i, sent)


def _content_precedes(ctx: _Context, sent: Span, subject: tuple[int, int], hit: CueHit) -> bool:
    """``A total of 39 are dead, officials told state media``: a clause, a comma, then X said.
    Not in a verb-second language: there a cue after its content comes before its subject
    (``..., zegt X``), so ``Partijmedewerkers dreigen ..., Dominic Raab noemt het overleg ...``
    is two clauses, each with its own source."""
    if sent.start in ctx.fronted or ctx.lang.verb_second:
        return False  # "Calling it X, Anna Franowska told ...": the clause is the participle's
    comma = subject[0] - 1
    if comma - sent.start < 4 or ctx.doc[comma].text != ",":
        return False
    heads = ctx.lang.words("preceding_content_heads")
    if ctx.in_quote(ctx.doc[comma - 1]) or (
        heads and not _has_head(ctx, sent.start, comma, heads) and not _headline(ctx, sent)
    ):
        return False  # "In a statement early Saturday, the DNC said ...": no clause before it
    nxt = hit.end
    if not ctx.lang.verb_second and _own_complement(ctx, nxt, sent.end):
        return False  # "Emerging from the meeting, Sanders said the session provided ..."
    if _reported_object(ctx, hit):
        return False  # "In a statement ..., al-Assadi blamed both Israel and the United States"
    if _quote_after_lead_in(ctx, nxt, sent.end):
        return False  # "Soon after ..., Canova wrote to his Twitter followers, “...”"
    if (
        nxt + 1 < sent.end
        and ctx.doc[nxt].text == ","
        and _complementizer_at(ctx, nxt + 1, sent.end)
    ):
        return False  # "... — suggesting, experts noted, that this outbreak ...": an aside cue
    return nxt >= sent.end - 1 or (
        ctx.low(nxt) not in ctx.lang.words("complementizers")
        and (
            ctx.doc[nxt].is_punct
            or ctx.low(nxt) in ctx.lang.words("np_enders")
            or ctx.doc[nxt].text[:1].isupper()
            or ctx.low(nxt) in ctx.lang.words("determiners")
            or (bool(heads) and _phrase_to_edge(ctx, nxt, sent))
        )
    )


def _reported_object(ctx: _Context, hit: CueHit) -> bool:
    """The cue's direct object follows it (``According to the filing, Ford voluntarily
    disclosed this matter``): the cue reports that, not the clause or adverbial before its
    subject; not a cue whose object is its addressee (``..., officials told state media``).
    Readable English gold: none of the 3 such preceding contents right; PolNeAR train (rules,
    annotation mode): 33 of 48 without a gold item, the rest fronted adverbials that overlap
    PolNeAR's whole-sentence spans."""
    return not _addressee_cue(ctx, hit) and any(
        child.dep_ in DIRECT_OBJECTS and child.i >= hit.end
        for tok in ctx.doc[hit.start : hit.end]
        for child in tok.children
    )


def _headline(ctx: _Context, sent: Span) -> bool:
    """Whether ``sent`` opens in the first line of an article of several lines, and that line is
    as short as a headline: no adverbial opens a headline, and a parser tags its verbs as nouns
    (``11-month old baby finds illegal drugs in playground``). A longer first line is the lead
    paragraph of an article whose title is kept apart (JSON records, feeds)."""
    line_end = ctx.text.find("\n")
    return sent.start_char < line_end and len(ctx.text[:line_end].split()) <= HEADLINE_MAX_WORDS


def _own_complement(ctx: _Context, i: int, end: int) -> bool:
    """``said the session provided ...``, ``said on Saturday that ...``, ``refuse to answer``:
    the words from token ``i`` to the next clause edge hold a clause of their own (a
    complementizer that opens one, a finite verb, an infinitive after one of the language's
    ``infinitive_markers``), so the cue reports what follows it. A subordinate or relative clause
    ends the search (``said as she left``)."""
    markers = ctx.lang.words("infinitive_markers")
    for j in range(i, end):
        tok = ctx.doc[j]
        if tok.text in CLAUSE_EDGES or tok.is_punct or ctx.in_quote(tok):
            return False
        if _complementizer_at(ctx, j, end):
            return True
        if tok.pos_ == "SCONJ" or {"Rel", "Int"} & set(tok.morph.get("PronType")):
            return False
        if tok.text[:1].isalpha() and _finite_word(tok):
            return True  # not a clitic "'s" the tagger read as "is" ("said on NBC's show")
        if "Inf" in tok.morph.get("VerbForm") and j > i and ctx.low(j - 1) in markers:
            return True
    return False


def _complementizer_at(ctx: _Context, j: int, end: int) -> bool:
    """A complementizer at token ``j`` that opens a clause with its own subject: not a relative
    ``that`` followed by its verb (``a statement that was released``)."""
    if ctx.low(j) not in ctx.lang.words("complementizers") or j + 1 >= end:
        return False
    return ctx.doc[j + 1].pos_ not in ("VERB", "AUX", "ADV")


def _has_head(ctx: _Context, start: int, end: int, heads: frozenset[str]) -> bool:
    """Whether tokens ``[start, end)`` hold a clause head: a part of speech in ``heads``."""
    return any(ctx.doc[j].pos_.lower() in heads for j in range(start, end))


def _phrase_to_edge(ctx: _Context, i: int, sent: Span, reach: int = 6) -> bool:
    """``officials told state media, adding ...``: a short phrase without a verb or a
    complementizer (the cue's addressee or an adverbial) runs from token ``i`` to a comma or the
    sentence end, so nothing after the cue is its content."""
    j = i
    while j < sent.end and not ctx.doc[j].is_punct:
        tok = ctx.doc[j]
        if tok.pos_ in CLAUSE_POS or ctx.low(j) in ctx.lang.words("complementizers"):
            return False
        if ctx.in_quote(tok) or j - i >= reach:
            return False
        j += 1
    return j > i and (j >= sent.end - 1 or ctx.doc[j].text == ",")


def _complement_opening(ctx: _Context, hit: CueHit, start: int, end: int) -> int:
    """``told The Post and Courier on Saturday that X``, ``said in a statement that X``: the
    content opens after the complementizer of the cue's clausal complement (in the parse), past
    the cue's object and adverbials; else at ``start``."""
    for j in range(start, min(end, start + COMPLEMENT_REACH)):
        tok = ctx.doc[j]
        if (
            tok.lower_ in ctx.lang.words("complementizers")
            and tok.dep_ == "mark"
            and tok.head.dep_ == "ccomp"
            and hit.start <= tok.head.head.i < hit.end
        ):
            return j + 1
        if j > start and _addressee_then_complement(ctx, hit, start, j, end):
            return j + 1
        if not _phrase_word(ctx, tok) or ctx.in_quote(tok):
            break  # a verb, a negation ("denkt niet dat"), a clause edge
    return start


def _phrase_word(ctx: _Context, tok: Token) -> bool:
    """A word of an object or adverbial between a cue and its complementizer: a noun phrase or
    prepositional word; in a verb-second language also an adverb that is no negation (the finite
    cue stands before the clause's adverbs: ``schreeuwde daarna nog dat``, where English puts
    them before the verb; PolNeAR dev gained a false ``responded then the same way that``)."""
    if tok.pos_ == "ADV" and ctx.lang.verb_second:
        return tok.lower_ not in ctx.lang.negation
    return tok.pos_ in PHRASE_POS


def _addressee_then_complement(ctx: _Context, hit: CueHit, start: int, j: int, end: int) -> bool:
    """``told delegates at the convention that X``, ``said in the CNN interview that X``: a
    complementizer after the cue's addressee and adverbials opens the content where the parse
    missed the clause. Not after a denial or an accusation, whose object is the claim or the
    target (``rejected the idea that X``, ``denounced supporters that level sexist attacks``)."""
    return (
        (not ctx.lang.verb_second or _subordinator_past_adverbials(ctx, hit, start, j))
        and hit.pattern.stance != "deny"
        and hit.act != "accusation"
        and _complementizer_at(ctx, j, end)
    )


def _subordinator_past_adverbials(ctx: _Context, hit: CueHit, start: int, j: int) -> bool:
    """``schreef vorige week dat X``, ``zegde ook toe dat X``: in a verb-second language the
    finite cue stands before its adverbials, and a ``dat`` after them opens its complement where
    the parse missed it when the tagger reads it as a subordinator (it is also a relative pronoun
    after a neuter noun), no complementizer opened the content already (``zegt dat het feit dat``:
    the second opens the noun's clause) and the cue has no object before it (``vindt het
    belangrijk dat``: the gold content takes the object in)."""
    if ctx.doc[j].pos_ != "SCONJ" or ctx.low(start - 1) in ctx.lang.words("complementizers"):
        return False
    return not any(
        ctx.doc[k].dep_ == "obj" and ctx.doc[k].head.i == hit.start for k in range(start, j)
    )


def _addressee_cue(ctx: _Context, hit: CueHit) -> bool:
    """A cue whose object is the one addressed (the language's ``addressee_cues``: ``told``)."""
    return ctx.low(hit.start) in ctx.lang.words("addressee_cues")


def _adverbial_at(ctx: _Context, i: int, end: int) -> bool:
    """A prepositional phrase opens at token ``i`` (``said in a financial filing to the SEC that
    X``): what follows the cue is an adverbial, not its object or content."""
    return i < end and ctx.doc[i].pos_ == "ADP" and ctx.low(i) in ctx.lang.words("prepositions")


def _bare_complement_at(ctx: _Context, tok: Token, start: int) -> bool:
    """Token ``tok`` (no quotation, no mark) opens, with its subject, a clause of the cue after
    its addressee or adverbial at ``start``: the cue's complement, or the clause the parse hung
    on the addressee (``told the court she was forced``, ``told the press the officers
    claimed``, parsed as relative clauses without a relative word)."""
    if tok.is_punct or ctx.in_quote(tok):
        return False
    return any(_clause_opening(head, tok, start) for head in (tok, *tok.ancestors))


def _clause_opening(head: Token, tok: Token, start: int) -> bool:
    if head.left_edge.i != tok.i:
        return False
    if head.dep_ == "ccomp":
        return head.head.i < start
    return (
        head.dep_ in ADDRESSEE_CLAUSES
        and start <= head.head.i < tok.i
        and any(
            child.dep_ in SUBJECTS and child.left_edge.i == tok.i and child.tag_ not in WH_TAGS
            for child in head.children
        )
    )


def _after_addressee(ctx: _Context, start: int, end: int) -> int:
    """``told the BBC that police suspect ...``, ``told Kamloops This Week that X``: after a cue
    whose object is its addressee, the content opens after a complementizer that follows a plain
    phrase (no verb, pronoun or particle) where the parse found no clausal complement; else at
    ``start``. Without a complementizer the content opens where the cue's clausal complement
    does (``told the Associated Press four victims were ...``: the gold leaves the addressee out
    of the content in all 9 such items of the readable English gold)."""
    for j in range(start, min(end, start + COMPLEMENT_REACH)):
        if j > start and _complementizer_at(ctx, j, end):
            return j + 1
        tok = ctx.doc[j]
        if j > start and _bare_complement_at(ctx, tok, start):
            return j
        if (tok.pos_ not in ADDRESSEE_POS and not _inner_hyphen(ctx, j)) or ctx.in_quote(tok):
            break
    return start


def _inner_hyphen(ctx: _Context, j: int) -> bool:
    """A hyphen inside a name (``Agence France-Presse``)."""
    tok = ctx.doc[j]
    return tok.text == "-" and not tok.whitespace_ and j > 0 and not ctx.doc[j - 1].whitespace_


def _infinitive_claim(ctx: _Context, hit: CueHit, end: int) -> int | None:
    """``om te melden dat zij graag een gift wilde doen``: where a cue infinitive (after one of the
    language's ``infinitive_cue_markers``, not a weak cue) reports a claim, the complementizer of
    ``claims_after_infinitive`` that opens its complement past its addressee and adverbials."""
    if hit.pattern.weak or hit.start == 0:
        return None
    if ctx.low(hit.start - 1) not in ctx.lang.words("infinitive_cue_markers"):
        return None
    openers = ctx.lang.words("claims_after_infinitive")
    for j in range(hit.end, min(end, hit.end + COMPLEMENT_REACH)):
        if ctx.low(j) in openers:
            return j
        if not _phrase_word(ctx, ctx.doc[j]) or ctx.in_quote(ctx.doc[j]):
            return None
    return None
