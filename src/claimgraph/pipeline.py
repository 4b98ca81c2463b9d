"""The pipeline: ingest -> nlp -> extract -> link, as functions from Documents to Documents."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial

from spacy.tokens import Doc

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.conventions import ANNOTATION, Conventions, conventions_named
from claimgraph.extract.datelines import dateline_speakers
from claimgraph.extract.dependency import extract_attributions_dependency
from claimgraph.extract.events import extract_events
from claimgraph.extract.headline_source import headline_quote_item, repeat_headline_speakers
from claimgraph.extract.learned import combine, right_before_cue
from claimgraph.extract.learned_stage import add_learned_attributions
from claimgraph.extract.orphan_quotes import add_orphan_quotes
from claimgraph.extract.parsed import remember_text
from claimgraph.extract.places import extract_places
from claimgraph.extract.speakers import headline_holder, resolve_added_pronouns
from claimgraph.extract.timex import extract_timexes
from claimgraph.extract.transcript import with_transcript_turns
from claimgraph.ingest.header import parse_header
from claimgraph.ingest.readers import document_from_text
from claimgraph.lang import LangData, available_languages, load_lang
from claimgraph.link.claims import claims_from_attributions
from claimgraph.model import Document, Event
from claimgraph.nlp import load, plain_spaces

# spaCy components whose annotations no stage reads: skipped in ``nlp.pipe`` (the entity
# recognizer is about a third of the Dutch pipeline's time; speakers come from our own rules).
# A stage that starts reading ``doc.ents`` must take its component off this list.
UNUSED_COMPONENTS = ("ner",)


def supported(lang: str) -> bool:
    """Languages with attribution data; others are stored with their text only."""
    return lang in available_languages()


def annotate(doc: Document, *, conventions: str = "annotation") -> Document:
    """Run every extraction stage on one Document (in place) and return it."""
    return next(annotate_many([doc], conventions=conventions))


def events_of(doc: Document) -> list[Event]:
    """A stored document's events; computed now, with its places, as the places and events
    stages find them, when it was stored without them (analysed before events existed)."""
    if doc.events or doc.places or not supported(doc.lang):
        return doc.events
    _find_places(doc)
    doc.events = extract_events(doc)
    return doc.events


def annotate_many(
    docs: Iterable[Document], batch_size: int = 32, *, conventions: str = "annotation"
) -> Iterator[Document]:
    """Annotate Documents, batching spaCy per language (models load once per process).

    Up to ``batch_size`` Documents are read ahead and parsed with ``nlp.pipe``, one call per
    language; they come back in input order. When reading ``docs`` raises, the Documents read
    before the error are still annotated and yielded, then the error propagates.
    ``conventions`` names what counts as an attribution (``extract.conventions``: ``annotation``,
    ANNOTATION.md; ``polnear``, PolNeAR's guidelines); ValueError for an unknown name.
    """
    size = max(1, batch_size)
    stages = stages_for(conventions_named(conventions))
    for batch, error in _batches(docs, size):
        parsed = parse_documents(batch, size)
        for i, doc in enumerate(batch):
            if i in parsed:
                _extract(doc, parsed[i], stages)
            yield doc
        if error is not None:
            raise error


def _batches(
    docs: Iterable[Document], size: int
) -> Iterator[tuple[list[Document], BaseException | None]]:
    """Lists of up to ``size`` Documents; the last one carries the error reading stopped on."""
    items = iter(docs)
    while True:
        batch: list[Document] = []
        try:
            for doc in items:
                batch.append(doc)
                if len(batch) == size:
                    break
        except Exception as err:  # handed on after the Documents read before it
            yield batch, err
            return
        if not batch:
            return
        yield batch, None
        if len(batch) < size:
            return


def parse_documents(batch: Sequence[Document], batch_size: int = 32) -> dict[int, Doc]:
    """spaCy Docs of the supported Documents in ``batch``, by position, one pipe per language:
    the parse every extraction stage reads (also used by evaluations that run one stage), of the
    texts with their Unicode spaces as plain ones (same offsets; the stages read the texts)."""
    languages = set(available_languages())
    by_lang: dict[str, list[int]] = {}
    for i, doc in enumerate(batch):
        if doc.lang in languages:
            by_lang.setdefault(doc.lang, []).append(i)
    parsed: dict[int, Doc] = {}
    for lang, positions in by_lang.items():
        texts = (plain_spaces(batch[i].text) for i in positions)
        nlp = load(lang)
        docs = nlp.pipe(texts, batch_size=batch_size, disable=UNUSED_COMPONENTS)
        parsed.update(zip(positions, docs, strict=True))
    return parsed


def _extract(doc: Document, parsed: Doc, stages: tuple[tuple[str, Stage], ...]) -> None:
    """Every extraction stage on one Document (in place), from its spaCy parse."""
    lang = load_lang(doc.lang)
    for _, stage in stages:
        stage(doc, parsed, lang)


def _rule_attributions(doc: Document, parsed: Doc, lang: LangData) -> None:
    # the first stage: the stages after it read the text ``parsed`` came from, not a rebuilt one
    remember_text(parsed, doc.text)
    doc.attributions = extract_attributions(parsed, lang)


def _dependency_attributions(doc: Document, parsed: Doc, lang: LangData) -> None:
    # reporting verbs with a parsed subject and complement that the rules did not cover; where
    # both give the same cue, the rules' speaker right before it stays (PolNeAR train: the parse's
    # other subject was wrong 12 times, right once). Not in a verb-second language: a fronted
    # adverbial inverts the subject there (``Bij het beschrijven van X zei Cuban``), so the phrase
    # right before the verb is no subject after a fronted phrase but the apposition of one
    # (``Bpf Bouw, het pensioenfonds voor de bouwsector zegt``: Dutch train, the parse right)
    subject = None if lang.verb_second else partial(right_before_cue, doc.text)
    found = extract_attributions_dependency(parsed, lang)
    doc.attributions = combine(doc.attributions, found, subject)
    resolve_added_pronouns(doc.attributions, found, doc.text, lang, parsed)


def _headline_quote_source(doc: Document, parsed: Doc, lang: LangData) -> None:
    # a headline that is one quotation, spoken by the source the body gives for the same claim
    item = headline_quote_item(doc.attributions, doc.text, parsed, lang)
    if item is not None:
        doc.attributions = combine(doc.attributions, [item])
    repeat_headline_speakers(doc.attributions, doc.text, lang)


def _orphan_quotes(doc: Document, parsed: Doc, lang: LangData) -> None:
    doc.attributions = add_orphan_quotes(doc.attributions, doc.text, parsed, lang)


def _transcript_turns(doc: Document, parsed: Doc, lang: LangData) -> None:
    doc.attributions = with_transcript_turns(parsed, lang, doc.attributions)


def _dateline_speakers(doc: Document, parsed: Doc, lang: LangData) -> None:
    # the parser makes a dateline's place (``WASHINGTON (AP) —``) the first verb's subject
    dateline_speakers(doc.attributions, parsed, doc.text, lang)


def _headline_holders(doc: Document, parsed: Doc, lang: LangData) -> None:
    # "The Ukrainian president" under a headline that names Zelensky (the title, or the
    # article's first line where the title is part of its text)
    headline = doc.title or doc.text.split("\n", 1)[0]
    for att in doc.attributions:
        att.speaker = headline_holder(att.speaker, headline, lang) or att.speaker


def _timexes(doc: Document, parsed: Doc, lang: LangData) -> None:
    body = _body_start(doc.text)  # the header's own date is metadata, not a mention
    found = extract_timexes(doc.text, doc.lang, doc.date, parsed)
    doc.timexes = [t for t in found if t.span[0] >= body]


def _places(doc: Document, parsed: Doc, lang: LangData) -> None:
    _find_places(doc)


def _find_places(doc: Document) -> None:
    """The places named in ``doc``'s text after its header, its speakers' names not taken for
    places."""
    speakers = [a.speaker for a in doc.attributions]
    doc.places = extract_places(doc.text, doc.lang, people=speakers, start=_body_start(doc.text))


@lru_cache(maxsize=8)  # read by two stages per article: parse the header once
def _body_start(text: str) -> int:
    """Where the article's text starts after its metadata header."""
    return parse_header(text).end


def _events(doc: Document, parsed: Doc, lang: LangData) -> None:
    doc.events = extract_events(doc)


def _claims(doc: Document, parsed: Doc, lang: LangData) -> None:
    doc.claims = claims_from_attributions(doc)


Stage = Callable[[Document, Doc, LangData], None]
# The extraction stages after spaCy, in order; each fills fields of the Document in place.
# Named so that bench/bench_pipeline.py can time them one by one (and group the attribution
# stages by their "attribution"/"transcript" prefix).
STAGES: tuple[tuple[str, Stage], ...] = (
    ("attribution rules", _rule_attributions),
    ("attribution dependency", _dependency_attributions),
    ("attribution learned", add_learned_attributions),
    ("attribution headline quote source", _headline_quote_source),
    ("attribution orphan quotes", _orphan_quotes),
    ("transcript turns", _transcript_turns),
    ("attribution datelines", _dateline_speakers),
    ("attribution headline holders", _headline_holders),
    ("timexes", _timexes),
    ("places", _places),
    ("events", _events),
    ("claims", _claims),
)


def stages_for(conventions: Conventions) -> tuple[tuple[str, Stage], ...]:
    """:data:`STAGES` with the learned stage under ``conventions`` (the only stage they steer)."""
    if conventions == ANNOTATION:
        return STAGES
    learned = partial(add_learned_attributions, conventions=conventions)
    return tuple(
        (name, learned if stage is add_learned_attributions else stage) for name, stage in STAGES
    )


def analyze(
    text: str, lang: str | None = None, date: str | None = None, *, conventions: str = "annotation"
) -> Document:
    """Analyze one article's text: who claims what, with which stance, where in the text
    (``conventions``: what counts as an attribution, see :func:`annotate_many`).

    ``text`` is a ``str``; anything else, bytes included, raises :class:`TypeError` saying so
    (decode bytes first, or read files with :func:`claimgraph.ingest.iter_documents`, which
    finds their encoding as ``claimgraph ingest`` does)."""
    return annotate(document_from_text(text, lang=lang, date=date), conventions=conventions)
