"""Which DPG articles silver_frog.py tags, and where their frog output is cached."""

import importlib.util
import json
from pathlib import Path

import pytest

from claimgraph.settings import data_dir

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "silver_frog.py"
spec = importlib.util.spec_from_file_location("silver_frog_selection", SCRIPT)
silver_frog = importlib.util.module_from_spec(spec)
spec.loader.exec_module(silver_frog)

NEWS = data_dir() / "nl-news" / "dpg-news2019.jsonl"


def test_offset_zero_keeps_the_first_recipes_cache_names():
    assert silver_frog.batch_name(2, 0, 40, 400) == "every2-batch40-00400.tsv"


def test_other_offsets_get_their_own_cache_names():
    assert silver_frog.batch_name(2, 1, 40, 0) == "every2-offset1-batch40-00000.tsv"


@pytest.mark.skipif(not NEWS.exists(), reason="shared DPG news data missing")
def test_two_offsets_of_every_second_article_cover_all_articles_once():
    ids = [str(json.loads(line)["id"]) for line in NEWS.read_text(encoding="utf-8").splitlines()]
    even = [doc_id for doc_id, _ in silver_frog.articles(2, 0)]
    odd = [doc_id for doc_id, _ in silver_frog.articles(2, 1)]
    assert even == ids[::2] and odd == ids[1::2]
    assert sorted(even + odd) == sorted(ids)
