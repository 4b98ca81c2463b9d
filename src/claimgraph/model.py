"""The one data model every stage shares.

Every item that comes from an article carries half-open ``[start, end)`` code-point offsets into
``Document.text``. Field names of :class:`Attribution` are those of ``shared/ANNOTATION.md``.
``to_dict``/``from_dict`` round-trip losslessly through JSON.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, TypeVar

Span = tuple[int, int]

STANCES = ("assert", "deny", "doubt", "speculate")
ACTS = ("statement", "accusation", "threat", "question", "promise", "demand")
TYPES = ("direct", "indirect", "mixed")
ENTITY_LABELS = ("PER", "ORG", "LOC", "GPE", "MISC", "NORP")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
# Where an event's time comes from (``Event.time_basis``); "" when unknown or there is no time.
TIME_BASES = ("sentence", "clause", "published")

T = TypeVar("T")


def content_id(text: str) -> str:
    """A document's id: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _span(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


class Record:
    """Shared (de)serialisation: dataclass fields, spans as tuples, nested records by type."""

    SPAN_FIELDS: ClassVar[tuple[str, ...]] = ()
    _NESTED: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        return json.loads(json.dumps(asdict(self), ensure_ascii=False))  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in cls.SPAN_FIELDS:  # type: ignore[attr-defined]
                value = _span(value)
            elif key in cls._NESTED:  # type: ignore[attr-defined]
                value = [cls._NESTED[key].from_dict(v) for v in value]  # type: ignore[attr-defined]
            values[key] = value
        return cls(**values)


@dataclass
class Mention(Record):
    """A named entity mention; ``canonical`` is the normalised name it refers to."""

    text: str
    span: Span
    label: str
    canonical: str = ""

    SPAN_FIELDS = ("span",)


@dataclass
class Attribution(Record):
    """A statement the article ascribes to a source (see ``shared/ANNOTATION.md``)."""

    speaker: str
    speaker_span: Span | None
    cue: str
    cue_span: Span | None
    content_span: Span
    type: str = "indirect"
    stance: str = "assert"
    act: str = "statement"
    confidence: float = 1.0
    id: str = ""

    SPAN_FIELDS = ("speaker_span", "cue_span", "content_span")

    def content(self, text: str) -> str:
        return text[self.content_span[0] : self.content_span[1]]


@dataclass
class Timex(Record):
    """A temporal expression with its TimeML type and normalised value."""

    span: Span
    text: str
    type: str
    value: str

    SPAN_FIELDS = ("span",)


@dataclass
class Place(Record):
    """A place mention resolved against the gazetteer (``geonames_id`` 0 when unresolved)."""

    span: Span
    text: str
    name: str
    geonames_id: int = 0
    lat: float | None = None
    lon: float | None = None
    country: str = ""

    SPAN_FIELDS = ("span",)


@dataclass
class Event(Record):
    """Who did what to whom, when and where (PLOVER); ``attribution`` is the id of the claim.

    ``type``/``mode`` are a PLOVER event type and mode ("ASSAULT", "heavy-weapons"). Each party
    has its name as in the text, its country (ISO 3166 alpha-3, "" if unknown) and a CAMEO-style
    role code ("GOV", "MIL", ...). ``time`` is a TimeML value; ``place`` the resolved place name
    and ``place_id`` its GeoNames id (0 when unknown or unresolved).

    ``time_basis`` says where ``time`` comes from (:data:`TIME_BASES`): ``"sentence"``, a
    calendar time named in the event's sentence ("op 12 maart", "zondag"); ``"clause"``, a
    "some time before/after now" of its clause ("onlangs", "binnenkort": ``time`` is PAST_REF or
    FUTURE_REF); ``"published"``, no time in its sentence, so the article's publication date
    stands in, which may be days or years after the event ("de moord in 2005" told three
    sentences earlier). ``""``: no time, or an event stored before the basis was recorded.
    """

    trigger: str
    trigger_span: Span
    type: str
    mode: str = ""
    source_actor: str = ""
    source_country: str = ""
    source_role: str = ""
    target_actor: str = ""
    target_country: str = ""
    target_role: str = ""
    time: str = ""
    time_basis: str = ""
    place: str = ""
    place_id: int = 0
    attribution: str = ""
    span: Span | None = None

    SPAN_FIELDS = ("trigger_span", "span")


@dataclass
class Claim(Record):
    """A proposition attributed to a source; the same claim in other articles links to it."""

    id: str
    text: str
    speaker: str
    stance: str
    act: str
    attribution: str
    doc_id: str
    lang: str = ""
    date: str | None = None


@dataclass
class Document(Record):
    """An article and everything extracted from it."""

    text: str
    id: str = ""
    url: str = ""
    source: str = ""
    lang: str = ""
    date: str | None = None
    title: str = ""
    attributions: list[Attribution] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    _NESTED: ClassVar[dict[str, type]] = {
        "attributions": Attribution,
        "entities": Mention,
        "timexes": Timex,
        "places": Place,
        "events": Event,
        "claims": Claim,
    }

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def surface(self, span: Span | None) -> str:
        """The text under ``span`` (empty for an implicit span)."""
        return "" if span is None else self.text[span[0] : span[1]]

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str) -> Document:
        return cls.from_dict(json.loads(data))
