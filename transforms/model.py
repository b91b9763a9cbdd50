"""Records that flow between pipeline stages.

Plain, picklable dataclasses with no Beam or DuckDB knowledge, so every stage can
be tested alone and every runner can serialise them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class SourceFile:
    """An input found by the planner: what the ledger compares."""

    uri: str
    size: int
    mtime: float


@dataclass
class RawDocument:
    """Bytes of one input, before parsing."""

    source_uri: str
    data: bytes
    size: int
    mtime: float
    # Set for pages fetched through a feed: url, feed_url, entry metadata.
    origin: dict[str, Any] = field(default_factory=dict)


@dataclass
class ActorMention:
    """One actor as it appears in one article."""

    name: str  # the fullest form used in the article, e.g. "Volodymyr Zelensky"
    kind: str  # person | organization | place | group
    key: str  # folded matching key, e.g. "zelensky" (see transforms.names)
    count: int
    surfaces: dict[str, int] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)  # titles as written, e.g. "Kremlin spokesman"


@dataclass
class Statement:
    """A quote or reported speech with its speaker."""

    quote: str  # text without its quote marks
    kind: str  # direct | partial | indirect
    speaker: str | None  # the speaker's ActorMention.name, or None when unresolved
    speaker_key: str | None
    verb: str | None
    start: int  # character offsets of the quote in Article.text
    end: int
    quote_key: str  # normalised hash shared by the same quote across outlets


@dataclass
class Article:
    """One parsed article, with its extractions once the NLP stage has run."""

    article_id: str
    source_uri: str
    text: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published_date: str | None = None  # ISO date, never invented
    date_source: str | None = None  # header | dateline | html-meta | feed
    url: str | None = None
    size: int = 0
    mtime: float = 0.0
    origin: dict[str, Any] = field(default_factory=dict)
    actors: list[ActorMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    signature: list[int] = field(default_factory=list)  # near-duplicate fingerprint
    topics: list[str] = field(default_factory=list)
    relevance: float | None = None
    on_topic: bool | None = None
    extractor_version: str = ""

    @property
    def partition_key(self) -> str:
        return partition_key(self.published_date)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["actors"] = [ActorMention(**a) for a in data.get("actors", [])]
        data["statements"] = [Statement(**s) for s in data.get("statements", [])]
        return cls(**data)


@dataclass
class Rejection:
    """Bad input, recorded instead of stopping the run."""

    source_uri: str
    reason: str  # short code: binary, empty, undecodable, too-large, no-text, unreadable, ...
    detail: str = ""
    size: int = 0
    mtime: float = 0.0
    origin: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


UNDATED_PARTITION = "undated"


def partition_key(published_date: str | None) -> str:
    """The partition an article's rows belong to: its date, or one for undated ones."""
    return published_date or UNDATED_PARTITION
