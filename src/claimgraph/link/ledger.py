"""The claim ledger: every source of one claim cluster, and the status they give it.

Status, from the stances of the sources (each party counted once, copies of one wire text once):

- ``disputed``: asserted by one party and denied by another;
- ``corroborated``: asserted by at least two independent sources (different parties, or one
  party reported by different outlets with different texts) and denied by none;
- ``asserted``: asserted by one source;
- ``denied``: denied and asserted by none;
- ``unverified``: only doubted or speculated about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlparse

from claimgraph.extract.identity import speaker_key
from claimgraph.link.dates import chronological
from claimgraph.link.lexicon import party_forms, words
from claimgraph.model import Claim

STATUSES = ("asserted", "denied", "disputed", "corroborated", "unverified")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class SourcedClaim:
    """A claim with where it was published and, read from the store, its speaker's key
    (``attributions.speaker_key``; empty: keyed from the speaker's name)."""

    claim: Claim
    outlet: str = ""
    url: str = ""
    title: str = ""
    speaker_key: str = ""

    @property
    def party(self) -> str:
        return party_of(self.claim.speaker)


@dataclass(frozen=True)
class LedgerEntry:
    """One source of a claim: who, with which stance, where and when."""

    claim_id: str
    speaker: str
    party: str
    stance: str
    act: str
    doc_id: str
    outlet: str
    date: str | None
    lang: str
    text: str
    url: str = ""
    speaker_key: str = ""


@dataclass(frozen=True)
class StatusChange:
    date: str | None
    status: str
    because: str


@dataclass
class Ledger:
    """A claim cluster's sources, its status now and how that status came about."""

    cluster_id: str
    label: str
    entries: list[LedgerEntry]
    status: str
    history: list[StatusChange] = field(default_factory=list)
    story_id: str = ""

    @property
    def parties(self) -> int:
        """How many sides assert, deny, doubt or speculate about the claim (not questions)."""
        return len({e.party.lower() for e in self.entries if _takes_a_side(e)})

    @property
    def sources(self) -> int:
        """How many sources the claim has (:func:`source_key`): one speaker saying it again in
        one outlet (a press secretary's "not going to get ahead" in two answers of a briefing,
        or in two briefings) is one source; a bare title ("the President") is its holder in one
        article, so the title in two articles of an outlet is two."""
        return len({source_key(e) for e in self.entries})

    def to_dict(self) -> dict:
        return {
            "cluster": self.cluster_id,
            "story": self.story_id,
            "label": self.label,
            "status": self.status,
            "parties": self.parties,
            "sources": [e.__dict__ for e in self.entries],
            "history": [h.__dict__ for h in self.history],
        }


def party_of(speaker: str) -> str:
    """The side a speaker speaks for ("Rusland", "Kremlin spokesman" -> "Russia"), else itself."""
    found = party_forms().find(words(speaker))
    return found[0] if found else speaker.strip()


def source_key(e: LedgerEntry) -> tuple[str, str]:
    """One source: a speaker as the store keys them (one person however spelled, one body in
    any language, a bare title within its article:
    :func:`claimgraph.extract.identity.speaker_key`), in one outlet (in its article when it has
    none)."""
    return e.speaker_key or speaker_key(e.speaker, e.doc_id), e.outlet or e.doc_id


def outlet_of(url: str, source: str) -> str:
    """The publishing outlet: the URL's host without ``www.``, else the source name (a local
    file's name, not its path: ``kremlin-drone-nl-2023-05.txt``)."""
    host = urlparse(url).netloc.lower() if url else ""
    if host:
        return host.removeprefix("www.")
    return (re.split(r"[\\/]", source)[-1] or source) if _file_path(source) else source


def _file_path(source: str) -> bool:
    """Whether ``source`` is a file path that ingest recorded for an article without an outlet
    (``/data/a.txt``, ``./in/a.html``, ``C:\\news\\a.txt``), not a name such as ``NOS``."""
    if re.match(r"(?:[A-Za-z]:)?[\\/]|\.{1,2}[\\/]|~[\\/]", source):
        return True
    return bool(re.search(r"[\\/][^\\/]+\.[A-Za-z0-9]{1,5}$", source))


def entry(sourced: SourcedClaim) -> LedgerEntry:
    c = sourced.claim
    return LedgerEntry(
        claim_id=c.id,
        speaker=c.speaker,
        party=sourced.party,
        stance=c.stance,
        act=c.act,
        doc_id=c.doc_id,
        outlet=sourced.outlet,
        date=c.date,
        lang=c.lang,
        text=c.text,
        url=sourced.url,
        speaker_key=sourced.speaker_key,
    )


def _wire_key(e: LedgerEntry) -> str:
    """Copies of one wire text (same words, any outlet) share this key."""
    return _NON_WORD.sub(" ", e.text.lower()).strip()


def _nested_in_article(entries: list[LedgerEntry]) -> set[str]:
    """Claims whose text lies inside another claim's text of the same article: one statement
    the extraction found twice ("they were nothing but a toy" in "the men thought they were
    nothing but a toy", once for "One of the victims" and once for "One"), not two sources."""
    keyed = [(e, _wire_key(e)) for e in entries]
    return {
        e.claim_id
        for e, key in keyed
        if any(
            other.doc_id == e.doc_id
            and other.claim_id != e.claim_id
            and key in longer
            and len(key) < len(longer)
            for other, longer in keyed
        )
    }


def independent_assertions(entries: Iterable[LedgerEntry]) -> int:
    """Asserting sources that do not copy each other: distinct parties, and within a party
    distinct outlets whose texts differ; a text inside another of its article counts once."""
    asserting = [e for e in entries if e.stance == "assert" and _takes_a_side(e)]
    nested = _nested_in_article(asserting)
    by_party: dict[str, set[str]] = {}
    texts: set[str] = set()
    for e in asserting:
        key = _wire_key(e)
        if e.claim_id in nested or key in texts:
            continue
        texts.add(key)
        by_party.setdefault(e.party.lower(), set()).add(e.outlet or e.doc_id)
    parties = len(by_party)
    extra_outlets = sum(len(outlets) - 1 for outlets in by_party.values())
    return parties + extra_outlets


def _takes_a_side(e: LedgerEntry) -> bool:
    """A question ("Are you able to confirm that there was a drone attack?") is listed with the
    claim it asks about but neither asserts nor denies it."""
    return e.act != "question"


def derive_status(entries: list[LedgerEntry]) -> str:
    """One of :data:`STATUSES` for the sources so far; questions do not count."""
    entries = [e for e in entries if _takes_a_side(e)]
    asserting = {e.party.lower() for e in entries if e.stance == "assert"}
    denying = {e.party.lower() for e in entries if e.stance == "deny"}
    if asserting and denying and len(asserting | denying) > 1:
        return "disputed"
    if asserting:
        return "corroborated" if independent_assertions(entries) >= 2 else "asserted"
    if denying:
        return "denied"
    return "unverified"


def _undated_first(day: str | None) -> tuple[bool, str]:
    return day is not None, chronological(day or "")


def status_history(entries: list[LedgerEntry]) -> list[StatusChange]:
    """The status after each day's sources, listed where it changed (undated sources first)."""
    history: list[StatusChange] = []
    seen: list[LedgerEntry] = []
    for day in sorted({e.date for e in entries}, key=_undated_first):
        today = [e for e in entries if e.date == day]
        seen.extend(today)
        status = derive_status(seen)
        if not history or history[-1].status != status:
            reason = ", ".join(sorted({f"{e.party} {e.stance}" for e in today if _takes_a_side(e)}))
            history.append(StatusChange(date=day, status=status, because=reason))
    return history


def build_ledger(
    cluster_id: str, claims: list[SourcedClaim], story_id: str = "", label: str = ""
) -> Ledger:
    """The ledger of one cluster, labelled ``label`` (the cluster's medoid text, from
    :func:`claimgraph.link.cluster.link_claims`) or else by :func:`cluster_label`."""
    entries = sorted((entry(c) for c in claims), key=lambda e: (_undated_first(e.date), e.claim_id))
    return Ledger(
        cluster_id=cluster_id,
        label=label[:200] or cluster_label(entries),
        entries=entries,
        status=derive_status(entries),
        history=status_history(entries),
        story_id=story_id,
    )


def cluster_label(entries: list[LedgerEntry]) -> str:
    """A readable line for the cluster: the longest asserted text (not a question), else the
    longest text."""
    pool = [e for e in entries if e.stance == "assert" and _takes_a_side(e)] or entries
    return max((e.text for e in pool), key=len, default="")[:200]
