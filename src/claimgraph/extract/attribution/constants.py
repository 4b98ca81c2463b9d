"""The word classes, dependency labels, reaches and patterns that several modules of the attribution
passes read: clause edges and trailing marks, the parts of speech of subjects, phrases and sources
(UPOS), Universal Dependencies relations, the ``COLON`` cue of a colon statement, and how far a cue
may stand from its complementizer or quotation. A constant that one module alone reads lives in that
module.
"""

from __future__ import annotations

import re

from claimgraph.lang import CuePattern

CLAUSE_EDGES = frozenset({",", ";", ":", "(", ")", "—", "–"})
TRAILING = " \n\t.,;:"
COLON = CuePattern(parts=(frozenset({":"}),), stance="assert", act="statement")
NOUN_KINDS, VERB_KINDS = ("noun",), ("verb",)  # after an article only nominal cues count
SUBJECT_RELATIONS = frozenset({"nsubj"})
SUBJECT_TRAILERS = frozenset({"ADV", "AUX"})  # UPOS tags never ending a subject
PASSIVE_RELATIONS = frozenset({"aux:pass", "nsubj:pass"})  # UD labels of a passive verb
CLAUSE_POS = frozenset({"VERB", "AUX", "SCONJ"})  # a subject inside a quote starts after these
RELATIVE_CLAUSES = frozenset({"acl:relcl", "acl"})
# the words of a cue's object and adverbials: "told The Post on Saturday that"
PHRASE_POS = frozenset({"NOUN", "PROPN", "DET", "ADP", "NUM", "ADJ", "PRON", "CCONJ"})
COMPLEMENT_REACH = 15  # tokens between a cue and the complementizer of its complement
ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # a party or body written as its initials
QUOTE_REACH = 4  # tokens between a cue and the quotation that is its content ("on Friday")
CONTINUATION_WINDOW = 400  # characters between an attributed quote and its continuation
PERSON_PRONOUNS = frozenset({"m", "f"})  # pronoun genders that stand for one person
# UPOS tags a sentence-initial subject opens with (English tagging; verb-second taggers mark
# unknown names ADJ)
SUBJECT_OPENER_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM", "X"})
SENTENCE_ENDS = ".?!"  # a quotation after one of these opens a sentence
SUBJECT_PHRASE_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ"})  # no clause
SOURCE_HEAD_POS = frozenset({"NOUN", "PROPN"})  # the head of an "according to" source
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
