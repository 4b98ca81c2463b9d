"""Coverage of the Dutch cue verbs (``lang/nl/cues.toml``) after quotations, issue #5.

    PYTHONPATH=src CLAIMGRAPH_DATA=../shared/data nice -n 10 .venv/bin/python \
        train/nl_quote_cue_coverage.py [--min-count 2] [--json OUT]

A quotation closed by a comma and followed by a lower-case word (``,,Het duurt maar'',
motiveert Huzen zijn oproep``) is nearly always followed by its reporting verb, so the words
in that place show which cue verbs the language data lacks: a verb it does not know leaves the
quotation to the previous speaker. In the unlabeled DPG news (``data/nl-news``), this counts the
lower-case words right after ``,''`` / ``'',`` / ``,"`` / ``",`` and reports which of them
begin a cue pattern of the language data (``cues_by_first``) and which do not. Words that the
Dutch UD treebanks (``data/ud``) tag mostly as something else than a verb (``en``, ``maar``)
are left out; unknown words stay in. The uncovered list is for a reviewer to pick the cue
verbs from; nothing is added automatically.

Only reads data; prints a report (and writes it as JSON with ``--json``).
"""

from __future__ import annotations

import re

from word_coverage import coverage_report, main

from claimgraph.lang import load_lang

_LOWER = "a-zà-öø-ÿ"
# a closing quotation mark and a comma (in either order), then a lower-case word
WORD_AFTER_QUOTE = re.compile(rf"(?:,\s*(?:''|[\"”’'])|(?:''|[\"”’'])\s*,)\s+([{_LOWER}]{{3,}})\b")


def report(min_count: int) -> dict:
    known = frozenset(load_lang("nl").cues_by_first)
    return coverage_report(WORD_AFTER_QUOTE, "VERB", min_count, known.__contains__)


if __name__ == "__main__":
    main(__doc__.split("\n\n")[0], report, "words after quotations", "cue words")
