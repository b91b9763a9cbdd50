"""Statements of one article: quoted words and reported speech, each with its speaker.

Quote marks are paired on the raw text (curly, straight, single, guillemets, nested, and
quotes running over several paragraphs); each quote is then attributed with the parse: the
reporting verb that governs it or stands next to it ("..., X said", "X said: ...", "according
to X"), its subject (a name, an appositive, or a pronoun resolved to a person), or, for an
unattributed quote, the speaker it continues. Unresolved speakers stay None.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from anyascii import anyascii
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from transforms.entities import (
    HONORIFIC_GENDER,
    ONE_HOLDER_OFFICES,
    DocActors,
    Occurrence,
    people_of_a_place,
    role_of_a_field,
    subject_head,
    title_cased,
    within,
)
from transforms.lexicon import (
    DESCRIPTION_NOUNS,
    INDIRECT_VERBS,
    MESSAGE_NOUNS,
    ORG_WORDS,
    ROLE_WORDS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    given_name_allows,
    given_name_gender,
    is_place_code,
    is_place_name,
    reports_speech,
)
from transforms.model import ActorMention, Statement
from transforms.names import TITLE_WORDS, split_person

_DOUBLE_OPEN = {"“": "”", "„": "”", "«": "»", "‟": "”"}
_DOUBLE_CLOSE = {"”", "»"}
_DOUBLE_REOPEN = set(_DOUBLE_OPEN) | {'"'}
_APOSTROPHES = {"'", "’"}
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_SHORT_ATTRIBUTION_WORDS = 6  # "Judge Ana de la Vega probed again."
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "VBN", "MD"}
_TENSED_TAGS = _FINITE_TAGS - {"VBN"}  # a verb in a tense, not a participle
# Verbs of thinking, whose subject's words a quote after them often gives.
_THINKING_VERBS = {"believe", "think", "feel", "reckon", "hope", "fear", "expect"}
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female",
                   "her": "female"}
# Words for what a person is: "novelist and screenwriter X" is one person with two.
_PERSON_WORDS = ROLE_WORDS | TITLE_WORDS | DESCRIPTION_NOUNS
_DIRECT_MIN_WORDS = 8
# verbs that pass on another's words: "X quoted Y as saying"
_CITING_VERBS = {"quote", "cite"}
# Nouns for someone chosen for a post: "X's pick for finance chief, Y" is Y, not X.
_CHOSEN_NOUNS = {"pick", "nominee", "choice", "appointee"}
# Quoted words opening in lower case continue the reporter's sentence: they count as a
# standalone utterance only when this many words longer ("would "try to reach ... front,""),
# and twice as many longer when they have no subject of their own.
_LOWER_CASE_EXTRA_WORDS = 4
_MIN_UNATTRIBUTED_WORDS = 3
# Prepositions whose participle ("before declaring") has the subject of the verb they go with.
_PARTICIPLE_PREPOSITIONS = {"by", "in", "before", "while", "without", "upon"}
# "In X's view", "in the words of X": whose words follow, as "according to X" says.
_VIEW_NOUNS = {"view", "opinion", "words", "estimation", "assessment"}
# The title words of whoever is "the head of state" or "the head of government".
_HEADS_OF = {"state": {"president", "king", "queen", "monarch", "emir", "sultan"},
             "government": {"premier", "prime", "chancellor", "taoiseach"}}
# '"..." — Mayor Ana Ruiz': a dash after the closing mark, and how far the name may follow.
_DASH_CREDIT = re.compile(r"[ \t]*[—–][ \t]*")
_DASH_CREDIT_WORDS = 8
# Verbs whose subject receives words ("got a message"), with the nouns for those words.
_RECEIVING_VERBS = {"get", "receive", "read", "open", "see", "hear"}
# Capitalised long words that make a quote with no speaker a title ("Ropes Off: The Future
# of Harbour Ferries").
_TITLE_MIN_WORDS = 3
_MAX_ATTRIBUTION_WORDS = 12
_RELATIVE_AFTER_NAME = re.compile(r",\s+who\s[^,]*$")
# A sentence that only says who spoke and where, after a quote ending on "?" or "!"
_PLACED_ATTRIBUTION_WORDS = _MAX_ATTRIBUTION_WORDS + 4
# How many paragraphs back an interviewee's last quote may be for an answer to continue it.
_ANSWER_PARAGRAPHS = 12
# Verbs that give someone a name or a label: "hailed as", "dubbed", "billed as".
_NAMING_VERBS = {"hail", "dub", "bill", "tout", "label", "brand", "nickname", "describe"}
_NARRATED_PARAGRAPHS = 3  # paragraph breaks between a quote and one continuing it
# Words a paragraph needs to be a sentence broken off at a quote, not a heading.
_BROKEN_SENTENCE_MIN_WORDS = 6
_HEADING_MAX_WORDS = 16
# Subjects that stand for a person: a reporting verb with one of these can have a speaker.
_PERSONAL_SUBJECTS = {"he", "she", "they", "i", "we"}
# Words for the same relative: "the son, X" is "the child" later.
_KIN_GROUPS = [{"brother", "sister", "sibling"}, {"mother", "father", "parent", "mum", "dad"},
               {"son", "daughter", "child"}, {"husband", "wife", "spouse", "partner"}]
_KIN_NOUNS = set().union(*_KIN_GROUPS)
_NEAR_VERB_WORDS = 6
# Verbs of speech whose object is the one spoken to ("asking X, '...'", "told X").
_ADDRESSING_VERBS = {"tell", "ask", "urge", "remind", "assure", "warn", "thank", "beg"}
_DESCRIPTION_WORDS = 6  # "the 24-year-old forward": words from "the" to the noun
_NEAR_VERB_APPOSITIVE_WORDS = 10
_HEADLINE_MIN_WORDS = 5  # a headline quote this long may take the speaker of close words
# A quoted heading's source: a quote in the next paragraphs repeating this share of its words.
_HEADING_SOURCE_PARAGRAPHS = 4
_HEADING_OVERLAP = 0.6
_TITLE_RUN_WORDS = 4  # "Varnland Deputy Prime Minister": the words before a name
# Roles of whoever leads a body: "the Varco chief", "the Varco boss" is its holder.
_LEADING_ROLES = {"chairman", "chairwoman", "chair", "ceo", "president", "director", "head",
                  "leader", "manager", "coach", "executive", "chief", "boss"}
# Titles of members of a legislature: "the lawmaker", "the legislator" is one of them.
_LEGISLATOR_TITLES = {"senator", "sen", "congressman", "congresswoman", "congressmember",
                      "representative", "rep", "mp", "mep", "msp", "mla", "mpp", "td",
                      "assemblyman", "assemblywoman", "assemblymember", "deputy", "legislator",
                      "lawmaker", "parliamentarian"}
_WORD = re.compile(r"\w+")
# Words that make what follows them a noun phrase of the reporter's sentence.
_DETERMINERS = {"his", "her", "their", "its", "our", "the", "a", "an"}
_DASHED_HEADING = re.compile(r"[-–—] \S.*\S [-–—]")
_CLOSING_PUNCTUATION = {".", ",", "!", "?", "…", ":", ";", "-", "—", "–"}
# Words saying an office is no longer held.
_PAST_OFFICE = {"former", "ex", "late", "then", "elect", "designate"}  # not the one in office

# "X, himself a former governor": a reflexive standing for the person it follows
_REFLEXIVES = {"himself", "herself"}

# 'According to X, "..."': the source named first, then the words as spoken.
_AFTER_ACCORDING_TO = re.compile(r"according to\b[^,\"“”]{1,60},$", re.IGNORECASE)
_FULL_STOPS = {".", "!", "?", "…"}
_SHOW_NOUNS = {"show", "programme", "program", "podcast", "broadcast"}
# "That's the ...", "Those were the ...": a sentence pointing back at words just quoted
_DEMONSTRATIVE_BE = re.compile(r"(?:That|This|Those|These)(?:['’]s| is| was| are| were) the\b")
# How far above a "Quote:" paragraph its "Source:" line may stand.
_SOURCE_LINE_PARAGRAPHS = 3
# A full stop inside a quote, then a new sentence: the quote holds whole sentences.
_SENTENCE_INSIDE = re.compile(r"[a-z][.!?…] +[A-Z][a-z]")
_DOUBLE_MARKS = set(_DOUBLE_OPEN) | set(_DOUBLE_CLOSE) | {'"'}
_OPENING_MARKS = set(_DOUBLE_OPEN) | {'"', "‘", "'"}
# Two single marks typed for a double one, opening and closing a quote.
_DOUBLED_SINGLE = {"‘‘": ("’’", "”"), "''": ("''", '"', "”")}
# ', said Ana Ruiz. The rest ...': an attribution ending its sentence, then a sentence
# with no mark of its own (for _resumed_unmarked)
_RESUMED_AFTER_SAID = re.compile(
    r",?[ \t]*(?:[a-z]+[ \t]+(?:[A-Z][\w'’.-]*[ \t]*){1,3}|(?:[A-Z][\w'’.-]*[ \t]+){1,3}[a-z]+)"
    r"\.[ \t]+(?P<words>[A-Z](?:[^\n\"“”‘’]|(?<=\w)[’'](?=\w))*[.!?,])")
# ', Ana Ruiz, of Harbin, said through tears. ': who spoke, after a comma, ending a quote
# whose closing mark was left out before it.
_ATTRIBUTION_UNMARKED = re.compile(
    r",[ \t](?P<said>(?:[A-Z][\w'’.-]*[ \t]+){1,3}[^\n\"“”.]{0,60}?\b(?:said|says|added|told)"
    r"\b[^\n\"“”.]{0,40}\.[ \t]*)$")
# Words that open a dependent clause or phrase rather than an utterance of its own.
_CLAUSE_CONTINUATIONS = frozenset("""
as if when whenever because until unless while whereas than that to for with of in on at by
from into onto and but or nor so despite notwithstanding although though since once
""".split())
# Nouns for a body of people named after one person: "the X administration".
_COLLECTIVE_NOUNS = ORG_WORDS | {"administration", "campaign", "camp", "family", "allies",
                                 "supporters", "aides", "lawyers", "estate", "regime"}
_SPEAKER_KINDS = {"person", "organization", "place"}
# Nouns of a heading over a text reproduced in full: "X's speech: full transcript".
_TEXT_NOUNS = {"transcript", "text", "address", "remarks", "letter"}
# Writings whose author a later "the letter says" stands for.
_WRITINGS = {"letter", "memo", "email", "note", "message", "post", "op-ed", "essay", "statement"}
# Verbs of putting out a writing or a picture with words on it ("tweeted a graphic").
_SENDING_VERBS = {"tweet", "post", "issue", "release", "publish", "share", "send", "write"}
_PARTIAL_SPEAKER_KINDS = {"person", "organization"}


@dataclass
class QuoteSpan:
    """Quoted text: offsets of its content (marks excluded) and the text without marks."""

    open_mark: int
    close_mark: int  # index of the closing mark, or of the end of the content when unclosed
    start: int
    end: int
    text: str
    # (start, end) of the words in each paragraph of a quote that runs over several.
    paragraphs: tuple[tuple[int, int], ...] = ()


# '”We lost,” he said': a paragraph opening on a closing mark, a word right after it and
# the mark again later in the line, the opening mark typed the wrong way round
_MISTURNED_OPENER = re.compile(r"(?m)^([ \t]*)”(?=\w[^\n“]*”)")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Pair quote marks; nested quotes stay inside their outer quote."""
    quotes: list[QuoteSpan] = []
    text = _MISTURNED_OPENER.sub(r"\1“", text)
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _DOUBLE_OPEN or (ch == '"' and _opens(text, i)):
            span = _close_double(text, i)
        elif text[i:i + 2] in _DOUBLED_SINGLE and _opens(text, i):
            span = _close_doubled_single(text, i)
        elif ch in {"‘", "'"} and _opens(text, i) and not _is_clitic(text, i):
            span = _close_single(text, i)
        elif ch == "”" and _opening_dropped(text, i):
            line_start = text.rfind("\n", 0, i) + 1
            span = _span(text, line_start, i, [(line_start, i)])
        elif ch in {"”", '"'} and quotes and (resumed := _resumed_unmarked(text, quotes[-1], i)):
            span = _span(text, resumed, i, [(resumed, i)])
        else:
            i += 1
            continue
        if span is None:
            i += 1
            continue
        if any(c.isalnum() for c in span.text):
            quotes.append(span)
        i = span.close_mark + 1
    return quotes


def _close_doubled_single(text: str, start: int) -> QuoteSpan | None:
    """'‘‘I was nervous,’’ she says', "''I was nervous,'' she says": two single marks typed
    for each double one, closed by two (or, after straight ones, by a double mark closing a
    word). A paragraph the same two marks reopen goes on with the quote; one that ends
    unclosed, reopened by none, closes it as a double quote's would."""
    opener = text[start:start + 2]
    closers = _DOUBLED_SINGLE[opener]
    pieces: list[tuple[int, int]] = []
    piece_start = start + 2
    while True:
        end = text.find("\n", piece_start)
        end = len(text) if end < 0 else end
        close = min((k for k in (_closing_at(text, piece_start, end, mark) for mark in closers)
                     if k is not None), default=None)
        if close is not None:
            width = 2 if text[close:close + 2] in closers else 1
            return _span(text, start, close + width - 1, pieces + [(piece_start, close)])
        j = _reopening_mark(text, end, {opener[0]}) if end < len(text) else None
        if j is None or text[j:j + 2] != opener:
            return _closed_by_paragraph_end(text, start, piece_start, end, pieces)
        pieces.append((piece_start, end))
        piece_start = j + 2


def _closing_at(text: str, start: int, end: int, mark: str) -> int | None:
    """The first place in text[start:end] where mark closes a word, or None."""
    k = text.find(mark, start, end)
    while k >= 0 and text[k - 1].isspace():
        k = text.find(mark, k + 1, end)
    return None if k < 0 else k


def _opening_dropped(text: str, i: int) -> bool:
    """'There is no one better,” continued the minister.': a closing mark ending the first
    sentence of a paragraph that opens with no mark, a capital and no other mark before it."""
    line_start = text.rfind("\n", 0, i) + 1
    line = text[line_start:i]
    if not (line and line[:1].isupper() and line[-1:] in {",", ".", "?", "!"}) or \
            any(c in _DOUBLE_MARKS for c in line):
        return False
    if not any(c in _FULL_STOPS for c in line[:-1]):
        return True
    # a paragraph of several sentences, closed at its end, right after a paragraph quoting
    # someone: the same speaker going on, the reopening mark lost
    previous = text[:line_start].rstrip()
    previous = previous[previous.rfind("\n") + 1:]
    return text[i + 1:i + 2] in {"", "\n"} and previous[:1] in _OPENING_MARKS and \
        any(c in _DOUBLE_CLOSE or c == '"' for c in previous[1:])


def _resumed_unmarked(text: str, before: QuoteSpan, i: int) -> int | None:
    """'"... I miss them," said Ana. The rest of it was hard."': after a quote and a short
    sentence saying whose it is, the words up to a closing mark that ends the paragraph,
    their opening mark left out; where they start, or None."""
    if text[i + 1:i + 2] not in {"", "\n"}:
        return None
    match = _RESUMED_AFTER_SAID.match(text, before.close_mark + 1, i)
    return match.start("words") if match else None


def _opens(text: str, i: int) -> bool:
    """A straight or single mark opens when it starts a word, or when it comes right after
    a sentence's end and before a capital ('nurses said."The boy ...')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in ".!?" and after.isupper() and text[i] == '"':
        return True
    if text[i] == '"' and text[i - 2:i] in {", ", ": "} and after == " " and \
            text[i + 2:i + 3].isupper():
        return True  # 'wrote, " When I ...': a space typed inside the mark
    if text[i] == "‘" and before.isspace() and after == " " and text[i + 2:i + 3].isalpha():
        return True  # "explained: ‘ The panel ...", "felt ‘ sick’": an opening mark, spaced
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _is_clitic(text: str, i: int) -> bool:
    """'s, 't, 'll ... cut off from their word by a line break: an apostrophe."""
    return bool(re.match(r"['‘’](?:s|t|d|ll|re|ve|m)\b", text[i:i + 4]))


def _closes_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _close_double(text: str, start: int) -> QuoteSpan | None:
    opener = text[start]
    closers = {_DOUBLE_OPEN[opener]} | ({"“"} if opener == "„" else set()) \
        if opener in _DOUBLE_OPEN else {'"'}
    pieces: list[tuple[int, int]] = []
    piece_start = start + 1
    i = start + 1
    depth = 0
    straight_depth = 0  # straight quotes nested in a curly one
    n = len(text)
    if start + 2 < n and text[start + 1] in closers and text[start + 2].isalnum():
        piece_start = i = start + 2  # '“”Something ...': a mark typed twice
    while i < n:
        ch = text[i]
        if ch == "\n":
            j = _reopening_mark(text, i, _DOUBLE_REOPEN | {"‘"}) if depth == 0 else None
            # "‘‘" typed for the reopening double mark, as for an opening one
            width = 2 if j is not None and text[j:j + 2] in _DOUBLED_SINGLE else 1
            if j is None and depth == 0 and opener == "“" and \
                    (resumed := _goes_on_unmarked(text, piece_start, i)) is not None:
                pieces.append((piece_start, i))
                piece_start = i = resumed
                continue
            if j is None or text[j] == "‘" and width == 1:
                return _closed_by_paragraph_end(text, start, piece_start, i, pieces) \
                    if depth == 0 else None
            pieces.append((piece_start, i))
            piece_start = i = j + width
            continue
        if (opener == '"' == ch or depth == 0 and opener in _DOUBLE_OPEN and
                ch in _DOUBLE_OPEN) and _reopens_straight(text, i):
            # 'did a great job, "He ran ...', '“... way to go. “Prices ...': a second quote
            # opens where the first one's closing mark was left out
            said = _ATTRIBUTION_UNMARKED.search(text, piece_start, i)
            if said is not None:
                # '"It is hard, Ana Ruiz said. "...': the mark left out before who spoke
                comma = said.start("said") - 1
                return _span(text, start, comma, pieces + [(piece_start, comma)])
            pieces.append((piece_start, i))
            return _span(text, start, i - 1, pieces)
        # '"...,“ he said': at the outer level, an opening mark typed for a closing one
        typed_closer = depth == 0 and opener in _DOUBLE_OPEN and ch in _DOUBLE_OPEN and \
            _closes_like_a_closer(text, i)
        if opener in _DOUBLE_OPEN and ch in _DOUBLE_OPEN and not _ends_line(text, i) and \
                not typed_closer:
            depth += 1
        elif typed_closer or ch in closers or (opener in _DOUBLE_OPEN and ch in _DOUBLE_CLOSE) \
                or text[i:i + 2] in {"’’", "''"} and not text[i - 1].isspace() \
                or _mismatched_close(text, i, opener, straight_depth) \
                or depth == 0 and _single_mark_closes(text, start, i) \
                or (ch in _DOUBLE_OPEN and _ends_line(text, i)):
            if depth == 0:
                pieces.append((piece_start, i))
                return _span(text, start, i, pieces)
            depth -= 1
        elif ch == '"' and opener in _DOUBLE_OPEN:
            straight_depth += 1 if _opens(text, i) else -1
        i += 1
    return _closed_by_paragraph_end(text, start, piece_start, n, pieces) if depth == 0 else None


def _closes_like_a_closer(text: str, i: int) -> bool:
    """'"... Varn,“ he said', '“faster and cheaper“ with': an opening mark typed against
    the word before it, or after a comma or a full stop, and before a space, where a closing
    one belongs."""
    return i > 0 and (text[i - 1] in ",.!?" or text[i - 1].isalnum()) and \
        text[i + 1:i + 2] in {" ", "", ",", ".", ";", ":", "\n"}


def _reopens_straight(text: str, i: int) -> bool:
    """A straight mark after a comma or a full stop and a space, before a capital: it
    opens a quote, so the quote open before it lost its closing mark."""
    return i >= 2 and text[i - 1] == " " and text[i - 2] in ",.;" and \
        text[i + 1:i + 2].isupper()


def _closed_by_paragraph_end(text: str, start: int, piece_start: int, end: int,
                             pieces: list[tuple[int, int]]) -> QuoteSpan | None:
    """A quote whose closing mark never comes (a mark dropped in editing, or copy cut off
    after the words): the paragraph's end closes it when it runs to a full stop (or to the
    end of the text, cut off mid-sentence) and

    - a double quote opens the paragraph or follows "said:" / "said,", and no other double
      mark stands in its line;
    - a single quote, whose marks look like apostrophes, follows "said:" and opens no other
      single quote;

    else None."""
    lead = text[text.rfind("\n", 0, start) + 1:start].rstrip()
    rest = text[piece_start:end].rstrip()
    if not rest or rest[-1] not in _FULL_STOPS and text[end:].strip() and \
            not (rest[-1].isalnum() and _stops_dropped(text)):
        return None
    if text[start] in {"'", "‘"}:
        closes = lead.endswith(":") and \
            not any(c in {"'", "‘"} and _opens(rest, k) for k, c in enumerate(rest))
    else:
        # or the lead is a closed quote and its attribution: '"...," she said. "Sadly we ...'
        closes = not any(c in _DOUBLE_MARKS for c in rest) and (
            (not lead or lead[-1] in {":", ","}) and not any(c in _DOUBLE_MARKS for c in lead)
            or lead[-1] in _FULL_STOPS and _closed_quotes(lead))
    return _span(text, start, piece_start + len(rest), pieces + [(piece_start, end)]) \
        if closes else None


def _stops_dropped(text: str) -> bool:
    """Copy whose paragraphs often end on a word, their full stops (and so, likely, their
    closing marks) lost: two or more of the paragraphs of eight words or more, and a
    third of them."""
    paragraphs = [p.rstrip() for p in text.split("\n") if len(p.split()) >= 8]
    bare = sum(p[-1].isalnum() for p in paragraphs)
    return bare >= 2 and 3 * bare >= len(paragraphs)


def _closed_quotes(lead: str) -> bool:
    """Double quote marks in lead, every one of them closed."""
    marks = sum(c in _DOUBLE_MARKS for c in lead)
    return marks > 0 and marks % 2 == 0


def _goes_on_unmarked(text: str, piece_start: int, newline: int) -> int | None:
    """'“The firm must pay the fine.' and a paragraph 'Its licence stands for now,” the
    judge ruled.': a curly quote running on into the next paragraph, its reopening mark
    left out, where that paragraph starts on a capital, holds no mark before the curly one
    closing it, and goes on after it; where it starts, or None."""
    if text[piece_start:newline].rstrip()[-1:] not in _FULL_STOPS:
        return None
    j = _next_paragraph_start(text, newline)
    end = text.find("\n", j)
    line = text[j:len(text) if end < 0 else end]
    close = line.find("”")
    if not line[:1].isupper() or close < 0 or any(c in _DOUBLE_MARKS for c in line[:close]) \
            or not line[close + 1:].strip(" .") or line[close - 1:close].isspace():
        return None
    return j


def _reopening_mark(text: str, newline: int, marks: set[str]) -> int | None:
    """A quote running on: where the next paragraph reopens it with one of marks, without
    this paragraph having closed it; None if it does not."""
    j = _next_paragraph_start(text, newline)
    return j if j < len(text) and text[j] in marks else None


def _next_paragraph_start(text: str, newline: int) -> int:
    """Where the next paragraph starts, past the blank lines after newline."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def _ends_line(text: str, i: int) -> bool:
    """An opening mark with nothing after it on its line: it opens nothing, so it is a
    closing mark typed the wrong way round ('... United States. “' at a paragraph's end)."""
    end = text.find("\n", i)
    return not text[i + 1:len(text) if end < 0 else end].strip()


def _mismatched_close(text: str, i: int, opener: str, straight_depth: int) -> bool:
    """A closing mark of the other style: '"...”' or '“..."', common in edited copy.

    A curly close ends a straight quote; a straight mark ends a curly quote when it
    closes a word and no straight quote opened inside is still waiting for it.
    """
    ch = text[i]
    if opener == '"':
        return ch == "”"
    return ch == '"' and straight_depth <= 0 and not _opens(text, i) \
        and i > 0 and not text[i - 1].isspace()


def _single_mark_closes(text: str, start: int, i: int) -> bool:
    """'“... from here,’ said X': a curly double quote closed by a single mark after its
    last stop, with no single quote opened inside it that the mark could be closing."""
    return text[start] == "“" and text[i] == "’" and text[i - 1] in ",.!?" and \
        text[i + 1:i + 2] in {"", " ", "\n"} and "‘" not in text[start:i] and \
        not any(text[k] == "'" and _opens(text, k) for k in range(start + 1, i))


def _verb_of_object(token: Token) -> Token:
    """The verb a word closely after it is the object of ("told reporters", "wrote to
    Ana"), or the word itself."""
    if token.dep_ == "pobj" and token.head.head.i >= token.i - 4:
        return token.head.head
    if token.dep_ == "dobj" and token.head.i >= token.i - 3:
        return token.head
    return token


def _close_single(text: str, start: int) -> QuoteSpan | None:
    pieces: list[tuple[int, int]] = []
    piece_start = start + 1
    i = start + 1
    n = len(text)
    possessive = None
    while i < n:
        ch = text[i]
        if ch == "\n":
            j = _reopening_mark(text, i, {"‘"}) if text[start] == "‘" \
                else _straight_single_runs_on(text, start, piece_start, i)
            if j is None:
                return _closed_by_paragraph_end(text, start, piece_start, i, pieces) or \
                    _closed_at_possessive(text, start, piece_start, possessive, pieces)
            pieces.append((piece_start, i))
            piece_start = i = j + 1
            continue
        if ch in _DOUBLE_OPEN or (ch == '"' and _opens(text, i)):
            inner = _close_double(text, i)  # British style: double quotes nest in single
            if inner is None:
                return None
            i = inner.close_mark + 1
            continue
        if ch == "”" and text[i - 1] in ".,!?…" and text[i + 1:i + 2] in {"", " ", "\n"}:
            # "‘... all a muddle.”": a single quote closed by a double mark, none open
            pieces.append((piece_start, i))
            return _span(text, start, i, pieces)
        if ch in _APOSTROPHES and _closes_single(text, i):
            if not _is_plural_possessive(text, i):
                pieces.append((piece_start, i))
                return _span(text, start, i, pieces)
            possessive = i
        elif ch in {"‘", "'"} and possessive is not None and text[i - 1] == " " and \
                text[i + 1:i + 2].isalpha():
            # "‘...the lorries’ as roads were ‘shut for days’": a single quote opening before
            # this one closed, so the mark that looked like a plural's apostrophe closed it
            pieces.append((piece_start, possessive))
            return _span(text, start, possessive, pieces)
        elif ch in {"‘", "'"} and _opens(text, i) and text[i + 1:i + 2].isalpha() and \
                not _is_clitic(text, i) and (inner := _inner_single_close(text, i)) is not None:
            i = inner  # "'... (what she called 'a fair price'). ...'": a quote inside
        i += 1
    return _closed_by_paragraph_end(text, start, piece_start, n, pieces) or \
        _closed_at_possessive(text, start, piece_start, possessive, pieces)


def _closed_at_possessive(text: str, start: int, piece_start: int, possessive: int | None,
                          pieces: list[tuple[int, int]]) -> QuoteSpan | None:
    """"sees 'real progress' as talks go on": nothing else closing the quote in its
    paragraph, the mark taken for a plural's apostrophe closed it."""
    if possessive is None:
        return None
    return _span(text, start, possessive, [*pieces, (piece_start, possessive)])


def _inner_single_close(text: str, start: int) -> int | None:
    """Where a single quote opening inside another single quote closes, in its paragraph,
    if a mark closes it before the outer quote's own closing mark can."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    i = start + 1
    while i < end:
        if text[i] in _APOSTROPHES and _closes_single(text, i) and \
                not _is_plural_possessive(text, i):
            later = next((k for k in range(i + 1, end) if text[k] in _APOSTROPHES
                          and _closes_single(text, k) and not _is_plural_possessive(text, k)),
                         None)
            return i if later is not None else None
        i += 1
    return None


def _straight_single_runs_on(text: str, start: int, piece_start: int,
                             newline: int) -> int | None:
    """A straight single quote that opens a paragraph, runs to a full stop without closing and
    is reopened by the next paragraph's first mark: British copy carries a quote on so.
    Returns where the next paragraph reopens it, else None."""
    if start and text[start - 1] != "\n":
        return None
    if text[piece_start:newline].rstrip()[-1:] not in _FULL_STOPS:
        return None
    return _reopening_mark(text, newline, {"'", "‘"})


def _is_plural_possessive(text: str, i: int) -> bool:
    """"the sides’ positions": an apostrophe after s followed by a lower-case word."""
    if i == 0 or text[i - 1] != "s":
        return False
    rest = text[i + 1:i + 3]
    return len(rest) == 2 and rest[0] == " " and rest[1].islower()


def _span(text: str, open_mark: int, close_mark: int,
          pieces: list[tuple[int, int]]) -> QuoteSpan:
    trimmed = []
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    if not trimmed:
        return QuoteSpan(open_mark, close_mark, pieces[0][0], pieces[0][0], "")
    return QuoteSpan(open_mark, close_mark, trimmed[0][0], trimmed[-1][1],
                     "\n".join(text[a:b] for a, b in trimmed),
                     tuple(trimmed) if len(trimmed) > 1 else ())


def _thing_going_on(verb: Token) -> bool:
    """'had a "..." talk with X as negotiations continued': a verb that may report speech,
    in a clause of time with a thing for its subject, says nothing of who spoke."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _PERSON_WORDS
        for c in verb.children)


def quote_key(quote: str) -> str:
    """The same words under any case, quote style, spacing or trailing punctuation."""
    folded = anyascii(quote).lower()
    folded = re.sub(r"[^a-z0-9]+", " ", folded.replace("'", "")).strip()
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Attribution:
    speaker: ActorMention | None
    verb: str | None
    after: bool  # the reporting clause follows the quote (", X said")


# A word opening a sentence that links it to the one before ("Still, he said").
_LINKING_WORD = re.compile(r"^\s*(?:Still|But|However|Yet|And|Later|Then|Meanwhile|Instead)"
                           r"\b,?", re.IGNORECASE)
# Titles of those who lead a nation: "the Varnish leader" is its president or prime minister.
_NATION_LEADERS = {"president", "prime", "premier", "chancellor", "king", "queen", "emir",
                   "sultan", "taoiseach"}


def _reported_by_person_before(subject: Token, before: Span, actors: DocActors) -> bool:
    """Whether subject's clause is the content of a reporting verb, within before, whose own
    subject is a person: "Varn said Ana had lied" reports Ana, and Varn is the one talking."""
    for verb in subject.head.ancestors:
        if not before.start <= verb.i < before.end or not reports_speech(verb):
            continue
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        mention = actors.at_token(speaker) if speaker is not None else None
        if mention is not None and mention.kind == "person":
            return True
    return False


class StatementFinder:
    """Finds the statements of one parsed article, given its actors."""

    def __init__(self, doc: Doc, actors: DocActors, quotes: list[QuoteSpan],
                 titles: list[QuoteSpan] | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.actors = actors
        self.quotes = quotes
        self.titles = titles or []  # quotes naming a work: no statements
        self._quoted = [(q.open_mark, q.close_mark + 1) for q in quotes]
        self._sentences = list(doc.sents)
        self._sentence_starts = [sentence.start_char for sentence in self._sentences]
        self._quoted_so_far: list[Statement] = []
        self._unspoken: list[QuoteSpan] = []  # partial quotes nobody was found to say
        self._mention_counts = Counter(mention.key for _, mention in actors.occurrences)
        # an honorific ("Ms X") tells a person's sex before any pronoun said of them does
        self._told_gender = self._genders_told() | self._honorific_genders()

    def _genders_told(self) -> dict[str, str]:
        """'Ade Bello said she was worried': a person saying "he" or "she" of the subject of
        their own reported clause tells their sex, whatever their given name suggests, unless
        their subject names someone else ("X's mother, Y, said he ..." speaks of X)."""
        told: dict[str, set[str]] = {}
        for occ, mention in self.actors.occurrences:
            subject = subject_head(self.doc[occ.end - 1])
            if mention.kind != "person" or subject is None or not reports_speech(subject.head):
                continue
            if any((other := self.actors.at_token(t)) is not None and other is not mention
                   and other.kind == "person" for t in subject.subtree):
                continue
            for clause in subject.head.children:
                if clause.dep_ != "ccomp":
                    continue
                for child in clause.children:
                    if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in {"he", "she"} \
                            and occ.end <= child.i and not within(child.idx, self._quoted):
                        told.setdefault(mention.key, set()).add(_PRONOUN_GENDER[child.lower_])
        for occ, mention in self.actors.occurrences:
            if mention.kind == "person":
                for gender in self._relative_clause_genders(self.doc[occ.end - 1]):
                    told.setdefault(mention.key, set()).add(gender)
        return _one_sex_each(told)

    def _relative_clause_genders(self, name: Token) -> Iterable[str]:
        """'Ivo Varn, who gave his backing': "his" or "her" in a clause about the person
        that "who" opens, before anyone else is named in it, owned by the person."""
        for clause in name.children:
            if clause.dep_ != "relcl" or not any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who"
                    for c in clause.children):
                continue
            for token in clause.subtree:
                if self.actors.at_token(token) is not None or within(token.idx, self._quoted):
                    break
                if token.dep_ == "poss" and token.lower_ in {"his", "her"}:
                    yield "male" if token.lower_ == "his" else "female"
                    break

    def _honorific_genders(self) -> dict[str, str]:
        """'Ms Varga': the sex the honorifics before a person's name tell, if only one."""
        told: dict[str, set[str]] = {}
        for occ, mention in self.actors.occurrences:
            first = self.doc[occ.start]
            before = self.doc[occ.start - 1] if occ.start else first
            for word in {first.lower_, before.lower_} - {""}:
                gender = HONORIFIC_GENDER.get(word.rstrip("."))
                if mention.kind == "person" and gender is not None:
                    told.setdefault(mention.key, set()).add(gender)
        return _one_sex_each(told)

    def _fits(self, mention: ActorMention, gender: str | None) -> bool:
        told = self._told_gender.get(mention.key)
        if gender is None or told is None:
            return _gender_fits(mention, gender)
        return told == gender

    def statements(self) -> list[Statement]:
        found: list[Statement] = []
        previous: list[tuple[QuoteSpan, Statement]] = []
        self._quoted_so_far = found
        for quote in self.quotes:
            if quote in self.titles:
                continue
            statement = self._quote_statement(quote, previous)
            if statement is not None:
                found.extend(self._by_paragraph(quote, statement))
                previous.append((quote, found[-1]))
        headings = {s.start for quote, s in previous if self._is_heading(quote)}
        found = self._side_by_side_take_speaker(found, previous)
        found = self._headings_quoting_later_words(found, headings)
        found = _repeats_take_speaker(found)
        found.extend(self._said_again(found))
        found.extend(self._indirect_statements())
        found.sort(key=lambda s: (s.start, s.kind))
        return found

    # -- direct and partial quotes ---------------------------------------------------

    def _side_by_side_take_speaker(self, found: list[Statement],
                                   previous: list[tuple[QuoteSpan, Statement]]
                                   ) -> list[Statement]:
        """'“... never ours” “It's good ...,” he said': a quote with no attribution of its
        own, closed right where the next one opens, is the words of the next one's speaker;
        so is one left open at its paragraph's end when the next paragraph closes a quote
        it never opened (one quote whose reopening mark the page lost)."""
        speakers: dict[int, Statement] = {}
        pairs = list(zip(previous, previous[1:], strict=False))
        for (quote, statement), (following, after) in reversed(pairs):
            after = speakers.get(after.start, after)
            runs_on = quote.close_mark == quote.end and \
                not self.text[quote.end:following.open_mark].strip() and \
                self.text[following.open_mark] not in _OPENING_MARKS
            if statement.speaker_key is None and statement.verb is None and \
                    after.speaker_key is not None and (
                    runs_on or not self.text[quote.close_mark + 1:following.open_mark].strip(" ")):
                speakers[statement.start] = after
        return [replace(s, speaker=speakers[s.start].speaker,
                        speaker_key=speakers[s.start].speaker_key, verb=speakers[s.start].verb)
                if s.start in speakers and s.speaker_key is None else s for s in found]

    def _said_again(self, found: list[Statement]) -> list[Statement]:
        """'unions call it "a recipe for chaos"' and later Y: "This is a recipe for chaos.": a
        phrase quoted without a speaker is the words of the one person quoted saying all of
        them elsewhere in the article."""
        spoken = [s for s in found if s.speaker_key is not None and
                  (m := self._mention_by_key(s.speaker_key)) is not None and m.kind == "person"]
        again = []
        headline_end = self._top_lines_end  # the headline's, or a standfirst's
        for quote in self._unspoken:
            in_headline = quote.end <= headline_end
            if len(_WORD.findall(quote.text)) < _MIN_UNATTRIBUTED_WORDS and not (
                    in_headline and any(_words_kept(quote.text, s.quote) for s in spoken)):
                continue  # though a headline's few words, quoted again as someone's, are theirs
            # a headline may shorten the words it quotes ("Waited Too Long" of "we waited
            # for too long")
            speakers = {s.speaker_key: s for s in spoken
                        if s.start != quote.start and (_repeats(s.quote, quote.text) or
                                                       in_headline and
                                                       _words_kept(quote.text, s.quote))}
            if len(speakers) == 1:
                said = next(iter(speakers.values()))
                again.append(Statement(
                    quote=quote.text, kind="partial", speaker=said.speaker,
                    speaker_key=said.speaker_key, verb=None, start=quote.start,
                    end=quote.end, quote_key=quote_key(quote.text)))
        return again

    def _headings_quoting_later_words(self, found: list[Statement],
                                      headings: set[int]) -> list[Statement]:
        """A quoted heading ("'Unrest is deplorable'", starting at one of headings) or a quote
        in the headline takes the speaker of a later quote of the same words; a quoted
        heading with no speaker, that of the quote below it that repeats most of its words,
        within the next paragraphs."""
        result = []
        title_end = self._top_lines_end
        for statement in found:
            words = set(_WORD.findall(statement.quote.lower()))
            if statement.start in headings or statement.end <= title_end:
                # The headline repeats words quoted below: the speaker given there.
                same = next((later for later in found if later.start > statement.end
                             and (_repeats(later.quote, statement.quote) or
                                  statement.end <= title_end and
                                  _words_kept(statement.quote, later.quote))
                             and later.speaker is not None), None)
                if same is None and statement.speaker is None and \
                        len(words) >= _HEADLINE_MIN_WORDS and statement.end <= title_end:
                    # a headline quoting words below with one changed ("the people" for
                    # "the three people")
                    same = next((later for later in found if later.start > statement.end
                                 and later.speaker is not None
                                 and _shares_most_words(words, later.quote)), None)
                if same is not None:
                    statement = replace(statement, speaker=same.speaker,
                                        speaker_key=same.speaker_key)
            if statement.speaker is None and len(words) >= 3 and statement.start in headings:
                limit = statement.end
                for _ in range(_HEADING_SOURCE_PARAGRAPHS):  # paragraphs, past blank lines
                    limit = self.text.find("\n", _next_paragraph_start(self.text, limit))
                    if limit < 0:
                        limit = len(self.text)
                        break
                for later in found:
                    if statement.end < later.start <= limit and later.speaker is not None and \
                            _shares_most_words(words, later.quote):
                        statement = replace(statement, speaker=later.speaker,
                                            speaker_key=later.speaker_key)
                        break
            if statement.speaker is None and statement.start in headings and \
                    (quote := next((q for q in self.quotes if q.start == statement.start),
                                   None)) is not None and \
                    (speaking := self._subject_of_next_paragraph(quote, speaking=True)):
                # "'We will never accept a blockade'" over "X said that ...": the one the
                # section quotes
                statement = replace(statement, speaker=speaking.name, speaker_key=speaking.key)
            result.append(statement)
        return result

    @cached_property
    def _top_lines_end(self) -> int:
        """Where the lines above the body end: the headline, a standfirst and a quoted
        subheading, none closing on a full stop, come before the first paragraph that does
        or a caption closing on a bracket; never before the headline's end."""
        headline_end = self.text.find("\n")
        start = 0
        while start < len(self.text):
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            line = self.text[start:end].strip()
            if line and (line[-1] in _FULL_STOPS or line[-1] == ")"):
                # (a caption, closing on its photographer's credit)
                return max(headline_end, start - 1)
            start = end + 1
        return headline_end

    def _by_paragraph(self, quote: QuoteSpan, statement: Statement) -> list[Statement]:
        """A quote running over paragraphs, each reopening it: one statement per paragraph,
        all with the speaker and verb of the one attribution, as the marks delimit them."""
        if not quote.paragraphs:
            return [statement]
        return [replace(statement, quote=self.text[a:b], start=a, end=b,
                        quote_key=quote_key(self.text[a:b])) for a, b in quote.paragraphs]

    def _quote_tokens(self, quote: QuoteSpan) -> Span | None:
        """The tokens of the quote's words, widened to whole tokens."""
        return self.doc.char_span(quote.start, quote.end, alignment_mode="expand")

    def _quote_statement(self, quote: QuoteSpan,
                         previous: list[tuple[QuoteSpan, Statement]]) -> Statement | None:
        span = self._quote_tokens(quote)
        if span is None or len(span) == 0:
            return None
        heading = self._is_section_heading(quote)
        if heading:
            # "'Difficult to have much confidence': Desjardins": a section's heading quotes
            # the person the section goes on to report.
            attribution = _Attribution(self._person_after_heading_quote(quote)
                                       or self._subject_of_next_paragraph(quote), None, False)
            kind = "direct" if self._has_own_subject(quote) or self._imperative(quote) \
                else "partial"
        else:
            attribution = self._attribute(quote, span)
            if attribution.speaker is None and attribution.verb is None and \
                    (source := self._source_closing_heading(quote)) is not None:
                attribution = _Attribution(source, None, False)
            if attribution.speaker is None and attribution.verb is None and \
                    not self.text[:quote.open_mark].strip() and \
                    self.text[quote.close_mark + 1:quote.close_mark + 2] == ":" and \
                    (named := self._person_after_heading_quote(quote)) is not None:
                # a headline opening on a quote, then a colon and the one who said it
                attribution = _Attribution(named, None, False)
            kind = self._kind(quote, attribution)
        speaker = attribution.speaker
        verb = attribution.verb
        if speaker is None and attribution.verb is None and previous and (
                previous[-1][0] is self._quote_joined_before(quote) or
                self._listed_after_a_word(quote) and
                previous[-1][0] is self._quote_before(quote.open_mark)):
            # 'she called it "rash" and "a risk to us all"', 'must be "sound," "fair"':
            # one speaker's words, all
            speaker = self._mention_by_key(previous[-1][1].speaker_key or "")
            verb = previous[-1][1].verb
        if speaker is None and attribution.verb is None and kind == "direct" and not heading:
            speaker = self._continued_speaker(quote, previous)
        if kind == "partial" and (speaker is None or speaker.kind not in _PARTIAL_SPEAKER_KINDS):
            self._unspoken.append(quote)
            return None
        if speaker is None and (len(quote.text.split()) < _MIN_UNATTRIBUTED_WORDS
                                or title_cased(quote.text, _TITLE_MIN_WORDS)):
            return None  # a quoted name, term or title, not something somebody said
        if speaker is not None and speaker.kind not in _SPEAKER_KINDS:
            speaker = None
        return Statement(quote=quote.text, kind=kind, speaker=speaker.name if speaker else None,
                         speaker_key=speaker.key if speaker else None, verb=verb,
                         start=quote.start, end=quote.end, quote_key=quote_key(quote.text))

    def _kind(self, quote: QuoteSpan, attribution: _Attribution) -> str:
        """Direct: a standalone utterance; partial: words quoted inside the reporter's sentence."""
        lead = self._lead_in(quote)
        if _SENTENCE_INSIDE.search(quote.text) and not (
                lead.strip() and self._determiner_before(quote)):
            # 'said so, "because we wait. We cannot wait"': whole sentences, though not
            # 'described him as a "good man. He was ..."', the reporter's noun phrase
            return "direct"
        if not lead.strip() and self._listed_after_a_word(quote):
            return "partial"  # 'must be “sound,” “trusted,” and “fair.”'
        if not lead.strip() and (self._opens_reporters_phrase(quote) or
                                 self._reporter_goes_on_from(quote)):
            # "'Grim' news for the harbour", '"Unfair" was the word', '"There is work we
            # began" to finish, she said'
            return "partial"
        if quote.text[-1:] in {"!", "?"} and self._after_verb_comma(quote):
            return "direct"  # 'X counts down, "Five, four, go!"': a cry or a question
        if quote.text[-1:] == "." and quote.text[:1].isupper() and (
                self._after_verb_comma(quote) or self._after_verb_colon(quote)):
            return "direct"  # 'he said, "Probably."': a reply, whole though it has no verb
        if lead.strip() and not self._is_clause(quote):
            return "partial"  # 'makes a difference "in the immediate," X said'
        if self._determiner_before(quote):
            return "partial"  # 'touted his "Best Year Ever."': a noun phrase of the reporter's
        if lead.strip() and (self._relative_to_noun_before(quote) or
                             self._after_relative_pronoun(quote)):
            # 'there were jobs "we cannot do alone."', 'the plans that "will change ..."':
            # the clause of the reporter's noun
            return "partial"
        if lead.strip() and self._completes_reporter(quote):
            return "partial"  # 'is in favour of "...," X said', 'the talks were "...,"'
        if lead.strip() and self._lower_case_rest_of_reporter(quote) and not (
                attribution.after and quote.text[-1:] == "," and self._clause_after_comma(quote)):
            # though 'remains "set on it, it's a big part of his plan," X said' has a
            # clause of its own
            return "partial"  # 'divers spotted "three cannons and a bell," X said'

        if not lead.strip() or lead.rstrip().endswith(":") or self._after_verb_comma(quote) \
                or _AFTER_ACCORDING_TO.match(lead.strip()):
            return "direct"
        if self._resumes_split_quote(quote, lead):
            return "direct"
        if attribution.after and not self._after_auxiliary(quote) and (
                quote.text[-1:] in {",", ".", "!", "?", "…"} or (
                self.text[quote.close_mark + 1:quote.close_mark + 2] == ","
                and lead.rstrip()[-1:] in {"", ","})):
            # '"...," he said' or, with the comma outside, 'However, "...", he said'
            return "direct"
        if self._after_said_that(quote) and self._has_own_subject(quote):
            return "direct"
        if lead.rstrip().endswith(",") and quote.text[:1].isupper() and \
                quote.text[-1:] in _FULL_STOPS and self._opens_on_subject(quote) and \
                self._has_own_subject(quote) and self._ends_whole(quote):
            return "direct"  # 'told X that if they failed, "You take it, or we go."'
        if self._after_told_someone(quote) and quote.text[-1:] in _FULL_STOPS and \
                self._is_clause(quote):
            return "direct"  # 'told Ruiz "not again, don't ask me."': said to someone
        if self._quote_joined_before(quote) and self._opens_on_subject(quote) and \
                self._ends_whole(quote) and self._has_own_subject(quote):
            return "direct"  # 'called it "rash" and "it will cost us all"': a clause
        if self._quote_joined_before(quote) and not self._opens_on_subject(quote):
            return "partial"  # 'covered "trade" and "every matter close to us."'
        if self._after_speakers_name(quote) and quote.text[:1].isupper() and \
                quote.text[-1:] in _FULL_STOPS and self._opens_on_subject(quote):
            return "direct"  # '"...," says Ruiz "It has not got better."': a sentence of its own
        if self._speaks_in_first_person(quote) and not self._continues_reporter(quote) and (
                not re.search(r"\b(?:and|but|or)\W*$", lead)
                or re.search(r"\bbut\W*$", lead) and len(quote.text.split()) >= _DIRECT_MIN_WORDS):
            # 'X said while ... "we plan to wait."': the speaker's own clause, though
            # not 'he took his bag, and "we ran"', a clause joined to the reporter's (one
            # set against it at length is an utterance of its own: 'but "I will grant ..."')
            return "direct"
        words = len(quote.text.split())
        needed = _DIRECT_MIN_WORDS
        if quote.text.lstrip("'\"‘“… ")[:1].islower():
            needed += _LOWER_CASE_EXTRA_WORDS
            if not self._has_own_subject(quote):
                needed += _LOWER_CASE_EXTRA_WORDS  # 'asked it to "explore options ..."'
            if not self._has_tensed_verb(quote):
                return "partial"  # 'reopened it "mainly because of evidence supplied by ..."'
        if words >= needed and quote.text[-1:] in {",", ".", "!", "?", "…"} \
                and not self._continues_reporter(quote):
            return "direct"
        return "partial"

    def _opens_reporters_phrase(self, quote: QuoteSpan) -> bool:
        """A few quoted words, with no stop of their own, that the reporter's words go on
        from in lower case: "'Grim' news for the harbour", '"Unfair" was the word he used'."""
        return len(quote.text.split()) < _DIRECT_MIN_WORDS and \
            quote.text[-1:] not in _FULL_STOPS | {",", "…"} and \
            self._lower_case_after(quote) and not self._has_own_subject(quote)

    def _lower_case_after(self, quote: QuoteSpan) -> bool:
        """A space and a word in lower case right after the quote's closing mark."""
        after = self.text[quote.close_mark + 1:quote.close_mark + 3]
        return after[:1] == " " and after[1:].islower()

    def _reporter_goes_on_from(self, quote: QuoteSpan) -> bool:
        """Quoted words with no stop of their own that the reporter's sentence carries on
        from in lower case, with a verb depending on a word inside the quote."""
        span = self._quote_tokens(quote)
        if not (quote.text[-1:].isalnum() and self._lower_case_after(quote)) or span is None:
            return False
        word = next((t for t in self.doc[span.end:] if not t.is_punct and not t.is_space), None)
        if word is None:
            return False
        # the top of the following words, hanging from a word inside the quote, is a verb
        # ("to continue"), not a time or place the quoted words are set in ("in May")
        top = word
        while top.head.i >= span.end and top.head.i != top.i:
            top = top.head
        return span.start <= top.head.i < span.end and top.pos_ in {"VERB", "AUX"}

    def _completes_reporter(self, quote: QuoteSpan) -> bool:
        """Quoted words the reporter's sentence needs to be whole: after a preposition, an
        infinitive's "to", an article or "be" as a main verb ('in favour of "..."', 'pledged
        to "..."', 'showed that the "..."', 'the talks were "..."')."""
        sentence = self._sentence_before(quote)
        if not sentence:
            return False
        last = sentence[-1]
        return last.pos_ == "ADP" and last.lower_ != "that" or last.tag_ == "TO" or \
            last.lower_ in {"a", "an", "the"} or (
            last.lemma_ == "be" and last.dep_ not in {"aux", "auxpass"})

    def _lower_case_rest_of_reporter(self, quote: QuoteSpan) -> bool:
        """Quoted words in lower case that the reporter's sentence runs into: the object
        of a verb that reports no speech ('divers spotted "three cannons ..."') or, in a
        few words, the verb of a subject the reporter wrote ('its name "remains unknown"')."""
        span = self._quote_tokens(quote)
        sentence = self._sentence_before(quote)
        if span is None or not sentence:
            return False
        first, last = span[0], sentence[-1]
        if not quote.text[:1].islower():
            # 'resembles "Varn Delta practices that ...": a name opening the object, no
            # subject of a clause of its own
            return first.pos_ == "PROPN" and last.pos_ == "VERB" and \
                not reports_speech(last) and last.tag_ != "VBG" and \
                not self._opens_on_subject(quote)
        if last.pos_ == "VERB" and not reports_speech(last) and (
                last.tag_ != "VBG" or first.pos_ == "DET"):
            return True  # also 'was building "a new kind of ..."': a noun phrase it makes
        # the verb past an adverb ('the ferry "still carries ..."')
        first = next((t for t in span if t.pos_ != "ADV"), first)
        if last.tag_ == "PRP" and last.dep_ in {"nsubj", "nsubjpass"} and last.head == first \
                and first.tag_ in {"VBZ", "VBD", "VBP", "MD"}:
            return True  # 'explained that he "took the step because ..."': his verb
        # A longer one reads as a clause of its own that a verb reports ('said the ferry
        # "carries ... to the far harbour,"'), though not where the reporter's noun is the
        # subject of a clause no verb of speech takes ('that while the ferry "carries ...,"')
        # ('Varn "leveraged the talks,"', a past form the tagger read as a participle)
        return last.pos_ in {"NOUN", "PROPN"} and (
            first.tag_ in {"VBZ", "VBD", "VBP", "MD"} or
            first.tag_ == "VBN" and not self._has_own_subject(quote)) \
            and (len(quote.text.split()) < _DIRECT_MIN_WORDS or
                 last.head == first and last.dep_ in {"nsubj", "nsubjpass"}
                 and first.dep_ in {"advcl", "relcl"})

    def _relative_to_noun_before(self, quote: QuoteSpan) -> bool:
        """A quote that is a relative clause of the reporter's noun just before its opening
        mark: 'there were jobs "we cannot do alone."'."""
        span = self._quote_tokens(quote)
        before = self._sentence_before(quote)
        if span is None or not before or before[-1].pos_ != "NOUN":
            return False
        return any(t.dep_ == "relcl" and t.head.i == before[-1].i for t in span)

    def _after_relative_pronoun(self, quote: QuoteSpan) -> bool:
        """Quoted words in lower case going on from the reporter's "that", "which" or "who",
        opening a clause qualifying a noun: 'the plans that "will change ..."'."""
        before = self._sentence_before(quote)
        last = before[-1] if before else None
        return last is not None and quote.text[:1].islower() and \
            last.lower_ in {"that", "which", "who"} and last.head.dep_ == "relcl"

    def _clause_after_comma(self, quote: QuoteSpan) -> bool:
        """A clause of four words or more with a pronoun for its subject after a comma inside
        the quote: '"set on it, it's a big part of his plan,"'."""
        span = self._quote_tokens(quote)
        if span is None:
            return False
        for token in span[1:]:
            if self.doc[token.i - 1].text == "," and token.tag_ == "PRP" and \
                    token.dep_ == "nsubj" and token.head.i > token.i and \
                    token.head.tag_ in _FINITE_TAGS and \
                    span.end - token.i >= 4:
                return True
        return False

    def _quote_joined_before(self, quote: QuoteSpan) -> QuoteSpan | None:
        """'"..." and "..."': the quote just before this one, where "and" or "or" alone
        joins the two."""
        earlier = self._quote_before(quote.open_mark)
        joined = earlier is not None and \
            self.text[earlier.close_mark + 1:quote.open_mark].strip() in {"and", "or"}
        return earlier if joined else None

    def _after_speakers_name(self, quote: QuoteSpan) -> bool:
        """'says Ruiz "..."': a person's name right before the quote's opening mark."""
        sentence = self._sentence_before(quote)
        mention = self.actors.at_token(sentence[-1]) if sentence else None
        return mention is not None and mention.kind == "person"

    def _after_told_someone(self, quote: QuoteSpan) -> bool:
        """'told Ruiz "..."', 'asked her "..."': a verb of speech and the person spoken to,
        right before the quote."""
        sentence = self._sentence_before(quote)
        if len(sentence) < 2:
            return False
        hearer = sentence[-1]
        verb = hearer.head
        return hearer.dep_ in {"dobj", "dative"} and verb.pos_ == "VERB" and \
            reports_speech(verb) and verb.i + 1 == hearer.left_edge.i and (
                hearer.lower_ in _PRONOUN_GENDER or self.actors.at_token(hearer) is not None)

    def _after_auxiliary(self, quote: QuoteSpan) -> bool:
        """'the council has "put it on file," he added': the quote goes on with the verb of
        the reporter's clause; only its length can make it an utterance of its own."""
        sentence = self._sentence_before(quote)
        last = sentence[-1] if sentence else None
        return last is not None and (last.tag_ == "MD" or (
            last.lemma_ in {"have", "be", "do"} and last.dep_ in {"aux", "auxpass"}))

    def _sentence_before(self, quote: QuoteSpan) -> list[Token]:
        """The tokens of the quote's sentence before its opening mark, in its paragraph."""
        lead = self._lead_in(quote)
        span = self.doc.char_span(quote.open_mark - len(lead), quote.open_mark,
                                  alignment_mode="contract")
        return [t for t in span if not t.is_space] if span is not None else []

    def _after_verb_comma(self, quote: QuoteSpan) -> bool:
        """'He then remarked, "..."': a reporting verb and a comma right before the quote."""
        before = self.text[:quote.open_mark].rstrip()
        if not before.endswith(","):
            return False
        span = self.doc.char_span(max(0, len(before) - 30), len(before) - 1,
                                  alignment_mode="contract")
        if span is None or not len(span):
            return False
        verb = span[-1]
        if verb.dep_ == "prt":
            verb = verb.head  # "X counts down, '...'"
        if verb.lower_ != "reading" and not reports_speech(verb):
            verb = _verb_of_object(verb)  # "He wrote to Ana, '...'", "he told reporters, '...'"
        last = span[-1]
        while verb.lower_ != "reading" and not reports_speech(verb) and \
                last.dep_ in {"pobj", "prep", "dobj", "dative"} and last.head.i < last.i and \
                last.i - last.head.i <= 8:
            last = verb = last.head  # "he remarked to a guest beside him, '...'"
        # "a post reading, '...'" (whatever the tag of "reading"): writing quoted word for
        # word, as much as speech
        return reports_speech(verb) and verb.pos_ == "VERB" or verb.lower_ == "reading"

    def _after_verb_colon(self, quote: QuoteSpan) -> bool:
        """'X replied in Varnish: "..."': a colon closing a clause whose verb reports
        speech and has not yet said what (not 'X warned that it was a battle: "A battle
        of ..."', the reporter's word taken up)."""
        sentence = self._sentence_before(quote)
        if not sentence or sentence[-1].text != ":":
            return False
        verb = sentence[-1].head
        return reports_speech(verb) and verb.pos_ == "VERB" and not any(
            c.dep_ in {"ccomp", "dobj"} and c.i < sentence[-1].i for c in verb.children)

    def _after_said_that(self, quote: QuoteSpan) -> bool:
        """'X said that "..."', or '... that "..." and "..."': a quoted that-clause."""
        before = self.text[:quote.open_mark].rstrip()
        if re.search(r"\band$", before):
            earlier = self._quote_before(quote.open_mark)
            if earlier is None or self.text[earlier.close_mark + 1:quote.open_mark].strip() \
                    != "and":
                return False
            before = self.text[:earlier.open_mark].rstrip()
        span = self.doc.char_span(max(0, len(before) - 40), len(before),
                                  alignment_mode="contract")
        tokens = list(span) if span is not None else []
        while len(tokens) > 2 and tokens[-1].dep_ in {"poss", "case", "det"} and \
                tokens[-1].lower_ != "that":
            tokens.pop()  # 'warning that Moscow's "...": the quote's subject's owner
        if tokens and reports_speech(tokens[-1]) and tokens[-1].pos_ == "VERB":
            # 'who said "the harbour is full"': the clause the verb reports, unmarked,
            # opening on its subject (not 'said "judge us by our record", but ...'), whole
            # (not 'saying "our council shall..."') and not going on in the reporter's words
            # ('saying "prices rise" with every tariff')
            return self._opens_on_subject(quote) and self._ends_whole(quote)
        if len(tokens) < 2 or tokens[-1].lower_ != "that":
            return False
        sentence = tokens[-1].sent.start
        # '... described it as "..." and that "...": the second thing the verb reports, the
        # verb far back in the sentence
        window = self.doc[sentence:tokens[-1].i] if tokens[-2].lower_ == "and" else tokens[-8:-1]
        return any(reports_speech(t) and t.pos_ in {"VERB", "AUX"}
                   for t in window if t.i >= sentence)

    def _has_own_subject(self, quote: QuoteSpan) -> bool:
        """Whether the quoted words hold a finite verb with its subject: a whole clause."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="contract")
        if span is None:
            return False
        inside = range(span.start, span.end)
        return any(t.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} and t.head.i in inside
                   and _finite(t.head) for t in span)

    def _has_tensed_verb(self, quote: QuoteSpan) -> bool:
        """Whether the quoted words hold a verb in a tense, with or without its subject (not
        a participle: "information provided by ...")."""
        span = self._quote_tokens(quote)
        return span is None or any(t.tag_ in _TENSED_TAGS or t.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in _TENSED_TAGS for c in t.children)
            for t in span)

    def _opens_on_subject(self, quote: QuoteSpan) -> bool:
        """Quoted words whose first word is, or belongs to, the subject of a clause."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="contract")
        first = next((t for t in span if not t.is_punct), None) if span is not None else None
        while first is not None and span.start <= first.i < span.end:
            if first.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}:
                return True
            first = first.head if first.head.i != first.i else None
        return False

    def _ends_whole(self, quote: QuoteSpan) -> bool:
        """Quoted words that end their clause: not on an auxiliary or a modal cut off, and
        not followed by the reporter's words depending on a word inside them."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="contract")
        if span is None:
            return False
        words = [t for t in span if not t.is_punct]
        if not words or words[-1].tag_ == "MD" or words[-1].dep_ in {"aux", "auxpass"}:
            return False
        after = next((t for t in self.doc[span.end:] if not t.is_punct and not t.is_space),
                     None)
        return after is None or after.sent != span[-1].sent or \
            not span.start <= after.head.i < span.end

    def _speaks_in_first_person(self, quote: QuoteSpan) -> bool:
        """Quoted words opening on a clause whose subject is "I" or "we"."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="contract")
        words = [t for t in span if not t.is_punct] if span is not None else []
        return len(words) >= 2 and words[0].lower_ in {"i", "we"} and \
            words[0].dep_ in {"nsubj", "nsubjpass"} and words[0].head.i < span.end and \
            _finite(words[0].head)

    def _is_clause(self, quote: QuoteSpan) -> bool:
        """Whether quoted words say something of their own: a verb, or a long passage."""
        if len(quote.text.split()) >= _DIRECT_MIN_WORDS:
            return True
        span = self._quote_tokens(quote)
        return span is None or any(t.pos_ in {"VERB", "AUX"} for t in span)

    def _resumes_split_quote(self, quote: QuoteSpan, lead: str) -> bool:
        """'"We are ready," said X, "and we will wait."': the second half of one utterance."""
        before = self.text[:quote.open_mark - len(lead)].rstrip()
        if not before or before[-1] not in {'"', "”", "’", "'", "»"}:
            return False
        earlier = self._quote_before(quote.open_mark)
        window = self._window_before(quote)
        if earlier is None or earlier.text[-1:] not in {",", "!", "?", "…", "—", "-"} and not (
                earlier.text[-1:].isalpha() and window and reports_speech(window[0])):
            return False  # though '"... we need" said X, "..."' has lost its comma
        # '"...," said X, who was questioned for an hour, "..."': the clause about the
        # speaker is no part of the attribution's length
        words = _RELATIVE_AFTER_NAME.sub("", lead.strip().rstrip(",")).split()
        return len(words) <= _MAX_ATTRIBUTION_WORDS and lead.rstrip().endswith(",") and any(
            reports_speech(t) for t in window)

    def _continues_reporter(self, quote: QuoteSpan) -> bool:
        """Quoted words opening with a preposition or conjunction finish the reporter's clause."""
        span = self._quote_tokens(quote)
        first = next((t for t in span if not t.is_punct), None) if span is not None else None
        return first is not None and (first.pos_ in {"ADP", "SCONJ", "CCONJ"}
                                      or first.lower_ in _CLAUSE_CONTINUATIONS)

    def _lead_in(self, quote: QuoteSpan) -> str:
        """The reporter's words between the sentence start and the opening mark."""
        paragraph_start = self._sentence_paragraph_start(quote)
        before = self.text[paragraph_start:quote.open_mark]
        cut = 0
        for match in _SENTENCE_END.finditer(before):
            cut = match.end()
        for a, b in self._quoted:
            if paragraph_start <= a and b <= quote.open_mark:
                cut = max(cut, b - paragraph_start)
        lead = before[cut:]
        # '"...," she said. "..."': a quote after a closed quote's attribution starts afresh.
        return lead

    def _attribute(self, quote: QuoteSpan, span: Span) -> _Attribution:
        inside = set(range(span.start, span.end))
        after_tokens = self._window_after(quote)
        before_tokens = self._window_before(quote)

        unnamed_source = False  # "according to reports": a source, but nobody named
        for window, after in ((after_tokens, True), (before_tokens, False)):
            found, source = self._according_to(window)
            if found and self._said_with_subject(before_tokens + after_tokens):
                continue  # '"...," X said, according to Y': Y relays X's words
            if source is not None:
                return _Attribution(source, "according to", after)
            unnamed_source = unnamed_source or found

        if (viewer := self._viewpoint_before(quote, before_tokens)) is not None:
            return _Attribution(viewer, None, False)
        verb = self._attribution_after(quote, after_tokens)
        after = verb is not None
        if verb is None:
            paragraph = self._paragraph_bounds(quote)
            for token in self._heads_outside(span, inside):
                if not paragraph[0] <= token.idx < paragraph[1]:
                    break
                owner = self._speech_noun_owner(token, quote)
                if owner is not None:
                    return _Attribution(owner, None, False)
                if reports_speech(token) and token.pos_ in {"VERB", "AUX"}:
                    verb = token
                    after = token.i >= span.end
                    if not after:
                        verb = self._closer_verb_with_subject(verb, before_tokens)
                    break
        if verb is None and (owner := self._owner_named_next(quote)) is not None:
            return _Attribution(owner, None, True)
        if verb is None:
            for token in after_tokens:
                if reports_speech(token) and (token.pos_ == "VERB" or _verb_tagged_noun(token)) \
                        and not _thing_going_on(token):
                    verb = token
                    after = True
                    break
        if verb is None:
            for token in reversed(before_tokens):
                if reports_speech(token) and token.pos_ == "VERB":
                    verb = token
                    break
        if verb is None and (misread := self._misread_verb_before_name(quote, after_tokens)):
            return misread
        if verb is None and (acting := self._person_acting_after(quote, after_tokens)):
            # '"...," Ruiz challenged Varga on air': the person whose clause follows the
            # quote's comma said it, whatever the verb
            return _Attribution(acting[0], acting[1].lemma_.lower(), True)
        if verb is None and (described := self._person_described_after(quote, after_tokens)):
            return _Attribution(described, None, True)  # '"...," Ana, a former employee.'
        if verb is None and (sender := self._sender_of_statement_after(after_tokens)):
            return _Attribution(sender, None, True)
        if verb is None and (credited := self._credited_after_dash(quote)):
            return _Attribution(credited, None, True)  # '"..." — Mayor Ana Ruiz, on radio.'
        if verb is None:
            lead = self._lead_in(quote).rstrip()
            if lead.lower() == "quote:" and (cited := self._source_line_person(quote)):
                return _Attribution(cited, None, False)
            if lead.endswith(":") and before_tokens and \
                    (labelled := self._name_as_label(quote, lead, before_tokens)) is not None:
                return _Attribution(labelled, None, False)  # 'Ruiz: "Yes, I did."'
            if lead.endswith(":") and before_tokens:
                root = before_tokens[-1].sent.root
                named = self._only_person_in(before_tokens, root.sent) \
                    if root.idx >= quote.start else None
                if named is not None and not self._addressed(named, before_tokens):
                    # "Quote from X: '...'": a lead without a verb of its own names the
                    # speaker
                    return _Attribution(named, None, False)
                speaker = self._subject_actor(root, quote)
                return _Attribution(speaker, root.lemma_.lower() if speaker else None, False)
            if (source := self._source_opening_heading(quote)) is not None:
                return _Attribution(source, None, False)
            return _Attribution(None, "according to" if unnamed_source else None, False)
        speaker = self._subject_actor(verb, quote)
        if speaker is not None and speaker.kind != "person" and \
                verb.lemma_ not in _NAMING_VERBS | {"call", "term"} and \
                (outer := self._person_reporting(verb, quote)) is not None:
            # 'X said Varn had signed, whereas Norland would "sign nothing ..."': the person
            # whose report holds a country's or a body's act says the words (not a body's name
            # for something: 'X said the treaty leaves out what Varn calls its "..."')
            speaker, verb = outer
        if speaker is None and any(c.dep_ == "nsubj" and c.tag_ == "NNS" and
                                   c.lemma_.lower() in _PERSON_WORDS for c in verb.children) \
                and (outer := self._person_reporting(verb, quote)) is not None:
            # 'X told the press in a statement the ministers voiced the wish that Varn "would ...":
            # a person's report of what a group said is that person's wording
            speaker, verb = outer
        if speaker is None and after and not self._unnamed_subject_of(verb):
            speaker = self._actor_near(verb, after_tokens, quote)
        if speaker is None and not after and verb.i == verb.sent.start:
            # "Added forward X: '...'": the verb first, its speaker after it
            speaker = self._actor_near(verb, [t for t in before_tokens if t.i > verb.i], quote)
        if speaker is None and not after:
            # '"...," says X "..."': the verb and the name alone between two quotes
            between = [t for t in before_tokens if t.i > verb.i and not t.is_punct]
            named = self._one_person_named(between)
            # not 'saying Ms X "knows ..."', where the name is the quoted verb's subject
            # nor 'asking X, "..."', where X is the one asked
            if named is not None and all(self.actors.at_token(t) is named for t in between) \
                    and not (verb.lemma_ in _ADDRESSING_VERBS
                             and between[-1].dep_ in {"dobj", "dative"}) \
                    and (between[-1].head == verb or any(
                        c.dep_ == "nsubj" and c.i > between[-1].i
                        for c in between[-1].head.children)):
                speaker = named
        if speaker is None and not after:
            speaker = self._person_just_before(verb)
        finite = after and (verb.tag_ in _FINITE_TAGS or _verb_tagged_noun(verb)) and \
            self._attribution_follows(quote, verb)
        return _Attribution(speaker, verb.lemma_.lower(), finite)

    def _person_reporting(self, verb: Token, quote: QuoteSpan
                          ) -> tuple[ActorMention, Token] | None:
        """The nearest verb of speech above verb ("X said [Varn had agreed ...]"), with its
        subject, where that subject is a person."""
        outer = next((a for a in verb.ancestors if reports_speech(a) and a.pos_ == "VERB"), None)
        if outer is None:
            return None
        speaker = self._subject_actor(outer, quote)
        return (speaker, outer) if speaker is not None and speaker.kind == "person" else None

    def _person_acting_after(self, quote: QuoteSpan, after_tokens: list[Token]
                             ) -> tuple[ActorMention, Token] | None:
        """A named person opening the words after a quote that ends on a comma, as the
        subject of the finite verb that follows the name."""
        if quote.text[-1:] not in {",", "!", "?"} or not after_tokens:
            return None
        first = after_tokens[0]
        if first.lower_.strip(".") in TITLE_WORDS and len(after_tokens) > 1:
            first = after_tokens[1]  # "Mr X probed"
        mention = self.actors.at_token(first)
        if mention is None or mention.kind != "person":
            return None
        name_end = self._name_end(first, mention)
        verb = name_end.head
        if name_end.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.tag_ not in _FINITE_TAGS \
                or not 0 < verb.i - name_end.i <= 2:
            return None
        return mention, verb

    def _person_described_after(self, quote: QuoteSpan, after_tokens: list[Token]
                                ) -> ActorMention | None:
        """'"...," Ana Ruiz, a former employee.': a person and what the person is, with no
        verb, closing the sentence after a quote that ends on a comma (a source line)."""
        if quote.text[-1:] != "," or len(after_tokens) < 3:
            return None
        mention = self.actors.at_token(after_tokens[0])
        if mention is None or mention.kind != "person":
            return None
        end = self._name_end(after_tokens[0], mention)
        rest = [t for t in after_tokens if t.i > end.i]
        if not rest or rest[0].text != "," or \
                any(t.pos_ in {"VERB", "AUX"} or t.text in _OPENING_MARKS for t in rest):
            return None
        described = any(t.lemma_.lower() in ROLE_WORDS | DESCRIPTION_NOUNS for t in rest)
        return mention if described else None

    def _sender_of_statement_after(self, after_tokens: list[Token]) -> ActorMention | None:
        """'"...," a note from counsel Ana Ruiz sent to the paper read.': right after
        the quote, an utterance or a text from or by one person, whatever the parser made of
        the verb after it."""
        words = [t for t in after_tokens if not t.is_punct]
        if words and words[0].lower_ in {"a", "an", "the"}:
            words = words[1:]
        if len(words) < 3 or words[0].pos_ != "NOUN" or \
                words[0].lemma_.lower() not in SPEECH_NOUNS | MESSAGE_NOUNS or \
                words[1].lower_ not in {"from", "by"} or words[1].head != words[0]:
            return None
        sender = self._one_person_named(list(words[1].subtree))
        return sender if sender is not None and sender.kind == "person" else None

    def _credited_after_dash(self, quote: QuoteSpan) -> ActorMention | None:
        """'"..." — Premier Ana Ruiz on the radio.': a quote with its source after a dash, as a
        list of reactions gives it; the first name before any verb, if a person's."""
        match = _DASH_CREDIT.match(self.text, quote.close_mark + 1)
        if match is None:
            return None
        _, end = self._paragraph_bounds(quote)
        span = self.doc.char_span(match.end(), end, alignment_mode="contract")
        for token in list(span or [])[:_DASH_CREDIT_WORDS]:
            if token.pos_ in {"VERB", "AUX"}:
                break
            if (mention := self.actors.at_token(token)) is not None and \
                    mention.kind == "person":
                return mention  # past "Orlo camp volunteer", a place before the role
        return None

    @staticmethod
    def _closer_verb_with_subject(verb: Token, before_tokens: list[Token]) -> Token:
        """'Asked whether ..., X said, "..."', or 'A answered ... when B told him: "..."':
        a reporting verb parsed as the head of the quote gives way to one nearer the quote
        with a named or personal subject of its own, unless that one only reports what the
        first said ('added that Y urges ...')."""
        return next((t for t in reversed(before_tokens) if t.i > verb.i and reports_speech(t)
                     and t.pos_ == "VERB" and not any(c.dep_ == "mark" for c in t.children)
                     and any(c.dep_ == "nsubj" and (
                         c.pos_ == "PROPN" or c.lower_ in _PERSONAL_SUBJECTS)
                         for c in t.children)), verb)

    def _misread_verb_before_name(self, quote: QuoteSpan, after_tokens: list[Token]
                                  ) -> _Attribution | None:
        """'"...," detailed X, a midwife': a past-tense reporting verb the tagger read as an
        adjective of the name after it, right after a quote that ends on a comma."""
        if quote.text[-1:] != "," or len(after_tokens) < 2:
            return None
        word = after_tokens[0]
        if word.pos_ == "VERB" or not word.is_lower or not word.lower_.endswith("ed"):
            return None
        stems = [stem for stem in (word.lower_[:-2], word.lower_[:-1], word.lower_[:-3])
                 if stem in SPEECH_VERBS]
        mention = self.actors.at_token(after_tokens[1])
        if not stems or mention is None or mention.kind != "person":
            return None
        return _Attribution(mention, stems[0], True)

    @staticmethod
    def _unnamed_subject_of(verb: Token) -> bool:
        """'X's spokesman said': the verb's subject is a role word, and someone other than
        the person named in it speaks."""
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in ROLE_WORDS
                   and any(g.dep_ == "poss" or any(o.tag_ == "POS" for o in g.children)
                           for g in c.children) for c in verb.children)

    def _determiner_before(self, quote: QuoteSpan) -> bool:
        """'touted his "Best Year Ever."': the reporter's "his", "the" or "a" opening the
        noun phrase the quote goes on with, not the subject of a clause the quote completes
        ('said their "students are delighted."')."""
        sentence = self._sentence_before(quote)
        return bool(sentence) and sentence[-1].lower_ in _DETERMINERS and \
            sentence[-1].head.dep_ not in {"nsubj", "nsubjpass"}

    def _addressed(self, mention: ActorMention, tokens: list[Token]) -> bool:
        """'Varn Minister To Mayor Ruiz: "..."': the person the words are put to."""
        return any(t.dep_ == "pobj" and t.head.lower_ == "to" and
                   getattr(self.actors.at_token(t), "key", None) == mention.key for t in tokens)

    def _name_as_label(self, quote: QuoteSpan, lead: str, before: list[Token]
                       ) -> ActorMention | None:
        """The person whose name, and nothing else, is the lead-in before the colon, as in
        a transcript ('Ruiz: "..."')."""
        start = len(self.text[:quote.open_mark].rstrip()) - len(lead.strip())
        if self.text[self.text.rfind("\n", 0, start) + 1:start].strip(" [("):
            return None  # not the paragraph's first words (a caption's bracket aside)
        words = [t for t in before if t.idx >= start and not t.is_punct and not t.is_space]
        people = {m.key: m for t in words
                  if (m := self.actors.at_token(t)) is not None and m.kind == "person"}
        # a title before the name is part of the label ("[President Varga: ...]")
        if len(people) != 1 or any(self.actors.at_token(t) is None and
                                   t.lower_.strip(".") not in TITLE_WORDS for t in words):
            return None
        return next(iter(people.values()))

    def _only_person_in(self, tokens: list[Token], sentence: Span) -> ActorMention | None:
        """The one person named among tokens of sentence, if the words hold no verb."""
        inside = [t for t in tokens if sentence.start <= t.i < sentence.end]
        if any(t.pos_ in {"VERB", "AUX"} for t in inside):
            return None
        return self._one_person_named(inside)

    def _people_named(self, tokens) -> dict[str, ActorMention]:
        """The persons named among tokens, by key."""
        return {m.key: m for t in tokens
                if (m := self.actors.at_token(t)) is not None and m.kind == "person"}

    def _one_person_named(self, tokens) -> ActorMention | None:
        """The person named among tokens, if they name exactly one."""
        people = self._people_named(tokens)
        return next(iter(people.values())) if len(people) == 1 else None

    def _name_end(self, token: Token, mention: ActorMention) -> Token:
        """The last word of the name of mention that starts at token."""
        while token.i + 1 < len(self.doc) and \
                self.actors.at_token(self.doc[token.i + 1]) is mention:
            token = self.doc[token.i + 1]
        return token

    def _first_occurrence(self, mention: ActorMention) -> Occurrence:
        """Where the article first names mention."""
        return next(o for o, m in self.actors.occurrences if m.key == mention.key)

    def _goes_on_about(self, person: ActorMention, tokens) -> bool:
        """Whether tokens speak of someone as "he", "she", "his" or "her", each fitting
        person."""
        pronouns = {_PRONOUN_GENDER[t.lower_] for t in tokens if t.lower_ in _PRONOUN_GENDER}
        return bool(pronouns) and all(self._fits(person, gender) for gender in pronouns)

    def _speech_noun_owner(self, token: Token, quote: QuoteSpan) -> ActorMention | None:
        """'his comment that ...', 'X's remarks', '"...," these are the words of X': the owner
        of a noun naming an utterance."""
        if token.lemma_ == "be":
            token = next((c for c in token.children if c.dep_ == "attr"), token)
        if token.pos_ != "NOUN" or not {token.lemma_.lower(), token.lower_} & SPEECH_NOUNS:
            return None
        for child in token.children:
            if child.dep_ == "poss":
                return self._actor_of(child, quote)
            if child.dep_ == "prep" and child.lower_ == "of" and token.lower_ == "words":
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
                return self._actor_of(owner, quote) if owner is not None else None
        return None

    def _viewpoint_before(self, quote: QuoteSpan, before: list[Token]) -> ActorMention | None:
        """'For X, the real danger lies elsewhere: "..."': a sentence opening on whose view it
        gives, then a colon before the quote, gives that person's words."""
        if not before or self.text[before[-1].idx:quote.open_mark].strip() != ":":
            return None
        for token in before:
            if token.lower_ == "for" and token.dep_ == "prep" and \
                    token.head.pos_ in {"VERB", "AUX"} and token.i < token.head.i < before[-1].i \
                    and all(t.is_punct or t.pos_ == "ADV" for t in token.sent[:token.i -
                                                                             token.sent.start]):
                person = next((c for c in token.children if c.dep_ == "pobj"), None)
                if person is not None and person.i + 1 < len(self.doc) and \
                        self.doc[person.i + 1].text == "," and \
                        (actor := self._actor_of(person, quote)) is not None and \
                        actor.kind == "person":
                    return actor
        return None

    def _owner_named_next(self, quote: QuoteSpan) -> ActorMention | None:
        """'"..." The words of X, speaking at ...', '"..." Those were the words of X.': the
        sentence right after the quote, on its line, names whose words they are."""
        start = quote.close_mark + 1
        while start < len(self.text) and self.text[start] in " \t":
            start += 1
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else None
        if token is None or token.idx != start or not token.is_title or \
                quote.text[-1:] not in _FULL_STOPS:
            return None
        owner = self._speech_noun_owner(token.head, quote)
        return owner if owner is not None and owner.kind == "person" else None

    def _attribution_after(self, quote: QuoteSpan, after_tokens: list[Token]) -> Token | None:
        """The reporting verb of '"...," X said' or '"...," said X', if the quote has one."""
        if quote.text[-1:] not in {",", "!", "?", "…", "-", "—"} and \
                not self.text[quote.close_mark + 1:quote.close_mark + 2] == ",":
            return None
        for token in after_tokens[:10]:
            # not 'citing Varn's continued resistance': a participle before its noun
            if _finite_speech_verb(token) and token.dep_ != "amod" and \
                    self._attribution_follows(quote, token):
                return token
        return None

    def _is_section_heading(self, quote: QuoteSpan) -> bool:
        """A short paragraph opening with the quote and ending without a full stop, with a
        source after it ("'...': Bank name") and a paragraph of narration below it."""
        start, end = self._paragraph_bounds(quote)
        paragraph = self.text[start:end].strip()
        rest = self.text[quote.close_mark + 1:end].strip()
        return bool(paragraph) and start == quote.open_mark and bool(rest) and \
            rest[0] in ":-–—|" and paragraph[-1] not in ".!?\"”’" and \
            len(paragraph.split()) <= _HEADING_MAX_WORDS and end < len(self.text)

    def _person_after_heading_quote(self, quote: QuoteSpan) -> ActorMention | None:
        """"'Stay calm': Varga to his son": the person the heading names after the quote, or
        the one it says is speaking."""
        _, end = self._paragraph_bounds(quote)
        rest = self.doc.char_span(quote.close_mark + 1, end, alignment_mode="contract")
        first = next((t for t in rest if not t.is_punct and not t.is_space), None) \
            if rest is not None else None
        actor = self.actors.at_token(first) if first is not None else None
        if actor is not None and actor.kind == "person":
            return actor
        if first is not None and rest is not None:
            # "'...': Varnland Premier Ana Ruiz doubles down": the person past the titles and
            # the place or body of her office
            for token in rest[first.i - rest.start:first.i - rest.start + _TITLE_RUN_WORDS]:
                actor = self.actors.at_token(token)
                if actor is not None and actor.kind == "person":
                    return actor
                if not token.is_title and not token.is_upper or actor is None and \
                        token.lower_.rstrip(".") not in TITLE_WORDS | ROLE_WORDS and \
                        token.dep_ != "compound":
                    break
        # "'No grudge' – Harbin MP Varn declares": the person reporting it, past a role
        return next((actor for t in rest or [] if t.dep_ == "nsubj" and reports_speech(t.head)
                     and (actor := self._actor_of(t, quote)) is not None
                     and actor.kind == "person"), None)

    def _source_opening_heading(self, quote: QuoteSpan) -> ActorMention | None:
        """"Varn: talks will be 'hard' but fair": the person a heading names before its
        first colon, whose words the heading quotes."""
        start, end = self._paragraph_bounds(quote)
        colon = self.text.find(":", start, quote.open_mark)
        if colon < 0 or not _heading_line(self.text[start:end]):
            return None
        return self._person_spanning(start, colon)

    def _person_spanning(self, start: int, end: int) -> ActorMention | None:
        """The person whose name, of one to three words, is all of text[start:end]."""
        source = self.doc.char_span(start, end, alignment_mode="contract")
        words = [t for t in source if not t.is_space] if source is not None else []
        actor = self.actors.at_token(words[-1]) if 0 < len(words) <= 3 else None
        return actor if actor is not None and actor.kind == "person" and \
            all(self.actors.at_token(t) is actor for t in words) else None

    def _source_closing_heading(self, quote: QuoteSpan) -> ActorMention | None:
        """"Union shows 'contempt' for riders: Varn": the person a heading names after its
        last colon, whose words the heading quotes."""
        start, end = self._paragraph_bounds(quote)
        colon = self.text.rfind(":", quote.close_mark, end)
        if colon < 0 or not _heading_line(self.text[start:end]):
            return None
        return self._person_spanning(colon + 1, end)

    def _imperative(self, quote: QuoteSpan) -> bool:
        """Quoted words that open on a capital and a verb in its bare form, or on "Don't"
        and one: a command, whole though it has no subject ("Stay calm", "Don't stress")."""
        span = self._quote_tokens(quote)
        words = [t for t in span if not t.is_punct] if span is not None else []
        if len(words) >= 3 and words[0].lower_ == "do" and words[1].lower_ in {"n't", "not"}:
            words = words[2:]
        return bool(words) and quote.text[:1].isupper() and words[0].tag_ == "VB" and \
            words[0].dep_ == "ROOT" and words[0].is_alpha and \
            words[0].text[1:] == words[0].text[1:].lower()

    def _subject_of_next_paragraph(self, quote: QuoteSpan,
                                   speaking: bool = False) -> ActorMention | None:
        """The person the next paragraph opens with as a subject, if any (not one the
        parser made the subject of a long sentence about others: "Neighbours gather at the
        service for X and his uncles Y and Z"); with speaking, only of a verb of speech."""
        following = self._paragraph_after(self._paragraph_bounds(quote)[1])
        if following is None:
            return None
        # The first clause with a subject: a name opening a paragraph can be parsed apart.
        for sentence in list(following.sents)[:3]:
            subjects = [c for c in sentence.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subjects:
                continue
            opening = self.text[sentence.start_char:subjects[0].left_edge.idx].strip()
            if opening and not opening.endswith(",") or \
                    subjects[0].pos_ not in {"PROPN", "NOUN", "PRON"} or \
                    speaking and not reports_speech(sentence.root):
                return None
            actor = self._actor_of(subjects[0], None)
            return actor if actor is not None and actor.kind == "person" else None
        return None

    def _paragraph_after(self, end: int) -> Span | None:
        """The paragraph after the one ending at end, past any blank lines."""
        start = len(self.text) - len(self.text[end:].lstrip())
        stop = self.text.find("\n", start)
        following = self.doc.char_span(start, len(self.text) if stop < 0 else stop,
                                       alignment_mode="contract")
        return following if following is not None and len(following) > 0 else None

    def _paragraph_bounds(self, quote: QuoteSpan) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, quote.open_mark) + 1
        end = self.text.find("\n", quote.close_mark)
        return start, len(self.text) if end < 0 else end

    def _attribution_follows(self, quote: QuoteSpan, verb: Token) -> bool:
        """', X said' / ', said X' right after the quote, not '... but added that'."""
        between = self.text[quote.close_mark + 1:verb.idx]
        if len(between.split()) > 8:
            return False
        return not re.search(r"\b(?:and|but|or|while|as|because|after|before|when)\b",
                             between)

    def _heads_outside(self, span: Span, inside: set[int]) -> Iterable[Token]:
        """Ancestors of the quoted words, outside the quote, nearest first."""
        seen: set[int] = set()
        for token in span:
            head = token.head
            if token.i in inside and head.i not in inside:
                if _that_clause(token) and token.dep_ == "conj" and head.dep_ == "ccomp" and \
                        _that_clause(head):
                    # 'X said that Y had "..." and that "...": the second "that" clause
                    # hangs on what X said, not on the first clause's verb
                    head = head.head
                for ancestor in [head, *head.ancestors]:
                    if ancestor.i in seen or ancestor.i in inside:
                        continue
                    seen.add(ancestor.i)
                    yield ancestor

    def _window_after(self, quote: QuoteSpan) -> list[Token]:
        """Tokens after the closing mark up to the sentence end, next quote or paragraph end."""
        start = quote.close_mark + 1
        if quote.text.endswith("."):
            # the quote closed its sentence: what follows is a new one, unless it goes on in
            # lower case to say who spoke ('"... state." the mayor affirmed.', a full stop
            # where the comma goes)
            lower_case = self.text[start:start + 3].strip()[:1].islower()
            return self._short_sentence_at(start) if lower_case else []
        if quote.text[-1:] in {"?", "!"} and \
                not self.text[start:start + 3].strip()[:1].islower():
            # a new sentence, unless it only says who spoke: '"...?" Judge X probed.'
            return self._short_sentence_at(start)
        limit = self.text.find("\n", start)
        limit = len(self.text) if limit < 0 else limit
        if quote.text[-1:] == "," and self._stands_alone(quote) and \
                (following := self._paragraph_after(limit)) is not None and \
                not any(following.start_char <= a < following.end_char for a, _ in self._quoted):
            # '"...,"' alone in its paragraph and 'she said.' opening the next, with no quote
            # of its own: a page that broke the paragraph at the quote
            start, limit = following.start_char, following.end_char
        for a, _b in self._quoted:
            if a >= start:
                limit = min(limit, a)
                break
        match = _SENTENCE_END.search(self.text, start, limit)
        if match and match.start() > start:
            limit = match.start()
        span = self.doc.char_span(start, limit, alignment_mode="contract")
        return list(span) if span is not None else []

    def _short_sentence_at(self, start: int) -> list[Token]:
        """The sentence starting at start, in the same paragraph, when it is no longer
        than a name and a verb ("Mr Ruiz probed.", "Judge Ana de la Vega asked again.")."""
        span = self.doc.char_span(start, len(self.text), alignment_mode="contract")
        if span is None or not len(span):
            return []
        sentence = [t for t in span[0].sent if t.i >= span[0].i]
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        root = span[0].sent.root
        # or only says who spoke, and where or to whom: 'Senator Ana Ruiz of Varn said on her
        # blog.', 'Judge Ana Ruiz asked Counsel Ivo Varn.'
        attribution = reports_speech(root) and root.i >= span[0].i and \
            any(c.dep_ == "nsubj" for c in root.children) and \
            not any(c.dep_ in {"ccomp", "xcomp", "advcl"} or c.dep_ == "dobj" and (
                (addressed := self.actors.at_token(c)) is None or addressed.kind != "person")
                for c in root.children)
        if len(words) > (_PLACED_ATTRIBUTION_WORDS if attribution else
                         _SHORT_ATTRIBUTION_WORDS) or \
                any("\n" in t.whitespace_ or t.is_space for t in sentence[:-1]):
            return []
        return sentence

    def _sentence_paragraph_start(self, quote: QuoteSpan) -> int:
        """Where the paragraph of the quote's sentence starts: the paragraph before, when the
        quote opens its own and the one before breaks off after a word in lower case
        ("Ruiz said Varn must focus on making" / "“the harbour safe”."): a page that broke
        the paragraph at the quote."""
        start = self.text.rfind("\n", 0, quote.open_mark) + 1
        if start < 2 or self.text[start:quote.open_mark].strip():
            return start
        before_start, before_end = self._paragraph_before(start)
        before = self.text[before_start:before_end]
        words = before.split()
        if len(words) >= _BROKEN_SENTENCE_MIN_WORDS and words[-1].isalpha() and \
                words[-1].islower() and not title_cased(before):
            return before_start
        return start

    def _window_before(self, quote: QuoteSpan) -> list[Token]:
        paragraph_start = self._sentence_paragraph_start(quote)
        lead = self._lead_in(quote)
        start = quote.open_mark - len(lead)
        span = self.doc.char_span(max(start, paragraph_start), quote.open_mark,
                                  alignment_mode="contract")
        return list(span) if span is not None else []

    def _said_with_subject(self, tokens: list[Token]) -> bool:
        """Whether tokens hold a verb of speech whose subject is a person or a personal
        pronoun, outside any 'according to' phrase and any relative clause."""
        according = [t for t in tokens if t.lower_ == "according"]
        for token in tokens:
            if token.pos_ != "VERB" or not reports_speech(token) or \
                    token.dep_ in {"relcl", "acl"} or any(token in a.subtree for a in according):
                continue
            for child in token.children:
                if child.dep_ != "nsubj":
                    continue
                actor = None if child.tag_ == "PRP" else self._actor_of(child, None)
                if child.tag_ == "PRP" or (actor is not None and actor.kind == "person"):
                    return True
        return False

    def _according_to(self, tokens: list[Token]) -> tuple[bool, ActorMention | None]:
        """Whether tokens hold 'according to X', and the actor X names (None if unnamed)."""
        for token in tokens:
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and \
                    self.doc[token.i + 1].lower_ == "to":
                to = self.doc[token.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if objects:  # the head noun of "according to X": X, its name or appositive
                    return True, self._actor_of(objects[0], None) \
                        or self._person_by_description(objects[0])
                window = self.doc[token.i + 2:min(token.i + 12, len(self.doc))]
                actors = [a for a in (self._actor_of(t, None) for t in window) if a is not None]
                people = [a for a in actors if a.kind == "person"]
                return True, (people or actors or [None])[0]
            if token.lower_ in _VIEW_NOUNS and token.dep_ == "pobj" and \
                    token.head.lower_ == "in":
                # "In the mayor's view,", "in the words of X": whose the view is
                holder = next((c for c in token.children if c.dep_ == "poss"), None) or next(
                    (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
                if holder is not None:
                    return True, self._actor_of(holder, None) or \
                        self._person_by_description(holder)
        return False, None

    def _opening_name_misparsed(self, verb: Token) -> ActorMention | None:
        """'Ivo Varn, a spokesman for Varco – The Ferry Co – which ..., said:': the person
        opening the sentence, then a comma, whom the parser made the subject of a clause
        before the subjectless verb and hung from it."""
        first = verb.sent[0]
        mention = self.actors.at_token(first)
        if mention is None or mention.kind != "person":
            return None
        end = self._name_end(first, mention)
        if end.i + 1 >= verb.i or self.doc[end.i + 1].text != "," or \
                end.dep_ not in {"nsubj", "nsubjpass"} or not end.i < end.head.i < verb.i or \
                end.head.head != verb or end.head.dep_ not in {"ccomp", "conj", "advcl"}:
            return None
        return mention

    def _subject_actor(self, verb: Token, quote: QuoteSpan | None) -> ActorMention | None:
        """The actor who is the subject of verb, climbing from participles to their clause.

        A verb's own subject that is no actor ("a spokeswoman said") means no speaker; a
        subjectless participle ("..., saying") takes the nearest clause subject that is one.
        """
        if _names_its_subject(verb):
            return None
        current = verb
        for _ in range(4):
            subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
            subjects = [self._named_before_age(s) or self._member_of_body(s)
                        or self._appositive_of_quoted(s) or _after_dateline(s) or s
                        for s in subjects]
            if current.tag_ == "VBG" and current.dep_ != "ROOT":
                # 'called the port a "swamp", adding: "..."': a quoted word the parser made a
                # participle's subject is none
                subjects = [s for s in subjects if not self._in_quote(s.idx)]
            if len(subjects) > 1:
                # "(Wire) Mayor X said": the outlet's credit in brackets is no subject
                subjects = [s for s in subjects if not _bracketed(s)] or subjects
                # "Regarding the plan to remove Judge Y, X said": the name nearest the verb,
                # of several the parser made its subjects
                subjects.sort(key=lambda s: abs(current.i - s.i))
            for subject in subjects:
                actor = None
                if quote is not None and subject.lower_ in _PRONOUN_GENDER and (
                        subject.idx > quote.close_mark or self._right_after_a_quote(subject)):
                    actor = self._speaker_just_quoted(subject, quote)
                actor = actor or self._actor_of(subject, quote) \
                    or self._person_by_description(subject)
                if actor is not None:
                    return actor
            if subjects and current is verb:
                return None
            if not subjects and current is verb and \
                    (actor := self._opening_name_misparsed(verb)) is not None:
                return actor
            named_before = self.doc[current.i - 1] if current.i else None
            if not subjects and named_before is not None and (
                    named_before.head == current or named_before.dep_ == "ROOT") and \
                    (actor := self._misparsed_subject(named_before)) is not None:
                return actor  # "X counts down, ...": a name before the verb, misparsed
            if current.dep_ == "acl" and (actor := self._actor_of(current.head, quote)) \
                    is not None and actor.kind == "person":
                return actor  # "X, speaking in Paris, ..." or "X, who ..., assured": X's words
            if not subjects and current.dep_ == "conj" and current.lemma_ == current.head.lemma_ \
                    and (nearer := self._subject_before_and(current, quote)) is not None:
                # 'A source said X called it "..." and said, "..."': the second "said" goes
                # with the clause just before the "and", not with the one it repeats
                return nearer
            if current.dep_ in {"advcl", "xcomp", "conj", "acl", "ccomp", "pcomp"} and \
                    current.head.i != current.i:
                climbed_from = current.dep_
                current = current.head
                quoted = next((c for c in current.head.children if c.dep_ == "dobj" or (
                    c.pos_ in {"PROPN", "NOUN"} and current.head.i < c.i < current.i)), None) \
                    if current.dep_ == "prep" and current.lower_ == "as" else None
                if current.dep_ == "prep" and current.lower_ == "as" and \
                        current.head.pos_ in {"VERB", "AUX"} and quoted is None:
                    current = current.head  # "X was quoted as saying", not "quoted Y as saying"
                elif quoted is not None and current.head.lemma_.lower() in _CITING_VERBS:
                    # "X quoted Varn as saying", "X cited the chairman as saying": Y's words
                    actor = self._actor_of(quoted, quote) or self._person_by_description(quoted)
                    return actor if actor is not None and actor.kind == "person" else None
                elif climbed_from == "acl" and current.dep_ == "dobj" and \
                        current.head.lemma_.lower() in _SENDING_VERBS:
                    current = current.head  # "X issued a statement saying": X's words
                elif climbed_from == "pcomp" and current.dep_ == "prep" and \
                        current.lower_ in _PARTICIPLE_PREPOSITIONS and \
                        current.head.pos_ == "VERB":
                    # "X reacted by writing", "X replied in saying", "X asked ... before
                    # declaring"
                    current = current.head
                elif climbed_from == "advcl" and verb.tag_ == "VBG" and reports_speech(verb) \
                        and current.dep_ == "ccomp" and current.head.pos_ == "VERB" \
                        and current.head.i < current.i:
                    # "X noted that Y was the one who ..., adding, '...'": the one noting adds
                    current = current.head
                continue
            if not subjects and current is not verb and reports_speech(current) and \
                    (spoken := self._speaker_of_quote_before(current)) is not None:
                return spoken  # '"...," enthused X at the talks, adding, "..."'
            if not subjects:
                return self._subject_before_and(current, quote) or \
                    self._named_after_opening_participle(current)
            break
        return None

    def _named_after_opening_participle(self, verb: Token) -> ActorMention | None:
        """'Reacting to the ruling by the Governor, Varn, in a note, urged patience,
        saying': a sentence opening on a participle with no subject, misparsed with the name
        that follows its phrase hung from the phrase; the person named right after its first
        comma is the subject of the rest."""
        sentence = verb.sent
        first = next((t for t in sentence if not t.is_punct), None)
        if first is None or first.tag_ not in {"VBG", "VBN"} or first.dep_ != "ROOT" or \
                _has_subject(first):
            return None
        comma = next((t for t in sentence if t.i > first.i and t.text == ","), None)
        named = self.actors.at_token(self.doc[comma.i + 1]) \
            if comma is not None and comma.i + 1 < sentence.end else None
        return named if named is not None and named.kind == "person" else None

    def _speaker_of_quote_before(self, verb: Token) -> ActorMention | None:
        """'"...," enthused X at the talks': the speaker found for the quote right before a
        verb of speech that the parser left without a subject (the name after it read as
        its object)."""
        earlier = self._quote_before(verb.idx)
        if earlier is None or not self._right_after_a_quote(verb):
            return None
        statement = next((s for s in self._quoted_so_far
                          if s.start == earlier.start and s.speaker_key), None)
        speaker = self._mention_by_key(statement.speaker_key) if statement else None
        return speaker if speaker is not None and speaker.kind == "person" else None

    def _appositive_of_quoted(self, subject: Token) -> Token | None:
        """"'The Board,' its chairman, Ana Ruiz, said ...": a subject the parser took from
        inside quote marks stands for the noun in apposition to it after them."""
        if not within(subject.idx, self._quoted):
            return None
        return next((c for c in subject.children
                     if c.dep_ == "appos" and not within(c.idx, self._quoted)), None)

    def _subject_before_and(self, verb: Token, quote: QuoteSpan | None) -> ActorMention | None:
        """'X was "calm" and kept shouting "..."' misparsed, the second verb hung from words
        in the quote: a verb right after "and" with no subject of its own shares the one of
        the clause before the "and", when that is a person."""
        before = self.doc[verb.i - 1] if verb.i else None
        if before is None or before.lower_ not in {"and", "but"}:
            return None
        for token in reversed(self.doc[verb.sent.start:before.i]):
            if token.dep_ in {"nsubj", "nsubjpass"} and not self._in_quote(token.idx):
                actor = self._actor_of(token, quote)
                return actor if actor is not None and actor.kind == "person" else None
        return None

    def _misparsed_subject(self, token: Token) -> ActorMention | None:
        """The person whose name the parser hung from the verb after it as an interjection or
        an adverb ("X confirmed that ...", "X, studying a map, gives ..."), the verb having no
        subject of its own; or, for an age hung there ("the 31 year-old said"), the one it
        describes."""
        verb = token.head
        if token.lower_ == "old" and token.dep_ == "amod" and verb.tag_ in {"VBD", "VBZ"} and \
                token.i < verb.i and not _has_subject(verb) and token.left_edge.i > 0 and \
                self.doc[token.left_edge.i - 1].lower_ == "the" and \
                any(c.lower_ == "year" for c in token.children):
            # '"...," the 31 year-old said' with the age hung from the verb: someone just named
            return self._resolve_pronoun(token, None)
        if token.dep_ == "ROOT" and token.i + 1 < len(self.doc) and \
                self.doc[token.i + 1].dep_ == "ROOT" and token.pos_ == "PROPN":
            # "Varn lavished praise ..., saying" with the name parsed as a sentence of its own
            # (the verb after it, the root of another): the name is the verb's subject
            verb = self.doc[token.i + 1]
        elif token.dep_ not in {"intj", "dep", "npadvmod", "advmod"} or token.i > verb.i:
            return None
        if verb.tag_ not in {"VBD", "VBZ"} or _has_subject(verb):
            return None
        actor = self.actors.at_token(token)
        return actor if actor is not None and actor.kind == "person" else None

    def _named_before_age(self, subject: Token) -> Token | None:
        """'Brantly, 33, called it ...' parsed with the age as the subject: the name."""
        if subject.like_num and subject.i >= 2 and self.doc[subject.i - 1].text == "," and \
                self.actors.at_token(self.doc[subject.i - 2]) is not None:
            return self.doc[subject.i - 2]
        return None

    def _member_of_body(self, subject: Token) -> Token | None:
        """'Ann Bex of Vestby College told reporters' parsed with the college as
        the subject: the person named before the "of"."""
        actor = self.actors.at_token(subject)
        if actor is None or actor.kind != "organization":
            return None
        for token in subject.subtree:
            if token.i >= subject.i - 1 or self.doc[token.i + 1].lower_ != "of":
                continue
            named = self.actors.at_token(token)
            if named is not None and named.kind == "person":
                return token
        return None

    def _listed_after_a_word(self, quote: QuoteSpan) -> bool:
        """A word or two in quote marks right after a quote of a word or two that ended on
        a comma: the next item of a list of quoted words."""
        earlier = self._quote_before(quote.open_mark)
        return earlier is not None and earlier.text.endswith(",") and \
            not self.text[earlier.close_mark + 1:quote.open_mark].strip() and \
            "\n" not in self.text[earlier.close_mark + 1:quote.open_mark] and \
            len(_WORD.findall(earlier.text)) < _MIN_UNATTRIBUTED_WORDS and \
            len(_WORD.findall(quote.text)) < _MIN_UNATTRIBUTED_WORDS

    def _quote_before(self, index: int) -> QuoteSpan | None:
        """The last quote closed before index."""
        return next((q for q in reversed(self.quotes) if q.close_mark < index), None)

    def _right_after_a_quote(self, token: Token) -> bool:
        """'..." She added: "...': the token opens the narration right after a quote."""
        earlier = self._quote_before(token.idx)
        if earlier is None:
            return False
        between = self.text[earlier.close_mark + 1:token.idx]
        # past a word linking the sentences: '..." Still, he stressed: "...'
        between = _LINKING_WORD.sub("", between)
        return "\n" not in between and not any(c.isalnum() for c in between)

    def _speaker_just_quoted(self, pronoun: Token, quote: QuoteSpan) -> ActorMention | None:
        """'"...," he said' right after a sentence quoting X: X.

        Only narration counts as distance: a quote of several sentences after "X said."
        still follows X directly. Narration naming somebody else in between leaves the
        pronoun to the general resolution. Right after X, the pronoun's gender is not
        checked against X's given name: name dictionaries often guess the sex of names from
        outside Europe wrongly; the pronoun tells X's sex for the rest of the article
        instead. After a sentence of narration, a pronoun of the other sex than X's name
        tells, that the article has not already given X, is left to the general resolution.
        """
        if not self._quoted_so_far:
            return None
        last = self._quoted_so_far[-1]
        if last.speaker_key is None or last.start >= pronoun.idx:
            return None
        mention = self._mention_by_key(last.speaker_key)
        if mention is None or mention.kind != "person":
            return None
        end = min(quote.open_mark, pronoun.idx)
        between = [sentence for sentence in self._sentences if last.end < sentence.start_char
                   < end and not self._in_quote(sentence.start_char)]
        if len(between) > 1 or self._someone_else_named(mention, last.end, pronoun.idx) or \
                any(self._someone_else_acting(sentence, mention) for sentence in between):
            return None
        gender = _PRONOUN_GENDER.get(pronoun.lower_)
        if gender in {"male", "female"} and self._sex_of(mention) not in {None, gender}:
            # '"Q?" Varga asked. "No," Ana Ruiz said. "Well ...," he answered': an exchange,
            # and the pronoun fits the one she answered, not her
            other = self._other_side_of_exchange(last)
            if other is not None and self._sex_of(other) == gender:
                return other
            if between and mention.key not in self._told_gender:
                return None  # 'X said. Others, like Ivo, ... "...," he said': not X
        if gender in {"male", "female"}:
            # "“...,” X said. “...,” she added.": the article tells X's sex
            self._told_gender.setdefault(mention.key, gender)
        return mention

    def _sex_of(self, mention: ActorMention) -> str | None:
        """A person's sex as the article tells it or a given name of one sex does."""
        told = self._told_gender.get(mention.key)
        person = split_person(mention.name)
        named = given_name_gender(person.given[0], certain=True) \
            if person is not None and person.given else None
        return told or (named if named in {"male", "female"} else None)

    def _other_side_of_exchange(self, last: Statement) -> ActorMention | None:
        """The speaker quoted right before last, a person other than last's speaker, with
        only narration-free quotes between (an exchange of questions and answers)."""
        index = next((i for i, s in enumerate(self._quoted_so_far) if s is last), None)
        if not index:
            return None
        before = self._quoted_so_far[index - 1]
        if before.speaker_key is None or before.speaker_key == last.speaker_key or \
                self._line_breaks_between(before.end, last.start) > 2:
            return None
        mention = self._mention_by_key(before.speaker_key)
        return mention if mention is not None and mention.kind == "person" else None

    def _someone_else_acting(self, sentence: Span, mention: ActorMention) -> bool:
        """'Varn Green leader backed the freeze.': the sentence has for its subject a job or
        a description that is not mention (or not known to be)."""
        subject = next((c for c in sentence.root.children if _job_subject_of_main_clause(c)),
                       None)
        if subject is None:
            return False
        actor = self._actor_of(subject, None)
        return actor is None or actor.key != mention.key

    def _actor_of(self, token: Token, quote: QuoteSpan | None) -> ActorMention | None:
        """The actor a subject token stands for: its entity, an appositive, or a pronoun."""
        actor = self.actors.at_token(token)
        if (actor.kind == "group" if actor is not None else people_of_a_place(token.text)) \
                and _definite(token) and token.tag_ in {"NNP", "NN", "JJ"} and \
                not token.text.endswith("s"):
            # "the Norwegian said", "the Brazilian added", "the Kiwi said": one person, by
            # nationality
            return self._resolve_pronoun(token, None)
        if actor is not None and actor.kind in {"organization", "place"}:
            return self._person_after_employer(token) or actor
        if actor is not None:
            return actor
        if token.lemma_.lower() in _WRITINGS and _definite(token):
            return self._author_of_writing(token)
        if token.lower_ == "who" and token.head.dep_ == "relcl":
            return self.actors.at_token(token.head.head)  # "..., X, who told reporters: '...'"
        if token.lower_ in {"that", "which"} and token.head.dep_ == "relcl" and \
                (sent := token.head.head).dep_ == "dobj" and \
                sent.head.lemma_.lower() in _SENDING_VERBS:
            # "X posted a picture that said '...'": the words of whoever sent it
            return self._subject_actor(sent.head, quote)
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender is not None:
            return self._resolve_pronoun(token, gender)
        if token.lower_ == "it" and quote is not None and reports_speech(token.head) and \
                (earlier := self._quote_before(quote.open_mark)) is not None:
            # '"...," a statement from X read. / "...," it added.': the statement's sender
            return self._sender_of_statement_after(self._window_after(earlier))
        if token.lemma_.lower() in _CHOSEN_NOUNS:
            # "Varn pick for port chief Ilse Marr tells MPs": the one chosen, never the one
            # who chose
            return next((actor for t in token.subtree if t.dep_ in {"pobj", "appos"}
                         and (actor := self.actors.at_token(t)) is not None
                         and actor.kind == "person"), None)
        # the appositive first: "another Varo brother, Tavek," is Tavek, not Varo
        for child in sorted(token.children, key=lambda c: c.dep_ != "appos"):
            if child.dep_ == "compound" and token.lower_ in _COLLECTIVE_NOUNS:
                continue  # "the X administration" speaks for itself, not for X
            if child.dep_ in {"appos", "compound", "flat"}:
                actor = self.actors.at_token(child)
                if actor is None and child.dep_ == "appos":
                    # not the owner: "Varo, Ana Ruiz's publisher, said" is the publisher's
                    actor = next((self.actors.at_token(t) for t in child.subtree
                                  if self.actors.at_token(t) and t.head == child
                                  and t.dep_ != "poss"), None)
                if actor is not None and actor.kind == "person":
                    return actor
            if child.dep_ == "conj" and token.i + 1 < len(self.doc) and \
                    (actor := self.actors.at_token(child)) is not None and \
                    actor.kind == "person" and self.actors.at_token(self.doc[token.i + 1]) is actor:
                return actor  # "champion Or Levin" read as "champion or Levin": the name after
            if child.dep_ == "conj" and token.lower_ in _PERSON_WORDS and any(
                    c.dep_ == "compound" and c.lemma_.lower() in _PERSON_WORDS
                    for c in child.children):
                # "Labour MP and former home secretary X": one person with two roles
                actor = self.actors.at_token(child)
                if actor is not None and actor.kind == "person":
                    return actor
        for width in (1, 2):  # "director of operations X said": the name below the role
            name = token.i + 2 + width
            if name < len(self.doc) and role_of_a_field(self.doc, name) == token.i and \
                    (actor := self.actors.at_token(self.doc[name])) is not None and \
                    actor.kind == "person":
                return actor
        if (named := self._name_after_capitalised_field(token)) is not None:
            return named
        # 'the former editor of the Standard, X': the appositive hangs below the noun
        for t in token.subtree:
            if t.dep_ == "appos" and t.head.i != token.i:
                actor = self.actors.at_token(t)
                if actor is not None and actor.kind == "person":
                    return actor
        if (identified := self._identified_as(token)) is not None:
            return identified
        if token.pos_ == "PROPN" and (named := self._surname_untagged(token)) is not None:
            return named
        return self._person_by_title(token)

    def _name_after_capitalised_field(self, role: Token) -> ActorMention | None:
        """'Vice President of Policy Ana Ruiz said': a capitalised role, "of" and its field in
        one or two capitalised words that are no title, then the name the parser hung below."""
        if not role.is_title or role.lemma_.lower() not in ROLE_WORDS:
            return None
        for of in (c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"):
            for name in (c for c in of.children if c.dep_ == "pobj"):
                actor = self.actors.at_token(name)
                if actor is None or actor.kind != "person":
                    continue
                start = next(i for i in range(of.i + 1, name.i + 1)
                             if self.actors.at_token(self.doc[i]) is actor)
                field = self.doc[of.i + 1:start]
                if 1 <= len(field) <= 2 and all(
                        t.is_title and t.is_alpha and self.actors.at_token(t) is None and
                        t.lower_ not in TITLE_WORDS | ROLE_WORDS for t in field):
                    return actor
        return None

    def _surname_untagged(self, token: Token) -> ActorMention | None:
        """'Ocasio-Cortez told reporters' with the name tagged a title here: the one person
        whose name ends with the words, or who is called by them elsewhere."""
        text = self.doc[token.left_edge.i:token.i + 1].text
        if not text[:1].isupper() or " " in text and not text.replace(" ", "").isalpha():
            return None
        found = {m.key: m for m in self.actors.mentions if m.kind == "person" and (
            m.name.endswith(" " + text) or text in m.surfaces)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _identified_as(self, noun: Token) -> ActorMention | None:
        """'a worker identified at the rally as X': the person the noun's phrase names."""
        for t in noun.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "as" and any(
                    a.lemma_.lower() == "identify" and a.pos_ == "VERB"
                    for a in t.head.ancestors if a.i > noun.i):
                actor = self.actors.at_token(t)
                if actor is not None and actor.kind == "person":
                    return actor
        return None

    def _person_after_employer(self, token: Token) -> ActorMention | None:
        """'said Harbin Rovers young forward Ana Ruiz', parsed with the club as the subject: the
        person named right after a body or a place and a job or description in lower case."""
        end = self._name_end(token, self.actors.at_token(token)).i + 1
        words = []
        for next_token in self.doc[end:end + 4]:
            if not next_token.is_lower or not next_token.is_alpha:
                break
            words.append(next_token)
        actor = self.actors.at_token(self.doc[end + len(words)]) \
            if end + len(words) < len(self.doc) else None
        if actor is None or actor.kind != "person" or not any(
                w.lemma_ in ROLE_WORDS | DESCRIPTION_NOUNS for w in words):
            return None
        return actor

    def _author_of_writing(self, token: Token) -> ActorMention | None:
        """'the letter adds': the person an earlier 'the letter from X' or 'X's letter'
        names as its writer: the last such writing with a writer named, or brought in with
        "a" ("in a statement, it said"), whoever wrote that one."""
        authors = set()
        for earlier in reversed(self.doc[:token.i]):
            if earlier.lemma_.lower() != token.lemma_.lower():
                continue
            owners = _writers_named(earlier)
            for owner in owners:
                actor = self._actor_of(owner, None)
                if actor is not None and actor.kind == "person":
                    authors.add(actor.key)
            if owners or not _definite(earlier):
                break
        return self._mention_by_key(authors.pop()) if len(authors) == 1 else None

    def _person_by_title(self, token: Token) -> ActorMention | None:
        """'the Kremlin spokesman said': the one person of the article with that role.

        Only a definite noun phrase whose head is a role word counts, and only when exactly
        one person's roles hold the head and every word written before it; "an official"
        or a title two people share names nobody.
        """
        role_word = _role_head(token)
        # "the Otters' coach": owned by a name that is no place, as definite as with "the"
        owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" and not is_place_name(c.text)
                    for c in token.children) or any(
            # "Varco CEO apologises" (a headline's words, with no article): the firm's one
            c.dep_ == "compound" and (body := self.actors.at_token(c)) is not None
            and body.kind == "organization" for c in token.children)
        if role_word.lemma_.lower() not in ROLE_WORDS or not (_definite(token) or owned) or \
                self._last_introduced_unnamed(token):
            return None  # "a police officer called ... the officer recalled": unnamed
        modifiers = {c.lower_.strip(".,") for c in token.children
                     if c.dep_ in {"amod", "compound"} and c.i < token.i} - {role_word.lower_}
        # "the head of the Varnish delegation" is not the head of another people's one
        modifiers |= _peoples_of(token)
        matches = []
        for mention, words in self._person_roles():
            if {"prime", "minister"} <= words:
                words |= {"premier", "pm"}  # "the premier", "the PM": the prime minister
            if "justice" in words:
                words |= {"judge"}  # "Mr Justice X ... the judge said"
            if role_word.lower_ in {"chief", "boss"} and words & _LEADING_ROLES:
                words |= {role_word.lower_}  # "Varco chairman X ... the Varco chief said"
            if words & _LEGISLATOR_TITLES:
                words |= {"legislator", "lawmaker", "parliamentarian"}  # "Senator X ... the
                # legislator said"
            if words & _PAST_OFFICE - modifiers:
                continue  # "the president" is not "former president X"
            if role_word.lower_ in words and modifiers <= words and mention not in matches:
                matches.append(mention)
        if not matches:
            return self._holder_of_nation_role(token, role_word, modifiers)
        if len(matches) == 1:
            return matches[0]
        return self._one_holder_acting(token, matches) or _one_unplaced(matches, modifiers)

    def _one_holder_acting(self, token: Token,
                           holders: list[ActorMention]) -> ActorMention | None:
        """Of several people holding the role, the one quoted just before; else the one
        the narration just before names as the subject or the agent of a verb ("this was
        stated by Minister X at a meeting with Minister Y ... the minister stressed")."""
        last = self._last_quoted_nearby(token)
        if last is not None:
            return next((m for m in holders if m.key == last.speaker_key), None)
        start = self.text.rfind("\n", 0, token.idx) + 1
        if start > 1 and self.text[start:start + 1] in _OPENING_MARKS:
            start = self._paragraph_before(start)[0]  # a quote opening its paragraph
        keys = {m.key for m in holders}
        # the paragraph itself, else (no holder acting there) the paragraph before
        spans = [(start, token.idx)] + ([(self._paragraph_before(start)[0], start)]
                                        if start > 1 else [])
        for begin, end in spans:
            acting = [m for key, m in self._persons_named(begin, end, _subject_or_agent).items()
                      if key in keys]
            if acting:
                return acting[0] if len(acting) == 1 else None
        return None

    def _person_roles(self) -> Iterator[tuple[ActorMention, set[str]]]:
        """Each role of each person of the article, as its words in lower case, and the
        initials of its capitalised words ("nfus" of "NFU Scotland president")."""
        for mention in self.actors.mentions:
            if mention.kind == "person":
                for role in mention.roles:
                    words = {w.lower().strip(".,") for w in re.split(r"[\s\-]+", role)}
                    named = [w for w in role.split() if w[:1].isupper()]
                    if len(named) >= 2:
                        words.add("".join(w if w.isupper() else w[0] for w in named).lower())
                    yield mention, words

    def _holder_of_nation_role(self, token: Token, role_word: Token,
                               modifiers: set[str]) -> ActorMention | None:
        """'the French president added': a role with a people's name before it, held
        by one person whose role names no other people ("U.S. President", not "Ukrainian
        President"), or by several of whom one was quoted just before."""
        # "the French president", "the US leader": a people's word or a country's letters
        peoples = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}
                   and c.i < token.i and c.text[:1].isupper()
                   and (people_of_a_place(c.text) or _country_letters(c.text))}
        if not peoples:
            return None
        holders = []
        for mention, words in self._person_roles():
            named = {w for w in words if people_of_a_place(w.title())} | {
                w.lower() for role in mention.roles for w in re.split(r"[\s\-]+", role)
                if _country_letters(w)}
            # "the Varnish leader": a president or prime minister whose title says Varnish
            held = role_word.lower_ in words or role_word.lower_ == "leader" and \
                bool(_role_heads(mention) & _NATION_LEADERS) and bool(named & peoples)
            if held and modifiers - peoples <= words and \
                    not words & _PAST_OFFICE and named <= peoples and mention not in holders:
                holders.append(mention)
        if len(holders) == 1:
            return holders[0]
        last = self._last_quoted_nearby(token)
        return next((m for m in holders if last is not None and m.key == last.speaker_key),
                    None)

    def _person_by_description(self, token: Token) -> ActorMention | None:
        """'said the 36-year-old', 'the Florida fan explained': a person just written about.

        A definite, singular description of a person stands for someone already named,
        as a pronoun does: a word for a person ("fan", "mother") or an age resolves like
        "he" or "she". A role word that no named person holds ("the expert") is taken for
        the person quoted in the last two paragraphs, if nobody else was named since, unless
        the article used the word for someone else in a sentence naming that person. A
        noun first brought in as "a ..."/"an ..." ("a spokesman ... the spokesman said")
        is someone unnamed: no speaker.
        """
        if token.tag_ in {"NNS", "NNPS"} or token.lower_ in _COLLECTIVE_NOUNS \
                or not _definite(token):
            return None
        if self._introduced_unnamed(token) or self._of_a_person(token):
            return None
        aged = token.lower_ == "old" and any(c.lower_ == "year" for c in token.children)
        named = self._named_beside_same_noun(token)
        if named is not None:
            return named
        if aged or token.lemma_.lower() in DESCRIPTION_NOUNS:
            mention = self._resolve_pronoun(token, _noun_gender(token.lower_))
            if mention is not None and not aged and self._noun_used_beside(token, mention):
                return None  # "X questioned the witness ... the witness said": not X
            return mention
        if _role_head(token).lemma_.lower() in ROLE_WORDS:
            mention = self._recent_speaker(token) or self._paragraph_subject(token) or \
                self._only_person_so_far(token)
            if mention is None and not any(c.pos_ == "PROPN" for c in token.children):
                # "the local representative said": like "he", the person last written of
                # (not "the US president", whom the country tells apart), if given no
                # other title
                mention = self._resolve_pronoun(token, None)
                if mention is not None and not self._holds_role(mention, token):
                    mention = None
            if mention is not None and self._noun_used_beside(token, mention):
                return None  # "he ordered X to ..., the judge said": someone besides X
            return mention
        return None

    def _of_a_person(self, noun: Token) -> bool:
        """'the mother of X': a description that says whose it is names somebody else."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            (actor := self.actors.at_token(g)) is not None and actor.kind == "person"
            for g in c.children if g.dep_ == "pobj") for c in noun.children)

    def _only_person_so_far(self, token: Token) -> ActorMention | None:
        """'X faces a tough budget ... The Energy Secretary signalled': a title for the one
        person the article has named before it, when that person was given no role."""
        before = {m.key: m for occ, m in self.actors.occurrences
                  if m.kind == "person" and occ.start < token.i}
        if len(before) != 1:
            return None
        mention = next(iter(before.values()))
        return None if mention.roles else mention

    def _described_subject_before(self, token: Token, gender: str | None
                                  ) -> ActorMention | None:
        """The person a description stands for ("the driver's child"), when it is the
        subject of the sentence of narration just before the pronoun's."""
        earlier = self._narration_before(token)
        if token.dep_ not in {"nsubj", "nsubjpass"} or not earlier:
            return None
        subjects = [c for c in earlier[-1].root.children
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"NN", "NNP"} and (
                        _definite(c) or any(g.dep_ in {"poss", "nmod"} for g in c.children))]
        named = self._person_described(subjects[0]) if subjects else None
        return named if named is not None and self._fits(named, gender) else None

    def _person_described(self, noun: Token) -> ActorMention | None:
        """The person "the leader" stands for: the one holder of the title, else the person
        last named beside the same noun."""
        return self._person_by_title(noun) or self._named_beside_same_noun(noun)

    def _named_beside_same_noun(self, noun: Token) -> ActorMention | None:
        """'The driver's son, X, spoke ... the driver's child said': the person last
        named in apposition to the same noun, or to a word for the same kin: the noun's own
        first ("the boy's father, X, said"), or after the name ("X, a harbour pilot,")."""
        lemmas = next((group for group in _KIN_GROUPS if noun.lemma_.lower() in group),
                      {noun.lemma_.lower()})
        for earlier in reversed(self.doc[:noun.i + 1]):
            if earlier.lemma_.lower() in lemmas and not self._in_quote(earlier.idx) and \
                    _peoples_of(earlier) == _peoples_of(noun):  # not another people's head
                named = self._appositive_person(earlier) or (
                    self.actors.at_token(earlier.head) if earlier.dep_ == "appos" else None)
                if named is not None and named.kind == "person":
                    return named
        return None

    def _noun_used_beside(self, noun: Token, mention: ActorMention) -> bool:
        """'X questioned the witness', 'X met the driver': an earlier use of the noun, in a
        sentence naming the person, for someone else (not "X, the driver," nor "X is the
        driver", nor "X was made driver")."""
        lemma = noun.lemma_.lower()
        for earlier in self.doc[:noun.i]:
            if earlier.lemma_.lower() != lemma or self._in_quote(earlier.idx) or \
                    earlier.dep_ in {"attr", "appos", "oprd", "conj"} or \
                    earlier.tag_ in {"NNS", "NNPS"} or \
                    earlier.head.lower_ == "as" or self._appositive_person(earlier) or \
                    earlier.dep_ == "compound" and self.actors.at_token(earlier.head) or \
                    earlier.i + 1 < len(self.doc) and self.actors.at_token(self.doc[earlier.i + 1]):
                continue  # nor "Varn boss X", the noun the person's own title, however parsed
            phrase = range(earlier.left_edge.i, earlier.right_edge.i + 1)
            if any(t.i not in phrase and (actor := self.actors.at_token(t)) is not None
                   and actor.key == mention.key for t in earlier.sent):
                return True
        return False

    def _paragraph_subject(self, token: Token) -> ActorMention | None:
        """'X was not impressed. "...," the former coach said': with nobody quoted in the
        last two paragraphs, the one person the paragraph names as a subject before the
        description, unless the paragraph brought that noun in for someone else ("X met the
        coach")."""
        if self._last_quoted_nearby(token) is not None:
            return None
        start = self.text.rfind("\n", 0, token.idx) + 1
        # the one person named as a subject: not "X fumed at the goal by Y from Z's cross"'s
        # Y or Z
        subjects = self._persons_named(start, token.idx, _is_subject)
        others = self._persons_named(start, token.idx)
        if not subjects and start > 1 and (
                others or self.text[start:start + 1] in _OPENING_MARKS):
            # '"...," said the detective.' opening its paragraph, or "With his wife X at
            # his side, the director said": the one person the paragraph before names as a
            # subject ("X, who led the case, defended ..."); past the people the paragraph
            # names, only one given no other title
            start, end = self._paragraph_before(start)
            subjects = self._persons_named(start, end, _is_subject)
            if others and any(not self._holds_role(m, token) for m in subjects.values()):
                return None
        if len(subjects) != 1:
            return None
        mention = next(iter(subjects.values()))
        if any(t.lemma_ == token.lemma_ and t.idx >= start for t in self.doc[:token.i]):
            return None
        return mention

    def _persons_named(self, start: int, end: int,
                       role: Callable[[Token], bool] | None = None) -> dict[str, ActorMention]:
        """Persons named in the narration between two offsets, by key; with role, only where
        the last word of the name passes it (the subject of a verb, say)."""
        return {m.key: m for occ, m in self.actors.occurrences
                if m.kind == "person" and not occ.in_quote and start <= occ.start_char < end
                and (role is None or role(self.doc[occ.end - 1]))}

    @staticmethod
    def _holds_role(mention: ActorMention, noun: Token) -> bool:
        """Whether a person may be the one a role word describes: given no title, or a
        title with that word in it and the peoples the description names."""
        office = next((g.lower_ for c in noun.children if noun.lower_ == "head" and
                       c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.lower_ in _HEADS_OF), None)
        if office is not None:
            # "the head of state": a president or a monarch; "of government": a premier
            return any(set(role.lower().split()) & _HEADS_OF[office] for role in mention.roles)
        return not mention.roles or any(
            {noun.lower_} | _peoples_of(noun) <= set(role.lower().split())
            for role in mention.roles)

    def _last_quoted_nearby(self, token: Token) -> Statement | None:
        """The last statement with a speaker before token, if within two paragraphs."""
        last = next((s for s in reversed(self._quoted_so_far)
                     if s.speaker_key is not None and s.start < token.idx), None)
        if last is None or self._line_breaks_between(last.end, token.idx) > 2:
            return None
        return last

    def _line_breaks_between(self, start: int, end: int) -> int:
        """The line breaks between two points, not counting a section heading's own
        ("- 'A dog's life' -" between two paragraphs of one interview)."""
        lines = self.text[start:end].split("\n")
        kept: list[str] = []
        for line in lines[1:-1]:
            if _heading_line(line) or not line.strip() and kept and not kept[-1].strip():
                continue
            kept.append(line)
        return len(kept) + 1 if len(lines) > 1 else 0

    def _recent_speaker(self, token: Token) -> ActorMention | None:
        """The person quoted last, within two paragraphs and with nobody named since."""
        last = self._last_quoted_nearby(token)
        if last is None:
            return None
        mention = self._mention_by_key(last.speaker_key)
        if mention is None or mention.kind != "person":
            return None
        return None if self._someone_else_named(mention, last.end, token.idx) else mention

    def _someone_else_named(self, mention: ActorMention, start: int, end: int) -> bool:
        """Whether narration between start and end names a person other than mention, not
        counting one who only owns what a preposition takes ("On X's form, ...")."""
        return any(m.kind == "person" and m.key != mention.key and not occ.in_quote
                   and start < occ.start_char < end and not _owner_in_phrase(self.doc[occ.end - 1])
                   for occ, m in self.actors.occurrences)

    def _person_just_before(self, verb: Token) -> ActorMention | None:
        """A misparse with no nominal subject ("Speaking to the Daily Mail Lacerda claimed"):
        a person named in the three words before the verb, or named with a relative clause
        that ends right before it."""
        if _has_subject(verb):
            return None
        if verb.dep_ == "conj" and _has_subject(verb.head):
            return None  # "the coach blames X and says ...": the subject of both, not X
        for token in reversed(self.doc[max(verb.sent.start, verb.i - 3):verb.i]):
            actor = self.actors.at_token(token)
            if actor is not None and token.dep_ == "compound" and token.head.is_lower:
                continue  # "an avowed Varo fan": the name qualifies someone else
            if actor is not None:
                return actor if actor.kind == "person" else None
        # "Paying tribute online, X Y, who played Z, wrote:", "X, the deputy mayor, posted":
        # a name whose relative clause or apposition runs up to the verb
        for token in self.doc[verb.sent.start:verb.i]:
            actor = self.actors.at_token(token)
            clause = [c for c in token.children
                      if c.dep_ in {"relcl", "appos"} and c.right_edge.i < verb.i]
            if actor is not None and actor.kind == "person" and clause and \
                    all(t.is_punct for t in self.doc[clause[-1].right_edge.i + 1:verb.i]):
                return actor
        return None

    def _actor_near(self, verb: Token, window: list[Token],
                    quote: QuoteSpan) -> ActorMention | None:
        """A parse without a subject: the first person named around the reporting verb, in
        the six words after it, or set off by a comma a little further ("shouted one woman at
        the gate, X Y")."""
        # "..., X's mayor told Y": Y is the one told, not the one telling
        told = {t.i for c in verb.children if verb.lemma_ == "tell" and
                c.dep_ in {"dobj", "dative"} for t in c.subtree}
        for inverted in (c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                         and c.i not in told):
            if (identified := self._identified_as(inverted)) is not None:
                return identified  # "affirmed another worker identified at the rally as X"
            if inverted.i == verb.i + 2 and (titled := self._person_by_title(inverted)):
                return titled  # '"...," asserted the senator': the parser's object
        for token in window:
            if token.i > verb.i + _NEAR_VERB_WORDS and not (
                    token.i <= verb.i + _NEAR_VERB_APPOSITIVE_WORDS
                    and self.doc[token.i - 1].text == ","):
                break
            actor = self.actors.at_token(token)
            if actor is not None and actor.kind == "person" and token.i not in told:
                root = self._name_end(token, actor)
                if root.dep_ == "pobj" and root.head.lower_ in {"of", "for"} and \
                        root.head.i == token.i - 1 and \
                        root.head.head.lemma_.lower() in _PERSON_WORDS | _KIN_NOUNS and \
                        root.head.head.i > verb.i and any(
                            c.dep_ == "det" for c in root.head.head.children):
                    return None  # '"...," said the lawyer of Ana Ruiz': the lawyer, unnamed
                return actor
            if token.lower_ in _PRONOUN_GENDER and token.i in {verb.i - 1, verb.i + 1}:
                return self._resolve_pronoun(token, _PRONOUN_GENDER[token.lower_])
            if token.lower_ == "the" and token.i == verb.i + 1 and \
                    (described := self._description_misparsed(token)) is not None:
                return described
        return None

    def _description_misparsed(self, the: Token) -> ActorMention | None:
        """'said the 24-year-old forward' with "forward" parsed as an adverb: a definite
        description of a person, within a few words of 'the', resolved like 'he' or 'she'."""
        for word in self.doc[the.i + 1:the.i + _DESCRIPTION_WORDS + 1]:
            if word.is_punct and word.text not in {"-", "–"} or word.pos_ in {"VERB", "ADP"}:
                return None
            if word.lower_ in DESCRIPTION_NOUNS:
                return self._resolve_pronoun(word, _noun_gender(word.lower_))
        return None

    def _narration_before(self, token: Token) -> list[Span]:
        """The sentences before token's own that are narration, not quoted words."""
        return [s for s in self._sentences if s.end <= token.sent.start
                and not self._in_quote(s.start_char + 1)]

    def _same_pronoun_subject_before(self, token: Token, after: int) -> Token | None:
        """The latest main-clause subject that is the same pronoun as token, in narration
        before token's sentence and after the character offset after."""
        for sentence in reversed(self._narration_before(token)):
            if sentence.end_char <= after:
                return None
            subject = next((c for c in sentence.root.children
                            if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.lower_ == token.lower_ and subject.idx > after:
                return subject
        return None

    def _sentence_before_speaking_pronoun(self, token: Token) -> Span | None:
        """The sentence of narration just before a pronoun that is the subject of a reporting
        verb; None for any other pronoun."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or not reports_speech(token.head):
            return None
        earlier = self._narration_before(token)
        return earlier[-1] if earlier else None

    def _speaking_newcomer(self, token: Token, candidates: list[tuple[Occurrence, ActorMention]]
                           ) -> tuple[Occurrence, ActorMention] | None:
        """The one person the sentence of narration before a speaking pronoun's brings in as
        the subject of a verb of speaking, in whatever clause ("..., where X, who ...,
        spoke of ...")."""
        previous = self._sentence_before_speaking_pronoun(token)
        if previous is None:
            return None
        speaking = [(occ, m) for occ, m in candidates
                    if previous.start_char <= occ.start_char < previous.end_char
                    and (head := subject_head(self.doc[occ.end - 1])) is not None
                    and (reports_speech(head.head) or head.head.lemma_ in {"speak", "talk"})]
        if len({m.key for _, m in speaking}) != 1:
            return None
        occ, mention = speaking[0]
        first = self._first_occurrence(mention)
        return (occ, mention) if first is occ else None

    def _newcomer_before(self, token: Token, candidates: list[tuple[Occurrence, ActorMention]]
                         ) -> tuple[Occurrence, ActorMention] | None:
        """The one person named in the sentence of narration before the pronoun's (or before
        those going on with the same pronoun), named there for the first time and not as a
        subject: someone the article has just brought in."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head != token.sent.root:
            return None
        earlier = self._narration_before(token)
        # Back past sentences whose subject is the same pronoun: they go on about one person.
        while earlier and earlier[-1][0].lower_ == token.lower_ and \
                earlier[-1][0].dep_ in {"nsubj", "nsubjpass"}:
            earlier.pop()
        if not earlier:
            return None
        previous = earlier[-1]
        gender = _PRONOUN_GENDER.get(token.lower_)
        named = [(occ, m) for occ, m in candidates
                 if previous.start_char <= occ.start_char < previous.end_char]
        # not "Some, like Ana, who gave only her first name, ...": a clause about the one named
        about_named = {t.i for occ, _ in named for t in self.doc[occ.end - 1].subtree}
        about_named |= {t.i for occ, _ in named if occ.end + 1 < len(self.doc)
                        and self.doc[occ.end].text == ","
                        and self.doc[occ.end + 1].lower_ in {"who", "whose"}
                        for t in self.doc[occ.end + 1].head.subtree}
        if any(_PRONOUN_GENDER.get(t.lower_) == gender and t.i not in about_named
               for t in previous):
            return None  # "she was into X": the sentence goes on about someone else
        if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head == previous.root and
               self.actors.at_token(t) is None and _definite(t) and
               t.lemma_.lower() in ROLE_WORDS | DESCRIPTION_NOUNS for t in previous):
            return None  # "The fair organiser chatted with X. He said": the organiser
        if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head == previous.root and
               t.lower_ in _PERSONAL_SUBJECTS for t in previous):
            return None  # "In talks with X, they agreed ... He said": one of them, not X
        # someone named before, in passing and not as a subject ("X's interest"), or in
        # what another is ("Y, the lawyer for X,"), is not brought in
        described = {t.i for occ, _ in named for c in self.doc[occ.end - 1].children
                     if c.dep_ == "appos" for t in c.subtree}
        named = [(occ, m) for occ, m in named if occ.end - 1 not in described and not (
            subject_head(self.doc[occ.end - 1]) is None and self._first_occurrence(m) is not occ)]
        if len({m.key for _, m in named}) != 1:
            return None
        occ, mention = named[0]
        first = self._first_occurrence(mention)
        if first is not occ or subject_head(self.doc[occ.end - 1]) is not None:
            return None
        return occ, mention

    def _fronted_participle(self, pronoun: Token) -> set[int]:
        """The tokens of a participle clause opening the pronoun's sentence, with no subject
        of its own: its subject is the pronoun, so those it names are someone else ("Citing
        X and Y, he said")."""
        if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
            return set()
        first = next((t for t in pronoun.sent if not t.is_punct), pronoun)
        participle = first.tag_ in {"VBG", "VBN"} or \
            first.lower_.endswith("ing") and self.actors.at_token(first) is None
        if first.i < pronoun.i and participle and self.doc[pronoun.i - 1].text == ",":
            return set(range(first.i, pronoun.i))  # however the parser hung or tagged them
        return {t.i for clause in pronoun.head.children
                if clause.dep_ == "advcl" and clause.i < pronoun.i and clause.tag_ in {"VBG", "VBN"}
                and not _has_subject(clause) for t in clause.subtree}

    def _resolve_pronoun(self, token: Token, gender: str | None) -> ActorMention | None:
        """He/she/his/her: the person whose clause it sits in, else a person just named.

        Walking up the parse, the first earlier subject that is a named person of a fitting
        gender is the antecedent; one that is an unnamed person ("an official ... whom he
        described") means the speaker has no name: None. Otherwise a possessive takes the
        nearest person; a pronoun, the nearest named earlier in a clause containing its own;
        else None if the latest main-clause subject in the last three sentences is a person
        without a name; else a person just brought in the sentence before, if named after
        that subject; else, for a subject pronoun, what the same pronoun opening an earlier
        sentence since that subject stands for; else the latest named person subject of a
        main clause there; else,
        of the persons named or quoted there and the last person quoted anywhere before (an
        interviewee stays the speaker across a fact box naming others), the one the article
        names most; else the latest person named.
        """
        for ancestor in token.ancestors:
            for child in ancestor.children:
                if child.dep_ not in {"nsubj", "nsubjpass"} or child.i >= token.i:
                    continue
                actor = self.actors.at_token(child) or self._appositive_person(child)
                if actor is not None and actor.kind == "person" and self._fits(actor, gender):
                    return actor
                if actor is None and child.lemma_.lower() in ROLE_WORDS and \
                        child.tag_ not in {"NNS", "NNPS"} and \
                        _noun_gender(child.lower_) in (None, gender):
                    return None  # "the official ... he": someone unnamed (not "officials")
        fronted = self._fronted_participle(token)
        candidates = [(occ, mention) for occ, mention in self.actors.occurrences
                      if mention.kind == "person" and occ.end_char <= token.idx
                      and not occ.in_quote and self._fits(mention, gender)
                      and occ.end - 1 not in fronted]
        if not candidates:
            return self._sole_subject_before(token, gender)
        if token.dep_ == "poss":
            return candidates[-1][1]
        # (not "In an appearance on X's radio show, he said": the host is someone else)
        same_sentence = [(occ, m) for occ, m in candidates
                         if occ.start_char >= token.sent.start_char
                         and self._clause_governs(self.doc[occ.end - 1], token)
                         and not _hosts_a_show(self.doc[occ.end - 1])]
        if same_sentence:
            return same_sentence[-1][1]
        described = self._described_subject_before(token, gender)
        if described is not None:
            return described  # "The driver's child said ... He said": the child named
        # The last three sentences of narration: sentences inside quotes do not count.
        sentence_starts = [s.start_char for s in self.doc.sents
                           if s.start_char <= token.idx and not self._in_quote(s.start_char + 1)]
        horizon = sentence_starts[-3] if len(sentence_starts) >= 3 else 0
        recent_subjects = [(occ, m) for occ, m in candidates if occ.start_char >= horizon
                           and subject_head(self.doc[occ.end - 1]) is not None
                           and not self._one_of_several(self.doc[occ.end - 1], gender)]
        # "The old pilot was ..." after "X, harbour pilot,": a description standing for
        # a person named beside the same noun counts as that person in a main clause.
        main_clause = sorted([(occ.start_char, m) for occ, m in recent_subjects
                              if subject_head(self.doc[occ.end - 1]).head
                              == self.doc[occ.end - 1].sent.root]
                             + self._described_main_subjects(horizon, token, gender),
                             key=lambda pair: pair[0])
        unnamed = self._unnamed_subject(horizon, token, gender)
        if unnamed is not None and (not main_clause or unnamed > main_clause[-1][0]):
            return None  # "The teacher added ... She said:": somebody without a name
        speaking = self._speaking_newcomer(token, candidates)
        if speaking is not None and (not main_clause or
                                     main_clause[-1][0] < speaking[0].start_char):
            return speaking[1]  # "..., where X, who ..., spoke of his guilt. He said": X
        newcomer = self._newcomer_before(token, candidates)
        if newcomer is not None and (not main_clause or
                                     main_clause[-1][0] < newcomer[0].start_char):
            return newcomer[1]  # "... flooded Ada Roe's cellar. She said": just brought in
        latest = max([start for start, _ in main_clause[-1:]] + [horizon - 1])
        chained = self._same_pronoun_subject_before(token, latest)
        if chained is not None and token.dep_ in {"nsubj", "nsubjpass"}:
            # "X met Y. He was shaking. He had gone to find Y. He said:": each "he"
            # goes on with the subject before it (unless that one names nobody yet: "She
            # walks in. X, 19, sits. She said:")
            resolved = self._resolve_pronoun(chained, gender)
            if resolved is not None:
                return resolved
        if main_clause:
            return main_clause[-1][1]
        quoted = [s for s in self._quoted_so_far if s.speaker_key and s.start < token.idx]
        speakers = [(s.start, self._mention_by_key(s.speaker_key)) for s in quoted]
        speakers = [(start, m) for start, m in speakers if m is not None
                    and m.kind == "person" and self._fits(m, gender)]
        recent = sorted([(occ.start_char, m) for occ, m in candidates if occ.start_char >= horizon
                         and not self._one_of_several(self.doc[occ.end - 1], gender)]
                        + [(start, m) for start, m in speakers if start >= horizon]
                        + speakers[-1:],
                        key=lambda pair: pair[0])
        if recent:
            return self._most_mentioned([m for _, m in recent],
                                        self._last_sentence_names_several(candidates, horizon))
        return candidates[-1][1]

    def _described_main_subjects(self, horizon: int, pronoun: Token, gender: str | None
                                 ) -> list[tuple[int, ActorMention]]:
        """Definite descriptions ("the old pilot") that are main-clause subjects of
        narration between horizon and the pronoun's sentence, with the person each stands
        for: the one named beside the same noun before."""
        found = []
        for sentence in self._narration_before(pronoun):
            if sentence.start_char < horizon:
                continue
            for subject in sentence.root.children:
                if subject.dep_ in {"nsubj", "nsubjpass"} and subject.tag_ == "NN" and \
                        (article := _determiner_of(subject)) is not None and \
                        article.lower_ == "the" and \
                        self.actors.at_token(subject) is None and \
                        (named := self._person_described(subject)) is not None and \
                        self._fits(named, gender):
                    found.append((subject.idx, named))
        return found

    def _one_of_several(self, token: Token, gender: str | None) -> bool:
        """'X and Y were sentenced': one of a subject of several people whom "he" or "she"
        could each stand for (not "X and his fiancee Y" for "he")."""
        others = set(token.conjuncts)
        own = self.actors.at_token(token)
        if token.dep_ == "appos" and self.actors.at_token(token.head) not in (None, own):
            # "X, Y and Z won": a list the parser read as X with Y in apposition
            others |= {token.head, *token.head.conjuncts}
        for other in others:
            actor = self.actors.at_token(other)
            if actor is not None and actor is not own and actor.kind == "person" and \
                    self._fits(actor, gender) and \
                    given_name_allows(actor.name.split()[0], gender):  # a given name alone too
                return True
        return False

    def _sole_subject_before(self, token: Token, gender: str | None) -> ActorMention | None:
        """'Jo Lund said it was a long night. "...," she told the radio': with nobody of the
        pronoun's sex named before, the one person of the sentence before, its subject,
        whose given name the name list gives the other sex (some names are given to both),
        if the article never told otherwise."""
        previous = self._sentence_before_speaking_pronoun(token)
        if previous is None:
            return None
        named = [(occ, m) for occ, m in self.actors.occurrences if m.kind == "person"
                 and not occ.in_quote and previous.start_char <= occ.start_char < previous.end_char]
        if len({m.key for _, m in named}) != 1:
            return None
        occ, mention = named[0]
        if self._told_gender.get(mention.key) not in (None, gender) or \
                subject_head(self.doc[occ.end - 1]) is None:
            return None
        return mention

    def _last_sentence_names_several(self, candidates: list[tuple[Occurrence, ActorMention]],
                                     horizon: int) -> bool:
        """Whether the latest sentence after horizon that names a person names several."""
        named = [(occ, m) for occ, m in candidates if occ.start_char >= horizon]
        if not named:
            return False
        sentence = self.doc[named[-1][0].start].sent
        return len({m.key for occ, m in named if occ.start_char >= sentence.start_char}) > 1

    def _unnamed_subject(self, horizon: int, pronoun: Token, gender: str | None) -> int | None:
        """Where the latest main-clause subject before the pronoun's sentence is a person
        the article never names: "a teacher at the school", or "the teacher" after one was
        brought in that way."""
        span = self.doc.char_span(horizon, pronoun.sent.start_char, alignment_mode="expand")
        found = None
        for t in span if span is not None else []:
            if _job_subject_of_main_clause(t) and not _national_office(t) \
                    and not self._in_quote(t.idx) and _noun_gender(t.lower_) in (None, gender) \
                    and self._actor_of(t, None) is None and (
                        self._introduced_unnamed(t) or _without_determiner(t)):
                found = t.idx
        return found

    def _introduced_unnamed(self, noun: Token) -> bool:
        """'a spokesman', or 'the spokesman' after 'a spokesman': someone without a name."""
        return any(t.lower_ == noun.lower_ and self._unnamed_indefinite(t)
                   for t in self.doc[:noun.i + 1])

    def _last_introduced_unnamed(self, noun: Token) -> bool:
        """'a police officer called ... the officer recalled': the latest earlier use of the
        noun brings in someone without a name."""
        earlier = [t for t in self.doc[:noun.i]
                   if t.lower_ == noun.lower_ and not self._in_quote(t.idx)]
        return bool(earlier) and self._unnamed_indefinite(earlier[-1])

    def _unnamed_indefinite(self, noun: Token) -> bool:
        """'a spokesman' with no name beside it ("a spokesman, X," or "X, a spokesman")."""
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in noun.children):
            return False
        if self._appositive_person(noun) is not None or \
                noun.dep_ == "pobj" and noun.head.lower_ == "as":
            return False  # "As a young actor, X ...": what someone named is
        head = noun.head
        if head.lower_ in _REFLEXIVES and head.dep_ == "appos":
            head = head.head  # "X, himself a former governor": X, named
        return not (noun.dep_ == "appos" and self.actors.at_token(head) is not None)

    def _most_mentioned(self, recent: list[ActorMention], count_quotes: bool) -> ActorMention:
        """With no main-clause subject to continue, the person named or quoted in the last
        sentences whom the article names most often (the one it is about); on a tie, the
        latest. Where narration has just named several people in passing, quotes so far
        count too: a coach quoted throughout keeps "he said" past a paragraph naming
        players, while one person just brought in takes it."""
        quoted = Counter(s.speaker_key for s in self._quoted_so_far if count_quotes)
        weight = {m.key: self._mention_counts[m.key] + quoted[m.key] for m in recent}
        best = max(weight.values())
        return [m for m in recent if weight[m.key] == best][-1]

    @staticmethod
    def _clause_governs(name: Token, pronoun: Token) -> bool:
        """Whether the clause naming someone contains the pronoun's clause ("X wants what he
        calls ..."), unlike a side clause ("Asked about X, he said")."""
        verb = next((t for t in name.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and (verb == pronoun.head or verb in pronoun.ancestors)

    def _appositive_person(self, token: Token) -> ActorMention | None:
        """'The head of the delegation, X, ...': the person named beside a common noun."""
        for child in token.children:
            if child.dep_ in {"appos", "compound", "flat"}:
                actor = self.actors.at_token(child)
                if actor is not None and actor.kind == "person":
                    return actor
        return None

    def _continued_speaker(self, quote: QuoteSpan,
                           previous: list[tuple[QuoteSpan, Statement]]) -> ActorMention | None:
        """An unattributed quote continues the speaker just quoted, or the last subject."""
        paragraph_start = self.text.rfind("\n", 0, quote.open_mark) + 1
        if self._is_heading(quote):
            return None
        if not self.text[paragraph_start:quote.open_mark].strip():
            owner = self._owner_of_heading_above(paragraph_start, quote) or \
                self._person_of_source_line_above(paragraph_start) or \
                self._named_speaking_next(quote)
            if owner is not None:
                return owner if owner.kind == "person" else None
        for earlier, statement in reversed(previous):
            same_paragraph = earlier.close_mark >= paragraph_start
            if statement.speaker_key is None and statement.verb is not None and same_paragraph:
                return None  # '"...," the juror said. "..."': the same unnamed speaker goes on
            if statement.speaker_key is None:
                continue
            prior_paragraph = self.text[earlier.close_mark:quote.open_mark].count("\n") <= 2 \
                and not self.text[paragraph_start:quote.open_mark].strip() \
                and not self._heading_between(earlier.close_mark, paragraph_start)
            if same_paragraph or prior_paragraph:
                return self._mention_by_key(statement.speaker_key)
            break
        before = self.doc.char_span(paragraph_start, quote.open_mark, alignment_mode="contract")
        if before is not None:
            for token in reversed(list(before)):
                if token.dep_ == "nsubj" and _receives_words(token.head):
                    break  # 'Ana received a long text. Only five words: "..."': not hers
                if token.dep_ in {"nsubj", "nsubjpass"}:
                    if _reported_by_person_before(token, before, self.actors):
                        continue  # 'Varn said Ana had lied. "..."': Varn goes on, not Ana
                    actor = self._actor_of(token, quote)
                    if actor is not None and actor.kind == "person":
                        return actor
                elif (actor := self._misparsed_subject(token)) is not None:
                    return actor
            # '... her grandson ran out, and her home fell. "We were so lucky."': words in
            # the first person after narration about someone, as "she" or "her"
            pronoun = next((t for t in reversed(list(before)) if t.lower_ in _PRONOUN_GENDER
                            and not self._in_quote(t.idx)), None)
            if pronoun is not None and self._speaks_in_first_person(quote):
                actor = self._resolve_pronoun(pronoun, _PRONOUN_GENDER[pronoun.lower_])
                if actor is not None and actor.kind == "person":
                    return actor
        owner = self._owner_named_after(quote)
        if owner is not None:
            return owner
        if not self.text[paragraph_start:quote.open_mark].strip():
            return self._speaker_from_previous_paragraph(paragraph_start, quote, previous)
        return None

    def _source_line_person(self, quote: QuoteSpan) -> ActorMention | None:
        """'Source: Wire, citing X' and below it 'Quote: "..."': the one person
        the labelled source line in the paragraphs just above names."""
        start, _ = self._paragraph_bounds(quote)
        for _ in range(_SOURCE_LINE_PARAGRAPHS):
            start, end = self._paragraph_before(start)
            if self.text[start:end].startswith("Source:"):
                span = self.doc.char_span(start, end, alignment_mode="contract")
                return self._one_person_named(span or [])
            if start == 0:
                break
        return None

    def _named_speaking_next(self, quote: QuoteSpan) -> ActorMention | None:
        """'"... for it." X wrote online after ...': a quote opening its paragraph and closing
        its sentence, then a sentence in the same paragraph opening on a named person who is
        the subject of a reporting verb."""
        _, end = self._paragraph_bounds(quote)
        span = self.doc.char_span(quote.close_mark + 1, end, alignment_mode="contract")
        words = [t for t in span if not t.is_punct and not t.is_space] if span else []
        if not words or (mention := self.actors.at_token(words[0])) is None or \
                mention.kind != "person":
            return None
        subject = subject_head(self._name_end(words[0], mention))
        return mention if subject is not None and reports_speech(subject.head) else None

    def _owner_named_after(self, quote: QuoteSpan) -> ActorMention | None:
        """'"...!"' closing its paragraph, then 'Marta, 19, told us this at her door': the
        person who, as the next paragraph opens, says 'this' or 'that'; or the first person
        named in 'That was the promise Marta made ...'."""
        _, end = self._paragraph_bounds(quote)
        rest = self.text[quote.close_mark + 1:end]
        if rest.strip(" .") or rest.strip() and quote.text[-1:] in _FULL_STOPS:
            return None
        following = self._paragraph_after(end)
        if following is None:
            return None
        sentence = next(iter(following.sents))
        if _DEMONSTRATIVE_BE.match(sentence.text):
            return next(iter(self._people_named(sentence).values()), None)
        root = sentence.root
        if not reports_speech(root) or not any(
                c.dep_ == "dobj" and c.lower_ in {"this", "that", "so"} for c in root.children):
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        actor = self._actor_of(subject, quote) if subject is not None else None
        return actor if actor is not None and actor.kind == "person" else None

    def _paragraph_before(self, paragraph_start: int) -> tuple[int, int]:
        """Offsets of the paragraph before the one starting at paragraph_start, blank lines
        and trailing spaces left out."""
        end = paragraph_start - 1
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        return self.text.rfind("\n", 0, end) + 1, end

    def _heading_between(self, start: int, end: int) -> bool:
        """Whether a section heading stands between two points."""
        return any(_heading_line(line) for line in self.text[start:end].split("\n")[1:])

    def _owner_of_heading_above(self, paragraph_start: int,
                                quote: QuoteSpan) -> ActorMention | None:
        """'X's speech in full' as the heading above: the quote below it is X's."""
        start, end = self._paragraph_before(paragraph_start)
        if not self._heading_between(start - 1, end):
            return None
        heading = list(self.doc.char_span(start, end, alignment_mode="contract") or [])
        if not {t.lemma_.lower() for t in heading} & (SPEECH_NOUNS | _TEXT_NOUNS):
            return None
        owners = [self._actor_of(t, quote) for t in heading if t.dep_ == "poss"]
        return next((owner for owner in owners if owner is not None), None)

    def _person_of_source_line_above(self, paragraph_start: int) -> ActorMention | None:
        """'Ivo Varn, Varco Bank' (or 'Ivo Varn, partner at Varco:') as a line of its own
        above the quote: a list of comments, each under the name of its source and a
        description after a comma."""
        start, end = self._paragraph_before(paragraph_start)
        if start >= end or not _heading_line(self.text[start:end].removesuffix(":")):
            return None
        line = self.doc.char_span(start, end, alignment_mode="contract")
        mention = self.actors.at_token(line[0]) if line is not None and len(line) else None
        if mention is None or mention.kind != "person":
            return None
        after = self._name_end(line[0], mention).i + 1
        return mention if after < line.end and self.doc[after].text == "," else None

    def _speaker_from_previous_paragraph(self, paragraph_start: int, quote: QuoteSpan,
                                         previous: list[tuple[QuoteSpan, Statement]],
                                         ) -> ActorMention | None:
        """A quote opening its paragraph after narration: an answer to the interviewer's
        question is the last speaker's; after 'X did this.' it is X's."""
        start, end = self._paragraph_before(paragraph_start)
        # A crosshead between hands the quote on only from a paragraph that ends by saying
        # whose words follow ("..., according to X." or a colon).
        crosshead = start > 0 and self._heading_between(start - 1, end)
        if crosshead:
            start, end = self._paragraph_before(start)
        paragraph = self.text[start:end]
        if not paragraph:
            return None
        asked = None if crosshead else self._person_asked(start, end, quote)
        if asked is not None:
            return asked
        if any(a >= start and b <= end + 1 for a, b in self._quoted):
            return None
        if paragraph.endswith("?") and not crosshead:
            recent = [s for q, s in previous if s.speaker_key and
                      self.text[q.close_mark:start].count("\n") <= _ANSWER_PARAGRAPHS]
            return self._mention_by_key(recent[-1].speaker_key) if recent else None
        last = self.doc.char_span(start, end, alignment_mode="contract")
        if last is None or len(last) == 0:
            return None
        if paragraph.rstrip().endswith(":"):
            # '... a post in which he lashed out at them:' and the quote as its own paragraph
            verb = next((t for t in reversed(list(last.sents)[-1]) if reports_speech(t)
                         and t.pos_ == "VERB"), None)
            speaker = self._subject_actor(verb, quote) if verb is not None else None
            if speaker is not None and speaker.kind == "person":
                return speaker
        found, cited = self._according_to(list(list(last.sents)[-1]))
        if found and cited is not None and cited.kind == "person":
            return cited  # '..., according to the driver X.' and X's words below
        if crosshead:
            return None
        sentence = list(last.sents)[-1]
        root = sentence.root
        thinker = self._last_to_say_or_think(sentence, quote)
        if thinker is not None:
            return thinker
        # 'Party MP and successor to X, Y Z feels ...': the tagger may give the verb two
        # subjects, the role and the name; the one that is a person counts.
        # ("..., and the minister has given no figures.": the subject of a clause joined on)
        for subject in (c for verb in (root, *root.conjuncts) for c in verb.children
                        if c.dep_ in {"nsubj", "nsubjpass"}):
            # "X's suggestion drew applause." and the words below: X's
            actor = self._actor_of(subject, quote) or self._speech_noun_owner(subject, quote) \
                or self._one_named_as_example(subject, quote)
            if actor is not None and actor.kind == "person":
                return actor
        return self._speaker_narrated_about(quote, previous) or \
            self._person_paragraph_is_about(last, quote)

    def _one_named_as_example(self, noun: Token, quote: QuoteSpan) -> ActorMention | None:
        """'Nurses like Ana Ruiz are worried.' before a first-person quote: the one person
        named as an example of the many is the one speaking."""
        if noun.tag_ != "NNS" or not self._speaks_in_first_person(quote):
            return None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "like":
                named = self._people_named(prep.subtree)
                if len(named) == 1:
                    return next(iter(named.values()))
        return None

    def _last_to_say_or_think(self, sentence: Span, quote: QuoteSpan) -> ActorMention | None:
        """'X rowed for Y, and the coach feels the crew looked sharper.' before a quote: the
        person of the sentence's last clause of saying or thinking, past the main verb and
        not itself reported by another, is whose words follow."""
        verbs = [t for t in sentence if t.i > sentence.root.i and t.pos_ == "VERB"
                 and (reports_speech(t) or t.lemma_ in _THINKING_VERBS)
                 and any(c.dep_ == "ccomp" for c in t.children)
                 and not any(reports_speech(a) for a in t.ancestors)]
        for verb in reversed(verbs):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            before = self.doc[verb.i - 1]
            if not subjects and before.pos_ in {"NOUN", "PROPN"}:
                subjects = [before]  # the parser lost the subject just before the verb
            for subject in subjects:
                actor = self._actor_of(subject, quote)
                if actor is not None and actor.kind == "person":
                    return actor
        return None

    def _person_paragraph_is_about(self, paragraph: Span, quote: QuoteSpan
                                   ) -> ActorMention | None:
        """'X runs the bakery. Her ovens are old, but she ... / "I learned ..."': a
        first-person quote after a paragraph that opens with one person as its subject,
        names nobody else and goes on about "her" or "him", is that person's."""
        if not self._speaks_in_first_person(quote):
            return None
        person = self._one_person_named(paragraph)
        if person is None:
            return None
        opening = next(iter(paragraph.sents))
        if not any(self.actors.at_token(t) is person and subject_head(t) is not None
                   for t in opening):
            return None
        return person if self._goes_on_about(person, paragraph) else None

    def _speaker_narrated_about(self, quote: QuoteSpan,
                                previous: list[tuple[QuoteSpan, Statement]],
                                ) -> ActorMention | None:
        """'"...," she said. / The family packed up; her brother drove ... / "I knew it was
        risky."': a first-person quote after a paragraph or two of narration about the
        last speaker, going on about "her" or "him" and naming nobody else, is theirs; so is
        any quote in a series of bare quote paragraphs (see _bare_quote_series)."""
        last = next(((q, s) for q, s in reversed(previous) if s.speaker_key), None)
        if last is None:
            return None
        earlier, statement = last
        speaker = self._mention_by_key(statement.speaker_key)
        if speaker is None or speaker.kind != "person" or \
                any(earlier.close_mark < a < quote.open_mark for a, _b in self._quoted):
            return None
        between = self.text[earlier.close_mark + 1:quote.open_mark]
        span = self.doc.char_span(earlier.close_mark + 1, quote.open_mark,
                                  alignment_mode="contract")
        tokens = list(span) if span is not None else []
        # the narration may report the speaker's words on ("Ms Ruiz said that ..."): the
        # paragraphs count from the last such report
        since = max((t.idx for t in tokens if t.dep_ == "nsubj" and reports_speech(t.head)
                     and self.actors.at_token(t) is speaker), default=earlier.close_mark)
        if self.text[since:quote.open_mark].count("\n\n") > _NARRATED_PARAGRAPHS:
            return None
        if set(self._people_named(tokens)) - {speaker.key}:
            return None
        if not self._speaks_in_first_person(quote):
            return speaker if self._bare_quote_series(earlier, quote, tokens) else None
        first_paragraph = between.find("\n")
        after_first = [t for t in tokens if t.idx > earlier.close_mark + first_paragraph
                       and t.idx >= since]
        return speaker if self._goes_on_about(speaker, after_first) else None

    def _bare_quote_series(self, earlier: QuoteSpan, quote: QuoteSpan,
                           between: list[Token]) -> bool:
        """'"We waited all night." / The café stayed open. / "Every sailing was cancelled."':
        quotes that stand alone as paragraphs on either side of one paragraph of narration, which
        names nobody else and reports nobody's words, are one speaker's, in the first person
        or not."""
        return self._stands_alone(earlier) and self._stands_alone(quote) and \
            "\n" not in self.text[earlier.close_mark + 1:quote.open_mark].strip() and \
            not any(reports_speech(t) for t in between)

    def _stands_alone(self, quote: QuoteSpan) -> bool:
        """Whether quote is all its paragraph holds."""
        start, end = self._paragraph_bounds(quote)
        return not self.text[start:quote.open_mark].strip() and \
            not self.text[quote.close_mark + 1:end].strip()

    def _person_asked(self, start: int, end: int, quote: QuoteSpan) -> ActorMention | None:
        """An interviewer's 'I ask X whether ...': the answer below it is X's."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        for token in reversed(list(span) if span is not None else []):
            if token.lemma_.lower() != "ask" or not any(
                    c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in token.children):
                continue
            for child in token.children:
                if child.dep_ in {"dobj", "dative"}:
                    actor = self._actor_of(child, quote)
                    if actor is not None and actor.kind == "person":
                        return actor
        return None

    def _is_heading(self, quote: QuoteSpan) -> bool:
        """A quote standing alone as a paragraph with no closing punctuation, and short: a
        headline (a long one is a quote whose last full stop was dropped)."""
        start, end = self._paragraph_bounds(quote)
        alone = self.text[start:end].strip() == self.text[quote.open_mark:quote.close_mark + 1]
        return alone and quote.text[-1:] not in _CLOSING_PUNCTUATION and \
            len(quote.text.split()) <= _HEADING_MAX_WORDS

    def _mention_by_key(self, key: str) -> ActorMention | None:
        return next((m for m in self.actors.mentions if m.key == key), None)

    # -- indirect speech -------------------------------------------------------------

    def _indirect_statements(self) -> list[Statement]:
        found: list[Statement] = []
        for token in self.doc:
            if token.lemma_.lower() not in INDIRECT_VERBS or token.pos_ != "VERB":
                continue
            if self._in_quote(token.idx):
                continue
            clauses = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
            if not clauses:
                continue
            clause = clauses[0]
            if clause.pos_ not in {"VERB", "AUX"}:
                continue  # "confirmed his passing": an object, not a reported clause
            tokens = [t for t in clause.subtree if t.sent == clause.sent]
            while tokens and (tokens[0].lower_ == "that" or tokens[0].is_punct):
                tokens = tokens[1:]
            while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and \
                    tokens[-1].text not in {"”", '"'}:
                tokens = tokens[:-1]
            if any("\n" in t.text for t in tokens):
                continue  # a clause running over a line break is a parse across headings
            if len(tokens) < 3:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if any(a <= start and end <= b for a, b in self._quoted):
                continue
            if any(start <= a and b <= end + 1 and self._is_whole_sentence_quote(a, b)
                   for a, b in self._quoted):
                continue
            speaker = self._subject_actor(token, None)
            if speaker is None or speaker.kind not in _SPEAKER_KINDS:
                continue
            quote = self.text[start:end]
            found.append(Statement(quote=quote, kind="indirect", speaker=speaker.name,
                                   speaker_key=speaker.key, verb=token.lemma_.lower(),
                                   start=start, end=end, quote_key=quote_key(quote)))
        return found

    def _in_quote(self, index: int) -> bool:
        return within(index, self._quoted)

    def _is_whole_sentence_quote(self, a: int, b: int) -> bool:
        """A quote that is most of the clause: the statement is direct, not indirect."""
        return (b - a) > 40


def _repeats_take_speaker(found: list[Statement]) -> list[Statement]:
    """A quote with no speaker that repeats, word for word, a quote with one (a pull quote
    set under the headline, a line quoted again in the body) is that speaker's."""
    speakers: dict[str, Statement] = {}
    for statement in found:
        if statement.speaker is not None:
            speakers.setdefault(statement.quote_key, statement)
    return [replace(s, speaker=speakers[s.quote_key].speaker,
                    speaker_key=speakers[s.quote_key].speaker_key)
            if s.speaker is None and s.quote_key in speakers else s for s in found]


def _writers_named(writing: Token) -> list[Token]:
    """The noun phrases 'the letter from X', 'a memo by X' and 'X's letter' give as the
    writing's writer, and so do 'X said in a statement' and 'X issued a statement'."""
    owners = [c for c in writing.children if c.dep_ == "poss"]
    for prep in writing.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
            owners += [c for c in prep.children if c.dep_ == "pobj"]
    verb = writing.head.head if writing.dep_ == "pobj" and writing.head.lower_ == "in" \
        else writing.head if writing.dep_ == "dobj" else None
    if verb is not None and verb.pos_ == "VERB":
        owners += [c for c in verb.children if c.dep_ == "nsubj"]
    return owners


def _is_subject(token: Token) -> bool:
    """Whether a name is the subject of its clause."""
    return subject_head(token) is not None


def _subject_or_agent(token: Token) -> bool:
    """Whether a name is the subject of its clause or the agent of a passive verb ("was
    stated by X")."""
    return _is_subject(token) or token.dep_ == "pobj" and token.head.dep_ == "agent"


def _role_head(token: Token) -> Token:
    """The office a description names: 'president' in 'the president-elect'."""
    if token.lower_ == "elect" and token.i >= 2 and token.doc[token.i - 1].text == "-":
        return token.doc[token.i - 2]
    return token


def _country_letters(word: str) -> bool:
    """'US', 'UK': a country's letters, in capitals."""
    return len(word) <= 3 and word.isupper() and is_place_code(word)


def _one_unplaced(holders: list[ActorMention], modifiers: set[str]) -> ActorMention | None:
    """'the leader' with "Varn leader X" and "Varn's leader in Harbin, Y": of several
    holders of a role, the one whose title ties it to no place or people the description
    leaves out."""
    unplaced = [m for m in holders if not any(
        word.lower() not in modifiers and (is_place_name(word) or people_of_a_place(word))
        for role in m.roles for word in re.findall(r"[A-Z][\w'’\-]*", role))]
    return unplaced[0] if len(unplaced) == 1 else None


def _that_clause(verb: Token) -> bool:
    """'that "..."': a verb whose clause opens with "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _peoples_of(noun: Token) -> set[str]:
    """'the head of the Brazilian delegation': the peoples its "of" phrase names."""
    return {t.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.subtree if t.dep_ == "amod" and t.text[:1].isupper()
            and people_of_a_place(t.text)}


def _job_subject_of_main_clause(token: Token) -> bool:
    """'The teacher added ...', 'Varn Green leader backed ...': a singular job or
    description, the subject of its sentence's main verb."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head == token.sent.root and \
        token.tag_ == "NN" and token.lemma_.lower() in ROLE_WORDS | DESCRIPTION_NOUNS


def _national_office(noun: Token) -> bool:
    """'The French president', 'Ruritania's premier': an office a country has one holder of
    at a time, a person news names, even where a sentence before spoke of the office in
    general ("the first meeting between a French president and ...")."""
    return noun.lemma_.lower() in ONE_HOLDER_OFFICES and any(
        c.dep_ in {"compound", "amod", "poss"} and c.ent_type_ in {"GPE", "NORP"}
        for c in noun.children)


# Tags of the words that may stand between an article and its noun.
_MODIFIER_TAGS = {"JJ", "JJR", "JJS", "RB", "NN", "VBN", "VBG", "HYPH"}


def _without_determiner(noun: Token) -> bool:
    """'Varn Green leader backed the freeze': a singular job with no article or owner,
    written as a headline writes it, for someone the article does not name."""
    return _determiner_of(noun) is None


def _determiner_of(noun: Token) -> Token | None:
    """The article or owner of noun, also where the parser hung it on a word before the
    noun ("The quiet, weather-beaten pilot")."""
    own = next((c for c in noun.children if c.dep_ in {"det", "poss"}), None)
    if own is not None:
        return own
    for word in reversed(noun.doc[noun.sent.start:noun.i]):
        if word.tag_ in {"DT", "PRP$", "POS"}:
            return word
        if word.text not in {",", "-"} and word.tag_ not in _MODIFIER_TAGS:
            break
    return None


def _owner_in_phrase(token: Token) -> bool:
    """'X' in 'On X's form': the owner of what a preposition takes."""
    return token.dep_ == "poss" and token.head.dep_ == "pobj"


def _definite(token: Token) -> bool:
    """A noun with "the": it refers back to somebody rather than bringing someone in."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _bracketed(token: Token) -> bool:
    """A word standing alone in brackets: '(Wire)'."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and \
        doc[token.i + 1].text == ")"


def _dateline(token: Token) -> bool:
    """A place in capitals before a dash: 'HARBIN — ...', where a report was filed."""
    doc = token.doc
    return len(token.text) > 1 and token.text.isupper() and token.i + 1 < len(doc) and \
        doc[token.i + 1].text in {"—", "–", "-", "--"}


def _after_dateline(token: Token) -> Token | None:
    """The name the parser hung below a dateline as its appositive ("OSLO — Minister X
    said"), if token is a dateline."""
    if not _dateline(token):
        return None
    return next((c for c in token.children if c.dep_ == "appos"), None)


def _verb_tagged_noun(token: Token) -> bool:
    """'"...," shares Ortiz' with "shares" tagged a plural noun: a noun with a subject of
    its own is a present-tense verb, as is one right after a name and its age ("medic
    Tavek, 45, replies")."""
    if token.tag_ != "NNS":
        return False
    if any(c.dep_ == "nsubj" for c in token.children):
        return True
    before = [t for t in token.doc[max(token.i - 5, 0):token.i]
              if not t.is_punct and not t.like_num]
    return bool(before) and before[-1].pos_ == "PROPN" and before[-1].text[:1].isupper() and \
        (token.doc[token.i - 1].text == "," or before[-1].i == token.i - 1)


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a nominal subject of its own, active or passive."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _names_its_subject(verb: Token) -> bool:
    """'X was honoured, hailed as the "..."', 'X, dubbed "...": a verb of naming with no
    subject of its own, passive or hung on a passive clause, names whom it hangs on; the
    words are somebody else's."""
    if verb.lemma_ not in _NAMING_VERBS or verb.tag_ not in {"VBN", "VBD"} or \
            _has_subject(verb):
        return False  # "..., describing it as '...'": the one describing says it
    return verb.tag_ == "VBN" or any(c.dep_ == "nsubjpass" for c in verb.head.children)


def _finite_speech_verb(token: Token) -> bool:
    """A finite verb reporting speech, the tagger's nouns-with-a-subject included."""
    return reports_speech(token) and (
        token.pos_ == "VERB" and token.tag_ in _FINITE_TAGS or _verb_tagged_noun(token))


def _finite(verb: Token) -> bool:
    """A verb that is finite itself ('falls') or through its auxiliary ('is falling')."""
    return verb.tag_ in _FINITE_TAGS | {"VB"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE_TAGS | {"VBZ", "VBP", "VBD"}
        for c in verb.children)




def _shares_most_words(words: set[str], quote: str) -> bool:
    """Whether quote holds the heading's share of words (a quoted heading's source),
    counting the words that carry meaning ("gone", not "it" or "is")."""
    content = {w for w in words if len(w) > 1 and w not in STOP_WORDS} or words
    return len(content & set(_WORD.findall(quote.lower()))) >= _HEADING_OVERLAP * len(content)


def _hosts_a_show(name: Token) -> bool:
    """'on Ana Ruiz's radio show': a name owning a show names its host."""
    return name.dep_ == "poss" and name.head.lemma_.lower() in _SHOW_NOUNS


def _receives_words(verb: Token) -> bool:
    """'got the message', 'received a letter', 'read the note': a verb whose subject takes
    in words someone else sent."""
    return verb.lemma_.lower() in _RECEIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in verb.children)


def _words_kept(short: str, quote: str) -> bool:
    """Whether the words of short all stand in quote, in order, with no more words between
    them than short has ("took a whole crew" in "took the lives of a whole crew"); one word
    alone is too little to tell whose it is."""
    words, within_quote = _WORD.findall(short.lower()), _WORD.findall(quote.lower())
    if len(words) < 2:
        return quote_key(short) == quote_key(quote)
    for first in (i for i, w in enumerate(within_quote) if w == words[0]):
        position, found = first, True
        for word in words[1:]:
            position = next((i for i in range(position + 1, len(within_quote))
                             if within_quote[i] == word), -1)
            if position < 0:
                found = False
                break
        if found and position - first + 1 <= 2 * len(words):
            return True
    return False


def _repeats(later: str, earlier: str) -> bool:
    """Whether later quotes the same words as earlier, or opens or goes on with all of them
    (a headline quoting the first words of a longer quote below)."""
    if quote_key(later) == quote_key(earlier):
        return True
    words = _WORD.findall(earlier.lower())
    return len(words) >= 3 and " ".join(words) in " ".join(_WORD.findall(later.lower()))


def _one_sex_each(told: dict[str, set[str]]) -> dict[str, str]:
    """Each person told of as one sex only, with that sex."""
    return {key: genders.pop() for key, genders in told.items() if len(genders) == 1}


def _role_heads(mention: ActorMention) -> set[str]:
    """The head word of each role ("president" of "Varnish President", "head" of "Head of
    the Press Office of the Council"), in lower case."""
    heads = set()
    for role in mention.roles:
        words = re.split(r"\s+of\s+", role, maxsplit=1)[0].split()
        if words:
            heads.add(words[-1].lower().strip(".,"))
        if [w.lower() for w in words[-2:]] == ["prime", "minister"]:
            heads.add("prime")  # the prime minister, not any minister
    return heads


def _gender_fits(mention: ActorMention, gender: str | None) -> bool:
    person = split_person(mention.name)
    if gender is None:
        return True
    if person is None:
        return True
    if not person.given:
        # someone the article only ever names by one word, a given name of one sex, and
        # never after an honorific ("his daughters, Wenna and Mira", not "Mrs Dalby")
        return any(len(surface.split()) > 1 for surface in mention.surfaces) or \
            given_name_gender(mention.name, certain=True) in {None, "either", gender}
    return given_name_allows(person.given[0], gender)


def _noun_gender(noun: str) -> str | None:
    """'spokeswoman' is female, 'chairman' male, 'official' either."""
    if noun.endswith("woman") or noun in {"queen", "princess", "actress", "mother", "wife"}:
        return "female"
    if noun.endswith("man") or noun in {"king", "prince", "father", "husband"}:
        return "male"
    return None


def _heading_line(line: str) -> bool:
    """A section heading: a short line with no closing punctuation, or set between dashes
    ("- Talks resume -")."""
    line = line.strip()
    return bool(line) and len(line.split()) <= _HEADING_MAX_WORDS and (
        line[-1] not in _CLOSING_PUNCTUATION | {"\"", "”", "’", "'"} or
        _DASHED_HEADING.fullmatch(line) is not None)
