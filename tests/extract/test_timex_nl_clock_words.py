"""Dutch clock times with the hour in words ("om tien uur", "vier uur 's ochtends") are TIME
values, not durations; a weekday before a clock time is one timex. Sentences from DPG news
(shared/data/nl-news), none from the timex dev or check sets."""

import pytest

from claimgraph.extract.timex import extract_timexes


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # 10795296: the part of day sets the half of the day and is part of the timex
            "Rond vier uur 's ochtends schrok ze van een enorme knal.",
            "2019-04-08",
            ("vier uur 's ochtends", "TIME", "2019-04-08T04:00"),
        ),
        (  # 10751913
            "Een oplettend getuige hoorde rond tien uur 's avonds gestommel vanuit de"
            " juwelierszaak komen en belde de politie.",
            "2019-03-27",
            ("tien uur 's avonds", "TIME", "2019-03-27T22:00"),
        ),
        (  # 10742078: after "om" a bare hour in words is a clock time
            "Om tien uur zal de Arnhemse burgemeester Marcouch de officiële uitslag van de"
            " verkiezingen van woensdag bekendmaken.",
            "2019-03-25",
            ("tien uur", "TIME", "2019-03-25T10:00"),
        ),
    ],
)
def test_timex_nl_clock_hour_in_words(
    sentence: str, anchor: str, expected: tuple[str, str, str]
) -> None:
    first = extract_timexes(sentence, "nl", anchor)[0]
    assert (first.text, first.type, first.value) == expected


def test_timex_nl_weekday_with_clock_time_is_one_timex() -> None:
    # 10741447 (published Monday 2019-03-25)
    found = extract_timexes(
        "De tunnelbuis was vanaf zaterdag 22.00 uur gesloten, het verkeer werd omgeleid.",
        "nl",
        "2019-03-25",
    )
    assert [(t.text, t.type) for t in found] == [("zaterdag 22.00 uur", "TIME")]
    assert found[0].value.endswith("T22:00")
