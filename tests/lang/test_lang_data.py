"""Every language folder has the same data files, valid labels, and loads."""

from __future__ import annotations

import pytest

from claimgraph.errors import ConfigError
from claimgraph.lang import LANG_DIR, LANG_FILES, available_languages, load_lang, read_toml
from claimgraph.model import ACTS, STANCES


def test_lang_data_languages_present():
    assert {"nl", "en"} <= set(available_languages())


@pytest.mark.parametrize("code", available_languages())
def test_lang_data_files_and_labels(code):
    assert all((LANG_DIR / code / name).exists() for name in LANG_FILES)
    lang = load_lang(code)
    assert lang.cues, code
    for cue in lang.cues:
        assert cue.stance in STANCES and cue.act in ACTS
        assert cue.parts[0] is not None, "a cue cannot start with a gap"
    assert set(lang.stance_phrases) <= set(STANCES)
    assert set(lang.act_phrases) <= set(ACTS)
    assert lang.negation


def test_lang_data_unknown_language_is_a_clear_error():
    with pytest.raises(ConfigError, match="no language data for 'xx'"):
        load_lang("xx")


def test_lang_data_read_toml_names_what_and_where_it_could_not_read(tmp_path):
    """One reader for every data file (language, place, event and linking data): a broken
    or missing file is a ConfigError naming what the file holds and its path."""
    broken = tmp_path / "places.toml"
    broken.write_text("[countries\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read place data: ") as info:
        read_toml(broken, "place data")
    assert str(broken) in str(info.value)
    with pytest.raises(ConfigError, match="cannot read language data: "):
        read_toml(tmp_path / "missing.toml")
    assert read_toml(LANG_DIR / "nl" / "cues.toml")["cue"]


def test_lang_data_spelling_variants_share_a_canonical_name():
    lang = load_lang("nl")
    for variant in ("zelensky", "zelenskyy", "zelenskyj", "zelenski"):
        assert lang.people[variant] == "Volodymyr Zelensky"
    assert lang.aliases["moskou"] == "Rusland"
