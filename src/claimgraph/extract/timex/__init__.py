"""Temporal expressions (TimeML TIMEX3): find them by pattern, resolve them against the anchor.

The surface forms of a language live in ``lang/<code>/timex.toml``: word tables (months,
weekdays, parts of day, number words, units, relative words ...) and, per *handler*, a list of
pattern templates such as ``"{rel:weekrel} week {weekday}"``. This package only knows the
handlers, i.e. how a kind of expression is normalised, never the words.

Values follow TimeML: ``2023-05-02``, ``2023-W18``, ``2023-05-02TNI``, ``P2D``, ``PXY``,
``PRESENT_REF``, ``XXXX-05-03`` ... Relative expressions are resolved against the anchor (the
article date) with honest precision: against a month-precision anchor such as ``2023-05`` an
expression keeps day precision only when every day of that month would give the same value,
otherwise it falls back to the anchor's own precision (``"gisteren"`` -> ``2023-05``).

Layout: ``patterns`` compiles templates to regexes, ``gates`` decides where a pattern runs,
``lexicon`` loads a language's data, ``dates`` holds the calendar arithmetic and TimeML values,
``tense`` reads tense from a parse, ``context`` is what a handler sees, ``handlers/`` turns
matches into values, ``anaphora`` resolves values counted from the text, and ``search`` puts it
together in ``extract_timexes``.
"""

from claimgraph.extract.timex.dates import parse_anchor
from claimgraph.extract.timex.lexicon import load_timex_lexicon
from claimgraph.extract.timex.search import extract_timexes

__all__ = ["extract_timexes", "load_timex_lexicon", "parse_anchor"]
