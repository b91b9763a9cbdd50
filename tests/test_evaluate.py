"""Scoring against gold: the measures on made-up gold, and the command on the dev set."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import SHARED

from pipeline.cli import main
from pipeline.evaluate import (
    GoldError,
    GoldStatement,
    PredictedActor,
    PredictedStatement,
    Score,
    journalists_among,
    load_gold,
    load_people,
    locate,
    match_persons,
    quotes_match,
    score_authors,
    score_dates,
    score_statements,
)

PEOPLE = {"Oksana Kravchenko": ["Kravchenko", "O. Kravchenko"],
          "Tomas Lindqvist": ["Lindqvist", "Tomas Lindkvist"]}
DEV = SHARED / "gold" / "dev"
CORPUS = SHARED / "corpus" / "news-html"


def test_score_arithmetic():
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == 0.75
    assert score.recall == 0.6
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score().f1 == 1.0  # nothing expected, nothing found


def test_dates_wrong_date_counts_both_ways():
    score = score_dates([("2025-01-02", "2025-01-02"), ("2025-01-03", "2025-01-04"),
                         (None, "2025-01-05"), ("2025-01-06", None), (None, None)])
    assert (score.tp, score.fp, score.fn) == (1, 2, 2)


def test_persons_match_by_listed_spellings_and_count_splits():
    predicted = [PredictedActor("x1", "Oksana Kravchenko", ["Oksana Kravchenko", "Kravchenko"]),
                 PredictedActor("x2", "Kravchenko", ["Kravchenko"]),
                 PredictedActor("x3", "Tomas Lindkvist", ["Tomas Lindkvist"]),
                 PredictedActor("x4", "Nordic Institute", ["Nordic Institute"])]
    gold = ["Oksana Kravchenko", "Tomas Lindqvist", "Amara Okafor"]
    score, speakers = match_persons(gold, PEOPLE, predicted)
    assert (score.tp, score.fp, score.fn) == (2, 2, 1)
    assert speakers == {"x1": "Oksana Kravchenko", "x2": "Oksana Kravchenko",
                        "x3": "Tomas Lindqvist"}


def test_persons_full_name_wins_over_a_shared_surname_alias():
    people = {"Ivan Petrenko": ["Petrenko"], "Olha Petrenko": ["O. Petrenko"]}
    predicted = [PredictedActor("y1", "Olha Petrenko", ["Olha Petrenko", "Petrenko"]),
                 PredictedActor("y2", "Ivan Petrenko", ["Ivan Petrenko"])]
    score, speakers = match_persons(["Ivan Petrenko", "Olha Petrenko"], people, predicted)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
    assert speakers == {"y1": "Olha Petrenko", "y2": "Ivan Petrenko"}


def test_persons_annotated_under_a_listed_other_spelling():
    # the annotation names him as people.json spells him in another article of the set
    predicted = [PredictedActor("z1", "Tomas Lindqvist", ["Tomas Lindkvist"])]
    score, speakers = match_persons(["Tomas Lindkvist"], PEOPLE, predicted)
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert speakers == {"z1": "Tomas Lindkvist"}


def test_persons_annotated_by_a_surname_listed_for_one_person():
    # the article names him by surname only; the database knows him by his full name
    predicted = [PredictedActor("z1", "Tomas Lindqvist", ["Lindqvist"])]
    score, speakers = match_persons(["Lindqvist"], PEOPLE, predicted)
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    assert speakers == {"z1": "Lindqvist"}
    # a surname listed for two people stays ambiguous
    shared = PEOPLE | {"Ana Lindqvist": ["Lindqvist"]}
    score, _ = match_persons(["Lindqvist"], shared, predicted)
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_quotes_match_folded_and_nearly_equal():
    assert quotes_match("Nothing’s going to change,", "nothing's going to change.")
    assert quotes_match("We will hold every line of the front, whatever it costs.",
                        "We will hold every line of the front, whatever it costs us.")
    assert not quotes_match("We will hold", "They will leave")


def test_statements_need_text_and_speaker_and_kind_for_direct():
    gold = [GoldStatement("We came here to talk,", "Oksana Kravchenko", "direct"),
            GoldStatement("keep every door open", "Tomas Lindqvist", "partial"),
            GoldStatement("Nobody expects miracles.", "Tomas Lindqvist", "direct")]
    predicted = [PredictedStatement("We came here to talk,", "direct", "x1"),
                 PredictedStatement("keep every door open", "direct", "x3"),
                 PredictedStatement("Nobody expects miracles.", "direct", "x1"),
                 PredictedStatement("the talks could last", "indirect", "x1")]
    speakers = {"x1": "Oksana Kravchenko", "x3": "Tomas Lindqvist"}
    direct = score_statements(gold, predicted, speakers, {"direct"}, PEOPLE)
    assert (direct.tp, direct.fp, direct.fn) == (1, 2, 1)
    every = score_statements(gold, predicted, speakers, {"direct", "partial"}, PEOPLE)
    assert (every.tp, every.fp, every.fn) == (2, 1, 1)


def test_unresolved_speaker_matches_only_an_unattributed_gold_quote():
    gold = [GoldStatement("Read the banner.", None, "direct")]
    assert score_statements(gold, [PredictedStatement("Read the banner.", "direct", None)],
                            {}, {"direct"}, PEOPLE).tp == 1
    assert score_statements(gold, [PredictedStatement("Read the banner.", "direct", "x1")],
                            {"x1": "Oksana Kravchenko"}, {"direct"}, PEOPLE).tp == 0


def test_authors_and_journalists():
    assert score_authors(["Clara Osei", "Marcus Webb"], ["Clara Osei", "Webb Marcus Jr"]) == \
        Score(tp=1, fp=1, fn=1)
    actors = [PredictedActor("x1", "Clara Osei", ["Clara Osei"]),
              PredictedActor("x2", "Webb", ["Webb"]),
              PredictedActor("x3", "Amara Okafor", ["Amara Okafor"])]
    assert journalists_among(actors, ["Clara Osei", "Marcus Webb", "Ingrid Solberg"]) == \
        ["Clara Osei", "Marcus Webb"]


def test_gold_folder_loading_and_locating(tmp_path):
    gold_dir = tmp_path / "gold" / "dev"
    gold_dir.mkdir(parents=True)
    (tmp_path / "gold" / "people.json").write_text(json.dumps(PEOPLE))
    (gold_dir / "a.json").write_text(json.dumps({
        "file": "a.txt", "published_date": None, "authors": [], "persons": ["Tomas Lindqvist"],
        "not_actors": [], "statements": [{"quote": "q", "speaker": "Tomas Lindqvist",
                                          "kind": "partial"}]}))
    articles = tmp_path / "articles" / "nested"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text("text")
    gold = load_gold(gold_dir)
    assert gold[0].statements[0].kind == "partial"
    assert load_people(gold_dir) == PEOPLE
    found, missing = locate(["a.txt", "b.txt"], [gold_dir, tmp_path / "articles"])
    assert found == {"a.txt": (articles / "a.txt").resolve()} and missing == ["b.txt"]
    (gold_dir / "broken.json").write_text("{")
    with pytest.raises(GoldError, match="broken.json"):
        load_gold(gold_dir)


def _figures(output: str, measure: str) -> tuple[float, float, float]:
    line = next(line for line in output.splitlines() if line.strip().startswith(measure))
    return tuple(float(x) for x in line.split()[-3:])


@pytest.mark.skipif(not DEV.is_dir(), reason="shared gold not present")
def test_evaluate_command_on_the_dev_set(tmp_path, capsys):
    assert main(["evaluate", str(DEV), "--db", str(tmp_path / "eval.duckdb")]) == 0
    output = capsys.readouterr().out
    assert "3 article(s) evaluated" in output
    assert _figures(output, "person actors")[2] >= 0.95
    assert _figures(output, "direct quotes + speaker")[2] >= 0.95
    assert _figures(output, "all quotes + speaker")[2] >= 0.9
    assert re.search(r"persons split over several actor ids: 0 of \d+", output)
    assert "journalists as actors: 0" in output


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_evaluate_command_on_html_pages_scores_dates_and_authors(tmp_path, capsys):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    entries = [json.loads(line) for line in
               (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    for entry in entries:
        shutil.copy(CORPUS / entry["file"], corpus / entry["file"])
    (corpus / "gold.jsonl").write_text("\n".join(json.dumps(e) for e in entries))
    assert main(["evaluate", "--corpus", str(corpus)]) == 0
    output = capsys.readouterr().out
    assert "2 article(s) evaluated" in output
    assert _figures(output, "publication date") and _figures(output, "authors")


def test_evaluate_without_folders_is_a_usage_error(capsys):
    assert main(["evaluate"]) == 2
    assert "GOLD_DIR" in capsys.readouterr().err


def test_evaluate_missing_gold_folder_is_fatal(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope")]) == 1
    assert "does not exist" in capsys.readouterr().err
