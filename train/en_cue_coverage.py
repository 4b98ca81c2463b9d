"""Coverage of the English cue lexicon (``lang/en/cues.toml``), issue #5.

    PYTHONPATH=src CLAIMGRAPH_DATA=../shared/data nice -n 10 .venv/bin/python \
        train/en_cue_coverage.py [--min-count 5] [--all-train] [--json OUT]

(a) **Paradigm holes.** For every verb cue entry, the lemmas of its forms and the inflections
    (base, -s, past, participle, -ing) that no entry of the file lists. Lemmas and irregular
    forms come from the English UD treebanks (``data/ud``); forms they never show are built by
    the regular spelling rules. An -ing form belongs in an entry with the same labels and
    ``speaker_after = false``, as the file keeps them.
(b) **Uncovered gold cues.** On PolNeAR *train* gold only (every 5th article left out unless
    ``--all-train``: that is train/5, the set changes are measured on), the cue words of gold
    attributions that no cue pattern of the lexicon matches, with their count and their *cue
    precision*: the share of the word's occurrences in those texts that lie inside a gold cue.

Only reads data; prints a report (and writes it as JSON with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from claimgraph.evaluation.gold import read_polnear
from claimgraph.lang import LANG_DIR, CuePattern, LangData, load_lang
from claimgraph.model import Document
from claimgraph.settings import data_dir

SLOTS = ("base", "s", "past", "part", "ing")
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_VOWELS = frozenset("aeiou")
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")
UD_GLOB = "UD_English-*/current/*.conllu"


# --- (a) paradigms -----------------------------------------------------------------------------


def _slot(feats: dict[str, str]) -> str | None:
    """The paradigm slot of a UD verb token's features (None: not a slot we list)."""
    form, tense = feats.get("VerbForm"), feats.get("Tense")
    third_singular = feats.get("Person") == "3" and feats.get("Number") == "Sing"
    if form == "Fin" and tense == "Pres":
        return "s" if third_singular else "base"
    if form == "Inf":
        return "base"
    if form == "Fin" and tense == "Past":
        return "past"
    if form == "Part" and tense == "Past":
        return "part"
    if form == "Ger" or (form == "Part" and tense == "Pres"):
        return "ing"
    return None


def ud_paradigms(folder: Path) -> tuple[dict[str, dict[str, Counter]], dict[str, Counter], set]:
    """From the English UD treebanks: lemma -> slot -> form counts, form -> lemma counts, and
    every lower-cased word form."""
    paradigms: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    lemmas: dict[str, Counter] = defaultdict(Counter)
    vocabulary: set[str] = set()
    for path in sorted(folder.glob(UD_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            vocabulary.add(cols[1].lower())
            if cols[3] != "VERB":
                continue
            form, lemma = cols[1].lower(), cols[2].lower()
            feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
            slot = _slot(feats)
            if slot and form.isalpha() and lemma.isalpha():
                paradigms[lemma][slot][form] += 1
                lemmas[form][lemma] += 1
    return paradigms, lemmas, vocabulary


def _doubles(lemma: str) -> bool:
    """Whether a regular suffix doubles the final consonant (stop -> stopped): one-syllable
    consonant-vowel-consonant lemmas; longer ones are decided by their attested forms."""
    syllables = len(re.findall(r"[aeiouy]+", lemma))
    return (
        syllables == 1
        and len(lemma) >= 3
        and lemma[-1] not in _VOWELS | {"w", "x", "y"}
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )


def _silent_e(lemma: str) -> bool:
    """A lemma ending in consonant + e after one vowel (castigate, opine), not "exclaime"."""
    return (
        len(lemma) > 3
        and lemma.endswith("e")
        and lemma[-2] not in _VOWELS
        and lemma[-3] in _VOWELS
        and lemma[-4] not in _VOWELS
    )


def regular_forms(lemma: str, doubled: bool) -> dict[str, str]:
    """The regular inflections of ``lemma``."""
    stem = lemma + lemma[-1] if doubled else lemma
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        s, ed = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        s = lemma + ("es" if lemma.endswith(_SIBILANT_ENDS) else "s")
        ed = lemma + "d" if lemma.endswith("e") else stem + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = stem + "ing"
    return {"base": lemma, "s": s, "past": ed, "part": ed, "ing": ing}


def _candidate_lemmas(word: str) -> set[str]:
    """Lemmas a regular inflection ``word`` may come from (including itself)."""
    found = {word}
    for suffix, replacements in (
        ("ies", ("y",)),
        ("ied", ("y",)),
        ("ying", ("ie",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("d", ("",)),
        ("ing", ("", "e")),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            found.update(stem + r for r in replacements)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # rebutted -> rebut
    return found


@dataclass
class Paradigms:
    ud: dict[str, dict[str, Counter]]
    ud_lemmas: dict[str, Counter]
    vocabulary: frozenset[str]  # words seen in running text: a lemma must be one of them

    def forms(self, lemma: str, seen: set[str]) -> dict[str, str]:
        """Every slot's form of ``lemma``: the UD form where attested, else the regular one
        (doubling the final consonant when UD or the cue file shows a doubled form)."""
        seen_in_ud = self.ud.get(lemma, {})
        attested = {slot: forms.most_common(1)[0][0] for slot, forms in seen_in_ud.items() if forms}
        plain, doubled_regular = regular_forms(lemma, False), regular_forms(lemma, True)
        doubled = _doubles(lemma) or any(
            doubled_regular[slot] != plain[slot]
            and doubled_regular[slot] in seen | set(attested.values())
            for slot in ("past", "ing")
        )
        regular = regular_forms(lemma, doubled)
        return {
            # the regular form where the file or UD has it (UD's most frequent may be a typo)
            slot: regular[slot]
            if regular[slot] in seen or regular[slot] in seen_in_ud.get(slot, ())
            else attested.get(slot, regular[slot])
            for slot in SLOTS
        }

    def lemma_of(self, word: str, listed: set[str]) -> str:
        """The lemma of one cue word: UD's most frequent one, else the regular candidate that
        inflects to it, is a word of running text and has most of its forms ``listed``."""
        if word in self.ud_lemmas:
            return self.ud_lemmas[word].most_common(1)[0][0]

        def support(lemma: str) -> tuple[bool, int, bool, bool, bool]:
            forms = set(self.forms(lemma, listed).values())
            spellings = {
                *regular_forms(lemma, False).values(),
                *regular_forms(lemma, True).values(),
            }
            return (
                word in forms | spellings,  # "signaled" beside a listed "signalled"
                len(forms & listed),
                lemma != word,  # "exclaimed" is in running text too, but inflected
                lemma in self.vocabulary,
                _silent_e(lemma),  # unseen "castigat(e)d": the e-less stem is rarer
            )

        return max(sorted(_candidate_lemmas(word)), key=support)


def _entry_head_words(entry: dict, auxiliaries: frozenset[str]) -> list[tuple[str, str]]:
    """(first word, rest of the form) of each form of a verb entry that a lexical verb opens
    (not "could not confirm": its paradigm is the auxiliary's)."""
    heads = []
    for form in entry["forms"]:
        first, _, rest = form.lower().partition(" ")
        if first.isalpha() and first not in auxiliaries and not {"|", "..."} & set(form.split()):
            heads.append((first, rest))
    return heads


def paradigm_holes(cue_file: Path, paradigms: Paradigms, auxiliaries: frozenset[str]) -> list[dict]:
    """For each verb entry: its lemmas and the forms of theirs that no entry lists."""
    entries = tomllib.loads(cue_file.read_text(encoding="utf-8"))["cue"]
    listed = {form.lower() for entry in entries for form in entry["forms"]}
    holes = []
    for index, entry in enumerate(entries):
        if entry.get("kind", "verb") != "verb":
            continue
        heads = _entry_head_words(entry, auxiliaries)
        words = {first for first, _ in heads} | listed
        missing: dict[str, list[str]] = {}
        for rest in sorted({rest for _, rest in heads}):
            firsts = {first for first, r in heads if r == rest}
            for lemma in sorted({paradigms.lemma_of(w, words) for w in firsts}):
                forms = paradigms.forms(lemma, words)
                gaps = [
                    f"{slot}:{forms[slot]} {rest}".strip()
                    for slot in SLOTS
                    if f"{forms[slot]} {rest}".strip() not in listed
                ]
                if gaps:
                    missing[f"{lemma} {rest}".strip()] = gaps
        holes.append(
            {
                "entry": index,
                "labels": _labels(entry),
                "first_form": entry["forms"][0],
                "missing": missing,
            }
        )
    return holes


def _labels(entry: dict) -> str:
    flags = [k for k in ("weak", "needs_complement") if entry.get(k)]
    if entry.get("speaker_after") is False:
        flags.append("speaker_after=false")
    if entry.get("prep"):
        flags.append("prep=" + "/".join(entry["prep"]))
    return " ".join([entry["stance"], entry["act"], *flags])


# --- (b) gold cues the lexicon misses -----------------------------------------------------------


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD_RE.finditer(text)]


def _matches_at(cue: CuePattern, words: list[str], i: int) -> bool:
    """Whether ``cue`` matches ``words`` from position ``i`` (a gap skips up to ``cue.gap``)."""
    j, reach = i, 0
    for part in cue.parts:
        if part is None:
            reach = cue.gap
            continue
        found = next(
            (k for k in range(j, min(j + reach + 1, len(words))) if words[k] in part), None
        )
        if found is None:
            return False
        j, reach = found + 1, 0
    return True


def _covered(lang: LangData, words: list[str], first: int, last: int) -> bool:
    """Whether a lexicon pattern matches starting at one of the cue's words."""
    return any(
        _matches_at(cue, words, i)
        for i in range(first, last)
        for cue in lang.cues_by_first.get(words[i], ())
    )


@dataclass
class GoldCueCounts:
    items: int = 0
    no_cue_span: int = 0
    uncovered: int = 0

    def __post_init__(self) -> None:
        self.uncovered_words: Counter = Counter()
        self.uncovered_phrases: Counter = Counter()
        self.in_cue: Counter = Counter()
        self.occurrences: Counter = Counter()


def count_gold_cues(documents: list[Document], lang: LangData) -> GoldCueCounts:
    counts = GoldCueCounts()
    for doc in documents:
        tokens = _tokens(doc.text)
        words = [w for _, _, w in tokens]
        counts.occurrences.update(words)
        cue_tokens: set[int] = set()
        for item in doc.attributions:
            counts.items += 1
            if item.cue_span is None:
                counts.no_cue_span += 1
                continue
            start, end = item.cue_span
            inside = [i for i, (s, e, _) in enumerate(tokens) if s >= start and e <= end]
            cue_tokens.update(inside)
            if not inside or _covered(lang, words, inside[0], inside[-1] + 1):
                continue
            counts.uncovered += 1
            counts.uncovered_phrases[" ".join(words[i] for i in inside)] += 1
            counts.uncovered_words.update({words[i] for i in inside})
        counts.in_cue.update(words[i] for i in cue_tokens)
    return counts


def phrase_occurrences(documents: list[Document], phrases: list[str]) -> Counter:
    """How often each phrase (space-separated lower-cased words) occurs in the texts."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in phrases:
        words = tuple(phrase.split())
        by_first[words[0]].append(words)
    found: Counter = Counter()
    for doc in documents:
        words = [w for _, _, w in _tokens(doc.text)]
        for i, word in enumerate(words):
            for phrase in by_first.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    found[" ".join(phrase)] += 1
    return found


def phrase_table(
    counts: GoldCueCounts, documents: list[Document], min_count: int, min_precision: float
) -> list[dict]:
    """Uncovered gold cue phrases with their count and the share of their occurrences that are
    gold cues (counted as uncovered gold items: a lower bound for phrases the lexicon covers in
    part)."""
    frequent = [p for p, n in counts.uncovered_phrases.items() if n >= min_count]
    occurrences = phrase_occurrences(documents, frequent)
    rows = [
        {
            "phrase": phrase,
            "uncovered_items": counts.uncovered_phrases[phrase],
            "occurrences": occurrences[phrase],
            "cue_precision": round(counts.uncovered_phrases[phrase] / occurrences[phrase], 3),
        }
        for phrase in frequent
    ]
    rows = [r for r in rows if r["cue_precision"] >= min_precision]
    return sorted(rows, key=lambda r: (-r["uncovered_items"], r["phrase"]))


def uncovered_table(counts: GoldCueCounts, min_count: int, min_precision: float) -> list[dict]:
    rows = [
        {
            "word": word,
            "uncovered_items": n,
            "in_gold_cue": counts.in_cue[word],
            "occurrences": counts.occurrences[word],
            "cue_precision": round(counts.in_cue[word] / counts.occurrences[word], 3),
        }
        for word, n in counts.uncovered_words.items()
        if n >= min_count
    ]
    rows = [r for r in rows if r["cue_precision"] >= min_precision]
    return sorted(rows, key=lambda r: (-r["uncovered_items"], r["word"]))


def train_documents(all_train: bool) -> list[Document]:
    docs = read_polnear(data_dir() / "polnear" / "train")
    return docs if all_train else [d for k, d in enumerate(docs) if k % 5]


# --- report --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=5, help="least uncovered gold items")
    parser.add_argument(
        "--min-precision", type=float, default=0.2, help="least cue precision listed"
    )
    parser.add_argument("--all-train", action="store_true", help="also read train/5")
    parser.add_argument("--json", type=Path, help="write the report here as JSON")
    args = parser.parse_args()

    documents = train_documents(args.all_train)
    forms, lemmas, vocabulary = ud_paradigms(data_dir() / "ud")
    vocabulary.update(w for doc in documents for _, _, w in _tokens(doc.text))
    paradigms = Paradigms(forms, lemmas, frozenset(vocabulary))
    lang = load_lang("en")
    auxiliaries = lang.negation | lang.words("verb_group")
    holes = paradigm_holes(LANG_DIR / "en" / "cues.toml", paradigms, auxiliaries)
    print("# (a) inflections no entry lists (slot:form)")
    for hole in holes:
        for lemma, gaps in hole["missing"].items():
            print(f"entry {hole['entry']:2d} [{hole['labels']}] {lemma}: {', '.join(gaps)}")

    counts = count_gold_cues(documents, lang)
    table = uncovered_table(counts, args.min_count, args.min_precision)
    phrases = phrase_table(counts, documents, args.min_count, args.min_precision)
    print(
        f"\n# (b) PolNeAR train gold: {counts.items} items, {counts.no_cue_span} without a cue "
        f"span, {counts.uncovered} whose cue no pattern matches"
    )
    print(f"{'word':16s} {'uncov':>5s} {'in_cue':>6s} {'occur':>6s} {'prec':>5s}")
    for row in table:
        print(
            f"{row['word']:16s} {row['uncovered_items']:5d} {row['in_gold_cue']:6d} "
            f"{row['occurrences']:6d} {row['cue_precision']:5.2f}"
        )
    print(f"\n# uncovered gold cue phrases\n{'uncov':>5s} {'occur':>6s} {'prec':>5s}  phrase")
    for row in phrases:
        print(
            f"{row['uncovered_items']:5d} {row['occurrences']:6d} {row['cue_precision']:5.2f}  "
            f"{row['phrase']}"
        )
    if args.json:
        report = {"paradigm_holes": holes, "uncovered_words": table, "uncovered_phrases": phrases}
        args.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
