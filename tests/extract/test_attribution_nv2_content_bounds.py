"""Dutch attribution, twentieth session (NV2, issue #5): where a content on the right cue starts
and ends. A ``dat`` after the cue's adverbials opens the content (``schreef vorige week dat``),
not after the cue's object (``vindt het belangrijk dat``); a sentence-opening connective stays out
of a content before its cue (``Maar ..., aldus X``); a fronted ``volgens X`` phrase runs to the
finite verb (``Volgens de PVV en de SP kunnen``); ``, maar`` before a finite verb opens the
source's next act; ``tegen`` after ``verzet zich`` opens the content. Real text of the shared DPG
articles, rule stage alone."""

from __future__ import annotations

import pytest

# (article, cue or None for any, a part of the content, how the content starts)
STARTS = [
    # "Een aantal Amerikaanse farmaceuten schreef vorige week dat het beleid van Bruins ..."
    ("10593552", "schreef", "beleid van Bruins", "het beleid van Bruins een bedreiging vormt"),
    # "De Vries Van Koppen zegt dat het feit dat de blouse niet ... is veiliggesteld daar niets
    # aan afdoet."
    ("10754073", "zegt", "blouse niet", "het feit dat de blouse"),
    # "Volgens De Hond, die al jaren heilig gelooft in de onschuld van Louwes, is daarmee ..."
    ("10754073", "Volgens", "vervalsingen", "is daarmee opnieuw bewijs gevonden"),
    # "Nederland verzet zich hevig tegen uitbreiding van de mogelijkheid om WW-uitkeringen mee te
    # nemen naar een ander EU-land."
    ("10750447", None, "WW-uitkeringen mee", "tegen uitbreiding van de mogelijkheid"),
]
# (article, cue, a part of the content, the whole content)
WHOLE = [
    # "Bronckhorst vindt het belangrijk dat mensen ervaren hoe elektrisch rijden is."
    (
        "10740514",
        "vindt",
        "elektrisch rijden is",
        "het belangrijk dat mensen ervaren hoe elektrisch rijden is",
    ),
    # "Toch is de schenking geen politiek statement, vindt Schreuders van de Vriendenloterij."
    ("10593552", "vindt", "schenking", "is de schenking geen politiek statement"),
    # "Maar de familie acht een onvoorwaardelijke celstraf passender, aldus Korver."
    (
        "10796648",
        "aldus",
        "celstraf passender",
        "de familie acht een onvoorwaardelijke celstraf passender",
    ),
    # "Volgens de PVV en de SP kunnen gemeenten de taken van de provincie overnemen."
    ("10677496", "Volgens", "taken van de", "kunnen gemeenten de taken van de provincie overnemen"),
    # "... Knoops beweert dat dit een 'nieuw licht werpt op de zaak', maar onthoudt zich van
    # inhoudelijk commentaar."
    ("10754073", "beweert", "nieuw licht", "dit een 'nieuw licht werpt op de zaak'"),
    # "SP-Kamerlid Jasper van Dijk verwacht dat dat nog verandert."
    ("10679479", "verwacht", "nog verandert", "dat nog verandert"),
]


def _found(nl_rule_items, text: str, cue: str | None, part: str) -> list:
    items = nl_rule_items(text)
    return [a for a in items if (cue is None or a.cue == cue) and part in a.content(text)]


@pytest.mark.parametrize(("article", "cue", "part", "start"), STARTS)
def test_content_start(nl_rule_items, dpg_text, article, cue, part, start) -> None:
    text = dpg_text(article)
    found = [text[slice(*a.content_span)] for a in _found(nl_rule_items, text, cue, part)]
    assert found and all(c.startswith(start) for c in found), found


@pytest.mark.parametrize(("article", "cue", "part", "content"), WHOLE)
def test_whole_content(nl_rule_items, dpg_text, article, cue, part, content) -> None:
    text = dpg_text(article)
    found = [text[slice(*a.content_span)] for a in _found(nl_rule_items, text, cue, part)]
    assert found == [content]


def test_hedge_between_cue_and_content(nl_rule_items, dpg_text) -> None:
    # "Sinds april 2018 is ze spoorloos, hij weet bijna zeker dat ze in een Chinees strafkamp zit."
    text = dpg_text("10775162")
    found = _found(nl_rule_items, text, None, "Chinees strafkamp")
    assert found and all(text[slice(*a.content_span)].startswith("ze in een") for a in found)
    assert {a.stance for a in found} == {"speculate"}
