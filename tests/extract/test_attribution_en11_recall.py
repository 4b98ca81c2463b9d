"""Issue #5, round 11: English recall on PolNeAR. Whatever "according to" governs is the source
(a report, a poll, several senior Democrats); a quoted whole sentence after an attributed quote
continues it, also a short one and one after a no-break space the parser does not split at; and
``"…," he continued.`` reports its quote with a verb the cue list does not know."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _items(text: str):
    return extract_attributions(load("en")(text), load_lang("en"))


def _contents(text: str) -> dict[str, str]:
    return {text[slice(*a.content_span)]: a.speaker for a in _items(text)}


def test_attribution_en11_according_to_a_report_is_its_source():
    # PolNeAR train, every 5th article held out (huff-post_2016-08-28)
    text = (
        "Clinton, a former secretary of state, attended the meeting alone, according to a pool "
        "report."
    )
    (item,) = _items(text)
    assert item.cue == "according to"
    assert text[slice(*item.speaker_span)] == "a pool report"
    assert text[slice(*item.content_span)] == (
        "Clinton, a former secretary of state, attended the meeting alone"
    )


def test_attribution_en11_according_to_ending_the_sentence_reports_what_precedes():
    # PolNeAR train (west-journal_2016-08-01): no comma before the cue, nothing after the source
    text = (
        "Clinton, who was tied with Trump at 42 percent on July 25, is now well ahead of the GOP "
        "challenger 46 percent to 39 percent according to a CBS poll released Monday."
    )
    (item,) = [a for a in _items(text) if a.cue == "according to"]
    assert item.speaker == "CBS"  # the poll speaks for its author (ANNOTATION.md)
    assert text[slice(*item.content_span)].startswith("Clinton, who was tied with Trump")
    assert text[slice(*item.content_span)].endswith("46 percent to 39 percent")


def test_attribution_en11_short_quoted_sentence_continues_the_quote():
    # PolNeAR train (huff-post_2016-02-07)
    text = (
        "Trump said families of people killed by police file lawsuits.\n"
        '"They sue," he said. "Everybody sues, right?"'
    )
    contents = _contents(text)
    quoted = next(speaker for content, speaker in contents.items() if "They sue" in content)
    assert contents["Everybody sues, right?"] == quoted


def test_attribution_en11_quote_after_no_break_space_continues_the_quote():
    # PolNeAR train (huff-post_2016-02-07): "said.\xa0"And" is one sentence to the parser
    text = (
        '"I have to say that the police are absolutely mistreated and misunderstood," he said.'
        "\xa0\"And if there is an incident -- whether it's an incident done purposely, which is a "
        'horror, and you should take very strong action."'
    )
    contents = _contents(text)
    continuation = next(c for c in contents if c.startswith("And if there is an incident"))
    assert (
        contents[continuation]
        == contents["I have to say that the police are absolutely mistreated and misunderstood"]
    )


def test_attribution_en11_he_continued_reports_the_quote():
    # PolNeAR train (huff-post_2016-02-07)
    text = (
        '"The police in this country have done an unbelievable job of keeping law and order. '
        "And they're afraid for their jobs,\" he continued."
    )
    (item,) = _items(text)
    assert item.cue == "continued"
    assert item.type == "direct"
    assert text[slice(*item.content_span)].endswith("afraid for their jobs")


def test_attribution_en11_continued_with_a_complement_is_no_cue():
    text = '"We will win this state," Trump continued to argue on Friday.'
    assert all(a.cue != "continued" for a in _items(text))
