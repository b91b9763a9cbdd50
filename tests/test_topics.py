"""Topic tagging: weighted terms, a relevance score, and the on-topic decision."""

from __future__ import annotations

import json
import math

import pytest
from conftest import SEEDS, SHARED

from pipeline.config import load_options
from transforms.topics import TopicConfigError, compile_terms, score_topics

WEIGHTS = (("peace talks", 2.0), ("ceasefire", 1.5), ("cease-fire", 1.5), ("ukraine", 1.0),
           ("russia", 1.0), ("kremlin", 1.0))
FILLER = "The council met on Tuesday to discuss the budget for schools and roads. "


def test_seed_articles_are_on_topic_with_the_default_configuration() -> None:
    options = load_options()
    for seed in sorted(SEEDS.glob("*.txt")):
        topics, relevance, on_topic = score_topics(
            None, seed.read_text(encoding="utf-8"), options.topics.weights,
            options.topics.min_relevance)
        assert on_topic, (seed.name, relevance)
        assert relevance >= 2 * options.topics.min_relevance
        assert {"ukraine", "russia"} <= set(topics)


def test_unrelated_real_article_is_off_topic_with_the_default_configuration() -> None:
    from trafilatura import extract

    options = load_options()
    page = SHARED / "corpus" / "news-html" / "BBC_2024_08_01.html"  # an economics explainer
    text = extract(page.read_bytes())
    _topics, relevance, on_topic = score_topics("What does the OBR do?", text,
                                                options.topics.weights,
                                                options.topics.min_relevance)
    assert not on_topic and relevance < options.topics.min_relevance


def test_a_passing_mention_in_a_long_article_stays_off_topic() -> None:
    text = FILLER * 120 + "Energy prices rose after Russia cut supplies. " + FILLER * 120
    topics, relevance, on_topic = score_topics("Council budget", text, WEIGHTS, 3.0)
    assert topics == ["russia"] and relevance < 1.0 and not on_topic


def test_title_hits_count_more_than_body_hits() -> None:
    body = "Delegations met. Ukraine said the talks were useful. " + FILLER * 3
    _t, in_body, _o = score_topics("Delegates meet", body, WEIGHTS, 1.0)
    _t, in_title, _o = score_topics("Ukraine at the table", body, WEIGHTS, 1.0)
    assert in_title > in_body


def test_repeating_one_word_has_diminishing_returns() -> None:
    _t, once, _o = score_topics(None, "Kremlin. " + FILLER, WEIGHTS, 1.0)
    _t, often, _o = score_topics(None, "Kremlin. " * 30 + FILLER, WEIGHTS, 1.0)
    assert once == pytest.approx(1.0) and often < 6 * once


def test_spelling_variants_match_and_count_once() -> None:
    text = "A cease-fire, a ceasefire and a cease fire. Peace-talks resumed; peace talks."
    topics, relevance, _ = score_topics(None, text, WEIGHTS, 1.0)
    assert topics == ["peace talks", "ceasefire"]  # "cease-fire" is the same term as "ceasefire"
    # peace talks: 2 hits, weight 2; ceasefire: 3 hits, weight 1.5; log2(1 + hits) each
    assert relevance == pytest.approx(2.0 * math.log2(3) + 1.5 * math.log2(4), abs=0.01)


@pytest.mark.parametrize(("text", "matches"), [
    ("Ukraine's delegation", True), ("UKRAINE", True), ("the Ukrainian side", False),
    ("Russias", True), ("Russian troops", False), ("superukraine", False),
])
def test_whole_words_only(text: str, matches: bool) -> None:
    patterns = [pattern for _term, _weight, pattern in compile_terms(WEIGHTS)]
    assert any(p.search(text) for p in patterns) is matches


def test_no_terms_means_no_filtering() -> None:
    assert score_topics("Anything", "At all.", (), 5.0) == ([], 0.0, True)


def test_empty_term_is_a_config_error() -> None:
    with pytest.raises(TopicConfigError):
        score_topics(None, "text", (("  ", 1.0),), 1.0)


def test_default_weights_load_from_the_packaged_config() -> None:
    options = load_options()
    assert dict(options.topics.weights)["peace talks"] > 0
    assert json.dumps(options.topics.weights)  # plain data: picklable into any worker
