"""Dutch speakers on fresh news (issue #5, session 20, NS2): a description (``de premier``) is
named by the person the article gave that title, up to that sentence's end; real text of the
shared DPG articles."""

from __future__ import annotations


def test_titled_name_ends_at_the_sentence(dpg_text, nl_rule_items, content_starting) -> None:
    text = dpg_text("10723215")  # "... vooral op premier Rutte. Hij sprak ... zei de premier"
    items = nl_rule_items(text)
    assert content_starting(text, items, "het 'hoe dan ook'").speaker == "Mark Rutte"
    assert content_starting(text, items, "Of het motief nu").speaker == "Mark Rutte"


def test_epithet_is_the_person_last_quoted(dpg_text, nl_rule_items, content_starting) -> None:
    text = dpg_text("10746369")  # "..., zegt Van der Knaap. ... En zorg voor goede handhaving,
    items = nl_rule_items(text)  # zegt de verkeerskundige. "Wat nog niet zo eenvoudig is. ..."
    for start in ("zorg voor goede handhaving", "Wat nog niet zo eenvoudig"):
        assert content_starting(text, items, start).speaker == "Peter van der Knaap"


def test_epithet_with_its_team_is_the_rider_last_quoted(
    dpg_text, nl_rule_items, content_starting
) -> None:
    text = dpg_text("10768011")  # "Wild had wel wat geluk, zei ze. '...' De renster van
    items = nl_rule_items(text)  # WNT-Rotor wist dat ... 'Maar het is altijd weer spannend, ...'"
    assert content_starting(text, items, "Maar het is altijd").speaker in ("Wild", "Kirsten Wild")


def test_role_someone_new_may_hold_is_no_epithet(by_content) -> None:
    _, att = by_content(  # nl-dpg-10686404: "de rechter" is the court, not the lawyer before
        "Advocaat Nair zegt dat de familie geen vertrouwen heeft in het onderzoek. De rechter "
        "zegt dat er onvoldoende bewijs is voor een misdrijf.",
        "er onvoldoende bewijs",
    )
    assert att.speaker != "Nair"
