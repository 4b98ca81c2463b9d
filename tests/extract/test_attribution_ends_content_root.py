"""``_ends_content`` climbs from a clause opener to its highest head before ``end``; when that
climb reaches the sentence root (its own head) it must stop, not loop forever. spaCy builds a
new Token object at each ``.head``, so the stop test compares indices, not identity."""

from __future__ import annotations

import threading
from types import SimpleNamespace

from claimgraph.extract.attribution.contents import _ends_content
from claimgraph.nlp import load


def test_climb_to_the_sentence_root_stops() -> None:
    doc = load("en")("While footage showed the dome burning, officials said nothing")
    root = next(t for t in doc if t.dep_ == "ROOT")
    opener = doc[0]
    assert opener.i < root.i < len(doc)
    result: list[bool] = []
    worker = threading.Thread(
        target=lambda: result.append(_ends_content(SimpleNamespace(doc=doc), opener, len(doc))),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "the climb did not stop at the root"
    assert result == [True]  # the root's subtree is the whole sentence
