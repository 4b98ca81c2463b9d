"""``_runs``: the maximal runs of capitalised words (connectors such as ``de`` inside a run, a
sentence-initial word a run of its own), found by visiting only the capitalised words."""

from __future__ import annotations

from itertools import pairwise

from claimgraph.extract.places import _runs, load_gazetteer


def test_places_capital_runs_on_a_news_sentence():
    text = (
        "Het Kremlin in Moskou meldt dat Den Haag en Rio de Janeiro zwijgen. "
        "Volgens Poetin is Sint-Petersburg veilig."
    )
    runs = [(r.text, r.initial, r.previous) for r in _runs(text, load_gazetteer("nl").connectors)]
    assert runs == [
        ("Het", True, ""),
        ("Kremlin", False, "het"),
        ("Moskou", False, "in"),
        ("Den Haag", False, "dat"),
        ("Rio de Janeiro", False, "en"),
        ("Volgens", True, "zwijgen"),
        ("Poetin", False, "volgens"),
        ("Sint-Petersburg", False, "is"),
    ]


def test_places_capital_runs_spans_on_the_founding_article(founding_text):
    runs = list(_runs(founding_text, load_gazetteer("nl").connectors))
    assert len(runs) > 20
    assert all(founding_text[r.start : r.end] == r.text for r in runs)
    assert all(a.end < b.start for a, b in pairwise(runs))  # apart, in text order
    assert all(r.text[:1].isupper() and r.text.split()[-1][:1].isupper() for r in runs)
