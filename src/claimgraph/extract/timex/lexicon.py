"""A language's timex data, compiled: ``load_timex_lexicon`` reads ``lang/<code>/timex.toml`` into a
``_Lexicon``: the word tables (months, weekdays, number words and spelled-out years, units ...),
each handler's compiled patterns with their gates and starts, the modifier and exclusion patterns,
and the tense settings (``_VerbTenses`` for ``[tense.parse]``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from claimgraph.errors import ConfigError
from claimgraph.extract.timex.gates import (
    _class_gates,
    _class_starts,
    _Exclude,
    _exclude,
    _Starts,
    _template_gate,
    _template_starts,
)
from claimgraph.extract.timex.patterns import (
    _alternation,
    _class_regexes,
    _compile_template,
    _month_abbreviations,
    _norm,
)

LANG_DIR = Path(__file__).resolve().parents[2] / "lang"


_TABLE_CLASSES = (
    "month", "weekday", "season", "daypart", "ordinal", "unit", "units", "unit_long", "rel",
    "weekend", "day_deixis", "day_part_deixis", "ref", "set_word", "every", "vague", "decade",
    "meridiem", "report_rel", "ref_units", "clock_word", "anaphor_rel", "half_ordinal",
    "century_ordinal", "weekday_plural", "daypart_plural", "holiday",
)  # fmt: skip


@dataclass(frozen=True)
class _VerbTenses:
    """How a language's parse shows tense (``[tense.parse]``): auxiliaries, and the tense
    (-1 past, 1 future, 0 undecided) of each verb-group form named in ``_verb_group_form``."""

    future_aux: frozenset[str]
    perfect_aux: frozenset[str]
    forms: dict[str, int]
    cue_window: int = 0  # a tense word this close to the expression outranks the verb
    # Relations under which an infinitive keeps its own tense ("set to resume Monday"); under
    # others (purpose: "to mark ... on Friday") it takes the tense of the verb above it.
    infinitive_relations: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()  # "to"
    # Forms that outrank the tense words next to the expression ("had been due to expire
    # Friday": the deadline lay before a past time, whatever "due" and "expire" say).
    decisive_forms: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Lexicon:
    code: str
    tables: dict[str, dict[str, Any]]
    patterns: list[tuple[str, re.Pattern[str]]]
    gates: list[tuple[frozenset[str], ...]]
    starts: list[_Starts | None]
    excludes: list[_Exclude]
    mod_prefix: re.Pattern[str]
    approx_prefix: re.Pattern[str]
    month_class: re.Pattern[str]
    past: frozenset[str]
    future: frozenset[str]
    tense_window: int
    past_suffixes: tuple[str, ...]
    date_order: str
    capitalised: frozenset[str]
    ed_blockers: frozenset[str] = frozenset()
    unmarked_year: str = "nearest"
    unmarked_weekday: str = "nearest"
    tense_grace: int = 0
    untensed_after: tuple[str, ...] = ()
    report_context: re.Pattern[str] | None = None
    named_quarter: re.Pattern[str] | None = None  # groups: fiscal (the marker), ordinal
    no_approx_before: re.Pattern[str] = re.compile(r"(?!x)x")
    duration_units: dict[str, str] = field(default_factory=dict)
    mixed_fractions: bool = False
    verb_tenses: _VerbTenses | None = None
    rate_after: tuple[tuple[str, str], ...] = ()  # (UD part of speech, feature or "")
    month_abbreviations: frozenset[str] = frozenset()
    parsed_past: bool = False
    parsed_past_blockers: frozenset[str] = frozenset()

    def value(self, cls: str, word: str) -> Any:
        table, key = self.tables[cls], _norm(word)
        return table[key] if key in table else table[key.rstrip(".")]


_VERB_GROUP_FORMS = (
    "modal_future", "past", "past_perfect", "present_perfect", "present", "modal",
    "past_participle", "infinitive", "nonfinite",
)  # fmt: skip


def _numbers(data: dict[str, Any]) -> dict[str, float]:
    """Number words, with the compounds (21..99) the language's template builds."""
    numbers = {_norm(k): v for k, v in data.get("number", {}).items()}
    compound = data.get("number_compound")
    if compound:
        units = {w: v for w, v in numbers.items() if isinstance(v, int) and 1 <= v <= 9}
        tens = {w: v for w, v in numbers.items() if isinstance(v, int) and v in range(20, 100, 10)}
        for joiner in compound.get("joiners", [""]):
            for uw, uv in units.items():
                for tw, tv in tens.items():
                    word = compound["template"].format(unit=uw, joiner=joiner, ten=tw)
                    numbers[_norm(word)] = tv + uv
    return numbers


def _year_words(data: dict[str, Any], numbers: dict[str, float]) -> dict[str, int]:
    """Spelled-out years: "nineteen ninety-six", "nineteen hundred", "two thousand and one".

    ``[year_words]`` gives the century words (19 for "nineteen") and the thousand words (2000
    for "two thousand"). A bare thousand word is a year only where a pattern says so ("the year
    two thousand"): it has its own class, ``year_thousand``.
    """
    spec = data.get("year_words", {})
    tail = {w: int(n) for w, n in numbers.items() if n == int(n) and 1 <= n <= 99}
    years: dict[str, int] = {}
    for word, century in spec.get("centuries", {}).items():
        years[_norm(f"{word} {spec.get('hundred', 'hundred')}")] = century * 100
        for nw, n in tail.items():
            if n >= 10:
                years[_norm(f"{word} {nw}")] = century * 100 + n
    for word, thousand in spec.get("thousands", {}).items():
        for joiner in spec.get("joiners", [" "]):
            for nw, n in tail.items():
                years[_norm(f"{word}{joiner}{nw}")] = thousand + n
    return years


def _timex_data(lang: str) -> tuple[Path, dict[str, Any]]:
    """``lang/<lang>/timex.toml`` and its table; a ConfigError for a language without one or a
    malformed file."""
    path = LANG_DIR / lang / "timex.toml"
    if not re.fullmatch(r"[a-z]{2,3}", lang or "") or not path.is_file():
        raise ConfigError(f"no temporal-expression data for language {lang!r}", str(path))
    try:
        with path.open("rb") as fh:
            return path, tomllib.load(fh)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"malformed timex data: {err}", str(path)) from err


def _tables(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The word tables by class (normalised words -> values): the listed classes, the number
    words with their compounds, and the spelled-out years."""
    tables = {cls: {_norm(k): v for k, v in data.get(cls, {}).items()} for cls in _TABLE_CLASSES}
    tables["number"] = _numbers(data)
    tables["year_word"] = _year_words(data, tables["number"])
    thousands = data.get("year_words", {}).get("thousands", {})
    tables["year_thousand"] = {_norm(k): v for k, v in thousands.items()}
    return tables


@cache
def load_timex_lexicon(lang: str) -> _Lexicon:
    """The compiled timex data of ``lang`` (``lang/<lang>/timex.toml``), cached."""
    path, data = _timex_data(lang)
    tables = _tables(data)
    classes = _class_regexes(data, tables)
    templates = [(h, t) for h, ts in data.get("patterns", {}).items() for t in ts]
    patterns = [(handler, _compile_template(t, classes)) for handler, t in templates]
    class_gates = _class_gates(data, tables)
    class_starts = _class_starts(data, tables)
    tense = data.get("tense", {})
    mods = _alternation(list(data.get("mod", {})))
    approx = _alternation(list(data.get("approx", {})))
    return _Lexicon(
        code=lang,
        tables=tables,
        patterns=patterns,
        gates=[_template_gate(t, class_gates) for _, t in templates],
        starts=[_template_starts(t, class_starts) for _, t in templates],
        excludes=[_exclude(p, path) for p in data.get("exclude", {}).get("patterns", [])],
        mod_prefix=re.compile(rf"(?<!\w)(?:{mods})\s+$", re.IGNORECASE),
        approx_prefix=re.compile(rf"(?<!\w)(?:{approx})\s+$", re.IGNORECASE),
        month_class=re.compile(
            rf"(?<!\w)(?P<month>{classes['month']})(?:\s+(?P<year>{classes['year']}))?(?!\w)",
            re.IGNORECASE,
        ),
        past=frozenset(_norm(w) for w in tense.get("past", [])),
        future=frozenset(_norm(w) for w in tense.get("future", [])),
        tense_window=int(tense.get("window", 4)),
        past_suffixes=tuple(tense.get("past_suffixes", [])),
        date_order=data.get("date_order", "DMY"),
        capitalised=frozenset(_norm(w) for w in data.get("capitalised", [])),
        ed_blockers=frozenset(_norm(w) for w in tense.get("past_suffix_blockers", [])),
        unmarked_year=tense.get("unmarked_year", "nearest"),
        unmarked_weekday=tense.get("unmarked_weekday", "nearest"),
        tense_grace=int(tense.get("grace_days", 0)),
        untensed_after=tuple(tense.get("untensed_after", [])),
        no_approx_before=re.compile(
            rf"(?:{_alternation(data.get('no_approx_before', []))})(?!\w)", re.IGNORECASE
        ),
        duration_units=dict(data.get("duration_units", {})),
        mixed_fractions=data.get("duration_fractions", "smaller_unit") == "mixed",
        report_context=(
            re.compile(rf"(?<!\w)(?:{_alternation(data['report_context'])})(?!\w)", re.I)
            if data.get("report_context")
            else None
        ),
        named_quarter=_named_quarter_regex(data.get("fiscal_quarter")),
        verb_tenses=_verb_tenses(tense.get("parse"), path),
        rate_after=tuple(
            (pos, feature.strip())
            for pos, _, feature in (e.partition(" ") for e in data.get("rate", {}).get("after", []))
        ),
        month_abbreviations=frozenset(_month_abbreviations(tables["month"])),
        parsed_past=bool(tense.get("parsed_past", False)),
        parsed_past_blockers=frozenset(_norm(w) for w in tense.get("parsed_past_blockers", [])),
    )


def _named_quarter_regex(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    """ "fiscal first quarter", "fiscal-first quarter", "third-quarter": a named quarter, with
    the fiscal marker in group ``fiscal`` where the text gives it."""
    if not spec:
        return None
    fiscal, ordinals = _alternation(spec["marker"]), _alternation(spec["ordinals"])
    quarter = _alternation(spec["quarter"])
    return re.compile(
        rf"(?<!\w)(?P<fiscal>(?:{fiscal})[-\s]+)?(?P<ordinal>{ordinals})[-\s]+(?:{quarter})(?!\w)",
        re.IGNORECASE,
    )


def _verb_tenses(spec: dict[str, Any] | None, path: Path) -> _VerbTenses | None:
    """The ``[tense.parse]`` table; ``None`` where the language reads tense from words only."""
    if spec is None:
        return None
    forms = dict(spec.get("forms", {}))
    decisive = frozenset(spec.get("decisive_forms", []))
    unknown = (set(forms) | decisive) - set(_VERB_GROUP_FORMS)
    if unknown or not all(v in (-1, 0, 1) for v in forms.values()):
        raise ConfigError(f"bad [tense.parse] forms {sorted(unknown) or forms}", str(path))
    return _VerbTenses(
        future_aux=frozenset(_norm(w) for w in spec.get("future_auxiliaries", [])),
        perfect_aux=frozenset(_norm(w) for w in spec.get("perfect_auxiliaries", [])),
        forms=forms,
        cue_window=int(spec.get("cue_window", 0)),
        infinitive_relations=frozenset(spec.get("infinitive_relations", [])),
        decisive_forms=decisive,
        infinitive_markers=frozenset(_norm(w) for w in spec.get("infinitive_markers", [])),
    )
