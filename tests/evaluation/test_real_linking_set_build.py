"""The real nl<->en headline set (bench/data/linking/real/build.py) builds from an AmCAT export.

Real headlines of 2023-11-15/16 (NOS.nl titles of nieuwsmonitor/npo2023 ``websites_amcat.csv``,
English titles of rumca-js/RSS-Link-Database-2023), in the builder's input formats.
"""

from __future__ import annotations

import json

import pytest

AMCAT = (
    "id,title,publisher,date,text,year,month,week\n"
    "42792144,Hoogste Britse rechters oordelen tegen plan om migranten naar Rwanda te sturen ,"
    "NOS.nl,2023-11-15,x,2023-01-01,2023-11-01,2023-11-13\n"
    "42792125,VN-Veiligheidsraad neemt resolutie aan voor 'verlengde' gevechtspauzes Gaza,"
    "NOS.nl,2023-11-15,x,2023-01-01,2023-11-01,2023-11-13\n"
    "1,Kabinet valt,NU.nl,2023-11-15,x,2023-01-01,2023-11-01,2023-11-13\n"
    "2,Te oud voor het venster,NOS.nl,2023-11-01,x,2023-01-01,2023-11-01,2023-10-30\n"
)
RWANDA = "https://www.nbcnews.com/news/world/uk-rwanda"
ENGLISH = (
    f"nbc-world\t{RWANDA}\tU.K.'s top court rejects plan to deport asylum seekers to Rwanda\n"
    "aljazeera\thttps://www.aljazeera.com/rwanda\tCourt rules UK plan to send migrants to Rwanda"
    " unlawful\n"
    "aljazeera\thttps://www.aljazeera.com/unsc\tUN Security Council adopts resolution for"
    " 'humanitarian pauses' in Gaza\n"
)
DECISIONS = (
    "# comment\n"
    f"pair\tamcat:42792144\t{RWANDA}\tsame_claim\tthe Rwanda ruling\n"
    "drop\thttps://www.aljazeera.com/rwanda\t-\t-\tsecond English title on the ruling\n"
)


@pytest.fixture(scope="module")
def builder(check_set_builder):
    return check_set_builder("linking/real/build.py", None)


@pytest.fixture
def built(builder, tmp_path):
    (tmp_path / "amcat.csv").write_text(AMCAT, encoding="utf-8")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "en-2023-11-15.tsv").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "decisions").mkdir()
    (tmp_path / "decisions" / "decisions-2023-11-15.tsv").write_text(DECISIONS, encoding="utf-8")
    count, days = builder.build(
        None,
        tmp_path / "en",
        tmp_path / "decisions",
        tmp_path / "out",
        amcat=(tmp_path / "amcat.csv",),
    )
    assert (count, days) == (1, ["2023-11-15"])

    def read(name: str) -> list[dict]:
        lines = (tmp_path / "out" / name).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]

    return read("pairs.jsonl"), read("pool_nl.jsonl"), read("pool_en.jsonl")


def test_amcat_items_are_named_by_id_and_paired(built):
    pairs, pool_nl, _ = built
    (pair,) = pairs
    nl = {item["id"]: item for item in pool_nl}[pair["nl_id"]]
    assert nl["text"].startswith("Hoogste Britse rechters oordelen")
    assert (nl["date"], nl["source"]) == ("2023-11-15", "NOS.nl")
    assert pair["relation"] == "same_claim" and pair["en"]["source"] == "nbc-world"


def test_pool_keeps_window_drops_second_answers_and_excludes_nu_nl(built):
    _, pool_nl, pool_en = built
    assert sorted(item["text"][:20] for item in pool_nl) == [
        "Hoogste Britse recht",
        "VN-Veiligheidsraad n",
    ]
    assert [item["text"][:20] for item in pool_en] == [
        "UN Security Council ",
        "U.K.'s top court rej",
    ]
