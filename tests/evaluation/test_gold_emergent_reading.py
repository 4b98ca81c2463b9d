"""Reading the Emergent claim/headline stance CSV."""

from __future__ import annotations

from collections import Counter

import pytest

from claimgraph.errors import InputError
from claimgraph.evaluation.gold import EMERGENT_FIELDS, read_emergent


def test_emergent_reads_all_rows(emergent_path):
    rows = read_emergent(emergent_path)
    assert len(rows) == 2071
    assert set(rows[0]) == set(EMERGENT_FIELDS)
    assert rows[0]["claimHeadline"] == "Apple will sell 19 million Apple Watches in 2015"
    stances = Counter(r["articleHeadlineStance"] for r in rows)
    assert stances == {"for": 992, "observing": 775, "against": 304}


def test_emergent_missing_column_is_input_error(emergent_path, tmp_path):
    header, first = emergent_path.read_text(encoding="utf-8").splitlines()[:2]
    broken = tmp_path / "broken.csv"
    broken.write_text(
        header.replace("articleHeadlineStance", "stance") + "\n" + first, encoding="utf-8"
    )
    with pytest.raises(InputError, match="articleHeadlineStance"):
        read_emergent(broken)
