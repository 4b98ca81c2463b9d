"""The handlers, which turn a pattern match into timexes (type and value), one module per kind of
expression: calendar dates, holidays, reporting periods, clock times, weekdays, relative
expressions, durations and sets. Importing this package registers each handler in ``_HANDLERS``
under the name the ``[patterns]`` tables of ``lang/<code>/timex.toml`` use.
"""

from claimgraph.extract.timex.context import _HANDLERS
from claimgraph.extract.timex.handlers import (
    calendar_dates,
    clock,
    durations,
    holidays,
    relative,
    reports,
    weekdays,
)

__all__ = [
    "_HANDLERS",
    "calendar_dates",
    "clock",
    "durations",
    "holidays",
    "relative",
    "reports",
    "weekdays",
]
