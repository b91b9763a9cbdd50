"""Actor and statement extraction: the NLP stage's plain functions.

load_nlp() loads an installed spaCy pipeline once per process; extract_articles() runs it
over a batch of articles and fills in their actors (transforms.entities) and statements
(transforms.quotes). No Beam and no database here: the Beam stage in transforms.articles
wraps these functions.
"""

from __future__ import annotations

import logging
import re

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from transforms.bylines import credit_names
from transforms.entities import find_actors, teaser_spans, within
from transforms.lexicon import is_given_name
from transforms.model import ActorMention, Article, Statement
from transforms.quotes import StatementFinder, find_quotes
from transforms.titles import work_titles

# Bump whenever extraction output changes, so stored rows can be told apart and reprocessed.
EXTRACTOR_VERSION = "2025.138"

_LOG = logging.getLogger(__name__)
_MODELS: dict[str, Language] = {}
_CREDIT_SENTENCE = re.compile(
    r"[^.\n]*\b(?:contributed (?:to )?(?:this )?report(?:ing)?|contributed reporting|"
    r"additional reporting|Reporting by|Writing by|Editing by|Compiled by|"
    r"reported from)\b[^.\n]*[.\n]?", re.IGNORECASE)

# "..., reports Varn News correspondent Ana Ruiz (from Oslo).", "Varn News reporter Ana Ruiz
# reports", "Reporter Ana Ruiz has the details.": a broadcaster's credit to its correspondent
_REPORTS_CREDIT = re.compile(
    r"(?:\breports\s+(?:[A-Z][\w.&'’-]*\s+){0,4}(?:[Cc]orrespondent|[Rr]eporter)|"
    r"(?:[Cc]orrespondent|[Rr]eporter)(?=\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:reports|has (?:the details|more|the story))\b))"
    r"[ \t]+(?P<name>[A-Z](?:[\w'’-]+|\.)(?:[ \t]+[A-Z](?:[\w'’-]+|\.)){1,2})"
    r"(?=[ \t]*(?:[.,\n]|(?:reports|from|in|has)\b|$))")

# "ANA VARGA told ...": a paragraph opening on words in capitals, as some papers
# open a story, before the first word in lower case
_CAPITALS_LEAD = re.compile(r"(?m)^((?:[A-Z][A-Z'’.\-]*[A-Z]\.? ){2,5})(?=[a-z])")
# "(Ana Ruiz/Varn Press)" closing a caption: the photographer and the agency.
_PHOTO_CREDIT = re.compile(r"\((?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})/[^()\n]*\)")
_GIVEN_NAME_LEAD = re.compile(r"(?m)^([A-Z]{3,})(?= [A-Z][a-z'’-]+,? [a-z])")
_SHORT_WORDS_TO_CASE = {"A", "AN", "THE", "AND", "OF", "FOR", "IN", "ON", "AT", "TO", "BY"}


class ModelNotFoundError(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def load_nlp(model_name: str) -> Language:
    """The spaCy pipeline named model_name, loaded once per process; never downloads."""
    nlp = _MODELS.get(model_name)
    if nlp is not None:
        return nlp
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {model_name!r} is not installed; install its package into this "
            f"environment (e.g. `pip install {model_name.replace('_', '-')}`) or set "
            f"[nlp] model in the configuration to an installed one") from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    _split_marks_typed_without_spaces(nlp)
    _keep_title_abbreviations(nlp)
    _MODELS[model_name] = nlp
    return nlp


# Quote marks typed against the words around them ('market,”he said', 'said:“We'): the
# mark, and a comma, colon or stop before it, are tokens of their own.
_MARKS_WITHOUT_SPACES = [
    r"(?<=[\w.,!?:;])(?:[“”„\"]|’’|‘‘)(?=\w)",
    r"(?<=\w)[,.!?:;](?=[“”„\"]\w|’’\w|‘‘\w)",
]


# A dash typed against the capital after it ("(Wire) -Ana Ruiz said"): a token of its own,
# so the name keeps its first word.
_DASH_BEFORE_CAPITAL = r"[-–—](?=[A-Z][a-z])"


def _split_marks_typed_without_spaces(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or []) + _MARKS_WITHOUT_SPACES
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    prefixes = list(nlp.Defaults.prefixes or []) + [_DASH_BEFORE_CAPITAL]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


# Titles abbreviated with a stop before a name ("Coun. Ana Holt", "Det. Supt. Varo") that the
# tokenizer does not know: split from their stop, they end a sentence in the middle of a name.
_TITLE_ABBREVIATIONS = """Coun Cllr Supt Insp Det Sgt Lt Col Capt Maj Amb Fr Const Cmdr Brig
Atty Pres Ald Hon Msgr Cpl Pte Pvt Cst""".split()


def _keep_title_abbreviations(nlp: Language) -> None:
    for title in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


PARAGRAPH_COMPONENT = "paragraph_sentences"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_sentences(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence, so no parse joins two paragraphs."""
    for token in doc[1:]:
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def extract_articles(nlp: Language, articles: list[Article], batch_size: int = 32) -> None:
    """Fill in actors, statements and extractor_version of each article, in place."""
    limit = nlp.max_length
    texts = [lead_in_capitals_cased((article.text or "")[:limit]) for article in articles]
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=max(1, batch_size)),
                            strict=True):
        try:
            excluded = list(article.authors) + credit_names_in(doc.text)
            article.actors, article.statements = actors_and_statements(doc, excluded)
        except Exception:  # one odd article must not sink its batch: keep it, unextracted
            _LOG.exception("extraction failed for %s", article.source_uri)
            article.actors, article.statements = [], []
        article.extractor_version = EXTRACTOR_VERSION


def lead_in_capitals_cased(text: str) -> str:
    """'ANA VARGA told' as 'Ana Varga told', so the tagger knows the name;
    short words in capitals ("THE UN has") stay acronyms. Only letters change case, so every
    offset into the text stays true."""
    written = set(re.findall(r"\b[A-Z][a-z]+\b", text))

    def cased(match: re.Match) -> str:
        words = [w if len(w.strip(".")) <= 3 and w not in _SHORT_WORDS_TO_CASE
                 else "-".join(_cased_word(part) for part in w.split("-"))
                 for w in match.group(1).split()]
        # "ANA RUIZ LINGERED on": the name ends at its last word written so elsewhere
        # ("Ruiz said"); the words after it, in capitals only for the lead-in, are lower case
        named = [i for i, w in enumerate(words) if re.sub(r"['’]s$", "", w) in written]
        if named and named[-1] < len(words) - 1:
            words = words[:named[-1] + 1] + [
                w if w.isupper() and w not in _SHORT_WORDS_TO_CASE else w.lower()
                for w in words[named[-1] + 1:]]
        return " ".join(words) + " "
    result = _CAPITALS_LEAD.sub(cased, text)
    # "MIKA Varn was ...": only the given name in capitals, the surname in title case
    result = _GIVEN_NAME_LEAD.sub(
        lambda m: m.group(1).title() if is_given_name(m.group(1).title()) and
        len(re.findall(rf"\b{m.group(1)}\b", text)) == 1 else m.group(1), result)
    return result if len(result) == len(text) else text


def _cased_word(word: str) -> str:
    """'O'NEILL' as 'O'Neill', 'VARGA'S' as 'Varga's'."""
    if len(word) > 2 and word[1] in "'’":
        return word[:3] + word[3:].lower()
    return word[:1] + word[1:].lower()


def actors_and_statements(doc: Doc, excluded_names: list[str],
                          ) -> tuple[list[ActorMention], list[Statement]]:
    """The actors and statements of one parsed text; excluded_names are no actors."""
    teasers = teaser_spans(doc.text)
    quotes = [q for q in find_quotes(doc.text)
              if not within(q.open_mark, teasers) and not _quoted_given_name(q.text)]
    titles = work_titles(doc, quotes)
    actors = find_actors(doc, excluded_names, [(q.open_mark, q.close_mark + 1) for q in quotes],
                         [(q.open_mark, q.close_mark + 1) for q in titles])
    return actors.mentions, StatementFinder(doc, actors, quotes, titles).statements()


def _quoted_given_name(quoted: str) -> bool:
    """"said 'Mina', a machinist": a given name alone in quote marks, a name the article
    gives someone (often not their own), not words anybody said."""
    return len(quoted.split()) == 1 and quoted.istitle() and is_given_name(quoted)


def credit_names_in(text: str) -> list[str]:
    """Journalists credited inside the text ('X and Y reported from Z.', '..., reports
    Varn News correspondent X.')."""
    names: list[str] = []
    for match in _CREDIT_SENTENCE.finditer(text):
        names.extend(credit_names(match.group(0).strip()))
    names.extend(match.group("name") for match in _REPORTS_CREDIT.finditer(text))
    names.extend(match.group("name") for match in _PHOTO_CREDIT.finditer(text))
    return names
