"""Issue #5, session 15 (E31): in English, the parsed subject of a cue-less clause that ends in the
colon before a quotation speaks the quotation, when it is a personal pronoun or its phrase holds
a name; its phrase is the speaker, not the whole clause. A clause with a cue keeps its cue, and
Dutch is untouched. Counted over PolNeAR train and the readable Wikinews gold (27 such subjects
the gold source, 3 another mention of the same person, 2 someone else, 3 no attribution).
Sentences from English Wikinews (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

CHAN = (
    'Legislator Tanya Chan spoke to the press after the speech: "I really urge [Lam], if she '
    "can’t govern Hong Kong, and has no determination to govern Hong Kong, and no ability or "
    "even capability of administrating Hong Kong, to please step down. This is the only way we "
    'can have a good future, the only way Hong Kong can go forward."'
)
KHAMENEI = (
    "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public "
    "mourning after the strike. In his message, he appreciated Soleimani's lifepath: \"He was a "
    "stellar example of those educated and nurtured in Islam and the school of Imam Khomeini "
    '(ra). He spent his entire life engaging in jihad in the path of God."'
)
BOLSONARO = (
    "Brazilian President Jair Bolsonaro opposed Macron's statement: \"The French president's "
    "suggestion that Amazon issues be discussed at the G-7 without participation by the "
    "countries in the region evokes a colonialist mentality that is out of place in the 21st "
    'century[.]"'
)
HONIG = (
    "Regarding Trump's phone call, former federal prosecutor Elie Honig said via Twitter: \"If I "
    "got a transcript like the Trump-Ukraine call in a regular criminal case for bribery or "
    "extortion, I'd think, 'Wow, I’m surprised they're discussing this so openly and clearly.'\""
)


def _quote_item(text: str) -> Attribution:
    items = extract_attributions(load("en")(text), load_lang("en"))
    opening = text.index(': "') + 3
    [item] = [a for a in items if a.content_span[0] == opening]
    return item


def _speaker_text(text: str, item: Attribution) -> str:
    assert item.speaker_span is not None
    return text[slice(*item.speaker_span)]


def test_e31_subject_of_a_long_clause_speaks_the_quotation():
    item = _quote_item(CHAN)
    assert item.cue == ":" and item.type == "direct"
    assert _speaker_text(CHAN, item) == "Legislator Tanya Chan"


def test_e31_pronoun_subject_not_the_clause_speaks():
    item = _quote_item(KHAMENEI)
    assert _speaker_text(KHAMENEI, item) == "he"


def test_e31_name_subject_not_the_clause_speaks():
    item = _quote_item(BOLSONARO)
    assert _speaker_text(BOLSONARO, item) == "Brazilian President Jair Bolsonaro"


def test_e31_clause_with_a_cue_keeps_its_cue():
    # "said" lies in the clause: the subject phrase alone would leave "said via Twitter" to
    # become an item of its own
    items = extract_attributions(load("en")(HONIG), load_lang("en"))
    assert not any(HONIG[slice(*a.content_span)] == "via Twitter" for a in items)
