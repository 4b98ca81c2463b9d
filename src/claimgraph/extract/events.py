"""Events (PLOVER/POLECAT-style): who did what to whom, when and where, and on whose word.

Two sources of events in an annotated :class:`~claimgraph.model.Document`:

* **statements**: an attribution whose act is an accusation, threat, demand or promise, or whose
  stance is a denial, is itself an event by its speaker (ACCUSE, THREATEN, DEMAND, AGREE,
  REJECT; ``lang/base/events.toml``), a question none; its target is the first actor in the
  content's first sentence (not a party of a later sentence of a long briefing answer);
* **triggers**: words of the per-language lexicon (``lang/<code>/events.toml``) such as
  "droneaanval" -> ASSAULT (mode heavy-weapons). A trigger inside an attribution's content keeps
  that attribution's id: "the Kremlin says drones attacked" is an ASSAULT *claimed by* the
  Kremlin. An attributed event without an agent gets, as alleged agent, the party the same
  source accuses elsewhere in the article ("wees met beschuldigende vinger naar Kiev").

Actors are countries (ISO 3166 alpha-3) with CAMEO roles: a known person (``base/events.toml``), a
country, capital or landmark used as metonym ("Moskou", "het Kremlin" -> RUS GOV), a demonym
with a role noun ("Russische autoriteiten" -> RUS GOV); a speaker also a national party or body
named in the language's ``[bodies]`` ("regeringspartij D66" -> NLD PTY; only speakers: around a
trigger the words do not tell a party's side well enough). A national body named without its
country (``[home]``: "het kabinet" -> the government of the article's home country, the
Netherlands or Flanders by its places) is an actor too, but around a trigger only its target. A statement whose speaker is none of these is still the
speaker's, by name ("Kamerlid Jasper van Dijk"). "Dreigen te" with a verb of coming about
("Akzo dreigde te verdwijnen") is what is about to happen, no threat.

Agent and target of a trigger come from the words around each actor (``[grammar]`` of the
language's events.toml): prepositions ("aanval op", "door"), the object of a verb ("to kill
President Putin"), a passive ("were hit by", Dutch "is in Spanje veroordeeld"); an actor is no
party when it is the place ("in Moscow", "in de Finse hoofdstad Helsinki", "Op Schiphol werd A.
aangehouden"), the reporter ("that Russia claims"), the responder
("how Mr. Putin reacts to this alleged drone attack") or in another clause, or the possessor of
another noun ("Russia's messaging ... past explosions"); a noun before a participle without object
is its patient ("two dozen Ukrainians killed, ..."), the subject of a staging verb its agent even
on the attacked side ("Russia staged a drone attack on the Kremlin"), and a negated trigger ("We're
not investigating it", "geen vergelding") is no event. Time is the nearest calendar timex in the
sentence (for a statement, none of its content later than the article date), else PAST_REF or
FUTURE_REF of a timex in its clause ("Onlangs dreigde Trump"), else the article date; place the nearest place mention in the sentence that is no one's origin ("een man uit
Markelo"). A sentence ends after its closing quotes, Dutch '' too.

Mentions of one happening are merged into one event (:func:`merge_duplicates`): events of the
same type whose spans overlap or that sit in the same attribution's content, and events with the
same facts; an event without any actor is dropped when a compatible event of its type has them
("de explosie" after "een nachtelijke aanval op het Kremlin").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from claimgraph.errors import ConfigError
from claimgraph.extract.places import _WORD, country_named, iso3_codes, load_gazetteer
from claimgraph.extract.stance import contains_any, denial_beyond_negation
from claimgraph.lang import has_lang_file, load_lang, person_key, read_toml
from claimgraph.model import Attribution, Document, Event, Place, Span
from claimgraph.nlp.sentences import abbreviations, hard_wrapped

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
EVENTS_FILE = "events.toml"
# how far (in words) a target preposition or patient noun may be from trigger or actor
_TARGET_WINDOW = 8
_PATIENT_WINDOW = 10
_MODE_WINDOW = 4
_NEGATION_WINDOW = 2  # "not investigating", "has not been attacked"
_RISK_WINDOW = 12  # words from "dreigde" to its infinitive ("... het onderspit te delven")
# words from a possessor to the trigger it owns ("Ukraine's spring offensive")
_POSSESSED_WINDOW = 4
_STAGED_WINDOW = 3  # words from a staging verb to its trigger or back to its subject
_POINT_TYPES = frozenset({"DATE", "TIME"})
# TimeML's "before now" and "after now" without a calendar value ("onlangs", "binnenkort")
_RELATIVE_REFS = frozenset({"PAST_REF", "FUTURE_REF"})
_ARTICLES = frozenset({"de", "het", "een", "the", "a", "an"})
_ENDINGS = (".", "!", "?", ".”", ".’", '."', "?”", "!”", ":")
_CLAUSE_END = re.compile(r"[.!?;:]")
_CLAUSE_BREAK = re.compile(r"[,.!?;:()]")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[”’\"']{0,2}(?=\s+[^\s\w]*[A-Z0-9À-Ý])|$)", re.MULTILINE)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Actor:
    """A party to an event: country code (ISO alpha-3), CAMEO role, and the name in the text."""

    code: str
    role: str
    name: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.code, self.role)


_SIDES = ("source", "target")


def _party(side: str, actor: Actor | None) -> dict[str, str]:
    """The Event fields of one side ("source"/"target") for ``actor`` (blank for None)."""
    name, code, role = (actor.name, actor.code, actor.role) if actor else ("", "", "")
    return {f"{side}_actor": name, f"{side}_country": code, f"{side}_role": role}


def _party_of(event: Event, side: str) -> Actor | None:
    """The actor on one side of ``event``, or None when that side is empty."""
    actor = Actor(*(getattr(event, f"{side}_{f}") for f in ("country", "role", "actor")))
    return actor if actor.code or actor.name else None


@dataclass(frozen=True)
class _Trigger:
    type: str
    mode: str


@dataclass(frozen=True)
class _Lexicon:
    code: str
    triggers: dict[str, _Trigger]
    trigger_pattern: re.Pattern[str]
    roles: dict[str, str]
    role_pattern: re.Pattern[str]
    target_preps: frozenset[str]
    agent_preps: frozenset[str]
    patient_words: frozenset[str]
    reporter_words: frozenset[str]
    response_words: tuple[tuple[str, ...], ...]
    role_links: frozenset[str]
    place_preps: frozenset[str]
    place_nouns: frozenset[str]
    origin_preps: frozenset[str]
    passive_aux: frozenset[str]
    passive_preps: frozenset[str]
    far_passive_aux: frozenset[str]
    active_aux: frozenset[str]
    passive_reach: int
    patient_verbs: tuple[tuple[str, ...], ...]
    victim_first: frozenset[str]
    possessive_marks: tuple[str, ...]
    clause_words: frozenset[str]
    participles: frozenset[str]
    verb_final: bool
    final_verbs: frozenset[str]
    subordinators: frozenset[str]
    prepositions: frozenset[str]
    negations: frozenset[str]
    risk_verbs: frozenset[str]
    risk_infinitives: frozenset[str]
    future_aux: frozenset[str]
    empty_speakers: frozenset[str]
    past_obligations: tuple[tuple[str, ...], ...]
    rejection_words: frozenset[str]
    negation_suffixes: tuple[str, ...]
    reciprocals: tuple[str, ...]
    clause_openers: frozenset[str]
    staging_verbs: frozenset[str]
    mode_words: dict[str, dict[str, str]]
    people: dict[str, tuple[str, str]]
    bodies: dict[str, tuple[str, str]]
    body_pattern: re.Pattern[str]
    home_bodies: dict[str, str]
    home_pattern: re.Pattern[str]
    home_countries: tuple[str, ...]
    acts: dict[str, tuple[str, str]]
    stances: dict[str, tuple[str, str]]
    silent_acts: frozenset[str]


def _read(path: Path) -> dict[str, Any]:
    return read_toml(path, "event data")


def _phrases(forms: Any) -> re.Pattern[str]:
    """Any of ``forms`` as a whole word or phrase, the longest that fits first, written as a
    trie: ``re`` tries every branch of ``a|b|c`` at every position of the text, and the trie
    one branch per distinct next character (a third of the scan's time for the Dutch triggers).
    The forms matching at one position are prefixes of one another, and the trie's greedy
    optional tails try them longest first, as a longest-first list does."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    alternation = _trie_regex(trie)  # empty for no forms, as the list's "|".join was
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _body_pattern(names: Any) -> re.Pattern[str]:
    """Any of ``names`` as written (case matters: "DENK", not "ik denk"), a whole word or the
    first part of a hyphenated compound ("PVV-Kamerlid Leon de Jong"). Matches nothing for no
    names."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation or '(?!)'})(?!\w)")


def _type_mode(value: list[str]) -> tuple[str, str]:
    return (value[0], value[1] if len(value) > 1 else "")


@cache
def load_event_lexicon(code: str) -> _Lexicon:
    """Triggers, role words and grammar of language ``code`` over the shared actors (cached)."""
    path = LANG_DIR / code / EVENTS_FILE
    if not path.exists():
        raise ConfigError(f"no event data for {code!r}", str(path))
    data, base = _read(path), _read(LANG_DIR / "base" / EVENTS_FILE)
    triggers: dict[str, _Trigger] = {}
    for entry in data.get("trigger", []):
        for form in entry["forms"]:
            triggers[form.lower()] = _Trigger(entry["type"], entry.get("mode", ""))
    roles = {w.lower(): role for role, words in data.get("roles", {}).items() for w in words}
    bodies = {name: (c, r) for name, (c, r) in data.get("bodies", {}).items()}
    grammar, home = data.get("grammar", {}), data.get("home", {})
    return _Lexicon(
        code=code,
        triggers=triggers,
        trigger_pattern=_phrases(triggers),
        roles=roles,
        role_pattern=_phrases(roles),
        target_preps=frozenset(grammar.get("target_preps", [])),
        agent_preps=frozenset(grammar.get("agent_preps", [])),
        patient_words=frozenset(grammar.get("patient_words", [])),
        reporter_words=frozenset(grammar.get("reporter_words", [])),
        response_words=tuple(tuple(w.split()) for w in grammar.get("response_words", [])),
        role_links=frozenset(grammar.get("role_links", [])),
        place_preps=frozenset(grammar.get("place_preps", [])),
        place_nouns=frozenset(grammar.get("place_nouns", [])),
        origin_preps=frozenset(grammar.get("origin_preps", [])),
        passive_aux=frozenset(grammar.get("passive_aux", [])),
        passive_preps=frozenset(grammar.get("passive_preps", [])),
        far_passive_aux=frozenset(grammar.get("far_passive_aux", [])),
        active_aux=frozenset(grammar.get("active_aux", [])),
        passive_reach=int(grammar.get("passive_reach", 0)),
        patient_verbs=tuple(tuple(v.split()) for v in grammar.get("patient_verbs", [])),
        victim_first=frozenset(grammar.get("victim_first", [])),
        possessive_marks=tuple(grammar.get("possessive_marks", [])),
        clause_words=frozenset(grammar.get("clause_words", [])),
        participles=frozenset(grammar.get("participles", [])),
        verb_final=bool(grammar.get("verb_final", False)),
        final_verbs=frozenset(grammar.get("final_verbs", [])),
        subordinators=frozenset(grammar.get("subordinators", [])),
        prepositions=frozenset(grammar.get("prepositions", [])),
        negations=frozenset(grammar.get("negations", [])),
        risk_verbs=frozenset(grammar.get("risk_verbs", [])),
        risk_infinitives=frozenset(grammar.get("risk_infinitives", [])),
        future_aux=frozenset(grammar.get("future_aux", [])),
        empty_speakers=frozenset(grammar.get("empty_speakers", [])),
        past_obligations=tuple(tuple(p.split()) for p in grammar.get("past_obligations", [])),
        rejection_words=frozenset(grammar.get("rejection_words", [])),
        negation_suffixes=tuple(grammar.get("negation_suffixes", [])),
        reciprocals=tuple(grammar.get("reciprocals", [])),
        clause_openers=frozenset(grammar.get("clause_openers", [])),
        staging_verbs=frozenset(grammar.get("staging_verbs", [])),
        mode_words={
            t: {w.lower(): mode for mode, ws in modes.items() for w in ws}
            for t, modes in data.get("mode_words", {}).items()
        },
        people={name: (c, r) for name, (c, r) in base.get("people", {}).items()},
        bodies=bodies,
        body_pattern=_body_pattern(bodies),
        home_bodies=dict(home.get("bodies", {})),
        home_pattern=_body_pattern(home.get("bodies", {})),
        home_countries=tuple(home.get("countries", [])),
        acts={k: _type_mode(v) for k, v in base.get("acts", {}).items()},
        stances={k: _type_mode(v) for k, v in base.get("stances", {}).items()},
        silent_acts=frozenset(base.get("silent_acts", [])),
    )


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    from claimgraph.extract.places import _geonames

    return frozenset((c["capital"], iso) for iso, c in _geonames().get_countries().items())


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class _ActorMention:
    start: int
    end: int
    actor: Actor
    site: bool = False  # a city or landmark standing for its country ("Moskou", "het Kremlin")
    place: bool = False  # a place name (not a demonym or a person)
    body: bool = False  # a national body named without its country ("het kabinet")


def _place_actor(place: Place, role: str = "") -> Actor | None:
    """A country, its capital or a landmark stands for the country's government."""
    code = iso3_codes().get(place.country, "")
    if not code:
        return None
    metonym = (
        "," in place.name  # a landmark ("Kremlin, Moscow")
        or (place.name, place.country) in _capitals()  # "Moskou" -> Moscow
        or place.geonames_id in _country_ids()
    )
    return Actor(code, role or "GOV", place.text) if metonym else None


@cache
def _country_ids() -> frozenset[int]:
    from claimgraph.extract.places import _geonames

    return frozenset(int(c["geonameid"]) for c in _geonames().get_countries().values())


def _actor_mentions(doc: Document, lex: _Lexicon, start: int, end: int) -> list[_ActorMention]:
    """Every actor mentioned in ``doc.text[start:end]``, in text order."""
    text, gaz = doc.text, load_gazetteer(lex.code)
    lang_people = _people_variants(lex.code)
    found: list[_ActorMention] = []
    for place in doc.places:
        if start <= place.span[0] and place.span[1] <= end:
            actor = _place_actor(place, _role_before(text, place.span[0], lex))
            if actor is not None:
                site = place.geonames_id not in _country_ids()
                found.append(_ActorMention(*place.span, actor, site, place=True))
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if word in gaz.demonyms:
            code = iso3_codes().get(gaz.demonyms[word], "")
            role_m = lex.role_pattern.match(text, m.end() + 1)
            role = lex.roles[role_m.group().lower()] if role_m else ""
            stop = role_m.end() if role_m else m.end()
            found.append(_ActorMention(m.start(), stop, Actor(code, role, text[m.start() : stop])))
    found += _home_bodies(doc, lex, start, end)
    for m in _name_pattern(lex.code).finditer(text, start, end):
        shown = lang_people[m.group().lower()]
        if person_key(shown) in lex.people:
            code, role = lex.people[person_key(shown)]
            found.append(_ActorMention(m.start(), m.end(), Actor(code, role, shown)))
    return _without_overlaps([m for m in found if not _in_timex(doc, m)])


def _home_bodies(doc: Document, lex: _Lexicon, start: int, end: int) -> list[_ActorMention]:
    """National bodies named without their country in ``doc.text[start:end]`` ("het kabinet",
    "het Openbaar Ministerie") as the bodies of the article's home country
    (:func:`_home_country`); none without one."""
    named = list(lex.home_pattern.finditer(doc.text, start, end))
    home = _home_country(doc, lex) if named else ""  # counted per call: only where one is named
    return [
        _ActorMention(*m.span(), Actor(home, lex.home_bodies[m.group()], m.group()), body=True)
        for m in (named if home else ())
    ]


def _in_timex(doc: Document, m: _ActorMention) -> bool:
    """Whether the mention lies in a temporal expression: "next Tuesday, May 9th" names no
    Theresa May."""
    return any(t.span[0] < m.end and m.start < t.span[1] for t in doc.timexes)


def _role_before(text: str, start: int, lex: _Lexicon) -> str:
    """The role of a role noun just before a place in its sentence, only articles and linking
    prepositions between ("het regime in Kiev" -> GOV; not "the House and the Senate to the
    White House", where the Senate is a party of its own, nor "... by Ukrainian forces.
    Moscow blamed")."""
    window = _CLAUSE_END.split(text[max(0, start - 30) : start])[-1]
    words = [w.lower() for w in _WORD.findall(window)][-3:]
    linked = [w for w in reversed(words) if w not in _ARTICLES and w not in lex.role_links]
    return lex.roles.get(linked[0], "") if linked else ""


def _without_overlaps(found: list[_ActorMention]) -> list[_ActorMention]:
    kept: list[_ActorMention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return kept


@cache
def _people_variants(code: str) -> dict[str, str]:
    from claimgraph.lang import load_lang

    return dict(load_lang(code).people)


@cache
def _name_pattern(code: str) -> re.Pattern[str]:
    variants = [v for v in _people_variants(code) if v[:1].isalpha()]
    return _phrases(variants)


def speaker_actor(doc: Document, att: Attribution, lex: _Lexicon) -> Actor | None:
    """The actor behind an attribution's speaker (a known person, country, body or demonym)."""
    if person_key(att.speaker) in lex.people:
        return Actor(*lex.people[person_key(att.speaker)], att.speaker)
    if att.speaker_span is not None:
        phrase = doc.surface(att.speaker_span)
        mentions = _actor_mentions(doc, lex, *att.speaker_span)
        if mentions:
            first = mentions[0].actor
            return Actor(first.code, _role_in(phrase, lex) or first.role, att.speaker)
        body = lex.body_pattern.search(phrase)
        if body is not None:  # "regeringspartij D66", "GroenLinks-Kamerlid Tom van der Lee"
            return Actor(*lex.bodies[body.group()], att.speaker)
    return None


def _home_country(doc: Document, lex: _Lexicon) -> str:
    """The country the article's places name most often, when it is one of the language's
    ``home_countries`` (Dutch news: the Netherlands or Flanders, whose bodies share their Dutch
    names); "" on a tie or for another country (a Brexit story's "Mays kabinet" next to
    "Brussel" is no Belgian body)."""
    named = Counter(iso3_codes().get(p.country, "") for p in doc.places).most_common(2)
    home, most = named[0] if named else ("", 0)
    unique = len(named) < 2 or named[1][1] < most
    return home if home in lex.home_countries and unique else ""


def _named(att: Attribution, lex: _Lexicon) -> Actor | None:
    """The speaker of a statement when no actor is found in its span: a country by its name
    ("Russia", a headline speaker without a place mention), else the speaker by name alone
    ("Kamerlid Jasper van Dijk"): the statement is still his, and statements of different
    speakers stay apart."""
    if not att.speaker:
        return None
    country = country_named(att.speaker, lex.code)
    code = iso3_codes().get(country.country, "") if country else ""
    return Actor(code, "GOV" if code else "", att.speaker)


def _role_in(phrase: str, lex: _Lexicon) -> str:
    m = lex.role_pattern.search(phrase)
    return lex.roles[m.group().lower()] if m else ""


# --------------------------------------------------------------------------- context


def sentences(text: str, lang: str = "", unwrap: bool = False) -> list[Span]:
    """Sentence spans by punctuation and line breaks (good enough to scope an event); a title's
    full stop ("Mr. Peskov", ``lang``'s abbreviations) ends none. ``unwrap`` (for hard-wrapped
    text, the briefing transcripts: the caller checks): neither does a line break in
    mid-sentence."""
    merged: list[Span] = []
    for m in _SENTENCE.finditer(text):
        span = m.span()
        if not m.group().strip():
            continue
        if merged and _runs_on(text, merged[-1], span[0], lang, unwrap):
            span = (merged.pop()[0], span[1])
        merged.append(span)
    return merged


def _runs_on(text: str, sentence: Span, next_start: int, lang: str, unwrap: bool) -> bool:
    """Whether ``sentence`` goes on at ``next_start``: it ends in an abbreviation, or (when
    ``unwrap``) in a line break that is no sentence end."""
    words = text[sentence[0] : sentence[1]].rsplit(None, 1)
    if words and words[-1].lower() in abbreviations(lang):
        return True
    ended = text[sentence[0] : sentence[1]].rstrip().endswith(_ENDINGS)
    return unwrap and text[sentence[1] : next_start].count("\n") == 1 and not ended


def _sentence_of(spans: list[Span], pos: int) -> Span:
    return next((s for s in spans if s[0] <= pos < s[1]), (pos, pos + 1))


def _nearest(items: list[Any], span: Span, pos: int, key: Any) -> Any:
    inside = [i for i in items if span[0] <= key(i)[0] and key(i)[1] <= span[1]]
    return min(inside, key=lambda i: abs(key(i)[0] - pos), default=None)


def _time(doc: Document, sentence: Span, pos: int, said: Span | None = None) -> dict[str, str]:
    """The Event fields ``time``/``time_basis``: the value of the nearest point timex of
    ``sentence`` that names a calendar time ("sentence"), else a "before/after now" of the
    event's clause (:func:`_relative_ref`, "clause"), else the article date ("published"):
    not a duration ("for five years"), not a bare "now" (PRESENT_REF), and for a statement
    whose content is ``said`` no time of its content later than the article date ("zij wil dat
    haar deal op 12 maart door het parlement komt", in an article of 27 February: the wish is
    not said on the day of the vote)."""
    points = [
        t for t in doc.timexes
        if t.type in _POINT_TYPES and _resolved(t.value)
        and not (said and _within(t.span, said) and _later(t.value, doc.date or ""))
    ]  # fmt: skip
    timex = _nearest(points, sentence, pos, lambda t: t.span)
    if timex is not None:
        return {"time": timex.value, "time_basis": "sentence"}
    relative = _relative_ref(doc, sentence, pos, said)
    if relative:
        return {"time": relative, "time_basis": "clause"}
    return {"time": doc.date, "time_basis": "published"} if doc.date else {}


def _relative_ref(doc: Document, sentence: Span, pos: int, said: Span | None) -> str:
    """PAST_REF or FUTURE_REF of a timex in the clause at ``pos`` ("Onlangs dreigde Trump",
    "Zo hebben we recent bekend gemaakt"): an event reported as some time before (after) the
    article, not on its day; not across a comma ("Werkgevers zeiden onlangs ..., maar dat
    ontkent CNV": the denial is of today), nor of a statement's content ``said`` ("Hij kondigde
    aan binnenkort met een mededeling te komen": the announcement is not still to come)."""
    refs = [
        t for t in doc.timexes
        if t.value in _RELATIVE_REFS
        and not (said and _within(t.span, said))
        and not _CLAUSE_BREAK.search(doc.text, *sorted((t.span[0], pos)))
    ]  # fmt: skip
    timex = _nearest(refs, sentence, pos, lambda t: t.span)
    return timex.value if timex is not None else ""


_CALENDAR = re.compile(r"\d{4}(?:-\d\d){0,2}")


def _later(value: str, date: str) -> bool:
    """Whether the calendar value lies after ``date`` at their common precision ("2019-03-12"
    after "2019-02-27"; not "2023-W18", a week, nor "2023-05" after "2023-05-03")."""
    v, d = _CALENDAR.match(value), _CALENDAR.match(date)
    if v is None or d is None:
        return False
    n = min(len(v.group()), len(d.group()))
    return v.group()[:n] > d.group()[:n]


def _resolved(value: str) -> bool:
    """A TimeML value anchored in the calendar ("2023-05-03", "2023-W18"), not "PRESENT_REF"
    or an unresolved "XXXX-05-03"."""
    return value[:4].isdigit()


def _place(
    doc: Document, lex: _Lexicon, sentence: Span, pos: int, *skip: Span | None
) -> dict[str, Any]:
    """The Event fields ``place``/``place_id`` of the nearest place in ``sentence`` that is no
    one's origin ("een man uit Markelo ... aangehouden": not where he was arrested)."""
    places = [
        p for p in doc.places
        if not any(s and _within(p.span, s) for s in skip) and not _origin(doc.text, lex, p)
    ]  # fmt: skip
    place = _nearest(places, sentence, pos, lambda p: p.span)
    return {"place": place.name, "place_id": place.geonames_id} if place else {}


def _origin(text: str, lex: _Lexicon, place: Place) -> bool:
    """Whether an origin preposition stands right before ``place`` ("uit Markelo")."""
    return _origin_at(text, lex, place.span[0])


def _origin_at(text: str, lex: _Lexicon, start: int) -> bool:
    """Whether an origin preposition stands right before ``start`` ("de post uit Pyongyang")."""
    before = _word_gap(text, max(0, start - 12), start)
    return bool(before) and before[-1] in lex.origin_preps


def _within(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


# --------------------------------------------------------------------------- events


def _statement_event(
    doc: Document, att: Attribution, lex: _Lexicon, sents: list[Span], claims: list[Span]
) -> Event | None:
    """The event an attribution is by its act or stance; ``claims``: the sentences of the text
    unwrapped (a statement's target comes from its content's first sentence)."""
    if att.act in lex.silent_acts:
        return None  # a question ("Q  ... these allegations are a lie. And I wonder if ...")
    if att.speaker.strip().lower() in lex.empty_speakers:
        return None  # an article or numeral names no one ("volgens een strikte uitleg")
    if att.cue_span and _risk_reading(doc.text, lex, att.cue_span):
        return None  # "Akzo dreigde te verdwijnen": about to happen, no threat
    stance = att.stance if att.stance != "deny" or _denies(doc, lex, att) else "assert"
    type_mode = lex.stances.get(stance) or lex.acts.get(att.act)
    if type_mode is None:
        return None
    etype, mode = type_mode
    if etype == _DEMAND and contains_any(_words_of(att.content(doc.text)), lex.past_obligations):
        return None  # "vindt dat Huys de mismatch zelf had moeten aankaarten": asks nothing
    anchor = att.cue_span or att.speaker_span or att.content_span
    sentence = _sentence_of(sents, anchor[0])
    source = speaker_actor(doc, att, lex) or _named(att, lex)
    targets = [
        m for m in _actor_mentions(doc, lex, *_first_sentence(att.content_span, claims))
        if (source is None or m.actor.key != source.key) and not _origin_at(doc.text, lex, m.start)
    ]  # fmt: skip
    if att.cue_span and _reciprocal(doc.text, lex, att.cue_span[1]):
        targets = []  # "Kyiv and Moscow blamed each other": both are the source
    content_mode = _content_mode(doc, att, lex, etype)
    spans = [s for s in (att.speaker_span, att.cue_span, att.content_span) if s is not None]
    return Event(
        trigger=doc.surface(att.cue_span) or att.cue or doc.surface(anchor),
        trigger_span=anchor,
        type=etype,
        mode=mode or content_mode,
        **_party("source", source),
        **_party("target", targets[0].actor if targets else None),
        **_time(doc, sentence, anchor[0], att.content_span),
        **_place(doc, lex, sentence, anchor[0], att.content_span, att.speaker_span),
        attribution=att.id,
        span=(min(s[0] for s in spans), max(s[1] for s in spans)),
    )


_TOKEN = re.compile(r"\w+|[^\w\s]")
_DEMAND = "DEMAND"


def _words_of(text: str) -> list[str]:
    """Lower-case words and punctuation marks of ``text``, as the stance rules read them."""
    return _TOKEN.findall(text.lower())


def _denies(doc: Document, lex: _Lexicon, att: Attribution) -> bool:
    """Whether a deny attribution rejects a claim: by its cue, a denial phrase or a negated cue
    (:func:`claimgraph.extract.stance.denial_beyond_negation`), or by one of the language's
    ``rejection_words`` in its content's first clause ("We vallen Poetin of Moskou niet aan",
    "Maar nooit aan Noord-Korea"); a negation in its content alone makes a negated claim
    ("Niemand raakte gewond, aldus de politie"), no rejection. A language without such words
    keeps every deny attribution a rejection."""
    if not lex.rejection_words:
        return True
    first = _CLAUSE_BREAK.split(att.content(doc.text).lower())[0]
    if set(_word_gap(first, 0, len(first))) & lex.rejection_words:
        return True
    content = _words_of(att.content(doc.text))
    return denial_beyond_negation(att.cue.lower().split(), content, load_lang(doc.lang))


def _reciprocal(text: str, lex: _Lexicon, pos: int) -> bool:
    """Whether a reciprocal pronoun follows ``pos`` ("blamed each other"): the parties act on
    one another, so none of them is the target."""
    rest = " ".join(_word_gap(text, pos, pos + 40)[:3])
    return any(rest == r or rest.startswith(r + " ") for r in lex.reciprocals)


def _first_sentence(content: Span, sents: list[Span]) -> Span:
    """The content's first sentence: a statement's target is the party its claim is about,
    not a party of a later sentence of a long briefing answer ("... get them over to Beijing").
    """
    return _clip(_sentence_of(sents, content[0]), content)


def _content_mode(doc: Document, att: Attribution, lex: _Lexicon, etype: str) -> str:
    """The mode a trigger of the same type in the content gives ("dreigt met vergelding")."""
    for m in lex.trigger_pattern.finditer(doc.text, *att.content_span):
        trig = lex.triggers[m.group().lower()]
        if trig.type == etype and trig.mode:
            return trig.mode
    return ""


def _innermost(atts: list[Attribution], span: Span) -> Attribution | None:
    holding = [a for a in atts if _within(span, a.content_span)]
    return min(holding, key=lambda a: a.content_span[1] - a.content_span[0], default=None)


def _word_gap(text: str, start: int, end: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, start, end)] if start < end else []


_AGENT, _TARGET, _LEFTOVER, _NONE = "agent", "target", "leftover", ""
_ASSAULT = "ASSAULT"  # the type whose verbs (``patient_verbs``) take its victim as object
_VICTIM_TYPES = (_ASSAULT, "THREATEN")  # types whose target the victim is ("threatened to kill")


def _role_of(
    text: str, lex: _Lexicon, trig: Span, etype: str, m: _ActorMention, others: list[Span]
) -> str:
    """What the actor mention ``m`` is to the ``etype`` trigger at ``trig``: agent, target, a
    leftover (either, by position), or nothing (a reporter, a place, a party of another clause).
    """
    before = _words_before(text, m)
    after = _word_gap(text, m.end, m.end + 90)[:_PATIENT_WINDOW]
    between = _word_gap(text, trig[0], m.start)[1:]  # the trigger's own "op" counts
    lo, hi = sorted((m.start, trig[0]))
    follows = m.start >= trig[1]
    if after[:1] and after[0] in lex.reporter_words:  # "de door de Russen gesignaleerde"
        return _NONE
    if not follows and _responds(after, lex):  # "Mr. Putin reacts to this alleged drone attack"
        return _NONE
    if any(lo <= o[0] and o[1] <= hi for o in others):
        return _NONE
    if text.startswith(lex.possessive_marks, m.end) and not _owns(text, lex, m, trig, before):
        return _NONE  # "Russia's messaging ... past explosions": the possessor of another noun
    near = len(between) <= _TARGET_WINDOW
    if follows and near and set(between) & lex.target_preps:
        return _TARGET
    if follows and set(between) & lex.clause_words:
        return _NONE  # "the attack, but were disabled by Russian defences": another clause
    if before and before[-1] in lex.agent_preps:
        return _AGENT if near or not follows else _NONE  # not "... counteroffensive by"
    if _after_patient_verb(before, lex):  # "to kill President Putin": the victim
        return _TARGET if etype in _VICTIM_TYPES else _NONE  # not the accuser of "accusation"
    if lex.patient_words & set(after):  # "Americans held hostage"
        return _TARGET
    at_place = _at_place(text, lex, m, before)
    if at_place and m.place:
        return _NONE  # "is in Spanje veroordeeld": where, even right before the trigger
    if m.end == trig[0] - 1 or m.end == trig[0]:  # "Russische beschuldiging"
        site_hit = m.site and etype == _ASSAULT  # "Kremlin drone attack", not "Kyiv denied"
        victim_first = text[trig[0] : trig[1]].lower() in lex.victim_first
        patient = site_hit or victim_first or _reduced_passive(text, lex, trig)
        return _TARGET if patient else _AGENT  # "a Putin assassination attempt"
    return _NONE if at_place else _LEFTOVER  # "a drone attack in Moscow": where, not whom


def _at_place(text: str, lex: _Lexicon, m: _ActorMention, before: list[str]) -> bool:
    """Whether a place preposition stands before the mention, a demonym and a place noun may
    sit between ("in Moscow", "in de Finse hoofdstad Helsinki"), and the mention is no
    possessor ("in Ukraine's spring offensive": the offensive is Ukraine's)."""
    demonyms = load_gazetteer(lex.code).demonyms
    words = list(before)
    while words and words[-1] in lex.place_nouns:
        words.pop()  # "hoofdstad", "capital city"
        if words and words[-1].capitalize() in demonyms:
            words.pop()  # "Finse", "Ukrainian"
    placed = bool(words) and words[-1] in lex.place_preps
    return placed and not text.startswith(lex.possessive_marks, m.end)


def _responds(after: list[str], lex: _Lexicon) -> bool:
    """Whether the words ``after`` an actor open a response to something ("reacts to",
    "responded to"): the actor responds to the trigger that follows, it is none of its parties."""
    return any(tuple(after[: len(phrase)]) == phrase for phrase in lex.response_words)


def _owns(text: str, lex: _Lexicon, m: _ActorMention, trig: Span, before: list[str]) -> bool:
    """Whether the possessor ``m`` ("Ukraine's") is a party of the trigger, not of its own
    noun: before the trigger, the trigger ends its noun phrase a few words on, no preposition
    between ("Ukraine's spring offensive", not "Russia's claim of Ukraine drone attack"), or
    the trigger is passive (the owner of its patient: "Saudi Arabia's state-owned Saudi Aramco
    were hit by multiple drone strikes"); after it, its phrase is the trigger's object or agent
    phrase ("attack on Putin's residence", "to attack the Kremlin's residence", not "the attack
    ... with Washington's support")."""
    if m.start >= trig[1]:
        words, heads = _untitled(before, lex), lex.target_preps | lex.agent_preps
        return bool(words) and (words[-1] in heads or _after_patient_verb(before, lex))
    words = _word_gap(text, m.end, trig[0])[1:]  # the possessive "s" first
    own_phrase = len(words) < _POSSESSED_WINDOW and not set(words) & lex.prepositions
    return own_phrase or _is_passive(text, lex, trig)


def _reduced_passive(text: str, lex: _Lexicon, trig: Span) -> bool:
    """A past participle with no object, right after its noun: the noun is its patient
    ("two dozen Ukrainians killed, some of them shopping"; "Russia attacked Ukraine" has one)."""
    if text[trig[0] : trig[1]].lower() not in lex.participles:
        return False
    rest = text[trig[1] : trig[1] + 30].lstrip()
    following = _WORD.match(rest)
    return following is None or following.group().lower() in lex.prepositions


def _after_patient_verb(before: list[str], lex: _Lexicon) -> bool:
    """Whether the words ``before`` an actor end in a verb that takes it as object, a title
    between them ("to kill President Putin", "to attack the Kremlin")."""
    words = _untitled(before, lex)
    return any(tuple(words[-len(verb) :]) == verb for verb in lex.patient_verbs)


def _untitled(before: list[str], lex: _Lexicon) -> list[str]:
    """The words before an actor without its title ("on President Putin's life": "on")."""
    return before[:-1] if before and before[-1] in lex.roles else before


def _roles(
    text: str,
    lex: _Lexicon,
    trig: tuple[Span, str],
    actors: list[_ActorMention],
    others: list[Span],
) -> tuple[_ActorMention | None, _ActorMention | None]:
    """(agent, target) among ``actors`` around the trigger (span, type) ``trig``, by the words
    around each (:func:`_role_of`).

    ``others``: the spans of other triggers; an actor beyond one of them belongs to it. A
    passive trigger ("who have been killed", "hit by drone strikes") makes an actor before it
    its target, and one party is never both agent and target: the agent gives way to a target
    of the same key (country and role: "Russia" and "the Kremlin" are one side).
    """
    span, etype = trig
    found: dict[str, list[_ActorMention]] = {_AGENT: [], _TARGET: [], _LEFTOVER: [], _NONE: []}
    for m in actors:
        found[_role_of(text, lex, span, etype, m, others)].append(m)

    def near(ms: list[_ActorMention]) -> _ActorMention | None:
        return min(ms, key=lambda m: abs(m.start - span[0]), default=None)

    agent, target = near([m for m in found[_AGENT] if not m.body]), near(found[_TARGET])
    if agent is not None and target is not None and agent.actor.key == target.actor.key:
        agent = None  # "an accusation from Russia ... drone strike on the Kremlin"
    leftovers = [m for m in found[_LEFTOVER] if m not in (agent, target)]
    earlier = [m for m in leftovers if m.end <= span[0]]
    if _is_passive(text, lex, span):
        own = [m for m in earlier if not _clause_between(text, lex, m, span)]
        target = target or near(own)
        leftovers = [m for m in leftovers if m not in earlier]  # the subject or nothing
        earlier = []
    if _reciprocal(text, lex, span[1]):
        target = None  # "blamed each other"
    if agent is None:
        agent = near(
            [
                m
                for m in earlier
                if not m.body and (target is None or m.actor.key != target.actor.key)
            ]
        )
    leftovers = [m for m in leftovers if not (m.body and m in earlier)]
    if target is None:
        target = near([m for m in leftovers if agent is None or m.actor.key != agent.actor.key])
    pair = _middle_field(text, lex, span, actors)
    if pair is not None:  # "heeft Rusland Oekraïne opnieuw aangevallen": subject, then object
        agent, target = pair
    stager = _stager(text, lex, span[0], actors)
    if stager is not None:  # "Russia staged a drone attack on the Kremlin": a false flag
        agent, target = stager, (None if target is stager else target)
    return agent, target


def _middle_field(
    text: str, lex: _Lexicon, trig: Span, actors: list[_ActorMention]
) -> tuple[_ActorMention, _ActorMention] | None:
    """(subject, object) of a clause-final active verb trigger with two bare noun phrases
    before it in its clause: Dutch puts the subject before the object in the middle field of a
    subordinate clause or of a main clause with a finite auxiliary ("dat Rusland Oekraïne
    opnieuw heeft aangevallen", "heeft Rusland Oekraïne aangevallen"), where nearness would take
    the object for the agent. None for a language without that order (grammar ``verb_final``),
    a noun or passive trigger, or another number of phrases.
    """
    if not lex.verb_final or not _verb_trigger(text, lex, trig) or _is_passive(text, lex, trig):
        return None
    bare = [
        m for m in actors
        if m.end <= trig[0] and _noun_phrase(m) and not _after_preposition(text, lex, m)
        and not _clause_cut(text, lex, m.end, trig[0])
    ]  # fmt: skip
    if len(bare) != 2 or bare[0].actor.key == bare[1].actor.key:
        return None
    return bare[0], bare[1]


def _verb_trigger(text: str, lex: _Lexicon, trig: Span) -> bool:
    """Whether the trigger is a clause-final verb form (a participle or one of ``final_verbs``)."""
    return text[trig[0] : trig[1]].lower() in lex.participles | lex.final_verbs


def _noun_phrase(m: _ActorMention) -> bool:
    """A place, a body, a known person or a demonym with its role noun ("het Russische
    leger"), not a bare demonym, which is an adjective ("Palestijnse aanvallen")."""
    return m.place or m.body or bool(m.actor.role)


def _after_preposition(text: str, lex: _Lexicon, m: _ActorMention) -> bool:
    """Whether a preposition heads the mention's phrase ("in Moskou", "door Rusland")."""
    before = _words_before(text, m)
    return bool(before) and before[-1] in lex.prepositions


def _words_before(text: str, m: _ActorMention) -> list[str]:
    """The few words before an actor mention, articles left out."""
    return [w for w in _word_gap(text, max(0, m.start - 25), m.start) if w not in _ARTICLES]


def _clause_cut(text: str, lex: _Lexicon, start: int, end: int) -> bool:
    """Whether a punctuation mark, a coordinator or a subordinator stands between ``start``
    and ``end``: the words before it belong to another clause or phrase."""
    if _CLAUSE_BREAK.search(text, start, end):
        return True
    return bool(set(_word_gap(text, start, end)) & (lex.clause_words | lex.subordinators))


def _stager(
    text: str, lex: _Lexicon, trig_start: int, actors: list[_ActorMention]
) -> _ActorMention | None:
    """The subject of a staging verb right before the trigger ("Russia staged a drone attack",
    "accused the Kremlin of staging the drone explosion"): the agent even of the attacked side's
    own key, as a false flag has it. None without such a verb or an actor right before it."""
    window = text[max(0, trig_start - 40) : trig_start]
    verbs = [m for m in _WORD.finditer(window) if m.group().lower() in lex.staging_verbs]
    if not verbs or len(_WORD.findall(window, verbs[-1].end())) > _STAGED_WINDOW:
        return None
    verb_start = max(0, trig_start - 40) + verbs[-1].start()
    before = [m for m in actors if m.end <= verb_start]
    subject = before[-1] if before else None
    near = subject is not None and len(_word_gap(text, subject.end, verb_start)) <= _STAGED_WINDOW
    return subject if near else None


def _clause_between(text: str, lex: _Lexicon, m: _ActorMention, trig: Span) -> bool:
    """Whether the passive trigger's own clause opens after ``m`` (a subject pronoun or a
    subordinating conjunction between them): ``m`` is a word of another clause ("reaching the
    Kremlin before they were shot down")."""
    return bool(set(_word_gap(text, m.end, trig[0])) & lex.clause_openers)


def _is_passive(text: str, lex: _Lexicon, trig: Span) -> bool:
    """A trigger right after a passive auxiliary ("have been killed"), or the agent phrase of
    a passive ("were hit by multiple drone strikes")."""
    words = _word_gap(text, max(0, trig[0] - 30), trig[0])
    heads = [w for w in words if w not in _ARTICLES]  # "by a pair of drones", not "was a"
    return bool(words) and (
        words[-1] in lex.passive_aux
        or bool(set(heads[-2:]) & lex.passive_preps)
        or _far_passive(text, lex, trig)
    )


def _far_passive(text: str, lex: _Lexicon, trig: Span) -> bool:
    """A participle whose passive auxiliary stands further back in its clause, as Dutch puts
    it ("is in Spanje veroordeeld", "werd A. zomer vorig jaar aangehouden"): one of
    ``far_passive_aux`` within ``passive_reach`` words, no clause word or active auxiliary
    ("heeft zijn buurland aangevallen") between."""
    if not lex.far_passive_aux or text[trig[0] : trig[1]].lower() not in lex.participles:
        return False
    clause = _CLAUSE_END.split(text[max(0, trig[0] - 80) : trig[0]])[-1]
    for word in reversed(_word_gap(clause, 0, len(clause))[-lex.passive_reach :]):
        if word in lex.clause_words or word in lex.active_aux:
            return False
        if word in lex.far_passive_aux:
            return True
    return False


def _trigger_events(
    doc: Document, lex: _Lexicon, sents: list[Span], statements: list[Event]
) -> list[Event]:
    cue_spans = [a.cue_span for a in doc.attributions if a.cue_span]
    speaker_spans = [a.speaker_span for a in doc.attributions if a.speaker_span]
    stated = {(e.attribution, e.type) for e in statements}
    events: list[Event] = []
    for m in lex.trigger_pattern.finditer(doc.text):
        span = m.span()
        if any(_within(span, s) for s in cue_spans + speaker_spans):
            continue
        if _negated(doc.text, lex, span) or _risk_reading(doc.text, lex, span):
            continue  # what did not happen, or is only about to
        if _future(doc.text, lex, span):
            continue  # "ook al zullen ze op Schiphol direct worden opgepakt": not yet
        trig = lex.triggers[m.group().lower()]
        mode = trig.mode or _mode_after(doc.text, span, trig.type, lex)
        att = _innermost(doc.attributions, span)
        att_id = att.id if att else ""
        if (att_id, trig.type) in stated:
            continue
        sentence = _sentence_of(sents, span[0])
        scope = _clip(sentence, att.content_span) if att else sentence
        actors = [
            a for a in _actor_mentions(doc, lex, *scope)
            if att is not None or not _in_any_content(doc, (a.start, a.end))
        ]  # fmt: skip
        others = [o.span() for o in lex.trigger_pattern.finditer(doc.text, *sentence)]
        agent, target = _roles(
            doc.text, lex, (span, trig.type), actors, [o for o in others if o != span]
        )
        place_skip = (agent.start, agent.end) if agent else None
        events.append(
            Event(
                trigger=m.group(),
                trigger_span=span,
                type=trig.type,
                mode=mode,
                **_party("source", agent.actor if agent else None),
                **_party("target", target.actor if target else None),
                **_time(doc, sentence, span[0]),
                **_place(doc, lex, scope, span[0], place_skip),
                attribution=att_id,
                span=scope,
            )
        )
    return _merge_in_sentence(events, sents)


def _negated(text: str, lex: _Lexicon, trig: Span) -> bool:
    """A trigger right after a negation ("We're not investigating it", "We don't attack Putin
    or Moscow", "geen vergelding"): what did not happen is no event. A preposition between
    gives the negation to another phrase ("schuwen geweld niet (bij demonstraties")."""
    words = _word_gap(text, max(0, trig[0] - 30), trig[0])[-_NEGATION_WINDOW:]
    for i, w in enumerate(words):
        if w in lex.negations or w.endswith(lex.negation_suffixes):
            return not set(words[i + 1 :]) & lex.prepositions
    return False


def _future(text: str, lex: _Lexicon, trig: Span) -> bool:
    """Whether a future auxiliary (``future_aux``) governs the trigger: one stands before it in
    its clause with no subordinator or clause word between, nor a preposition before a noun
    trigger ("zullen ze op Schiphol direct worden opgepakt", "zal het protest toenemen"; not "al
    zal dat na zijn gesprek met deze krant veranderen": the noun of a phrase of its own)."""
    if not lex.future_aux:
        return False
    clause = _CLAUSE_BREAK.split(text[max(0, trig[0] - 80) : trig[0]])[-1]
    stops = lex.subordinators | lex.clause_words
    if not _verb_trigger(text, lex, trig):
        stops |= lex.prepositions  # a noun trigger after a preposition is no predicate
    for word in reversed(_word_gap(clause, 0, len(clause))):
        if word in lex.future_aux:
            return True
        if word in stops:
            return False
    return False


def _risk_reading(text: str, lex: _Lexicon, trig: Span) -> bool:
    """A threat verb that says what is about to happen ("Akzo dreigde te verdwijnen", "vluchten
    die dreigen te worden overgeheveld"): one of the language's ``risk_infinitives`` after "te"
    in the verb's clause. With another infinitive it is a threat ("dreigde zijn buren in elkaar
    te slaan")."""
    if not set(_word_gap(text, *trig)) & lex.risk_verbs:
        return False
    clause = _CLAUSE_BREAK.split(text[trig[1] : trig[1] + 160], maxsplit=1)[0]
    words = [w.lower() for w in _WORD.findall(clause)][:_RISK_WINDOW]
    return any(w == "te" and nxt in lex.risk_infinitives for w, nxt in pairwise(words))


def _mode_after(text: str, span: Span, etype: str, lex: _Lexicon) -> str:
    """A mode from the words right after a bare trigger ("aanval met twee drones")."""
    words = lex.mode_words.get(etype, {})
    following = _word_gap(text, span[1], span[1] + 40)[:_MODE_WINDOW]
    return next((words[w] for w in following if w in words), "")


def _clip(a: Span, b: Span) -> Span:
    return (max(a[0], b[0]), min(a[1], b[1]))


def _in_any_content(doc: Document, span: Span) -> bool:
    return any(_within(span, a.content_span) for a in doc.attributions)


def _merge_in_sentence(events: list[Event], sents: list[Span]) -> list[Event]:
    """One event per type, sentence and attribution: "explodeert ... aanval" is one ASSAULT."""
    merged: dict[tuple[Span, str, str], Event] = {}
    for ev in events:
        key = (_sentence_of(sents, ev.trigger_span[0]), ev.type, ev.attribution)
        first = merged.get(key)
        merged[key] = ev if first is None else _fold(first, ev, ())
    return list(merged.values())


def _richness(e: Event) -> int:
    return sum(map(bool, (e.source_actor, e.target_actor, e.place)))


def _fold(first: Event, second: Event, vague_times: tuple[str, ...]) -> Event:
    """One event from two mentions: the richer one, its blanks filled from the other."""
    keep, other = (second, first) if _richness(second) > _richness(first) else (first, second)
    for side in _SIDES:
        if _party_of(keep, side) is None:
            for name, value in _party(side, _party_of(other, side)).items():
                setattr(keep, name, value)
    if not keep.place:
        keep.place, keep.place_id = other.place, other.place_id
    keep.mode = keep.mode or other.mode
    keep.attribution = keep.attribution or other.attribution
    if keep.time in vague_times and other.time not in vague_times:
        keep.time, keep.time_basis = other.time, other.time_basis
    return keep


_NEEDS_TARGET = ("ACCUSE", "THREATEN")


def _alleged_parties(doc: Document, lex: _Lexicon, events: list[Event], sents: list[Span]) -> None:
    """Fill gaps with the party a source accuses elsewhere in the article.

    An attributed ASSAULT without agent gets it as alleged agent; an accusation or threat
    without target gets it as target ("waarschuwden voor tegenmaatregelen" -> against Kiev).
    """
    by_id = {a.id: a for a in doc.attributions}
    accused = _accused_of_attacks(doc, events, sents)
    for ev in events:
        att = by_id.get(ev.attribution)
        speaker = speaker_actor(doc, att, lex) if att is not None else None
        if speaker is None or speaker.key not in accused:
            continue
        has_source, target = _party_of(ev, "source") is not None, _party_of(ev, "target")
        alleged = accused[speaker.key]
        if (
            ev.type == "ASSAULT"
            and not has_source
            and (target is None or target.key != alleged.key)
        ):
            _set_party(ev, "source", alleged)  # not the attacked side itself
        elif ev.type in _NEEDS_TARGET and has_source and target is None:
            _set_party(ev, "target", alleged)


def _accused_of_attacks(
    doc: Document, events: list[Event], sents: list[Span]
) -> dict[tuple[str, str], Actor]:
    """The party each accuser (by key) accuses of an attack: the first accusation whose target
    is named in a sentence of the accusation that reports an attack ("wees met beschuldigende
    vinger naar het regime in Kiev" next to "een aanval met twee drones"), not a party named
    anywhere in a long briefing turn that also mentions an attack."""
    attacks = {_sentence_of(sents, e.trigger_span[0]) for e in events if e.type == "ASSAULT"}
    accused: dict[tuple[str, str], Actor] = {}
    for ev in events:
        source, target = _party_of(ev, "source"), _party_of(ev, "target")
        if ev.type != "ACCUSE" or source is None or target is None:
            continue
        named = (target.name in doc.text[s[0] : s[1]] for s in attacks if _overlap(s, ev.span))
        if any(named):
            accused.setdefault(source.key, target)
    return accused


def _set_party(event: Event, side: str, actor: Actor | None) -> None:
    for name, value in _party(side, actor).items():
        setattr(event, name, value)


# --------------------------------------------------------------------------- duplicates


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _fits(a: str | int, b: str | int, blanks: tuple[str | int, ...] = ("", 0)) -> bool:
    """Equal, or one of them says nothing (blank)."""
    return a == b or a in blanks or b in blanks


def _party_key(event: Event, side: str) -> tuple[str, str] | str:
    """One side's party, blank for none: by country and role, by name for a speaker known by
    name alone ("Leon de Jong")."""
    actor = _party_of(event, side)
    return "" if actor is None else actor.key if actor.code else actor.name


def _compatible(a: Event, b: Event, vague_times: tuple[str, ...]) -> bool:
    """Same type, and nothing that tells them apart: mode, place, time, parties."""
    return (
        a.type == b.type
        and _fits(a.mode, b.mode)
        and _fits(a.place, b.place)
        and _fits(a.time, b.time, vague_times)
        and all(_fits(_party_key(a, s), _party_key(b, s)) for s in _SIDES)
    )


def _adds_nothing(event: Event, other: Event, vague_times: tuple[str, ...]) -> bool:
    """Whether ``event`` says no more than ``other``: mode, place and time blank or the same.

    A bare "de explosie" after "een nachtelijke aanval op het Kremlin" adds nothing.
    """
    return (
        event.type == other.type
        and event.mode in ("", other.mode)
        and event.place in ("", other.place)
        and (event.time in vague_times or event.time == other.time)
    )


def _same_event(a: Event, b: Event, vague_times: tuple[str, ...]) -> bool:
    """Two mentions of one event: same scope (overlapping spans or one claim) or same facts."""
    if not _compatible(a, b, vague_times):
        return False
    if _overlap(a.span, b.span):
        return True
    if a.attribution != b.attribution:
        return False
    return bool(a.attribution) or (_has_actor(a) and _facts(a) == _facts(b))


def _has_actor(event: Event) -> bool:
    return any(_party_of(event, side) is not None for side in _SIDES)


def _facts(event: Event) -> tuple[str | int | tuple[str, str], ...]:
    return (event.type, event.mode, *(_party_key(event, s) for s in _SIDES), event.place)


def merge_duplicates(events: list[Event], date: str | None = None) -> list[Event]:
    """One event per happening: merge mentions of one event, drop actorless repeats.

    ``date`` is the article date, the time an event gets when its sentence has no timex: it
    does not tell two events apart, nor does a "some time before/after" (PAST_REF, FUTURE_REF).
    """
    vague = ("", date or "", *sorted(_RELATIVE_REFS))
    kept: list[Event] = []
    for ev in sorted(events, key=lambda e: e.trigger_span):
        index = next((i for i, k in enumerate(kept) if _same_event(k, ev, vague)), None)
        if index is None:
            kept.append(ev)
        else:
            kept[index] = _fold(kept[index], ev, vague)
    distinct = [
        ev for ev in kept
        if _has_actor(ev) or not any(_has_actor(o) and _adds_nothing(ev, o, vague) for o in kept)
    ]  # fmt: skip
    return sorted(distinct, key=lambda e: e.trigger_span)


def extract_events(doc: Document) -> list[Event]:
    """PLOVER events of an annotated Document (attributions, timexes and places filled)."""
    if not has_lang_file(doc.lang, EVENTS_FILE):
        return []  # a language without event data yet
    lex = load_event_lexicon(doc.lang)
    sents = sentences(doc.text, doc.lang)
    claims = sentences(doc.text, doc.lang, unwrap=True) if hard_wrapped(doc.text) else sents
    statements = [
        e for a in doc.attributions
        if (e := _statement_event(doc, a, lex, sents, claims)) is not None
    ]  # fmt: skip
    events = statements + _trigger_events(doc, lex, sents, statements)
    _alleged_parties(doc, lex, events, sents)
    return merge_duplicates(events, doc.date)
