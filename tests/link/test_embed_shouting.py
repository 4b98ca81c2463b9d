"""Headlines set in capitals are recased before the encoder (Emergent headlines and claims)."""

from __future__ import annotations

import numpy as np

from claimgraph.link.embed import embed, readable

# Emergent train claims (url-versions-2015-06-14-clean-train.csv), the golds and the claims
# that ranked above them by cosine while the headlines were embedded in capitals.
CLAIMS = [
    "The Batmobile was stolen",
    "Kanye West has been banned from future awards shows",
    "Big Bank Hank of the Sugarhill Gang is dead",
    "Evander Kane could be traded by the Jets",
    "A man in England is wanted by police for slapping people who sneeze in public",
    "ISIS gave a Kurdish woman a meal and told her she'd eaten her own son",
    "Comcast is telling customers Tor is illegal to use",
]
# Their article headlines as published, each with its claim's index in CLAIMS.
HEADLINES = [
    ("BATMOBILE NOT STOLEN, MTV CONTEST PRIZE REMAINS UNCLAIMED", 0),
    ("LOL: RICH JOHNSTON SAYS THE BATMOBILE HAS BEEN STOLEN IN DETROIT", 0),
    ("CARLISLE HEAD SLAPPER ATTACKS SNEEZING WOMEN", 4),
    ("ISLAMIC STATE FED MURDERED MAN TO HIS OWN MOTHER", 5),
]


def test_readable_recases_capitals_but_keeps_capitalised_names() -> None:
    assert (
        readable("JIHADI JOHN WHO BEHEADED JAMES FOLEY WOUNDED IN US AIRSTRIKE")
        == "Jihadi John Who Beheaded James Foley Wounded In US Airstrike"
    )
    assert readable("KANE'S FUTURE IN WINNIPEG IN DOUBT?") == "Kane's Future In Winnipeg In Doubt?"
    assert "In U.S. Embassy" in readable("WEAPONS IN U.S. EMBASSY EVAC IN YEMEN")


def test_readable_leaves_ordinary_text_and_short_acronyms() -> None:
    for text in ("Batmobile stolen", "NATO and EU meet", "ISIS BACK", "Apple Watch: NOT SOLD"):
        assert readable(text) == text


def test_headline_in_capitals_is_nearest_to_its_claim() -> None:
    claims = embed(CLAIMS)
    heads = embed([h for h, _ in HEADLINES])
    nearest = np.argmax(heads @ claims.T, axis=1)
    assert nearest.tolist() == [gold for _, gold in HEADLINES]
