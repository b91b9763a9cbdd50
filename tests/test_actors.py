"""Canonical actors across articles and runs (sinks.actors), on hand-made mentions."""

from __future__ import annotations

import duckdb
import pytest

from sinks.actors import actor_id_for, resolve_actors
from sinks.store import ensure_schema
from transforms.model import ActorMention, Article
from transforms.names import entity_key


@pytest.fixture
def con():
    connection = duckdb.connect()
    ensure_schema(connection)
    yield connection
    connection.close()


def person(name: str, *surfaces: str) -> ActorMention:
    forms = {s: 1 for s in (surfaces or (name,))}
    return ActorMention(name=name, kind="person", key=entity_key("person", name),
                        count=sum(forms.values()), surfaces=forms)


def other(kind: str, name: str, *surfaces: str) -> ActorMention:
    forms = {s: 1 for s in (surfaces or (name,))}
    return ActorMention(name=name, kind=kind, key=entity_key(kind, name),
                        count=len(forms), surfaces=forms)


def article(article_id: str, *mentions: ActorMention) -> Article:
    return Article(article_id=article_id, source_uri=f"mem://{article_id}", text="",
                   content_hash=article_id, actors=list(mentions))


def resolve(con, run_id: str, *articles: Article) -> dict[tuple[str, str], str]:
    con.begin()
    mapping = resolve_actors(con, list(articles), run_id)
    con.commit()
    return mapping


def test_spellings_across_articles_are_one_actor(con):
    a = article("a", person("Mykolay Kovalenkyy", "Mykolay Kovalenkyy", "Kovalenkyy"))
    b = article("b", person("Mykolai Kovalenkiy"))
    c = article("c", person("Kovalenky"))
    mapping = resolve(con, "r1", a, b, c)
    assert len(set(mapping.values())) == 1
    assert con.execute("SELECT count(*) FROM actors").fetchone()[0] == 1


def test_actor_first_seen_in_a_later_run_joins_the_existing_one(con):
    first = resolve(con, "r1", article("a", person("Oksana Kravchenko")))
    later = resolve(con, "r2", article("b", person("Kravchenko")),
                    article("c", person("Foreign Minister Oksana Kravchenko")))
    assert later[("b", "kravchenko")] == first[("a", entity_key("person", "Oksana Kravchenko"))]
    assert len(set(later.values())) == 1
    assert con.execute("SELECT count(*) FROM actors").fetchone()[0] == 1


def test_bare_surname_shared_by_two_people_is_not_merged(con):
    resolve(con, "r1", article("a", person("Anna Brandt")), article("b", person("Peter Brandt")))
    mapping = resolve(con, "r2", article("c", person("Brandt")))
    known = {row[0] for row in con.execute(
        "SELECT actor_id FROM actors WHERE name IN ('Anna Brandt', 'Peter Brandt')").fetchall()}
    assert len(known) == 2
    assert mapping[("c", "brandt")] not in known


def test_different_given_names_are_different_people(con):
    mapping = resolve(con, "r1", article("a", person("Anna Brandt")),
                      article("b", person("Peter Brandt")))
    assert mapping[("a", entity_key("person", "Anna Brandt"))] != \
        mapping[("b", entity_key("person", "Peter Brandt"))]


def test_compatible_given_names_join(con):
    mapping = resolve(con, "r1", article("a", person("Osman Ilkay Yilmaz")),
                      article("b", person("Ilkay Yılmaz")), article("c", person("O. Yilmaz")))
    assert len(set(mapping.values())) == 1


def test_a_son_named_junior_is_not_his_father(con):
    first = resolve(con, "r1", article("a", person("Anders Holt")))
    second = resolve(con, "r2", article("b", person("Anders Holt Jr.")),
                     article("c", person("Anders Holt Sr.")))
    father = first[("a", entity_key("person", "Anders Holt"))]
    assert second[("b", entity_key("person", "Anders Holt Jr."))] != father
    assert second[("c", entity_key("person", "Anders Holt Sr."))] == father


def test_person_known_by_surname_alone_gains_a_first_name(con):
    first = resolve(con, "r1", article("a", person("Lindqvist")))
    second = resolve(con, "r2", article("b", person("Tomas Lindqvist")))
    assert second[("b", "tomas lindqvist")] == first[("a", "lindqvist")]
    assert con.execute("SELECT name FROM actors").fetchall() == [("Tomas Lindqvist",)]


def test_ids_are_deterministic_and_a_repeated_run_adds_nothing(con):
    batch = [article("a", person("Amara Okafor"), other("place", "Geneva")),
             article("b", person("Okafor"), other("organization", "World Health Organization",
                                                  "World Health Organization", "WHO"))]
    first = resolve(con, "r1", *batch)
    rows = con.execute("SELECT * FROM actors ORDER BY actor_id").fetchall()
    aliases = con.execute("SELECT * FROM actor_aliases ORDER BY ALL").fetchall()
    again = resolve(con, "r2", *batch)
    assert again == first
    assert con.execute("SELECT * FROM actors ORDER BY actor_id").fetchall() == rows
    assert con.execute("SELECT * FROM actor_aliases ORDER BY ALL").fetchall() == aliases
    fresh = duckdb.connect()
    ensure_schema(fresh)
    assert resolve(fresh, "other-run", *reversed(batch)) == first
    assert first[("a", "geneva")] == actor_id_for("place", "geneva")


def test_organisation_aliases_carry_across_articles(con):
    resolve(con, "r1", article("a", other("organization", "World Health Organization",
                                          "World Health Organization", "WHO")))
    mapping = resolve(con, "r2", article("b", other("organization", "WHO")))
    name = con.execute("SELECT name FROM actors WHERE actor_id = ?",
                       [mapping[("b", "who")]]).fetchone()[0]
    assert name == "World Health Organization"


def test_same_key_of_different_kinds_are_different_actors(con):
    mapping = resolve(con, "r1", article("a", other("place", "Jordan")),
                      article("b", person("Jordan")))
    assert mapping[("a", "jordan")] != mapping[("b", "jordan")]


def test_a_nickname_of_a_known_persons_given_name_is_that_person(con):
    first = resolve(con, "r1", article("a", person("Edward Lindqvist")))
    second = resolve(con, "r2", article("b", person("Ted Lindqvist")),
                     article("c", person("Stella Lindqvist")))
    assert second[("b", entity_key("person", "Ted Lindqvist"))] == \
        first[("a", entity_key("person", "Edward Lindqvist"))]
    assert second[("c", entity_key("person", "Stella Lindqvist"))] != \
        first[("a", entity_key("person", "Edward Lindqvist"))]
