"""Dutch ages in any unit ("twee weken oud", "enkele dagen oud") are not timexes (timex NOTES:
ages are not annotated); sentences from DPG news (shared/data/nl-news)."""

import pytest

from claimgraph.extract.timex import extract_timexes


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        (  # 10772707
            "bij eenderde van de rundveebedrijven (melk- en vleeskoeien) in Nederland sterft meer"
            " dan 13 procent van de kalveren voordat ze twee weken oud zijn - bijna één op de"
            " zeven.",
            "2019-04-02",
        ),
        (  # 10777622
            "Ik weet toevallig het een en ander van kinderen, en dit was duidelijk een gloednieuw"
            " exemplaar, nog maar enkele dagen oud.",
            "2019-04-03",
        ),
    ],
)
def test_timex_nl_age_is_not_a_duration(sentence: str, anchor: str) -> None:
    assert extract_timexes(sentence, "nl", anchor) == []
