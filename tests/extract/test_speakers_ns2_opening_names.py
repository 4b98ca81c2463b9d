"""A sentence that opens with a name introduces the person a later ``hij``/``ze`` stands for,
whatever relation the parse gives the name, and the name is read without the modifiers before
it (issue #5, session 20, NS2); real text of the shared DPG articles."""

from __future__ import annotations


def test_modifiers_before_an_opening_name_are_no_part_of_it(
    dpg_text, nl_rule_items, content_starting
) -> None:
    text = dpg_text("10672752")  # "De charismatische Beto O'Rourke, ..., zei vorige maand dat
    items = nl_rule_items(text)  # hij ... Hij kondigde aan binnenkort met een mededeling te komen"
    assert content_starting(text, items, "binnenkort met een mededeling").speaker == (
        "Beto O'Rourke"
    )


def test_opening_name_the_parse_misreads_is_the_antecedent(
    dpg_text, nl_rule_items, content_starting
) -> None:
    text = dpg_text("10751717")  # "Van Veldhoven, normaliter de redelijkheid zelve, is het
    items = nl_rule_items(text)  # gebedel beu. ,,Van Boxtel weet goed ...", kaatst ze de bal terug"
    for start in ("Van Boxtel weet goed", "Iedereen kent Pier"):
        assert content_starting(text, items, start).speaker.endswith("Van Veldhoven")
