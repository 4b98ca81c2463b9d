"""query_attributions filters: speaker_contains substring (any case, any script), stance, act, lang, date."""

from __future__ import annotations

import pytest

from claimgraph.model import Document


def _ids(rows) -> list[str]:
    return [row.attribution.id for row in rows]


def test_query_all_ordered_by_date_document_position(filled_store, nl_doc, en_doc, ru_doc):
    rows = filled_store.query_attributions()
    # "2023-05" (month precision) sorts before "2023-05-03"; the two 05-04 docs by id.
    tail = sorted([(en_doc.id, "en-a1"), (ru_doc.id, "ru-a1")])
    expected = [a.id for a in nl_doc.attributions] + ["pl-a1"] + [att for _, att in tail]
    assert _ids(rows) == expected


def test_query_row_carries_document_context(filled_store, en_doc: Document) -> None:
    (row,) = filled_store.query_attributions(lang="en")
    assert row.doc_id == en_doc.id
    assert (row.title, row.url, row.date, row.lang) == (
        en_doc.title,
        en_doc.url,
        "2023-05-04",
        "en",
    )
    assert row.content == "what Mr.\nPeskov says is just a blatant, bald lie"
    assert row.attribution == en_doc.attributions[0]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("zelensky", ["nl-a1", "nl-a2"]),
        ("ZELENSKY", ["nl-a1", "nl-a2"]),
        ("blink", ["nl-a3"]),
        ("РОССИЯ", ["ru-a1"]),  # needs Unicode lower(), not SQLite's ASCII one
        ("kreml", ["nl-a5", "pl-a1"]),
        ("%", []),  # LIKE wildcards are matched literally
        ("van_Nunen", []),
    ],
)
def test_query_speaker_case_insensitive_substring(filled_store, speaker, expected) -> None:
    assert _ids(filled_store.query_attributions(speaker_contains=speaker)) == expected


def test_query_stance_act_lang_one_or_several(filled_store) -> None:
    assert _ids(filled_store.query_attributions(stance="deny")) == ["nl-a1", "nl-a2", "ru-a1"]
    assert _ids(filled_store.query_attributions(stance=["doubt", "speculate"])) == [
        "nl-a3",
        "nl-a6",
    ]
    assert _ids(filled_store.query_attributions(act="accusation")) == ["nl-a5", "en-a1"]
    assert _ids(filled_store.query_attributions(act="threat")) == ["nl-a4"]
    assert _ids(filled_store.query_attributions(lang=("pl", "ru"))) == ["pl-a1", "ru-a1"]


def test_query_filters_combine(filled_store) -> None:
    assert _ids(filled_store.query_attributions(speaker="zelensky", stance="deny", lang="nl")) == [
        "nl-a1",
        "nl-a2",
    ]
    assert filled_store.query_attributions(speaker="zelensky", lang="en") == []
    assert filled_store.query_attributions(speaker="blinken", stance="deny") == []


def test_query_by_doc_id_in_document_order(filled_store, nl_doc: Document) -> None:
    rows = filled_store.query_attributions(doc_id=nl_doc.id)
    assert [row.attribution for row in rows] == nl_doc.attributions


def test_query_since_keeps_later_and_coarser_dates(filled_store) -> None:
    since_4th = filled_store.query_attributions(since="2023-05-04")
    assert sorted({row.date for row in since_4th}) == ["2023-05", "2023-05-04"]
    assert "pl-a1" not in _ids(since_4th)
    assert {row.date for row in filled_store.query_attributions(since="2023-05-10")} == {"2023-05"}
    assert filled_store.query_attributions(since="2023-06") == []
    assert len(filled_store.query_attributions(since="2023")) == 9


def test_query_limit_and_offset_page_through(filled_store) -> None:
    everything = _ids(filled_store.query_attributions())
    assert _ids(filled_store.query_attributions(limit=3)) == everything[:3]
    assert _ids(filled_store.query_attributions(limit=3, offset=7)) == everything[7:]
    assert _ids(filled_store.query_attributions(offset=8)) == everything[8:]


def test_iter_attributions_streams_same_rows(filled_store) -> None:
    streamed = list(filled_store.iter_attributions(batch=2, stance="deny"))
    assert sorted(_ids(streamed)) == sorted(_ids(filled_store.query_attributions(stance="deny")))
