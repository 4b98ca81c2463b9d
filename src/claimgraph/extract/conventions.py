"""Annotation conventions: what one extraction mode counts as an attribution.

The default, ``annotation``, follows ``ANNOTATION.md``: a report of what someone said, wrote or
holds, by a named or pronominal source. ``polnear`` follows the PolNeAR guidelines (Newell,
Margolin and Ruths 2018), which annotate more: attitudes, plans and support (``wants``,
``supports``, ``plans to``), formal acts and deeds that put a position on record (``signed
an order that``, ``issued a statement``) and passives with an implicit source (``is expected
to``). The pipeline's filter on learned items
(``learned_stage._credible``) drops those under ``annotation``; each switch below lets one kind
through. Chosen by the caller (``analyze(..., conventions=...)``, ``--conventions``) and handed
down by ``annotate_many``: no stage reads a global.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Conventions:
    """Switches of one extraction mode; every switch off is ``ANNOTATION.md``."""

    name: str
    # learned items whose cue is in neither lexicon nor framed as a report (attitudes, plans),
    # or runs to more words than a report's verb group (``learned_stage.MAX_REPORT_CUE_WORDS``)
    keep_unknown_cues: bool = False
    # learned items whose cue is a legal or formal act or a deed (ANNOTATION.md rule 6)
    keep_acts: bool = False
    # items whose cue states an intention, wish or choice (``attitude_cues`` in
    # ``lang/<code>/grammar.toml``: ``intended to appeal``, ``decided to allow``): no report
    keep_attitudes: bool = False
    # items whose source is a picture (``depiction_nouns`` in ``lang/<code>/grammar.toml``:
    # ``Photographs showed``, ``footage from the scene showed``): no one reports
    keep_depictions: bool = False
    # learned items without a source whose cue is an agentless passive (``is expected to``):
    # the source is implicit (ANNOTATION.md rules 10, 11 leave such items out)
    keep_agentless_passives: bool = False
    # learned items whose cue is a passive of a verb whose subject is the one addressed or spoken
    # about (``was asked``, ``is expected to``, ``Asked whether ..., X said``): the source is the
    # ``by`` agent or none, never the subject (``target_passives`` in ``lang/<code>/grammar.toml``);
    # other passive cues without a source take their ``by`` agent
    implicit_passive_sources: bool = False
    # an item whose content holds another item's cue in a clause coordinated with its own cue's
    # clause (``said A and she accused B``) ends before that clause, so both stand as items
    end_before_coordinated_reports: bool = False


ANNOTATION = Conventions("annotation")
# each switch raised lenient F1 on PolNeAR train/5 with a CRF trained on the other 4/5
# (bench/results/attribution-polnear.md, twelfth session)
POLNEAR = Conventions(
    "polnear",
    keep_unknown_cues=True,
    keep_acts=True,
    keep_attitudes=True,
    keep_depictions=True,
    keep_agentless_passives=True,
    implicit_passive_sources=True,
    # PolNeAR train: 27 of 41 such clauses are an item of their own, 7 stay in the outer content
    # (bench/results/attribution-polnear.md, nineteenth session)
    end_before_coordinated_reports=True,
)
CONVENTIONS: dict[str, Conventions] = {c.name: c for c in (ANNOTATION, POLNEAR)}


def conventions_named(name: str) -> Conventions:
    """The conventions called ``name``; ValueError for an unknown name."""
    try:
        return CONVENTIONS[name]
    except KeyError:
        known = ", ".join(CONVENTIONS)
        raise ValueError(f"unknown conventions {name!r} (known: {known})") from None
