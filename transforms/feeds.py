"""Poll RSS/Atom feeds the way careful feed readers do, and fetch each new entry's page once.

A poll sends the feed's ETag and Last-Modified back (a 304 ends it there), parses the feed
with feedparser, and keeps the entries whose canonical URL and GUID have not been seen.
Failures back off exponentially per feed and per entry. The plain functions poll_feed and
fetch_entry_page do the work; FetchFeeds wires them into Beam. Workers never open the
database: the driver passes in the feed states and the seen entries, and the records of
what happened leave on tagged outputs for the commit.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

import apache_beam as beam
import feedparser
from apache_beam import pvalue
from apache_beam.io.filesystems import FileSystems
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as defused_fromstring

from transforms.fetch import FetchError, FetchLimits, HttpClient, host_of, run_bounded
from transforms.model import RawDocument, Rejection
from transforms.urls import InvalidUrl, canonicalise_url, is_web_url

_LOG = logging.getLogger(__name__)

FEED_STATES = "feed_states"
FEED_ENTRIES = "feed_entries"
REJECTED = "rejected"  # the tag the article stages use for rejections too
STATE_RECORD = "feed_state"
ENTRY_RECORD = "feed_entry"

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+xml;q=0.9, "
               "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
MIN_RETRY_SECONDS = 60.0


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff: base, 2*base, 4*base, ... capped; a server's Retry-After wins
    when it asks for longer."""

    base: float = 300.0
    cap: float = 86_400.0

    def delay(self, failures: int, retry_after: float | None = None) -> float:
        seconds = min(self.cap, max(self.base, MIN_RETRY_SECONDS) * 2 ** max(0, failures - 1))
        if retry_after is not None:
            seconds = max(seconds, min(retry_after, self.cap))
        return seconds


@dataclass(frozen=True)
class FeedSettings:
    """How feeds are polled and pages fetched."""

    limits: FetchLimits = field(default_factory=FetchLimits)
    poll_interval: float = 300.0  # seconds between polls of a healthy feed
    backoff: Backoff = field(default_factory=Backoff)
    max_entries: int = 100  # new entries taken from one poll; the rest wait for the next
    concurrency: int = 8  # requests in flight per worker
    per_host: int = 2  # of which at most this many to one host


@dataclass
class FeedState:
    """What is remembered about one feed between runs."""

    feed_url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    next_poll_at: datetime | None = None
    entries_seen: int = 0  # entries in the last feed document read
    entries_new: int = 0  # of which were new

    def is_due(self, now: datetime) -> bool:
        return self.next_poll_at is None or self.next_poll_at <= now

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready record for staging, tagged with its kind."""
        record = asdict(self)
        for key in ("last_polled_at", "last_success_at", "next_poll_at"):
            record[key] = record[key].isoformat() if record[key] else None
        return {"kind": STATE_RECORD, **record}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> FeedState:
        values = {k: v for k, v in record.items() if k in cls.__dataclass_fields__}
        for key in ("last_polled_at", "last_success_at", "next_poll_at"):
            if isinstance(values.get(key), str):
                values[key] = datetime.fromisoformat(values[key])
        return cls(**values)


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed, to be fetched."""

    feed_url: str
    url: str  # the link as the feed gave it (made absolute)
    canonical_url: str  # the key: the same page under any tracking parameters
    entry_id: str | None = None  # GUID / Atom id
    title: str | None = None
    published: str | None = None  # ISO date from the entry, None when it has none

    def origin(self, fetched_url: str | None = None, content_type: str | None = None
               ) -> dict[str, Any]:
        """What a RawDocument or Rejection of this entry carries for the later stages."""
        return {"url": fetched_url or self.url, "canonical_url": self.canonical_url,
                "feed_url": self.feed_url, "entry_id": self.entry_id,
                "entry_published": self.published, "entry_title": self.title,
                "content_type": content_type}

    def to_record(self, attempted_at: datetime) -> dict[str, Any]:
        """The record of an attempt to fetch this entry, for the feed_entries table."""
        return {"kind": ENTRY_RECORD, **asdict(self), "source_uri": self.canonical_url,
                "attempted_at": attempted_at.isoformat()}


@dataclass(frozen=True)
class SeenEntries:
    """Entries known from earlier runs, and those of them that are due for another try."""

    urls: frozenset[str] = frozenset()  # canonical URLs
    guids: frozenset[tuple[str, str]] = frozenset()  # (feed_url, entry_id)
    retries: tuple[FeedEntry, ...] = ()

    def knows(self, feed_url: str, canonical_url: str, entry_id: str | None) -> bool:
        return canonical_url in self.urls or (entry_id is not None
                                              and (feed_url, entry_id) in self.guids)


@dataclass
class FeedPollResult:
    state: FeedState  # the feed's state after this poll
    entries: list[FeedEntry] = field(default_factory=list)  # new entries to fetch


class UnsafeFeed(Exception):
    """A feed declaring XML entities (expansion bombs, external entities)."""


def feed_key(url_or_path: str) -> str:
    """How a feed is named in the store: canonical for http(s), absolute for local files."""
    text = url_or_path.strip()
    scheme = urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        return canonicalise_url(text)
    if scheme == "file":
        return urlsplit(text).path
    if "://" in text:
        return text
    return os.path.abspath(text)


def is_web_feed(feed_url: str) -> bool:
    return urlsplit(feed_url).scheme.lower() in ("http", "https")


def due_feeds(states: Iterable[FeedState], now: datetime) -> list[FeedState]:
    """The feeds whose next poll time has come (or that were never polled)."""
    return [s for s in states if s.is_due(now)]


def poll_feed(state: FeedState, seen: SeenEntries, client: HttpClient,
              settings: FeedSettings, now: datetime | None = None) -> FeedPollResult:
    """Poll one feed: its new entries and its next state. Never raises for bad input."""
    now = now or datetime.now(UTC)
    polled = replace(state, last_polled_at=now, entries_new=0)
    try:
        document = _read_feed(state, client, settings.limits.max_bytes)
        if document is None:  # not modified: nothing more to do
            return FeedPollResult(replace(
                polled, last_status=304 if is_web_feed(state.feed_url) else None,
                last_error=None, consecutive_failures=0, last_success_at=now,
                next_poll_at=now + timedelta(seconds=settings.poll_interval)))
        parsed, note = _parse_feed(document)
    except FetchError as failure:
        failures = state.consecutive_failures + 1
        _LOG.warning("feed %s failed (%d in a row): %s", state.feed_url, failures, failure)
        return FeedPollResult(replace(
            polled, last_status=failure.status, consecutive_failures=failures,
            last_error=f"{failure.reason}: {failure.detail}"[:1000],
            next_poll_at=now + timedelta(seconds=settings.backoff.delay(
                failures, failure.retry_after))))

    entries = new_entries(parsed, state.feed_url, document.url, seen)
    taken = entries[:settings.max_entries]
    complete = len(taken) == len(entries)
    # Validators are kept only when every new entry was taken: otherwise the next poll
    # must read the feed again (a 304 would hide the entries left for later).
    return FeedPollResult(replace(
        polled, title=parsed.feed.get("title") or state.title,
        etag=document.etag if complete else None,
        last_modified=document.last_modified if complete else None,
        last_status=document.status, last_error=note, consecutive_failures=0,
        last_success_at=now, next_poll_at=now + timedelta(seconds=settings.poll_interval),
        entries_seen=len(parsed.entries), entries_new=len(taken)), taken)


@dataclass
class _FeedDocument:
    url: str
    body: bytes
    status: int | None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


def _read_feed(state: FeedState, client: HttpClient, max_bytes: int) -> _FeedDocument | None:
    """The feed's bytes, or None when it has not changed since the last poll."""
    if not is_web_feed(state.feed_url):
        return _read_feed_file(state, max_bytes)
    headers = {"Accept": FEED_ACCEPT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    response = client.get(state.feed_url, headers)
    if response.status == 304:
        return None
    return _FeedDocument(response.url, response.body, response.status,
                         response.headers.get("content-type", ""),
                         response.headers.get("etag"), response.headers.get("last-modified"))


def _read_feed_file(state: FeedState, max_bytes: int) -> _FeedDocument | None:
    """A feed file named by the user (local, or gs:// and the like through Beam)."""
    try:
        matched = FileSystems.match([state.feed_url])[0].metadata_list
        if not matched:
            raise FetchError("unreadable", f"no such file: {state.feed_url}")
        meta = matched[0]
        validator = f"{meta.size_in_bytes}-{meta.last_updated_in_seconds}"
        if validator == state.etag:
            return None
        if meta.size_in_bytes > max_bytes:
            raise FetchError("too-large", f"{meta.size_in_bytes} bytes, limit {max_bytes}")
        with FileSystems.open(state.feed_url) as handle:
            body = handle.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise FetchError("unreadable", f"{type(exc).__name__}: {exc}") from exc
    if len(body) > max_bytes:
        raise FetchError("too-large", f"more than {max_bytes} bytes")
    return _FeedDocument(state.feed_url, body, None, etag=validator)


def check_xml_safety(body: bytes) -> None:
    """Raise UnsafeFeed if the document declares entities or refers to external ones.

    feedparser itself already strips entity declarations other than character references
    before parsing, and expat limits amplification; a feed that tries either is refused
    outright (defusedxml's policy) so it is recorded as hostile rather than half-parsed.
    Documents that are not well-formed pass: feedparser's lenient parsing decides on them.
    """
    try:
        defused_fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeFeed(str(exc)) from exc
    except (ParseError, ValueError, LookupError):
        return


def _parse_feed(document: _FeedDocument) -> tuple[feedparser.FeedParserDict, str | None]:
    """feedparser's result and a note when the feed was malformed but still readable."""
    try:
        check_xml_safety(document.body)
    except UnsafeFeed as exc:
        raise FetchError("unsafe-xml", str(exc), document.status) from exc
    headers = {"content-location": document.url}
    if document.content_type:
        headers["content-type"] = document.content_type
    # A stream, never the bytes: given a str or bytes, feedparser tries it as a URL and as
    # a file name before parsing it as a document.
    parsed = feedparser.parse(io.BytesIO(document.body), response_headers=headers)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(problem, feedparser.ThingsNobodyCaresAboutButMe):
        problem = None
    if not parsed.entries and problem is not None:
        raise FetchError("malformed-feed", f"{type(problem).__name__}: {problem}",
                           document.status)
    if not parsed.entries and not parsed.get("version"):
        raise FetchError("not-a-feed", "no RSS or Atom feed in the document",
                           document.status)
    note = None
    if problem is not None:
        note = (f"malformed-feed: {len(parsed.entries)} entries recovered "
                f"({type(problem).__name__}: {problem})")
        _LOG.warning("feed %s: %s", document.url, note)
    return parsed, note


def new_entries(parsed: feedparser.FeedParserDict, feed_url: str, base_url: str,
                seen: SeenEntries) -> list[FeedEntry]:
    """The entries of a parsed feed not seen before, in feed order, each once."""
    entries: list[FeedEntry] = []
    taken: set[str] = set()
    for item in parsed.entries:
        # feedparser already falls back to a permalink GUID when an item has no link.
        link = (item.get("link") or "").strip()
        entry_id = (item.get("id") or "").strip() or None
        if not link:
            continue
        link = urljoin(base_url, link) if is_web_url(base_url) else link
        try:
            canonical = canonicalise_url(link)
        except InvalidUrl:
            canonical = link
        if canonical in taken or seen.knows(feed_url, canonical, entry_id):
            continue
        taken.add(canonical)
        entries.append(FeedEntry(feed_url=feed_url, url=link, canonical_url=canonical,
                                 entry_id=entry_id, title=item.get("title") or None,
                                 published=entry_date(item)))
    return entries


def entry_date(item: dict[str, Any]) -> str | None:
    """The entry's publication (else update) date as the feed wrote it, as an ISO date.

    The date is read from the raw string so that it stays in the publisher's time zone;
    feedparser's parsed form is in UTC, which moves late-evening stories to the next day.
    """
    for key in ("published", "updated"):
        raw = item.get(key)
        if raw:
            day = _date_from_text(str(raw))
            if day is None and item.get(f"{key}_parsed"):
                parsed = item[f"{key}_parsed"]
                day = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
            if day is not None:
                return day
    return None


def _date_from_text(raw: str) -> str | None:
    raw = raw.strip()
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw).date().isoformat()
    except ValueError:
        return None


def fetch_entry_page(entry: FeedEntry, client: HttpClient,
                     now: datetime | None = None) -> RawDocument | Rejection:
    """The entry's page as a RawDocument for ParseArticles, or a Rejection saying why not."""
    now = now or datetime.now(UTC)
    try:
        response = client.get(entry.url, {"Accept": PAGE_ACCEPT})
    except FetchError as exc:
        return Rejection(entry.canonical_url, exc.reason, exc.detail, 0, now.timestamp(),
                         entry.origin())
    if response.status == 304 or not response.body:
        return Rejection(entry.canonical_url, "empty", f"{response.url} sent no body", 0,
                         now.timestamp(), entry.origin(response.url))
    # The page's address after redirects, without tracking parameters: what articles.url shows.
    try:
        page_url = canonicalise_url(response.url)
    except InvalidUrl:
        page_url = response.url
    if response.content_type not in HTML_TYPES:
        return Rejection(entry.canonical_url, "not-html",
                         f"{response.url} is {response.content_type}", len(response.body),
                         now.timestamp(), entry.origin(page_url, response.content_type))
    return RawDocument(entry.canonical_url, response.body, len(response.body), now.timestamp(),
                       entry.origin(page_url, response.content_type))


class FetchedFeeds(NamedTuple):
    """The outputs of FetchFeeds."""

    documents: Any  # PCollection[RawDocument]: pages to parse
    rejected: Any  # PCollection[Rejection]: entries whose page could not be used
    feed_states: Any  # PCollection[dict]: one FeedState record per polled feed
    feed_entries: Any  # PCollection[dict]: one record per entry whose page was requested


class _HttpFn(beam.DoFn):
    """A DoFn with one pooled HTTP client per worker, opened in setup, closed in teardown."""

    def __init__(self, settings: FeedSettings) -> None:
        self._settings = settings
        self._client: HttpClient | None = None

    def setup(self) -> None:
        self._client = HttpClient(self._settings.limits, self._settings.per_host)

    def teardown(self) -> None:
        if self._client is not None:
            self._client.close()


class _PollFeedsFn(_HttpFn):
    """Polls a batch of feeds concurrently, at most per_host at a time to one host."""

    def __init__(self, settings: FeedSettings, seen: SeenEntries) -> None:
        super().__init__(settings)
        self._seen = seen

    def process(self, states: list[FeedState]) -> Iterator:
        for _state, result in run_bounded(states, self._poll, lambda s: host_of(s.feed_url),
                                         self._settings.concurrency, self._settings.per_host):
            yield pvalue.TaggedOutput(FEED_STATES, result.state.to_record())
            yield from result.entries

    def _poll(self, state: FeedState) -> FeedPollResult:
        try:
            return poll_feed(state, self._seen, self._client, self._settings)
        except Exception as exc:  # a bug on one feed must not lose the other feeds' state
            _LOG.exception("polling %s failed", state.feed_url)
            failures = state.consecutive_failures + 1
            now = datetime.now(UTC)
            return FeedPollResult(replace(
                state, last_polled_at=now, consecutive_failures=failures, last_status=None,
                last_error=f"poll-error: {type(exc).__name__}: {exc}"[:1000],
                next_poll_at=now + timedelta(seconds=self._settings.backoff.delay(failures))))


class _FetchPagesFn(_HttpFn):
    """Fetches a batch of entry pages concurrently, at most per_host at a time to one host."""

    def process(self, entries: list[FeedEntry]) -> Iterator:
        for entry, result in run_bounded(entries, self._fetch, lambda e: host_of(e.url),
                                         self._settings.concurrency, self._settings.per_host):
            yield pvalue.TaggedOutput(FEED_ENTRIES, entry.to_record(datetime.now(UTC)))
            if isinstance(result, Rejection):
                yield pvalue.TaggedOutput(REJECTED, result)
            else:
                yield result

    def _fetch(self, entry: FeedEntry) -> RawDocument | Rejection:
        try:
            return fetch_entry_page(entry, self._client)
        except Exception as exc:  # a bug on one page must not sink the run
            _LOG.exception("fetching %s failed", entry.url)
            return Rejection(entry.canonical_url, "fetch-error", f"{type(exc).__name__}: {exc}",
                             0, datetime.now(UTC).timestamp(), entry.origin())


def _first_entry(keyed: tuple[str, Iterable[FeedEntry]]) -> FeedEntry:
    """One entry per page: the same link in several feeds is fetched once."""
    return min(keyed[1], key=lambda e: (e.feed_url, e.entry_id or ""))


class FetchFeeds(beam.PTransform):
    """FeedState -> RawDocument pages of new entries, plus feed and entry records.

    seen holds the canonical URLs and GUIDs ingested (or given up on) before, and the
    entries due for another try; the driver reads it from the store before the run.
    """

    def __init__(self, settings: FeedSettings, seen: SeenEntries = SeenEntries(),
                 batch_size: int = 64) -> None:
        super().__init__()
        self._settings = settings
        self._seen = seen
        self._batch_size = batch_size

    def expand(self, states) -> FetchedFeeds:
        polled = (states
                  | "BatchFeeds" >> beam.BatchElements(min_batch_size=self._batch_size,
                                                       max_batch_size=self._batch_size)
                  | "PollFeeds" >> beam.ParDo(_PollFeedsFn(self._settings, self._seen))
                  .with_outputs(FEED_STATES, main="entries"))
        retries = states.pipeline | "ListRetries" >> beam.Create(list(self._seen.retries))
        fetched = ((polled.entries, retries)
                   | "AllEntries" >> beam.Flatten()
                   | "KeyByPage" >> beam.Map(lambda e: (e.canonical_url, e))
                   | "GroupByPage" >> beam.GroupByKey()
                   | "OneEntryPerPage" >> beam.Map(_first_entry)
                   | "BatchEntries" >> beam.BatchElements(min_batch_size=self._batch_size,
                                                          max_batch_size=self._batch_size)
                   | "FetchPages" >> beam.ParDo(_FetchPagesFn(self._settings))
                   .with_outputs(FEED_ENTRIES, REJECTED, main="documents"))
        return FetchedFeeds(fetched.documents, fetched[REJECTED], polled[FEED_STATES],
                            fetched[FEED_ENTRIES])
