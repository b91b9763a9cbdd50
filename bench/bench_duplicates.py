"""Near-duplicate detection: precision and recall on a labelled set, and lookup cost vs store size.

The labelled set: real articles (the seeds and the pages in ../shared/corpus/news-html, text
through the pipeline's own trafilatura-based parser) and variants of each made the way
syndication changes a story: a new headline, leading or trailing paragraphs dropped, a
byline or boilerplate added, quotes, dashes and spacing restyled, a paragraph of other text
inserted, short excerpts. A variant is labelled a near-duplicate of its original when it
keeps at least 70% of the original's words. The negatives are those excerpts that keep less
and every pair of different real articles (the seeds all report the same day's talks).

Each item is checked with find_near_duplicates against an index holding every original;
the similarity it reports is swept over thresholds. Then the time to check one new article
is measured with 1,000, 10,000 and 100,000 articles indexed (synthetic signatures,
bulk-inserted through Arrow), with the query plans showing index scans.

    python bench/bench_duplicates.py [--sizes 1000,10000,100000] [--probes 200]
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_options  # noqa: E402
from sinks import near_duplicates  # noqa: E402
from sinks.store import schema_sql  # noqa: E402
from transforms.fingerprint import NUM_PERM, compute_signature, normalise_words  # noqa: E402
from transforms.model import Article, RawDocument  # noqa: E402
from transforms.parse import parse_document  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news-html"
KEEP_FOR_DUPLICATE = 0.70
BATCH = 100  # articles per call for the batched timing
FORGET = 20  # articles forgotten per call for the forget timing
TARGET_PRECISION = 0.98
TARGET_RECALL = 0.95
THRESHOLDS = (0.50, 0.55, 0.60, 0.625, 0.65, 0.675, 0.70, 0.725, 0.75, 0.80)

# Invented syndication furniture; none of it comes from the articles.
HEADLINE_WORDS = ("Live", "Update", "Explained", "What we know", "Latest", "Analysis",
                  "Breaking", "In pictures", "Watch", "Report")
BYLINES = ("By Jordan Avery, Staff Writer", "By Sam Whitfield | Wire Service",
           "From the wire desk", "By Riley Chen and Morgan Hale, Correspondents",
           "Story by Wire Staff")
BOILERPLATE = (
    "Copyright 2025 Wire Service. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed without permission.",
    "Sign up for our morning newsletter to get the day's top stories delivered to your "
    "inbox. Follow us on social media for breaking news and live updates.",
    "This article was originally published by a partner outlet and is republished here "
    "under a content sharing agreement. Some details may have changed since publication.",
    "Have a story tip? Contact our newsroom by email. Comments on this article are closed.",
)


@dataclass
class Item:
    """One text checked against the index, with its label."""

    name: str
    text: str
    original: str | None  # article_id of the original it copies, when labelled a duplicate
    kind: str
    kept: float


def real_articles() -> list[tuple[str, str]]:
    """(name, text) of the seeds and the corpus pages, as the pipeline parses them."""
    found = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.html")):
        data = path.read_bytes()
        article = parse_document(RawDocument(str(path), data, len(data), 0.0), 10_000_000)
        if isinstance(article, Article) and len(article.text.split()) >= 150:
            found.append((path.name, article.text))
    return found


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs, or groups of two sentences when the text is one long block."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if len(paragraphs) >= 6:
        return paragraphs
    sentences = re.split(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])", " ".join(paragraphs))
    return [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]


def restyle(text: str, rng: random.Random) -> str:
    """Straight and curly quotes swapped, dashes and spacing changed, as CMS exports do."""
    if "\u201c" in text or "\u2019" in text:
        text = (text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
                .replace("\u2018", "'"))
    else:
        text = re.sub(r'"(\S[^"]*?)"', "\u201c\\1\u201d", text).replace("'", "\u2019")
    text = text.replace(" \u2013 ", " \u2014 ").replace(" - ", " \u2014 ").replace("...", "\u2026")
    if rng.random() < 0.5:
        text = text.replace(". ", ".  ")
    return text


def new_headline(paragraphs: list[str], rng: random.Random) -> str:
    words = [w for w in paragraphs[0].split() if w[:1].isalpha()][:12]
    rng.shuffle(words)
    return f"{rng.choice(HEADLINE_WORDS)}: " + " ".join(words[:8]).title()


def make_variant(paragraphs: list[str], recipe: str, rng: random.Random,
                 other: list[str]) -> tuple[str, float]:
    """A variant by recipe and the fraction of the original's words it keeps."""
    n = len(paragraphs)
    first, last = 0, n
    if recipe in ("trim-end", "syndicated", "trim-both"):
        last = n - rng.randint(1, max(1, n // 4))
    if recipe in ("trim-start", "syndicated", "trim-both"):
        first = rng.randint(1, max(1, min(2, n // 6)))
    if recipe == "excerpt":
        last = max(1, int(n * rng.uniform(0.2, 0.6)))
    if recipe == "trim-heavy":
        last = max(2, int(n * rng.uniform(0.55, 0.85)))
        first = rng.randint(0, 1)
    body = paragraphs[first:last]
    kept = sum(len(normalise_words(p)) for p in body) / sum(
        len(normalise_words(p)) for p in paragraphs)
    if recipe in ("inserted", "syndicated"):
        body = list(body)
        body.insert(rng.randint(1, max(1, len(body) - 1)), rng.choice(other))
    head: list[str] = []
    tail: list[str] = []
    if recipe in ("retitled", "syndicated", "trim-end", "excerpt", "trim-heavy"):
        head.append(new_headline(paragraphs, rng))
    if recipe in ("bylined", "syndicated", "trim-start", "trim-both"):
        head.append(rng.choice(BYLINES))
    if recipe in ("bylined", "syndicated", "boilerplate", "trim-both"):
        tail.extend(rng.sample(BOILERPLATE, rng.randint(1, 2)))
    text = "\n\n".join(head + body + tail)
    if recipe in ("restyled", "syndicated", "inserted", "trim-both"):
        text = restyle(text, rng)
    return text, kept


RECIPES = ("retitled", "bylined", "boilerplate", "restyled", "inserted", "trim-end",
           "trim-start", "trim-both", "syndicated", "trim-heavy", "excerpt")


def labelled_items(originals: list[tuple[str, str]], variants_per_recipe: int,
                   seed: int) -> list[Item]:
    rng = random.Random(seed)
    all_paragraphs = [(name, p) for name, text in originals for p in paragraphs_of(text)
                      if len(p.split()) >= 20]
    items = []
    for name, text in originals:
        original_id = article_id(text)
        paragraphs = paragraphs_of(text)
        other = [p for n, p in all_paragraphs if n != name]
        items.append(Item(name, text, None, "original", 0.0))
        for recipe in RECIPES:
            for copy in range(variants_per_recipe):
                variant, kept = make_variant(paragraphs, recipe, rng, other)
                label = original_id if kept >= KEEP_FOR_DUPLICATE else None
                items.append(Item(f"{name}~{recipe}{copy}", variant, label, recipe, kept))
    return items


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def as_article(text: str, uri: str) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(digest[:16], uri, text, digest, signature=compute_signature(text))


def best_matches(items: list[Item], originals: list[tuple[str, str]]
                 ) -> list[tuple[Item, str | None, float]]:
    """Each item's best match in an index of all originals (threshold 0 keeps any match)."""
    con = duckdb.connect(":memory:")
    con.execute(schema_sql())
    con.begin()
    stored = [as_article(text, name) for name, text in originals]
    flagged = near_duplicates.find_near_duplicates(con, stored, 1.01, "originals")
    assert not flagged
    con.commit()
    results = []
    for item in items:
        con.begin()
        found = near_duplicates.find_near_duplicates(con, [as_article(item.text, item.name)],
                                                     0.0, "probe")
        con.rollback()
        match = next(iter(found.values()), (None, 0.0))
        results.append((item, match[0], match[1]))
    con.close()
    return results


def score(results: list[tuple[Item, str | None, float]], threshold: float) -> dict[str, float]:
    tp = fp = fn = 0
    for item, match, similarity in results:
        flagged = match is not None and similarity >= threshold
        if item.original is None:
            fp += flagged
        elif flagged and match == item.original:
            tp += 1
        else:
            fn += 1
            fp += flagged  # flagged against the wrong article
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall}


def quality_report(results: list[tuple[Item, str | None, float]]) -> None:
    positives = [r for r in results if r[0].original is not None]
    negatives = [r for r in results if r[0].original is None]
    print(f"labelled set: {len(results)} items, {len(positives)} near-duplicates "
          f"(keep >= {KEEP_FOR_DUPLICATE:.0%}), {len(negatives)} negatives "
          f"({sum(r[0].kind == 'original' for r in negatives)} real articles checked against "
          f"all others, {sum(r[0].kind != 'original' for r in negatives)} variants keeping less)")
    print()
    print("similarity reported, by recipe (min / median / max):")
    print(f"  {'recipe':<12} {'label':<10} {'n':>4} {'kept':>11} {'similarity':>20}")
    for kind in ("original", *RECIPES):
        for label in ("duplicate", "negative"):
            rows = [r for r in results if r[0].kind == kind
                    and (r[0].original is not None) == (label == "duplicate")]
            if not rows:
                continue
            kept = [r[0].kept for r in rows]
            sims = [r[2] for r in rows]
            print(f"  {kind:<12} {label:<10} {len(rows):>4} "
                  f"{min(kept):>5.2f}-{max(kept):<5.2f} "
                  f"{min(sims):>6.3f} {statistics.median(sims):>6.3f} {max(sims):>6.3f}")
    print()
    print(f"  {'threshold':>9} {'precision':>9} {'recall':>7} {'tp':>5} {'fp':>4} {'fn':>4}")
    meeting = []
    for threshold in THRESHOLDS:
        s = score(results, threshold)
        if s["precision"] >= TARGET_PRECISION and s["recall"] >= TARGET_RECALL:
            meeting.append(threshold)
        print(f"  {threshold:>9.3f} {s['precision']:>9.3f} {s['recall']:>7.3f} "
              f"{s['tp']:>5} {s['fp']:>4} {s['fn']:>4}"
              + ("   <- configured default" if threshold == configured_threshold() else ""))
    print(f"  thresholds meeting precision >= {TARGET_PRECISION} and recall >= {TARGET_RECALL}: "
          + (", ".join(f"{t:.3f}" for t in meeting) or "none"))
    curve = ", ".join(
        f"s={s:g}: {1 - (1 - s ** near_duplicates.ROWS_PER_BAND) ** near_duplicates.BANDS:.3f}"
        for s in (0.5, 0.55, 0.6, 0.675, 0.7, 0.8))
    print(f"  chance that LSH makes a pair with Jaccard s a candidate: {curve}")


def configured_threshold() -> float:
    return load_options().dedup.near_threshold


def fill_store(con: duckdb.DuckDBPyConnection, count: int, start: int, rng: np.random.Generator
               ) -> None:
    """Index count synthetic articles: random signatures stand for unrelated texts."""
    max_hash = np.iinfo(np.uint32).max
    signatures = rng.integers(0, max_hash, size=(count, NUM_PERM), dtype=np.uint32)
    ids = [f"synthetic{start + i:09d}" for i in range(count)]
    keys = np.asarray([near_duplicates.band_keys(s.tolist()) for s in signatures], dtype=np.int64)
    signature_table = pa.table({
        "article_id": pa.array(ids, pa.string()),
        "signature": pa.FixedSizeListArray.from_arrays(signatures.reshape(-1), NUM_PERM)
        .cast(pa.list_(pa.uint32())),
        "run_id": pa.array(["bench"] * count, pa.string()),
    })
    band_table = pa.table({
        "band_key": pa.array(keys.reshape(-1), pa.int64()),
        "article_id": pa.array(np.repeat(np.asarray(ids, dtype=object), keys.shape[1]),
                               pa.string()),
    })
    for name, table in (("near_signatures", signature_table), ("near_bands", band_table)):
        con.register("_fill", table)
        con.execute(f"INSERT INTO {name} SELECT * FROM _fill")
        con.unregister("_fill")


def scan_types(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> str:
    plan = con.execute("EXPLAIN ANALYZE " + sql, params).fetchall()[0][1]
    kinds = re.findall(r"Type: (Index Scan|Sequential Scan)", plan)
    groups = re.findall(r"Row Groups Scanned: (\S+)", plan)
    return ", ".join(f"{k} ({g} row groups)" for k, g in zip(kinds, groups, strict=False))


def timing_report(originals: list[tuple[str, str]], sizes: list[int], probes: int,
                  seed: int) -> list[float]:
    """Median ms per new article checked (and indexed) at each store size."""
    rng = np.random.default_rng(seed)
    texts = [text for _, text in originals]
    per_article = []
    print(f"  {'stored':>9} {'ms/article':>10} {'p90 ms':>7} {'in batch':>9} {'forget':>7} "
          f"{'band rows':>11} "
          f"{'db MB':>6}  plan of band lookup / signature lookup")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        con = duckdb.connect(str(db))
        con.execute(schema_sql())
        con.execute("INSERT INTO near_index_info VALUES (?, now())",
                    [near_duplicates.INDEX_SCHEME])
        stored = 0
        probe_rng = random.Random(seed)
        for size in sizes:
            fill_store(con, size - stored, stored, rng)
            stored = size
            con.execute("CHECKPOINT")
            times = []
            for i in range(probes):
                text = texts[i % len(texts)]
                paragraphs = paragraphs_of(text)
                variant, _ = make_variant(paragraphs, "syndicated", probe_rng, paragraphs)
                article = as_article(f"{variant}\n\nprobe {size} {i}", f"probe-{size}-{i}")
                con.begin()
                started = time.perf_counter()
                near_duplicates.find_near_duplicates(con, [article], 0.5, "bench")
                times.append((time.perf_counter() - started) * 1000)
                con.rollback()
            batch = [as_article(f"{texts[i % len(texts)]}\n\nbatch {size} {i}", f"b-{size}-{i}")
                     for i in range(BATCH)]
            con.begin()
            started = time.perf_counter()
            near_duplicates.find_near_duplicates(con, batch, 0.5, "bench")
            batch_ms = (time.perf_counter() - started) * 1000 / BATCH
            con.rollback()
            gone = [f"synthetic{i:09d}" for i in probe_rng.sample(range(size), FORGET)]
            con.begin()
            started = time.perf_counter()
            near_duplicates.forget_articles(con, gone)
            forget_ms = (time.perf_counter() - started) * 1000 / FORGET
            con.rollback()
            keys = near_duplicates.band_keys(as_article(texts[0], "x").signature)
            band_plan = scan_types(
                con, "SELECT band_key, article_id FROM near_bands WHERE band_key IN "
                f"({', '.join('?' * len(keys))})", keys)
            signature_plan = scan_types(
                con, "SELECT article_id, signature FROM near_signatures WHERE article_id IN (?, ?)",
                ["synthetic000000001", "synthetic000000002"])
            rows = con.execute("SELECT count(*) FROM near_bands").fetchall()[0][0]
            median = statistics.median(times)
            per_article.append(median)
            print(f"  {size:>9,} {median:>10.2f} {np.percentile(times, 90):>7.2f} "
                  f"{batch_ms:>9.2f} {forget_ms:>7.2f} {rows:>11,} "
                  f"{db.stat().st_size / 1e6:>6.1f}  {band_plan} / {signature_plan}")
        con.close()
    return per_article


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--variants", type=int, default=3, help="variants per recipe and article")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-timing", action="store_true")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)

    originals = real_articles()
    print(f"near-duplicate index {near_duplicates.INDEX_SCHEME}, "
          f"{len(originals)} real articles")
    print()
    items = labelled_items(originals, args.variants, args.seed)
    quality_report(best_matches(items, originals))
    if args.skip_timing:
        return
    print()
    print("time to check one new article against the store (and roll back):")
    sizes = [int(s) for s in args.sizes.split(",")]
    per_article = timing_report(originals, sizes, args.probes, args.seed)
    print(f"  ms/article: median of {args.probes} calls with one new article each (p90 next);"
          f" in batch: one call with {BATCH}; forget: {FORGET} articles removed in one call")
    print(f"  slowest / fastest ms/article: {max(per_article) / min(per_article):.2f}x")


if __name__ == "__main__":
    main()
