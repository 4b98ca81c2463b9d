"""Issue #5, round 15: content boundaries of English reports. A comma-set opener before
``X said <clause>`` is the narrator's, not the content (``Emerging from the meeting, Sanders said
the session ...``), and the content of ``told <addressee> <adverbials> that X`` opens after the
complementizer even where the parse misses the clause; after a denial the object is the claim
(``rejected the idea that X``). Sentences from PolNeAR train (every 5th article, held out)."""

from __future__ import annotations

EMERGING = (
    "Emerging from a 45-minute meeting with President Obama, Sanders said the session provided "
    'a chance to talk about foreign and domestic policy and "occasionally a little bit of '
    'politics."'
)
ADOPTED = (
    "Adopted by an American family in 1981 when he was around 10, he says his family assumed "
    "that adopting him automatically made him a U.S. citizen."
)
ASKED = (
    'Asked why he had yet to endorse Clinton during an appearance Friday on "CBS This Morning," '
    'Sanders said he had not "heard her say the things that need to be said."'
)


def test_attribution_en14_fronted_opener_is_not_the_content(en_rule_contents):
    assert en_rule_contents(EMERGING, "said") == [
        "the session provided a chance to talk about foreign and domestic policy and "
        '"occasionally a little bit of politics."'
    ]
    assert en_rule_contents(ADOPTED, "says") == [
        "his family assumed that adopting him automatically made him a U.S. citizen"
    ]


def test_attribution_en14_scare_quote_before_a_cue_with_its_own_clause(en_rule_contents):
    assert en_rule_contents(ASKED, "said") == [
        'he had not "heard her say the things that need to be said."'
    ]


REFUGEES = (
    "The government of Costa Rica has also agreed to temporarily host up to 200 people from El "
    "Salvador, Guatemala and Honduras who passed initial screening in their countries of origin "
    "but are undergoing additional processing to come to the U.S. as refugees, officials said "
    "Tuesday."
)


def test_attribution_en14_content_before_a_cue_without_a_clause_stays(en_rule_contents):
    [content] = en_rule_contents(REFUGEES, "said")
    assert content.startswith("The government of Costa Rica") and content.endswith("refugees")


MUKASEY = (
    "Former Attorney General Michael Mukasey told delegates at the Republican National Convention "
    "that Hillary Clinton’s use of a private email server should disqualify her from becoming "
    "president."
)
AWAD = (
    "The Council on American-Islamic Relations National Executive Director Nihad Awad says in a "
    "statement that Trump’s “inflammatory rhetoric has crossed the line from spreading hatred to "
    "inciting violence.”"
)
CONWAY = (
    "In a brief interview, Ms. Conway rejected the idea that the changes amounted to a shake-up "
    "and said that Mr. Manafort was not being diminished."
)


def test_attribution_en14_content_opens_after_addressee_and_complementizer(en_rule_contents):
    assert en_rule_contents(MUKASEY, "told") == [
        "Hillary Clinton’s use of a private email server should disqualify her from becoming "
        "president"
    ]
    # the quotation ends the clause: the content is the clause, not the quote alone
    assert en_rule_contents(AWAD, "says")[0].startswith("Trump’s “inflammatory")


def test_attribution_en14_denial_object_stays_in_the_content(en_rule_contents):
    assert en_rule_contents(CONWAY, "rejected")[0].startswith("the idea that the changes")
