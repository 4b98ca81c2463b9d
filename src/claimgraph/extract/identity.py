"""Who a speaker is, whatever the spelling, the language or the article: the key the store
holds for each attribution (``attributions.speaker_key``) and the claim ledger counts sources by.

A well-known person's canonical name for any of their spellings (:func:`claimgraph.lang.person_key`:
"Zelenskyy", "Zelenski" -> "Volodymyr Zelensky"), else a body's key in every language that names
it (:func:`claimgraph.extract.bodies.body_key`: "persdienst van het Kremlin" and "Kremlin press
service", "Rusland" and "Russia"), else a bare title's words within its article
(:func:`claimgraph.extract.bare_titles.bare_title`: "the President" -> "president@<doc id>":
whoever holds it there, not another article's president), else the name itself; case and
spacing folded ("Russian Government" and "Russian government" are one).
"""

from __future__ import annotations

from claimgraph.extract.bare_titles import bare_title
from claimgraph.extract.bodies import body_key
from claimgraph.lang import person_key

# Between a bare title and its article's id in a speaker key: "president@<doc id>".
IN_ARTICLE = "@"


def speaker_key(speaker: str, doc_id: str) -> str:
    """Who a speaker of article ``doc_id`` is (the module's docstring says how)."""
    shared = shared_key(speaker)
    title = "" if shared else bare_title(speaker)
    if title:
        return f"{title}{IN_ARTICLE}{doc_id}"
    return folded(shared or speaker)


def article_of_key(key: str) -> str | None:
    """The article a speaker key is confined to (a bare title's), else None."""
    title, mark, doc_id = key.rpartition(IN_ARTICLE)
    return doc_id if mark and title and bare_title(title) else None


def shared_key(speaker: str) -> str:
    """The key a speaker has in every article: a well-known person's canonical name or a
    body's key; empty when it has neither."""
    person = person_key(speaker)
    return person if person != speaker else body_key(speaker)


def folded(key: str) -> str:
    """``key`` with case and spacing folded."""
    return " ".join(key.split()).casefold()
