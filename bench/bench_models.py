"""Benchmark the shipped spaCy pipelines: accuracy, speed, load time, memory, size.

Run from the repository root:

    nice -n 10 .venv/bin/python bench/bench_models.py [--langs nl en] [--words 40000]

Prints a Markdown report and writes it to ``bench/results/models.md``. Accuracy uses the
held-out sets built by ``train/prepare.py`` (gold tokenisation). Speed is ``nlp.pipe`` over
real news text (Dutch: DPG news 2019, English: Wikinews 2019), single-threaded BLAS.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402

from claimgraph.nlp.ops import blas_ops  # noqa: E402
from claimgraph.settings import data_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "claimgraph" / "nlp" / "models"
RESULTS = ROOT / "bench" / "results" / "models.md"
sys.path.insert(0, str(ROOT / "train"))

from scoring import score_pipeline  # noqa: E402


def news_texts(lang: str, max_words: int) -> list[str]:
    """Real news paragraphs up to about ``max_words`` whitespace words."""
    if lang == "nl":
        path = data_dir() / "nl-news" / "dpg-news2019.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        articles = [json.loads(line)["text"] for line in lines]
    else:
        path = data_dir() / "en-news" / "wikinews" / "wikinews_2019.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            articles = [row["text"] for row in csv.DictReader(handle)]
    texts: list[str] = []
    words = 0
    for article in articles:
        if words >= max_words:
            break
        texts.append(article)
        words += len(article.split())
    return texts


def words_per_second(nlp: spacy.language.Language, texts: list[str], processes: int) -> float:
    """Tokens per second of ``nlp.pipe`` over ``texts``."""
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64, n_process=processes))
    return tokens / (time.perf_counter() - start)


def probe_load(path: Path) -> dict[str, float]:
    """Load time and RSS after load, measured in a fresh interpreter."""
    # VmRSS, not ru_maxrss: the latter can include the forked parent's pages before exec
    code = (
        "import json, re, time, spacy\n"
        "from claimgraph.nlp.ops import blas_ops\n"
        "t = time.perf_counter()\n"
        f"with blas_ops(): spacy.load({str(path)!r})\n"
        "t = time.perf_counter() - t\n"
        "status = open('/proc/self/status').read()\n"
        "rss = int(re.search(r'VmRSS:\\s+(\\d+)', status).group(1)) / 1024\n"
        "print(json.dumps({'load_s': t, 'rss_mb': rss}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def dir_size_mb(path: Path) -> float:
    """Size of a directory's files in MB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def bench_lang(models: Path, lang: str, max_words: int, processes: list[int]) -> dict | None:
    """All measurements for one shipped pipeline (None if it is not there)."""
    path = models / lang
    if not (path / "meta.json").exists():
        return None
    with blas_ops():  # as claimgraph.nlp.load builds it
        nlp = spacy.load(path)
    plain = spacy.load(path)  # thinc's default ops (blis), for the ratio
    texts = news_texts(lang, max_words)
    return {
        "lang": lang,
        "pipes": nlp.pipe_names,
        "scores": score_pipeline(nlp, lang),
        "speed": {n: words_per_second(nlp, texts, n) for n in processes},
        "speed_blis": words_per_second(plain, texts, 1),
        "speed_words": sum(len(t.split()) for t in texts),
        "size_mb": dir_size_mb(path),
        **probe_load(path),
        "meta": nlp.meta.get("claimgraph", {}),
    }


def _pct(value: object) -> str:
    return f"{100 * float(value):.1f}" if isinstance(value, (int, float)) else "–"


def _syntax_seconds(train_s: dict) -> str:
    """Syntax training seconds, with the second (resume) stage where there was one."""
    resume = train_s.get("syntax-resume")
    return f"{train_s.get('syntax')}" + (f" + {resume}" if resume is not None else "")


def render(results: list[dict], command: str) -> str:
    """The Markdown report."""
    lines = [
        "# Shipped spaCy pipelines: benchmark",
        "",
        f"Command (repo root): `{command}`",
        "Rebuild the pipelines: `make -C train models` (see train/Makefile).",
        "Scores use gold tokenisation; UAS/LAS include punctuation; NER is exact-span "
        "micro P/R/F. `core F` counts only PER/ORG/LOC (gold MISC dropped).",
        "",
        "## Syntax",
        "",
        "| lang | eval set | UPOS | morph | UAS | LAS | sent P | sent R | sent F |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for res in results:
        for name, s in res["scores"].items():
            if "dep_las" in s:
                cells = [
                    s.get(k)
                    for k in (
                        "pos_acc",
                        "morph_acc",
                        "dep_uas",
                        "dep_las",
                        "sents_p",
                        "sents_r",
                        "sents_f",
                    )
                ]
                lines.append(f"| {res['lang']} | {name} | " + " | ".join(map(_pct, cells)) + " |")
    lines += [
        "",
        "## NER",
        "",
        "| lang | eval set | P | R | F | core P | core R | core F | F per type |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for res in results:
        for name, s in res["scores"].items():
            if "ents_f" in s:
                cells = [
                    s[k]
                    for k in (
                        "ents_p",
                        "ents_r",
                        "ents_f",
                        "core_ents_p",
                        "core_ents_r",
                        "core_ents_f",
                    )
                ]
                types = ", ".join(f"{k} {_pct(v)}" for k, v in s["per_type_f"].items())
                lines.append(
                    f"| {res['lang']} | {name} | " + " | ".join(map(_pct, cells)) + f" | {types} |"
                )
    lines += [
        "",
        "## Speed and footprint",
        "",
        "| lang | pipes | words/s (1 proc) | words/s (2 proc) | words/s, blis (1 proc) "
        "| load s | RSS after load MB | size MB | train s (syntax [+ resume] / ner) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for res in results:
        speed = res["speed"]
        train_s = res["meta"].get("train_seconds", {})
        lines.append(
            f"| {res['lang']} | {', '.join(res['pipes'])} | {speed.get(1, 0):,.0f} | "
            + (f"{speed[2]:,.0f}" if 2 in speed else "–")
            + f" | {res['speed_blis']:,.0f}"
            + f" | {res['load_s']:.2f} | {res['rss_mb']:.0f} | {res['size_mb']:.1f} | "
            f"{_syntax_seconds(train_s)} / {train_s.get('ner')} |"
        )
    lines += [
        "",
        f"Speed text: {', '.join(str(r['speed_words']) for r in results)} "
        "whitespace words of news per language; words/s counts spaCy tokens. The pipelines "
        "multiply matrices with numpy's BLAS (`claimgraph.nlp.ops.BlasOps`, as "
        "`claimgraph.nlp.load` builds them); `blis`: the same pipeline as `spacy.load` builds "
        "it (thinc's default ops), same run.",
        f"Machine: {os.cpu_count()} CPUs (shared), OMP/OPENBLAS threads = 1.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", nargs="+", default=["nl", "en"])
    parser.add_argument("--words", type=int, default=40000, help="words of news for speed")
    parser.add_argument("--processes", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--models", type=Path, default=MODELS, help="folder with nl/, en/")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    results = [
        r for lang in args.langs if (r := bench_lang(args.models, lang, args.words, args.processes))
    ]
    command = "nice -n 10 .venv/bin/python bench/bench_models.py " + " ".join(sys.argv[1:])
    report = render(results, command.strip())
    print(report)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
