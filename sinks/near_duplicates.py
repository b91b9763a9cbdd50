"""The near-duplicate index: MinHash LSH whose buckets live in DuckDB.

Every stored article has its signature in near_signatures and one near_bands row per LSH
band, keyed by a hash of the band's values and found through an ART index. A new article
is compared only with the stored articles that share a band with it (point lookups, so the
cost of a check does not grow with the store) and with the earlier articles of its batch;
its estimated Jaccard similarity to them decides. Runs inside the commit's transaction.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime

import duckdb
import numpy as np
import pyarrow as pa

from sinks.store import chunked, insert_table, placeholders
from transforms.fingerprint import NUM_PERM, SCHEME, compute_signature
from transforms.model import Article

# BANDS x ROWS_PER_BAND MinHash values form the LSH key; a pair with Jaccard similarity s
# shares at least one band with probability 1 - (1 - s**ROWS_PER_BAND)**BANDS.
BANDS = 32
ROWS_PER_BAND = 4
# Thresholds below this are allowed but pairs near them may never become candidates.
LSH_FLOOR = 0.55
INDEX_SCHEME = f"{SCHEME}-lsh{BANDS}x{ROWS_PER_BAND}"

# The point lookups, {marks} standing for one "?" per key.
BAND_LOOKUP_SQL = "SELECT band_key, article_id FROM near_bands WHERE band_key IN ({marks})"
SIGNATURE_LOOKUP_SQL = ("SELECT article_id, signature FROM near_signatures "
                        "WHERE article_id IN ({marks})")

_LOG = logging.getLogger(__name__)
_SIGNATURE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("signature", pa.list_(pa.uint32())), ("run_id", pa.string()),
])
_BAND_SCHEMA = pa.schema([("band_key", pa.int64()), ("article_id", pa.string())])


def band_keys(signature: list[int]) -> list[int]:
    """One signed 64-bit key per band: a hash of the band's number and values."""
    values = np.asarray(signature[: BANDS * ROWS_PER_BAND], dtype="<u4").reshape(
        BANDS, ROWS_PER_BAND)
    return [int.from_bytes(hashlib.blake2b(band.tobytes(), digest_size=8,
                                           salt=number.to_bytes(2, "little")).digest(),
                           "little", signed=True)
            for number, band in enumerate(values)]


def find_near_duplicates(con: duckdb.DuckDBPyConnection, articles: list[Article],
                         threshold: float, run_id: str) -> dict[str, tuple[str, float]]:
    """Near-duplicates among articles, in order, against the index and earlier ones.

    Returns article_id -> (article_id it copies, estimated similarity) for each article
    whose similarity to a stored article or an earlier article of the batch reaches
    threshold; indexes every other article. Indexing an article already indexed changes
    nothing, and an article is never its own duplicate.
    """
    if threshold < LSH_FLOOR:
        _LOG.warning("near_threshold %.2f is below %.2f, the lowest the index is laid out for:"
                     " some near-duplicates will be missed", threshold, LSH_FLOOR)
    _ensure_current_index(con)
    signed = [(a.article_id, s) for a, s in ((a, _signature_of(a)) for a in articles) if s]
    keys = {article_id: band_keys(signature) for article_id, signature in signed}
    stored_buckets = _stored_buckets(con, [k for ks in keys.values() for k in ks])
    stored_ids = {i for ids in stored_buckets.values() for i in ids}
    known = _stored_signatures(con, stored_ids | {article_id for article_id, _ in signed})

    found: dict[str, tuple[str, float]] = {}
    batch_buckets: dict[int, list[str]] = defaultdict(list)
    to_index: list[tuple[str, list[int]]] = []
    for article_id, signature in signed:
        candidates = {i for key in keys[article_id]
                      for i in stored_buckets.get(key, []) + batch_buckets.get(key, [])}
        candidates.discard(article_id)
        best = _best_match(signature, candidates, known)
        if best is not None and best[1] >= threshold:
            found[article_id] = best
            continue
        if article_id in known:
            continue
        known[article_id] = signature
        to_index.append((article_id, signature))
        for key in keys[article_id]:
            batch_buckets[key].append(article_id)
    _index(con, to_index, run_id)
    return found


def forget_articles(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> None:
    """Remove articles from the index, e.g. when a changed file replaces its article."""
    signatures = _stored_signatures(con, set(article_ids))
    if not signatures:
        return
    keys = sorted({k for s in signatures.values() for k in band_keys(s)})
    # Deleting by band key alone keeps to the ART index (a filter on article_id as well
    # makes DuckDB scan the table); other articles' rows in those buckets go back after.
    sharing = [(key, article_id) for key, ids in _stored_buckets(con, keys).items()
               for article_id in ids if article_id not in signatures]
    for chunk in chunked(keys):
        con.execute(f"DELETE FROM near_bands WHERE band_key IN ({placeholders(chunk)})", chunk)
    insert_table(con, "near_bands", pa.table({
        "band_key": pa.array([key for key, _ in sharing], pa.int64()),
        "article_id": pa.array([article_id for _, article_id in sharing], pa.string()),
    }, schema=_BAND_SCHEMA))
    for chunk in chunked(sorted(signatures)):
        con.execute("DELETE FROM near_signatures "
                    f"WHERE article_id IN ({placeholders(chunk)})", chunk)


def rebuild_index(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> int:
    """Index every stored article afresh from its text; return how many were indexed."""
    con.execute("DELETE FROM near_bands")
    con.execute("DELETE FROM near_signatures")
    count = 0
    last = ""
    # Pages by key rather than one open reader: the connection must be free for inserts.
    while rows := con.execute("SELECT article_id, text FROM articles WHERE article_id > ? "
                              "ORDER BY article_id LIMIT 1000", [last]).fetchall():
        last = rows[-1][0]
        batch = {article_id: compute_signature(text or "") for article_id, text in rows}
        signed = [(article_id, s) for article_id, s in batch.items() if s]
        _index(con, signed, run_id or "")
        count += len(signed)
    con.execute("DELETE FROM near_index_info")
    con.execute("INSERT INTO near_index_info VALUES (?, ?)", [INDEX_SCHEME, datetime.now(UTC)])
    return count


def _ensure_current_index(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the index when it was made with other signature or band settings."""
    schemes = [scheme for (scheme,) in con.execute("SELECT scheme FROM near_index_info")
               .fetchall()]
    if schemes == [INDEX_SCHEME]:
        return
    _LOG.info("near-duplicate index is %s, rebuilding as %s", schemes, INDEX_SCHEME)
    count = rebuild_index(con)
    _LOG.info("near-duplicate index rebuilt: %d articles", count)


def _signature_of(article: Article) -> list[int]:
    """The staged signature, or one computed here when it is missing or of another size."""
    if len(article.signature) == NUM_PERM:
        return list(article.signature)
    return compute_signature(article.text)


def _best_match(signature: list[int], candidates: set[str],
                known: dict[str, list[int]]) -> tuple[str, float] | None:
    """The most similar candidate (earliest id on ties) and its similarity."""
    ids = sorted(i for i in candidates if i in known)
    if not ids:
        return None
    matrix = np.asarray([known[i] for i in ids], dtype=np.uint32)
    scores = (matrix == np.asarray(signature, dtype=np.uint32)).mean(axis=1)
    best = int(np.argmax(scores))
    return ids[best], round(float(scores[best]), 4)


def _stored_buckets(con: duckdb.DuckDBPyConnection, keys: list[int]) -> dict[int, list[str]]:
    buckets: dict[int, list[str]] = defaultdict(list)
    for chunk in chunked(sorted(set(keys))):
        for key, article_id in con.execute(BAND_LOOKUP_SQL.format(marks=placeholders(chunk)),
                                           chunk).fetchall():
            buckets[key].append(article_id)
    return buckets


def _stored_signatures(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for chunk in chunked(sorted(ids)):
        found.update(con.execute(SIGNATURE_LOOKUP_SQL.format(marks=placeholders(chunk)),
                                 chunk).fetchall())
    return found


def _index(con: duckdb.DuckDBPyConnection, signed: list[tuple[str, list[int]]],
           run_id: str) -> None:
    """Insert the signatures and band rows of articles, as Arrow tables."""
    if not signed:
        return
    signatures = pa.Table.from_pylist(
        [{"article_id": i, "signature": s, "run_id": run_id} for i, s in signed],
        schema=_SIGNATURE_SCHEMA)
    bands = pa.table({
        "band_key": pa.array([k for _, s in signed for k in band_keys(s)], pa.int64()),
        "article_id": pa.array([i for i, _ in signed for _ in range(BANDS)], pa.string()),
    }, schema=_BAND_SCHEMA)
    insert_table(con, "near_signatures", signatures)
    insert_table(con, "near_bands", bands)


