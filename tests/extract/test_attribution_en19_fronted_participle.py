"""Issue #5, session 9 (E14): a sentence that opens with a present-participle cue reports for
the subject of its main clause (``Calling it as "just another apology", Anna Franowska ...
told Reuters "..."``: two items of hers; ``Saying "...", President Fernández elaborated``); the
participle's clause is no content of the main cue. Sentences from English Wikinews 56 and 198
(CC BY 2.5), check set 2."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load

CALLING = (
    'Speaking about the movie, the topmost senior Polish archbishop Wojciech Polak said, "I am '
    'deeply disturbed by what I saw in Tomasz Sekielski\'s film."  Calling it as "just another '
    'apology", Anna Franowska of "Have no fear", an abuse victim support charity, told Reuters '
    '"it almost appears as if the statement was prepared before the church officials saw the '
    'movie".'
)
SAYING = (
    "Illegal abortion is a crime punishable with a prison term in the Latin American country "
    'since 1921.  Saying "there are many abortions despite the criminal threat" ((es))Spanish '
    "language: \u200dhay muchos abortos pese a la amenaza penal, President Fernández elaborated, "
    '"A state that is present must protect citizens in general and obviously women in '
    'particular."'
)


def _by_cue(text: str) -> dict[str, Attribution]:
    return {a.cue: a for a in extract_attributions(load("en")(text), load_lang("en"))}


def test_attribution_en19_fronted_participle_and_main_cue_share_the_subject():
    items = _by_cue(CALLING)
    calling, told = items["Calling"], items["told"]
    assert CALLING[slice(*calling.speaker_span)] == "Anna Franowska"
    assert CALLING[slice(*calling.content_span)].startswith('it as "just another apology')
    assert CALLING[slice(*told.speaker_span)] == "Anna Franowska"
    assert CALLING[slice(*told.content_span)].startswith("it almost appears")


def test_attribution_en19_fronted_participle_quote_is_its_content():
    saying = _by_cue(SAYING)["Saying"]
    assert (
        SAYING[slice(*saying.content_span)]
        == "there are many abortions despite the criminal threat"
    )
    assert SAYING[slice(*saying.speaker_span)] == "President Fernández"
    assert saying.type == "direct"
