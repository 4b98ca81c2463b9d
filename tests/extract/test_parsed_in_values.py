"""``in_values`` (a Doc array column compared with a few tags or relations, one comparison per
value) marks the same tokens as ``numpy.isin``, which the timex and attribution stages used to
call once per article."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.parts_of_speech import IDS as POS_IDS

from claimgraph.extract.parsed import in_values
from claimgraph.nlp import load


def test_parsed_in_values_matches_isin_on_a_parsed_article(founding_text):
    nlp = load("nl")
    if "parser" not in nlp.pipe_names:
        pytest.skip("no trained Dutch pipeline")
    doc = nlp(founding_text)
    columns = doc.to_array(["POS", "DEP"])
    relations = [doc.vocab.strings[rel] for rel in ("nsubj", "obj", "appos")]
    for column, values in (
        (columns[:, 0], [POS_IDS["VERB"], POS_IDS["AUX"]]),
        (columns[:, 1], relations),
        (columns[:, 1], []),
    ):
        found = in_values(column, values)
        assert found.dtype == bool
        assert found.tolist() == np.isin(column, values).tolist()
    assert in_values(columns[:, 1], relations).any()  # the article has subjects
