"""HTML fragments (feed summaries and content) to plain text with paragraph breaks."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that end a paragraph; their text is set off by a blank line.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
})  # fmt: skip
# Tags whose content is not text for a reader.
SKIP_TAGS = frozenset({"script", "style", "template", "noscript", "head"})

_PARAGRAPH = "\x00P"  # markers that cannot occur in parsed text (NUL is dropped by the parser)
_LINE = "\x00L"
_SPACES = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append(_LINE)
        elif tag in BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(_SPACES.sub(" ", data.replace("\x00", "")))


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: entities resolved, paragraphs separated by a blank line."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    joined = "".join(collector.parts)
    paragraphs = []
    for block in joined.split(_PARAGRAPH):
        lines = (line.strip() for line in block.split(_LINE))
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)
