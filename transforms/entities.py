"""Actors of one parsed article: spaCy's entities, corrected and grouped into actors.

The statistical tagger mislabels names often enough (a city as a person, a surname as an
organisation, "A-B" as one person); labels are therefore decided per name across the whole
article, with grammatical and lexical evidence, before occurrences are grouped: a person's
full name, its bare surname and its titled form become one actor with its roles as written.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from transforms.lexicon import (
    CLUB_WORDS,
    DESCRIPTION_NOUNS,
    IRREGULAR_DEMONYMS,
    ORG_WORDS,
    OUTLET_WORDS,
    PLACE_WORDS,
    PLATFORM_NAMES,
    PORTFOLIO_WORDS,
    ROLE_WORDS,
    WORK_NOUNS,
    given_name_allows,
    given_name_gender,
    given_names_for,
    has_surname_ending,
    is_given_name,
    is_place_code,
    is_place_name,
    is_world_given_name,
    nicknamed,
    reports_speech,
)
from transforms.model import ActorMention
from transforms.names import (
    GENERATION_SUFFIXES,
    NAME_SUFFIXES,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    PersonName,
    acronym,
    entity_key,
    fold_text,
    given_compatible,
    misspelt_surname,
    split_person,
    strip_possessive,
)

LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}
_KIND_PRIORITY = {"person": 0, "place": 1, "organization": 2, "group": 3}
# Verb forms, adjectives and adverbs the tagger reads a capitalised surname as ("Keating",
# "Mended", "Hardly").
_MISREAD_NAME_TAGS = {"VBG", "VBD", "VBN", "JJ", "RB"}
# Styles before a cleric's or a peer's name, which take "the": "the Rt Revd Ana Varn".
_STYLES = {"rt", "revd", "rev", "reverend", "hon", "honourable", "honorable", "venerable"}
_TRIM_LEFT = {"the", "a", "an", "this", "that", "these", "those"}
_CLASS_YEARS = {"freshman", "sophomore", "junior", "senior", "redshirt"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr"}
# The sex an honorific tells: "Mrs Varga" is not "Tomas Varga".
HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
_PLACE_PREPOSITIONS = {"in", "into", "near", "outside", "across", "throughout", "toward",
                       "towards", "via", "through"}
_ROLE_CUT = re.compile(r"\s+(?:who|which|that|whose|where|when)\b.*$|\s*[,;:(].*$")
_MAX_ROLE_WORDS = 12
# Common nouns that, right before a one-word name, say it names a body or a brand.
_ORG_DESCRIPTORS = {"charity", "company", "firm", "group", "brand", "newspaper", "magazine",
                    "broadcaster", "retailer", "chain", "label", "band", "app", "website",
                    "platform", "startup", "airline", "bank", "club", "party", "publisher",
                    "network", "supermarket", "carrier", "agency", "campaign", "outlet",
                    "union", "insurer", "lender", "carmaker", "automaker", "manufacturer",
                    "regulator", "watchdog", "museum", "gallery", "studio", "outfit", "paper",
                    "tabloid", "daily", "channel", "station", "conglomerate"}
# Words a name is compounded into with a hyphen: "Varn-led", "Varn-era"
_COMPOUNDING_WORDS = {"led", "era", "style", "like", "type", "run", "born", "based", "owned",
                      "made", "ish", "esque", "linked", "backed", "aged", "free", "wide", "only"}
_MONTHS = {m.lower() for m in calendar.month_name if m}
# Titles only one person holds before a name: "Justice X", "Mayor X"
_TITLES_OF_ONE = {"justice", "judge", "dr", "mr", "mrs", "ms", "sir", "dame", "senator",
                  "governor", "mayor", "president", "minister"}
# Words of a title that are no title alone ("First Lady", "Prime Minister", "Foreign
# Secretary")
_TITLE_HALVES = {"first", "vice", "prime", "state", "foreign", "interior", "finance", "defence",
                 "defense"}
# What is left of someone who died, or the rite for them: "the body of X"
_REMAINS_WORDS = {"body", "bodies", "remains", "funeral", "burial", "coffin"}
_BODY_KINDS = _ORG_DESCRIPTORS | {"organisation", "organization", "association", "federation"}
# Jobs held at a body: a one-word name right before one and a person's name is the
# employer ("Varo analyst Ana Ruiz"); jobs held for a person ("aide", "lawyer") are not.
_STAFF_WORDS = {"analyst", "economist", "strategist", "director", "president", "chairman",
                "chairwoman", "executive", "researcher", "scientist", "engineer", "manager",
                "boss", "chief", "head", "founder", "ceo", "curator", "secretary", "treasurer",
                "editor", "official", "organiser", "organizer", "coordinator", "leader"}
# Nouns for a kind of body, set beside its name ("Varnol, the state energy firm").
_BODY_NOUNS = ORG_WORDS | {"firm", "giant", "operator", "conglomerate", "producer", "exporter"}
# A chief's letters, written in capitals before a name.
_CHIEF_LETTERS = {"CEO", "CFO", "COO", "CTO"}
# Words that count what follows: no one's name comes after them.
_COUNTED_BEFORE = {"a", "an", "first", "second", "third", "fourth", "fifth", "another"}
# Jobs a firm gives, not a politician ("Varco aide" may be a person's aide).
_COMPANY_JOBS = {"pilot", "employee", "worker", "engineer", "analyst", "economist", "strategist",
                 "executive", "ceo", "scientist", "researcher", "staffer", "driver", "cashier"}
# Jobs in films, shows and plays: the name right before one ("Varn Nights star Ana Ruiz")
# is the work or the studio, not a person.
_PERFORMER_JOBS = {"actor", "actress", "star", "co-star", "costar", "cast", "presenter",
                   "showrunner", "screenwriter"}
# Words that rank a job, between an employer's name and the job ("Varn acting chief economist").
_JOB_RANKS = {"acting", "interim", "senior", "deputy", "assistant", "associate", "lead",
              "principal", "chief", "head", "managing", "general", "executive", "vice"}
# Places in a team, between its name and a player's ("Harbin Rovers striker Ana Ruiz").
_TEAM_POSITIONS = {"center", "centre", "guard", "forward", "striker", "midfielder", "defender",
                   "goalkeeper", "quarterback", "pitcher", "winger", "captain", "coach",
                   "skipper", "batsman", "bowler", "fullback", "flanker", "receiver"}
# Words of a body's name that end no person's ("Logan Elementary", unlike "Linda Park").
_NEVER_SURNAMES = {"elementary", "kindergarten", "preschool", "academy", "university",
                   "institute", "ministry", "department", "commission", "committee",
                   "corporation", "foundation", "association", "agency", "council",
                   "budget"}
_GOVERNMENT_NOUNS = {"government", "administration", "cabinet", "regime", "presidency"}
# A word glued to a capitalised word after it, as a dateline run into a given name.
_GLUED_GIVEN_NAME = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]+)")
# Verbs that open a campaign's or a cause's name in the imperative, never a person's.
_CAMPAIGN_VERBS = {"save", "stop", "free", "keep", "protect", "fight", "defend", "scrap"}
# Number words that open a party's or a band's name ("Two Nations"), never a person's.
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
# Verbs of trade: what they take as an object is a business, not a person.
_TRADE_VERBS = {"buy", "purchase", "acquire", "sell", "merge"}
# Words for a shop, a works or goods: "the Varo store" is a business, whoever Varo was.
_BUSINESS_NOUNS = frozenset("""
    store shop outlet boutique supermarket showroom dealership franchise factory plant
    warehouse
""".split())
# Verbs of voicing words not one's own: what they take in quote marks is a slogan or a song.
_CHANT_VERBS = {"chant", "shout", "sing", "yell", "scream", "cry", "hum"}
# Verbs of acting a part: what they take as an object may be a character, not a person.
_PLAYING_VERBS = {"play", "portray", "voice"}
_PERFORMANCE_NOUNS = {"performance", "role", "turn", "cameo", "appearance"}
# Verbs whose object is, in news, nearly always a person: a name they take, opening on a
# given name, is someone met, beaten, arrested or hired, not a thing won or visited.
_PERSON_OBJECT_VERBS = frozenset("""
    meet face beat defeat thank congratulate arrest charge convict sentence interview appoint
    hire sack marry kill stab shoot injure rescue replace succeed select nominate elect endorse
    foul tackle praise blame accuse criticise criticize coach hug kiss phone question
""".split())
# Words between such a verb and the name: "the exiled young prince", never a proper noun.
_PART_WORD_TAGS = {"DT", "JJ", "RB", "NN", "HYPH"}
_MAX_NAME_WORDS = 4  # capitalised words in a person's name, particles not counted
_DEMONSTRATIVES = {"this", "these", "those"}
# Place nouns that are also common surnames ("Linda Park", "Tom Hill").
_SURNAME_PLACE_WORDS = frozenset("""
bay beach bridge camp castle coast east gardens hill hills lake north palace park port
south street temple tower west world close lane
""".split())
# Offices one person holds at a time, whose holder a surname and the office identify.
ONE_HOLDER_OFFICES = frozenset("""
president president-elect speaker premier chancellor governor mayor chairman chairwoman
ceo secretary-general pope king queen emir sultan
""".split())
_MEMBER_TITLES = ("MP", "MEP", "MLA", "MSP", "MPP", "MHA", "TD")
# Letters after a person's name that the tagger can read as part of a body's name
_AFTER_NAME_LETTERS = frozenset(_MEMBER_TITLES + ("SC", "QC", "KC"))
_MEMBER_FOR = re.compile(rf"^\S+ (?:{'|'.join(_MEMBER_TITLES)})$")
_INITIALS_NAME = re.compile(r"((?:[A-Z]\.){1,3}) [A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_INDEFINITE = {"a", "an", "another", "no", "every", "each"}
_OBJECT_DEPS = {"pobj", "dobj", "conj"}
_TIME_PREPOSITIONS = {"during", "amid", "amidst", "throughout"}
_WEB_ADDRESS = re.compile(r"\w\.(?:com|net|org|[a-z]{2})\b(?!\.)")
_CODE_NAME = re.compile(r"[^\W\d_]-?\d|\d-?[^\W\d_]")
_INNER_ACRONYM = re.compile(r"[a-z][A-Z]{2,}|[a-z][A-Z]$")
# "PowerLine", "GridWorks": a word joined to a capitalised word, a brand's way of writing
# (a name's prefix joins one too, "FitzRoy", "VanderBerg", but a short one: "McKay", "DeLuca")
_CAMEL_CASE = re.compile(r"([A-Z][a-z]{3,})[A-Z][a-z]+")
_CAMEL_NAME_PREFIXES = {"fitz", "vander", "vande", "vonder", "della", "delle", "dela", "delos"}
# "Marlo St", "Dock Rd": a street's name by its abbreviated last word
_STREET_ABBREVIATIONS = {"st", "rd", "ave", "blvd", "hwy", "pde", "ln", "tce", "cres"}
# "Place Ana Varn", "Rue Ivo Berg": a square or a street named after someone, by the word
# (capitalised, inside a sentence) that opens its name
_STREET_OPENERS = {"Place", "Rue", "Avenue", "Avenida", "Boulevard", "Plaza", "Piazza", "Praça",
                   "Calle", "Quai", "Rua", "Largo", "Platz", "Square"}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s$")
_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")
_POSSESSIVE_PRONOUNS = {"my", "your", "his", "her", "our", "their"}
# Verbs whose subject, a name alone, is an outlet more often than a person.
_PUBLISHING_VERBS = {"report", "publish", "broadcast"}
# Organisation words that, alone, name a body and are nobody's surname.
_BODIES_ALONE = {"police", "garda", "gardai", "gardaí", "parliament", "cabinet", "government",
                 "ministry", "army", "navy", "senate", "congress", "council", "pentagon",
                 "labour", "labor"}
# Capitalised particles of Irish and Scottish surnames ("Mac An Tallis", "Nic Giolla").
_GAELIC_PARTICLES = {"Mac", "Mc", "Nic", "Ní", "Ó", "Ua", "Uí"}
# Double quote marks: an entity holding just one runs from inside a quote to outside it.
_QUOTE_MARKS = {"“", "”", '"', "«", "»", "„"}
# "Mar-a-Lago", "Stratford-upon-Avon": a name joined to another by a little lower-case word.
_JOINED_PLACE = re.compile(r"-[a-z]{1,4}-[A-Z]")
# Role words a company or a body can have as well as a person.
_ORG_ROLES = {"partner", "investor", "leader", "member", "champion", "player", "owner",
              "winner", "expert", "specialist", "head", "veteran", "founder", "executive",
              "star", "model", "delegate", "representative", "counterpart", "counsel"}
_TEASER_LINE = re.compile(
    r"^[ \t]*(?:read more|more|related|see also|also read|read also|recommended)[ \t]*:.*$",
    re.IGNORECASE | re.MULTILINE)
_FRAGMENT_DEPS = {"ROOT", "amod", "npadvmod", "dep", "advmod"}
# A person's name never opens with these: a foreign definite article or a word for a
# lake, mountain or cape.
_FOREIGN_ARTICLES = {"la", "los", "las", "il", "der", "die", "das", "het"}
_PLACE_OPENERS = {"lac", "lake", "lago", "loch", "mount", "mt", "monte", "cape", "cabo",
                  "isla", "isle", "rio", "sierra", "lough", "co", "co.", "county",
                  "st", "st.", "saint"}  # "St Kilda", "Saint Lucia", "St Mark's weekend"
# "[President Ana] Varga": an editor's bracket between the words of a name
_BRACKET_IN_NAME = re.compile(r"\s*[\])]\s*(?=\w)")
_PLACE_PARTICLES = {"de", "del", "of", "di", "da", "du"}
# What a family calls its own, written like a name: "Dad drove us", "Grandpa said".
_FAMILY_CALLS = {"mum", "mom", "mummy", "mommy", "mam", "dad", "daddy", "papa", "mama",
                 "grandma", "grandpa", "granny", "grandad", "granddad", "nan", "nanna", "gran",
                 "auntie", "aunty"}
_STORM_WORDS = {"cyclone", "hurricane", "typhoon", "storm"}
# Illnesses news capitalises like names ("he has had Covid"), and no one is called.
_ILLNESS_NAMES = {"covid", "coronavirus", "ebola", "zika", "mpox", "monkeypox", "sars",
                  "mers", "omicron", "norovirus", "aids", "hiv"}
# "Varn Islanders", "Orlo Highlanders": the people of a place, named for its kind of land
_PEOPLES_OF_A_PLACE = {"islanders", "highlanders", "lowlanders", "northerners", "southerners",
                       "easterners", "westerners", "villagers", "tribesmen", "natives"}
_HONOUR_WORDS = {"award", "awards", "prize", "medal", "trophy", "slam", "slams"}
_KIN_WORDS = {"son", "daughter", "child", "wife", "husband", "brother", "sister", "father",
              "mother", "parent", "grandson", "granddaughter", "grandfather", "grandmother",
              "nephew", "niece", "uncle", "aunt", "cousin", "widow", "widower"}
# "Lyme resident X", "a Lyme native": the word after a place that names who lives there.
_RESIDENT_WORDS = {"resident", "residents", "native", "natives", "local", "locals"}
# Words that cannot be a given name before a surname.
# Words of an office held: a title, a role, or a portfolio ("Defence" in "Defence Minister").
_JOINED_PARTICLE = re.compile(r"([a-z]{2,4})[A-Z][a-z]")
_OFFICE_WORDS = TITLE_WORDS | ROLE_WORDS | PORTFOLIO_WORDS
_NOT_GIVEN_WORDS = ORG_WORDS | PLACE_WORDS | _OFFICE_WORDS
# Nouns a place is set beside: "his village, X", "her hometown, X".
_SETTLEMENT_WORDS = {"village", "town", "hometown", "city", "district", "neighbourhood",
                     "riding", "constituency", "electorate", "ward",
                     "neighborhood", "suburb", "province", "region", "camp", "subdistrict",
                     "municipality", "regency", "prefecture", "township", "borough", "parish",
                     "governorate", "county", "oblast", "state", "commune"}
# Verbs whose subject means to do something: "Varco says it plans to appeal".
_VERBS_OF_INTENT = {"expect", "plan", "intend", "want", "hope", "aim", "seek", "appeal",
                    "welcome", "regret", "reject", "accept", "apologise", "apologize", "remain",
                    "continue", "disagree", "agree", "believe"}
# Nouns that, before "of" and a name, make it a place: "other areas of Varn".
_PARTS_OF_A_PLACE = {"area", "areas", "parts", "outskirts", "streets", "suburbs", "residents"}
_HEADING_MAX_WORDS = 16
# Prepositions and conjunctions of four letters or more that a headline in title case may
# leave in lower case ("Crowds March over Rents").
_TITLE_SMALL_WORDS = frozenset("""
over from with into onto upon than that amid after before under about across against
along among around behind below beside between beyond despite during inside near past
since through toward towards until unto when where while within without
""".split())
_CALENDAR_WORDS = {w.lower() for w in [*calendar.month_name, *calendar.day_name] if w}
_LIST_MARKS = {",", "and", "&"}
_WEEKDAYS = {w.lower() for w in calendar.day_name}
_MONTH_ABBREVIATIONS = {m.lower() for m in calendar.month_abbr if m} | {"sept"}
# Prefixes of ships' names in capitals: "MV Varna" is a vessel, never a person.
_VESSEL_PREFIXES = {"MV", "MT", "SS", "HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "INS",
                    "USNS", "RV", "FV"}
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|i)s?$")
_NATIONALITY_ENDING = re.compile(r"(?:ian|ean|ese|ish)$")
_IRISH_SURNAME = re.compile(r"^[OD][’'][A-Z][a-z]+$")
_INNER_APOSTROPHE = re.compile(r"^[A-Z][a-z]+[’'](?!s$)[a-z]+$")
_AGE_AFTER = re.compile(r", (\d{1,3}|[a-z]+), ")
_MAX_AGE = 110
# Ages written out, as children's often are ("Mina, eight, and Lev, six").
_AGE_WORDS = {word: number for number, word in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split(), start=1)}


@dataclass
class Occurrence:
    """One entity occurrence in the text, after trimming and relabelling."""

    start: int  # token indices [start, end)
    end: int
    start_char: int
    end_char: int
    text: str
    kind: str
    roles: list[str] = field(default_factory=list)
    person: PersonName | None = None
    in_quote: bool = False
    root_dep: str = ""
    common_word: bool = False  # also written in lower case in the article
    label: str = ""  # the tagger's label
    followed_by_who: bool = False  # "X, who ...": spoken of as someone
    after_in_or_as: bool = False  # "acts in X", "known as X": a work, a place, a term
    in_time: bool = False  # "during X", "amid X": a time, an event, a state of things
    # "a speech by X", "a win over X": the one who acts, or is met
    after_by_or_over: bool = False
    met: bool = False  # "will face X", "arrested X": the object of a verb done to a person
    beside_tagged: bool = False  # "Ana Ruiz and X" with Ana Ruiz tagged a person
    described: bool = False  # "X, a midwife at Y,", "24-year-old X": told to be a person
    listed_with_people: bool = False  # "A, B and C" where others listed are people
    alias_of: int | None = None  # "Ana Ruiz (Nana)": the start of the name it stands for
    kin: bool = False  # "his son, X,", "sister of X": named as somebody's relative
    role_of: str = ""  # "the Bishop of Varn": the place or body a role word is of
    says_as: str | None = None  # "Varn said he ...": the sex the clause said tells


@dataclass
class DocActors:
    """The actors of one article and where each occurs."""

    mentions: list[ActorMention]
    occurrences: list[tuple[Occurrence, ActorMention]]
    by_token: dict[int, ActorMention]

    def at_token(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)


def find_actors(doc: Doc, excluded_names: list[str], quoted: list[tuple[int, int]] | None = None,
                titles: list[tuple[int, int]] | None = None) -> DocActors:
    """Group the entities of doc into actors; people named in excluded_names are left out,
    and so are names inside the quoted titles of works ('the play "Nell Gwyn Sings"')."""
    quoted = quoted or []
    unnamed = teaser_spans(doc.text) + (titles or [])
    lower_words = {t.text for t in doc if t.is_lower}
    occurrences = [o for o in _clean_entities(doc, lower_words)
                   if not within(o.start_char, unnamed) and not _chanted(doc, o)]
    occurrences = _split_joined_names(doc, occurrences)
    _cut_headline_word_after_surname(doc, occurrences)
    _unglue_dateline(occurrences)
    _relabel(doc, occurrences, lower_words)
    _share_family_names(doc, occurrences)
    named = {i for o in occurrences if o.kind == "person" for i in range(o.start, o.end)}
    for occ in occurrences:
        occ.common_word = occ.text.lower() in lower_words
        if occ.kind == "person" and _reads_as_common_words(occ.text, lower_words) and \
                not _described_before(doc, occ) and not _named_after_description(doc, occ) \
                and not _surname_tagged_alone(occ, occurrences, lower_words):
            # not "his girlfriend Lacy Hope", "the chairman (Lacy Hope)"
            occ.kind = "organization"  # "Sky Sports", "Spring Break", "London Fashion Week"
        elif occ.kind == "person" and _runs_into_a_title(doc, occ):
            occ.kind = ""  # "Ana Vane And The Iron Gate": the title of a work, in title case
        elif occ.kind == "person" and (occ.text.lower() in _CALENDAR_WORDS or
                                       occ.text.lower().rstrip(".") in _MONTH_ABBREVIATIONS
                                       and occ.end < len(doc) and doc[occ.end].like_num):
            occ.kind = ""  # "in May": a month, unless a full name ("Theresa May") was given;
            # "Mar 26, 2024": a month cut short, before a day
        elif occ.kind == "person" and occ.end - occ.start == 1 and occ.end < len(doc) and \
                doc[occ.end].lower_ == "of" and \
                occ.text.lower() in ROLE_WORDS | DESCRIPTION_NOUNS | TITLE_WORDS:
            occ.kind = ""  # "named Player of the Match": an honour, not a name
        elif occ.kind == "person" and occ.end - occ.start == 1 and \
                doc[occ.start].is_sent_start and doc[occ.start].tag_ == "NNS" and \
                not _is_given(occ.text):
            occ.kind = ""  # "Photographs released by ... showed": a plural opening a sentence
        elif occ.kind == "person" and occ.end - occ.start == 1 and \
                fold_text(occ.text) in IRREGULAR_DEMONYMS and not any(
                    o.kind == "person" and o.text.split()[0] == occ.text and o.end - o.start > 1
                    for o in occurrences):
            occ.kind = "group"  # "believes Brit can win": one of a people, whatever given name
            # the word also is, when no one here bears it
        elif occ.kind == "person" and occ.start > 0 and doc[occ.start - 1].text == "The" \
                and not doc[occ.start - 1].is_sent_start and \
                doc[occ.start - 1].ent_iob_ == "B" and occ.label != "PERSON":
            # "at The Cora Regent": a name the tagger read with its article, a building's
            # or a body's
            occ.kind = "place" if occ.label in {"FAC", "GPE", "LOC"} else "organization"
        elif occ.kind == "person" and occ.start > 0 and \
                doc[occ.start - 1].lower_ in _COUNTED_BEFORE and \
                doc[occ.end - 1].dep_ not in {"compound", "amod", "nmod", "poss"} and \
                not (occ.end < len(doc) and (
                    doc[occ.end].is_lower and doc[occ.end].pos_ in {"NOUN", "ADJ"} or
                    doc[occ.end].text in {"-", "–", "'s", "’s"})):
            # "her first Silver Harp", "up for a Silver Harp": a thing counted, not
            # a person (though "a Varga ally" names one)
            occ.kind = ""
        elif occ.kind in {"person", "place"} and occ.end - occ.start == 1 and occ.start > 1 \
                and doc[occ.start - 1].text.isdigit() and doc[occ.start - 2].text[:1].isupper() \
                and not is_place_name(occ.text):
            # "a Varnair 797 Max jet", "the Varco 3 Pro": a model's name after the maker's and
            # a number (not "at 300 Vantner", an address)
            occ.kind = ""
        elif occ.kind == "person" and ("/" in occ.text or len(occ.text.split()) > 1 and
                                       occ.text.split()[-1].lower() in _WEEKDAYS):
            occ.kind = ""  # "Lantern Sunday"; "Radio Varn/Radio Orlo", two names
        elif occ.kind == "person" and occ.text == "Bill" and occ.start > 0 and (
                doc[occ.start - 1].is_upper and doc[occ.start - 1].is_alpha and
                doc[occ.start - 1].lower_ not in TITLE_WORDS | ROLE_WORDS or  # not "CEO Bill"
                doc[occ.start - 1].text == ")" and doc[occ.start - 2].is_upper):
            occ.kind = ""  # "the VARCO Bill", "(VARCO) Bill": a draft law, not a given name
        elif occ.kind == "person" and occ.text.split()[-1].lower() in ORG_WORDS and all(
                fold_text(w) in TITLE_WORDS for w in occ.text.split()[:-1]):
            occ.kind = "organization"  # "the General Synod": a body, its first word no title
        elif occ.kind == "person" and occ.start >= 3 and doc[occ.start - 1].lower_ == "of" and \
                doc[occ.start - 2].text == "," and doc[occ.start - 3].like_num:
            occ.kind = "place"  # "Ana Ruiz, 51, of Varnby, said": where she lives
        elif occ.kind == "person" and occ.end - occ.start == 1 and \
                occ.text.lower().endswith("shire") and not any(
                    o is not occ and o.text.split()[-1] == occ.text for o in occurrences):
            occ.kind = "place"  # "a Varnshire employer": a county, no one of that surname here
        elif occ.kind == "person" and _vessel_prefix(doc, occ):
            occ.kind = ""  # "MV Varna": a ship
        elif occ.kind == "person" and _acronym_led(occ.text) and not any(
                o.kind == "person" and len(o.text.split()) >= 2 and
                o.text.split()[0] != occ.text.split()[0] and
                o.text.split()[-1] == occ.text.split()[-1] for o in occurrences):
            # (not "ADA Varn" after "Ana Varn": an office in capitals before her surname)
            occ.kind = "organization"
        elif occ.kind == "person" and occ.text.endswith("s") and occ.end + 1 < len(doc) and \
                doc[occ.end].text in {"'", "’"} and doc[occ.end + 1].is_title and \
                doc[occ.end + 1].lower_ in ORG_WORDS:
            occ.kind = "organization"  # "the Varn Dock Pilots' Association": a body's name
        occ.in_quote = within(occ.start_char, quoted)
        root = doc[occ.end - 1]
        # "fouled by X": the agent of a passive verb acts, unlike other objects
        occ.root_dep = "agent" if root.dep_ == "pobj" and root.head.dep_ == "agent" \
            else root.dep_
        occ.followed_by_who = _followed_by_who(doc, occ)
        preposition = root.head.lower_ if root.dep_ == "pobj" else ""
        occ.after_in_or_as = preposition in {"in", "as"}
        occ.in_time = preposition in _TIME_PREPOSITIONS
        occ.after_by_or_over = preposition in {"by", "over", "against"}
        occ.met = root.dep_ == "dobj" and root.head.lemma_.lower() in _PERSON_OBJECT_VERBS
        occ.kin = root.dep_ == "appos" and root.head.lemma_.lower() in _KIN_WORDS or \
            root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lemma_.lower() in _KIN_WORDS or \
            occ.start > 0 and doc[occ.start - 1].lemma_.lower() in _KIN_WORDS
        # "left-back X", "15-year-old X": a description in lower case before the name
        occ.described = occ.kind == "person" and (
            _described_as_person(doc, occ) or _described_before(doc, occ)
            and doc[occ.start - 1].is_lower or _named_after_description(doc, occ)
            or _leads_a_government(doc, occ))
        if occ.kind == "person":
            occ.person = split_person(occ.text)
            if occ.person is None:
                occ.kind = ""
            else:
                occ.roles = _roles_of(doc, occ, named - set(range(occ.start, occ.end)))
    named_in_full = [o for o in occurrences
                     if o.kind == "person" and o.person is not None and o.person.given]
    given_named = {i for o in named_in_full if is_given_name(o.person.given[0].split("-")[0])
                   for i in range(o.start, o.end)}
    full_named = {o.end - 1 for o in named_in_full}
    _mark_aliases(doc, occurrences)
    reporters: set[str] = set()
    for occ in occurrences:
        # in a list with two people named by known given names, or, tagged a person
        # itself, with one ("tries by Tom Kaino and Beaudry Barr")
        occ.beside_tagged = any(t.ent_type_ == "PERSON" and t.ent_iob_ == "I"
                                for t in doc[occ.end - 1].conjuncts)  # a full name
        conjuncts = doc[occ.end - 1].conjuncts
        occ.listed_with_people = occ.kind == "person" and (sum(
            t.i in given_named for t in conjuncts) >= (
            1 if occ.label == "PERSON" and len(occ.text.split()) >= 2 else 2) or
            # "between Ivo Varn and Ana Ruiz": a full name joined to full names only
            len(occ.text.split()) >= 2 and bool(conjuncts) and
            all(t.i in full_named for t in conjuncts))
        if occ.kind == "person" and _told_as_reporter(doc, occ):
            occ.kind = ""  # a journalist, like the article's own authors
            reporters.add(fold_text(occ.text.split()[-1]))
    occurrences = [o for o in occurrences if o.kind]
    _unperson_headings_and_titles(doc, occurrences, quoted)
    occurrences = [o for o in occurrences if o.kind]
    for occ in _repeated_names(doc, occurrences):
        occ.in_quote = within(occ.start_char, quoted)
        occurrences.append(occ)
        if _told_as_reporter(doc, occ):
            reporters.add(fold_text(occ.text.split()[-1]))
    # the journalist's other mentions ("spoke to Varn TV's Ana Ruiz") are no actor either
    occurrences = [o for o in occurrences if o.kind != "person" or
                   fold_text(o.text.split()[-1]) not in reporters]
    excluded = [p for p in (split_person(n) for n in excluded_names) if p is not None]
    occurrences = [o for o in occurrences if not _is_excluded(o, excluded)
                   and not within(o.start_char, unnamed)]
    for occ in occurrences:
        occ.says_as = _says_as(doc, occ)
        if occ.text.lower() in ROLE_WORDS and occ.end + 1 < len(doc) and \
                doc[occ.end].lower_ == "of" and doc[occ.end + 1].is_title:
            occ.role_of = doc[occ.end + 1].text  # "the Bishop of Varn"
    return _group(occurrences)


def _chanted(doc: Doc, occ: Occurrence) -> bool:
    """'chanted ‘Varo Dal’': words in quote marks after a verb of shouting or singing are a
    slogan or a song, whatever names they hold."""
    return 1 < occ.start and occ.end < len(doc) and doc[occ.start - 1].is_quote and \
        doc[occ.end].is_quote and doc[occ.start - 2].lemma_.lower() in _CHANT_VERBS


def _share_family_names(doc: Doc, occurrences: list[Occurrence]) -> None:
    """'Sharla and Lexa Dorne': a given name alone, then "and" and a full name starting
    with a given name, shares its family name."""
    full = {o.start: o for o in occurrences if o.kind == "person" and len(o.text.split()) == 2}
    surnames = {fold_text(o.text.split()[-1]) for o in full.values()}
    for occ in occurrences:
        after = full.get(occ.end + 1)
        listed = occ.start >= 2 and doc[occ.start - 1].text == "," and \
            _is_given(doc[occ.start - 2].text)  # "Jana, Carla and Anna Varo": three people
        if occ.kind == "person" and len(occ.text.split()) == 1 and after is not None and \
                not listed and \
                doc[occ.end].lower_ == "and" and fold_text(occ.text) not in surnames and \
                _is_given(occ.text) and _is_given(after.text.split()[0]) and \
                fold_text(after.text.split()[0]) not in TITLE_WORDS:  # not "and Prince Ari"
            occ.text = f"{occ.text} {after.text.split()[-1]}"


def _mark_aliases(doc: Doc, occurrences: list[Occurrence]) -> None:
    """'Ana Ruiz (Nana)': one word in brackets right after a full name is what she is
    called, not somebody else."""
    full_ends = {o.end: o for o in occurrences
                 if o.kind == "person" and o.person is not None and o.person.given}
    for occ in occurrences:
        if occ.kind == "person" and occ.person is not None and not occ.person.given and \
                occ.start >= 2 and occ.end < len(doc) and doc[occ.start - 1].text == "(" \
                and doc[occ.end].text == ")" and occ.start - 1 in full_ends:
            occ.alias_of = full_ends[occ.start - 1].start
        elif occ.kind == "person" and occ.person is not None and (
                known := _known_as_after(doc, occ.start)) is not None and known in full_ends:
            occ.alias_of = full_ends[known].start  # "X Y, known to friends as Z,"
        elif occ.kind == "person" and occ.person is not None and _after_real_name(doc, occ):
            # "Ivo Varn ... The singer, whose real name is Tomas Berg,": the name the
            # person last named in full was born with
            earlier = [o for end, o in full_ends.items() if end <= occ.start - 4]
            if earlier:
                occ.alias_of = max(earlier, key=lambda o: o.end).start


def _after_real_name(doc: Doc, occ: Occurrence) -> bool:
    """'whose real name is X', 'his birth name was X': a name given as someone's own."""
    before = [t.lower_ for t in doc[max(0, occ.start - 4):occ.start]]
    return len(before) == 4 and before[0] in {"whose", "his", "her", "their"} and \
        before[1] in {"real", "birth", "legal", "full"} and before[2] == "name" and \
        before[3] in {"is", "was"}


def _known_as_after(doc: Doc, start: int) -> int | None:
    """Where the name ends before ', known (to friends) as' that stops at start."""
    if start < 4 or doc[start - 1].lower_ != "as":
        return None
    for i in range(start - 2, max(start - 7, 1), -1):
        if doc[i].lower_ == "known" and doc[i - 1].text == ",":
            return i - 1
        if not doc[i].is_lower:
            return None
    return None


def within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls inside one of the (start, end) spans."""
    return any(a <= position < b for a, b in spans)


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """Lines linking to other stories ("READ MORE: ...", "MORE : ..."): not the article."""
    return [m.span() for m in _TEASER_LINE.finditer(text)]


def _clean_entities(doc: Doc, lower_words: set[str]) -> list[Occurrence]:
    """Entities of the kinds actors have, plus person names the tagger missed or misfiled;
    lower_words are the words the article writes in lower case."""
    found: list[Occurrence] = []
    absorbed: set[int] = set()
    for label, span, kind in _entity_parts(doc):
        if span.start in absorbed:
            continue
        if kind == "person" and span.start > 0 and _is_bare_initial(doc[span.start - 1]):
            span = doc[span.start - 1:span.end]  # "E Jean Carroll": an initial without a dot
        while kind == "person" and span.start > 0 and (_given_name_left_out(doc, span) or
                                                       _given_name_read_as_word(doc, span)):
            span = doc[span.start - 1:span.end]  # "Anton" of "Anton Berg Lund" left untagged
        if kind == "person" and (_hyphened_given_name_before(doc, span) or
                                 _end_of_double_surname(doc, span, found)):
            span = doc[span.start - 2:span.end]  # "Ana-Lia Varn" tagged from "Lia" on
            found = [o for o in found if not span.start <= o.start < span.end]
        if kind == "person" and span.end < len(doc) and _is_given(span[-1].text) and \
                all(fold_text(t.text) in TITLE_WORDS | ROLE_WORDS for t in span[:-1]):
            if _surname_left_out(doc, span.end):
                # "Mayor Ana Vorkul" tagged "Ana" alone, or "Mayor Ana"
                span = doc[span.start:span.end + 1]
            elif _two_surnames_left_out(doc, span.end):
                span = doc[span.start:span.end + 2]  # "Ana Varn Lund" tagged "Ana" alone
        elif kind == "person" and len(span) >= 2 and span.end < len(doc) and \
                _surname_left_out(doc, span.end) and \
                any(t.text == doc[span.end].text for t in doc if t.i != span.end):
            span = doc[span.start:span.end + 1]  # "Ivo Ali Tavek" tagged "Ivo Ali", "Tavek" again
        if kind == "person" and _nickname_and_surname_after(doc, span):
            span = doc[span.start:span.end + 4]  # 'Ivo “Tavo” Varco' tagged "Ivo" alone
            found = [o for o in found if not span.start <= o.start < span.end]
        if kind == "person" and span.end < len(doc) and not doc[span.end].ent_type_ and (
                _IRISH_SURNAME.match(doc[span.end].text) or
                _INNER_APOSTROPHE.match(doc[span.end].text)):
            # "Gerry O’Dowd" cut at the apostrophe; "Ana Ivo Tavek’ula" tagged "Ana Ivo"
            span = doc[span.start:span.end + 1]
        if kind == "person" and span.end + 1 < len(doc) and _name_syllable(doc, span.end + 1):
            span = doc[span.start:span.end + 2]  # "Ivo Tae-soo" cut at the hyphen
        if kind != "person" and _given_name_cut_from_surname(doc, span):
            # "dismissed Torvald Lund" with "Torvald" tagged a place: the whole name, as if
            # tagged a person
            span, kind, label = doc[span.start:span.end + 1], "person", "PERSON"
        if kind == "person" and span.end + 1 < len(doc) and doc[span.end].text in ")]" and \
                doc[span.end + 1].tag_ in {"NNP", "NN"} and doc[span.end + 1].is_title:
            span = doc[span.start:span.end + 2]  # "(President Ana) Varga": a bracket inserted
        if kind == "person" and len(span) >= 4 and span[-3].like_num and \
                span[-2].text in {"-", "–"} and span[-1].like_num:
            span = span[:-3]  # "lost to Ivo Varga 3-6, 6-4": the score is no part of the name
        if kind == "person":
            span = _with_surname_after_particle(doc, span)
            absorbed.update(range(span.start, span.end))
        if kind != "person" and _counsel_or_member_letters(span):
            kind, label = "person", "PERSON"  # "Ana Ruiz SC for the Crown said"
        if kind != "person" and (named := _name_after_titles(span)) is not None:
            span, kind, label = named, "person", "PERSON"  # "State Senators Ana Ruiz, ..."
        if span.start >= 2 and doc[span.start - 1].text in {"-", "‐"} and \
                doc[span.start - 2].text in {"R", "D", "I"}:
            continue  # "Ana Ruiz, R-Ky.," "(D-Harbin)": a party and a state or town
        if kind == "person" and _title_before_a_name(doc, span):
            continue  # "Party Caucus Chair" tagged apart from the name it comes before
        if kind == "person" and _after_demonstrative(doc, span.start) and \
                span.end < len(doc) and doc[span.end].is_lower and doc[span.end].is_alpha:
            kind = "organization"  # "this Kellan Rowe airer": a brand
        if kind == "person" and span.start > 0 and doc[span.start - 1].text == "An" and \
                not doc[span.start - 1].is_sent_start:
            kind = "organization"  # "a member of An Coimisiún Varn": the Irish article
        text = _clean_surface(_BRACKET_IN_NAME.sub(" ", span.text))
        if "\n" in text or sum(c.isalpha() for c in text) < 2 or not (
                text[:1].isupper() or _opens_with_particle(text)):
            continue
        if kind != "person" and _is_portfolio(doc, span):
            continue
        if sum(t.text in _QUOTE_MARKS for t in span[1:-1]) == 1:
            continue  # 'Varn Truce” Amid Doubt': words from inside a quote and outside it
        if kind == "person" and len(span) >= 2 and span[1].text[:1].isupper() and (
                _nationality_before_a_surname(doc, span) or _nationality_before_a_name(span)):
            span = span[1:]  # "booed Italian Varo" after "Dario Varo": no part of the name
            text = _clean_surface(span.text)
        if kind == "person" and len(span) >= 2 and span[0].text.endswith("s") and \
                fold_text(span[0].text) not in _HONORIFICS and _a_title(span[0].text):
            span = span[1:]  # "Trustees Varn, Ana Ruiz and ...": the title of all of them
            text = _clean_surface(span.text)
        if len(span) >= 3 and span[0].lower_ in (DESCRIPTION_NOUNS | ROLE_WORDS) - TITLE_WORDS \
                and _looks_like_person_name(span[1:].text):
            # "Driver Tom Hale said" at a sentence's start: the description is no part of it
            span = span[1:]
            text = _clean_surface(span.text)
        if (kind == "person" and all(fold_text(w) in TITLE_WORDS for w in text.split()) or
                text.isupper() and fold_text(text) in TITLE_WORDS) and \
                fold_text(text) not in ORG_WORDS:
            # "Emir" tagged apart from the name it comes before; "the MLA said" (but "Garda
            # said", a police rank and the force itself, is the body)
            continue
        if kind == "person" and _participle_opening_a_clause(doc, span):
            continue  # "Deployed near Varn, the medics say": a verb, capitalised at the start
        if kind == "person" and len(span) >= 2 and _participle_before_a_name(span):
            # "Thanking Ana Varn, ...": the verb is no part of the name; "Overruling Varn
            # Dal's motion, ...": no given name after it, nobody's name at all
            if not _is_given(span[1].text):
                continue
            span = span[1:]
            text = _clean_surface(span.text)
        if kind is None:
            if not _looks_like_person_name(text):
                continue
            kind = "person"
        end_char = span.end_char if _BRACKET_IN_NAME.search(span.text) else \
            span.start_char + len(text)
        found.append(Occurrence(span.start, span.end, span.start_char, end_char, text, kind,
                                label=label))
    covered = {i for o in found for i in range(o.start, o.end)}
    found.extend(_untagged_names(doc, covered, lower_words))
    return sorted(found, key=lambda o: o.start)


def _nickname_and_surname_after(doc: Doc, span: Span) -> bool:
    """A given name tagged alone before a nickname in quote marks and a capitalised word
    the tagger left out: 'Ivo “Tavo” Varco'."""
    if len(span) != 1 or span.end + 3 >= len(doc) or not _is_given(span.text):
        return False
    opening, nickname, closing, surname = doc[span.end:span.end + 4]
    return opening.text in {"“", '"', "‘"} and closing.text in {"”", '"', "’"} and \
        nickname.is_title and surname.text[:1].isupper() and len(surname) > 1 and \
        surname.ent_type_ in {"", "PERSON"} and not is_place_name(surname.text) and \
        not surname.is_sent_start


def _name_after_titles(span: Span) -> Span | None:
    """'State Representatives Ana Ruiz', 'National Security Advisers Ana Ruiz' tagged a
    body: the person's name after the last title, singular or plural."""
    lead = max((k + 1 for k, t in enumerate(span[:-1]) if _a_title(t.text)), default=0)
    rest = span[lead:]
    if lead and fold_text(span[lead - 1].text) in _TITLES_OF_ONE and 1 <= len(rest) <= 3 and \
            all(t.is_title and t.is_alpha for t in rest) and not {
                fold_text(t.text) for t in rest} & (ORG_WORDS | PLACE_WORDS | TITLE_WORDS) \
            and (len(rest) > 1 or not is_place_name(rest.text)):
        return rest  # "Justice Ana Varn" or "Justice Varn", whatever the name: a judge's title
    if lead:
        return rest if len(rest) >= 2 and _looks_like_person_name(rest.text) else None
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
            _a_title(doc[span.start - 2].text):
        # "Secretary of Transportation Ana Ruiz" tagged a body: the field, then the name
        return next((span[k:] for k in (1, 2) if len(span) - k >= 2
                     and _looks_like_person_name(span[k:].text)), None)
    return None


def _a_title(word: str) -> bool:
    """A title word, singular or plural ("Trustee", "Trustees")."""
    return fold_text(word).removesuffix("s") in TITLE_WORDS


def _title_before_a_name(doc: Doc, span: Span) -> bool:
    """'Caucus Chair' tagged a person, right before a person's name: the end of a title."""
    return len(span) >= 2 and fold_text(span[-1].text) in TITLE_WORDS and \
        span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and \
        doc[span.end].ent_iob_ == "B"


def _counsel_or_member_letters(span: Span) -> bool:
    """'Ana Ruiz SC', 'Ivo Varga MP' tagged a body: a name of two or three words, none a
    body's or a place's, with the letters of a senior counsel or a member after it."""
    words = span.text.split()
    name = words[:-1]
    return 3 <= len(words) <= 4 and words[-1].strip(".") in _AFTER_NAME_LETTERS and \
        all(w[:1].isupper() and not w.isupper() for w in name) and \
        not {w.lower() for w in name} & (ORG_WORDS | PLACE_WORDS | TITLE_WORDS) and \
        not is_place_name(" ".join(name))


def _runs_into_a_title(doc: Doc, occ: Occurrence) -> bool:
    """A name that goes on, mid-sentence, with a little word in capitals and a capitalised
    word ("Ana Vane And The Iron Gate", "Tomas Berg Of The Deep"): part of a title."""
    after = doc[occ.end:occ.end + 2]
    if len(after) < 2 or doc[occ.start].is_sent_start or \
            after[0].text not in {"And", "Of", "The", "In", "On", "For"} or \
            not after[1].text[:1].isupper():
        return False
    line_start = doc.text.rfind("\n", 0, occ.start_char) + 1
    line_end = doc.text.find("\n", occ.start_char)
    # not in a headline in title case, which capitalises every word
    return not title_cased(doc.text[line_start:line_end if line_end >= 0 else None])


def _participle_opening_a_clause(doc: Doc, span: Span) -> bool:
    """'Stationed in Varn, the crew ...': one word ending in "-ed", no given name, opening a
    sentence before a preposition: a participle, capitalised only by its place."""
    return len(span) == 1 and _opening_participle(span[0], "ed") and \
        span.end < len(doc) and doc[span.end].tag_ == "IN"


def _participle_before_a_name(span: Span) -> bool:
    """'Overruling Varn ...', 'Thanking Ana Varn': a word in "-ing", no given name,
    opening a sentence before a name."""
    return _opening_participle(span[0], "ing") and span[1].text[:1].isupper()


def _opening_participle(word: Token, ending: str) -> bool:
    """A word of six letters or more with the participle's ending, opening a sentence, and
    no given name."""
    return word.is_sent_start and len(word) >= 6 and word.lower_.endswith(ending) and \
        not _is_given(word.text)


def _surname_left_out(doc: Doc, i: int) -> bool:
    """The word at i, right after a given name tagged alone, is an untagged capitalised name
    the given name is a compound of: the surname the tagger left out."""
    return _untagged_name_word(doc[i]) and doc[i - 1].dep_ == "compound" and \
        doc[i - 1].head.i == i


def _untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun the tagger left out of every entity, no title, role or
    word of a body or a place."""
    return token.tag_ == "NNP" and not token.ent_type_ and token.is_title and \
        token.text.isalpha() and \
        fold_text(token.text) not in TITLE_WORDS | ROLE_WORDS | ORG_WORDS | PLACE_WORDS


def _two_surnames_left_out(doc: Doc, i: int) -> bool:
    """The two words at i, right after a given name tagged alone, are untagged capitalised
    names the parser hangs it and the first of them on: a maiden and a married name."""
    if i + 1 >= len(doc) or doc[i - 1].head.i != i + 1 or doc[i].head.i != i + 1:
        return False
    return all(_untagged_name_word(t) for t in doc[i:i + 2])


def _given_name_left_out(doc: Doc, span: Span) -> bool:
    """The word before a person's name is a given name the parser joins to it, or that
    follows a description in lower case before a one-word name ("champion Ana Varga"), but
    the tagger left outside the entity."""
    before = doc[span.start - 1]
    joined = span.start <= before.head.i < span.end or _one_word_after_noun_and_word(doc, span)
    return before.pos_ == "PROPN" and before.is_title and before.is_alpha and \
        len(before) > 2 and not before.ent_type_ and before.dep_ == "compound" and joined and \
        (_is_given(before.text) or _after_a_person_word(doc, span.start - 1)) and \
        fold_text(before.text) not in TITLE_WORDS


def _after_a_person_word(doc: Doc, i: int) -> bool:
    """'activist Tavel ...', 'Harbin Police Chief Tavo Varn' tagged from "Varn" on: the word
    at i comes right after a word in lower case for what a person is, or a capitalised
    title, and is no place, body or role."""
    word = doc[i - 1] if i else None
    return word is not None and (
        word.is_lower and word.lemma_.lower() in ROLE_WORDS | DESCRIPTION_NOUNS or
        word.is_title and fold_text(word.text) in TITLE_WORDS) and \
        _no_place_body_or_role(doc[i])


def _no_place_body_or_role(token: Token) -> bool:
    """Whether a word is no known place's name, nor a word of a body's, a place's or a
    role's."""
    return not is_place_name(token.text) and \
        fold_text(token.text) not in ORG_WORDS | PLACE_WORDS | ROLE_WORDS


def _given_name_read_as_word(doc: Doc, span: Span) -> bool:
    """'the chess champion Or Levin': a given name spelt like a small word ("Or", "An"),
    capitalised inside a sentence between a noun and a one-word name, which the tagger read
    as the word."""
    before = doc[span.start - 1]
    return _one_word_after_noun_and_word(doc, span) and before.is_title and \
        before.is_alpha and before.pos_ in {"CCONJ", "SCONJ", "ADP", "DET", "ADV", "PART"}


def _one_word_after_noun_and_word(doc: Doc, span: Span) -> bool:
    """A one-word name after a lower-case noun and one more word ("champion X Varga")."""
    return len(span) == 1 and span.start >= 2 and doc[span.start - 2].is_lower and \
        doc[span.start - 2].pos_ == "NOUN"


def _nationality_before_a_surname(doc: Doc, span: Span) -> bool:
    """'booed Italian Varo' where the article names 'Dario Varo': a first word that is no
    given name but a word for the people of a place, before the surname of someone the
    tagger finds under another first name."""
    word = span[0]
    if not word.is_alpha or not _a_people_not_a_given_name(word.text, by_ending=True):
        return False
    return any(ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text == span[-1].text
               and ent[0].text != word.text for ent in doc.ents)


def _nationality_before_a_name(span: Span) -> bool:
    """'with Kiwi Ana Varn': a word for the people of a place (or one the tagger calls a
    people elsewhere in the article: "Varnish Ana Ruiz"), no given name, before a given name
    and a surname."""
    first = span[0].text
    return len(span) >= 3 and not _is_given(first) and (people_of_a_place(first) or any(
        t.text == first and t.ent_type_ == "NORP" for t in span.doc)) and \
        _is_given(span[1].text)


def _a_people_not_a_given_name(word: str, by_ending: bool = False) -> bool:
    """A word for the people of a place ("Kiwi"; by_ending also any long word with a
    nationality's ending), which is no given name."""
    return not _is_given(word) and (
        people_of_a_place(word) or
        by_ending and len(word) >= 6 and _NATIONALITY_ENDING.search(word) is not None)


def _glued_by_hyphen_before(doc: Doc, start: int) -> bool:
    """A word joined by a hyphen, with no spaces, to the word at start ("Ana-" of
    "Ana-Lia")."""
    if start < 2:
        return False
    first, hyphen = doc[start - 2], doc[start - 1]
    return hyphen.text in {"-", "‐"} and not first.whitespace_ and not hyphen.whitespace_


def _hyphened_given_name_before(doc: Doc, span: Span) -> bool:
    """'Ana-Lia Varn' with only 'Lia Varn' tagged: a capitalised word joined by a hyphen,
    with no spaces, to the name's first word."""
    first = doc[span.start - 2] if span.start >= 2 else None
    return _glued_by_hyphen_before(doc, span.start) and first.is_alpha and first.is_title \
        and len(span) >= 2


def _end_of_double_surname(doc: Doc, span: Span, found: list[Occurrence]) -> bool:
    """'Varn-Lund' tagged from 'Lund' on, after a person 'Ana Varn-Lund' was named: the
    word before the hyphen is the surname's first half."""
    if len(span) != 1 or not _glued_by_hyphen_before(doc, span.start):
        return False
    joined = doc[span.start - 2:span.end].text
    return any(o.kind == "person" and o.text.split()[-1] == joined for o in found)


def _with_surname_after_particle(doc: Doc, span: Span) -> Span:
    """'Marta von der' or 'Marta von' tagged a person and 'Halen' a place: a name cannot
    end on its particle, so the particles and the capitalised word after it belong to it."""
    gaelic = span[-1].text in _GAELIC_PARTICLES if len(span) else False
    if len(span) and " " not in span.text and span.end + 1 < len(doc) and \
            doc[span.end].text in SURNAME_PARTICLES and doc[span.end + 1].is_title and \
            doc[span.end + 1].is_alpha and _is_given(span.text):
        # "Ana-Lia" tagged alone before "du Varn": a given name, then the particle and the
        # surname the tagger left out
        return doc[span.start:span.end + 2]
    # "Marta Von" + "der Halen": a particle capitalised by the writer is one all the same
    if len(span) < 2 or span[-1].lower_ not in SURNAME_PARTICLES and not gaelic:
        return span
    end = span.end
    while end < len(doc) and (doc[end].text in SURNAME_PARTICLES or
                              gaelic and doc[end].lower_ == "an"):
        end += 1  # "Marta von" + "der", "Cian Mac" + "An"
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return doc[span.start:end + 1]
    return span


def _opens_with_particle(text: str) -> bool:
    """'van Aalst said', 'al-Rashid', 'alRashid': a name that opens with its lower-case
    particle."""
    words = re.split(r"[\s\-]+", text)
    if len(words) >= 2 and words[0] in SURNAME_PARTICLES and words[1][:1].isupper():
        return True
    joined = _JOINED_PARTICLE.match(text)
    return joined is not None and joined.group(1) in SURNAME_PARTICLES


def _entity_parts(doc: Doc) -> list[tuple[str, Span, str | None]]:
    """Each entity trimmed, with its label and the kind the label gives; one the tagger ran
    across a possessive ("Ange Rowe's Harbour League") is two: the owner, a person if the
    name reads as one, and the thing owned, of the entity's kind unless that is a person.
    A person found inside a body's entity is labelled a person."""
    parts: list[tuple[str, Span, str | None]] = []
    for ent in doc.ents:
        kind = LABEL_KINDS.get(ent.label_)
        span = _trim(doc, ent)
        if span is None:
            continue
        comma = next((t.i for t in span[1:-1] if t.text == ","), None)
        if comma is not None and doc[comma + 1].dep_ in {"nsubj", "nsubjpass"} and \
                not span.start <= doc[comma + 1].head.i < span.end:
            # "at the Varn Mission, Ruiz noted": a name after the comma is the next clause's
            # subject, no part of the entity before it
            parts.append((ent.label_, doc[span.start:comma], kind))
            continue
        verb = next((t.i for t in span[1:-1] if t.is_lower and t.pos_ == "VERB"), None)
        if verb is not None and kind != "person":
            # "Varn noting Harbin Dock" as one body: a name, a verb in lower case and a name
            parts.extend((ent.label_, part, kind) for part in
                         (doc[span.start:verb], doc[verb + 1:span.end]))
            continue
        cut = next((t.i for t in span[1:-1] if t.tag_ == "POS" or (
            t.text in {"'", "’"} and doc[t.i - 1].text.endswith("s") and t.whitespace_
            # (not "the Varn Teachers’ Association": a plural owning a body word, one name)
            and not (doc[t.i - 1].tag_ in {"NNPS", "NNS"} and span[-1].lower_ in ORG_WORDS))),
            None)
        at_outlet = _person_of_outlet(doc, span) if kind == "person" else None
        if at_outlet is not None:
            # "Lena Ward of Northern Post" as one name: the person, then her outlet
            parts.append((ent.label_, doc[span.start:at_outlet], kind))
            parts.append(("ORG", doc[at_outlet + 1:span.end], "organization"))
            continue
        holder = _holder_after_office(doc, span) if kind in {"organization", None} else None
        if holder is not None:
            # "Secretary of the Security Council Rustem Kolar": the body, then its officer
            body = doc[span.start:holder.start]
            while len(body) > 1 and body[-1].lower_ in TITLE_WORDS:
                body = body[:-1]
            seat = doc[body.end].text in _MEMBER_TITLES  # "Harbin North MP Ana Ruiz"
            if any(fold_text(t.text) not in TITLE_WORDS for t in body):
                parts.append(("GPE", body, "place") if seat or is_place_name(body.text)
                             else (ent.label_, body, kind))
            parts.append(("PERSON", holder, "person"))  # "Premier Ana Ruiz" alone: the name
            continue
        if cut is None:
            parts.append((ent.label_, span, kind))
            continue
        owner = doc[span.start:cut]
        owned = doc[cut + 1:span.end]
        owner_is_place = is_place_name(owner.text)
        staff = kind != "person" and _looks_like_person_name(owned.text)
        parts.append(("GPE", owner, "place") if owner_is_place else
                     # "Varn Hale's Tomas Berg" tagged a body: the firm Berg works for
                     (ent.label_, owner, kind if staff else None))
        if kind == "person" and owner_is_place or staff:
            # "Varn News' Tomas Berg", "Norland's Ana Ruiz" tagged one person
            parts.append(("PERSON", owned, "person"))
        else:
            # what a person owns is no person ("Marten Olsby's Harbour Works")
            parts.append((ent.label_, owned, None if kind == "person" else kind))
    joined: list[tuple[str, Span, str | None]] = []
    for part in parts:
        if joined and _one_name_tagged_twice(doc, joined[-1], part):
            joined[-1] = ("PERSON", doc[joined[-1][1].start:part[1].end], "person")
        else:
            joined.append(part)
    return joined


def _one_name_tagged_twice(doc: Doc, first: tuple[str, Span, str | None],
                           second: tuple[str, Span, str | None]) -> bool:
    """'Ana Lia' or 'Ana-Lia' + 'Varga Ruiz' tagged as two people side by side, the parser
    reading the first as part of the second: one long name."""
    (_, one, kind_one), (_, two, kind_two) = first, second
    last = doc[one.end - 1]
    return kind_one == kind_two == "person" and one.end == two.start and \
        last.dep_ == "compound" and two.start <= last.head.i < two.end and \
        sum(t.text != "-" for t in doc[one.start:two.end]) <= 5 and \
        all(t.is_title or t.text == "-" for t in doc[one.start:two.end]) and \
        not any(fold_text(t.text) in TITLE_WORDS | ROLE_WORDS | DESCRIPTION_NOUNS
                for t in one)  # not "Harbin Coach" + "Ana Ruiz"


def _person_of_outlet(doc: Doc, span: Span) -> int | None:
    """Where 'of' cuts a person entity the tagger ran on into a body ("Lena Ward of Northern
    Post"): two or three capitalised words before it, a capitalised name that is no place
    after it; else None."""
    cut = next((t.i for t in span if t.lower_ == "of"), None)
    if cut is None or not 2 <= cut - span.start <= 3 or cut + 1 >= span.end:
        return None
    after = doc[cut + 1:span.end]
    if not all(t.text[:1].isupper() for t in doc[span.start:cut]) or \
            not after[-1].text[:1].isupper() or is_place_name(after.text):
        return None
    return cut


def _told_as_reporter(doc: Doc, occ: Occurrence) -> bool:
    """'..., he tells Lena Ward of the Northern Post' or '... Northern Post's Lena Ward':
    the person told, named with the outlet they write for, is the reporter another outlet
    quotes, not an actor; so is the one people "speak exclusively with", the outlet's own
    interviewer."""
    root = doc[occ.end - 1]
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "report" and verb.i > root.i and \
            any(c.dep_ == "poss" and c.text[:1].isupper() and c.pos_ != "PRON"
                for c in root.children) and \
            not any(c.dep_ in {"dobj", "ccomp", "prep"} and c.i > verb.i for c in verb.children):
        return True  # "..., Varn TV's Ana Ruiz reported.": the outlet's reporter
    if root.dep_ == "pobj" and verb.lower_ in {"with", "to"} and \
            verb.head.lemma_ in {"speak", "talk"} and \
            any(c.lower_ == "exclusively" for c in verb.head.children):
        return True  # "talks exclusively with Wenna Ward about the verdict"
    # the parser may take the person told for a second subject after the verb
    told = root.dep_ in {"dobj", "dative"} or root.dep_ == "nsubj" and root.i > verb.i and \
        any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    if not told or verb.lemma_ != "tell":
        return False
    if occ.start > 0 and doc[occ.start - 1].lower_ in _OFFICE_WORDS:
        return False
    owner = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and {t.lower_ for t in owner.subtree} & OUTLET_WORDS:
        return True  # "told Varn News' Ana Ruiz"
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    outlet = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return outlet is not None and outlet.pos_ == "PROPN" and not is_place_name(outlet.text)


def _holder_after_office(doc: Doc, span: Span) -> Span | None:
    """The name an organisation entity runs on into after an office: 'Harbour Board
    Chairman Ana Ruiz' or 'Premier Ana Ruiz', a title inside the entity, or 'Chief of the
    Armed Forces of Estovia Anders Kolar', 'Undersecretary of the Interior Ana Ruiz' or 'the
    ambassador to Norway Taro Ueda', where a title comes just before the body; in both, two
    or three capitalised words no body or place is named by follow the title or the body's
    last organisation, portfolio or place word. Words that go on into an office after the
    entity ("Varn's Chief Public Affairs Officer") name the office, not its holder."""
    if span.end < len(doc) and fold_text(doc[span.end].text) in TITLE_WORDS | ROLE_WORDS and \
            doc[span.end - 1].head.i == span.end:
        return None
    titled = [t.i for t in span[:-2]  # "Harbin North MP Ana Ruiz" too
              if fold_text(t.text) in TITLE_WORDS - PORTFOLIO_WORDS and (
                  t.is_title or t.is_upper and t.i > span.start)]
    if titled and (name := _name_after(doc, titled[-1], span)) is not None:
        return name  # "Harbour Board Chairman Ana Ruiz": the title inside the entity
    before = doc[max(span.sent.start, span.start - 6):span.start]
    if not any(t.lower_ in TITLE_WORDS | ROLE_WORDS for t in before):
        return None
    ends = [t.i for t in span[:-2]
            if t.lower_ in ORG_WORDS | PORTFOLIO_WORDS or is_place_name(t.text)]
    return _name_after(doc, ends[-1], span) if ends else None


def _name_after(doc: Doc, end: int, span: Span) -> Span | None:
    """The two or three words of span after the token at end, if they read as a name."""
    name = doc[end + 1:span.end]
    if not 2 <= len(name) <= 3 or is_place_name(name.text) or not all(
            _is_name_token(t) and t.lower_.strip(".") not in _NOT_GIVEN_WORDS for t in name):
        return None
    return name


def _after_demonstrative(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in _DEMONSTRATIVES


def _reads_as_common_words(text: str, lower_words: set[str]) -> bool:
    """A 'person' whose last word the article also writes in lower case ("... Kitchens",
    "... Week") and whose first word is no clear given name, or is a common word too."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in lower_words:
        return False
    first = words[0]
    if fold_text(first) in TITLE_WORDS and fold_text(words[-1]) not in TITLE_WORDS:
        return False  # "Mrs Hope", "Dr Wise": a title names a person, whatever the word
    return given_name_gender(first, certain=True) in (None, "either") or \
        first.lower() in lower_words


def _surname_tagged_alone(occ: Occurrence, occurrences: list[Occurrence],
                          lower_words: set[str]) -> bool:
    """'Ivo Hill ... "It wasn't just Hill"': a name opening on a word the article never
    writes in lower case, whose last word the tagger also finds alone as a person."""
    words = occ.text.split()
    return words[0].lower() not in lower_words and any(
        o.label == "PERSON" and o.kind == "person" and o.text == words[-1]
        for o in occurrences)


def _is_bare_initial(token: Token) -> bool:
    """One capital letter other than the words "A" and "I", written right before a name."""
    return len(token.text) == 1 and token.text.isupper() and token.text not in {"A", "I"} \
        and token.whitespace_ == " "


def _unperson_headings_and_titles(doc: Doc, occurrences: list[Occurrence],
                                  quoted: list[tuple[int, int]]) -> None:
    """Drop 'persons' that only the position of their words made look like names.

    The first words of a subheading (a short line without final punctuation) are
    capitalised whatever they are ("Schools closed in ..."), and so are all words of a
    headline in title case: a person there must be named in the body too. A name in
    apposition to a settlement ("his village, X") is a place;
    a name that is all a quote holds (an "X Y Strategy") is a title, and one a performer
    plays, named once ("played the exiled prince X"), is a character.
    """
    text = doc.text
    body_names: set[str] = set()
    at_heading: list[Occurrence] = []
    for occ in occurrences:
        if occ.kind != "person":
            continue
        line_start = text.rfind("\n", 0, occ.start_char) + 1
        line_end = text.find("\n", occ.start_char)
        line = text[line_start:len(text) if line_end < 0 else line_end].strip()
        # a heading may end on a quote mark ("... Talks Have 'Begun'"), never on a full stop;
        # in a headline in title case, a name anywhere in it counts as opening it
        # (after a colon as much as at its start: "Varn heist: Stolen gems ...")
        opening = text[line_start:occ.start_char].strip()
        if (not opening or opening.endswith(":") or title_cased(line)) and \
                line.rstrip("\"”’'")[-1:] not in ".!?:" and \
                len(line.split()) <= _HEADING_MAX_WORDS and not _source_line(text, occ, line_end):
            at_heading.append(occ)
        elif occ.person is not None:
            body_names |= {fold_text(occ.text), fold_text(occ.person.surname)}
    for occ in at_heading:
        if (occ.person is None or not {fold_text(occ.text), fold_text(occ.person.surname)}
                & body_names) and not _tagged_full_name_in_headline(text, occ):
            occ.kind = ""
    for occ in occurrences:
        if occ.kind != "person":
            continue
        root = doc[occ.end - 1]
        before = doc[occ.start - 2:occ.start] if occ.start >= 2 else None
        # the settlement word in lower case: "In Vela City, X," puts a person in a city
        # (not "Addressing the city, X said": the subject of the verb after the comma)
        settlements = [t for t in (root.head if root.dep_ == "appos" else None,
                                   before[0] if before is not None and before[1].text == ","
                                   and root.dep_ not in {"nsubj", "nsubjpass"} else None)
                       if t is not None and t.text in _SETTLEMENT_WORDS]
        # not "the governor of Varn state, X,": the governor's name
        if any(not (t.dep_ == "pobj" and t.head.lower_ == "of" and _person_word(t.head.head))
               for t in settlements):
            occ.kind = "place"
        elif any(text[a + 1:b - 1].strip(" ,.") == occ.text for a, b in quoted):
            occ.kind = ""
    named_often = Counter(fold_text(o.person.surname) for o in occurrences
                          if o.kind == "person" and o.person is not None)
    for occ in occurrences:
        if occ.kind == "person" and occ.person is not None and \
                named_often[fold_text(occ.person.surname)] == 1 and _role_played(doc, occ):
            occ.kind = ""  # a character in a film or a play, named once


def _owned_before_noun(doc: Doc, occ: Occurrence) -> bool:
    """'our Fair Varn rules', 'their Ana Lund awards': a name a pronoun owns, before a noun
    in lower case, names a thing, a scheme or a prize."""
    last = doc[occ.end - 1]
    return occ.start > 0 and doc[occ.start - 1].lower_ in _POSSESSIVE_PRONOUNS and \
        last.dep_ == "compound" and last.head.i == occ.end and last.head.is_lower


def _source_line(text: str, occ: Occurrence, line_end: int) -> bool:
    """'Ivo Varn, Varco Bank' as a line of its own opening on the name, and a quote opening
    the next paragraph: the source of the comment below, not a heading; so is 'Ivo Varn,
    harbour pilot and member of the board', a name of two words or more and a role in lower
    case, wherever it stands."""
    if text[occ.end_char:occ.end_char + 1] != ",":
        return False
    rest = text[occ.end_char + 1:len(text) if line_end < 0 else line_end]
    if len(occ.text.split()) >= 2 and any(
            w.islower() and w in ROLE_WORDS for w in re.findall(r"[^\W\d_]+", rest)):
        return True
    return line_end >= 0 and text[line_end:].lstrip()[:1] in _QUOTE_MARKS | {"‘"}


def _tagged_full_name_in_headline(text: str, occ: Occurrence) -> bool:
    """'Backstage: Ana Ruiz On Fame': a name the tagger read as a person's, of a known given
    name and a family name, in the headline (the text's first line, not the lines of names
    a byline may take) and past its first word, is a person even where the body never names
    them again."""
    opening = len(text) - len(text.lstrip())
    return occ.label == "PERSON" and opening < occ.start_char and \
        "\n" not in text[opening:occ.start_char] and _looks_like_person_name(occ.text)


def _role_played(doc: Doc, occ: Occurrence) -> bool:
    """'played the exiled prince Orlo', 'starred as Orlo', 'the role of Orlo': a name a
    performer plays, after a noun for the part in lower case or as the part itself; or the
    work played in ("her performance in Orlo Vane", a film named after its hero)."""
    i = occ.start - 1
    if i > 0 and doc[i].text == "," and doc[i - 1].tag_ == "NN":
        i -= 1  # "played the wily trader, Orlo,"
    while i >= 0 and doc[i].tag_ in _PART_WORD_TAGS:
        i -= 1  # back over "the exiled prince", however the parser hung the name
    if i >= 0 and doc[i].lemma_ in _PLAYING_VERBS and \
            any(t.is_lower and t.tag_ == "NN" for t in doc[i + 1:occ.start]):
        return True
    root = doc[occ.end - 1]
    if _in_a_phrase_of_roles(root):
        return True
    if occ.start > 0 and doc[occ.start - 1].lower_ == "as" and \
            doc[occ.end:occ.end + 1].text == "in" and \
            any(t.is_lower and t.lemma_ in WORK_NOUNS for t in doc[occ.end + 1:occ.end + 5]):
        return True  # "as Orlo in the crime drama ..."
    head = root.head
    return root.dep_ == "pobj" and (
        head.lower_ == "as" and head.head.lemma_ in _PLAYING_VERBS | {"star", "cast"}
        or head.lower_ == "of" and head.head.lemma_ in {"role", "part", "character"}
        or head.lower_ == "in" and head.head.lemma_ in _PERFORMANCE_NOUNS)


def _in_a_phrase_of_roles(token: Token) -> bool:
    """'roles from Captain Orlo in X to Ana Vane in Y': a name the words "roles", "parts" or
    "characters" take through a preposition or two."""
    for _ in range(4):
        if token.dep_ not in {"pobj", "prep", "conj"} or token.head is token:
            return False
        token = token.head
        if token.lemma_ in {"role", "part", "character"} and token.tag_ == "NNS":
            return True
    return False


def title_cased(line: str, min_words: int = 4) -> bool:
    """'Envoy Says Border Talks Have Begun': at least min_words words longer than three
    letters, each capitalised (the little ones, "of", "as", "to", and longer prepositions
    such as "over" or "with" aside), as a headline or the title of a work is written."""
    words = [w.strip("\"“”‘’'(") for w in line.split()]
    words = [w for w in words if w[:1].isalpha() and len(w) > 3 and w not in _TITLE_SMALL_WORDS]
    return len(words) >= min_words and all(w[:1].isupper() for w in words)


def _clean_surface(text: str) -> str:
    """Possessive and stray punctuation off; the final dot of 'U.S.' stays."""
    text = strip_possessive(text).strip(" -–—,;:'’\"“”")
    if text.endswith(".") and "." not in text[:-1]:
        text = text[:-1]
    return text


def _is_portfolio(doc: Doc, span: Span) -> bool:
    """'Defense' in 'Defense Minister', 'State' in 'Secretary of State': part of a title."""
    if len(span) != 1 or span[0].lower_ not in PORTFOLIO_WORDS:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 2:span.start] if span.start >= 2 else None
    if after is not None and after.lower_ in TITLE_WORDS | ROLE_WORDS | {"ministry",
                                                                         "department"}:
        return True
    return before is not None and before[1].lower_ == "of" and \
        before[0].lower_ in TITLE_WORDS | ROLE_WORDS


def _untagged_names(doc: Doc, covered: set[int], lower_words: set[str]) -> list[Occurrence]:
    """Runs of proper nouns outside any entity that read as a person's name.

    'Minister Jan Kowal' or 'Anna Nowak' that the tagger skipped: titles are stripped, and
    what is left must start with a known given name, or follow a title, and hold no
    organisation or place word.
    """
    found: list[Occurrence] = []
    speaking = {t.text for t in doc if _is_name_token(t) and _speaking_token(t)
                and not (t.i > 0 and doc[t.i - 1].lower_ in _TRIM_LEFT)}
    # a capitalised word speaking, however tagged: "Varnek said" read as a common noun
    speaking_words = Counter(t.text for t in doc if t.text[:1].isupper() and t.is_alpha
                             and t.pos_ in {"PROPN", "NOUN"} and _speaking_token(t))
    # "Mr Varo" somewhere: "Pello Varo" is a person's name, whatever the given name
    honoured = {t.text for t in doc if _is_name_token(t) and _after_honorific(doc, t.i)}
    # "Tavek Varnsiri" tagged a person: "Tavek told reporters" by the first name alone
    openers = {e[0].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2
               and e[0].is_title}
    i = 0
    while i < len(doc):
        if i not in covered and i + 1 not in covered and _name_read_as_words(doc, i, lower_words):
            found.append(Occurrence(i, i + 2, doc[i].idx, doc[i + 1].idx + len(doc[i + 1]),
                                    doc[i:i + 2].text, "person"))
            i += 2
            continue
        if i not in covered and doc[i].text in openers and doc[i].is_alpha and \
                _speaking_token(doc[i]) and doc[i].lower_ not in lower_words:
            # a name known by its first word, which the tagger missed, however it tagged it
            found.append(Occurrence(i, i + 1, doc[i].idx, doc[i].idx + len(doc[i]),
                                    doc[i].text, "person"))
            i += 1
            continue
        if i in covered or not _is_name_token(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in covered and (
                _is_name_token(doc[j]) or _joins_name_parts(doc, j)):
            j += 1
        if j - i == 1 and doc[i].text in honoured and i > 0 and i - 1 not in covered and \
                doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].dep_ == "compound" \
                and doc[i - 1].head.i == i and doc[i - 1].lower_ not in lower_words:
            i -= 1  # "Pello Varo" with the given name read as a common noun, "Mr Varo" later
        start = i + 1 if doc[i].lower_ in DESCRIPTION_NOUNS and j - i >= 3 or \
            doc[i].ent_type_ == "DATE" and doc[i].lower_ in _MONTHS else i  # "In May Ana Ruiz"
        if j - i == 1 and doc[i].dep_ == "appos" and doc[i].head.i < i and \
                doc[i].head.lemma_.lower() in _KIN_WORDS and doc[i].lower_ not in lower_words:
            # "her eldest son, Major, said": a one-word name for a relative, whatever else
            # the word may be
            found.append(Occurrence(i, j, doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text,
                                    "person"))
            i = j
            continue
        office = [k for k in range(i, j) if doc[k].lower_.strip(".") in _OFFICE_WORDS]
        if office:
            # "Minister of National Education Abdul Malik Fajar": the name after the office
            start = office[-1] + 1
        elif j - start > 3 and i > 1 and doc[i - 1].lower_ == "of" and \
                doc[i - 2].lower_ in TITLE_WORDS | ROLE_WORDS:
            # "Minister of Rural Development X Y": the name from its given name on
            start = next((k for k in range(j - 3, j - 1) if _is_given(doc[k].text)), start)
        before = doc[i - 1].lower_ if i > 0 else ""
        titled = start > i or before in ROLE_WORDS or before in TITLE_WORDS
        text = doc[start:j].text if start < j else ""
        words = text.split()
        span = None
        # not "Premier Timber Mill": words the article writes in lower case after a title
        if 2 <= len(words) <= 3 and (titled and words[-1].lower() not in lower_words
                                     or _looks_like_person_name(text)
                                     or words[-1] in honoured
                                     or _listed_among_people(doc, start, j, lower_words)) and \
                not {w.lower() for w in words} & (ORG_WORDS | PLACE_WORDS) and \
                not is_place_name(text):
            span = doc[start:j]
        elif len(words) == 1 and not office and not titled and \
                doc[start].lower_ not in lower_words and not is_place_name(text) and \
                (any(c.dep_ == "appos" and _person_noun(c) for c in doc[start].children) or
                 _is_given(text) and start + 2 < len(doc) and doc[start + 1].text == "," and
                 (doc[start + 2].lower_ == "who" or _described_after_comma(doc, start + 2))):
            # "Tavek, a resident of the district, said", "Ana, who is studying law,"
            span = doc[start:j]
        elif len(words) == 1 and start > 0 and \
                doc[start - 1].lower_.strip(".") in _TITLES_OF_ONE - _HONORIFICS and \
                text in speaking and \
                doc[start].lower_ not in lower_words and not is_place_name(text):
            span = doc[start:j]  # "Justice Varnek told the court": a name the tagger missed
        elif len(words) == 1 and not titled and _is_given(text) and \
                doc[start].lower_ not in lower_words and not is_place_name(text) and \
                doc[start].dep_ == "appos" and doc[start].head.i < start and \
                _person_noun(doc[start].head, {"another", "the", "one", "fellow"}):
            span = doc[start:j]  # "according to another worker 'Mina'"
        elif len(words) == 1 and not titled and speaking_words[text] >= 2 and \
                _surname_alone(text, lower_words) and \
                any(t.text == text and not t.is_sent_start for t in doc):
            # "Varnek said" twice, a word the tagger never took for a name, and capitalised
            # somewhere other than at the head of a sentence
            span = doc[start:j]
        elif len(words) == 1 and not titled and _listed_with_people_only(doc[start], lower_words):
            span = doc[start:j]  # "What Varn, Tavek and Ana Ruiz said": one of three people
        elif j - start >= 2 and doc[j - 1].text in speaking and \
                doc[j - 2].dep_ == "compound" and doc[j - 2].head.i == j - 1 and \
                doc[j - 2].lower_ not in _NOT_GIVEN_WORDS | lower_words:
            # "Centre Nazem Kadri was ..." and "Kadri said": the two words before the verb
            # are a name the tagger missed, the surname of someone the article quotes.
            span = doc[j - 2:j]
        if span is not None:
            found.append(Occurrence(span.start, span.end, span.start_char, span.end_char,
                                    span.text, "person"))
        i = j
    return found


def _listed_with_people_only(token: Token, lower_words: set[str]) -> bool:
    """'Varn, Tavek and Ana Ruiz': one capitalised word inside a sentence, no place's,
    body's or title's and never written in lower case, joined to names the tagger took for
    people's and to no name it gave another kind."""
    others = [t for t in token.conjuncts if t.ent_type_]
    return bool(others) and all(t.ent_type_ == "PERSON" and t.lemma_.lower() not in
                                PLACE_WORDS | ORG_WORDS for t in others) and \
        token.is_title and token.is_alpha and not token.is_sent_start and \
        token.lower_ not in lower_words and _no_place_body_or_role(token) and \
        fold_text(token.text) not in TITLE_WORDS


def _described_after_comma(doc: Doc, i: int) -> bool:
    """'like Ana, another shopper at ...': a word only a person is, opening at i with "a",
    "an" or "another", whatever the parser hung it from."""
    if doc[i].lower_ not in {"a", "an", "another"}:
        return False
    noun = next((t for t in doc[i + 1:i + 4] if t.pos_ == "NOUN"), None)
    return noun is not None and _person_noun(noun, {"another"})


def _listed_among_people(doc: Doc, start: int, end: int, lower_words: set[str]) -> bool:
    """'They are: Ivo Varn, Tavek Orlo and Ana Ruiz': capitalised words the article never
    writes in lower case, an item of a list in which the tagger found two people or more."""
    if start == 0 or end >= len(doc) or any(t.lower_ in lower_words for t in doc[start:end]):
        return False
    if doc[start - 1].text not in _LIST_MARKS | {":"} or doc[end].text not in _LIST_MARKS | {"."}:
        return False
    sentence = doc[start].sent
    listed = [e for e in sentence.ents if e.label_ == "PERSON" and e.start > sentence.start
              and doc[e.start - 1].text in _LIST_MARKS | {":"}
              and e.end < len(doc) and doc[e.end].text in _LIST_MARKS | {"."}]
    return len(listed) >= 2


def _name_read_as_words(doc: Doc, i: int, lower_words: set[str]) -> bool:
    """'Ana Bright with the council says ...': a known given name and a capitalised word,
    neither written in lower case in the article, opening a sentence whose main verb
    reports speech, that the tagger read as common words."""
    if i + 2 >= len(doc) or not doc[i].is_sent_start or _is_name_token(doc[i]):
        return False
    first, second = doc[i], doc[i + 1]
    root = first.sent.root
    return _is_given(first.text) and first.is_title and first.is_alpha and \
        second.is_title and second.is_alpha and len(second) > 1 and \
        not doc[i + 2].text[:1].isupper() and \
        not {first.lower_, second.lower_} & (lower_words | ORG_WORDS | PLACE_WORDS
                                               | TITLE_WORDS) and \
        not is_place_name(second.text) and root.i > i + 1 and reports_speech(root)


def _surname_alone(text: str, lower_words: set[str]) -> bool:
    """A word that may be someone's surname standing alone: capitalised, never written in
    lower case in the article, and no place, body, title or role."""
    lowered = text.lower()
    return len(text) >= 3 and text.istitle() and text.isalpha() and \
        lowered not in lower_words and not is_place_name(text) and \
        lowered not in ORG_WORDS | PLACE_WORDS | ROLE_WORDS | TITLE_WORDS | _BODIES_ALONE


def _speaking_token(token: Token) -> bool:
    """A word that says something: the subject of a reporting verb, or cited after
    'according to'."""
    if token.dep_ in {"nsubj", "nsubjpass"} and reports_speech(token.head) \
            and token.head.tag_ not in {"VB", "VBP"}:  # not an order: "Follow X and add us"
        return True
    return token.i >= 2 and [t.lower_ for t in token.doc[token.i - 2:token.i]] == \
        ["according", "to"]


def _repeated_names(doc: Doc, occurrences: list[Occurrence]) -> list[Occurrence]:
    """Later uses of a name the tagger found once but skipped elsewhere ('Okafor added').

    Only one-word proper nouns that equal the surname of a person named in full, or the
    whole of a one-word actor, are taken, with the kind they have elsewhere.
    """
    known: dict[str, str] = {}
    for occ in occurrences:
        if occ.kind == "person" and occ.person is not None and occ.person.given:
            known.setdefault(occ.person.surname, "person")
        elif len(occ.text.split()) == 1 and (occ.kind != "person" or occ.text[1:].islower()
                                             and _speaking_token(doc[occ.start])):
            # a place, a body, or someone the article names by one word ("Mina said")
            known.setdefault(occ.text, occ.kind)
        elif len(occ.text.split()) == 1 and occ.start > 0 and \
                fold_text(doc[occ.start - 1].text).strip(".") in TITLE_WORDS:
            known.setdefault(occ.text, occ.kind)  # "Mr Justice Varo ... But Varo said"
    # "Nadia said" after "Nadia Tallis": the given name of one person named in full, saying
    # something, where nobody bears it as a surname
    given = Counter(o.person.given[0] for o in occurrences
                    if o.kind == "person" and o.person is not None and o.person.given)
    covered = {i for o in occurrences for i in range(o.start, o.end)}
    found: list[Occurrence] = []
    # "de Brant said" after "Tomas de Brant": a surname with its particle, written alone
    particled = {tuple(name.lower().split()) for name, kind in known.items()
                 if kind == "person" and " " in name and _opens_with_particle(name)}
    for words in particled:
        for token in doc:
            span = doc[token.i:token.i + len(words)]
            if len(span) == len(words) and tuple(t.lower_ for t in span) == words and \
                    span[-1].text[:1].isupper() and not covered & set(range(span.start, span.end)):
                occ = Occurrence(span.start, span.end, span.start_char, span.end_char, span.text,
                                 "person")
                occ.person = split_person(span.text)
                found.append(occ)
                covered |= set(range(span.start, span.end))
    for token in doc:
        if token.i in covered:
            continue
        kind = known.get(token.text)
        if kind is None and given[token.text] == 1 and token.tag_ == "NNP" and \
                _speaking_token(token):
            kind = "person"
        # A surname opening a sentence is often tagged as a common noun or a verb ("Draper
        # wrapped up his win", "Keating, however, was"): a capitalised noun or verb form
        # that is a known person's surname still counts.
        if kind is None or not (token.tag_ in {"NNP", "NNPS"} or (
                kind == "person" and token.text[:1].isupper() and (
                    token.pos_ == "NOUN" or token.tag_ in _MISREAD_NAME_TAGS))):
            continue
        occ = Occurrence(token.i, token.i + 1, token.idx, token.idx + len(token.text),
                         token.text, kind)
        if kind == "person":
            occ.person = split_person(token.text)
        found.append(occ)
    return found


def _joins_name_parts(doc: Doc, i: int) -> bool:
    """The hyphen of 'Marie-Agnes' or 'Strack-Zimmermann', between two name words."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and 0 < i < len(doc) - 1 and _is_name_token(doc[i - 1]) and _is_name_token(doc[i + 1])


def _is_name_token(token: Token) -> bool:
    """A capitalised proper noun; or "O’Varn", however tagged; or "Tavek’ula"."""
    return token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper() and \
        token.text.replace("-", "").replace(".", "").isalpha() or \
        _IRISH_SURNAME.match(token.text) is not None or \
        token.tag_ == "NNP" and _INNER_APOSTROPHE.match(token.text) is not None


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _trim(doc: Doc, ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in _TRIM_LEFT or doc[start].is_punct or
                           doc[start].lower_ in _CLASS_YEARS and end - start >= 3):
        start += 1  # "Sophomore Ana Ruiz": a student's year, capitalised opening a sentence
    if ent.label_ == "PERSON" and end - start >= 2 and doc[start].lower_ in DESCRIPTION_NOUNS \
            and not _is_given(doc[start].text):
        start += 1  # "Refugee Tavek recounted": what the person is, no part of the name
    dash = next((t.i for t in doc[start + 1:end - 1] if t.text in {"-", "–", "—"}), None)
    if dash is not None and doc[start].is_sent_start and \
            all(t.is_upper and len(t) > 1 for t in doc[start:dash]):
        start = dash + 1  # "VARNBY - Ana Ruiz said": the dateline's place is none of the name
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].lower_ in {"'s", "’s"}
                           or end - start >= 2 and doc[end - 1].is_lower
                           and doc[end - 1].tag_ in _FINITE_VERB_TAGS):
        end -= 1  # "Ana Ruiz said": the verb after a name is none of it
    owner = next((t.i for t in doc[start + 1:end - 1] if t.lower_ in {"'s", "’s"}), None)
    owned = doc[owner + 1:end] if owner is not None else None
    if ent.label_ == "PERSON" and owned is not None and (
            _looks_like_person_name(owned.text) or len(owned) >= 2 and
            fold_text(owned[0].text) in TITLE_WORDS and owned[-1].text[:1].isupper()):
        start = owner + 1  # "Labour's Ana Ruiz", "Varn's King Olaf": not part of the name
    if ent.label_ == "PERSON" and end - start == 3 and start > 0 and \
            doc[start - 1].is_lower and doc[start - 1].lemma_ in _BODY_KINDS and \
            not _is_given(doc[start].text) and \
            all(_is_name_token(t) for t in doc[start:end]):
        start += 1  # "the union Varbond Ana Ruiz": the body's name, then its officer's
    bracket = next((t.i for t in doc[start + 1:end] if t.text in {"(", "["}), None)
    if bracket is not None and not any(t.text in {")", "]"} for t in doc[bracket:end]):
        end = bracket  # "Varn Holdings (Varnco": the name, not its short form's bracket
    if end - start >= 3 and doc[end - 1].is_lower and doc[end - 2].text == "-" and \
            doc[end - 1].tag_ not in {"NNP", "NNPS"} and len(doc[end - 1]) > 2 and \
            not _name_syllable(doc, end - 1):
        # "Taylor Swift-themed": the name without the word it is compounded into; a
        # syllable of a name ("Park Seo-yeon", "Jae-in") stays.
        end -= 2
    if start >= end:
        return None
    return doc[start:end]


def _name_syllable(doc: Doc, i: int) -> bool:
    """'Ivo Tae-soo', 'Mina Jae-hyun': a short word in lower case joined by a hyphen to a
    short capitalised one, the second syllable of a given name, not a word a name is
    compounded into ("Varn-led", "Varn-style")."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    before, word = doc[i - 2].text, doc[i].text
    joined_on = i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-"
    return word.isalpha() and word.islower() and 2 <= len(word) <= 5 and len(before) <= 4 and \
        before.istitle() and word not in _COMPOUNDING_WORDS and not joined_on  # "Kel-a-Mora"


def _split_joined_names(doc: Doc, occurrences: list[Occurrence]) -> list[Occurrence]:
    """'A-B' or 'A, B' tagged as one name where A and B are each named elsewhere, and
    'A -- B', whatever A and B are: two occurrences."""
    known = Counter(fold_text(o.text) for o in occurrences)
    for o in occurrences:
        if o.kind == "person" and (person := split_person(o.text)) is not None:
            known[fold_text(person.surname)] += 1
    result: list[Occurrence] = []
    for occ in occurrences:
        tokens = doc[occ.start:occ.end]
        dashes = [t.i for t in tokens if t.text in {"-", "–", "—", "--", ","}]
        if len(dashes) != 1:
            result.append(occ)
            continue
        cut = dashes[0]
        left, right = doc[occ.start:cut], doc[cut + 1:occ.end]
        # a dash with a space on each side, or two typed for one, parts sentences, not names
        apart = doc[cut].text == "--" or doc[cut].text != "," and \
            bool(doc[cut - 1].whitespace_) and bool(doc[cut].whitespace_)
        if (len(left) and len(right) and (apart or known[fold_text(left.text)]
                                          and known[fold_text(right.text)])
                and left.text[:1].isupper() and right.text[:1].isupper()):
            for part in (left, right):
                result.append(Occurrence(part.start, part.end, part.start_char, part.end_char,
                                         part.text, occ.kind))
        else:
            result.append(occ)
    return result


def _leads_a_government(doc: Doc, occ: Occurrence) -> bool:
    """'the Tavo Lund government', 'the Ana Ruiz administration': a full name, opening on a
    given name, before the word for the government it leads."""
    words = occ.text.split()
    return len(words) in (2, 3) and occ.end < len(doc) and \
        doc[occ.end].lower_ in _GOVERNMENT_NOUNS and doc[occ.end - 1].head.i == occ.end and \
        _looks_like_person_name(occ.text, world=True)


def _unglue_dateline(occurrences: list[Occurrence]) -> None:
    """'Varnby CityIvo Varn has ...': a dateline the page ran into the first word of a name
    ("CityIvo"), a known given name after it: the name from the given name on."""
    for occ in occurrences:
        words = occ.text.split()
        glued = _GLUED_GIVEN_NAME.fullmatch(words[0]) if len(words) >= 2 else None
        if occ.kind == "person" and glued is not None and _is_given(glued.group(2)) and \
                glued.group(1) != "Fitz":  # (not "FitzGerald", one name)
            occ.start_char += len(glued.group(1))
            occ.text = occ.text[len(glued.group(1)):]


def _office_of(doc: Doc, start: int) -> bool:
    """'President of Varnby Rovers': what follows a capitalised title and "of" is the
    body or the place of the office."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and \
        doc[start - 2].lower_ in TITLE_WORDS | ROLE_WORDS


def _cut_headline_word_after_surname(doc: Doc, occurrences: list[Occurrence]) -> None:
    """'President Varn Replies to ...' in a headline in title case, where the body names
    "Ivo Varn": the surname, and a headline word the tagger ran into it that the text
    never writes again."""
    headline_end = doc.text.find("\n")
    surnames = {o.text.split()[-1] for o in occurrences
                if o.kind == "person" and o.start_char > headline_end and len(o.text.split()) >= 2}
    for occ in occurrences:
        words = occ.text.split()
        if occ.kind == "person" and occ.end_char <= headline_end and len(words) == 2 and \
                occ.end - occ.start == 2 and words[0] in surnames and words[1].isalpha() and \
                words[1] not in surnames and \
                len(re.findall(rf"\b{re.escape(words[1])}\b", doc.text, re.IGNORECASE)) == 1:
            occ.end -= 1
            occ.end_char = doc[occ.start].idx + len(doc[occ.start])
            occ.text = doc[occ.start].text


def _relabel(doc: Doc, occurrences: list[Occurrence], lower_words: set[str]) -> None:
    """Decide each name's kind from all of its occurrences and the grammar around them;
    lower_words are the words the article writes in lower case."""
    person_surnames: set[str] = set()
    person_full: set[str] = set()
    first_names: set[str] = set()
    tagged_surnames: set[str] = set()
    # "the Varo Ruiz party", "the Harbin Otters": a party's or a team's name,
    # however much it reads as a person's
    venues = {fold_text(o.text) for o in occurrences if _venue(doc, o)}
    bodies_by_use = {fold_text(o.text) for o in occurrences
                     if _names_a_party(doc, o) or _team_with_the(doc, o) or _brand_of(doc, o)}
    # "pickle manufacturer Varo Lund said": a kind of body right before a name of several words
    bodies_by_use |= {fold_text(o.text) for o in occurrences
                      if len(o.text.split()) >= 2 and _after_body_word(doc, o)}
    # ... unless a title comes before the name elsewhere: "the Ana Ruiz government" of
    # "Prime Minister Ana Ruiz"
    bodies_by_use -= {fold_text(o.text) for o in occurrences if len(o.text.split()) >= 2
                      and _title_word_before(doc, o)}
    # "Lund Heath" tagged a place, with "Lund" a place alone elsewhere: a town named after
    # another, not a person
    places_alone = {fold_text(o.text) for o in occurrences
                    if o.kind == "place" and len(o.text.split()) == 1}
    # "the Red Cross" after "the Varn National Red Cross": the end of a body's longer name
    body_tails = {fold_text(" ".join(o.text.split()[k:])) for o in occurrences
                  if o.kind == "organization" for k in range(1, len(o.text.split()) - 1)}
    # "Varn Dal" tagged a party or a body in one place: so it is in every other
    bodies_by_tag = {fold_text(o.text) for o in occurrences if o.label in {"NORP", "ORG"}
                     and len(o.text.split()) >= 2 and not _is_given(o.text.split()[0])}
    # ... though not one a title comes before elsewhere ("Deputy President Ana Varn")
    bodies_by_tag -= {fold_text(o.text) for o in occurrences if _title_word_before(doc, o)}
    for occ in occurrences:
        words = occ.text.split()
        if occ.kind == "person" and fold_text(occ.text) in bodies_by_tag:
            occ.kind = "organization"
            continue
        if occ.kind == "person" and 2 <= len(words) <= 3 and \
                all(w[:1].isupper() for w in words) and \
                not {w.lower().strip(".") for w in words} & _NOT_GIVEN_WORDS:
            tagged_surnames.add(fold_text(words[-1]))
        if occ.kind == "person" and (tagged := split_person(occ.text)) is not None and \
                tagged.given and all(w[:1].isupper() for w in tagged.given) and \
                not {w.lower().strip(".") for w in tagged.given} & _NOT_GIVEN_WORDS:
            # "Emir Omar Fadel al-Rumi" and later "alRumi said": a particle joined on
            tagged_surnames.add(fold_text(tagged.surname).replace(" ", ""))
        if occ.kind == "place" and len(words) >= 2 and words[-1].lower() in ORG_WORDS and \
                not is_place_name(occ.text):
            occ.kind = "organization"  # "Varn Tech", "Varn Times": a body named after a place
            continue
        if occ.kind == "person" and len(words) >= 2 and _after_place_noun(doc, occ):
            occ.kind = "place"
            continue
        if occ.kind == "person" and len(words) >= 2 and _named_with_the(doc, occ):
            occ.kind = "organization"  # "call the Vera Night Line": a service, a title
            continue
        spoken_of = _spoken_of_as_someone(doc, occ)
        sworn_in = _sworn_in_as_title(doc, occ)
        if occ.kind != "person" and _leads_a_government(doc, occ):
            occ.kind = "person"
            continue
        if occ.kind != "person" and not _employer_before_role(doc, occ) and \
                not _staff_named_after(doc, occ) and not _modifies_a_person_noun(doc, occ) and \
                not _names_a_building(doc, occ) and not _owned_before_noun(doc, occ) and \
                not _qualifies_noun_after(doc, occ, OUTLET_WORDS | ORG_WORDS) and \
                fold_text(occ.text) not in venues | body_tails and (
                len(words) in (2, 3) and (
                    _looks_like_person_name(occ.text) and not (
                        occ.kind == "place" and fold_text(words[0]) in places_alone)
                    or _initialled_name(occ.text)
                    or spoken_of or _titled_name(doc, occ))
                or len(words) <= _MAX_NAME_WORDS and _aged(doc, occ)
                or len(words) <= 3 and (_described_as_person(doc, occ)
                                        or _after_honorific(doc, occ.start)
                                        or len(words) >= 2 and
                                        _after_honorific(doc, occ.start + 1)
                                        or _owned_person_word_before(doc, occ)
                                        or _titled_in_plural(doc, occ)
                                        or sworn_in)
                or _named_after_description(doc, occ)
                or len(words) == 1 and has_surname_ending(occ.text) and _speaks(doc, occ)
                and not is_place_name(occ.text)
                or len(words) == 2 and _looks_like_person_name(occ.text, world=True)
                and _speaks(doc, occ)) and \
                not _after_demonstrative(doc, occ.start) and not _office_of(doc, occ.start):
            occ.kind = "person"
        if occ.kind == "person" and len(words) >= 2 and \
                fold_text(occ.text) not in bodies_by_use and (
                _looks_like_person_name(occ.text) or spoken_of or sworn_in
                or _described_before(doc, occ) and _titled_name(doc, occ)):
            person = split_person(occ.text)
            if person is not None and person.given:
                person_surnames.add(fold_text(person.surname))
                # "Varco" alone after "Ana Varco Jr.": the surname without its generation
                person_surnames.add(_without_generation(fold_text(person.surname)))
                person_full.add(fold_text(occ.text))
                first_names.add(fold_text(person.given[0]))

    # "Varco says it will appeal": a one-word name the article calls "it" is no one, whatever
    # "he" a later clause holds
    called_it = {fold_text(o.text) for o in occurrences if _says_it(doc, o)}
    person_surnames |= {fold_text(o.text) for o in occurrences
                        if _referred_to_as_person(doc, o, person_surnames | first_names)
                        } - called_it
    # "Mr Varo": a surname after an honorific, whatever else the word may be
    person_surnames |= {fold_text(o.text) for o in occurrences
                        if len(o.text.split()) == 1 and _after_honorific(doc, o.start)}
    honoured_surnames = {fold_text(o.text.split()[-1]) for o in occurrences
                         if len(o.text.split()) == 2 and _after_honorific(doc, o.start + 1)}
    person_surnames |= honoured_surnames
    # "under the Varco administration": the surname of whoever leads it
    person_surnames |= {fold_text(o.text) for o in occurrences
                        if len(o.text.split()) == 1 and _leads_an_administration(doc, o)}
    # "resident Mina, who ...", "Harbin local Mina said": someone named by a given name only.
    person_surnames |= {fold_text(o.text) for o in occurrences if _known_by_given_name(doc, o)}
    # "Lev and Mina bake" after "Lev and his sister": a given name beside a person's
    person_tokens = {o.end - 1 for o in occurrences if o.kind == "person"
                     or fold_text(o.text) in person_surnames}
    person_surnames |= {fold_text(o.text) for o in occurrences
                        if _paired_with_person(doc, o, person_tokens)}
    # "alRumi" for "al-Rumi": a surname's particle may be written joined to it.
    person_surnames |= {name.replace(" ", "") for name in person_surnames}
    # "the newspaper Dagbladet Nord", "the charity Shelter": a kind of body before the name.
    bodies = {fold_text(o.text) for o in occurrences
              if o.kind == "person" and _after_body_word(doc, o)}
    # "the Gazette" after "the Harbin Gazette": a body by the last word of its name.
    bodies |= {fold_text(o.text.split()[-1]) for o in occurrences
               if o.kind == "organization" and len(o.text.split()) >= 2
               and o.text.split()[-1].lower() in ORG_WORDS} - person_surnames
    # "a Varn idea" beside "the Varn Alliance": the word a body's name opens with, alone
    openers = {fold_text(o.text.split()[0]) for o in occurrences if (
        o.kind == "organization" or o.text.split()[-1].lower() in ORG_WORDS)
        and len(o.text.split()) >= 2 and not _is_given(o.text.split()[0])}
    openers -= person_surnames | first_names | tagged_surnames
    # ... unless a title comes before the word alone: "President Varo" beside "the Varo
    # Administration"
    openers -= {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1
                and _title_word_before(doc, o)}
    # "A Bill will be introduced ... The Bill will", "No Surrender", "a no-deal Exit": a word
    # that takes "a" or "no" is no one's name.
    things = {fold_text(o.text) for o in occurrences if o.kind == "person"
              and len(o.text.split()) == 1 and (_indefinite(doc, o) or _definite_word(doc, o))}
    # "the Regent said he ...", "the Iranian month of Vell": a title with "the" before it,
    # an office, however the article goes on about its holder; or a month's name
    offices = {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1
               and o.start > 1 and doc[o.start - 1].lower_ == "the"
               and fold_text(o.text) in TITLE_WORDS}
    person_surnames -= offices
    # "Turnout was 71 percent": a one-word name measured in numbers is a quantity
    things |= {fold_text(o.text) for o in occurrences if _measured(doc, o)}
    things |= offices | {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1
                         and o.start > 1 and doc[o.start - 1].lower_ == "of"
                         and doc[o.start - 2].lower_ in {"month", "months"}}
    # "an Orla nomination" beside "the Orlas": an award (a prize named after someone is
    # written in the plural for the ceremony), not a person
    capitalised = {t.text for t in doc if t.text[:1].isupper()}
    things |= {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1
               and o.text + "s" in capitalised and doc[o.start].dep_ == "compound"
               and doc[o.start].head.is_lower}
    # "where the Ana Vane hangs": a name of two words or more the tagger also took for a
    # work or a product, taking "the" as its own article, is the work's title
    works_named = {fold_text(o.text) for o in occurrences if len(o.text.split()) >= 2
                   and o.label in {"WORK_OF_ART", "PRODUCT"} and _named_with_the(doc, o)}
    # "its Varo scooters", "her Varo farm": a word a thing owns, whatever its tag, names a
    # product; one that a person owns, before a noun, a product or a place
    things |= {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1
               and o.start > 0 and (doc[o.start - 1].lower_ == "its" or (
                   doc[o.start - 1].lower_ in _POSSESSIVE_PRONOUNS
                   and doc[o.end - 1].dep_ == "compound"))}
    # "Varnjet's Skylark", "flew on Varnjet's Skylark": one word a body owns, no one's
    # given name, is its product
    body_ends = {o.end for o in occurrences if o.kind == "organization"}
    things |= {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1
               and o.start > 1 and doc[o.start - 1].tag_ == "POS"
               and o.start - 1 in body_ends and not _is_given(o.text)}
    # "the Orlo II crew", "the Orlo II mission": a numbered name used only before a noun
    # is a mission, a craft or a programme, not a king
    numbered: dict[str, bool] = {}
    for o in occurrences:
        if len(o.text.split()) >= 2 and _ROMAN_NUMERAL.match(o.text.split()[-1]):
            last, name = doc[o.end - 1], fold_text(o.text)
            numbered[name] = numbered.get(name, True) and last.dep_ == "compound" and \
                last.head.is_lower
    things |= {name for name, before_noun in numbered.items() if before_noun}
    # "Varo analyst Ana Ruiz", "Varo's said": a one-word name, no one's given name,
    # employing someone, or a shop's name with its "'s" as the subject of a verb
    one_word_bodies = {fold_text(o.text) for o in occurrences if o.kind == "person"
                 and len(o.text.split()) == 1 and not _is_given(o.text)
                 and (_employs_staff_anywhere(doc, o) or _shop_name(doc, o))}
    # "the Harbin Guild of Pilots (Hgp)": the initials of a body named in the article
    one_word_bodies |= {acronym(o.text) for o in occurrences if o.kind == "organization"
                  and len(acronym(o.text)) >= 3}
    # "Varcos" beside "Varco": the plural of a name written alone elsewhere, no given
    # name, is a brand's, for the things the firm makes
    one_word_bodies |= {fold_text(o.text) for o in occurrences if o.kind == "person"
                  and len(o.text.split()) == 1 and o.text.endswith("s")
                  and o.text[:-1] in capitalised and not _is_given(o.text[:-1])}
    one_word_bodies -= person_surnames | first_names | tagged_surnames
    teams = {fold_text(o.text) for o in occurrences if o.kind == "person"
             and (_plural_subject(doc, o) or _owns_with_its(doc, o))} - person_surnames - {
        fold_text(o.text) for o in occurrences if _title_word_before(doc, o)}  # "President X"
    teams |= called_it - person_surnames - first_names
    # a one-word place, wherever it speaks for nobody:
    # "the riding of Varn" and later "Varn curves ...", or "Varn" tagged a place in one
    # address ("in Dock Row, Varn, Eastshire") and a person in the next
    named_places = {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1
                    and (_after_place_noun(doc, o) or _in_address(doc, o))
                    } - person_surnames - first_names - tagged_surnames
    peoples = {fold_text(o.text) for o in occurrences if o.label == "NORP"}
    settled: set[int] = set()
    full_name_starts = {o.start for o in occurrences if o.kind == "person" and
                        len(o.text.split()) >= 2 and fold_text(o.text) not in works_named}
    # "Varn Dál's Ana Ruiz": the party or the body a person named in full belongs to
    bodies_by_use |= {fold_text(o.text) for o in occurrences if len(o.text.split()) >= 2
                and o.end < len(doc) and doc[o.end].tag_ == "POS" and o.end + 1 in full_name_starts
                and not _looks_like_person_name(o.text)}
    # "Varn Leaf" beside "Varn Leaf Foods": a body by the opening of its name, one that
    # opens on no given name
    body_names = [o.text.split() for o in occurrences if o.kind == "organization"]
    bodies_by_use |= {fold_text(o.text) for o in occurrences if o.kind == "person"
                      and _opens_a_body_name(o.text.split(), body_names)}
    bodies_by_use -= person_full | person_surnames
    works = {fold_text(o.text) for o in occurrences if len(o.text.split()) == 1 and
             o.start > 0 and doc[o.start - 1].is_lower and doc[o.start - 1].lemma_ in WORK_NOUNS
             } - person_full - person_surnames
    # "Varo Lund Hale chairman Ana Ruiz", "X, Varo Lund analyst,": a name of several words
    # with a staff job right after it employs someone, as does one a staff job is held at
    # ("an analyst covering Varn for Ana Lund")
    bodies_by_use |= {fold_text(o.text) for o in occurrences if o.kind == "person"
                      and len(o.text.split()) >= 2 and (_employer_before_role(
                          doc, o, _STAFF_WORDS, phrase_may_end=True)
                          or _employer_before_role(doc, o, _TEAM_POSITIONS)
                          or _workplace_of_someone(doc, o))} - person_surnames
    bodies_by_use |= {fold_text(o.text) for o in occurrences if o.kind == "person"
                      and _employer_before_role(doc, o, _PERFORMER_JOBS, phrase_may_end=True)
                      } - person_surnames
    # "Varnews' Ana Ruiz reports": one word, no given name, owning a person's full name
    bodies_by_use |= {fold_text(o.text) for o in occurrences if o.kind == "person"
                      and len(o.text.split()) == 1 and not _is_given(o.text)
                      and _owns_a_tagged_full_name(doc, o)} - person_surnames
    # "former Varnjet pilot Ana Ruiz": one word, no given name, before a job only a firm gives
    # (or several words, whatever they open with: "Cora Power CEO Ana Ruiz")
    bodies_by_use |= {fold_text(o.text) for o in occurrences if o.kind == "person"
                      and (len(o.text.split()) >= 2 or not _is_given(o.text))
                      and _employer_before_role(doc, o, _COMPANY_JOBS)} - person_surnames
    # (not "the Tavo Lund government": a name before what it leads is its leader's)
    bodies_by_use -= {fold_text(o.text) for o in occurrences if _leads_a_government(doc, o)}
    for index, occ in enumerate(occurrences):
        name = fold_text(occ.text)
        if name in bodies_by_use:
            occ.kind = "organization"
            settled.add(index)
        elif name in works_named:
            occ.kind = ""
            settled.add(index)
        elif name in person_surnames or name in person_full or \
                _titled_surname(occ.text) in person_surnames:
            occ.kind = "person"  # "Justice Varga" tagged a body, with "Ana Varga" named
            settled.add(index)
        elif _speaking_full_name(doc, occ, person_surnames):
            # "Tadeo Quiroga suggested ..." with "Quiroga said he ..." elsewhere: a name
            # the tagger filed as a body, whose surname the article uses for a person.
            occ.kind = "person"
            settled.add(index)
        elif len(occ.text.split()) == 1 and _speaking_token(doc[occ.end - 1]) and (
                name in tagged_surnames or occ.text[:1].isupper() and not occ.text.isupper()
                and any(misspelt_surname(name, surname) for surname in person_surnames)):
            # "According to Onanuga" after "Bayo Onanuga": the surname of a person named in
            # full, whatever kind the tagger gave this use of it, or that surname misspelt.
            occ.kind = "person"
            settled.add(index)
        elif name in first_names and len(occ.text.split()) == 1 and (
                _speaks(doc, occ) or _is_given(occ.text) and not is_place_name(occ.text)
                and not people_of_a_place(occ.text) and name not in peoples
                and sum(fold_text(full.split()[0]) == name for full in person_full) == 1):
            # "Park said" after "Park Seo-yeon": a name written family name first, by
            # its first word, saying something; "Becca's family" after "Becca Vane": the
            # given name of one person, used alone.
            occ.kind = "person"
            settled.add(index)
        elif occ.kind == "person" and len(occ.text.split()) == 1 and \
                name not in first_names and _told_by_sources(doc, occ):
            occ.kind = "organization"  # "officials told Vantage": the outlet reporting it
            settled.add(index)
        elif _speaking_unknown_place(doc, occ) and name not in openers:
            # "Verhoek said": a one-word 'place' no gazetteer knows, saying something, is
            # a surname the tagger took for a town (a known place saying it is the
            # government there: "Moscow said").
            occ.kind = "person"
            settled.add(index)
        elif name in bodies - first_names or occ.kind == "person" and \
                len(occ.text.split()) == 1 and name in one_word_bodies:
            occ.kind = "organization"
            settled.add(index)
        elif occ.kind == "person" and len(occ.text.split()) == 1 and \
                occ.text.lower() in _FAMILY_CALLS:
            occ.kind = ""  # "Dad drove us": what a family calls one of its own
            settled.add(index)
        elif occ.kind == "person" and name in openers and len(occ.text.split()) == 1 and \
                not is_place_name(occ.text):
            occ.kind = "organization"
            settled.add(index)
        elif occ.kind == "person" and name in things - first_names:
            occ.kind = ""
            settled.add(index)
        elif occ.kind == "person" and name in named_places and \
                not _speaking_token(doc[occ.end - 1]):
            occ.kind = "place"
            settled.add(index)
        elif occ.kind == "person" and name in works:
            occ.kind = ""  # "the comedy series Crumbs": the title of a work, wherever named
            settled.add(index)
        elif occ.kind == "person" and name not in first_names and (
                _bought_or_sold(doc, occ) or _workplace_of_someone(doc, occ)
                or len(occ.text.split()) == 1 and occ.end + 1 in full_name_starts
                and doc[occ.end].tag_ == "POS"):
            # "to buy Lumen", "an analyst at Varo", "Labour's Ana Ruiz": a business or a
            # party, which a person is not
            occ.kind = "organization"
            settled.add(index)
        elif occ.kind == "person" and len(occ.text.split()) == 1 and \
                doc[occ.start].tag_ == "VBG" and (doc[occ.start].dep_ in {"csubj", "ROOT"} or
                                                  doc[occ.start].is_sent_start):
            occ.kind = ""  # "Flushing away the doubts was ...": a verb opening a sentence
            settled.add(index)
        elif occ.kind == "person" and _MEMBER_FOR.match(occ.text) and \
                fold_text(occ.text.split()[0]) not in person_surnames | first_names:
            # "Maroa MP": the member for a seat, named by the seat
            occ.kind, occ.text, occ.end = "place", occ.text.split()[0], occ.end - 1
            occ.end_char = occ.start_char + len(occ.text)
            settled.add(index)
        elif occ.kind == "person" and name in teams - first_names:
            occ.kind = "organization"  # "Rovers are favourites to ...": a team, not a person
            settled.add(index)
        elif occ.kind == "person" and _place_evidence(doc, occ, first_names):
            occ.kind = "place"
        elif occ.kind == "person" and len(occ.text.split()) == 1 and occ.start > 0 and \
                name not in first_names:
            if doc[occ.start - 1].like_num:
                occ.kind = "place"  # "300 Slater": a street number
                settled.add(index)
            elif name not in person_surnames and _title_word_before(doc, occ) and \
                    occ.text.lower() in lower_words:
                occ.kind = ""  # "Premier Timber job cuts" and "the timber": a firm's name
                settled.add(index)
        elif occ.kind == "person" and not any(t.text[:1].isupper()
                                              for t in doc[occ.start:occ.end]):
            occ.kind = ""
            settled.add(index)

    # Each name's kind by majority over its corrected occurrences.
    votes: dict[str, Counter] = defaultdict(Counter)
    for occ in occurrences:
        if occ.kind:
            votes[fold_text(occ.text)][occ.kind] += 1
    for index, occ in enumerate(occurrences):
        if index in settled:
            continue
        name = fold_text(occ.text)
        single = len(occ.text.split()) == 1
        counts = votes[name]
        if not counts:
            continue
        if occ.kind != "person" and counts.get("person") and single and \
                _person_evidence(doc, occ):
            occ.kind = "person"
            continue
        best = max(counts.items(), key=lambda kv: (kv[1], -_KIND_PRIORITY[kv[0]]))[0]
        if best != occ.kind and counts[best] > counts[occ.kind]:
            occ.kind = best
    # "President Varo" once: the one word is a person's name wherever it stands alone
    titled = {fold_text(o.text) for o in occurrences if o.kind in {"person", "organization"}
              and len(o.text.split()) == 1 and _title_word_before(doc, o)}
    for index, occ in enumerate(occurrences):
        if index not in settled and occ.kind == "organization" and fold_text(occ.text) in titled:
            occ.kind = "person"
    _relabel_by_coordination(doc, occurrences, person_surnames | person_full)
    nationalities = {fold_text(o.text) for o in occurrences if o.label == "NORP"}
    for occ in occurrences:
        if occ.kind == "person":
            resident = occ.end < len(doc) and doc[occ.end].lower_ in _RESIDENT_WORDS
            # (or "Ms Varn" elsewhere: "Narva Varn" opening on a town's name is hers)
            occ.kind = _person_shape(occ.text, described=_described_before(doc, occ) or
                                     _after_honorific(doc, occ.start) or
                                     _tagged_after_role_a_body_may_have(doc, occ) or
                                     _named_after_description(doc, occ) or
                                     len(occ.text.split()) == 2 and
                                     fold_text(occ.text.split()[-1]) in honoured_surnames,
                                     resident=resident)
            if occ.kind == "person" and people_of_a_place(occ.text) and \
                    fold_text(occ.text) not in person_surnames and \
                    not _described_as_person(doc, occ):
                occ.kind = "group"  # "Sri Lankan", "Moldovan": the people of a place
        elif occ.kind in {"place", "organization"} and _is_nationality(occ, nationalities):
            occ.kind = "group"


def _employer_before_role(doc: Doc, occ: Occurrence,
                          roles: frozenset[str] | set[str] = ROLE_WORDS | DESCRIPTION_NOUNS,
                          phrase_may_end: bool = False) -> bool:
    """'Carter Lowe analyst Dan Ruiz': a name, then a job in roles and a person's name (or,
    with phrase_may_end, the end of the phrase: "X, Carter Lowe analyst,"): the employer,
    however much it reads like a name."""
    end = occ.end  # past words that rank the job: "Varn acting chief economist Ana Ruiz"
    while end < min(len(doc) - 1, occ.end + 2) and doc[end].is_lower and \
            doc[end].lower_ in _JOB_RANKS and doc[end + 1].is_lower:
        end += 1
    following = doc[end:end + 2]
    # the job in lower case, or a chief's letters ("Cora Power CEO Ana Ruiz")
    return len(following) == 2 and (following[0].is_lower or following[0].text in
                                     _CHIEF_LETTERS) and \
        following[0].lemma_.lower() in roles and (
            following[1].text[:1].isupper() or
            phrase_may_end and following[1].text in {",", "."})


def _staff_named_after(doc: Doc, occ: Occurrence) -> bool:
    """'Varco Hale's Dan Ruiz': a body's name owning a person's full name, the firm the
    person works for, however much it reads like a name itself."""
    owned = _two_words_owned(doc, occ)
    return owned is not None and _looks_like_person_name(owned.text)


def _owns_a_tagged_full_name(doc: Doc, occ: Occurrence) -> bool:
    """A name, its possessive mark, then two capitalised words the tagger calls a person."""
    owned = _two_words_owned(doc, occ)
    return owned is not None and all(t.ent_type_ == "PERSON" for t in owned) and \
        (owned.end >= len(doc) or doc[owned.end].ent_type_ != "PERSON")


def _two_words_owned(doc: Doc, occ: Occurrence) -> Span | None:
    """The two capitalised words right after a name and its possessive mark, if so."""
    owned = doc[occ.end + 1:occ.end + 3]
    return owned if occ.end < len(doc) and doc[occ.end].tag_ == "POS" and len(owned) == 2 \
        and all(t.is_title for t in owned) else None


def _opens_a_body_name(words: list[str], body_names: list[list[str]]) -> bool:
    """Whether a name of two words or more, opening on no given name, is the opening of a
    body's name whose other words are all words of bodies ("Varn Leaf" of "Varn Leaf
    Foods")."""
    return len(words) >= 2 and not _is_given(words[0]) and any(
        len(body) > len(words) and body[:len(words)] == words
        and all(w.lower() in ORG_WORDS for w in body[len(words):]) for body in body_names)


def _employs_staff_anywhere(doc: Doc, occ: Occurrence) -> bool:
    """A one-word name that, here or wherever else the article writes it (tagged or not),
    comes right before a staff job and a person's name ("Varco chief economist Ana Ruiz")."""
    return any(_employer_before_role(
        doc, Occurrence(t.i, t.i + 1, t.idx, t.idx + len(t), t.text, occ.kind), _STAFF_WORDS)
        for t in doc if t.text == occ.text)


def _names_a_building(doc: Doc, occ: Occurrence) -> bool:
    """'the Ana Varbek and Orlby mosques', 'the Ana Varbek mosque': a name that qualifies a place
    noun after it in lower case names the place."""
    head = doc[occ.end - 1].head
    return head.i >= occ.end and head.is_lower and head.tag_ in {"NN", "NNS"} and \
        head.lemma_ in PLACE_WORDS | _SETTLEMENT_WORDS and \
        doc[occ.end - 1].dep_ in {"compound", "nmod"}


def _modifies_a_person_noun(doc: Doc, occ: Occurrence) -> bool:
    """'the Varo Lund driver', 'a Varo Lund rider': a name between an article and a word for
    a person that it qualifies names a team or a firm; the person is the noun after it."""
    return _between_article_and_noun(doc, occ, ROLE_WORDS | DESCRIPTION_NOUNS)


def _between_article_and_noun(doc: Doc, occ: Occurrence, nouns: frozenset[str],
                              adjective: bool = False) -> bool:
    """'the Varo store', 'a Varo Lund rider': a name after an article (and an adjective, if
    allowed: "the iconic Varo plant"), qualifying the word in lower case right after it,
    one of nouns."""
    before = occ.start - 1
    if adjective and before > 0 and doc[before].tag_ == "JJ" and doc[before].is_lower:
        before -= 1
    return before >= 0 and doc[before].lower_ in {"the", "a", "an"} and \
        _qualifies_noun_after(doc, occ, nouns)


def _qualifies_noun_after(doc: Doc, occ: Occurrence, nouns: frozenset[str]) -> bool:
    """'Varby station', 'deputy Varn director': a name that qualifies the word in lower case
    right after it, one of nouns."""
    return occ.end < len(doc) and doc[occ.end].is_lower and doc[occ.end].lemma_ in nouns and \
        doc[occ.end - 1].head.i == occ.end


def _qualifies_title_after(doc: Doc, occ: Occurrence) -> bool:
    """'former Varby Gov. Ana Ruiz', 'Varby Mayor Ana Ruiz': a name right before a title
    that a name follows is the place or the body of the office, not a person described."""
    after = doc[occ.end:occ.end + 2]
    return len(after) == 2 and after[0].text[:1].isupper() and \
        after[0].lower_.rstrip(".") in TITLE_WORDS and after[1].pos_ == "PROPN"


def _given_name_cut_from_surname(doc: Doc, span: Span) -> bool:
    """A known given name of no place, tagged alone as a place or a body, right before an
    untagged proper noun: the tagger cut a person's name in two."""
    if len(span) != 1 or span.end >= len(doc) or span.label_ == "NORP" or \
            span[0].ent_type_ == "DATE" and span.text.lower() in _MONTHS or \
            not span.text.istitle() or not is_given_name(span.text) or \
            given_name_gender(span.text) not in {"male", "female"}:
        return False
    after = doc[span.end]
    # a place's name too only before an Irish surname no place is followed by ("Kerry O'Dea")
    irish = _IRISH_SURNAME.match(after.text) is not None
    return after.pos_ == "PROPN" and not after.ent_type_ and after.is_title and \
        (after.text.isalpha() and not is_place_name(span.text) or irish) and \
        fold_text(after.text) not in TITLE_WORDS | ROLE_WORDS


def _titled_surname(text: str) -> str | None:
    """'Justice Varga' -> 'varga': the folded surname after a title, with no given name."""
    words = text.split()
    if len(words) < 2 or words[0].lower().strip(".") not in TITLE_WORDS:
        return None
    person = split_person(text)
    return fold_text(person.surname) if person is not None and not person.given else None


def _shop_name(doc: Doc, occ: Occurrence) -> bool:
    """'Varo's said', 'Varo's will': a name with its "'s", the subject of a verb, or after
    "at" with nothing it owns, is a shop or a firm so named; a person's "'s" owns
    something."""
    after = doc[occ.end:occ.end + 2]
    if len(after) < 2 or after[0].tag_ != "POS":
        return False
    last = doc[occ.end - 1]
    # "met at Varo's on Main Street": a place one goes to, owning nothing after its "'s"
    return after[1].tag_ in {"VBD", "MD"} and last.dep_ in {"nsubj", "nsubjpass"} or \
        last.dep_ == "pobj" and last.head.lower_ in {"at", "outside", "inside"} and \
        after[1].pos_ in {"ADP", "PUNCT"}


def _after_body_word(doc: Doc, occ: Occurrence) -> bool:
    """'the charity Shelter', 'manufacturer Varo Lund': a kind of body, in lower case, right
    before the name (not 'the firm Ana Ruiz founded', where the name is someone doing
    something to the body)."""
    last = doc[occ.end - 1]
    following = doc[occ.end] if occ.end < len(doc) else None
    return occ.start > 0 and doc[occ.start - 1].is_lower and \
        doc[occ.start - 1].lemma_ in _ORG_DESCRIPTORS and \
        not (last.dep_ in {"nsubj", "nsubjpass"} and last.head.dep_ == "relcl") and \
        not (following is not None and following.pos_ == "VERB"
             and following.dep_ in {"relcl", "acl"})


def _known_by_given_name(doc: Doc, occ: Occurrence) -> bool:
    """'resident Mina, who ...', 'the widow Mina', 'Harbin local Mina said': a known given
    name alone, after a word only a person is or 'local' after a place, or followed by
    'who'; or '"...," said Mina': a given name of one sex only, and of no place, after the
    reporting verb it is the subject of (a firm named after its founder says things too, but
    rarely after the verb). Someone the article names by a first name only."""
    text = occ.text
    if len(text.split()) != 1 or not text[:1].isupper() or text.isupper():
        return False
    if _first_name_of(doc, occ):
        return True
    if not _is_given(text) or occ.label == "NORP" and (
            occ.end < len(doc) and doc[occ.end].text[:1].isupper() or _built_from_place(text)):
        return False  # nor "Christian Dame X": a party, tagged as one, before a name; nor
        # "Argentine winger X", a people's word the tagger calls one
    before = doc[occ.start - 1] if occ.start > 0 else None
    local = before is not None and before.lower_ == "local" and occ.start > 1 and \
        doc[occ.start - 2].pos_ == "PROPN"
    token = doc[occ.end - 1]
    # a place's name too, saying words in the first person singular ('"I ...," says Mina')
    speaking = _speaking_token(token) and token.dep_ in {"nsubj", "nsubjpass"} and \
        token.head.i < token.i and given_name_gender(text, certain=True) in {"male", "female"} \
        and (not is_place_name(text) or any(t.lower_ in {"i", "my", "me"}
                                            for t in doc[token.sent.start:token.head.i]))
    paired = [t.lower_ for t in doc[occ.end:occ.end + 2]]
    coupled = paired[:1] == ["and"] and paired[1:] in (["his"], ["her"])  # "Lev and his sister"
    if is_place_name(text) and token.dep_ in {"compound", "nmod"} and token.head.i > token.i:
        return speaking  # "the former Lyon police chief": the place qualifies the noun
    return local or speaking or coupled or _described_before(doc, occ) or \
        _followed_by_who(doc, occ)


def _paired_with_person(doc: Doc, occ: Occurrence, person_tokens: set[int]) -> bool:
    """'Lev and Mina bake': a known given name alone, of no place and no people, joined
    by 'and' to a person's name; after a word for kin in the plural ("sons Lev and
    Mina"), even one that names a place."""
    text = occ.text
    if occ.kind == "person" or len(text.split()) != 1 or not _is_given(text):
        return False
    if occ.start >= 3 and doc[occ.start - 1].lower_ == "and" and \
            occ.start - 2 in person_tokens and doc[occ.start - 3].tag_ == "NNS" and \
            doc[occ.start - 3].lemma_ in _KIN_WORDS:
        return True  # "lost daughters Ana and Varna": named as kin, whatever else it names
    if is_place_name(text) or people_of_a_place(text):
        return False
    return any(t.i in person_tokens for t in doc[occ.end - 1].conjuncts)


def _first_name_of(doc: Doc, occ: Occurrence) -> bool:
    """'gives only Nadia's first name': a name whose first name is spoken of."""
    following = [t.lower_ for t in doc[occ.end:occ.end + 3]]
    return len(following) == 3 and following[0] in {"'s", "’s"} and \
        following[1] in {"first", "given"} and following[2] in {"name", "names"}


def _told_by_sources(doc: Doc, occ: Occurrence) -> bool:
    """'diplomats with knowledge of the talks told Vantage': the one told, when plural
    common nouns tell it, is the outlet that reports it."""
    token = doc[occ.end - 1]
    if token.dep_ not in {"dobj", "dative"} or token.head.lemma_.lower() != "tell":
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in token.head.children)


def _speaking_unknown_place(doc: Doc, occ: Occurrence) -> bool:
    """'Verhoek said': a one-word name tagged as a place, in title case, that no gazetteer
    knows and that is no people of a place, as the subject of a reporting verb."""
    text = occ.text
    if occ.kind != "place" or occ.label != "GPE" or len(text.split()) != 1 or \
            not text[:1].isupper() or text.isupper() or is_place_name(text) or \
            people_of_a_place(text) or _DEMONYM.search(text):
        return False
    token = doc[occ.end - 1]
    if any(_body_noun_after_comma(doc, t.i) for t in doc if t.text == text):
        return False  # "Varnol, the state energy firm": a body wherever it speaks
    # "Varnet reported that ...": what reports or publishes is an outlet more than a person
    return _speaking_token(token) and token.head.lemma_.lower() not in _PUBLISHING_VERBS


def _body_noun_after_comma(doc: Doc, i: int) -> bool:
    """'Varnol, the largest energy firm in Norland': the word at i set beside a noun phrase
    naming a kind of body, however the parser hung it."""
    if doc[i + 1:i + 2].text != ",":
        return False
    for token in doc[i + 2:i + 8]:
        if token.tag_ not in {"DT", "JJ", "JJS", "NN", "RBS"}:
            return False
        if token.tag_ == "NN" and token.lemma_ in _BODY_NOUNS and \
                (token.i + 1 == len(doc) or doc[token.i + 1].tag_ != "NN"):
            return True
    return False


def _is_nationality(occ: Occurrence, tagged: set[str]) -> bool:
    """'Estonian', 'Israelis': a one-word demonym, never a place, whatever the tag said."""
    if len(occ.text.split()) != 1 or is_place_name(occ.text):
        return False
    return fold_text(occ.text) in tagged or bool(_DEMONYM.search(occ.text))


def people_of_a_place(text: str) -> bool:
    """'Moldovan', 'Sri Lankans', 'Brazilian', 'Pakistani': a word for the people of a place
    the gazetteer knows, built from its name, and not itself a given name."""
    words = text.split()
    if not words or len(words) == 1 and _is_given(text):
        return False
    return _built_from_place(text)


def _built_from_place(text: str) -> bool:
    """'Moldovan', 'Argentine': a word built from a place's name as peoples' names are."""
    if fold_text(text) in IRREGULAR_DEMONYMS:
        return True
    word = text[:-1] if text.endswith("s") and not text.endswith("ss") else text
    stems = []
    if word.endswith(("n", "i")):
        stems.append(word[:-1])  # Moldova-n, Pakistan-i
    if word.endswith("ian"):
        stems += [word[:-3], word[:-3] + "a", word[:-3] + "e"]  # Brazil-ian, Canad(a)-ian,
        # Ukrain(e)-ian
    if word.endswith("ese"):
        stems.append(word[:-3])  # Sudan-ese
    stems += [word + "istan", word + "stan"]  # Afghan-istan, Kazakh-stan
    if word.endswith("ine") and not is_place_name(word):
        stems.append(word[:-1] + "a")  # Argentin(a)-e
    return any(len(stem) >= 3 and is_place_name(stem) for stem in stems)


def _team_with_the(doc: Doc, occ: Occurrence) -> bool:
    """'the Harbin Otters', 'the Otters' coach': a name in the plural taking "the" as its
    own article is a team or a band, never a person (who takes "the" only as a modifier:
    "the Ruiz family")."""
    last = doc[occ.end - 1]
    owned = occ.end < len(doc) and doc[occ.end].text in {"'", "’", "'s", "’s"}
    return occ.start > 0 and doc[occ.start - 1].lower_ == "the" and \
        last.tag_ in {"NNP", "NNPS", "NNS"} and last.text.endswith("s") and \
        not last.text.endswith(("ss", "us", "is")) and doc[occ.start - 1].head.i == last.i and \
        (last.dep_ not in {"compound", "amod", "nmod"} or owned)


def _names_a_party(doc: Doc, occ: Occurrence) -> bool:
    """'the Varn parliamentary party', 'a Varn Ruiz government': the name, just before
    'party', 'government' or 'coalition', modifies it."""
    last = doc[occ.end - 1]
    head = last.head
    return last.dep_ in {"compound", "nmod", "amod"} and occ.end <= head.i <= occ.end + 1 and \
        head.lemma_ in {"party", "government", "coalition"} and head.is_lower


def _leads_an_administration(doc: Doc, occ: Occurrence) -> bool:
    """'under the Varco administration', 'the Varco and Orlan administrations': a one-word
    name, no place's unless the tagger took it for a person's, for the person whose
    administration it is (the tagger often takes it for a country's)."""
    first = doc[occ.end - 1]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "Orlan" of "the Varco and Orlan administrations"
    noun = first.head
    return noun.lower_ in {"administration", "administrations"} and noun.i >= occ.end and \
        all(t.pos_ == "PROPN" or t.lower_ in {"and", ","} for t in doc[first.i:noun.i]) and \
        first.dep_ in {"compound", "nmod", "amod"} and \
        occ.text.istitle() and occ.text.isalpha() and \
        (occ.label == "PERSON" or not is_place_name(occ.text)) and \
        fold_text(occ.text) not in ORG_WORDS | PLACE_WORDS


def _after_honorific(doc: Doc, start: int) -> bool:
    """'Mr Varo', 'Dr. Varo': a name right after an honorific only a person has; not one in
    capitals before a word that is not ("DR Varnia": initials of a country's name)."""
    if start == 0 or doc[start - 1].lower_.rstrip(".") not in _HONORIFICS:
        return False
    before = doc[start - 1].text
    return not (len(before) >= 2 and before.isupper() and not doc[start].text.isupper())


def _described_before(doc: Doc, occ: Occurrence) -> bool:
    """'actress Marta de Vigo', 'Minister Ana Cruz', '15-year-old Tomas Berg': a word only a
    person is, or an age, written just before the name (not "deputy Varn director": the field
    of a job named after it)."""
    if _qualifies_noun_after(doc, occ, ROLE_WORDS) or _qualifies_title_after(doc, occ):
        return False
    return _aged_before(doc, occ) or occ.start > 0 and _person_word(doc[occ.start - 1]) or \
        role_of_a_field(doc, occ.start) is not None


def _tagged_after_role_a_body_may_have(doc: Doc, occ: Occurrence) -> bool:
    """'party leader Narva Orlo' tagged a person: a role a body may also have ("market
    leader"), in lower case, before a name the tagger read as a person's."""
    return occ.label == "PERSON" and occ.start > 0 and doc[occ.start - 1].is_lower and \
        doc[occ.start - 1].lower_ in _ORG_ROLES


def _owned_person_word_before(doc: Doc, occ: Occurrence) -> bool:
    """'her great-uncle Tavek', "Lena's eldest son Tavek": a name right after a word only a
    person is, in lower case, that a pronoun or a name owns (not a people's name: "her
    fellow Varnian")."""
    if occ.start == 0 or occ.label == "NORP" or not doc[occ.start - 1].is_lower or \
            not _person_word(doc[occ.start - 1]):
        return False
    for token in reversed(doc[max(0, occ.start - 5):occ.start - 1]):
        if token.lower_ in _POSSESSIVE_PRONOUNS or token.tag_ == "POS":
            return True
        if not (token.is_lower and token.tag_ in {"JJ", "JJS", "NN"} or token.tag_ == "HYPH"):
            return False
    return False


def _title_word_before(doc: Doc, occ: Occurrence) -> bool:
    """'President Varo', 'Minister Ana Ruiz': a capitalised word only a person is, right
    before the name."""
    return occ.start > 0 and doc[occ.start - 1].text[:1].isupper() and \
        _person_word(doc[occ.start - 1])


def _person_word(token: Token) -> bool:
    """A word only a person is, or people are ("councillors X and Y")."""
    word = token.lemma_.lower() if token.tag_ == "NNS" else token.lower_.rstrip(".")
    if token.is_lower and word in _TITLE_HALVES:
        return False  # "his first Varn summit": half of a title, in lower case, is none
    return word in (ROLE_WORDS | DESCRIPTION_NOUNS | TITLE_WORDS) - _ORG_ROLES


def _titled_in_plural(doc: Doc, occ: Occurrence) -> bool:
    """'Presidents Varo and Lund': a name joined to one after a title in the plural."""
    root = doc[occ.end - 1]
    return root.dep_ == "conj" and any(
        c.dep_ == "compound" and c.text[:1].isupper() and c.lower_.endswith("s")
        and c.lower_[:-1] in TITLE_WORDS | ROLE_WORDS for c in root.head.children)


def role_of_a_field(doc: Doc, start: int) -> int | None:
    """'director of operations Ana Ruiz', 'head of public health Ana Ruiz': a role, "of" and
    the field in one or two lower-case words, just before the name (or before the body's
    name the field names: "head of the union Varbond Ana Ruiz"); where the role starts."""
    if start >= 2 and _is_name_token(doc[start - 1]) and doc[start - 2].is_lower and \
            doc[start - 2].lemma_ in _BODY_KINDS:
        start -= 1
    for width in (1, 2):
        field = doc[max(start - width, 0):start]
        if start - width < 2 or not all(t.is_lower and t.tag_ in {"NN", "NNS", "JJ"}
                                        for t in field):
            return None
        if doc[start - width - 1].lower_ == "of":
            role = start - width - 2
            # "head" alone is also a body's ("head office"), never with "of" and a field;
            # "the mother of the late X" is somebody else's, not X's role
            return role if (_person_word(doc[role]) or doc[role].lower_ == "head") and \
                doc[role].lemma_.lower() not in _KIN_WORDS else None
    return None


def _aged_before(doc: Doc, occ: Occurrence) -> bool:
    """'15-year-old Tomas Berg' (not "a 2-year-old X girl")."""
    return occ.start >= 3 and doc[occ.start - 1].lower_ == "old" and \
        doc[occ.start - 2].text == "-" and doc[occ.start - 3].lower_ == "year" and \
        doc[occ.end - 1].dep_ not in {"compound", "amod", "nmod"}


def _person_shape(text: str, described: bool = False, resident: bool = False) -> str:
    """The kind a 'person' really has, judged by the shape of its name.

    An acronym is an organisation; a name ending in an organisation or place word
    ("... Institute", "... Gardens") is one, unless it is two words starting with a given
    name ("Linda Park"); a known place name is a place; a name opening with a place that is
    no given name ("Oslo Rovers") or named after one ("Banco de Chile") is an organisation,
    unless described is set: a word only a person is came just before it. A storm
    ("Cyclone Vera") is no actor; one word before "resident", "native" or "local" is a place.
    """
    if _CODE_NAME.search(text):
        return ""  # "COVID-19", "G7": no one's name has digits in a word
    if _WEB_ADDRESS.search(text):
        return "organization"  # "Varnpost.at", "News.com": a website
    if text.lower() in _ILLNESS_NAMES:
        return ""
    if " " not in text and len(text) > 4 and text.lower().endswith("exit"):
        return ""  # "Brexit", "Grexit": a country leaving a union, no one's name
    if text.lower() in PLATFORM_NAMES:
        return "organization"  # "on Twitter"
    if _opens_with_particle(text):
        return "person"  # "van Aalst": a surname with its particle, written in lower case
    words = text.replace("-", " ").split()
    if len(words) == 1 and len(text) >= 2 and (text.isupper() or _INNER_ACRONYM.search(text)):
        return "organization"  # "NATO", "OpenAI", "DonNU", "RocketX"
    if len(words) == 1 and text.lower() in _BODIES_ALONE:
        return "organization"  # "the Garda", "Cabinet": a body, never a surname
    if len(words) == 1 and (camel := _CAMEL_CASE.fullmatch(text)) is not None and \
            camel.group(1).lower() not in _CAMEL_NAME_PREFIXES:
        return "organization"
    words = [w for w in words if fold_text(w).replace(" ", "") not in NAME_SUFFIXES] or words
    if sum(w[:1].isupper() and fold_text(w).strip(".") not in TITLE_WORDS
           for w in words) > _MAX_NAME_WORDS:
        return ""  # "Acme 3 Tier Heated Indoor Clothes Airer": a product, a title
    if len(words) >= 2 and words[0].lower() in _FOREIGN_ARTICLES and not described:
        return "organization"  # "La Petite Grange", "Der Kurier": a title or a brand
    if len(words) >= 2 and words[0].lower() in _NUMBER_WORDS:
        return "organization"  # "Two Nations senator X": a party
    if len(words) >= 2 and words[0].lower() in _CAMPAIGN_VERBS:
        return "organization"  # "a Save Varn Lake petition", "Radio Free Varnia": a cause's
    if len(words) >= 2 and words[0].lower() in _PLACE_OPENERS:
        return "place"  # "Lac Orvand", "Mount Aldo", "Co Varn"
    if len(words) >= 2 and words[0].lower() in _STORM_WORDS:
        return ""  # "Cyclone Vera": a storm, named like a person
    if len(words) >= 2 and words[-1].lower() in _HONOUR_WORDS:
        return ""  # "the Ruiz Prize", "a Lena Award": an honour named after someone
    if len(words) == 1 and resident:
        return "place"  # "Lyme resident X": where someone lives
    if len(words) >= 2 and (_ACRONYM_PLURAL.match(words[-1]) or
                            words[-1].lower() in _PEOPLES_OF_A_PLACE):
        return "group"  # "Welsh Labour MPs", "Varn Islanders"
    # "Varn ISD", "Harbin FC": a body's initials end no name (one set all in capitals,
    # "ANA VARO", is a name all the same)
    if len(words) >= 2 and len(words[-1]) >= 2 and words[-1].isupper() and \
            not words[0].isupper() and not _ROMAN_NUMERAL.match(words[-1]):
        return "organization"
    last = words[-1].lower().strip(".")
    given = _is_given(words[0])
    if len(words) >= 2 and last in _STREET_ABBREVIATIONS and words[-1][:1].isupper():
        return "place"
    if last in CLUB_WORDS:
        return "organization"  # "Darby Wanderers", "Rovers": a club, whatever comes first
    if len(words) >= 2 and last in _NEVER_SURNAMES:
        return "organization"  # "Logan Elementary": no "Linda Park" however it opens
    if len(words) >= 2 and (len(words) >= 3 or not given):
        if last in ORG_WORDS:
            return "organization"
        if last in PLACE_WORDS:
            return "place"
    if len(words) == 2 and given and last in PLACE_WORDS - _SURNAME_PLACE_WORDS:
        return "place"  # "Vera Station": no one's surname, whatever the first word
    if len(words) >= 2 and is_place_name(text):
        return "place"
    if described:
        return "person"  # "actress Marta de Vigo": no bank of a Vigo
    if not given and any(w.lower() in _PLACE_PARTICLES and is_place_name(" ".join(words[i + 1:]))
                         for i, w in enumerate(words[1:-1], start=1)):
        return "organization"  # "Banco de Chile", "Bank of Estonia": named after a place
    if len(words) >= 2 and not given and is_place_name(words[0]) and not words[0].isupper():
        return "organization"
    return "person"


def _looks_like_person_name(text: str, *, world: bool = False) -> bool:
    """Two or three capitalised words starting with a known given name, no org/place word.

    With world, the given name may be one only the world's list of names knows, which also
    holds family names: fit only for a name that speaks ("Varsha Anand said")."""
    words = text.replace("-", " ").split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    lowered = {w.lower().strip(".") for w in words}
    if lowered & (ORG_WORDS | PLACE_WORDS | TITLE_WORDS) or _ACRONYM_PLURAL.match(words[-1]) \
            or len(words[-1]) >= 2 and words[-1].isupper() and not words[0].isupper() \
            and not _ROMAN_NUMERAL.match(words[-1]):
        return False  # nor "Christian MPs", "Harbin LRT"
    if len(words) >= 3 and is_place_name(" ".join(words[:2])):
        return False  # "San Marco Rovers": named after a town of two words
    if len(words) >= 3 and any(people_of_a_place(w) for w in words[1:-1]):
        return False  # "Keep Welsh Farming": a people's word inside is a campaign's name
    if words[-1].rstrip(".") in {"No", "Nos"}:
        return False  # "Ward No. 14", "Gate No 4": a numbered thing
    first = text.split()[0].split("-")[0]
    return _is_given(first) or world and is_world_given_name(first)


def _initialled_name(text: str) -> bool:
    """'R.J. Malden': initials with their dots before a capitalised word, and not the
    abbreviation of a country or a state ("U.S. Steel")."""
    match = _INITIALS_NAME.match(text)
    return match is not None and not is_place_code(match.group(1).replace(".", "")) and \
        not {w.lower() for w in text.split()} & (ORG_WORDS | PLACE_WORDS)


def _is_given(word: str) -> bool:
    """A known given name; a word in capitals ("EVA Air", "AI Digest") is an acronym,
    not the given name it spells."""
    return is_given_name(word) and not (len(word) > 1 and word.isupper())


def _described_as_person(doc: Doc, occ: Occurrence) -> bool:
    """'X Radio, a chemistry researcher at Z, says', 'Mina, a nursing student, said':
    one to three capitalised words, none of a place and not an acronym, in apposition to
    'a/an' and a word only a person can be (not "a partner")."""
    words = occ.text.replace("-", " ").split()
    if not all(w[:1].isupper() for w in words) or is_place_name(occ.text) or \
            len(words) == 1 and occ.text.isupper() or \
            {w.lower().strip(".") for w in words} & (PLACE_WORDS | TITLE_WORDS):
        return False
    if occ.end + 1 < len(doc) and doc[occ.end].text == "," and \
            _described_after_comma(doc, occ.end + 1):
        return True  # "like Ana, another shopper at ...", the parser hanging it elsewhere
    return any(child.dep_ == "appos" and (_person_noun(child) or _bare_role_of(child))
               for child in doc[occ.end - 1].children)


def _sworn_in_as_title(doc: Doc, occ: Occurrence) -> bool:
    """'the swearing-in of Ana Varn as the Director of ...', 'named Varn as Secretary': a
    name taking an office by its capitalised title after "as" is a person's."""
    i = occ.end
    if i >= len(doc) or doc[i].lower_ != "as":
        return False
    i += 1
    while i < len(doc) and doc[i].lower_ in {"the", "its", "new", "next"}:
        i += 1
    return i < len(doc) and doc[i].is_title and fold_text(doc[i].text) in TITLE_WORDS


def _vessel_prefix(doc: Doc, occ: Occurrence) -> bool:
    """'MV Varna', 'the HMS Varna': a ship's prefix opening the name or right before it."""
    first = occ.text.split()[0]
    return first in _VESSEL_PREFIXES or occ.start > 0 and doc[occ.start - 1].text in \
        _VESSEL_PREFIXES


def _acronym_led(text: str) -> bool:
    """'VBN Varco': a name opening on an acronym of three letters or more that is no given
    name, and going on in lower case: a body's or a brand's, no person's."""
    words = text.split()
    return len(words) >= 2 and words[0].isalpha() and words[0].isupper() and \
        len(words[0]) >= 3 and not words[-1].isupper() and not _is_given(words[0]) and \
        words[-1].rstrip(".").lower() not in {"jr", "sr"}


def _bare_role_of(noun: Token) -> bool:
    """'media consultant of Varco Group': a post only a person holds, with no article or
    with "the", held at or for a body named after it."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in ROLE_WORDS - _ORG_ROLES and \
        all(c.lower_ == "the" for c in noun.children if c.dep_ in {"det", "poss"}) and \
        any(c.dep_ == "prep" and c.lower_ in {"of", "at", "for"} for c in noun.children)


def _titled_name(doc: Doc, occ: Occurrence) -> bool:
    """'his ex-girlfriend Lacy Dorne', 'prosecutor Tim Vale': capitalised words of no known
    place, with no word of a place or a body, after a word only a person is."""
    words = occ.text.split()
    return _described_before(doc, occ) and all(w[:1].isupper() for w in words) and \
        not is_place_name(occ.text) and \
        not {w.lower().strip(".") for w in words} & (ORG_WORDS | PLACE_WORDS)


def _aged(doc: Doc, occ: Occurrence) -> bool:
    """'Ramon, 18, left school', 'Mina, eight,': a name followed by an age between commas."""
    match = _AGE_AFTER.match(doc.text, occ.end_char)
    age = match.group(1) if match is not None else ""
    age = int(age) if age.isdigit() else _AGE_WORDS.get(age, 0)
    return 0 < age <= _MAX_AGE and all(w[:1].isupper() for w in occ.text.split()) and (
        not is_place_name(occ.text) or _is_given(occ.text.split()[0]))


def _named_after_description(doc: Doc, occ: Occurrence) -> bool:
    """'A teenaged customer at the stall, Nasra, came ...', 'his wife, Lena,', 'another
    brother, Tavek,', 'a man called Nasra': one to three capitalised words, none of a
    place, in apposition after a word only a person can be, or called so after one."""
    words = occ.text.replace("-", " ").split()
    root = doc[occ.end - 1]
    if len(words) <= 3 and occ.start >= 4 and doc[occ.start - 1].text == "," and \
            [t.lower_ for t in doc[occ.start - 4:occ.start - 1]] == ["year", "-", "old"]:
        return True  # "my six-year-old, Tavek,": a child, whatever else the name is
    if 2 <= len(words) <= 4 and occ.start >= 3 and doc[occ.start - 1].lower_ == "of" and \
            doc[occ.start - 2].lower_ in _REMAINS_WORDS and doc[occ.start - 3].lower_ == "the" \
            and all(w[:1].isupper() for w in words) and \
            not {w.lower().strip(".") for w in words} & (ORG_WORDS | PLACE_WORDS):
        return True  # "the body of Ivo Tavo Varn Berg was recovered": a person's remains
    if len(words) > 3 or not all(w[:1].isupper() for w in words) or \
            is_place_name(occ.text) or \
            {w.lower().strip(".") for w in words} & (ORG_WORDS | PLACE_WORDS | TITLE_WORDS):
        return False
    if occ.start >= 2 and doc[occ.start - 1].lower_ in {"called", "named"} and \
            doc[occ.start - 2].lemma_.lower() in DESCRIPTION_NOUNS:
        return True  # "a man called Tavek"
    if occ.start >= 2 and doc[occ.start - 1].lower_ == "as" and _is_given(words[0]) and \
            any(t.lemma_.lower() == "identify" and t.pos_ == "VERB"
                for t in doc[max(0, occ.start - 6):occ.start - 1]):
        return True  # "a worker identified only as Tavek", "identified by police as Ana"
    if occ.start >= 2 and occ.end < len(doc) and doc[occ.start - 1].text == "(" and \
            doc[occ.end].text == ")" and doc[occ.start - 2].is_lower and \
            _person_word(doc[occ.start - 2]) and len(words) >= 2:
        return True  # "the chairman (Tavek Lund)"
    nouns = [root.head] if root.dep_ == "appos" and root.head.i < occ.start else []
    if occ.start >= 2 and occ.end < len(doc) and doc[occ.start - 1].text == "," and \
            doc[occ.end].text == ",":
        nouns.append(doc[occ.start - 2])  # "Lena's father, Tavek," however the parser hung it
    return any(_person_noun(noun, {"his", "her", "their", "another"}) or
               _person_noun(noun, owned=True) for noun in nouns)


def _person_noun(noun: Token, determiners: frozenset[str] | set[str] = frozenset(),
                 owned: bool = False) -> bool:
    """'a chemistry researcher', 'a customer': a singular noun only a person can be (not
    "a partner"), with 'a', 'an' or one of determiners; or, owned, with a name owning it
    ("Lena's mother")."""
    return (noun.tag_ == "NN" or noun.tag_ == "NNP" and noun.text.isupper()) and \
        noun.lemma_.lower() in (ROLE_WORDS | DESCRIPTION_NOUNS) - _ORG_ROLES and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" if owned else
            c.dep_ in {"det", "poss"} and c.lower_ in {"a", "an", *determiners}
            for c in noun.children)


def _spoken_of_as_someone(doc: Doc, occ: Occurrence) -> bool:
    """'Trevan Obuya, who could leave in the summer', 'Obo Rantau said he would', 'the
    niece of Ivo Brann': two or three capitalised words, no place, organisation or title
    word among them, followed by 'who', the subject of a clause that goes on about 'he' or
    'she', or a relative's, after a kin word and 'of' or 'to'."""
    words = occ.text.replace("-", " ").split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or \
            is_place_name(occ.text) or {w.lower().strip(".") for w in words} & (
                ORG_WORDS | PLACE_WORDS | TITLE_WORDS) or _pronoun_owned(doc, occ.start):
        return False  # (not "within his own Varn Office who ...": a thing of his)
    kin = occ.start > 1 and doc[occ.start - 1].lower_ in {"of", "to"} and \
        doc[occ.start - 2].lemma_.lower() in _KIN_WORDS | {"family"}
    return kin or _followed_by_who(doc, occ) or (
        occ.kind == "organization" and _clause_goes_on_about_him_or_her(doc, occ, set()))


def _pronoun_owned(doc: Doc, start: int) -> bool:
    """'their Varn Board', 'his own Varn Office': a name a pronoun owns."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return bool(before) and (before[-1] in _POSSESSIVE_PRONOUNS or
                             before[-2:] in ([p, "own"] for p in _POSSESSIVE_PRONOUNS))


def _referred_to_as_person(doc: Doc, occ: Occurrence, known_people: set[str]) -> bool:
    """'Lindgren said he ...', 'Lindgren proclaimed himself ...': a one-word 'organisation'
    whose own clause goes on about 'he' or 'she', with nobody else named in between."""
    if occ.kind != "organization" or len(occ.text.split()) != 1 or occ.text.isupper():
        return False
    if occ.text.lower() in ORG_WORDS or is_place_name(occ.text):
        return False
    return _clause_goes_on_about_him_or_her(doc, occ, known_people)


def _clause_goes_on_about_him_or_her(doc: Doc, occ: Occurrence,
                                     known_people: set[str]) -> bool:
    """The name is the subject of a verb whose clause goes on with 'he' or 'she' as a
    subject below it, or 'himself' / 'herself', and no one else is named in between."""
    token = doc[occ.end - 1]
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.pos_ != "VERB":
        return False
    for later in doc[occ.end:token.sent.end]:
        if later.ent_type_ == "PERSON" or fold_text(later.text) in known_people:
            return False  # someone else named in between may be the 'he'
        if later.lower_ in {"he", "she"} and later.dep_ in {"nsubj", "nsubjpass"} and \
                token.head in later.ancestors:
            return True
        if later.lower_ in {"himself", "herself"} and later.head == token.head:
            return True
    return False


def _place_evidence(doc: Doc, occ: Occurrence, first_names: set[str]) -> bool:
    """A 'person' that reads as a place.

    Any name right after a settlement noun or its "of" ("the town of X", "the party town X
    Y", "Strait of X"); a one-word name after 'the' or 'in', or a known place that no full
    name in the article uses as a first name ("Devon" is a county unless a "Devon Smith" is
    named).
    """
    before = doc[occ.start - 1] if occ.start > 0 else None
    if before is None:
        return False
    if _after_place_noun(doc, occ) or _JOINED_PLACE.match(doc.text, occ.end_char):
        return True
    if _qualifies_noun_after(doc, occ, PLACE_WORDS):
        return True  # "at Varby station", "the Varby bridge": a place's name, written before
    if len(occ.text.split()) > 1:
        return False
    if before.lower_ in _PLACE_PREPOSITIONS | {"the"}:
        return True
    if before.text == "," and occ.start > 1 and len(occ.text) <= 5 and (
            doc[occ.start - 2].ent_type_ == "GPE" and doc.text[occ.end_char:occ.end_char + 1]
            == "." or doc[occ.start - 2].text[:1].isupper()
            and doc.text[occ.end_char:occ.end_char + 2] == ".,"):
        # "Kingston, Ont.", "Dayton, Ky.", "Varnby-Lund, Que., a seat": a state or province
        # abbreviated
        return True
    return is_place_name(occ.text) and fold_text(occ.text) not in first_names and \
        not _aged(doc, occ) and not _described_before(doc, occ)  # not "baby Regina"


def _venue(doc: Doc, occ: Occurrence) -> bool:
    """'won at Lina Berg', the tagger calling it a building or a body: a ground, a club or
    a hall named after someone, not the person."""
    return occ.label in {"FAC", "ORG"} and occ.start > 0 and doc[occ.start - 1].lower_ == "at"


def _brand_of(doc: Doc, occ: Occurrence) -> bool:
    """'inside the Varo store', 'a Varo plant', 'the Varo boss added': a name between an
    article and a word for a shop, a works or a post in a body names the business or the
    body."""
    return _between_article_and_noun(doc, occ, _BUSINESS_NOUNS | _STAFF_WORDS, adjective=True)


def _in_address(doc: Doc, occ: Occurrence) -> bool:
    """'in Dock Row, Varn, Eastshire': a one-word name tagged a place between commas
    after another name, as an address lists a street, a town and a county."""
    if occ.label not in {"GPE", "LOC"} or occ.start < 2 or occ.end >= len(doc):
        return False
    return doc[occ.start - 1].text == "," and doc[occ.start - 2].text[:1].isupper() and \
        doc[occ.end].text == ","


def _bought_or_sold(doc: Doc, occ: Occurrence) -> bool:
    """'agreed to buy Lumen', 'Varo was acquired': what is bought or sold is a business."""
    token = doc[occ.end - 1]
    return token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in _TRADE_VERBS


def _workplace_of_someone(doc: Doc, occ: Occurrence) -> bool:
    """'an analyst at Varo', 'a professor at Lumen', 'an analyst covering Varn for Ana
    Lund': where someone with a role works (with "for", a staff job: "a lawyer for X" or
    "a spokesman for X" may act for a person)."""
    token = doc[occ.end - 1]
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in {"at", "for"}:
        return False
    noun = preposition.head
    if preposition.lower_ == "for" and noun.dep_ == "acl" and noun.tag_ == "VBG":
        noun = noun.head  # "an analyst covering Varn for ..."
    roles = ROLE_WORDS if preposition.lower_ == "at" else _STAFF_WORDS
    return noun.lemma_.lower() in roles and noun.tag_ == "NN"


def _plural_subject(doc: Doc, occ: Occurrence) -> bool:
    """One word ending in "s", alone the subject of a verb in the plural ("Rovers are",
    "Rovers were beaten") or of one whose object "their" owns ("Rovers took their chance"):
    a team or a firm, where a person would take "is", "was" or "his"."""
    root = doc[occ.end - 1]
    if occ.end - occ.start != 1 or not root.lower_.endswith("s") or \
            root.dep_ not in {"nsubj", "nsubjpass"} or \
            any(c.dep_ in {"conj", "appos"} for c in root.children) or \
            occ.end < len(doc) and doc[occ.end].lower_ in {",", "and", "&", "or"}:
        return False  # "X, senators slam ...": a list, however it was parsed
    verb = root.head
    verbs = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs) or any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ == "their" for g in c.children)
        for c in verb.children)


def _owns_with_its(doc: Doc, occ: Occurrence) -> bool:
    """'Varn kept its lead': one word, the subject of a clause that goes on
    about it as "its" (not in a clause with a subject of its own): a team, a school or a
    firm, never a person."""
    root = doc[occ.end - 1]
    if occ.end - occ.start != 1 or root.dep_ != "nsubj":
        return False
    verb = root.head
    return any(token.i > root.i and token.lower_ in {"its", "itself"} and next(
        (a for a in token.ancestors if any(c.dep_ in {"nsubj", "nsubjpass"} for c in a.children)),
        None) == verb for token in verb.subtree)


def _says_it(doc: Doc, occ: Occurrence) -> bool:
    """'Varco says it plans to appeal ...': one word, the subject of a verb of speech whose
    reported clause has "it" for the subject of a verb of intent, which only the speaker can
    be (not "X said it was not the final offer")."""
    root = doc[occ.end - 1]
    return occ.end - occ.start == 1 and root.dep_ == "nsubj" and \
        reports_speech(root.head) and any(
            c.dep_ == "ccomp" and c.lemma_ in _VERBS_OF_INTENT and
            any(g.dep_ == "nsubj" and g.lower_ == "it" for g in c.children)
            for c in root.head.children)


def _after_place_noun(doc: Doc, occ: Occurrence) -> bool:
    """'the town of X', 'Strait of X', 'the party town X Y': a name a place noun announces;
    or 'X subdistrict', 'X region': one that names a place noun it comes before."""
    if occ.end < len(doc) and (after := doc[occ.end]).is_lower and \
            after.lower_ in _SETTLEMENT_WORDS and doc[occ.end - 1].head == after:
        return True
    if occ.start == 0:
        return False
    before = doc[occ.start - 1]
    noun = doc[occ.start - 2] if before.lower_ == "of" and occ.start > 1 else before
    if noun is before and occ.start > 2 and doc[occ.start - 2].lower_ == "of" and \
            doc[occ.start - 3].lower_ in ROLE_WORDS:
        return False  # "secretary of state X", "head of state X": an office before a name
    if noun is not before and noun.lower_ in _PARTS_OF_A_PLACE:
        return True
    if before.text in _STREET_OPENERS and not before.is_sent_start:
        return True
    return noun.lower_ in PLACE_WORDS | _SETTLEMENT_WORDS and (noun.is_lower or noun is not before)


def _person_evidence(doc: Doc, occ: Occurrence) -> bool:
    """A name the tagger also called a person, here the subject of a verb or titled."""
    token = doc[occ.end - 1]
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        return True
    before = doc[occ.start - 1] if occ.start > 0 else None
    return before is not None and before.lower_ in TITLE_WORDS


def _speaking_full_name(doc: Doc, occ: Occurrence, person_surnames: set[str]) -> bool:
    words = occ.text.split()
    return occ.kind != "person" and len(words) in (2, 3) and \
        fold_text(words[-1]) in person_surnames and all(w[:1].isupper() for w in words) and \
        not {w.lower() for w in words} & (ORG_WORDS | PLACE_WORDS) and _speaks(doc, occ)


def _named_with_the(doc: Doc, occ: Occurrence) -> bool:
    """'the Vera Night Line on ...': a name taking "the" as its own article, not only as
    a modifier of a noun after it ("the Vera Night administration")."""
    if occ.start == 0 or doc[occ.start - 1].lower_ != "the" or \
            doc[occ.start].lower_.strip(".") in _STYLES:
        return False  # not "the Rt Revd Ana Varn", "the Rev Ivo Varn": a cleric's style
    last = doc[occ.end - 1]
    return occ.start <= doc[occ.start - 1].head.i < occ.end and \
        last.dep_ not in {"compound", "amod", "nmod", "poss"}


def _indefinite(doc: Doc, occ: Occurrence) -> bool:
    """'a Grant', 'no Surrender', 'a no-deal Exit': the name takes an indefinite article."""
    if occ.start > 0 and doc[occ.start - 1].lower_ in _INDEFINITE:
        return True
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in doc[occ.end - 1].children)


def _measured(doc: Doc, occ: Occurrence) -> bool:
    """'Turnout was 71 percent', 'Growth was high at 3%': one word, the subject of "be"
    that a number or a percentage follows within a few words."""
    root = doc[occ.end - 1]
    verb = root.head
    return occ.end - occ.start == 1 and root.dep_ == "nsubj" and verb.lemma_ == "be" and \
        verb.i > root.i and any(t.like_num or t.lower_ in {"%", "percent", "per"}
                                for t in doc[verb.i + 1:verb.i + 6])


def _definite_word(doc: Doc, occ: Occurrence) -> bool:
    """'the Varn Eagle won the sprint': one capitalised word heading its own phrase with
    "the" is a nickname or a noun, not a surname (that takes "the" only as a modifier:
    "the Ruiz family"), nor after a title ("the Rev. Varga")."""
    root = doc[occ.end - 1]
    if occ.start > 0 and doc[occ.start - 1].lower_.rstrip(".") in TITLE_WORDS:
        return False
    return root.dep_ not in {"compound", "poss", "nmod", "amod"} and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)


def _speaks(doc: Doc, occ: Occurrence) -> bool:
    """The name is the subject of a reporting verb ("X said", "said X", "X told"), or in
    apposition to it ("Interior Minister X suggested")."""
    subject = subject_head(doc[occ.end - 1])
    return subject is not None and reports_speech(subject.head)


def subject_head(token: Token) -> Token | None:
    """The subject a name stands in: itself, or the noun it is an appositive of
    ("the spokesperson, Rear Admiral X, said"), or the focus of a cleft ("it was X who
    ..."); None when the name is no subject."""
    for _ in range(4):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return token
        if token.dep_ == "attr" and any(
                c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in {"who", "that"}
                                          for g in c.children) for c in token.children):
            return token
        if token.dep_ not in {"appos", "compound", "flat"} or token.head.i == token.i:
            return None
        token = token.head
    return None


def _relabel_by_coordination(doc: Doc, occurrences: list[Occurrence],
                             known_people: set[str]) -> None:
    """'Oslo, Bergen and Narvik': a one-word 'person' among coordinated places is a place,
    and so is any 'person' listed after a place that follows "in" ("in Varn, Lund and Harbin
    Vale"), unless the article names that person in full; a one-word 'person' that the
    tagger calls a plural common noun, joined to another, is no name; a name joined to
    bodies' names is one."""
    by_root = {doc[o.end - 1].i: o for o in occurrences}
    # "a pact between Varn Dál and Norra Sel", "Varn Dál, Norra Sel and others": a name
    # joined to a body's name more than once, and never to a person's, is another body
    joined: dict[str, Counter] = defaultdict(Counter)
    for occ in occurrences:
        if occ.kind == "person" and len(occ.text.split()) >= 2:
            joined[fold_text(occ.text)].update(
                by_root[t.i].kind for t in doc[occ.end - 1].conjuncts if t.i in by_root)
    # ... unless a title or a job comes before it: "the Assembly, the Council and Gov. Ana Ruiz"
    titled = {fold_text(o.text) for o in occurrences if _described_before(doc, o)}
    for occ in occurrences:
        kinds = joined.get(fold_text(occ.text), Counter())
        if occ.kind == "person" and kinds["organization"] >= 2 and not kinds["person"] and \
                fold_text(occ.text) not in titled:
            occ.kind = "organization"
    # "the keys passed between Ivo Varn and Ana Ruiz": a name of two or three capitalised words,
    # none a word of a body, a place or a title, that the tagger took for a body, joined
    # to persons only, is a person's
    for occ in occurrences:
        words = occ.text.split()
        if occ.kind != "organization" or occ.label != "ORG" or not 2 <= len(words) <= 3 or \
                not all(w[:1].isupper() and not w.isupper() for w in words) or \
                ({w.lower().strip(".").removesuffix("s") for w in words} | {
                    w.lower().strip(".") for w in words}) & (
                    ORG_WORDS | PLACE_WORDS | TITLE_WORDS) or _qualifies_title_after(doc, occ):
            continue  # (nor "Varn Leagues President Ana Ruiz": the body whose office it is)
        kinds = Counter(by_root[t.i].kind for t in doc[occ.end - 1].conjuncts if t.i in by_root)
        if kinds["person"] and set(kinds) == {"person"}:
            occ.kind = "person"
    for occ in occurrences:
        if occ.kind != "person" or fold_text(occ.text) in known_people or _aged(doc, occ):
            continue  # nor "Mina, eight, and Lev, six": children, by their ages
        root = doc[occ.end - 1]
        siblings = [t for t in root.conjuncts if t.i in by_root]
        first = min(siblings, key=lambda t: t.i, default=root)
        # not "outside Varn, Ana Ruiz, the defence lawyer, said": a person by apposition
        if first.i < root.i and by_root[first.i].kind == "place" and \
                first.dep_ == "pobj" and first.head.lower_ in _PLACE_PREPOSITIONS and \
                not any(c.dep_ == "appos" and _person_word(c)
                        for c in root.children):
            occ.kind = "place"
            continue
        if len(occ.text.split()) != 1:
            continue
        if root.tag_ == "NNS" and any(t.is_lower and t.pos_ == "NOUN" for t in root.conjuncts):
            occ.kind = ""  # "Buses and trams ran late": a plural noun opening a sentence
            continue
        kinds = Counter(by_root[t.i].kind for t in siblings)
        if kinds and kinds.get("person", 0) == 0 and kinds.most_common(1)[0][0] == "place":
            occ.kind = "place"
        elif kinds["organization"] >= 2 and not kinds["person"] and not kinds["place"]:
            occ.kind = "organization"  # "Varco, Tavmart and Orlos": one word among bodies
        elif kinds["place"] >= 2 and kinds["place"] > kinds["person"] and all(
                len(by_root[t.i].text.split()) == 1 for t in siblings
                if by_root[t.i].kind == "person"):
            occ.kind = "place"  # "Oslo, Bergen, Tavek, Narvik and Molde": one-word names
            # listed among more places, none of them a full name


def _roles_of(doc: Doc, occ: Occurrence, named: set[int]) -> list[str]:
    """Titles written with a person: 'Foreign Minister X', 'X, a senior analyst, ...'."""
    roles: list[str] = []
    words = occ.text.split()
    leading = []
    while words and fold_text(words[0]) in TITLE_WORDS and len(words) > 1:
        leading.append(words.pop(0))
    root = doc[occ.end - 1]
    prefix = _prefix_role(doc, occ, root, named)
    if prefix or leading:
        roles.append(" ".join(filter(None, [prefix, " ".join(leading)])))
    appositive = _appositive_role(doc, occ, root, named)
    if appositive:
        roles.append(appositive)
    if root.dep_ in {"nsubj", "nsubjpass"}:
        # "X was sworn in as Varn's first woman premier", "X served as mayor"
        roles += [_clean_role(doc, list(g.subtree)) for c in root.head.children
                  if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                  if g.dep_ == "pobj" and g.lemma_.lower() in ROLE_WORDS and
                  not any(t.i in named for t in g.subtree)]
    return [r for r in roles if r and _has_role_word(r)]


def _prefix_role(doc: Doc, occ: Occurrence, root: Token, named: set[int]) -> str:
    """'Deputy Foreign Minister' or 'Oslo-based analyst' written just before a name."""
    role = role_of_a_field(doc, occ.start)  # "director of operations X"
    start = occ.start if role is None else role
    sentence_start = root.sent.start
    while start > 0:
        token = doc[start - 1]
        # a portfolio the tagger took for a body, or parsed as a sentence of its own
        # ("Defence" in "Defence Minister"), is still part of the title
        title_word = token.text[:1].isupper() and token.lower_ in _OFFICE_WORDS
        if start <= sentence_start and not title_word:
            break
        if token.i in named and not title_word or token.is_space or "\n" in token.text:
            break
        if token.is_punct and token.text not in {"-", "–"}:
            break
        # "Secretary of the Security Council X": a small word joining capitalised words
        link = token.lower_ in {"of", "for", "and"} and start - 1 > sentence_start and \
            doc[start - 2].text[:1].isupper() or _of_the(doc, start - 1)
        measure = token.pos_ == "NUM" and not token.whitespace_  # "400m champion"
        if (token.lower_ in _TRIM_LEFT or token.tag_ == "POS" or token.pos_ in {
                "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV", "PRON", "DET", "NUM"}) \
                and not link and not measure:
            break
        # within a run of capitalised words and links the parse of the title does not matter
        chained = token.text[:1].isupper() and start < occ.start and (
            doc[start].text[:1].isupper() or doc[start].lower_ in {"of", "for", "the"})
        if root not in token.ancestors and token.head.i not in range(occ.start, occ.end) \
                and not (title_word or link and token.lower_ != "and" or chained):
            break
        start -= 1
    while start < occ.start and (doc[start].lower_ in {"of", "for", "and", "the", "-", "–"}
                                 or doc[start].ent_type_ in {"DATE", "TIME"}):
        start += 1  # nor "Yesterday" in "Yesterday Harbour Board Chairman X"
    if start >= occ.start or doc[occ.start - 1].lower_ in {"of", "for", "and", "the"}:
        return ""  # "Vice President of Content for X": X is the body, not the holder
    return doc[start:occ.start].text.strip()


def _of_the(doc: Doc, i: int) -> bool:
    """'the' in 'Secretary of the Security Council X': part of a title before a name."""
    return doc[i].lower_ == "the" and i >= 2 and doc[i - 1].lower_ == "of" and \
        doc[i - 2].text[:1].isupper()


def _appositive_role(doc: Doc, occ: Occurrence, root: Token, named: set[int]) -> str:
    """'X, head of Y,' or 'the head of Y, X': the appositive noun phrase.

    The phrase before a name must not be headed by another person's name ("A, B and C"
    parsed as appositions).
    """
    head = root.head
    if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" and \
            head.head.head.pos_ == "NOUN" and head.head.head.i < head.i and \
            not (_person_word(head) and not _person_word(head.head.head)):
        head = head.head.head  # "the president of Estovia, X": X stands beside the office
    if root.dep_ == "appos" and head.i < occ.start and head.i not in named and \
            head.pos_ in {"NOUN", "PROPN"}:
        tokens = [t for t in head.subtree if t.i < occ.start]
        last_named = max((t.i for t in tokens if t.i in named), default=-1)
        tokens = [t for t in tokens if t.i > last_named]  # not "X and" of "X and Y champion"
        while tokens and (tokens[0].is_punct or tokens[0].pos_ == "CCONJ"):
            tokens = tokens[1:]
        return _clean_role(doc, tokens)
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and (
                child.pos_ == "NOUN" or child.lower_ in ROLE_WORDS):  # "X - a veteran MLA"
            first_named = min((t.i for t in child.subtree if t.i in named), default=len(doc))
            if first_named < len(doc) and doc[first_named - 1].pos_ == "NOUN":
                return ""  # "X, world champion Y and Z": Y's title, not X's
            return _clean_role(doc, list(child.subtree))
    return ""


def _clean_role(doc: Doc, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    span = doc[tokens[0].i:tokens[-1].i + 1]
    if "\n" in span.text:
        return ""
    text = _ROLE_CUT.sub("", span.text).strip()
    text = re.sub(r"^(?:a|an|the)\s+", "", text, flags=re.IGNORECASE)
    words = text.split()
    if len(words) > _MAX_ROLE_WORDS:
        return ""
    return text


def _has_role_word(role: str) -> bool:
    words = {w.lower().strip(",.") for w in re.split(r"[\s\-]+", role)}
    return bool(words & ROLE_WORDS) or any(w.endswith(("man", "woman", "person")) for w in words)


def _is_excluded(occ: Occurrence, excluded: list[PersonName]) -> bool:
    if occ.kind != "person" or occ.person is None:
        return False
    for author in excluded:
        if author.surname_key == occ.person.surname_key and (
                occ.person.given and given_compatible(author.given_keys, occ.person.given_keys)):
            return True
        if not occ.person.given and author.surname_key == occ.person.surname_key:
            return True
        if not occ.person.given and author.given_keys[:1] == (occ.person.surname_key,):
            return True  # "Marta has covered the courts since ...": the author's bio
    return False


def _join_known_by_surname(occ: Occurrence, person_clusters: list[list[Occurrence]],
                           fits: Callable[[Occurrence, list[Occurrence]], bool]) -> None:
    """Put a surname alone with the person known only by that surname whose cluster fits
    it ("Mrs Varga" with "Mrs Varga", "President Varga" with "President Varga"), else
    make it a person of its own."""
    known = next((c for c in person_clusters if not _cluster_person(c).given
                  and _cluster_person(c).surname_key == occ.person.surname_key
                  and fits(occ, c)),
                 None)
    if known is not None:
        known.append(occ)
    else:
        person_clusters.append([occ])


def _shares_a_title(occ: Occurrence, cluster: list[Occurrence]) -> bool:
    """Whether a title word of occ's roles is among the roles of the cluster's names."""
    words = {w for role in occ.roles for w in fold_text(role).split()} & TITLE_WORDS
    return any(words & set(fold_text(role).split()) for o in cluster for role in o.roles)


def _says_as(doc: Doc, occ: Occurrence) -> str | None:
    """'Varn later said he would go': a surname alone, the subject of a verb of saying
    whose clause opens on "he" or "she"; the sex that pronoun tells."""
    root = doc[occ.end - 1]
    if occ.kind != "person" or occ.person is None or occ.person.given or \
            root.dep_ != "nsubj" or not reports_speech(root.head):
        return None
    said = next((c for c in root.head.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
        if said is not None else None
    return {"he": "male", "she": "female"}.get(subject.lower_) if subject is not None else None


def _fitting_honorific(occ: Occurrence, clusters: list[list[Occurrence]],
                       gender: str | None = None) -> list[list[Occurrence]]:
    """The clusters whose given name does not rule out the sex occ's honorific tells (or
    gender, when given)."""
    gender = gender or HONORIFIC_GENDER.get(occ.text.split()[0].lower().rstrip("."))
    if gender is None:
        return clusters
    return [c for c in clusters
            if given_name_allows((_cluster_person(c).given or ("",))[0], gender)]


def _group(occurrences: list[Occurrence]) -> DocActors:
    """Occurrences -> actors: persons by surname and compatible given names, others by key."""
    clusters: list[list[Occurrence]] = []
    person_clusters: list[list[Occurrence]] = []
    other: dict[tuple[str, str], list[Occurrence]] = {}

    ordered = sorted(occurrences, key=lambda o: o.start)
    full = [o for o in ordered if o.kind == "person" and o.person and o.person.given]
    bare = [o for o in ordered if o.kind == "person" and o.person and not o.person.given]
    for occ in full:
        target = next((c for c in person_clusters if occ.alias_of is not None
                       and any(o.start == occ.alias_of for o in c)), None)
        for cluster in person_clusters if target is None else []:
            head = _cluster_person(cluster)
            if head.surname_key == occ.person.surname_key and (given_compatible(
                    head.given_keys, occ.person.given_keys) or nicknamed(
                    head.given_keys[0], occ.person.given_keys[0])):
                target = cluster
                break
            if head.given_keys == occ.person.given_keys and \
                    misspelt_surname(occ.person.surname_key, head.surname_key):
                target = cluster  # "Ana Halvorsen" and later "Ana Halvorson": a misspelling
                break
            if fold_text(head.display) == fold_text(occ.person.display):
                target = cluster  # "Pak Yo-sun" and "Pak Yo Sun": one name, hyphened or not
                break
        if target is None:
            target = _titled_by_abbreviation(occ, person_clusters)
        if target is None:
            target = _same_office_holder(occ, person_clusters)
        if target is None:
            target = _shortened_name_of(occ, person_clusters)
        if target is None:
            target = []
            person_clusters.append(target)
        target.append(occ)
    aliases: dict[str, list[Occurrence]] = {}
    for occ in bare:
        named = next((c for c in person_clusters if occ.alias_of is not None
                      and any(o.start == occ.alias_of for o in c)), None) \
            or aliases.get(occ.person.surname_key)
        if named is not None:
            aliases[occ.person.surname_key] = named
            named.append(occ)
            continue
        same = [c for c in person_clusters
                if _cluster_person(c).surname_key == occ.person.surname_key
                and _cluster_person(c).given]
        if same and not _fitting_honorific(occ, same):
            # "Mrs Varga" beside only "Tomas Varga": his mother or his wife, not him; one
            # person with every other use of that honorific and surname
            _join_known_by_surname(occ, person_clusters,
                                   lambda o, c: bool(_fitting_honorific(o, [c])))
            continue
        opening = [c for c in person_clusters if c not in same and _cluster_person(c).given
                   and _cluster_person(c).given_keys[0] == occ.person.surname_key]
        if same and opening:
            # "Dar" with "Dar Yasin" and "Mohammed Dar" in one article: the name last
            # written in full before it, else nobody rather than a guess.
            same = same + opening
            if not any(min(o.start for o in c) < occ.start for c in same):
                person_clusters.append([occ])
                continue
        if not same:
            # "Varga" with only "Ivo Varga Jr" named: the surname without its generation
            same = [c for c in person_clusters if _cluster_person(c).given and
                    _without_generation(_cluster_person(c).surname_key)
                    == occ.person.surname_key]
        if not same:
            same = _clusters_opening_with(person_clusters, occ.person.surname_key)
        if not same:
            # "Bill" after "William Varga": a nickname of the given name of one full name
            given = given_names_for(occ.person.display)
            known_as = [c for c in person_clusters if _cluster_person(c).given and
                        fold_text(_cluster_person(c).given[0]) in given]
            same = known_as if len(known_as) == 1 else []
        if not same:
            # "Lula" after "Luiz Inácio Lula da Silva": a middle name by which one is known.
            inner = [c for c in person_clusters
                     if occ.person.surname_key in _cluster_person(c).given_keys[1:]]
            same = inner if len(inner) == 1 else []
        if not same:
            # "Halvorson said" after "Lotte Halvorsen": the reporter misspelt the surname.
            near = [c for c in person_clusters if _cluster_person(c).given and
                    misspelt_surname(occ.person.surname_key, _cluster_person(c).surname_key)]
            same = near if len(near) == 1 else []
        if len(same) > 1 and occ.roles and not any(_shares_a_title(occ, c) for c in same):
            # "President Varga" beside "Ivo Varga" and "Ana Varga", neither given that
            # title: a third Varga, known by title and surname
            _join_known_by_surname(occ, person_clusters, _shares_a_title)
            continue
        if len(same) > 1:
            same = _fitting_honorific(occ, same) or same
            if occ.says_as and len(same) > 1:
                # "Tomas Varn and his wife Ana Varn ... Varn said he would go": him
                same = _fitting_honorific(occ, same, occ.says_as) or same
            before = [c for c in same if min(o.start for o in c) < occ.start]
            # "Lena Varga" and "Ivo Varga", then "Lena ... Varga called police": the one the
            # article calls by her given name alone is not the one it calls by the surname
            by_surname = [c for c in before if not any(
                o.start < occ.start and not o.person.given and not o.in_quote
                and o.person.surname_key == (_cluster_person(c).given_keys or ("",))[0]
                for o in c)]
            before = by_surname or before
            latest = max(before, key=lambda c: max(o.start for o in c if o.start < occ.start)) \
                if before else same[0]
            # "Varga died ... his son, Ivo Varga, ... Varga won": a relative named in passing
            # leaves the surname alone to the one the article already calls by it
            called = [c for c in before if any(
                o.start < occ.start and not o.person.given
                and o.person.surname_key == occ.person.surname_key for o in c)]
            # "Ana Varga, sister of Ivo Varga, ... Varga said": the one not named as
            # another's relative, when there is one
            others = called or [c for c in before if not all(o.kin for o in c)]
            if len(others) == 1 and all(o.kin for o in latest if o.start < occ.start):
                latest = others[0]  # (named as a relative so far, whatever comes later)
            same = [latest]
        if not same:
            same = [c for c in person_clusters
                    if _cluster_person(c).surname_key == occ.person.surname_key]
        if same:
            same[0].append(occ)
        else:
            person_clusters.append([occ])

    person_starts = {o.start for o in ordered if o.kind == "person"}
    for occ in ordered:
        if occ.kind == "person":
            continue
        if occ.text.lower() in ROLE_WORDS:
            # "the King" is no place or body: the one person the article gives that title;
            # right before a name ("King X") it is that name's title, counted with it.
            # not "the Bishop of Varn" beside "Ana Ruiz, Bishop of Dunmore"
            holders = [c for c in person_clusters if any(
                occ.text.lower() in role.lower().split() and
                (not occ.role_of or occ.role_of in role.split()) for o in c for role in o.roles)]
            if len(holders) == 1 and occ.end not in person_starts:
                occ.kind = "person"
                occ.person = _cluster_person(holders[0])
                holders[0].append(occ)
            continue
        other.setdefault((occ.kind, entity_key(occ.kind, occ.text)), []).append(occ)
    _merge_acronyms(other)

    credible = [c for c in person_clusters if _credible_person(c)]
    # "Luana Varo" and "aunty Mele Varo": a relative of a credible person, by the surname.
    families = {_cluster_person(c).surname_key for c in credible if _cluster_person(c).given}
    person_clusters = [c for c in person_clusters if any(c is k for k in credible) or (
        _cluster_person(c).given and _cluster_person(c).surname_key in families)]
    clusters = person_clusters + list(other.values())
    mentions: list[ActorMention] = []
    pairs: list[tuple[Occurrence, ActorMention]] = []
    by_token: dict[int, ActorMention] = {}
    used_keys: set[str] = set()
    for cluster in sorted(clusters, key=lambda c: min(o.start for o in c)):
        mention = _mention_of(cluster, used_keys)
        mentions.append(mention)
        for occ in cluster:
            pairs.append((occ, mention))
            for i in range(occ.start, occ.end):
                by_token[i] = mention
    pairs.sort(key=lambda p: p[0].start)
    return DocActors(mentions=mentions, occurrences=pairs, by_token=by_token)


def _without_generation(surname_key: str) -> str:
    """'varga jr' -> 'varga'."""
    words = surname_key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in GENERATION_SUFFIXES \
        else surname_key


def _clusters_opening_with(clusters: list[list[Occurrence]], key: str) -> list[list[Occurrence]]:
    """A bare name that is the first word of exactly one full name in the article: a first
    name used alone ("Mara" after "Mara Okafor"), or a surname written first ("Lin" after
    "Lin Wei")."""
    opening = [c for c in clusters
               if _cluster_person(c).given and _cluster_person(c).given_keys[0] == key]
    return opening if len(opening) == 1 else []


def _titled_by_abbreviation(occ: Occurrence,
                            clusters: list[list[Occurrence]]) -> list[Occurrence] | None:
    """'DCI Okafor' after 'Mara Okafor': a rank or office in capitals before a surname is
    a title, unless it may be the person's initials ("MJ Okafor" after "Mara Okafor")."""
    given = occ.person.given
    if len(given) != 1 or not given[0].isupper() or len(given[0]) < 2:
        return None
    same = [c for c in clusters if _cluster_person(c).surname_key == occ.person.surname_key
            and _cluster_person(c).given]
    if len(same) != 1:
        return None
    first_given = _cluster_person(same[0]).given[0]
    return None if first_given[:1].upper() == given[0][0] else same[0]


def _same_office_holder(occ: Occurrence,
                        clusters: list[list[Occurrence]]) -> list[Occurrence] | None:
    """'Senate President Paco Varela' after 'Senate President Francisco Varela': the one
    holder of an office, by the surname and the office, whatever given name he goes by."""
    offices = {role.lower() for role in occ.roles
               if role.split()[-1].lower() in ONE_HOLDER_OFFICES}
    if not offices:
        return None
    same = [c for c in clusters if _cluster_person(c).surname_key == occ.person.surname_key
            and offices & {role.lower() for o in c for role in o.roles}]
    return same[0] if len(same) == 1 else None


def _shortened_name_of(occ: Occurrence,
                       clusters: list[list[Occurrence]]) -> list[Occurrence] | None:
    """'Kamla Rani' after 'Kamla Rani Verma', 'Ana Varga' after 'Ana Varga-Lund': a name of
    two words or more that opens the longer name of exactly one person named before, the
    family name, or the second half of a double-barrelled one, left off; or, opening on no
    given name, ends it."""
    def words(text: str) -> list[str]:
        found = [w for w in (fold_text(w).strip(".") for w in text.replace("-", " ").split())
                 if w.replace(" ", "") not in NAME_SUFFIXES]  # "Jr." makes no longer name
        while len(found) > 1 and found[0] in TITLE_WORDS:
            found.pop(0)  # "Datuk Ana Varn Lund": the name after its titles
        return found

    short = words(occ.text)
    found = [c for c in clusters if any(len(long := words(o.text)) > len(short) >= 2
                                        and long[:len(short)] == short for o in c)]
    if not found and len(short) >= 2 and not _is_given(occ.text.split()[0]):
        # "Mr Dal Varian" after "Ivo Dal Varian": a surname of two words, no given name
        found = [c for c in clusters if any(len(long := words(o.text)) > len(short)
                                            and long[-len(short):] == short for o in c)]
    return found[0] if len(found) == 1 else None


def _credible_person(cluster: list[Occurrence]) -> bool:
    """A name the tagger called a person, backed by something beyond the tag.

    A known given name, a role or title, a second mention or being the subject of a verb
    is enough; a one-off phrase with none of these ("Sauna Journey") is not a person.
    """
    person = _cluster_person(cluster)
    if any(o.roles for o in cluster):
        return True
    occ = cluster[0]
    if all(o.in_time for o in cluster):
        return False  # "a party held during Varo": an event or a time, untitled
    if not person.given:
        if len(person.display.strip(".")) == 1 and \
                occ.text.split()[0].lower().rstrip(".") not in _HONORIFICS:
            return False  # "Gen Z", "Plan B": a letter alone, unless "Mr X" hides a name
        # One word: a common word written capitalised ("Damage", "Riot"), however often,
        # or a fragment standing alone is no name.
        if all(o.common_word for o in cluster):
            return False  # "Schools" at the head of sentences, "schools" elsewhere
        if occ.described:
            return True  # "his wife, Lena,": named after a word only a person is
        if len(cluster) == 1 and occ.root_dep in {"pobj", "dobj"} and is_given_name(occ.text):
            return False  # "appears on Mornings with Clara": a first name nobody bears here
        return len(cluster) >= 2 or occ.root_dep not in _FRAGMENT_DEPS
    if person.display.split()[-1].isdigit():
        return False  # "Acme 3": a model number; a regnal number comes with a title
    if len(cluster) >= 2 or occ.listed_with_people:
        return True  # named twice, or in a list of people ("A, B and Jayden C")
    words = list(occ.person.given) if occ.person else occ.text.replace("-", " ").split()
    given = next((w for w in words if len(w.strip(".")) > 1), words[0])  # past initials
    if occ.label != "PERSON" and occ.root_dep in _OBJECT_DEPS and not occ.followed_by_who \
            and not occ.described and not (occ.beside_tagged and is_given_name(given)) and not (
                given_name_gender(given, certain=True) in {"male", "female"}
                and (occ.root_dep != "dobj" or occ.met) and not occ.after_in_or_as):
        return False  # named once, untitled, never acting, and not even tagged a person;
        # unless opening on a given name of one sex ("waited long enough for Tavo Lund"), and
        # not the object of a verb ("to win Grand Varno") unless one done to a person ("will
        # face Tavo Lund"), nor after "in" or "as" ("acts in Varo Nights", "known as Varo
        # Week"), where titles, terms and things go; or listed with a full name the tagger
        # calls a person, opening on a known given name
    if is_given_name(given) or occ.followed_by_who or occ.described:
        return True  # "Det Sgt Ana Ruiz", titles aside; "X, who ...", "X, a midwife,"
    if person.family_first and occ.label == "PERSON":
        return True  # "near Ryu Yo-sun": a romanised given name after the family name
    if occ.text.split()[0].lower().rstrip(".") in _HONORIFICS:
        return True  # "the government of Ms Tavo Sein Lin": an honorific only a person has
    if occ.label == "PERSON" and (occ.after_by_or_over or occ.met or
                                  occ.beside_tagged and len(occ.text.split()) == 2):
        return True  # "plans by Varo Lund", "a win over Varo Lund", "will face Varo Lund",
        # "Ivo Ruiz and Varo Lund": tagged a person, and the one acting or met, or listed with
        # another the tagger calls a person
    return occ.root_dep in {"nsubj", "nsubjpass", "poss", "appos", "agent"}


def _followed_by_who(doc: Doc, occ: Occurrence) -> bool:
    following = next((t for t in doc[occ.end:occ.end + 2] if not t.is_punct), None)
    return following is not None and following.lower_ in {"who", "whom", "whose"}


def _cluster_person(cluster: list[Occurrence]) -> PersonName:
    """The fullest name in a person cluster, other than a name it is also known by."""
    return max((o for o in cluster if o.person),
               key=lambda o: (o.alias_of is None, len(o.person.given), len(o.person.display))
               ).person


def _merge_acronyms(groups: dict[tuple[str, str], list[Occurrence]]) -> None:
    """'WHO' and 'World Health Organization' in one article are one actor."""
    by_acronym: dict[tuple[str, str], tuple[str, str]] = {}
    for kind, key in groups:
        texts = {o.text for o in groups[(kind, key)]}
        for text in texts:
            initials = acronym(text)
            if initials and initials != key.replace(" ", ""):
                by_acronym.setdefault((kind, initials), (kind, key))
    for (kind, key) in list(groups):
        target = by_acronym.get((kind, key.replace(" ", "")))
        if target and target != (kind, key) and target in groups and (kind, key) in groups:
            groups[target].extend(groups.pop((kind, key)))


def _mention_of(cluster: list[Occurrence], used_keys: set[str]) -> ActorMention:
    kind = cluster[0].kind
    surfaces = Counter(o.text for o in cluster)
    if kind == "person":
        person = _cluster_person(cluster)
        name = _display_name(cluster, person)
        key = person.key
    else:
        name = max(surfaces, key=lambda s: (surfaces[s], len(s)))
        name = re.sub(r"^(?:the|The)\s+", "", name)
        key = entity_key(kind, name)
    if key in used_keys:
        key = f"{key} ({kind})"
    used_keys.add(key)
    roles: list[str] = []
    for occ in cluster:
        for role in occ.roles:
            if role not in roles:
                roles.append(role)
    return ActorMention(name=name, kind=kind, key=key, count=len(cluster),
                        surfaces=dict(surfaces), roles=roles)


def _display_name(cluster: list[Occurrence], person: PersonName) -> str:
    """The fullest name as written, without titles."""
    candidates = [o.person.display for o in cluster if o.person and o.person.key == person.key]
    name = Counter(candidates).most_common(1)[0][0] if candidates else person.display
    # "ANNA BRANDT said ...": a name set in capitals for emphasis, shown as a name
    return name.title() if name.isupper() and len(name.split()) >= 2 else name

