""" "that evening", "the next morning": a part of the day the text last mentioned (or the day
after it), TimeML TIME; without an earlier day, counted from the article date. Real Wikinews
(English timex check set, read half) and AQUAINT text."""

from claimgraph.extract.timex import extract_timexes


def _found(text: str, anchor: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, "en", anchor)]


def test_timex_en_that_evening_is_the_day_last_mentioned() -> None:
    text = (  # en-wikinews-79
        "Belly dancing troupe Tribal Evolution performed on Saturday and again that evening at the"
        " adults-only Costume Ball."
    )
    assert _found(text, "2019-08-05") == [
        ("Saturday", "DATE", "2019-08-03"),
        ("that evening", "TIME", "2019-08-03TEV"),
    ]


def test_timex_en_the_next_morning_follows_the_day_last_mentioned() -> None:
    text = (  # AQUAINT NYT20000224.0173
        "The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home to try"
        " to work out their differences. Neither side would say what happened, but when Manuel"
        " returned to his house, he was so upset he felt heart palpitations and was taken to a"
        " hospital.\n\nHe was soon released and appeared to be reasonably healthy when he appeared"
        " in court the next morning."
    )
    found = _found(text, "2000-02-24")
    assert ("last Tuesday", "DATE", "2000-02-22") in found
    assert found[-1] == ("the next morning", "TIME", "2000-02-23TMO")


def test_timex_en_next_morning_without_a_day_counts_from_the_anchor() -> None:
    text = "He was soon released and appeared in court the next morning."  # AQUAINT, cut
    assert _found(text, "2000-02-24")[-1] == ("the next morning", "TIME", "2000-02-25TMO")
