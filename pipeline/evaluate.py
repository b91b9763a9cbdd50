"""Measure extraction against hand-made gold: `newsflow evaluate`.

Two kinds of gold are understood. A folder of per-article JSON files (the format of
shared/corpus/README.md, with people.json beside them or one folder up) is scored for
publication date, person actors, quotes with their speakers, persons split over several
actor ids and journalists taken for actors. A folder with gold.jsonl (real HTML pages) is
scored for publication date and authors. The articles are ingested with the normal
pipeline into the given store, or into a temporary one, and read back with SQL, so the
figures are those of the stored rows an analyst would query.
"""

from __future__ import annotations

import difflib
import json
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from anyascii import anyascii

from pipeline.config import ConfigError, Options

# Quotes match when their folded texts are this similar (difflib ratio): tolerant of a
# dropped word at a boundary, not of a different quote.
QUOTE_SIMILARITY = 0.9
_TITLE_PREFIX = re.compile(
    r"^(?:(?:president|prime minister|minister|secretary|senator|sen|rep|gov|governor|mr|mrs|"
    r"ms|dr|sir|king|queen|prince|chancellor|general|gen)\.?\s+)+")


class GoldError(ConfigError):
    """The gold folder cannot be used: missing files or a format not understood."""


@dataclass
class Score:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class GoldStatement:
    quote: str
    speaker: str | None
    kind: str


@dataclass
class GoldArticle:
    file: str
    published_date: str | None
    authors: list[str]
    persons: list[str]
    not_actors: list[str]
    statements: list[GoldStatement]


@dataclass
class PredictedActor:
    actor_id: str
    name: str
    surfaces: list[str]


@dataclass
class PredictedStatement:
    quote: str
    kind: str
    speaker_actor_id: str | None


@dataclass
class PredictedArticle:
    published_date: str | None
    authors: list[str]
    persons: list[PredictedActor]
    statements: list[PredictedStatement]
    extractor_version: str | None = None


@dataclass
class Evaluation:
    """The figures of one gold folder."""

    articles: int = 0
    missing: list[str] = field(default_factory=list)
    dates: Score = field(default_factory=Score)
    persons: Score = field(default_factory=Score)
    direct_quotes: Score = field(default_factory=Score)
    all_quotes: Score = field(default_factory=Score)
    split_persons: list[str] = field(default_factory=list)
    gold_persons: int = 0
    journalists_as_actors: list[str] = field(default_factory=list)
    authors: Score | None = None
    extractor_versions: set[str] = field(default_factory=set)
    details: list[str] = field(default_factory=list)


# -- folding and matching ---------------------------------------------------------------


def fold_name(name: str) -> str:
    """Spelling-exact comparison of names: ASCII, lower case, no titles or punctuation."""
    text = anyascii(name).lower()
    text = re.sub(r"['`]s$", "", text.strip())
    text = re.sub(r"[^a-z0-9 ]+", " ", text.replace(".", ""))
    text = " ".join(text.split())
    return _TITLE_PREFIX.sub("", text).strip()


def fold_quote(quote: str) -> str:
    text = anyascii(quote).lower().replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def quotes_match(gold: str, predicted: str) -> bool:
    a, b = fold_quote(gold), fold_quote(predicted)
    if a == b:
        return True
    return bool(a and b) and difflib.SequenceMatcher(None, a, b).ratio() >= QUOTE_SIMILARITY


def spellings(canonical: str, people: dict[str, list[str]]) -> set[str]:
    """The spellings that count as canonical's: its own, those people.json lists for it and,
    for a full name that people.json lists as another's spelling (an annotation that wrote
    a transliteration as the canonical name) or a surname it lists for one person only,
    that other's."""
    names = {canonical, *people.get(canonical, [])}
    folded = fold_name(canonical)
    owners = [key for key, others in people.items()
              if key != canonical and folded in {fold_name(o) for o in others}]
    # a surname alone as the canonical name (the article never gives the full one) is the
    # person people.json lists it for, if it lists it for only one
    if len(canonical.split()) >= 2 or len(owners) == 1:
        for key in owners:
            names |= {key, *people[key]}
    return {fold_name(n) for n in names}


def match_persons(gold: Sequence[str], people: dict[str, list[str]],
                  predicted: Sequence[PredictedActor],
                  details: list[str] | None = None) -> tuple[Score, dict[str, str]]:
    """Score predicted person actors of one article; return the actor_id -> gold name map.

    An actor matches a gold person when its name or one of its surfaces is a listed
    spelling of that person; the person its full name spells comes first, so a surname
    among the surfaces does not give the actor to another person of that surname. Each
    gold person counts once: a second actor for the same person is a false positive (a
    split), an actor matching nobody is one too.
    """
    score = Score()
    matched: dict[str, str] = {}
    taken: set[str] = set()
    for actor in sorted(predicted, key=lambda a: (-len(a.name.split()), a.actor_id)):
        name = {fold_name(actor.name)}
        forms = name | {fold_name(s) for s in actor.surfaces}
        hit = next((g for g in gold if name & spellings(g, people)), None) \
            or _other_person(name, people) \
            or next((g for g in gold if forms & spellings(g, people)), None) \
            or _other_person(forms, people)
        if hit is not None:
            matched[actor.actor_id] = hit
        if hit is not None and hit in gold and hit not in taken:
            taken.add(hit)
            score.tp += 1
        else:
            score.fp += 1
            _note(details, f"person not in gold: {actor.name} {actor.surfaces}")
    missed = [g for g in gold if g not in taken]
    score.fn = len(missed)
    for name in missed:
        _note(details, f"person missed: {name}")
    return score, matched


def _note(details: list[str] | None, line: str) -> None:
    if details is not None:
        details.append(line)


def _other_person(forms: set[str], people: dict[str, list[str]]) -> str | None:
    """A person of people.json not expected in this article (for speaker matching)."""
    for canonical in people:
        if forms & spellings(canonical, people):
            return canonical
    return None


def score_statements(gold: Sequence[GoldStatement], predicted: Sequence[PredictedStatement],
                     speakers: dict[str, str], kinds: set[str],
                     people: dict[str, list[str]], details: list[str] | None = None) -> Score:
    """Quotes whose text and speaker both match; kinds selects which of both sides count.

    With kinds {"direct"} a predicted direct quote must match a gold direct quote; with
    {"direct", "partial"} the kind is not compared. Gold has no indirect speech, so
    predicted indirect statements are never counted.
    """
    gold_items = [g for g in gold if g.kind in kinds]
    predicted_items = [p for p in predicted if p.kind in kinds]
    score = Score()
    used: set[int] = set()
    for item in predicted_items:
        speaker = speakers.get(item.speaker_actor_id or "")
        hit = None
        for index, g in enumerate(gold_items):
            if index in used or not quotes_match(g.quote, item.quote):
                continue
            if g.speaker is None and speaker is None or (
                    g.speaker is not None and speaker is not None
                    and spellings(g.speaker, people) & spellings(speaker, people)):
                hit = index
                break
        if hit is None:
            score.fp += 1
            _note(details, f"{'/'.join(sorted(kinds))} quote not in gold: [{item.kind}] "
                           f"{item.quote[:70]!r} -> {speaker}")
        else:
            used.add(hit)
            score.tp += 1
    score.fn = len(gold_items) - len(used)
    for index, g in enumerate(gold_items):
        if index not in used:
            _note(details, f"{'/'.join(sorted(kinds))} quote missed: [{g.kind}] "
                           f"{g.quote[:70]!r} <- {g.speaker}")
    return score


def score_dates(pairs: Iterable[tuple[str | None, str | None]]) -> Score:
    """(gold, predicted) dates: a wrong date is both a false positive and a false negative."""
    score = Score()
    for gold, predicted in pairs:
        if predicted is not None and predicted == gold:
            score.tp += 1
            continue
        if predicted is not None:
            score.fp += 1
        if gold is not None:
            score.fn += 1
    return score


def score_authors(gold: Sequence[str], predicted: Sequence[str]) -> Score:
    gold_set = {fold_name(a) for a in gold if fold_name(a)}
    predicted_set = {fold_name(a) for a in predicted if fold_name(a)}
    return Score(tp=len(gold_set & predicted_set), fp=len(predicted_set - gold_set),
                 fn=len(gold_set - predicted_set))


def journalists_among(actors: Sequence[PredictedActor], journalists: Iterable[str]) -> list[str]:
    """Journalists (authors, credited reporters) that became person actors."""
    found = []
    for name in journalists:
        full = fold_name(name)
        surname = full.split()[-1] if full else ""
        for actor in actors:
            forms = {fold_name(actor.name)} | {fold_name(s) for s in actor.surfaces}
            if full in forms or (surname and forms == {surname}):
                found.append(name)
                break
    return found


# -- gold files -------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    files = sorted(p for p in gold_dir.glob("*.json") if p.name != "people.json")
    if not files:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    articles = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            articles.append(GoldArticle(
                file=data["file"], published_date=data.get("published_date"),
                authors=list(data.get("authors") or []), persons=list(data.get("persons") or []),
                not_actors=list(data.get("not_actors") or []),
                statements=[GoldStatement(s["quote"], s.get("speaker"), s.get("kind", "direct"))
                            for s in data.get("statements") or []]))
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not a gold article ({exc})") from exc
    return articles


def load_people(gold_dir: Path) -> dict[str, list[str]]:
    for candidate in (gold_dir / "people.json", gold_dir.parent / "people.json"):
        if candidate.exists():
            return json.loads(candidate.read_text(encoding="utf-8"))
    return {}


def locate(names: Iterable[str], folders: Sequence[Path]) -> tuple[dict[str, Path], list[str]]:
    """Find each named article file in the first folder (searched recursively) holding it."""
    found: dict[str, Path] = {}
    missing: list[str] = []
    for name in names:
        for folder in folders:
            direct = folder / name
            hit = direct if direct.is_file() else next(iter(sorted(folder.rglob(name))), None)
            if hit is not None:
                found[name] = hit.resolve()
                break
        else:
            missing.append(name)
    return found, missing


# -- reading the store ------------------------------------------------------------------


def read_predictions(db_path: str, paths: dict[str, Path],
                     lock_timeout: float = 0.0) -> dict[str, PredictedArticle]:
    """What the store holds for each file (a duplicate is read through its original)."""
    from sinks.store import connect

    con = connect(db_path, read_only=True, lock_timeout=lock_timeout)
    try:
        result: dict[str, PredictedArticle] = {}
        for name, path in paths.items():
            row = con.execute(
                "SELECT l.article_id FROM ledger l WHERE l.source_uri = ? "
                "AND l.outcome IN ('ingested', 'duplicate')", [str(path)]).fetchone()
            if row is None or row[0] is None:
                continue
            article_id = row[0]
            article = con.execute(
                "SELECT strftime(published_date, '%Y-%m-%d'), authors, extractor_version "
                "FROM articles WHERE article_id = ?", [article_id]).fetchone()
            if article is None:
                continue
            persons = [PredictedActor(actor_id, actor_name, list(surfaces))
                       for actor_id, actor_name, surfaces in con.execute(
                           "SELECT a.actor_id, a.name, list(m.surface ORDER BY m.surface) "
                           "FROM mentions m JOIN actors a USING (actor_id) "
                           "WHERE m.article_id = ? AND a.kind = 'person' "
                           "GROUP BY a.actor_id, a.name ORDER BY a.actor_id",
                           [article_id]).fetchall()]
            statements = [PredictedStatement(quote, kind, speaker)
                          for quote, kind, speaker in con.execute(
                              "SELECT quote, kind, speaker_actor_id FROM statements "
                              "WHERE article_id = ? ORDER BY start_char, kind",
                              [article_id]).fetchall()]
            result[name] = PredictedArticle(article[0], list(article[1] or []), persons,
                                            statements, article[2])
        return result
    finally:
        con.close()


# -- the two evaluations ----------------------------------------------------------------


def evaluate_gold(gold_dir: Path, predictions: dict[str, PredictedArticle],
                  gold: list[GoldArticle], people: dict[str, list[str]]) -> Evaluation:
    report = Evaluation()
    actor_ids_of: dict[str, set[str]] = {}
    for article in gold:
        predicted = predictions.get(article.file)
        if predicted is None:
            report.missing.append(article.file)
            predicted = PredictedArticle(None, [], [], [])
        else:
            report.articles += 1
            if predicted.extractor_version:
                report.extractor_versions.add(predicted.extractor_version)
        report.dates.add(score_dates([(article.published_date, predicted.published_date)]))
        notes: list[str] = []
        person_score, speakers = match_persons(article.persons, people, predicted.persons, notes)
        report.persons.add(person_score)
        for actor_id, name in speakers.items():
            actor_ids_of.setdefault(name, set()).add(actor_id)
        report.direct_quotes.add(score_statements(article.statements, predicted.statements,
                                                  speakers, {"direct"}, people, notes))
        report.all_quotes.add(score_statements(article.statements, predicted.statements,
                                               speakers, {"direct", "partial"}, people, notes))
        report.details += [f"{article.file}: {line}" for line in notes]
        journalists = list(dict.fromkeys(article.authors + article.not_actors
                                         + predicted.authors))
        report.journalists_as_actors += [f"{article.file}: {name}" for name in
                                         journalists_among(predicted.persons, journalists)]
    report.gold_persons = len({p for a in gold for p in a.persons})
    report.split_persons = sorted(name for name, ids in actor_ids_of.items() if len(ids) > 1)
    return report


def evaluate_corpus(corpus_dir: Path, predictions: dict[str, PredictedArticle],
                    gold: list[dict]) -> Evaluation:
    """Dates and authors of real pages against gold.jsonl."""
    report = Evaluation(authors=Score())
    for entry in gold:
        predicted = predictions.get(entry["file"])
        if predicted is None:
            report.missing.append(entry["file"])
            predicted = PredictedArticle(None, [], [], [])
        else:
            report.articles += 1
        published = (entry.get("published") or "")[:10] or None
        report.dates.add(score_dates([(published, predicted.published_date)]))
        report.authors.add(score_authors(entry.get("authors") or [], predicted.authors))
    return report


def load_corpus_gold(corpus_dir: Path) -> list[dict]:
    path = corpus_dir / "gold.jsonl"
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read {path}: {exc}") from exc


def is_corpus(folder: Path) -> bool:
    return (folder / "gold.jsonl").is_file()


# -- driver -----------------------------------------------------------------------------


def run_evaluation(options: Options, gold_dirs: Sequence[str], db: str | None,
                   article_dirs: Sequence[str], project_seeds: Path,
                   lock_timeout: float | None = None) -> list[tuple[str, Evaluation]]:
    """Ingest the articles the gold names, then score every gold folder."""
    from pipeline.run import RunRequest, ingest

    results: list[tuple[str, Evaluation]] = []
    with tempfile.TemporaryDirectory(prefix="newsflow-eval-") as scratch:
        db_path = db or str(Path(scratch) / "evaluate.duckdb")
        timeout = options.store.lock_timeout if lock_timeout is None else lock_timeout
        for gold_dir_name in gold_dirs:
            gold_dir = Path(gold_dir_name)
            if not gold_dir.is_dir():
                raise GoldError(f"gold folder {gold_dir} does not exist")
            folders = [gold_dir, *(Path(d) for d in article_dirs), project_seeds]
            if is_corpus(gold_dir):
                corpus_gold = load_corpus_gold(gold_dir)
                names = [entry["file"] for entry in corpus_gold]
            else:
                gold = load_gold(gold_dir)
                people = load_people(gold_dir)
                names = [article.file for article in gold]
            paths, _missing = locate(names, folders)
            if paths:
                ingest(options, RunRequest(inputs=tuple(str(p) for p in paths.values()),
                                           db=db_path, lock_timeout=timeout))
            predictions = read_predictions(db_path, paths, timeout)
            if is_corpus(gold_dir):
                results.append((str(gold_dir), evaluate_corpus(gold_dir, predictions,
                                                               corpus_gold)))
            else:
                results.append((str(gold_dir), evaluate_gold(gold_dir, predictions, gold,
                                                             people)))
    return results


def render(results: list[tuple[str, Evaluation]], extractor_version: str,
           details: bool = False) -> str:
    lines: list[str] = []
    for folder, report in results:
        versions = ", ".join(sorted(report.extractor_versions)) or extractor_version
        lines.append(f"gold {folder}: {report.articles} article(s) evaluated, "
                     f"extractor {versions}")
        if report.missing:
            lines.append(f"  not found or not stored: {', '.join(report.missing)}")
        if report.extractor_versions - {extractor_version}:
            lines.append(f"  note: stored rows come from extractor {versions}, not the current "
                         f"{extractor_version}; `newsflow reprocess` brings them up to date")
        lines.append(f"  {'measure':<28}{'tp':>5}{'fp':>5}{'fn':>5}"
                     f"{'precision':>11}{'recall':>8}{'f1':>7}")
        rows = [("publication date", report.dates)]
        if report.authors is not None:
            rows.append(("authors", report.authors))
        else:
            rows += [("person actors", report.persons),
                     ("direct quotes + speaker", report.direct_quotes),
                     ("all quotes + speaker", report.all_quotes)]
        for label, score in rows:
            lines.append(f"  {label:<28}{score.tp:>5}{score.fp:>5}{score.fn:>5}"
                         f"{score.precision:>11.3f}{score.recall:>8.3f}{score.f1:>7.3f}")
        if report.authors is None:
            split = ", ".join(report.split_persons) or "none"
            lines.append(f"  persons split over several actor ids: "
                         f"{len(report.split_persons)} of {report.gold_persons} ({split})")
            journalists = "; ".join(report.journalists_as_actors) or "none"
            lines.append(f"  journalists as actors: {len(report.journalists_as_actors)} "
                         f"({journalists})")
        if details:
            lines += [f"    {line}" for line in report.details]
    return "\n".join(lines)
