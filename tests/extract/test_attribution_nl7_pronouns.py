"""Dutch speaker resolution, round 7 of issue #5: ``hij``/``zij`` (a person) resolves to the last
person quoted, not to a country or city quoted after them; ``ze`` (also plural) may stand for
either. Items built by hand on the founding article (shared/samples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.speakers import resolve_speakers
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.settings import data_dir

FOUNDING = data_dir().parent / "samples" / "kremlin-drone-nl-2023-05.txt"


def _item(text: str, surface: str, after: int, speaker: str) -> Attribution:
    """An item whose speaker is the first ``surface`` (spaces around it trimmed) after character
    ``after``."""
    start = text.index(surface, after) + len(surface) - len(surface.lstrip())
    surface = surface.strip()
    return Attribution(
        speaker=speaker,
        speaker_span=(start, start + len(surface)),
        cue="zei",
        cue_span=None,
        content_span=(start + len(surface) + 1, start + len(surface) + 20),
        type="indirect",
        stance="assert",
        act="statement",
    )


@pytest.fixture
def founding() -> str:
    if not FOUNDING.is_file():
        pytest.skip(f"no sample at {FOUNDING}")
    return Path(FOUNDING).read_text(encoding="utf-8")


def test_person_pronoun_skips_a_country_speaker(founding: str) -> None:
    # "... zei Zelensky ... Washington hecht ook weinig geloof ... Hij waagde zich niet ..."
    zelensky = _item(founding, "Zelensky", founding.index("zei Zelensky"), "Zelensky")
    washington = _item(founding, "Washington", zelensky.speaker_span[1], "Verenigde Staten")
    pronoun = _item(founding, "Hij", washington.speaker_span[1], "Hij")
    atts = [zelensky, washington, pronoun]
    resolve_speakers(atts, founding, load_lang("nl"))
    assert washington.speaker == "Verenigde Staten"
    assert pronoun.speaker == zelensky.speaker


def test_plural_pronoun_may_stand_for_a_country(founding: str) -> None:
    zelensky = _item(founding, "Zelensky", founding.index("zei Zelensky"), "Zelensky")
    washington = _item(founding, "Washington", zelensky.speaker_span[1], "Verenigde Staten")
    they = _item(founding, " ze ", washington.speaker_span[1], "ze")
    resolve_speakers([zelensky, washington, they], founding, load_lang("nl"))
    assert they.speaker == "Verenigde Staten"
