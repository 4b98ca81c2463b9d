"""PN4: a no-break space between two words is parsed as the plain space it stands for. spaCy's
tokenizer splits on " " alone and kept ``\\xa0`` as a token of its own, which the parse made the
subject of the reporting verb (``the company\\xa0said``: the company became the object of the
quotation), so no stage extracted the reporting clause (issue #5; PolNeAR train)."""

from __future__ import annotations

import claimgraph
from claimgraph.nlp import load, parse, plain_spaces

# PolNeAR train, west-journal_2016-08-29 (the paragraph before the quotation and the quotation)
WEINER = (
    "Business Insider also commented on Weiner’s future as a contributor with the company, but "
    "acknowledged it\xa0had no formal relationship to dissolve.\n\n"
    "“We are sorry to hear about the dissolution of the Weiners’ marriage, and we wish them all "
    "the best,” the company\xa0said in a statement.\n"
)

# PolNeAR train, west-journal_2016-04-02
SILVER = (
    "The website fivethirtyeight noted that the way states select delegates works against Trump.\n\n"
    "“Trump’s delegate problems stem from two major issues,” writes\xa0Nate Silver.\n"
)


def _item(text: str, content_start: str):
    doc = claimgraph.analyze(text, lang="en")
    found = [a for a in doc.attributions if a.content(doc.text).startswith(content_start)]
    assert found, [(a.speaker, a.cue, a.content(doc.text)) for a in doc.attributions]
    return found[0]


def test_no_break_space_before_the_verb_keeps_its_subject() -> None:
    item = _item(WEINER, "We are sorry")
    assert item.cue == "said"
    assert item.speaker == "company"


def test_no_break_space_after_the_verb_keeps_its_inverted_speaker() -> None:
    item = _item(SILVER, "Trump’s delegate problems")
    assert item.cue == "writes"
    assert item.speaker == "Nate Silver"


def test_unicode_spaces_become_plain_spaces_at_the_same_offsets() -> None:
    text = "de heer\xa0Jansen zei\u202fdat het\u2009kon.\n\nEinde."
    assert plain_spaces(text) == "de heer Jansen zei dat het kon.\n\nEinde."
    doc = parse(load("nl"), text)
    assert not any(tok.is_space for tok in doc if "\n" not in tok.text)
    assert [tok.idx for tok in doc][:4] == [0, 3, 8, 15]
