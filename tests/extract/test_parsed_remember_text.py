"""``remember_text``: the pipeline hands ``doc_text`` the text a Doc was parsed from, so no stage
rebuilds it from the tokens."""

from __future__ import annotations

from claimgraph.extract.parsed import doc_text, remember_text
from claimgraph.lang import load_lang
from claimgraph.model import Document
from claimgraph.nlp import load
from claimgraph.pipeline import STAGES


def test_parsed_remember_text_is_what_doc_text_returns(founding_text):
    doc = load("nl").make_doc(founding_text)
    given = "".join(founding_text)  # an equal string that is not the Doc's rebuilt one
    remember_text(doc, given)
    assert doc_text(doc) is given
    assert doc_text(doc) == doc.text


def test_parsed_remember_text_ignores_a_text_of_another_length(founding_text):
    doc = load("nl").make_doc(founding_text)
    remember_text(doc, founding_text + " Rutte zei dat het kan.")
    assert doc_text(doc) == doc.text == founding_text


def test_parsed_remember_text_keeps_each_doc_apart(founding_text):
    nlp = load("nl")
    first, second = nlp.make_doc(founding_text), nlp.make_doc("Rutte zei dat het kan.")
    remember_text(first, founding_text)
    remember_text(second, "Rutte zei dat het kan.")
    assert doc_text(first) == founding_text
    assert doc_text(second) == "Rutte zei dat het kan."


def test_parsed_remember_text_first_stage_gives_the_document_text(founding_text):
    # the first extraction stage records the Document's own text for the stages after it
    text = "".join(founding_text)
    parsed = load("nl")(text)
    name, first_stage = STAGES[0]
    first_stage(Document(text=text, lang="nl"), parsed, load_lang("nl"))
    assert name == "attribution rules"
    assert doc_text(parsed) is text
