"""Property tests: ``analyze`` never raises on any text, and every span it reports lies inside the
text, covers the surface it stores, and content spans are not empty."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.errors import InputError
from claimgraph.pipeline import analyze

QUOTE_MARKS = ["„", "”", "“", ",,", "''", "‘", "’", "«", "»", '"', "'", "‹", "›", "`"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
NEWS = [
    "Zelensky ontkent",
    "zei Rutte",
    "aldus de woordvoerder",
    "volgens het Kremlin",
    "dreigt met",
    "De president zegt dat",
    "Blinken said",
    "she denied",
    "according to Moscow",
    "warned that",
    "gisteren",
    "dinsdag 3 mei 2023",
    "vorige week",
    "yesterday",
    "on May 3, 2023",
    "om 14.00 uur",
    "Кремль заявил",
    "Łukaszenka",
    "الكرملين",
    "קרמלין",
    "克里姆林宫",
    " ",
    ". ",
    ", ",
    ": ",
    "\n",
    "\n\n",
    "\r\n",
    "\u2028",
    "…",
    "—",
]
FRAGMENT = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(INVISIBLE + BIDI),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=8),
)
PAIRS = st.sampled_from(
    [
        ("„", "”"),
        ("“", "”"),
        ("‘", "’"),
        ("«", "»"),
        ("»", "«"),
        ('"', '"'),
        ("'", "'"),
        (",,", "''"),
    ]
)


@st.composite
def nested_quotes(draw: st.DrawFn) -> str:
    """A statement quoting a statement quoting ... with mixed (sometimes unclosed) quote marks."""
    core = "".join(draw(st.lists(FRAGMENT, max_size=6)))
    for _ in range(draw(st.integers(1, 5))):
        opener, closer = draw(PAIRS)
        closer = draw(st.sampled_from([closer, closer, ""]))
        speaker = draw(st.sampled_from(["Rutte zei", "Zelensky ontkent:", "Blinken said", "Hij"]))
        core = f"{speaker} {opener}{core}{closer}{draw(st.sampled_from(['.', ',', '', ' aldus hij.']))}"
    return core


NEWS_TEXT = st.one_of(st.lists(FRAGMENT, max_size=30).map("".join), nested_quotes())
LANG = st.sampled_from(["nl", "en", None])
# edge dates: relative expressions ("volgende week", "vorig jaar") must not leave the calendar
DATE = st.sampled_from([None, "2023-05-03", "2023-05", "2023", "0001-01-01", "9999-12-31"])


def _assert_spans_ok(doc, span_problems) -> None:
    assert span_problems(doc) == [], doc.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWS_TEXT, lang=LANG, date=DATE)
def test_pipeline_spans_inside_text_for_any_news_like_text(text, lang, date, fuzz_bench):
    doc = analyze(text, lang=lang, date=date)
    _assert_spans_ok(doc, fuzz_bench.span_problems)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=400))
def test_pipeline_never_raises_on_any_code_points(text, fuzz_bench):
    for lang in ("nl", "en"):
        _assert_spans_ok(analyze(text, lang=lang), fuzz_bench.span_problems)


def test_pipeline_spans_on_real_quote_styles(fuzz_bench):
    """Every quote style (and invisible marks inside) gives the quoted words as content."""
    sentences = [
        "Rutte zei: „We gaan niet onderhandelen.”",
        "Rutte zei: “We gaan niet onderhandelen.”",
        "Rutte zei: ,,We gaan niet onderhandelen.''",
        "Rutte zei: «We gaan niet onderhandelen.»",
        "Rutte zei: ‘We gaan niet onderhandelen.’",
    ]
    for text in sentences:
        doc = analyze(text, lang="nl")
        _assert_spans_ok(doc, fuzz_bench.span_problems)
        assert {doc.surface(a.content_span) for a in doc.attributions} == {
            "We gaan niet onderhandelen."
        }, text
        assert "zei" in [a.cue for a in doc.attributions], text


def test_pipeline_invisible_marks_keep_the_statement(fuzz_bench):
    """Zero-width and bidi marks (common in scraped text) do not hide the statement."""
    text = "Rutte zei: \u200b„We gaan\u200d niet onderhandelen.”\u202e"
    doc = analyze(text, lang="nl")
    _assert_spans_ok(doc, fuzz_bench.span_problems)
    assert [a.cue for a in doc.attributions][:1] == ["zei"]
    assert all("onderhandelen." in doc.surface(a.content_span) for a in doc.attributions)


def test_pipeline_bad_date_is_one_line_input_error():
    """A publication date that is no date is the caller's error, reported as one line."""
    for bad in ("2023-02-30", "gisteren", "99999-01-01", "2023-13"):
        try:
            analyze("Rutte zei gisteren dat hij stopt.", lang="nl", date=bad)
        except InputError as err:
            assert bad in str(err) and "\n" not in str(err)
        else:
            raise AssertionError(f"{bad!r} was accepted as a date")
