"""Bylines and credit lines: who wrote an article, kept apart from who is in it.

"By A, B and C Washington Post" at the top and "X and Y contributed to this report" or
"Reporting by X; Editing by Y" at the bottom name journalists; they become authors,
and the lines are removed from the text that actors and statements are extracted from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.lexicon import OUTLET_WORDS

_NAME_TOKEN = r"[A-Z][\w'’.\-]*"
_PARTICLE = r"(?:de|da|del|der|van|von|al|bin|la|le|du|dos|ter)"
_PERSON = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,3}}"

# "By Ann Lee", "- By Ann Lee", "by Ann Lee": a byline line, bulleted or not.
_BYLINE = re.compile(r"^\s*(?:[-–—•*]\s*)?[Bb]y\s+(?P<body>[A-Z].{2,300}?)\s*$", re.MULTILINE)
# Words ending a byline's last chunk when it carries the outlet ("... Ann Lee Washington Post").
_COLUMNS_BYLINE = re.compile(
    r"^\s*(?:By\s+)?(?P<body>[A-Z][^|•·]{2,80}?)\s*[|•·]\s*(?P<rest>.+)$")
# "(By) state political reporter Ann Lee and staff": what the journalist is, then the name.
_ROLE_BYLINE = re.compile(
    rf"^\s*(?:By\s+)?(?:[A-Za-z][\w'’-]*\s+){{0,3}}(?i:reporter|correspondent|editor|writer)\s+"
    rf"(?P<body>{_PERSON}(?:\s+and\s+{_PERSON})?)(?:\s+and\s+(?:staff|agencies|wires))?\s*$")
# ", news reporter", ", Political Editor": what the journalist named before the comma is.
_ROLE_CHUNK = re.compile(
    r"(?i:(?:[a-z][\w'’-]*\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|"
    r"columnist)s?)")
_NAME_OF_OUTLET = re.compile(
    rf"(?P<name>{_PERSON})\s+(?:of|for)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*"
    rf"(?:\s+[A-Z][\w&.'’-]*){{0,3}})")
_POSTING_WORDS = {"posted", "updated", "published", "last"}
# "by Ann Lee March 3, 2021 7:15 AM": the names, then the date and time of posting.
_DATED_BYLINE = re.compile(
    r"^\s*[Bb]y\s+(?P<body>[A-Z][^\d|]{2,80}?)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b[^\n]*$")
_CREDIT_MARKERS = re.compile(
    r"contributed (?:to )?(?:this )?report|contributed reporting|additional reporting|"
    r"\b(?:With )?reporting by\b|\bWriting by\b|\bEditing by\b|\bCompiled by\b|"
    r"\breported from\b|\bworked on this (?:story|report|article)\b",
    re.IGNORECASE,
)
# "Associated Press writers", "Reuters photographer": what a journalist is, before the name.
_JOURNALIST_ROLE = re.compile(
    r"(?:\b[A-Z][\w.&'’-]*\s+)*(?:staff\s+)?(?:writers?|reporters?|correspondents?|"
    r"photographers?|photojournalists?|journalists?|editors?|videojournalists?)\b\s*")
# How many paragraphs from the end a credit line may stand (site boilerplate can follow it).
_CREDIT_TAIL = 4
# A line naming only a news agency: its initials, or a wire's name.
_AGENCY_LINE = re.compile(
    r"AAP|AP|AFP|PA|UPI|ANI|PTI|IANS|ANSA|EFE|TASS|DPA|dpa|CP|Reuters|Bloomberg|Xinhua|"
    r"Anadolu|Kyodo|Yonhap|Associated Press|Press Association|Agence France-Presse|"
    r"(?:The )?Canadian Press")
_BYLINE_HEAD = 4
_TAIL_BYLINE_WORDS = 8  # "By Ann Lee and Tom Berg" under the story, nothing more
_CREDIT_ROLES = re.compile(
    r"\b(?:With\s+)?(?:Additional reporting|Reporting|Writing|Editing|Compiled|Produced)\s+by\b",
    re.IGNORECASE,
)
_PLACE_WORD = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
# "in Riga, Latvia" or "from New York", stopping before ", and <next name>".
_PLACE_PHRASE = re.compile(rf"\b(?:in|from|at)\s+{_PLACE_WORD}(?:,\s*(?!and\b){_PLACE_WORD})*")
_CREDIT_VERBS = re.compile(
    r"\b(?:contributed(?: to)?(?: this)? report(?:ing)?|contributed|reported|"
    r"additional reporting|worked on this)\b.*$",
    re.IGNORECASE,
)
# Photo credits in captions: "Photo: ANP/Ann Lee", "EPA-EFE/Ann Lee", "(Ann Lee/AFP via Getty
# Images)", "AP Photo/Ann Lee": a photographer, no one the story is about.
_AGENCY = (r"(?:[A-Z][A-Z.&]+(?:[-‑ ][A-Z][A-Z.&]+)*(?:\s+Photo)?|Reuters|Getty\s+Images|"
           r"Bloomberg|Shutterstock|Alamy|Pool|Sipa|Anadolu|Xinhua)")
_CREDITED_WORD = r"[A-Z](?:[a-z]|['’][A-Z])[\w'’.-]*"
# a middle initial, with or without its dot: "Ana T Ruiz/Getty Images"
_CREDITED = (rf"{_CREDITED_WORD}(?:\s+(?:(?:van|von|de|der|den|da|del|du|la|le|ter)\s+)*"
             rf"(?:{_CREDITED_WORD}|[A-Z]\.?(?=\s))){{1,3}}")
_CREDIT_END = r"(?:,\s*File)?(?=\s*(?:[)\]]|$))"
_PHOTO_CREDIT = re.compile(
    rf"(?:\b(?:Photo(?:graph)?s?|Pictures?|Images?|Pics?|(?:Photo\s+|Image\s+)?Credits?|"
    rf"photos?|pics?|pictures?)"
    rf"\s*(?::|by)\s*(?:{_AGENCY}\s*/\s*)?{_CREDITED}(?:\s*/\s*{_AGENCY})?"
    rf"|\b{_AGENCY}\s*/\s*{_CREDITED}"
    rf"|{_CREDITED}\s*/\s*{_AGENCY})(?:\s+via\s+Getty\s+Images)?{_CREDIT_END}",
    re.MULTILINE)
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")
_GLUED_OUTLET = re.compile(r"(?P<names>.*[a-z])(?P<outlet>[A-Z]{2,}(?:\s+[A-Z][\w&]*)*)$")
_SPLIT_NAMES = re.compile(r"\s*(?:,\s*and\s+|,|;|\band\b|&)\s*")


@dataclass
class Credits:
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    text: str = ""


def split_credits(text: str) -> Credits:
    """Take the byline and trailing credit lines out of text; return them as authors."""
    authors: list[str] = []
    outlet: str | None = None
    body = text

    paragraphs = body.split("\n")
    # The byline opens the text, or follows its headline, standfirst and date lines.
    opening = [i for i, p in enumerate(paragraphs) if p.strip()][:_BYLINE_HEAD]
    for head in opening:
        # "By Ann Lee | May 3, 2017" reads as a byline of its own, then as columns
        matches = (_ROLE_BYLINE.match(paragraphs[head]), _BYLINE.match(paragraphs[head]),
                   _byline_in_columns(paragraphs[head]), _DATED_BYLINE.match(paragraphs[head]))
        names = []
        for match in matches:
            if match and len(match.group("body").split()) <= 40:
                names, outlet = parse_byline(match.group("body"))
                if names:
                    break
        if not names and (agency := _agency_after(paragraphs, head)) is not None and \
                head != opening[0]:
            # "Ann Lee and Bo Chan" over "AAP": names alone, then the wire that sent them
            names = [n for n in parse_byline(paragraphs[head])[0] if len(n.split()) in (2, 3)]
            if names and len(names) <= 3 and len(" ".join(names).split()) == \
                    len(_SPLIT_NAMES.sub(" ", paragraphs[head]).split()):
                outlet, paragraphs[agency] = paragraphs[agency].strip(), ""
            else:
                names = []
        if names:
            authors.extend(names)
            paragraphs[head] = ""
            break

    tail = [i for i, p in enumerate(paragraphs) if p.strip()][-_CREDIT_TAIL:]
    for index in tail:
        paragraph = paragraphs[index].strip()
        if len(paragraph) <= 400 and _CREDIT_MARKERS.search(paragraph):
            authors.extend(credit_names(paragraph))
            paragraphs[index] = ""
        elif not authors and (match := _BYLINE.match(paragraph)) and \
                len(paragraph.split()) <= _TAIL_BYLINE_WORDS:
            # "By ANN LEE" under the story, as some wire pages print it
            names = parse_byline(match.group("body"))[0]
            names = names if all(len(n.split()) >= 2 for n in names) else []
            authors.extend(names)
            paragraphs[index] = "" if names else paragraphs[index]

    body = without_photo_credits("\n".join(paragraphs)).strip("\n")
    return Credits(authors=_unique_against_surnames(authors), outlet=outlet, text=body)


def _agency_after(paragraphs: list[str], index: int) -> int | None:
    """The paragraph after paragraphs[index], past blank ones, if it names a news agency
    alone ("AAP", "Reuters"): where it stands."""
    following = next((i for i in range(index + 1, len(paragraphs)) if paragraphs[i].strip()),
                     None)
    return following if following is not None and \
        _AGENCY_LINE.fullmatch(paragraphs[following].strip()) else None


def without_photo_credits(text: str) -> str:
    """The text with the photographers' credits of its captions taken out."""
    text = _EMPTY_BRACKETS.sub("", _PHOTO_CREDIT.sub("", text))
    return re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)


def _byline_in_columns(line: str) -> re.Match[str] | None:
    """'Ann Lee | Harbour News | Posted: May 3, 2017': names in the first of the columns of a
    line that also gives the outlet or the time of posting."""
    match = _COLUMNS_BYLINE.match(line)
    if match is None:
        return None
    rest = match.group("rest")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
    return match if words & (OUTLET_WORDS | _POSTING_WORDS) or re.search(r"\b\d{4}\b", rest) \
        else None


def parse_byline(body: str) -> tuple[list[str], str | None]:
    """'Mary A, John B and Ellen C Washington Post' -> names and outlet; 'Ann LeeVRT News',
    the outlet run into the last name on the page, comes apart."""
    names: list[str] = []
    outlet = None
    glued = _GLUED_OUTLET.match(body.strip())
    if glued:
        body, outlet = glued.group("names"), glued.group("outlet")
    chunks = [c for c in _SPLIT_NAMES.split(body.strip().rstrip(".")) if c]
    for position, chunk in enumerate(chunks):
        if names and _ROLE_CHUNK.fullmatch(chunk.strip()):
            continue  # "By Ann Lee, news reporter": the name, and what she is
        if position == len(chunks) - 1 and \
                (working_for := _NAME_OF_OUTLET.fullmatch(chunk.strip())):
            # "By Ann Lee of the Harbin Post": the name, and whom she writes for
            names.append(working_for.group("name"))
            outlet = working_for.group("outlet")
            break
        tokens = chunk.split()
        if not tokens or not all(re.fullmatch(_NAME_TOKEN, t) or t.lower() in _PARTICLE
                                 for t in tokens):
            return [], None
        is_last = position == len(chunks) - 1
        carries_outlet = len(tokens) >= 4 or tokens[-1].lower() in OUTLET_WORDS
        if is_last and len(tokens) >= 3 and carries_outlet:
            names.append(" ".join(tokens[:2]))
            outlet = " ".join(tokens[2:])
        else:
            names.append(" ".join(tokens))
    return names, outlet


def credit_names(paragraph: str) -> list[str]:
    """Names of journalists in a credit line, without the places they reported from."""
    names: list[str] = []
    for sentence in re.split(r"(?<=[.;])\s+", paragraph):
        if not _CREDIT_MARKERS.search(sentence):
            continue
        sentence = _CREDIT_ROLES.sub(",", sentence)
        sentence = _CREDIT_VERBS.sub("", sentence)
        sentence = _JOURNALIST_ROLE.sub("", sentence)
        sentence = _PLACE_PHRASE.sub("", sentence)
        for chunk in _SPLIT_NAMES.split(sentence):
            chunk = chunk.strip(" .;:")
            if chunk and re.fullmatch(_PERSON, chunk):
                names.append(chunk)
    return names


def _unique_against_surnames(names: list[str]) -> list[str]:
    """Drop repeats and bare surnames of authors already named in full."""
    full: list[str] = []
    for name in names:
        if name not in full and len(name.split()) > 1:
            full.append(name)
    surnames = {n.split()[-1] for n in full}
    for name in names:
        if len(name.split()) == 1 and name not in surnames and name not in full:
            full.append(name)
    return full


def clean_authors(raw: str | None) -> list[str]:
    """Authors from page metadata ("A; B", "Last; First; ..."), without slug repeats."""
    parts = [p.strip() for p in re.split(r";|\band\b", raw or "") if p.strip()]
    # Citation metadata ("Lenharo, Mariana") arrives as alternating surnames and given names.
    if len(parts) >= 2 and len(parts) % 2 == 0 and all(" " not in p for p in parts):
        parts = [f"{parts[i + 1]} {parts[i]}" for i in range(0, len(parts), 2)]
    names: list[str] = []
    seen: set[str] = set()
    for part in parts:
        folded = re.sub(r"[\s_-]+", " ", part).casefold()
        if folded not in seen:
            seen.add(folded)
            names.append(part)
    return names
