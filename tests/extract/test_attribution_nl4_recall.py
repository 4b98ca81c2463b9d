"""Dutch attribution, round 4 of issue #5 (recall): learned items clipped before the rules'
items, separable and admonishing cues, and sources nested in quotations. Each on a real
paragraph of the Dutch train articles (shared/data/nl-attribution/train.jsonl; ids in the
comments)."""

from __future__ import annotations

import json

import pytest

import claimgraph
from claimgraph.settings import data_dir

TRAIN = data_dir() / "nl-attribution" / "train.jsonl"

# nl-dpg-10723126
ING = (
    "Enkele weken geleden dook de naam ING op in een verhaal over een Russische witwasoperatie. "
    "Daarbij zou via rekeningen van het Moskouse filiaal van ING geld zijn doorgesluisd en "
    "mogelijk zijn witgewassen. ING wees er toen op dat het hierbij vooral om oude zaken ging en "
    "dat de bank zijn leven sindsdien behoorlijk verbeterd had. Dat excuus heeft de bank nu niet."
)

# nl-dpg-10776243
HUZEN = (
    "De politie had Huzen eerder gemaand te stoppen met dit soort oproepen. Het perceel is "
    "particulier eigendom, betreden zonder toestemming is strafbaar. ,,De maat is nu vol'', "
    "aldus de politie."
)

# nl-dpg-10754073
VAN_KOPPEN = (
    "Volgens Van Koppen zijn de feiten die op de cd-rom naar voren komen al lang bekend. ,,Ze "
    "zijn irrelevant voor de huidige zaak. Het OM heeft ook toegegeven dat er fouten zijn gemaakt "
    "in het onderzoek. Maar uiteindelijk is Louwes veroordeeld vanwege het dna dat op de blouse "
    "zat. Hoe komt dat dna op die blouse?''"
)

# nl-dpg-10667943
YAGO = (
    "Tegen de BBC vertelde hij dat hij haar erg jong vond, maar dat zij zelf om een partner had "
    'gevraagd. "Om eerlijk te zijn, toen een vriend zei dat er een meisje geïnteresseerd was in '
    "een huwelijk, had ik niet zoveel belangstelling vanwege haar leeftijd. Maar ik heb "
    'uiteindelijk toch toegestemd."'
)

# nl-dpg-10744630: the quoted speaker's own "ik zeg dat" is no nested source
HAMMOND = (
    'Hammond zei gisteren open te staan voor een tweede referendum. "Ik ben realistisch als ik '
    'zeg dat we mogelijk geen meerderheid krijgen voor de deal van de premier."'
)


def _train_text(article_id: str) -> str:
    if not TRAIN.is_file():
        pytest.skip(f"no shared data at {TRAIN}")
    with TRAIN.open(encoding="utf-8") as fh:
        return next(json.loads(line) for line in fh if f'"{article_id}"' in line)["text"]


def test_attribution_nl4_learned_item_ends_before_the_rules_items(by_content):
    # nl-dpg-10780466: the model joins the paragraph's later contents, which the rules
    # attribute to Lindemann ("... een bekentenis: 'Mijn liefde ...'"), to "Volgens analytici"
    doc, att = by_content(_train_text("nl-dpg-10780466"), "zingt Rammstein hier")
    assert att.speaker == "analytici"
    assert "Mijn liefde" not in doc.surface(att.content_span)
    others = [a.content_span for a in doc.attributions if a is not att]
    assert not [s for s in others if s[0] < att.content_span[1] and att.content_span[0] < s[1]]


def test_attribution_nl4_separable_cue_with_complement(by_content):
    _, att = by_content(ING, "het hierbij vooral om oude zaken ging")
    assert att.speaker == "ING"
    assert att.cue == "wees er toen op"


def test_attribution_nl4_admonition_is_a_demand(by_content):
    _, att = by_content(HUZEN, "te stoppen met dit soort oproepen")
    assert att.cue == "gemaand"
    assert att.act == "demand"


def test_attribution_nl4_nested_source_in_quote(by_content):
    _, att = by_content(VAN_KOPPEN, "er fouten zijn gemaakt in het onderzoek")
    assert att.speaker == "Openbaar Ministerie"
    assert att.cue == "toegegeven"
    assert att.type == "indirect"


def test_attribution_nl4_nested_source_after_subordinator(by_content):
    _, att = by_content(YAGO, "er een meisje geïnteresseerd was in een huwelijk")
    assert att.cue == "zei"
    assert att.speaker.endswith("vriend")


def test_attribution_nl4_own_words_in_quote_not_nested():
    doc = claimgraph.analyze(HAMMOND, lang="nl")
    assert not [a for a in doc.attributions if a.cue == "zeg"]
