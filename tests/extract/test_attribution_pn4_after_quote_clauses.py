"""PN4: reporting clauses after a quotation that no stage took (issue #5; PolNeAR train).

A no-break space between two words is parsed as the plain space it stands for: spaCy's tokenizer
splits on " " alone and kept ``\\xa0`` as a token of its own, which the parse made the subject of
the reporting verb (``the company\\xa0said``: the company became the quotation's object). After
``"…," said`` a phrase from a determiner to a lower-case noun is the speaker, whether or not the
role lists know the noun (``said the designer``, ``said a senior Cruz adviser``)."""

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


# PolNeAR train, wash-post_2016-08-09 (the sentence before the quotation and the quotation)
DESIGNER = (
    "So she burned her vacation days, drained her savings and then relied on her husband's "
    "income after giving birth to her son.\n\n"
    '"It\'s hard enough emotionally to come back to work right after having a baby," said the '
    "designer, who works for another brand at G-III. \"But to know you're returning to a company "
    "that doesn't value you is worse.\"\n"
)

# PolNeAR train, politico_2016-05-31 (shortened: the sentences before the quotation)
ADVISER = (
    "The freshman senator wants to return to the campaign trail this fall as a conservative "
    "surrogate for Republicans aiming to turn out the GOP base, they say.\n\n"
    "“That can go a long way toward establishing good relationships,” said a senior Cruz adviser."
    " “At the same time, though, I’d be wildly surprised if he suddenly started moderating his "
    "principles just to get along.”\n"
)


def test_quote_then_said_and_a_described_speaker_outside_the_role_lists() -> None:
    item = _item(DESIGNER, "It's hard enough")
    assert item.cue == "said"
    assert item.speaker == "designer"


def test_quote_then_said_and_a_description_past_a_name_inside_it() -> None:
    item = _item(ADVISER, "That can go a long way")
    assert item.cue == "said"
    assert item.speaker == "senior Cruz adviser"
