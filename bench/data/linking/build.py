"""Build the Dutch-English linking dev set (LINKING-EVAL.md format) from real shared texts.

pool_nl: the sentences of the Dutch founding article (shared/samples/kremlin-drone-nl-2023-05.txt,
dated 2023-05-03, the day the Kremlin claim was reported). pool_en: the English headlines of
shared/samples/kremlin-drone-2023-05/headlines.jsonl (titles, duplicates of one text kept once).
pairs: matched by hand; each pair names a Dutch sentence by its opening words and a headline by
its line number in headlines.jsonl. Nothing here is written by us except the choice of pairs.

    python bench/data/linking/build.py   # rewrites pairs.jsonl, pool_nl.jsonl, pool_en.jsonl
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[2].parent / "shared" / "samples"
ARTICLE = SAMPLES / "kremlin-drone-nl-2023-05.txt"
HEADLINES = SAMPLES / "kremlin-drone-2023-05" / "headlines.jsonl"
NL_DATE = "2023-05-03"
NL_SOURCE = "founding article (nl)"

# (Dutch sentence opening, headline line number, relation)
PAIRS = [
    ("De Oekraïense president Volodymyr Zelensky ontkent", 28, "same_claim"),
    ("Moskou zag daarin een poging", 1, "same_claim"),
    ("“We vallen Poetin of Moskou niet aan", 32, "same_claim"),
    ("Minister van Buitenlandse Zaken Antony Blinken", 33, "same_claim"),
    ("Washington hecht ook weinig geloof", 44, "same_claim"),
    ("“Ik heb de berichten gezien", 25, "same_event"),
    ("De persdienst van het Kremlin", 23, "same_claim"),
    ("Rusland dreigt met vergelding", 106, "same_claim"),
    ("KIJK. VTM NIEUWS-journaliste", 79, "same_claim"),
    ("KIJK. Eerdere beelden", 29, "same_event"),
    ("Juist op het moment", 68, "same_event"),
    ("De drones konden worden neergehaald", 41, "same_claim"),
]

HEADER = re.compile(r"^\s*date\s+\S+\s+")
SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[“A-Z])")


def dutch_sentences() -> list[str]:
    text = HEADER.sub("", ARTICLE.read_text(encoding="utf-8"))
    sentences: list[str] = []
    for paragraph in text.split("\n"):
        pending = ""
        for part in SENTENCE_END.split(paragraph):
            part = f"{pending} {part.strip()}".strip()
            # "KIJK." is a rubric, not a sentence: keep it with what follows
            pending = part if len(part.split()) < 2 else ""
            if not pending and part:
                sentences.append(part)
        if pending:
            sentences.append(pending)
    return sentences


def main() -> None:
    pool_nl = [
        {"id": f"nl-{i:02d}", "text": s, "date": NL_DATE, "source": NL_SOURCE}
        for i, s in enumerate(dutch_sentences())
    ]
    headlines = [json.loads(line) for line in HEADLINES.read_text(encoding="utf-8").splitlines()]
    pool_en, seen = [], set()
    en_by_line = {}
    for number, item in enumerate(headlines):
        if item["lang"] != "en" or item["title"] in seen:
            continue
        seen.add(item["title"])
        en_by_line[number] = {
            "id": f"en-{number:03d}",
            "text": item["title"],
            "date": item["date"],
            "source": item["outlet"],
        }
        pool_en.append(en_by_line[number])
    pairs = []
    for k, (opening, line, relation) in enumerate(PAIRS):
        nl = next(p for p in pool_nl if p["text"].startswith(opening))
        en = en_by_line[line]
        pairs.append(
            {
                "id": f"dev-{k:02d}",
                "nl_id": nl["id"],
                "en_id": en["id"],
                "relation": relation,
                "nl": {key: nl[key] for key in ("text", "date", "source")},
                "en": {key: en[key] for key in ("text", "date", "source")},
            }
        )
    for name, rows in (("pairs", pairs), ("pool_nl", pool_nl), ("pool_en", pool_en)):
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    print(f"{len(pairs)} pairs, {len(pool_nl)} nl, {len(pool_en)} en")


if __name__ == "__main__":
    main()
