"""Coverage of the Dutch role nouns (``titles`` in ``lang/nl/names.toml``), issue #5.

    PYTHONPATH=src CLAIMGRAPH_DATA=../shared/data nice -n 10 .venv/bin/python \
        train/nl_title_coverage.py [--min-count 2] [--json OUT]

A role noun right before a full name (``zegt jeugdarts Marianne Daalderop``) makes the name a
speaker phrase; one the list does not know cuts the phrase. In the unlabeled DPG news
(``data/nl-news``), this counts the lower-case words written right before a full name (a
capitalised first name, optional initials and particles, a capitalised surname), and reports
which of them the speaker code takes for a role noun (listed, inflected or a compound of a
listed head: ``speakers.words._person_noun``) and which it does not. Words that the Dutch UD
treebanks (``data/ud``) tag mostly as something else than a noun (``zegt``, ``met``) are left
out; unknown words (most compounds) stay in. The uncovered list is for a reviewer to pick the
role nouns from; nothing is added automatically.

Only reads data; prints a report (and writes it as JSON with ``--json``).
"""

from __future__ import annotations

import re

from word_coverage import coverage_report, main

from claimgraph.extract.speakers.words import _person_noun
from claimgraph.lang import load_lang

_LOWER = "a-zà-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME = rf"[{_UPPER}][{_LOWER}]+"
# a lower-case word, then a full name: first name, initials, particles, surname
ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w-])([{_LOWER}][{_LOWER}-]{{2,}}) "
    rf"{_NAME}(?: [{_UPPER}]\.)*(?: (?:van|de|der|den|ter|ten|te|op|in|'t)){{0,3}} {_NAME}"
)


def report(min_count: int) -> dict:
    lang = load_lang("nl")
    return coverage_report(ROLE_BEFORE_NAME, "NOUN", min_count, lambda w: _person_noun(w, lang))


if __name__ == "__main__":
    main(__doc__.split("\n\n")[0], report, "words before full names", "role nouns")
