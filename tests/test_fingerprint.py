"""MinHash signatures: deterministic, JSON-safe, blind to typography, apart for different text."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

from transforms.fingerprint import (
    NUM_PERM,
    compute_signature,
    estimate_similarity,
    normalise_words,
    shingles,
)

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEEDS]


def test_signature_is_plain_ints_that_survive_json(seed_texts: list[str]) -> None:
    signature = compute_signature(seed_texts[0])
    assert len(signature) == NUM_PERM
    assert all(type(value) is int for value in signature)
    assert json.loads(json.dumps(signature)) == signature


def test_signature_is_the_same_in_another_process(seed_texts: list[str]) -> None:
    code = ("import json, sys; from transforms.fingerprint import compute_signature; "
            "print(json.dumps(compute_signature(sys.stdin.read())))")
    out = subprocess.run([sys.executable, "-c", code], input=seed_texts[1], text=True,
                         capture_output=True, check=True, cwd=SEEDS[0].parent.parent).stdout
    assert json.loads(out) == compute_signature(seed_texts[1])


@pytest.mark.parametrize("restyle", [
    lambda t: t.replace('"', "\u201c").replace("'", "\u2019"),
    lambda t: t.upper(),
    lambda t: " ".join(t.split()),
    lambda t: t.replace(" - ", " \u2014 ").replace("-", "\u2013"),
    lambda t: t.replace(",", "").replace(".", " ."),
], ids=["curly-quotes", "case", "whitespace", "dashes", "punctuation"])
def test_typography_does_not_change_the_signature(seed_texts: list[str], restyle) -> None:
    text = seed_texts[0]
    assert compute_signature(restyle(text)) == compute_signature(text)


def test_normalise_words_folds_quotes_dashes_and_case() -> None:
    assert normalise_words("\u201cIt\u2019s OVER\u201d \u2014 she said") == [
        "it", "s", "over", "she", "said"]


def test_short_text_is_one_shingle_and_empty_text_has_no_signature() -> None:
    assert shingles(["a", "b"]) == {b"a b"}
    assert compute_signature("  \u201c \u2014 ") == []
    assert len(compute_signature("Two words")) == NUM_PERM


def test_trimmed_copy_stays_similar_and_other_seeds_do_not(seed_texts: list[str]) -> None:
    paragraphs = [p for p in seed_texts[3].split("\n\n") if p.strip()]
    trimmed = "\n\n".join(paragraphs[: int(len(paragraphs) * 0.85)])
    original = compute_signature(seed_texts[3])
    assert estimate_similarity(original, compute_signature(trimmed)) >= 0.6
    signatures = [compute_signature(text) for text in seed_texts]
    for first, second in combinations(signatures, 2):
        assert estimate_similarity(first, second) < 0.2


def test_similarity_of_mismatched_signatures_is_zero() -> None:
    assert estimate_similarity([], []) == 0.0
    assert estimate_similarity([1, 2], [1, 2, 3]) == 0.0
