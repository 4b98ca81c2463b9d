"""A speaker named by a title alone ("President", "de premier", "the minister") is whoever holds
that title in its own article (issue #6): the store keys it within its article, so the speaker
list shows each article's "President" on its own row (with the article's id) and two articles'
"the minister" never merge; a speaker page for the bare title still finds it in every article.
Real text: the White House briefings of 3 and 4 May 2023, whose "the President" is Joe Biden
in both, as another article's would be someone else."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.bare_titles import bare_title
from claimgraph.extract.identity import speaker_key
from claimgraph.model import Attribution, Document
from claimgraph.store import Store

MAY_3 = "en-whitehouse-2023-05-03-press-briefing-jean-pierre.txt"
PRESIDENT_MAY_3 = "we’re not in the pandemic"


def _president_of_may_3(samples: Path) -> Document:
    """The 3 May briefing: "the President has said ... we’re not in the pandemic"."""
    text = (samples / "kremlin-drone-2023-05" / MAY_3).read_text(encoding="utf-8")
    begin = text.index(PRESIDENT_MAY_3)
    start = text.rindex("President", 0, begin)
    said = Attribution(
        speaker="President",
        speaker_span=(start, start + len("President")),
        cue="",
        cue_span=None,
        content_span=(begin, begin + len(PRESIDENT_MAY_3)),
        type="indirect",
        stance="assert",
        id="a1",
    )
    return Document(
        text=text, lang="en", date="2023-05-03", title="Press briefing", attributions=[said]
    )


@pytest.fixture
def briefings(store: Store, samples: Path, spelled_speaker_docs) -> tuple[Document, Document]:
    """The 3 May briefing's President and the 4 May briefing's President and Vice President."""
    may_3, may_4 = _president_of_may_3(samples), spelled_speaker_docs[-1]
    store.save_documents([may_3, may_4])
    return may_3, may_4


def test_a_bare_title_is_one_speaker_per_article(store: Store, briefings) -> None:
    may_3, may_4 = briefings
    rows = {(row.speaker, row.doc_id): row.total for row in store.speaker_counts(q="president")}
    assert rows == {
        ("President", may_3.id): 1,
        ("President", may_4.id): 1,
        ("Vice President", may_4.id): 1,
    }
    assert store.count_speakers(q="president") == 3


def test_a_speaker_page_for_a_bare_title_finds_it_in_every_article(store, briefings) -> None:
    found = {row.doc_id for row in store.query_attributions(speaker="the President")}
    assert found == {doc.id for doc in briefings}  # not the Vice President
    assert len(store.query_attributions(speaker="Vice President")) == 1


def test_a_named_speaker_keeps_one_key_across_articles() -> None:
    assert speaker_key("Joe Biden", "d1") == speaker_key("Joe Biden", "d2")
    assert speaker_key("President", "d1") != speaker_key("President", "d2")
    assert speaker_key("de premier", "d1") == speaker_key("Premier", "d1")


@pytest.mark.parametrize(
    ("speaker", "title"),
    [
        ("President", "president"),
        ("the Vice President", "vice president"),
        ("de premier", "premier"),
        ("the minister", "minister"),
        ("een woordvoerder", "woordvoerder"),
        ("the Secretary of State", "secretary of state"),
        ("Ukrainian president", ""),  # the country names the office's holder
        ("President Joe Biden", ""),
        ("Minister van Buitenlandse Zaken Antony Blinken", ""),
        ("reporter", ""),
    ],
)
def test_bare_titles_are_the_languages_titles_alone(speaker: str, title: str) -> None:
    assert bare_title(speaker) == title


def test_a_body_named_like_a_title_keeps_its_body_key() -> None:
    # "white house" is a title word (White House spokesperson) and a body: the body wins
    assert speaker_key("White House", "d1") == speaker_key("het Witte Huis", "d2")
