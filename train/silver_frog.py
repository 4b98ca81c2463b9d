"""Silver Dutch news NER: the DPG news articles tagged by Debian's ``frog``.

Usage: ``python train/silver_frog.py OUT.tsv [--every N] [--offsets K ...] [--batch B]
[--limit L]``.

Frog (CLST/ILK, Debian package ``frog`` + ``frogdata``) has a Dutch NER trained on SoNaR,
in-domain for news, which none of our gold NER corpora is. Its output is data we train on,
not code we ship. How the file is made, so that it can be rebuilt exactly:

- input: ``$CLAIMGRAPH_DATA/nl-news/dpg-news2019.jsonl``, every N-th article (default 2)
  starting at each offset K (default 0, the first article), the first L of each offset's
  selection, offsets one after another in the output; title line then text, articles
  separated by a marker line;
- command: ``frog --skip=mpacl -t BATCH.txt -o BATCH.tsv`` (tokeniser, CGN tagger and NER
  only), articles in batches of B (default 40);
- labels: frog's PER/ORG/LOC kept; PRO, EVE and MISC become MISC; entities made only of
  adjectives (``Utrechtse``, ``Russische``) become MISC, as CoNLL-2002 annotates them;
  punctuation, verbs and other non-name words at an entity's edges are cut off (frog's
  NER sometimes starts a name on the verb before it: ``concludeert Blom``).

Frog's raw output is kept per batch in ``OUT.frog/`` (reused when present, so a stopped run
resumes). Output: ``token<TAB>IOB2-tag`` lines, a blank line after each sentence, ``-DOCSTART-``
before each article: the column format ``prepare.read_columns`` reads.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

from claimgraph.settings import data_dir

FROG_COMMAND = ["frog", "--skip=mpacl"]
MARKER = "QQDOCBREAKQQ"
TYPE_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "PRO": "MISC", "EVE": "MISC", "MISC": "MISC"}
# CGN tags that may sit inside a name: proper-noun parts, nouns, adjectives, numbers, and the
# lower-case particles of names (van, de, der ...) as preposition/article/pronoun
NAME_POS = ("SPEC", "N(", "ADJ", "TW")
INNER_POS = ("VZ", "LID", "VG")

CGN_TAG = re.compile(r"^[A-Z]+\(")
Token = tuple[str, str, str]  # word, CGN tag, frog NER tag


def articles(every: int, offset: int = 0) -> list[tuple[str, str]]:
    """(id, title + text) of every ``every``-th DPG article, from article ``offset`` on."""
    path = data_dir() / "nl-news" / "dpg-news2019.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(str(r["id"]), f"{r['title']}\n\n{r['text']}") for r in rows[offset::every]]


def run_frog(
    texts: list[str], target: Path, command: list[str] = FROG_COMMAND, marker: str = MARKER
) -> list[list[Token]]:
    """Frog's sentences (tokens with tag and NER) for a batch of texts joined by markers.

    Without a ``marker``, the texts are written one a line (for frog's ``-n``). Frog's raw
    output is kept at ``target``; an existing one is reused (resumable runs).
    """
    if not target.exists():
        source = target.with_suffix(".txt")
        joined = "".join(f"{marker}\n\n{text}\n\n" if marker else f"{text}\n" for text in texts)
        source.write_text(joined, encoding="utf-8")
        partial = target.with_suffix(".part")
        subprocess.run(
            [*command, "-t", str(source), "-o", str(partial)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=target.parent,
        )
        partial.rename(target)
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for line in target.read_text(encoding="utf-8").splitlines():
        token = parse_line(line)
        if token is None:
            if current:
                sentences.append(current)
            current = []
            continue
        current.append(token)
    if current:
        sentences.append(current)
    return sentences


def parse_line(line: str) -> Token | None:
    """(word, CGN tag, NER tag) of one frog output line; None for a sentence break.

    The columns of skipped modules are left empty, so the CGN tag is found by its shape;
    the confidence and the NER tag follow it.
    """
    cols = line.split("\t")
    pos = next((i for i, col in enumerate(cols[2:], 2) if CGN_TAG.match(col)), None)
    if pos is None or len(cols) < pos + 3:
        return None
    return cols[1], cols[pos], cols[pos + 2]


def entities(sentence: list[Token]) -> Iterator[tuple[int, int, str]]:
    """(start, end, frog type) token ranges of frog's IOB tags."""
    start, kind = -1, ""
    for i, (_, _, tag) in enumerate([*sentence, ("", "", "O")]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            yield start, i, kind
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, kind = i, tag[2:]


def clean_entity(sentence: list[Token], start: int, end: int, kind: str) -> tuple[int, int, str]:
    """Trim non-name words at the edges; adjective-only entities become MISC."""

    def is_name(i: int) -> bool:
        word, tag, _ = sentence[i]
        # a capitalised participle opens names like "Verenigd Koninkrijk"
        return tag.startswith(NAME_POS) or (tag.startswith("WW(vd") and word[:1].isupper())

    while start < end and not is_name(start):
        start += 1
    while end > start and not is_name(end - 1):
        end -= 1
    inner_ok = all(is_name(i) or sentence[i][1].startswith(INNER_POS) for i in range(start, end))
    if start == end or not inner_ok or kind not in TYPE_MAP:
        return start, start, ""
    if all(sentence[i][1].startswith("ADJ") for i in range(start, end)):
        return start, end, "MISC"
    return start, end, TYPE_MAP[kind]


def silver_tags(sentence: list[Token]) -> list[str]:
    """IOB2 tags in our label set for one frog sentence."""
    tags = ["O"] * len(sentence)
    for start, end, kind in entities(sentence):
        start, end, label = clean_entity(sentence, start, end, kind)
        for i in range(start, end):
            tags[i] = ("B-" if i == start else "I-") + label
    return tags


def batch_name(every: int, offset: int, batch: int, start: int) -> str:
    """Cache file name of one frog batch (offset 0 keeps the first recipe's names)."""
    selection = f"every{every}" + (f"-offset{offset}" if offset else "")
    return f"{selection}-batch{batch}-{start:05d}.tsv"


def write_silver(
    out: Path, every: int, batch: int, limit: int | None = None, offsets: tuple[int, ...] = (0,)
) -> None:
    """Tag the first ``limit`` (default all) articles of each offset's selection; write the file."""
    lines: list[str] = []
    raw = out.resolve().with_suffix(".frog")
    raw.mkdir(parents=True, exist_ok=True)
    for offset in offsets:
        docs = articles(every, offset)[:limit]
        for i in range(0, len(docs), batch):
            target = raw / batch_name(every, offset, batch, i)
            for sentence in run_frog([text for _, text in docs[i : i + batch]], target):
                if sentence[0][0] == MARKER:
                    lines.append("-DOCSTART-\n")
                    continue
                tags = silver_tags(sentence)
                lines.extend(f"{w}\t{t}" for (w, _, _), t in zip(sentence, tags, strict=True))
                lines.append("")
            print(f"offset {offset}: {min(i + batch, len(docs))}/{len(docs)} articles", flush=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--every", type=int, default=2)
    parser.add_argument("--batch", type=int, default=40)
    parser.add_argument(
        "--offsets", type=int, nargs="+", default=[0], help="first article of each selection"
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="articles to tag per offset (default all)"
    )
    args = parser.parse_args()
    write_silver(args.out, args.every, args.batch, args.limit, tuple(args.offsets))


if __name__ == "__main__":
    main()
