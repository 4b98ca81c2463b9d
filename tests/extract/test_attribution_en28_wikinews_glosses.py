"""Issue #5, session 20 (EN7): a Wikinews translation gloss (``Law and Justice Party
((pl))Polish language: ‍Prawo i Sprawiedliwość publicly declared``) restates the phrase before
it and speaks for nobody: the subject before its tag is the speaker, for the rules and the model
alike. Sentences from English Wikinews 56, CC BY 2.5."""

from __future__ import annotations

from claimgraph.extract.transcript import gloss_tag
from claimgraph.model import Document
from claimgraph.pipeline import annotate

KACZYNSKI = (
    "On Sunday, Polish leader Jarosław Kaczyński of the conservative Law and Justice Party "
    "((pl))Polish language: \u200dPrawo i Sprawiedliwość publicly declared intent to impose "
    "stricter punishment for child sexual abuse.  Kaczyński said the party was ready with "
    "amendments to the penal code."
)


def test_gloss_is_no_speaker() -> None:
    doc = annotate(Document(text=KACZYNSKI, lang="en"))
    speakers = {a.cue: a.speaker for a in doc.attributions}
    assert speakers["declared"] == "Jarosław Kaczyński"
    assert not any("Prawo" in a.speaker for a in doc.attributions)


def test_gloss_tag_opens_only_at_the_foreign_words() -> None:
    start = KACZYNSKI.index("\u200dPrawo")
    assert gloss_tag(KACZYNSKI, start, "en") == KACZYNSKI.index(" ((pl))")
    assert gloss_tag(KACZYNSKI, start + 1, "en") == KACZYNSKI.index(" ((pl))")
    assert gloss_tag(KACZYNSKI, KACZYNSKI.index("Jarosław"), "en") is None
    assert gloss_tag(KACZYNSKI, KACZYNSKI.index("publicly"), "en") is None
