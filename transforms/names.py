"""Name folding: the matching keys that make spellings of one actor compare equal.

Surfaces are transliterated to ASCII by anyascii, lower-cased and stripped of punctuation;
person names are further folded by general transliteration rules (y/i variants, doubled
letters, kh/h ...), so "Kovalenkyy", "Kovalenkiy" and "Kovalenky", or "Yıldızoğlu" and
"Yildizoglu", share one key. Nothing here knows any particular name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jellyfish
from anyascii import anyascii

# Words that precede a name as a title or honorific and are not part of it.
TITLE_WORDS = frozenset("""
mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sen senator rep representative gov
governor president vice pres prime minister secretary chancellor premier king queen prince
princess sheikh emir sultan pope cardinal bishop archbishop rabbi imam general gen lt col
colonel maj major capt captain adm admiral sgt sergeant commander marshal judge justice
speaker ambassador envoy mayor chairman chairwoman chair ceo director spokesman spokeswoman
spokesperson aide adviser advisor minister deputy foreign defense defence interior finance
state first lady leader chief mp mep attorney counsel officer commissioner president-elect
then-president former late acting interim councillor cllr alderman undersecretary
magistrate constable detective inspector superintendent amb det supt insp mpp msp mla mha
garda gda
mna mlc td coun const cst cmdr brig atty ald hon msgr cpl pte pvt whip tanaiste tánaiste
taoiseach supervisor councilmember councilman councilwoman assemblyman assemblywoman
assemblymember congressman congresswoman sheriff pastor reverend delegate trustee emeritus
barrister patriarch revd rt pm datuk dato seri
""".split())

# Generational and honorific suffixes that are not part of the matching key.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "phd", "md", "esq", "mp",
                           "mep", "msp", "mla", "mbe", "obe", "cbe", "kbe", "kc", "qc", "sc",
                           "senior", "junior", "td", "mpp", "mha", "mna", "mlc", "jp"})

# The suffixes among them that tell a son from his father, kept with the surname. "Sr" and
# regnal numbers are dropped: "Thomas Markle Sr" and "King Charles III" are written without
# them as often as with.
GENERATION_SUFFIXES = frozenset({"jr", "junior"})

# Lower-case particles that belong to a surname ("de Gaulle", "van der Leyen").
SURNAME_PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "van", "von", "al",
                               "el", "bin", "ibn", "la", "le", "du", "dos", "das", "ter", "di"})

_VARIANT_MIN_LENGTH = 6
_MISSPELT_MIN_LENGTH = 5
_VARIANT_MAX_EDITS = 2
_POSSESSIVE = re.compile(r"(?:['’‘`]s|(?<=s)['’`])$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
# A romanised East Asian given name: two syllables joined by a hyphen, the second in lower
# case ("Seo-yeon", "Jae-won"). A name ending in one is written family name first.
_FAMILY_FIRST_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def to_ascii(text: str) -> str:
    return anyascii(text)


def strip_possessive(text: str) -> str:
    """ "Okafor's" -> "Okafor", "the sides'" -> "the sides"."""
    return _POSSESSIVE.sub("", text.strip())


def fold_text(text: str) -> str:
    """ASCII, lower case, punctuation dropped ("U.S." -> "us"), hyphens as spaces."""
    ascii_text = to_ascii(strip_possessive(text)).lower()
    ascii_text = ascii_text.replace("-", " ").replace("–", " ")
    ascii_text = ascii_text.replace(".", "")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", ascii_text)).strip()


def fold_token(token: str) -> str:
    """Fold one name word across transliteration systems.

    The rules are general: y and i are interchangeable (Kovalenkyy/Kovalenkiy/Kovalenky,
    Mykolay/Mykolai, Tetyana/Tetiana), doubled letters count once, "kh" and "h", "ks" and
    "x", "ph" and "f", "w" and "v" fold together, and a trailing "j" that stands for y is
    an i.
    """
    word = fold_text(token).replace(" ", "")
    if not word:
        return ""
    word = word.replace("kh", "h").replace("ks", "x").replace("ph", "f").replace("w", "v")
    word = word.replace("j", "i") if word.endswith("j") else word
    word = word.replace("y", "i")
    word = re.sub(r"(.)\1+", r"\1", word)
    return word


@dataclass(frozen=True)
class PersonName:
    """A person's name split into given names and surname, with folded forms."""

    given: tuple[str, ...]  # as written, titles removed
    surname: str
    family_first: bool = False  # written surname first ("Park Seo-yeon")

    @property
    def given_keys(self) -> tuple[str, ...]:
        return tuple(k for k in (fold_token(g) for g in self.given) if k)

    @property
    def surname_key(self) -> str:
        # "Al-Varno" and "Al Varno": a hyphen joins a surname's parts as a space does
        return " ".join(fold_token(part) for part in re.split(r"[\s\-‐–]+", self.surname)
                        if fold_token(part))

    @property
    def key(self) -> str:
        return " ".join((*self.given_keys, self.surname_key)).strip()

    @property
    def display(self) -> str:
        if self.family_first:
            return " ".join((self.surname, *self.given)).strip()
        return " ".join((*self.given, self.surname)).strip()


def split_person(name: str) -> PersonName | None:
    """Split a person name as written into given names and surname; titles are dropped.

    Returns None when nothing name-like remains.
    """
    words = [w for w in strip_possessive(name).replace("’", "'").split() if w.strip(".,")]
    while words and (fold_text(words[0]) in TITLE_WORDS and len(words) > 1 or
                     words[0].endswith("s") and fold_text(words[0][:-1]) in TITLE_WORDS and
                     len(words) > 2):
        words.pop(0)  # "Mayor", or "Ministers" of "former Ministers Ana Varn and ..."
    generation = ""
    while words and fold_text(words[-1]).replace(" ", "") in NAME_SUFFIXES and len(words) > 1:
        suffix = words.pop()
        if fold_text(suffix).replace(" ", "") in GENERATION_SUFFIXES and not generation:
            generation = suffix.strip(",")
    words = [w.strip(",") for w in words]
    if not words:
        return None
    if len(words) == 2 and _FAMILY_FIRST_GIVEN.match(words[1]) and words[0].isalpha():
        return PersonName(given=(words[1],), surname=words[0], family_first=True)
    surname_start = len(words) - 1
    while surname_start > 0 and words[surname_start - 1].lower() in SURNAME_PARTICLES:
        surname_start -= 1
    given = tuple(words[:surname_start])
    # "Donald Trump Jr" is not "Donald Trump": the generation stays with the surname.
    surname = " ".join(words[surname_start:] + ([generation] if generation else []))
    if not fold_token(surname.split()[-1]):
        return None
    return PersonName(given=given, surname=surname)


def given_compatible(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Whether two folded given-name lists can belong to one person.

    Empty is compatible with anything. Otherwise every word of the shorter list must
    match a word of the longer one, where an initial ("j") matches any word it begins:
    "mara" ~ "mara j", "ilkay" ~ "osman ilkay", but "john" !~ "james".
    """
    if not left or not right:
        return True
    short, long_ = (left, right) if len(left) <= len(right) else (right, left)
    for word in short:
        if not any(_word_matches(word, other) for other in long_):
            return False
    return True


def _word_matches(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return _variant_spelling(a, b)


def _variant_spelling(a: str, b: str) -> bool:
    """Two spellings of one long given name across languages ("Mikhail"/"Mykhailo").

    Long names (six letters or more) with the same first letter, at most two edits apart,
    that the name dictionary does not give different genders ("Daniel"/"Daniela").
    """
    if min(len(a), len(b)) < _VARIANT_MIN_LENGTH or a[0] != b[0]:
        return False
    if jellyfish.levenshtein_distance(a, b) > _VARIANT_MAX_EDITS:
        return False
    from transforms.lexicon import given_name_gender  # the dictionary loads on first use

    genders = {given_name_gender(a.capitalize()), given_name_gender(b.capitalize())}
    return not {"male", "female"} <= genders


def misspelt_surname(a: str, b: str) -> bool:
    """Whether two folded surnames are likely one name misspelt ("halvorsen"/"halvorson",
    "lindqvist"/"lindkvist"): five letters or more, the same first letter, and either one letter
    apart or two apart and pronounced alike."""
    if a == b or min(len(a), len(b)) < _MISSPELT_MIN_LENGTH or a[0] != b[0]:
        return False
    edits = jellyfish.damerau_levenshtein_distance(a, b)
    return edits == 1 or (edits == 2 and jellyfish.metaphone(a) == jellyfish.metaphone(b))


def acronym(text: str) -> str:
    """Initials of the capitalised words: "World Health Organization" -> "who"."""
    words = [w for w in re.split(r"[\s\-]+", to_ascii(text)) if w]
    letters = [w[0] for w in words if w[0].isupper()]
    return "".join(letters).lower() if len(letters) >= 2 else ""


def entity_key(kind: str, text: str) -> str:
    """The matching key of an actor's surface: a person's folded name, else folded text.

    A leading article is dropped ("the Senate" = "Senate") and a group's plural folds to
    its singular ("Danes" = "Dane").
    """
    if kind == "person":
        person = split_person(text)
        return person.key if person else fold_text(text)
    folded = fold_text(text)
    folded = re.sub(r"^the ", "", folded)
    if kind == "group" and folded.endswith("s") and not folded.endswith("ss"):
        folded = folded[:-1]
    return folded
