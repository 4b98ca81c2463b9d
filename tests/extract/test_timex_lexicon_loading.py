"""Loading a language's timex data: the word tables it builds, and a clear error for a language
without data or a malformed file."""

from __future__ import annotations

import pytest

from claimgraph.errors import ConfigError
from claimgraph.extract.timex import lexicon
from claimgraph.extract.timex.lexicon import load_timex_lexicon


def test_timex_lexicon_tables_hold_compound_numbers_and_spelled_years():
    tables = load_timex_lexicon("nl").tables
    assert tables["number"]["eenentwintig"] == 21 and tables["number"]["tweeëntwintig"] == 22
    assert load_timex_lexicon("en").tables["year_word"]["nineteen ninety-six"] == 1996


def test_timex_lexicon_errors_name_the_language_or_the_file(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="no temporal-expression data for language 'xx'"):
        load_timex_lexicon("xx")
    (tmp_path / "zz").mkdir()
    (tmp_path / "zz" / "timex.toml").write_text("[month\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LANG_DIR", tmp_path)
    with pytest.raises(ConfigError, match="malformed timex data: "):
        load_timex_lexicon.__wrapped__("zz")
