"""Word classes, relations and patterns that several modules of the speaker resolver read."""

from __future__ import annotations

import re

# word classes that never head a speaker phrase (the tagger is unreliable on rarer names)
FUNCTION_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "DET"})
VERB_POS = frozenset({"VERB", "AUX"})
# marks that set off an aside inside a sentence ("Schilling, through a spokeswoman, declined")
ASIDE_MARKS = frozenset({",", "—", "–", "-", "--"})
_NOTHING = re.compile(r"(?!)")  # a pattern for a language without the words it is made of
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
