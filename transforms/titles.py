"""Quotes that name a work: the title of a book, film, show or song, not anybody's words.

'her plays "Nell Gwyn Sings" and "Ada Counts"', 'the "Harbourmen" cast', 'appeared on
"Morning Tide"', 'Radio Varn's "Night Shift"': the marks set a title apart, so the quote is no
statement and a name inside it ("Nell Gwyn Sings") is no actor of the article.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from transforms.entities import title_cased
from transforms.lexicon import WORK_NOUNS

if TYPE_CHECKING:
    from transforms.quotes import QuoteSpan

# Words before a quote that make it a title: a work noun, or "titled".
_TITLE_LEADS = WORK_NOUNS | {"title", "titled", "entitled"}
# Prepositions that put a title after a verb: "sang in ...", "appeared on ...".
_TITLE_PREPOSITIONS = {"in", "on"}


def work_titles(doc: Doc, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotes of doc that name a work rather than report words."""
    starts = [t.idx for t in doc]
    titles: list[QuoteSpan] = []
    for quote in quotes:
        inner = _bare(quote.text)
        before = _token_before(doc, starts, quote.open_mark)
        after = _token_after(doc, starts, quote.close_mark + 1)
        if not inner[:1].isupper():
            continue
        if any(_bare(t.text).lower() == inner.lower() for t in titles) or \
                _after_title_lead(before) or _after_title_and(doc, before, titles) or \
                title_cased(inner, 1) and _placed_as_title(inner, before, after):
            titles.append(quote)
    # a title named before the words that show it is one ("inspired by 'Varn Nights'" in the
    # headline, "the series 'Varn Nights'" below)
    named = {_bare(t.text).lower() for t in titles}
    return [q for q in quotes if q in titles or _bare(q.text).lower() in named and
            _bare(q.text)[:1].isupper()]


def _bare(text: str) -> str:
    return text.strip(" ,.")


def _token_before(doc: Doc, starts: list[int], position: int) -> Token | None:
    index = bisect_left(starts, position) - 1
    return doc[index] if index >= 0 else None


def _token_after(doc: Doc, starts: list[int], position: int) -> Token | None:
    index = bisect_left(starts, position)
    return doc[index] if index < len(doc) else None


def _after_title_lead(before: Token | None) -> bool:
    """'her novel "..."', 'the last of the series, "..."', 'a film titled "..."'."""
    if before is not None and before.text == "," and before.i > 0:
        before = before.doc[before.i - 1]
    return before is not None and before.is_lower and (
        before.lemma_ in _TITLE_LEADS or before.lower_ in _TITLE_LEADS)


def _after_title_and(doc: Doc, before: Token | None, titles: list[QuoteSpan]) -> bool:
    """'"..." and "..."': the second of two quotes joined by "and" is a title like the
    first."""
    if before is None or before.lower_ not in {"and", "or"}:
        return False
    end = len(doc.text[:before.idx].rstrip())
    return any(t.close_mark == end - 1 for t in titles)


def _placed_as_title(inner: str, before: Token | None, after: Token | None) -> bool:
    """A title-cased quote in a name's place: after a possessive ("Radio Varn's '...'"),
    before a noun it qualifies ('the "..." cast', '"..." fans') or after "in" or "on" with
    a verb ("appeared on '...'")."""
    if before is not None and (before.tag_ == "POS" or before.lower_ in {"'s", "’s"}):
        return True  # the "'s" read as a closing mark at times
    if after is not None and after.is_lower and after.tag_ in {"NN", "NNS"} and \
            after.idx > 0 and after.doc.text[after.idx - 1] == " ":
        # not one word opening a line ('"Chaotic" week' as a heading), capitalised
        # whatever it is
        return len(inner.split()) > 1 or (before is not None and "\n" not in before.text
                                          and before.sent == after.sent)
    return before is not None and before.lower_ in _TITLE_PREPOSITIONS and \
        before.head.pos_ == "VERB"
