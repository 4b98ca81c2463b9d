"""Readable tables of attributions for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from claimgraph.interfaces import counted
from claimgraph.model import Attribution, Document

STANCE_STYLE = {"assert": "green", "deny": "red", "doubt": "yellow", "speculate": "magenta"}
CONTENT_WIDTH = 90


def short(text: str, width: int = CONTENT_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def attribution_row(att: Attribution, content: str) -> list[Text | str]:
    style = STANCE_STYLE.get(att.stance, "")
    return [
        att.speaker,
        Text(att.stance, style=style),
        att.act,
        att.type,
        att.cue or "–",
        short(content),
    ]


def attributions_table(
    title: str, rows: list[list[Text | str]], extra_columns: Sequence[str] = ()
) -> Table:
    """Rows of :func:`attribution_row`, each followed by one value per ``extra_columns``."""
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    table.add_column("speaker", max_width=30)
    for name in ("stance", "act", "type"):
        table.add_column(name, no_wrap=True)
    table.add_column("cue", max_width=24)
    table.add_column("content", ratio=1)
    for name in extra_columns:
        table.add_column(name, no_wrap=True)
    for row in rows:
        table.add_row(*row)
    return table


def document_table(doc: Document) -> Table:
    title = f"{doc.title or doc.source or doc.id}  [{doc.lang}, {doc.date or 'no date'}]  {counted(len(doc.attributions), 'attribution')}"
    rows = [attribution_row(a, doc.surface(a.content_span)) for a in doc.attributions]
    return attributions_table(title, rows)
