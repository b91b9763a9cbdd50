"""Canonical actors: every mention of a run mapped to one actor_id across the whole store.

Runs inside the commit's transaction. Known spellings live in actor_aliases; a person
matches by an exact folded name, else by surname with compatible given names, and a bare
surname joins an existing person only when exactly one known person carries it. Actor ids
are hashes of kind and key, and mentions are resolved in a fixed order, so a repeated run
gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from sinks.store import registered
from transforms.lexicon import nicknamed
from transforms.model import ActorMention, Article
from transforms.names import (
    GENERATION_SUFFIXES,
    PersonName,
    entity_key,
    given_compatible,
    split_person,
)

_ACTOR_SCHEMA = pa.schema([
    ("actor_id", pa.string()), ("name", pa.string()), ("kind", pa.string()),
    ("key", pa.string()), ("first_run_id", pa.string()), ("surname_key", pa.string()),
    ("given_keys", pa.string()),
])
_ALIAS_SCHEMA = pa.schema([
    ("alias_key", pa.string()), ("kind", pa.string()), ("actor_id", pa.string()),
])


def actor_id_for(kind: str, key: str) -> str:
    """The id an actor gets when first seen: stable across runs and machines."""
    return hashlib.sha1(f"{kind}:{key}".encode()).hexdigest()[:16]


@dataclass
class _Person:
    actor_id: str
    name: str
    given: tuple[str, ...]
    surname: str


@dataclass
class _Index:
    """What the store knows, updated as the run adds actors."""

    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    persons: dict[str, _Person] = field(default_factory=dict)
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    existing_ids: set[str] = field(default_factory=set)
    new_actors: dict[str, dict] = field(default_factory=dict)
    new_aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    renamed: dict[str, _Person] = field(default_factory=dict)

    def add_alias(self, kind: str, alias_key: str, actor_id: str) -> None:
        if alias_key and (kind, alias_key) not in self.aliases:
            self.aliases[(kind, alias_key)] = actor_id
            self.new_aliases[(kind, alias_key)] = actor_id

    def add_person(self, person: _Person) -> None:
        self.persons[person.actor_id] = person
        self.by_surname[person.surname].add(person.actor_id)


def resolve_actors(con: duckdb.DuckDBPyConnection, articles: list[Article],
                   run_id: str) -> dict[tuple[str, str], str]:
    """Map (article_id, ActorMention.key) to actor_id, adding new actors and aliases."""
    index = _load_index(con, articles)
    mapping: dict[tuple[str, str], str] = {}
    for article_id, mention in _resolution_order(articles):
        if mention.kind == "person":
            actor_id = _resolve_person(index, mention, run_id)
        else:
            actor_id = _resolve_other(index, mention, run_id)
        mapping[(article_id, mention.key)] = actor_id
    _write(con, index)
    return mapping


def _resolution_order(articles: list[Article]) -> list[tuple[str, ActorMention]]:
    """Full names first (the most given names first), then bare surnames, then the rest."""
    items = [(a.article_id, m) for a in articles for m in a.actors]

    def rank(item: tuple[str, ActorMention]) -> tuple:
        article_id, mention = item
        if mention.kind == "person":
            person = split_person(mention.name)
            given = len(person.given_keys) if person else 0
            return (0 if given else 1, -given, mention.key, article_id)
        return (2, mention.kind, mention.key, article_id)

    return sorted(items, key=rank)


def _load_index(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> _Index:
    """What the store knows about the names in this batch (not the whole table)."""
    alias_keys: set[tuple[str, str]] = set()
    surnames: set[str] = set()
    ids: set[str] = set()
    for article in articles:
        for mention in article.actors:
            ids.add(actor_id_for(mention.kind, mention.key))
            alias_keys.update((mention.kind, key) for key in _alias_keys(mention))
            if mention.kind == "person":
                surnames.add(_surname_of(mention))
    batch_aliases = pa.table({
        "kind": pa.array([k for k, _ in sorted(alias_keys)], pa.string()),
        "alias_key": pa.array([a for _, a in sorted(alias_keys)], pa.string())})
    batch_surnames = pa.table({"surname": pa.array(sorted(surnames), pa.string())})
    index = _Index()
    with registered(con, "_batch_aliases", batch_aliases), \
            registered(con, "_batch_surnames", batch_surnames):
        for alias_key, kind, actor_id in con.execute(
                "SELECT a.alias_key, a.kind, a.actor_id FROM actor_aliases a "
                "SEMI JOIN _batch_aliases b ON a.kind = b.kind AND a.alias_key = b.alias_key "
                "ORDER BY a.alias_key, a.kind, a.actor_id").fetchall():
            index.aliases.setdefault((kind, alias_key), actor_id)
            ids.add(actor_id)
        with registered(con, "_known_ids", pa.table({"actor_id": pa.array(sorted(ids),
                                                                          pa.string())})):
            rows = con.execute(
                "SELECT actor_id, name, kind, key, surname_key, given_keys FROM actors "
                "WHERE actor_id IN (SELECT actor_id FROM _known_ids) "
                "OR (kind = 'person' AND (surname_key IS NULL "
                "    OR surname_key IN (SELECT surname FROM _batch_surnames))) "
                "ORDER BY actor_id").fetchall()
    for actor_id, name, kind, key, surname_key, given_keys in rows:
        index.existing_ids.add(actor_id)
        if kind != "person":
            continue
        if surname_key is None:
            person = split_person(name)
            surname_key = _surname_index_key(person, key.split()[-1])
            given_keys = " ".join(person.given_keys) if person else ""
        index.add_person(_Person(actor_id, name, tuple((given_keys or "").split()), surname_key))
    return index


def _alias_keys(mention: ActorMention) -> list[str]:
    """The folded spellings a mention is known by: a person's full key, else every surface."""
    if mention.kind == "person":
        return [mention.key]
    keys = [mention.key] + sorted({entity_key(mention.kind, s) for s in mention.surfaces}
                                  - {mention.key})
    return [k for k in keys if k]


def _surname_of(mention: ActorMention) -> str:
    return _surname_index_key(split_person(mention.name), mention.key)


def _surname_index_key(person: PersonName | None, fallback: str) -> str:
    """The last word of the surname ("leyen" for "von der Leyen"), with a generation
    ("trump jr" is not the father's "trump")."""
    if not person or not person.surname_key:
        return fallback
    words = person.surname_key.split()
    if len(words) > 1 and words[-1] in GENERATION_SUFFIXES:
        return " ".join(words[-2:])
    return words[-1]


def _resolve_person(index: _Index, mention: ActorMention, run_id: str) -> str:
    person = split_person(mention.name)
    given = person.given_keys if person else ()
    surname = _surname_of(mention)
    actor_id = index.aliases.get(("person", mention.key))
    if actor_id is None:
        actor_id = _match_person(index, given, surname, person.given if person else ())
    if actor_id is None:
        actor_id = actor_id_for("person", mention.key)
        if actor_id not in index.persons:
            record = _Person(actor_id, mention.name, given, surname)
            index.add_person(record)
            if actor_id not in index.existing_ids:
                index.new_actors[actor_id] = _actor_row(record, "person", mention.key, run_id)
    else:
        _widen(index, actor_id, mention.name, given)
    index.add_alias("person", mention.key, actor_id)
    return actor_id


def _match_person(index: _Index, given: tuple[str, ...], surname: str,
                  written: tuple[str, ...] = ()) -> str | None:
    """A known person this name can only mean, or None (a new person); given holds the
    folded given names, written the given names as written."""
    candidates = sorted(index.by_surname.get(surname, ()))
    if not candidates:
        return None
    if not given:
        return candidates[0] if len(candidates) == 1 else None
    named = [c for c in candidates if index.persons[c].given]
    compatible = [c for c in named if given_compatible(index.persons[c].given, given)]
    if len(compatible) == 1:
        return compatible[0]
    if len(compatible) > 1:
        exact = [c for c in compatible if index.persons[c].given == given]
        return exact[0] if len(exact) == 1 else None
    # "Ted Varga" for "Edward Varga": a nickname of the one known person's given name
    nicknames = [c for c in named if written and _written_given(index.persons[c])
                 and nicknamed(_written_given(index.persons[c]).lower(), written[0].lower())]
    if len(nicknames) == 1:
        return nicknames[0]
    if not named and len(candidates) == 1:
        return candidates[0]  # the one person known by surname alone gets a first name
    return None


def _written_given(person: _Person) -> str:
    """The first given name of a known person as written in their name."""
    split = split_person(person.name)
    return split.given[0] if split is not None and split.given else ""


def _widen(index: _Index, actor_id: str, name: str, given: tuple[str, ...]) -> None:
    """Keep the fullest name known for a person."""
    known = index.persons.get(actor_id)
    if known is None or len(given) <= len(known.given):
        return
    known.name = name
    known.given = given
    if actor_id in index.new_actors:
        index.new_actors[actor_id]["name"] = name
        index.new_actors[actor_id]["given_keys"] = " ".join(given)
    else:
        index.renamed[actor_id] = known


def _resolve_other(index: _Index, mention: ActorMention, run_id: str) -> str:
    keys = _alias_keys(mention)
    actor_id = next((index.aliases[(mention.kind, k)] for k in keys
                     if (mention.kind, k) in index.aliases), None)
    if actor_id is None:
        actor_id = actor_id_for(mention.kind, mention.key)
        if actor_id not in index.existing_ids and actor_id not in index.new_actors:
            index.new_actors[actor_id] = {
                "actor_id": actor_id, "name": mention.name, "kind": mention.kind,
                "key": mention.key, "first_run_id": run_id, "surname_key": None,
                "given_keys": None}
    for key in keys:
        index.add_alias(mention.kind, key, actor_id)
    return actor_id


def _actor_row(person: _Person, kind: str, key: str, run_id: str) -> dict:
    return {"actor_id": person.actor_id, "name": person.name, "kind": kind, "key": key,
            "first_run_id": run_id, "surname_key": person.surname,
            "given_keys": " ".join(person.given)}


def _write(con: duckdb.DuckDBPyConnection, index: _Index) -> None:
    if index.new_actors:
        rows = [index.new_actors[k] for k in sorted(index.new_actors)]
        with registered(con, "_new_actors", pa.Table.from_pylist(rows, schema=_ACTOR_SCHEMA)):
            con.execute("INSERT INTO actors BY NAME SELECT * FROM _new_actors "
                        "WHERE actor_id NOT IN (SELECT actor_id FROM actors)")
    if index.new_aliases:
        rows = [{"alias_key": key, "kind": kind, "actor_id": actor_id}
                for (kind, key), actor_id in sorted(index.new_aliases.items())]
        with registered(con, "_new_aliases", pa.Table.from_pylist(rows, schema=_ALIAS_SCHEMA)):
            con.execute("INSERT INTO actor_aliases BY NAME SELECT n.* FROM _new_aliases n "
                        "ANTI JOIN actor_aliases a "
                        "ON a.alias_key = n.alias_key AND a.kind = n.kind")
    if index.renamed:
        rows = [{"actor_id": p.actor_id, "name": p.name, "given_keys": " ".join(p.given)}
                for p in (index.renamed[k] for k in sorted(index.renamed))]
        with registered(con, "_renamed", pa.Table.from_pylist(rows)):
            con.execute("UPDATE actors SET name = r.name, given_keys = r.given_keys "
                        "FROM _renamed r WHERE actors.actor_id = r.actor_id")
