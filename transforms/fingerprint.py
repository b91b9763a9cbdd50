"""MinHash signatures of article text, for near-duplicate detection.

A pure function run on the workers: the text is folded (case, quote styles, dashes,
punctuation, whitespace) into words, the words into overlapping shingles, and the shingles
into a MinHash signature of plain ints that survives JSON and compares across runs.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from anyascii import anyascii
from datasketch import MinHash

# Words per shingle: long enough that a quote shared by two different reports adds only a
# few shingles, short enough that one edited word spoils few of them.
SHINGLE_WORDS = 5
NUM_PERM = 128
# Seed and permutation scheme are pinned so that signatures computed in different
# processes, runs and library versions stay comparable.
SEED = 1
PERMUTATION_SCHEME = "affine32"
# Changes whenever a signature computed with other settings would not be comparable.
SCHEME = f"minhash-{PERMUTATION_SCHEME}-w{SHINGLE_WORDS}-p{NUM_PERM}-s{SEED}"

_WORD = re.compile(r"[a-z0-9]+")


def normalise_words(text: str) -> list[str]:
    """The text as lower-case ASCII words: quote styles, dashes and punctuation fold away."""
    return _WORD.findall(anyascii(text).lower())


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """Overlapping runs of size words; a text shorter than that is one shingle."""
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=PERMUTATION_SCHEME).permutations


def compute_signature(text: str) -> list[int]:
    """MinHash hash values of the word shingles of text; [] when it has no words."""
    grams = shingles(normalise_words(text))
    if not grams:
        return []
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(),
                      scheme=PERMUTATION_SCHEME)
    minhash.update_batch(list(grams))
    return minhash.hashvalues.tolist()


def estimate_similarity(first: list[int], second: list[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    if not first or len(first) != len(second):
        return 0.0
    return float(np.count_nonzero(np.asarray(first) == np.asarray(second))) / len(first)
