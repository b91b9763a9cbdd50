"""Driver side of feed ingestion: which feeds a run polls, what the store already knows of
their entries, the Beam stage that fetches them, and the feed records of the commit.

The state is read with a short read-only connection before the pipeline starts and written
by write_feed_updates inside the run's one commit transaction; workers see neither.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import apache_beam as beam
import duckdb

from pipeline.config import Options
from sinks import staging
from sinks.feed_state import load_feed_states, load_seen_entries, write_feed_updates
from sinks.store import connect
from transforms.feeds import (
    Backoff,
    FeedSettings,
    FeedState,
    FetchedFeeds,
    FetchFeeds,
    SeenEntries,
    due_feeds,
    feed_key,
)
from transforms.fetch import FetchLimits


@dataclass(frozen=True)
class FeedPlan:
    """The feeds a run polls (those due) and the entries it must not fetch as new."""

    settings: FeedSettings
    due: tuple[FeedState, ...] = ()
    seen: SeenEntries = field(default_factory=SeenEntries)

    @property
    def active(self) -> bool:
        """Whether the run has anything to fetch: a due feed or an entry to try again."""
        return bool(self.due or self.seen.retries)


def feed_settings(options: Options) -> FeedSettings:
    feeds = options.feeds
    limits = FetchLimits(connect_timeout=feeds.connect_timeout, read_timeout=feeds.read_timeout,
                         total_timeout=feeds.total_timeout, max_bytes=feeds.max_bytes,
                         max_redirects=feeds.max_redirects, user_agent=feeds.user_agent,
                         allow_private_network=feeds.allow_private_network)
    return FeedSettings(limits=limits, poll_interval=feeds.poll_interval,
                        backoff=Backoff(base=feeds.poll_interval, cap=feeds.max_backoff),
                        max_entries=feeds.max_entries, concurrency=feeds.concurrency,
                        per_host=feeds.per_host)


def plan_feeds(options: Options, feed_urls: Sequence[str], db_path: str | Path,
               lock_timeout: float = 0.0, now: datetime | None = None) -> FeedPlan:
    """Read the feeds' state and the seen entries from the store (if it exists yet)."""
    settings = feed_settings(options)
    if not feed_urls:
        return FeedPlan(settings)
    now = now or datetime.now(UTC)
    if Path(db_path).exists():
        con = connect(db_path, read_only=True, lock_timeout=lock_timeout)
        try:
            states = load_feed_states(con, feed_urls)
            seen = load_seen_entries(con, [s.feed_url for s in states], now)
        finally:
            con.close()
    else:
        states = [FeedState(key) for key in dict.fromkeys(feed_key(u) for u in feed_urls)]
        seen = SeenEntries()
    return FeedPlan(settings, tuple(due_feeds(states, now)), seen)


def fetch_feeds(pipeline: beam.Pipeline, plan: FeedPlan, prefix: str) -> FetchedFeeds:
    """Add the feed stage: fetched pages and rejections come back for the article stages;
    feed state and entry records are staged for the commit."""
    fetched = (pipeline
               | "ListDueFeeds" >> beam.Create(list(plan.due))
               | "FetchFeeds" >> FetchFeeds(plan.settings, plan.seen))
    _ = ((fetched.feed_states, fetched.feed_entries)
         | "AllFeedRecords" >> beam.Flatten()
         | "StageFeedRecords" >> staging.WriteStaged(prefix, staging.EXTRA))
    return fetched


def feed_commit(options: Options, prefix: str, run_id: str
                ) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """The commit hook writing the staged feed records inside the run's transaction."""
    records: list[dict[str, Any]] = list(staging.read_staged(prefix, staging.EXTRA))
    backoff = Backoff(base=options.feeds.poll_interval, cap=options.feeds.max_backoff)

    def write(con: duckdb.DuckDBPyConnection) -> None:
        write_feed_updates(con, records, run_id, backoff=backoff,
                           max_attempts=options.feeds.entry_attempts)

    return write
