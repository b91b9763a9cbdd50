"""Feed state in the store: read before a run by the driver, written inside the run's commit.

feed_state holds each feed's validators, health and next poll time; feed_entries every
entry ever taken from a feed, keyed by canonical URL, with the outcome of fetching it.
An entry's outcome is read from the run's own ledger and rejected rows, so an entry counts
as ingested only when its article was committed in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from sinks.store import insert_rows
from transforms.feeds import (
    ENTRY_RECORD,
    STATE_RECORD,
    Backoff,
    FeedEntry,
    FeedState,
    SeenEntries,
    feed_key,
)

# Entry failures that another try cannot fix.
PERMANENT_REASONS = frozenset({"refused-scheme", "refused-address", "bad-url", "not-html",
                               "too-large", "http-404", "http-410", "binary"})
DEFAULT_MAX_ATTEMPTS = 4

_TS = pa.timestamp("us", tz="UTC")
_STATE_SCHEMA = pa.schema([
    ("feed_url", pa.string()), ("title", pa.string()), ("etag", pa.string()),
    ("last_modified", pa.string()), ("last_status", pa.int32()), ("last_error", pa.string()),
    ("consecutive_failures", pa.int32()), ("last_polled_at", _TS), ("last_success_at", _TS),
    ("next_poll_at", _TS), ("entries_seen", pa.int32()), ("entries_new", pa.int32()),
    ("run_id", pa.string()),
])
_ENTRY_SCHEMA = pa.schema([
    ("canonical_url", pa.string()), ("feed_url", pa.string()), ("entry_id", pa.string()),
    ("url", pa.string()), ("title", pa.string()), ("entry_published", pa.date32()),
    ("status", pa.string()), ("article_id", pa.string()), ("attempts", pa.int32()),
    ("last_error", pa.string()), ("first_seen_at", _TS), ("last_attempt_at", _TS),
    ("next_attempt_at", _TS), ("run_id", pa.string()),
])
_STATE_COLUMNS = [name for name in _STATE_SCHEMA.names if name != "run_id"]


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = ?", [name]).fetchone()[0])


def load_feed_states(con: duckdb.DuckDBPyConnection, feed_urls: Iterable[str]
                     ) -> list[FeedState]:
    """The stored state of each feed (a fresh one for a feed never polled), in the order
    given, each feed once under its feed_key."""
    keys = list(dict.fromkeys(feed_key(u) for u in feed_urls))
    stored: dict[str, FeedState] = {}
    if keys and _has_table(con, "feed_state"):
        rows = con.execute(
            f"SELECT {', '.join(_STATE_COLUMNS)} FROM feed_state "
            "WHERE feed_url IN (SELECT unnest(?::VARCHAR[]))", [keys]).fetchall()
        for row in rows:
            state = FeedState(**dict(zip(_STATE_COLUMNS, row, strict=True)))
            stored[state.feed_url] = state
    return [stored.get(k) or FeedState(feed_url=k) for k in keys]


def load_seen_entries(con: duckdb.DuckDBPyConnection, feed_urls: Iterable[str] | None = None,
                      now: datetime | None = None) -> SeenEntries:
    """Every entry taken before (never to be fetched as new again), and the failed ones of
    the given feeds whose next try is due."""
    if not _has_table(con, "feed_entries"):
        return SeenEntries()
    now = now or datetime.now(UTC)
    rows = con.execute("SELECT canonical_url, feed_url, entry_id FROM feed_entries").fetchall()
    urls = frozenset(r[0] for r in rows)
    guids = frozenset((r[1], r[2]) for r in rows if r[2] is not None)
    retries: tuple[FeedEntry, ...] = ()
    keys = [feed_key(u) for u in feed_urls or ()]
    if keys:
        due = con.execute(
            "SELECT feed_url, url, canonical_url, entry_id, title, entry_published "
            "FROM feed_entries WHERE status = 'failed' AND next_attempt_at <= ? "
            "AND feed_url IN (SELECT unnest(?::VARCHAR[])) ORDER BY canonical_url",
            [now, keys]).fetchall()
        retries = tuple(FeedEntry(feed_url=f, url=u, canonical_url=c, entry_id=i, title=t,
                                  published=p.isoformat() if p else None)
                        for f, u, c, i, t, p in due)
    return SeenEntries(urls, guids, retries)


def write_feed_updates(con: duckdb.DuckDBPyConnection, updates: Iterable[dict[str, Any]],
                       run_id: str, *, backoff: Backoff | None = None,
                       max_attempts: int = DEFAULT_MAX_ATTEMPTS,
                       now: datetime | None = None) -> None:
    """Upsert the feed states and entry outcomes of a run; call inside its commit.

    updates are the staged records of FetchFeeds (kind feed_state / feed_entry); other
    kinds are ignored. Must run after the run's ledger and rejected rows are written.
    """
    backoff = backoff or Backoff()
    now = now or datetime.now(UTC)
    states: dict[str, dict[str, Any]] = {}
    entries: dict[str, dict[str, Any]] = {}
    for record in updates:
        if record.get("kind") == STATE_RECORD:
            states[record["feed_url"]] = record
        elif record.get("kind") == ENTRY_RECORD:
            entries[record["canonical_url"]] = record
    _write_states(con, list(states.values()), run_id)
    _write_entries(con, list(entries.values()), run_id, backoff, max_attempts, now)


def _write_states(con: duckdb.DuckDBPyConnection, records: list[dict[str, Any]],
                  run_id: str) -> None:
    if not records:
        return
    rows = []
    for record in records:
        state = FeedState.from_record(record)
        row = {name: getattr(state, name) for name in _STATE_COLUMNS}
        rows.append({**row, "run_id": run_id})
    _delete_keys(con, "feed_state", "feed_url", [r["feed_url"] for r in rows])
    insert_rows(con, "feed_state", rows, _STATE_SCHEMA)


def _write_entries(con: duckdb.DuckDBPyConnection, records: list[dict[str, Any]], run_id: str,
                   backoff: Backoff, max_attempts: int, now: datetime) -> None:
    if not records:
        return
    keys = [r["canonical_url"] for r in records]
    previous = {row[0]: row[1:] for row in con.execute(
        "SELECT canonical_url, attempts, first_seen_at FROM feed_entries "
        "WHERE canonical_url IN (SELECT unnest(?::VARCHAR[]))", [keys]).fetchall()}
    outcomes = _run_outcomes(con, [r["source_uri"] for r in records], run_id)
    rows = []
    for record in records:
        attempts, first_seen = previous.get(record["canonical_url"], (0, None))
        attempts += 1
        outcome, article_id, error = outcomes.get(
            record["source_uri"], ("failed", None, "no outcome recorded for the page"))
        reason = (error or "").split(":", 1)[0]
        next_attempt = None
        if outcome in ("ingested", "duplicate"):
            status, error = outcome, None
        elif reason in PERMANENT_REASONS or attempts >= max_attempts:
            status = "abandoned"
        else:
            status = "failed"
            next_attempt = now + timedelta(seconds=backoff.delay(attempts))
        attempted = record.get("attempted_at")
        rows.append({
            "canonical_url": record["canonical_url"], "feed_url": record["feed_url"],
            "entry_id": record.get("entry_id"), "url": record.get("url"),
            "title": record.get("title"), "entry_published": _to_date(record.get("published")),
            "status": status, "article_id": article_id, "attempts": attempts,
            "last_error": error, "first_seen_at": first_seen or now,
            "last_attempt_at": datetime.fromisoformat(attempted) if attempted else now,
            "next_attempt_at": next_attempt, "run_id": run_id})
    _delete_keys(con, "feed_entries", "canonical_url", keys)
    insert_rows(con, "feed_entries", rows, _ENTRY_SCHEMA)


def _run_outcomes(con: duckdb.DuckDBPyConnection, source_uris: Sequence[str], run_id: str
                  ) -> dict[str, tuple[str, str | None, str | None]]:
    """source_uri -> (ingested | duplicate | rejected, article_id, 'reason: detail') as this
    run's ledger and rejected rows say."""
    rows = con.execute(
        "SELECT l.source_uri, l.outcome, l.article_id, "
        "       (SELECT r.reason || ': ' || coalesce(r.detail, '') FROM rejected r "
        "        WHERE r.source_uri = l.source_uri AND r.run_id = l.run_id LIMIT 1) "
        "FROM ledger l WHERE l.run_id = ? AND l.source_uri IN (SELECT unnest(?::VARCHAR[]))",
        [run_id, list(source_uris)]).fetchall()
    return {uri: (outcome, article_id, error) for uri, outcome, article_id, error in rows}


def _delete_keys(con: duckdb.DuckDBPyConnection, table: str, column: str,
                 keys: list[str]) -> None:
    con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(set(keys))])


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
