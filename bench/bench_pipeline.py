"""Pipeline throughput against spaCy alone, and the cost of a no-op re-run.

Generates N articles by recombining real paragraphs (the seeds and the pages in
../shared/corpus/news-html), ingests them with the whole pipeline, runs spaCy alone on the
same texts in the same process, and prints articles per second for both. Then ingests
--noop-files short articles and times a re-run that finds nothing new, in-process and as
the `newsflow run` command a cron job would start.

    python bench/bench_pipeline.py [--articles 500] [--noop-files 10000]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_options  # noqa: E402
from pipeline.run import RunRequest, ingest  # noqa: E402
from transforms.model import RawDocument  # noqa: E402
from transforms.parse import parse_document  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news-html"


def real_paragraphs() -> list[str]:
    """Body paragraphs of every real article available, 25 words or more."""
    texts = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.html")):
        data = path.read_bytes()
        article = parse_document(RawDocument(str(path), data, len(data), 0.0), 10_000_000)
        if hasattr(article, "text"):
            texts.append(article.text)
    paragraphs = [p.strip() for text in texts for p in text.split("\n") if p.strip()]
    return [p for p in paragraphs if len(p.split()) >= 25]


def make_articles(folder: Path, count: int, paragraphs: list[str], per_article: tuple[int, int],
                  seed: int) -> list[str]:
    """Write count articles of recombined paragraphs under folder; return their texts."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for index in range(count):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(*per_article)))
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (folder / f"article-{index:06d}.txt").write_text(f" date {day} {body}\n",
                                                         encoding="utf-8")
        texts.append(body)
    return texts


def bench_throughput(count: int, paragraphs: list[str], workdir: Path,
                     beam_args: tuple[str, ...] = ()) -> None:
    from transforms.extract import load_nlp

    options = load_options(**{"runner.beam_args": list(beam_args)})
    texts = make_articles(workdir / "throughput", count, paragraphs, (6, 14), seed=1)
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp(options.nlp.model)
    list(nlp.pipe(texts[:8]))  # warm up both paths equally

    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=options.nlp.batch_size):
        pass
    spacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    report = ingest(options, RunRequest(inputs=(str(workdir / "throughput"),),
                                        db=str(workdir / "throughput.duckdb")))
    pipeline_seconds = time.perf_counter() - start

    print(f"\n== throughput: {count} articles, {words} words "
          f"({words / count:.0f} per article), Beam args {list(beam_args) or 'none'}")
    print(f"  spaCy alone ({options.nlp.model}, nlp.pipe): {spacy_seconds:7.1f} s  "
          f"{count / spacy_seconds:6.2f} articles/s  {words / spacy_seconds:7.0f} words/s")
    print(f"  whole pipeline (read, parse, extract, dedup, commit): {pipeline_seconds:7.1f} s  "
          f"{count / pipeline_seconds:6.2f} articles/s")
    print(f"  ratio pipeline / spaCy alone: {spacy_seconds / pipeline_seconds:.2f} "
          f"(target >= 0.70); stored {report.new_articles} new, "
          f"{report.duplicates} duplicates, {report.rejected} rejected")


def bench_noop(count: int, paragraphs: list[str], workdir: Path) -> None:
    options = load_options()
    folder = workdir / "noop"
    db = workdir / "noop.duckdb"
    sentences = [s for p in paragraphs for s in p.split(". ") if len(s.split()) > 8]
    rng = random.Random(2)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        body = ". ".join(rng.sample(sentences, 3))
        (folder / f"short-{index:06d}.txt").write_text(
            f"Item {index}. {body}.\n", encoding="utf-8")
    start = time.perf_counter()
    first = ingest(options, RunRequest(inputs=(str(folder),), db=str(db)))
    print(f"\n== no-op re-run over {count} already-ingested files")
    print(f"  first ingest: {time.perf_counter() - start:.1f} s, {first.new_articles} new, "
          f"{first.duplicates} duplicates, {first.rejected} rejected")

    start = time.perf_counter()
    again = ingest(options, RunRequest(inputs=(str(folder),), db=str(db)))
    in_process = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(folder),
                    "--db", str(db)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    command = time.perf_counter() - start
    print(f"  re-run in process: {in_process:.2f} s ({again.new_articles} new); "
          f"as a fresh `newsflow run` command: {command:.2f} s (target < 5 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--noop-files", type=int, default=10_000)
    parser.add_argument("--skip-noop", action="store_true")
    parser.add_argument("--beam-arg", action="append", default=[],
                        help="extra Beam option for the pipeline run, e.g. "
                             "--beam-arg=--direct_num_workers=2 "
                             "--beam-arg=--direct_running_mode=multi_processing")
    args = parser.parse_args()
    paragraphs = real_paragraphs()
    print(f"paragraph pool: {len(paragraphs)} real paragraphs")
    with tempfile.TemporaryDirectory(prefix="newsflow-bench-") as tmp:
        bench_throughput(args.articles, paragraphs, Path(tmp), tuple(args.beam_arg))
        if not args.skip_noop:
            bench_noop(args.noop_files, paragraphs, Path(tmp))


if __name__ == "__main__":
    main()
