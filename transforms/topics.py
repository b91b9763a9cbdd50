"""Tag an article with the followed topic's terms and score how relevant it is.

The topic is a set of weighted keywords and phrases from the configuration. A term's
contribution grows with the logarithm of its hits, so one word repeated many times cannot
carry an article alone, and a title hit counts as several body hits. The sum is damped for
long texts: a passing mention in a long article about something else stays below the
threshold, while an article about the topic names it in its title or all through its text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

TITLE_HITS = 3  # one hit in the title counts as this many in the body
REFERENCE_WORDS = 400  # texts longer than this are damped by sqrt(words / REFERENCE_WORDS)
_HYPHENS = "\\-\u2010\u2011\u2012\u2013"


class TopicConfigError(ValueError):
    """A topic term that cannot be used (empty, or a weight that is not a number)."""


def score_topics(title: str | None, text: str, weights: Sequence[tuple[str, float]],
                 min_relevance: float) -> tuple[list[str], float, bool]:
    """(matched terms, best first; relevance score; whether relevance >= min_relevance).

    With no terms configured every article is on topic: nothing is being filtered.
    """
    if not weights:
        return [], 0.0, True
    contributions: dict[str, float] = {}
    for term, weight, pattern in compile_terms(tuple(weights)):
        hits = len(pattern.findall(text)) + TITLE_HITS * len(pattern.findall(title or ""))
        if hits and weight:
            contributions[term] = weight * math.log2(1 + hits)
    words = len(text.split())
    damping = math.sqrt(max(1.0, words / REFERENCE_WORDS))
    relevance = round(sum(contributions.values()) / damping, 3)
    topics = sorted((t for t, c in contributions.items() if c > 0),
                    key=lambda t: (-contributions[t], t))
    return topics, relevance, relevance >= min_relevance


@lru_cache(maxsize=64)
def compile_terms(weights: tuple[tuple[str, float], ...]
                  ) -> list[tuple[str, float, re.Pattern[str]]]:
    """(term, weight, pattern) once per term as matched: spellings that differ only in
    spaces and hyphens ("cease-fire", "ceasefire") are one term, named by its first
    spelling, with the larger weight, matching every spelling."""
    groups: dict[str, tuple[str, float, list[str]]] = {}
    for term, weight in weights:
        words = [w for w in re.split(rf"[\s{_HYPHENS}]+", term.strip()) if w]
        if not words:
            raise TopicConfigError(f"empty topic term {term!r}")
        key = "".join(words).casefold()
        name, best, variants = groups.get(key, (term, weight, []))
        variants.append(rf"[\s{_HYPHENS}]*".join(re.escape(w) for w in words))
        groups[key] = (name, max(best, weight), variants)
    return [(name, weight, re.compile(rf"(?<!\w)(?:{'|'.join(variants)})(?:e?s)?(?!\w)",
                                      re.IGNORECASE))
            for name, weight, variants in groups.values()]
