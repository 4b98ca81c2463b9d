"""Dutch speakers on fresh news (issue #5, session 20, NS2): a description (``de premier``) is
named by the person the article gave that title, up to that sentence's end; real text of the
shared DPG articles."""

from __future__ import annotations


def test_titled_name_ends_at_the_sentence(dpg_text, nl_rule_items, content_starting) -> None:
    text = dpg_text("10723215")  # "... vooral op premier Rutte. Hij sprak ... zei de premier"
    items = nl_rule_items(text)
    assert content_starting(text, items, "het 'hoe dan ook'").speaker == "Mark Rutte"
    assert content_starting(text, items, "Of het motief nu").speaker == "Mark Rutte"
