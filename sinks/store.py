"""The DuckDB store: schema, the ledger of processed inputs, and the one-transaction commit.

This is the only module that writes the database. A run's rows, its ledger entries and
its `runs` row are committed together or not at all, always from Arrow tables.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from transforms.model import Article, Rejection, partition_key


class StoreError(RuntimeError):
    """The database cannot be used: a message a user can act on."""


class StoreLocked(StoreError):
    """Another process holds the database file for longer than we were willing to wait."""


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<holder>.+?)(?:\. See also|$)")


@dataclass
class RunReport:
    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    status: str = "committed"
    files_seen: int = 0
    new_articles: int = 0
    duplicates: int = 0
    rejected: int = 0
    actors: int = 0
    statements: int = 0
    feeds_polled: int = 0
    feed_pages: int = 0
    partitions: list[str] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        end = self.finished_at or datetime.now(UTC)
        return (end - self.started_at).total_seconds()

    def summary(self) -> str:
        feeds = (f"feeds polled {self.feeds_polled}, feed pages {self.feed_pages}, "
                 if self.feeds_polled or self.feed_pages else "")
        return (f"run {self.run_id} {self.status}: files seen {self.files_seen}, {feeds}"
                f"new articles {self.new_articles}, duplicates {self.duplicates}, "
                f"rejected {self.rejected}, actors {self.actors}, "
                f"statements {self.statements}, {self.seconds:.1f}s")


@dataclass(frozen=True)
class LedgerEntry:
    size: int
    mtime: float
    content_hash: str | None
    article_id: str | None
    outcome: str


def schema_sql() -> str:
    return resources.files("sinks").joinpath("schema.sql").read_text(encoding="utf-8")


def connect(db_path: str | Path, read_only: bool = False,
            lock_timeout: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open the store, creating its folder and schema when writing.

    While another process holds the file (a user's duckdb session, say), wait with
    exponential backoff for up to lock_timeout seconds, then raise StoreLocked naming it.
    """
    path = Path(db_path)
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder of {path}: {exc}") from exc
    deadline = time.monotonic() + lock_timeout
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            holder = _LOCK_HOLDER.search(str(exc))
            if holder is None:
                raise StoreError(f"cannot open database {path}: {exc}") from exc
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StoreLocked(f"database {path} is held by {holder.group('holder')}; "
                                  f"gave up after {lock_timeout:g}s") from exc
            time.sleep(min(delay, remaining))  # the last wait ends at the deadline, not before
            delay = min(delay * 2, 2.0)
        except duckdb.Error as exc:
            raise StoreError(f"database {path} is unusable: {exc}") from exc
    if not read_only:
        ensure_schema(con)
    return con


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute(schema_sql())
    except duckdb.Error as exc:
        raise StoreError(f"cannot create the schema: {exc}") from exc


def load_ledger(db_path: str | Path, lock_timeout: float = 0.0) -> dict[str, LedgerEntry]:
    """The processed inputs, read with a short read-only connection."""
    if not Path(db_path).exists():
        return {}
    con = connect(db_path, read_only=True, lock_timeout=lock_timeout)
    try:
        if not _has_table(con, "ledger"):
            return {}
        rows = con.execute(
            "SELECT source_uri, size, mtime, content_hash, article_id, outcome FROM ledger"
        ).fetchall()
    finally:
        con.close()
    return {uri: LedgerEntry(size, mtime, digest, article_id, outcome)
            for uri, size, mtime, digest, article_id, outcome in rows}


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchone()[0])


def new_run_id() -> str:
    now = datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%S") + "-" + hashlib.sha1(
        str(time.perf_counter_ns()).encode()).hexdigest()[:6]


# Arrow schemas of what the commit writes; DuckDB casts by column name on insert.
_ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("source_uri", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("outlet", pa.string()), ("authors", pa.list_(pa.string())),
    ("published_date", pa.date32()), ("date_source", pa.string()),
    ("partition_key", pa.string()), ("text", pa.string()), ("content_hash", pa.string()),
    ("word_count", pa.int32()), ("topics", pa.list_(pa.string())), ("relevance", pa.float64()),
    ("on_topic", pa.bool_()), ("extractor_version", pa.string()),
    ("ingested_at", pa.timestamp("us", tz="UTC")), ("run_id", pa.string()),
])
MENTION_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("actor_id", pa.string()), ("surface", pa.string()),
    ("count", pa.int32()), ("roles", pa.list_(pa.string())), ("partition_key", pa.string()),
    ("extractor_version", pa.string()), ("run_id", pa.string()),
])
STATEMENT_SCHEMA = pa.schema([
    ("statement_id", pa.string()), ("article_id", pa.string()),
    ("speaker_actor_id", pa.string()), ("speaker", pa.string()), ("quote", pa.string()),
    ("kind", pa.string()), ("verb", pa.string()), ("start_char", pa.int32()),
    ("end_char", pa.int32()), ("quote_key", pa.string()), ("published_date", pa.date32()),
    ("partition_key", pa.string()), ("extractor_version", pa.string()), ("run_id", pa.string()),
])
_DUPLICATE_SCHEMA = pa.schema([
    ("source_uri", pa.string()), ("duplicate_of", pa.string()), ("method", pa.string()),
    ("similarity", pa.float64()), ("content_hash", pa.string()), ("title", pa.string()),
    ("run_id", pa.string()), ("detected_at", pa.timestamp("us", tz="UTC")),
])
_REJECTED_SCHEMA = pa.schema([
    ("source_uri", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
    ("run_id", pa.string()), ("rejected_at", pa.timestamp("us", tz="UTC")),
])
_PARTITION_LOG_SCHEMA = pa.schema([
    ("partition_key", pa.string()), ("run_id", pa.string()),
    ("changed_at", pa.timestamp("us", tz="UTC")),
])
_LEDGER_SCHEMA = pa.schema([
    ("source_uri", pa.string()), ("size", pa.int64()), ("mtime", pa.float64()),
    ("content_hash", pa.string()), ("article_id", pa.string()), ("outcome", pa.string()),
    ("run_id", pa.string()), ("updated_at", pa.timestamp("us", tz="UTC")),
])


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]],
                schema: pa.Schema) -> None:
    """Append rows to table through one Arrow table (never row by row)."""
    if rows:
        insert_table(con, table, pa.Table.from_pylist(rows, schema=schema))


def insert_table(con: duckdb.DuckDBPyConnection, table: str, batch: pa.Table) -> None:
    """Append an Arrow table to table, matching columns by name."""
    if batch.num_rows == 0:
        return
    with registered(con, f"_incoming_{table}", batch) as view:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {view}")


# Keys per lookup query: DuckDB answers an IN list through an ART index while it matches
# fewer than index_scan_max_count (2048) rows; a join, or a longer list, scans the table.
KEYS_PER_QUERY = 256


def chunked(values: Sequence, size: int = KEYS_PER_QUERY) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield list(values[start:start + size])


def placeholders(values: Sequence) -> str:
    return ", ".join("?" * len(values))


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[str]:
    """An Arrow table visible to SQL as name for the duration of the block."""
    con.register(name, table)
    try:
        yield name
    finally:
        con.unregister(name)


def id_table(values: Iterable[str]) -> pa.Table:
    """One column, id: the distinct values, for `... IN (SELECT id FROM name)`."""
    return pa.table({"id": pa.array(sorted(set(values)), pa.string())})


def commit_run(con: duckdb.DuckDBPyConnection, report: RunReport, articles: list[Article],
               rejections: list[Rejection], *, near_threshold: float, runner: str,
               extractor_version: str, on_commit: Any = None) -> RunReport:
    """Write everything one run produced in a single transaction; fill in the report.

    on_commit(con), when given, runs inside the same transaction just before COMMIT, for
    other writers of the run (feed state, ...).
    """
    now = datetime.now(UTC)
    con.begin()
    try:
        touched: set[str] = set()
        batch_uris = [a.source_uri for a in articles] + [r.source_uri for r in rejections]
        previous = _previous_outcomes(con, batch_uris)

        unchanged = {a.source_uri for a in articles
                     if a.source_uri in previous and previous[a.source_uri][0] == a.content_hash}
        replaced_ids = [prev[1] for uri, prev in previous.items()
                        if uri not in unchanged and prev[1] and prev[2] == "ingested"]
        touched |= _delete_articles(con, replaced_ids)
        changed_uris = [uri for uri in previous if uri not in unchanged]
        if changed_uris:
            with registered(con, "_changed_uris", id_table(changed_uris)):
                con.execute("DELETE FROM duplicates "
                            "WHERE source_uri IN (SELECT id FROM _changed_uris)")

        fresh = sorted((a for a in articles if a.source_uri not in unchanged),
                       key=lambda a: a.source_uri)
        kept, duplicate_rows, outcomes = _drop_duplicates(con, fresh, near_threshold, report.run_id,
                                                          now)
        for uri in unchanged:
            outcomes[uri] = (previous[uri][2], previous[uri][1])

        from sinks.actors import resolve_actors

        actor_ids = resolve_actors(con, kept, report.run_id)
        article_rows, mention_rows, statement_rows = _fact_rows(kept, actor_ids, report.run_id, now)
        insert_rows(con, "articles", article_rows, _ARTICLE_SCHEMA)
        insert_rows(con, "mentions", mention_rows, MENTION_SCHEMA)
        insert_rows(con, "statements", statement_rows, STATEMENT_SCHEMA)
        insert_rows(con, "duplicates", duplicate_rows, _DUPLICATE_SCHEMA)
        insert_rows(con, "rejected", [
            {"source_uri": r.source_uri, "reason": r.reason, "detail": r.detail,
             "run_id": report.run_id, "rejected_at": now} for r in rejections
        ], _REJECTED_SCHEMA)
        _write_ledger(con, articles, rejections, outcomes, report.run_id, now)
        touched |= {a.partition_key for a in kept}
        log_partitions(con, touched, report.run_id, now)

        report.new_articles = len(kept)
        report.duplicates = len(duplicate_rows)
        report.rejected = len(rejections)
        report.actors = len({row["actor_id"] for row in mention_rows})
        report.statements = len(statement_rows)
        report.partitions = sorted(touched)
        report.finished_at = datetime.now(UTC)
        report.status = "committed"
        write_run(con, report, runner, extractor_version)
        if on_commit is not None:
            on_commit(con)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return report


def write_run(con: duckdb.DuckDBPyConnection, report: RunReport, runner: str,
              extractor_version: str, detail: str | None = None) -> None:
    """The run's row in `runs`, inside the caller's transaction."""
    con.execute(
        "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [report.run_id, report.started_at, report.finished_at, report.status, report.files_seen,
         report.new_articles, report.duplicates, report.rejected, report.actors,
         report.statements, runner, extractor_version, detail],
    )


def log_partitions(con: duckdb.DuckDBPyConnection, partitions: Iterable[str], run_id: str,
                   now: datetime) -> None:
    """Record that run_id changed these partitions (the partitions view, incremental export)."""
    insert_rows(con, "partition_log", [
        {"partition_key": p, "run_id": run_id, "changed_at": now} for p in sorted(partitions)
    ], _PARTITION_LOG_SCHEMA)


def _previous_outcomes(con: duckdb.DuckDBPyConnection,
                       uris: list[str]) -> dict[str, tuple[str | None, str | None, str]]:
    if not uris:
        return {}
    with registered(con, "_batch_uris", id_table(uris)):
        rows = con.execute(
            "SELECT source_uri, content_hash, article_id, outcome FROM ledger "
            "WHERE source_uri IN (SELECT id FROM _batch_uris)").fetchall()
    return {uri: (digest, article_id, outcome) for uri, digest, article_id, outcome in rows}


def _delete_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> set[str]:
    """Remove an article's rows everywhere; return the partitions that changed."""
    if not article_ids:
        return set()
    with registered(con, "_gone", id_table(article_ids)):
        partitions = {row[0] for row in con.execute(
            "SELECT DISTINCT partition_key FROM articles "
            "WHERE article_id IN (SELECT id FROM _gone)").fetchall()}
        for table in ("mentions", "statements", "articles"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _gone)")
        # Copies of a replaced article lose their original: make their inputs pending again,
        # so the next run stores the first of them in its place.
        orphans = [uri for (uri,) in con.execute(
            "SELECT source_uri FROM duplicates WHERE duplicate_of IN (SELECT id FROM _gone)"
        ).fetchall()]
    if orphans:
        with registered(con, "_orphans", id_table(orphans)):
            con.execute("DELETE FROM duplicates WHERE source_uri IN (SELECT id FROM _orphans)")
            con.execute("DELETE FROM ledger WHERE source_uri IN (SELECT id FROM _orphans)")
    from sinks.near_duplicates import forget_articles

    forget_articles(con, article_ids)
    return partitions


def _drop_duplicates(con: duckdb.DuckDBPyConnection, articles: list[Article],
                     near_threshold: float, run_id: str, now: datetime,
                     ) -> tuple[list[Article], list[dict[str, Any]], dict[str, tuple[str, str]]]:
    """Split articles into those to keep and duplicate rows (exact, then near)."""
    from sinks.near_duplicates import find_near_duplicates

    outcomes: dict[str, tuple[str, str]] = {}
    duplicate_rows: list[dict[str, Any]] = []
    stored: dict[str, str] = {}
    for chunk in chunked(sorted({a.content_hash for a in articles})):
        stored.update(con.execute(
            "SELECT content_hash, min(article_id) FROM articles "
            f"WHERE content_hash IN ({placeholders(chunk)}) GROUP BY content_hash",
            chunk).fetchall())

    def mark(article: Article, original: str, method: str, similarity: float) -> None:
        outcomes[article.source_uri] = ("duplicate", original)
        duplicate_rows.append({
            "source_uri": article.source_uri, "duplicate_of": original, "method": method,
            "similarity": similarity, "content_hash": article.content_hash,
            "title": article.title, "run_id": run_id, "detected_at": now})

    candidates: list[Article] = []
    for article in articles:
        original = stored.get(article.content_hash)
        if original is not None:
            mark(article, original, "exact", 1.0)
        else:
            stored[article.content_hash] = article.article_id
            candidates.append(article)

    near = find_near_duplicates(con, candidates, near_threshold, run_id)
    kept: list[Article] = []
    for article in candidates:
        if article.article_id in near:
            original, similarity = near[article.article_id]
            mark(article, original, "near", similarity)
        else:
            outcomes[article.source_uri] = ("ingested", article.article_id)
            kept.append(article)
    return kept, duplicate_rows, outcomes


def _fact_rows(articles: list[Article], actor_ids: dict[tuple[str, str], str], run_id: str,
               now: datetime) -> tuple[list[dict], list[dict], list[dict]]:
    article_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    statement_rows: list[dict[str, Any]] = []
    for a in articles:
        part = partition_key(a.published_date)
        published = datetime.fromisoformat(a.published_date).date() if a.published_date else None
        article_rows.append({
            "article_id": a.article_id, "source_uri": a.source_uri, "url": a.url,
            "title": a.title, "outlet": a.outlet, "authors": a.authors,
            "published_date": published, "date_source": a.date_source, "partition_key": part,
            "text": a.text, "content_hash": a.content_hash, "word_count": len(a.text.split()),
            "topics": a.topics, "relevance": a.relevance, "on_topic": a.on_topic,
            "extractor_version": a.extractor_version, "ingested_at": now, "run_id": run_id})
        mention_rows.extend(mention_rows_for(a, actor_ids, run_id))
        statement_rows.extend(statement_rows_for(a, actor_ids, run_id))
    return article_rows, mention_rows, statement_rows


def mention_rows_for(article: Article, actor_ids: dict[tuple[str, str], str],
                     run_id: str) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for mention in article.actors:
        actor_id = actor_ids[(article.article_id, mention.key)]
        surfaces = mention.surfaces or {mention.name: mention.count}
        for surface, count in surfaces.items():
            row = rows.get((actor_id, surface))
            if row is None:
                rows[(actor_id, surface)] = {
                    "article_id": article.article_id, "actor_id": actor_id, "surface": surface,
                    "count": count, "roles": list(mention.roles),
                    "partition_key": article.partition_key,
                    "extractor_version": article.extractor_version, "run_id": run_id}
            else:
                row["count"] += count
                row["roles"] += [r for r in mention.roles if r not in row["roles"]]
    return list(rows.values())


def statement_rows_for(article: Article, actor_ids: dict[tuple[str, str], str],
                       run_id: str) -> list[dict[str, Any]]:
    published = (datetime.fromisoformat(article.published_date).date()
                 if article.published_date else None)
    rows = []
    seen: set[str] = set()
    for s in article.statements:
        statement_id = hashlib.sha1(
            f"{article.article_id}:{s.start}:{s.end}:{s.kind}".encode()).hexdigest()[:16]
        if statement_id in seen:
            continue
        seen.add(statement_id)
        rows.append({
            "statement_id": statement_id, "article_id": article.article_id,
            "speaker_actor_id": actor_ids.get((article.article_id, s.speaker_key))
            if s.speaker_key else None,
            "speaker": s.speaker, "quote": s.quote, "kind": s.kind, "verb": s.verb,
            "start_char": s.start, "end_char": s.end, "quote_key": s.quote_key,
            "published_date": published, "partition_key": article.partition_key,
            "extractor_version": article.extractor_version, "run_id": run_id})
    return rows


def _write_ledger(con: duckdb.DuckDBPyConnection, articles: list[Article],
                  rejections: list[Rejection], outcomes: dict[str, tuple[str, str]], run_id: str,
                  now: datetime) -> None:
    rows: dict[str, dict[str, Any]] = {}
    for a in articles:
        outcome, article_id = outcomes.get(a.source_uri, ("ingested", a.article_id))
        rows[a.source_uri] = {"source_uri": a.source_uri, "size": a.size, "mtime": a.mtime,
                              "content_hash": a.content_hash, "article_id": article_id,
                              "outcome": outcome, "run_id": run_id, "updated_at": now}
    for r in rejections:
        rows[r.source_uri] = {"source_uri": r.source_uri, "size": r.size, "mtime": r.mtime,
                              "content_hash": None, "article_id": None, "outcome": "rejected",
                              "run_id": run_id, "updated_at": now}
    if not rows:
        return
    with registered(con, "_ledger_uris", id_table(rows)):
        con.execute("DELETE FROM ledger WHERE source_uri IN (SELECT id FROM _ledger_uris)")
    insert_rows(con, "ledger", list(rows.values()), _LEDGER_SCHEMA)
