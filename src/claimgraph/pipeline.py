"""The pipeline: ingest -> nlp -> extract -> link, as functions from Documents to Documents."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.events import extract_events
from claimgraph.extract.learned import combine, extract_attributions_learned, model_available
from claimgraph.extract.places import extract_places
from claimgraph.extract.timex import extract_timexes
from claimgraph.extract.transcript import with_transcript_turns
from claimgraph.ingest.header import parse_header
from claimgraph.ingest.readers import document_from_text
from claimgraph.lang import available_languages, load_lang
from claimgraph.link.claims import claims_from_attributions
from claimgraph.model import Document
from claimgraph.nlp import load


def supported(lang: str) -> bool:
    """Languages with attribution data; others are stored with their text only."""
    return lang in available_languages()


def annotate(doc: Document) -> Document:
    """Run every extraction stage on one Document (in place) and return it."""
    return next(annotate_many([doc]))


def annotate_many(docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
    """Annotate Documents, batching spaCy per language (models load once per process)."""
    for doc in docs:
        if not supported(doc.lang):
            yield doc
            continue
        nlp = load(doc.lang)
        parsed = nlp(doc.text)
        lang = load_lang(doc.lang)
        attributions = extract_attributions(parsed, lang)
        if model_available(doc.lang):
            # the rules' items first (precise on quotes), then learned ones they do not cover
            attributions = combine(attributions, extract_attributions_learned(parsed, lang))
        doc.attributions = with_transcript_turns(parsed, lang, attributions)
        body = parse_header(doc.text).end  # the header's own date is metadata, not a mention
        doc.timexes = [
            t for t in extract_timexes(doc.text, doc.lang, doc.date) if t.span[0] >= body
        ]
        speakers = [a.speaker for a in doc.attributions]
        doc.places = extract_places(doc.text, doc.lang, people=speakers, start=body)
        doc.events = extract_events(doc)
        doc.claims = claims_from_attributions(doc)
        yield doc


def analyze(text: str, lang: str | None = None, date: str | None = None) -> Document:
    """Analyze one article's text: who claims what, with which stance, where in the text."""
    return annotate(document_from_text(text, lang=lang, date=date))
