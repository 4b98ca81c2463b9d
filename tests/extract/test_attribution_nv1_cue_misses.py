"""Dutch attribution, twentieth session (NV1, issue #5): misses of the check sets' read halves whose
cue word is there. ``Dat blijkt uit <document> van <owner>`` reports the sentence before; a cue
infinitive with a ``dat`` clause (``om te melden dat``, ``door aan te kondigen dat``) reports for the
subject of the clause it hangs on; an agent ``door X`` before a participle or passive cue speaks;
cues the lexicon lacked (``raadt ... aan``, ``ontraden``, ``tekende aan``, ``beschuldigd``, a longer
inverted subject in ``kondigde ... aan``). Real text of the shared DPG articles, rule stage alone."""

from __future__ import annotations


def _items(nl_rule_items, text: str) -> list[tuple[str, str, str]]:
    return [(a.speaker, a.cue, text[slice(*a.content_span)]) for a in nl_rule_items(text)]


def _with_content(items: list[tuple[str, str, str]], start: str) -> list[tuple[str, str, str]]:
    return [item for item in items if item[2].startswith(start)]


def test_dat_blijkt_uit_reports_the_sentence_before(nl_rule_items, dpg_text) -> None:
    # "Bij mieren is het daadwerkelijk zo. Dat blijkt uit een onderzoek van Amerikaanse en
    # Spaanse wetenschappers."
    text = dpg_text("10755165")
    found = _with_content(_items(nl_rule_items, text), "Bij mieren is het")
    assert found == [
        (
            "Amerikaanse en Spaanse wetenschappers",
            "blijkt uit",
            "Bij mieren is het daadwerkelijk zo",
        )
    ]


def test_dat_blijkt_uit_a_study_of_a_guide(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10672750")
    found = _with_content(_items(nl_rule_items, text), "Masteropleidingen die selecteren")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("Keuzegids", "blijkt uit")]


def test_a_document_without_owner_reports_nothing(nl_rule_items, dpg_text) -> None:
    # "De meeste partijen vinden de provincie als bestuurslaag goed zoals die nu is. Dat blijkt
    # uit de Kieswijzer, de stemhulp die deze krant ontwikkelde."
    text = dpg_text("10677496")
    assert "Dat blijkt uit de Kieswijzer" in text
    assert not any(cue == "blijkt uit" for _, cue, _ in _items(nl_rule_items, text))


def test_infinitive_with_a_claim(nl_rule_items, dpg_text) -> None:
    # "Tussendoor slagen ze er ... in af en toe hun kinderen in Amerika te vertellen dat ze nog in
    # leven zijn."
    text = dpg_text("10740965")
    found = _with_content(_items(nl_rule_items, text), "ze nog in leven zijn")
    assert [(cue, content) for _, cue, content in found] == [("vertellen", "ze nog in leven zijn")]


def test_separable_infinitive_with_a_claim(nl_rule_items, dpg_text) -> None:
    # "Vorige maand maakte het kabinet een gebaar naar de linkse oppositie door aan te kondigen
    # dat er een nationale CO2-belasting voor bedrijven komt."
    text = dpg_text("10777844")
    found = _with_content(_items(nl_rule_items, text), "er een nationale CO2-belasting")
    assert found == [("kabinet", "kondigen", "er een nationale CO2-belasting voor bedrijven komt")]


def test_an_unmade_report_is_no_item(nl_rule_items, dpg_text) -> None:
    # "Christelijke media vergeten vaak te melden dat moslims zijn vermoord door christelijke
    # milities": the claim is the writer's, not the media's
    text = dpg_text("10766511")
    assert "vergeten vaak te melden dat" in text
    assert not _with_content(_items(nl_rule_items, text), "moslims zijn vermoord")


def test_agent_before_a_passive_cue(nl_rule_items, dpg_text) -> None:
    # "Officieel wordt de achterban door het partijbestuur ontraden de D66-senatoren daartoe op te
    # roepen"
    text = dpg_text("10682956")
    found = _with_content(_items(nl_rule_items, text), "de D66-senatoren daartoe")
    assert found == [("partijbestuur", "ontraden", "de D66-senatoren daartoe op te roepen")]


def test_agent_before_a_participle_in_a_relative_clause(nl_rule_items, dpg_text) -> None:
    # "Jussie Smollett, die door de politie van Chicago ervan beschuldigd werd een haatmisdrijf
    # tegen zichzelf in scène gezet te hebben"
    text = dpg_text("10751313")
    found = [item for item in _items(nl_rule_items, text) if item[1] == "beschuldigd"]
    assert [speaker for speaker, _, _ in found] == ["politie van Chicago"]
    assert "een haatmisdrijf tegen zichzelf in scène gezet te hebben" in found[0][2]


def test_a_cause_is_no_agent(nl_rule_items, dpg_text) -> None:
    # "We zouden door de Holocaust iets beter moeten weten wat goed en fout is."
    text = dpg_text("10679556")
    assert "door de Holocaust iets beter moeten weten" in text
    assert not any(speaker == "Holocaust" for speaker, _, _ in _items(nl_rule_items, text))


def test_advice_with_its_addressee_in_the_gap(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10686404")
    found = _with_content(_items(nl_rule_items, text), "in hoger beroep te gaan")
    assert found == [("Nair", "raadt de familie aan", "in hoger beroep te gaan")]


def test_announcement_with_a_long_inverted_subject(nl_rule_items, dpg_text) -> None:
    # "Vorige week kondigde de Indiase regering echter aan dat ..."; "India kondigde onlangs hogere
    # heffingen aan op een deel van de import" has no "dat" clause and gives no item
    text = dpg_text("10673250")
    items = nl_rule_items(text)
    found = [a for a in items if text[slice(*a.content_span)].startswith("de hogere Indiase")]
    assert [(a.speaker, a.act) for a in found] == [("Indiase regering", "promise")]
    assert not any("op een deel van de import" in text[slice(*a.content_span)] for a in items)


def test_remark_in_a_hearing(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10730707")
    found = _with_content(_items(nl_rule_items, text), "er in de twaalf jaar")
    assert [cue for _, cue, _ in found] == ["tekende aan"]
