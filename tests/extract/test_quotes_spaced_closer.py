"""A straight double closing mark set off by one space after a closing single quote
(``... so openly and clearly.' "``, also a no-break space, English Wikinews 122, CC BY 2.5, check set 2) closes the
quotation; a double mark after a space elsewhere still opens one."""

from __future__ import annotations

from claimgraph.extract.quotes import find_quotes
from claimgraph.lang import load_lang

HONIG = (
    "Regarding Trump's phone call, former federal prosecutor Elie Honig said via Twitter: \"If I "
    "got a transcript like the Trump-Ukraine call in a regular criminal case for bribery or "
    "extortion, I'd think, 'Wow, I’m surprised they're discussing this so openly and clearly.' \""
)


def test_spaced_closer_after_single_quote_closes_the_quotation():
    [quote] = find_quotes(HONIG, load_lang("en"))
    assert HONIG[slice(*quote.inner)].startswith("If I got a transcript")
    assert quote.outer[1] == len(HONIG)


def test_closer_after_a_no_break_space_closes_the_quotation():
    # Wikinews writes the space between the two closing marks as U+00A0
    text = HONIG[:-2] + '\u00a0"\n\n"The only conclusion is this," tweeted Ken Gude.'
    quotes = find_quotes(text, load_lang("en"))
    assert [text[slice(*q.inner)][:9] for q in quotes] == ["If I got ", "The only "]


def test_double_mark_after_a_space_still_opens():
    text = 'He said "no" and she said "yes" again.'
    quotes = find_quotes(text, load_lang("en"))
    assert [text[slice(*q.inner)] for q in quotes] == ["no", "yes"]
