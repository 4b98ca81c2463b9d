"""Shared fixtures: the founding article and the shared data folder."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

from claimgraph.settings import data_dir

# CI runs the property tests on a fixed set of examples (a red build must be reproducible);
# local runs explore new random examples each time
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FOUNDING = EXAMPLES / "kremlin-drone-nl-2023-05.txt"


@pytest.fixture(scope="session")
def founding_text() -> str:
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = data_dir()
    if not path.is_absolute():
        path = (ROOT / path).resolve()
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """``shared/samples`` next to the shared data folder (a worktree's checkout has no
    ``../shared``), else next to this checkout; skips the test when neither has it."""
    for path in (data_dir().resolve().parent / "samples", ROOT.parent / "shared" / "samples"):
        if (path / "kremlin-drone-2023-05").is_dir():
            return path
    pytest.skip("shared/samples not found")


@pytest.fixture(scope="session")
def polnear_paragraph(shared_data: Path) -> Callable[[str, str], str]:
    """The paragraph of a PolNeAR train article (file name without ``.txt``) holding a phrase."""

    def paragraph(article: str, phrase: str) -> str:
        path = shared_data / "polnear" / "train" / "text" / f"{article}.txt"
        if not path.is_file():
            pytest.skip(f"shared data not found: {path}")
        return next(p for p in path.read_text(encoding="utf-8").split("\n") if phrase in p)

    return paragraph


# (headline title, the speaker as the headline writes them, the words they said)
_SPELLED_SPEAKERS = (
    (
        "‘We didn’t attack Putin’: Zelenskyy denies Kremlin drone strike",
        "Zelenskyy",
        "We didn’t attack Putin",
    ),
    (
        "Zelensky Denies Ukraine Carried Out the Drone Attack on the Kremlin",
        "Zelensky",
        "Ukraine Carried Out the Drone Attack on the Kremlin",
    ),
    (
        "Russia-Ukraine war live: air raid sirens in Kyiv and eastern regions; Zelenskiy denies "
        "responsibility for Kremlin drone attack",
        "Zelenskiy",
        "responsibility for Kremlin drone attack",
    ),
    (
        "Kremlin accuses Ukraine of assassination attempt on Putin",
        "Kremlin",
        "assassination attempt on Putin",
    ),
    ("Russia accuses US of being behind drone attack on Kremlin", "Kremlin", "drone attack"),
    (
        "Russia accuses US of being behind drone attack on Kremlin",
        "Putin’s spokesperson",
        "Washington was involved in alleged attempt to kill president",
    ),
)
BRIEFING = "en-whitehouse-2023-05-04-press-briefing-jean-pierre-kirby-young.txt"


@pytest.fixture(scope="session")
def spelled_speaker_docs(samples_dir: Path) -> list:
    """Real headlines of the founding story and the 4 May White House briefing with hand-made
    attributions whose speakers are written as the texts write them (as a store filled by
    another tool, or before names were normalised, holds them): Zelensky three ways (once
    each), the Kremlin twice, Putin's spokesperson; the President and the Vice President."""
    from claimgraph.model import Attribution, Document

    def said(text: str, speaker: str, content: str, at: str = "", ident: str = "") -> Attribution:
        start = text.index(at or speaker)
        begin = text.index(content)
        return Attribution(
            speaker=speaker,
            speaker_span=(start, start + len(speaker)),
            cue="",
            cue_span=None,
            content_span=(begin, begin + len(content)),
            type="indirect",
            stance="deny" if speaker.startswith("Zelensk") else "assert",
            id=ident,
        )

    story = samples_dir / "kremlin-drone-2023-05"
    lines = (story / "headlines.jsonl").read_text(encoding="utf-8").splitlines()
    headlines = {entry["title"]: entry for entry in map(json.loads, lines)}
    docs: dict[str, Document] = {}
    for title, speaker, content in _SPELLED_SPEAKERS:
        entry = headlines[title]
        text = f"{title}\n\n{entry['text']}"
        doc = docs.setdefault(
            title, Document(text=text, url=entry["url"], lang="en", date=entry["date"], title=title)
        )
        ident = f"a{len(doc.attributions) + 1}"
        doc.attributions.append(said(text, speaker, content, ident=ident))
    text = (story / BRIEFING).read_text(encoding="utf-8")
    briefing = Document(text=text, lang="en", date="2023-05-04", title="Press briefing")
    briefing.attributions = [
        said(text, "President", "about limiting\nspending.", "President — we’ve heard him", "a1"),
        said(text, "Vice President", "AI is one of the most powerful technologies", ident="a2"),
    ]
    return [*docs.values(), briefing]


@pytest.fixture
def people_lacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], AbstractContextManager[None]]:
    """A context manager: inside it the people data (``lang/base/people.toml``) lack one
    spelling, as before someone added it (rows written then are keyed as an unknown name);
    outside it, the data as shipped."""
    from claimgraph import lang

    @contextmanager
    def lacking(spelling: str) -> Iterator[None]:
        shipped = lang.PEOPLE_FILE
        text = shipped.read_text(encoding="utf-8")
        entry = f', "{spelling}"'
        assert text.count(entry) == 1, f"{spelling!r} is not one later spelling in people.toml"
        older = tmp_path / "people.toml"
        older.write_text(text.replace(entry, ""), encoding="utf-8")
        with monkeypatch.context() as patch:
            patch.setattr(lang, "PEOPLE_FILE", older)
            _forget_people(lang)
            try:
                yield
            finally:
                _forget_people(lang)  # read again, as shipped, once the patch is undone

    return lacking


def _forget_people(lang) -> None:
    """Drop the people data read so far (each reader caches it for the process)."""
    lang._person_keys.cache_clear()
    lang.display_names.cache_clear()
