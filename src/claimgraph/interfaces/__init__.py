"""Interfaces people use: the command line (``cli``), the Python API and the web app."""


def counted(n: int, noun: str) -> str:
    """``n`` with ``noun``, plural unless one ("1 source", "3 sources"); the nouns the pages
    and tables count (attribution, claim, source, event, speaker) take a plain -s."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# How a "some time before/after now" (TimeML PAST_REF, FUTURE_REF) reads next to a date.
_RELATIVE = {"PAST_REF": "before", "FUTURE_REF": "after"}


def event_when(time: str, basis: str, published: str | None, date: str = "") -> str:
    """An event's time as the tables and pages show it, marked when it is not read in its
    sentence (``Event.time_basis``): the article's publication date taken for want of a time as
    "2019-03-24 (published)", a "before/after now" of its clause as "before 2019-03-24
    (published)". A time read in its sentence shows as ``date`` (the calendar date the events
    page sorts on) when it starts with it, else as itself ("2023-W18", not the publication date
    the page sorts a week by). An event stored before its basis was recorded shows as before:
    ``date`` or else ``time``, unmarked, since which it was is not known."""
    if basis == "published":
        return f"{time} (published)"
    if basis == "clause" and time in _RELATIVE:
        when = _RELATIVE[time]
        return f"{when} {published} (published)" if published else f"{when} publication"
    if basis == "sentence":
        return date if date and time.startswith(date) else time
    return date or time
