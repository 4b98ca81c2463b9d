"""``_verb_cue`` lists a verb's children only for patterns with words beyond the verb itself;
its choice must equal matching every pattern against the verb and all its children."""

from __future__ import annotations

from claimgraph.evaluation.gold import read_gold_jsonl
from claimgraph.extract.dependency import _verb_cue
from claimgraph.lang import CuePattern, LangData, load_lang


def _with_all_children(tok, lang: LangData) -> CuePattern | None:
    """The definition: the first verb pattern whose every part holds the verb or a child."""
    if tok.pos_ not in ("VERB", "AUX") or (tok.text[:1].isupper() and not tok.is_sent_start):
        return None
    present = {tok.lower_} | {c.lower_ for c in tok.children}
    for pattern in lang.cues_by_first.get(tok.lower_, ()):
        if pattern.kind == "verb" and all(p is None or p & present for p in pattern.parts):
            return pattern
    return None


def test_verb_cue_equals_matching_with_all_children_on_dutch_dev(nlp, shared_data):
    lang = load_lang("nl")
    docs = read_gold_jsonl(shared_data / "nl-attribution" / "dev.jsonl")
    cues = [t for d in nlp.pipe(d.text for d in docs) for t in d if t.lower_ in lang.cues_by_first]
    found = [_verb_cue(t, lang) for t in cues]
    assert found == [_with_all_children(t, lang) for t in cues]
    # the dev articles hold cues of both kinds: the verb alone, and the verb with a particle
    assert any(p is not None and len(p.parts) == 1 for p in found)
    assert any(p is not None and len(p.parts) > 1 for p in found)
