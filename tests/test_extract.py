"""Actor and statement extraction on small made-up articles."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from transforms.entities import _title_before_a_name, find_actors
from transforms.extract import (
    EXTRACTOR_VERSION,
    ModelNotFoundError,
    actors_and_statements,
    credit_names_in,
    extract_articles,
    load_nlp,
)
from transforms.model import Article
from transforms.quotes import find_quotes, quote_key

BRIEFING = """Foreign Minister Oksana Kravchenko arrived in Geneva on Monday. "We came here to \
talk, not to posture," Kravchenko told reporters. "Nobody should expect miracles."

Tomas Lindqvist, a senior analyst at the Nordic Policy Institute, was less hopeful. “The gap \
between the two sides is still very wide,” he said.

The mayor, Amara Okafor, said the city would “keep every door open” for the delegations. \
Okafor added that the talks could last a week.

‘I am not optimistic,’ said Lindqvist.

"The first part of the answer is simple," Kravchenko said. "The second part is not."
"""


def _extract(nlp, text: str, authors: list[str] | None = None) -> Article:
    article = Article(article_id="a1", source_uri="mem://a1", text=text, content_hash="h",
                      authors=list(authors or []))
    extract_articles(nlp, [article])
    return article


def _person(article: Article, surname: str):
    found = [m for m in article.actors if m.kind == "person" and surname in m.name]
    assert len(found) == 1, [m.name for m in article.actors]
    return found[0]


def _statement(article: Article, words: str):
    found = [s for s in article.statements if words in s.quote and s.kind != "indirect"]
    assert len(found) == 1, [s.quote for s in article.statements]
    return found[0]


def test_load_nlp_loads_once(nlp, options):
    assert load_nlp(options.nlp.model) is nlp


def test_missing_model_is_a_named_error():
    with pytest.raises(ModelNotFoundError, match="not installed"):
        load_nlp("xx_no_such_pipeline_sm")


@pytest.mark.parametrize("text", ["", "   ", "“", '"""', "\x00\x01", "‘’ ’‘ “”",
                                  "A" * 5000, "He said: “", "\n\n\n“Open\n\n“Still open"])
def test_odd_text_never_raises(nlp, text):
    article = _extract(nlp, text)
    assert article.extractor_version == EXTRACTOR_VERSION
    assert isinstance(article.actors, list) and isinstance(article.statements, list)


def test_full_name_surname_and_title_are_one_actor_with_roles(nlp):
    article = _extract(nlp, BRIEFING)
    minister = _person(article, "Kravchenko")
    assert minister.name == "Oksana Kravchenko"
    assert minister.count >= 3
    assert minister.roles == ["Foreign Minister"]
    analyst = _person(article, "Lindqvist")
    assert any("senior analyst" in role for role in analyst.roles)
    mayor = _person(article, "Okafor")
    assert mayor.count == 2 and "mayor" in mayor.roles
    kinds = {m.name: m.kind for m in article.actors}
    assert kinds["Geneva"] == "place"
    assert kinds["Nordic Policy Institute"] == "organization"


def test_spelling_variants_in_one_article_are_one_actor(nlp):
    text = ("Defence Minister Mykolay Kovalenkyy visited the front. Kovalenkiy said the "
            "line was holding, and Kovalenky promised more drones.")
    article = _extract(nlp, text)
    person = _person(article, "Kovalenk")
    assert person.count == 3
    assert set(person.surfaces) == {"Mykolay Kovalenkyy", "Kovalenkiy", "Kovalenky"}


def test_same_surname_different_given_names_stay_apart(nlp):
    text = ("Anna Brandt met Peter Brandt in Oslo. Anna Brandt said the meeting was useful, "
            "while Peter Brandt said nothing.")
    article = _extract(nlp, text)
    names = sorted(m.name for m in article.actors if m.kind == "person")
    assert names == ["Anna Brandt", "Peter Brandt"]


def test_a_bare_surname_stays_with_the_one_the_article_calls_by_it(nlp):
    text = ("Tomas Berg ran the ferry for forty years.\n\nBerg retired in 2001. His son, "
            "Nils Berg, took over the boat.\n\nBerg still sails on Sundays.")
    article = _extract(nlp, text)
    assert _person(article, "Tomas Berg").count == 3
    assert _person(article, "Nils Berg").count == 1


def test_a_surname_alone_is_the_person_named_with_it_and_a_generation(nlp):
    text = ("Ruiz and Berg carry Varnholm to a win\n\nAna Ruiz scored 20 and Tomas Berg Jr. "
            "added 15.")
    article = _extract(nlp, text)
    assert _person(article, "Berg").count == 2


def test_mrs_and_a_surname_beside_only_a_mans_full_name_is_someone_else(nlp):
    text = ("The mother of the late ferryman Tomas Varga spoke after the hearing.\n\n"
            "Mrs Varga, 74, said: “Nothing will bring my Tomas back, but the truth is out.”"
            "\n\nMrs Varga said she visits the harbour every week.")
    article = _extract(nlp, text)
    people = {m.name: m.count for m in article.actors if m.kind == "person"}
    assert sorted(people) == ["Tomas Varga", "Varga"] and people["Varga"] == 2
    assert _statement(article, "Nothing will bring").speaker == "Varga"
    assert "Tomas Varga" not in [s.speaker for s in article.statements]


def test_a_name_someone_is_known_as_is_the_same_person(nlp):
    text = ("Ivo Berg, known to friends as Tom Tom, opened the bakery in May.\n\n"
            "Ivo bakes every night.")
    article = _extract(nlp, text)
    assert [m.name for m in article.actors if m.kind == "person"] == ["Ivo Berg"]


def test_statements_with_speakers_in_every_style(nlp):
    article = _extract(nlp, BRIEFING)
    first = _statement(article, "We came here to talk")
    assert (first.kind, first.speaker, first.verb) == ("direct", "Oksana Kravchenko", "tell")
    assert BRIEFING[first.start:first.end] == first.quote
    assert first.quote == "We came here to talk, not to posture,"
    continued = _statement(article, "Nobody should expect miracles")
    assert continued.speaker == "Oksana Kravchenko"
    pronoun = _statement(article, "The gap between")
    assert (pronoun.kind, pronoun.speaker) == ("direct", "Tomas Lindqvist")
    partial = _statement(article, "keep every door open")
    assert (partial.kind, partial.speaker) == ("partial", "Amara Okafor")
    single = _statement(article, "I am not optimistic")
    assert single.speaker == "Tomas Lindqvist"
    split_second = _statement(article, "The second part is not.")
    assert split_second.speaker == "Oksana Kravchenko"


def test_colon_introduced_and_according_to(nlp):
    text = ("The envoy, Rafael Moreno, spoke after the session. Moreno said: “There is a text "
            "on the table.” According to Ines Duarte, the chief negotiator, the text “could be "
            "signed within days.”")
    article = _extract(nlp, text)
    colon = _statement(article, "There is a text")
    assert (colon.kind, colon.speaker) == ("direct", "Rafael Moreno")
    according = _statement(article, "signed within days")
    assert according.speaker == "Ines Duarte"


def test_quote_over_several_paragraphs_is_one_statement_per_paragraph(nlp):
    text = ("“The first thing we need is a ceasefire that holds for more than a day.\n\n"
            "“The second thing is trust, and that will take years,” said Helga Norrby, a "
            "retired general.")
    article = _extract(nlp, text)
    first = _statement(article, "The first thing")
    second = _statement(article, "The second thing")
    assert first.quote == "The first thing we need is a ceasefire that holds for more than a day."
    assert second.quote == "The second thing is trust, and that will take years,"
    for statement in (first, second):
        assert text[statement.start:statement.end] == statement.quote
        assert (statement.kind, statement.speaker, statement.verb) == \
            ("direct", "Helga Norrby", "say")


def test_indirect_speech_has_its_speaker(nlp):
    text = "Senator Lucia Ferraro said she was not expecting a breakthrough this week."
    article = _extract(nlp, text)
    indirect = [s for s in article.statements if s.kind == "indirect"]
    assert len(indirect) == 1
    assert indirect[0].speaker == "Lucia Ferraro"
    assert indirect[0].quote.startswith("she was not expecting a breakthrough")


def test_unattributed_quote_has_no_speaker(nlp):
    text = ("Talks resumed on Friday after a pause.\n\n"
            "“Nobody knows what the other side wants,” read a banner outside the hall.")
    article = _extract(nlp, text)
    statement = _statement(article, "Nobody knows")
    assert statement.speaker is None and statement.speaker_key is None


def test_scare_quotes_without_speaker_are_not_statements(nlp):
    text = "The so-called “peace dividend” never arrived in the northern provinces."
    assert _extract(nlp, text).statements == []


def test_journalists_are_not_actors(nlp):
    text = ("Defence Minister Mykolay Kovalenkyy visited the front on Sunday.\n\n"
            "Ingrid Solberg and Marcus Webb reported from Kharkiv.")
    article = _extract(nlp, text, authors=["Clara Osei"])
    people = {m.name for m in article.actors if m.kind == "person"}
    assert people == {"Mykolay Kovalenkyy"}
    assert credit_names_in(text) == ["Ingrid Solberg", "Marcus Webb"]


def test_a_correspondent_a_broadcaster_credits_in_a_sentence_is_no_actor(nlp):
    text = ("Ferries stayed in port all week, reports Varn Radio correspondent Lotte Brenner."
            "\n\n“We lose money every day,” said Tomas Berg, who runs the harbour.")
    article = _extract(nlp, text)
    assert {m.name for m in article.actors if m.kind == "person"} == {"Tomas Berg"}
    assert credit_names_in("Varn TV reporter Ana Ruiz reports from the coast.") == ["Ana Ruiz"]
    assert credit_names_in("He reports to Ana Ruiz, a correspondent.") == []
    assert credit_names_in("Farms empty, reports Varn TV correspondent Ana Ruiz from Orlo."
                           ) == ["Ana Ruiz"]


def test_a_photographer_credited_in_brackets_after_a_caption_is_no_actor(nlp):
    text = ("Committee chair Tomas Berg says the payments are unfair (Sara Holm/Varn "
            "Parliament/PA)\n\nThe league rejected the claim on Monday.")
    assert credit_names_in(text) == ["Sara Holm"]
    article = _extract(nlp, text)
    assert {m.name for m in article.actors if m.kind == "person"} == {"Tomas Berg"}
    assert credit_names_in("The vote (Ana Ruiz and Tomas Berg) was close.") == []


def test_a_broadcaster_s_reporter_who_reported_is_no_actor_anywhere(nlp):
    text = ("Riders on the north side vented to Varn TV's Ilse Marr on Monday.\n\n\"It takes an "
            "hour,\" said Tomas Berg.\n\nThe board wants to delay two new bus routes until "
            "2030, Varn TV's Marr reported.")
    article = _extract(nlp, text)
    assert {m.name for m in article.actors if m.kind == "person"} == {"Tomas Berg"}


def test_author_named_in_byline_is_excluded_even_by_surname(nlp):
    text = "Defence Minister Mykolay Kovalenkyy said on Sunday that Osei had called him."
    article = _extract(nlp, text, authors=["Clara Osei"])
    assert {m.name for m in article.actors if m.kind == "person"} == {"Mykolay Kovalenkyy"}


def _with_entities(nlp, text: str, labelled: list[tuple[str, ...]]):
    """A parsed doc whose entities are set by hand, to reproduce tagger mistakes; a third
    item ("Varo", "PERSON", "Varo had") labels the words where that context first occurs."""
    doc = nlp(text)
    spans = []
    for words, label, *context in labelled:
        start = text.index(context[0] if context else words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return doc


def _kinds(doc) -> dict[str, str]:
    """Each actor find_actors groups in doc, by name, with its kind."""
    return {m.name: m.kind for m in find_actors(doc, []).mentions}


def _person_counts(doc) -> dict[str, int]:
    """Each person find_actors groups in doc, by name, with how often the doc names them."""
    return {m.name: m.count for m in find_actors(doc, []).mentions if m.kind == "person"}


class _Misparsed:
    """The pipeline, with the parse of some words set by hand to reproduce a parser mistake:
    (word, head word, dep) makes the first occurrence of word depend on head word's, and a
    tag and a part of speech after them retag it."""

    def __init__(self, nlp, arcs: list[tuple[str, ...]]) -> None:
        self.nlp, self.arcs, self.max_length = nlp, arcs, nlp.max_length

    def pipe(self, texts, batch_size: int = 32):
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            words = [t.text for t in doc]
            for word, head, dep, *tagged in self.arcs:
                token = doc[words.index(word)]
                token.head, token.dep_ = doc[words.index(head)], dep
                if tagged:
                    token.tag_, token.pos_ = tagged
            yield doc


def _misparsed_statement(nlp, text: str, arcs: list[tuple[str, ...]], words: str):
    article = Article(article_id="a1", source_uri="mem://a1", text=text, content_hash="h")
    extract_articles(_Misparsed(nlp, arcs), [article])
    return _statement(article, words)


_HUNGRY_CAT = (
    "'Not a word': Varn coach Berg holds tongue over referee after Orlo defeat\n\n"
    "Varn coach Tomas Berg kept his anger in check after the 30-12 defeat away to Orlo on "
    "Sunday, and would not blame the referee.\n\n"
    "\"We can't talk about it. All I would get is a fine,\" Berg told reporters.\n\n"
    "- 'Not a word' -\n\n"
    "The veteran coach added: \"My cat will go hungry and so will I, so I'll keep quiet.\"")


@pytest.mark.parametrize(("text", "arcs", "words", "speaker"), [
    pytest.param("Tomas Berg crossed the strait in all weathers.\n\nThe quiet, weather-beaten "
                 "pilot was a fixture of the harbour for forty years.\n\n“I never tired of the "
                 "water,” he said in a 2010 interview.",
                 [("The", "quiet", "det"), ("quiet", "was", "advmod")],
                 "never tired", "Tomas Berg",
                 id="an-article-hung-on-a-word-before-the-noun-still-makes-it-definite"),
    pytest.param("(NBX) Harbor City Mayor Ana Ruiz said tenants were being \"pushed out\" by "
                 "the new rules.", [("NBX", "said", "nsubj")], "pushed out", "Ana Ruiz",
                 id="an-outlet-credit-in-brackets-is-no-subject"),
    pytest.param("“The samples surprised all of us,” survey leader Ann Bex of Vestby "
                 "College told reporters.",
                 [("Bex", "College", "nmod"), ("College", "told", "nsubj")],
                 "samples surprised", "Ann Bex",
                 id="a-member-of-a-body-parsed-as-the-body-is-the-speaker"),
    pytest.param("“Beds line every corridor and the fans have stopped,” detailed Shugri Ombasa, "
                 "a nurse at the Port General Hospital.",
                 [("detailed", "Ombasa", "amod", "JJ", "ADJ")], "Beds line", "Shugri Ombasa",
                 id="a-reporting-verb-read-as-an-adjective-of-the-name-after-it"),
    pytest.param("Asked whether a deal was any nearer after the long day of talks, Ivan Petrov "
                 "only said, “Not yet, that much is clear.”",
                 [("Asked", "Asked", "ROOT"), ("is", "Asked", "ccomp"),
                  ("said", "is", "parataxis"), ("yet", "is", "advmod")],
                 "Not yet", "Ivan Petrov",
                 id="the-one-who-answers-after-asked-not-the-asking"),
    pytest.param("Skipper Ana Ruiz was “calm” and kept shouting “hold the line, hold it” "
                 "through the storm, a deckhand told the inquiry.",
                 [("kept", "told", "dep")], "hold the line", "Ana Ruiz",
                 id="a-verb-after-and-hung-from-the-quote-shares-the-subject-before"),
    pytest.param("Councillor Wenna Varn confirmed that the Harbour Front would “naturally” table "
                 "a bill, adding, “It is wrong that in a vote the losers get to govern.”",
                 [("Varn", "confirmed", "intj")], "It is wrong", "Wenna Varn",
                 id="a-name-hung-from-its-verb-as-an-interjection-is-its-subject"),
    pytest.param("Ilse Marr, studying a chart of the reef, gives orders to Tomas Berg. “Go slower. "
                 "Ten degrees left.”",
                 [("Marr", "gives", "advmod", "RB", "ADV"), ("studying", "gives", "csubj")],
                 "Go slower", "Ilse Marr",
                 id="a-name-hung-from-its-verb-as-an-adverb-is-its-subject"),
    pytest.param("The engine whines as the rotor spins up, and Ilse Marr counts down, “Five, four, "
                 "three, go!”",
                 [("Marr", "counts", "advmod", "RB", "ADV"), ("counts", "whines", "conj")],
                 "Five, four", "Ilse Marr",
                 id="a-name-hung-from-a-joined-verb-as-an-adverb-is-its-subject"),
    pytest.param(_HUNGRY_CAT.replace("- 'Not a word' -\n\n", ""),
                 [("coach", "tongue", "compound"), ("Berg", "tongue", "compound")],
                 "My cat", "Tomas Berg",
                 id="a-title-before-the-name-in-a-headline-hung-elsewhere-is-still-his"),
    pytest.param(_HUNGRY_CAT,
                 [("coach", "tongue", "compound"), ("Berg", "tongue", "compound")],
                 "My cat", "Tomas Berg",
                 id="a-heading-between-dashes-does-not-part-a-quote-from-its-speaker"),
    pytest.param("Tomas Berg named her in May.\n\nThe port must act, Berg pick for port chief "
                 "Ilse Marr tells MPs: 'If we wait, the port will close for good'",
                 [("pick", "tells", "nsubj", "NN", "NOUN"), ("Berg", "pick", "compound")],
                 "If we wait", "Ilse Marr",
                 id="someone-chosen-for-a-post-not-the-one-who-chose"),
    pytest.param("Tomas Berg, Ivo H. Varn, and Orlo M. Tavek won the prize on Tuesday for their "
                 "research.\n\nThe news reached Berg at home at dawn. \"Phones work thanks "
                 "to what we found,\" he said.",
                 [("Varn", "Berg", "appos"), ("Tavek", "Berg", "conj")],
                 "Phones work", "Tomas Berg",
                 id="a-list-of-three-read-as-a-name-with-another-in-apposition"),
    pytest.param("“The count went our way,” Tavek later told reporters.\n\nTavek Varnsiri's "
                 "party was forecast to win.",
                 [("Tavek", "told", "nsubj", "RB", "ADV")],
                 "count went our way", "Tavek Varnsiri",
                 id="a-first-name-alone-read-as-an-adverb"),
])
def test_speaker_where_the_parser_erred(nlp, text, arcs, words, speaker):
    assert _misparsed_statement(nlp, text, arcs, words).speaker == speaker


def test_city_tagged_as_person_becomes_a_place(nlp):
    doc = _with_entities(nlp, "Troops withdrew from the outskirts of Kharkiv. Officials in "
                              "Kharkiv said Anna Brandt had left.",
                         [("Kharkiv", "PERSON"), ("Anna Brandt", "PERSON")])
    kinds = _kinds(doc)
    assert kinds["Kharkiv"] == "place" and kinds["Anna Brandt"] == "person"


@pytest.mark.parametrize("text", [
    "A drone hit the Russian town of Belovka on Sunday, Anna Brandt said.",
    "She died in the riverside party town Lam Doh, Anna Brandt said.",
])
def test_name_after_a_settlement_noun_is_a_place(nlp, text):
    place = "Belovka" if "Belovka" in text else "Lam Doh"
    doc = _with_entities(nlp, text, [(place, "PERSON"), ("Anna Brandt", "PERSON")])
    kinds = _kinds(doc)
    assert kinds[place] == "place" and kinds["Anna Brandt"] == "person"


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a surname the tagger took for a town: no gazetteer knows it, and it speaks
    ("\u201cWe lost our heads,\u201d Verhoek said after the match.", "Verhoek", "person"),
    # a known place saying something is the government there
    ("\u201cWe lost our heads,\u201d Britain said after the vote.", "Britain", "place"),
    # an unknown place that says nothing stays a place
    ("The ferry left Verhoek after the match.", "Verhoek", "place"),
])
def test_speaking_place_no_gazetteer_knows_is_a_person(nlp, text, name, kind):
    doc = _with_entities(nlp, text, [(name, "GPE")])
    kinds = _kinds(doc)
    assert kinds[name] == kind


def test_untagged_names_after_an_office_or_before_a_person_noun_are_people(nlp):
    text = ("The briefing was attended by Minister of Rural Development Yusuf Hadi Rahman.\n\n"
            "Tomasz, a resident of the old quarter, criticised the council.")
    doc = _with_entities(nlp, text, [])
    people = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert people == {"Yusuf Hadi Rahman", "Tomasz"}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Anna Brandt, a resident of Pelora subdistrict, criticised the council.", "Pelora",
     "place"),
    ("Anna Brandt welcomed him to her Kel-a-Mora estate in the hills.", "Kel", "place"),
    ("Anna Brandt told a group of Northern Labour MPs about the plan.",
     "Northern Labour MPs", "group"),
    # a word for the people of a place the gazetteer knows
    ("Anna Brandt made a film about Sri Lankan refugees in France.", "Sri Lankan", "group"),
    ("Moldovan officials rejected it, Anna Brandt said.", "Moldovan", "group"),
])
def test_names_beside_place_nouns_or_in_plural_are_not_people(nlp, text, name, kind):
    doc = _with_entities(nlp, text, [("Anna Brandt", "PERSON"), (name, "PERSON")])
    kinds = _kinds(doc)
    assert kinds.get(name) == kind and kinds["Anna Brandt"] == "person"


@pytest.mark.parametrize(("text", "labelled", "person"), [
    # the agent of a passive verb acts, though named once and tagged a body
    ("“Kemal Aydin was fouled by Arne Vosberg late on,” he added.",
     [("Kemal Aydin", "PERSON"), ("Arne Vosberg", "ORG")], "Arne Vosberg"),
    # a one-word body that goes on about "himself" is a person
    ("Valdez proclaimed himself the winner, and Valdez refused to go.",
     [("Valdez", "ORG")], "Valdez"),
    # a body's own person, after a possessive the tagger ran across
    ("He spoke on Monday with Northern Times’ Lena Castell about the vote.",
     [("Northern Times’ Lena Castell", "ORG")], "Lena Castell"),
])
def test_people_inside_body_tags_are_found(nlp, text, labelled, person):
    doc = _with_entities(nlp, text, labelled)
    people = [m.name for m in find_actors(doc, []).mentions if m.kind == "person"]
    assert person in people


def _with_every_entity(nlp, text: str, labelled: list[tuple[str, str]]):
    """Like _with_entities, with every occurrence of each name labelled."""
    doc = nlp(text)
    spans = [doc.char_span(m.start(), m.end(), label=label)
             for words, label in labelled for m in re.finditer(re.escape(words), text)]
    doc.ents = filter_spans([s for s in spans if isinstance(s, Span)])
    return doc


@pytest.mark.parametrize(("text", "labelled", "name"), [
    # a name with digits in a word is a code, not a person
    ("Doctors said LURA-21 spread fast, and the clinic asked Anna Brandt to help.",
     [("LURA-21", "PERSON")], "LURA-21"),
    # a word in capitals is an acronym, not the given name it spells
    ("The new AL Digest feature launched. Users say AL Digest is slow.",
     [("AL Digest", "ORG")], "AL Digest"),
    # a kind of body before the name
    ("The newspaper Vestre Tidende reported the leak. Vestre Tidende said police knew.",
     [("Vestre Tidende", "PERSON")], "Vestre Tidende"),
    # a word that takes "a" is a thing, also where it comes with "the"
    ("A Grant will be paid to farms. The draft Grant covers fuel, and Grant helps ports.",
     [("Grant", "PERSON")], "Grant"),
    ("The bottle is called No Surrender and sells well.", [("Surrender", "PERSON")],
     "Surrender"),
    # a foreign article or a word for a lake or mountain opens no one's name
    ("We tasted La Petite Grange with friends. La Petite Grange is dry.",
     [("La Petite Grange", "PERSON")], "La Petite Grange"),
    ("Cabins overlook Lac Orvand. Lac Orvand freezes early.",
     [("Lac Orvand", "PERSON")], "Lac Orvand"),
    # a product: too many words for a name, a model number, a brand after "this"
    ("Buy the Robert Kellan Triple Heated Indoor Clothes Airer now.",
     [("Robert Kellan Triple Heated Indoor Clothes Airer", "PERSON")], "Airer"),
    ("Buy the Robert Kellan 3-Tier Airer now.", [("Robert Kellan 3-Tier Airer", "PERSON")],
     "Airer"),
    ("Shoppers liked the Robert Kellan 3 best.", [("Robert Kellan 3", "PERSON")], "Robert Kellan"),
    ("Shoppers say this Robert Kellan airer dries fast.", [("Robert Kellan", "PERSON")],
     "Robert Kellan"),
    # a lone first name, once, as an object, that no full name in the article bears
    ("The columnist often appears on Mornings with Clara and other shows.",
     [("Clara", "PERSON")], "Clara"),
    # named once, in an object position, untitled, and not tagged a person by the model
    ("Viewers compared the suspect to Morgan Trevane in the film.",
     [("Morgan Trevane", "ORG")], "Morgan Trevane"),
])
def test_names_with_no_person_behind_them_are_no_person(nlp, text, labelled, name):
    doc = _with_every_entity(nlp, text, labelled)
    persons = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert not any(name in p or p in name for p in persons), persons


def test_a_person_tagged_once_in_an_object_position_is_kept_when_tagged_a_person(nlp):
    text = "Viewers compared the suspect to Morgan Trevane in the film."
    doc = _with_every_entity(nlp, text, [("Morgan Trevane", "PERSON")])
    persons = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert persons == {"Morgan Trevane"}


def test_possessive_inside_an_entity_parts_owner_and_thing(nlp):
    text = "The shop is near Marten Olsby’s Harbour Works office."
    doc = _with_every_entity(nlp, text, [("Marten Olsby’s Harbour Works", "PERSON")])
    persons = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert persons == {"Marten Olsby"}


def test_name_tagged_as_organisation_followed_by_who_is_a_person(nlp):
    text = ("The goal came from Trevan Obuya, who could leave in the summer.\n"
            "Obuya was the best player on the pitch.")
    doc = _with_every_entity(nlp, text, [("Trevan Obuya", "ORG"), ("Obuya", "ORG")])
    mentions = find_actors(doc, []).mentions
    assert [(m.name, m.kind, m.count) for m in mentions] == [("Trevan Obuya", "person", 2)]


def test_names_made_of_common_words_and_months_are_no_people(nlp):
    text = ("Experts at Free Garden Kitchens said small kitchens need light. In May, Anna Brandt "
            "told Hill Sports that sports matter. Theresa May agreed.")
    doc = _with_entities(nlp, text, [("Free Garden Kitchens", "PERSON"), ("May", "PERSON"),
                                     ("Anna Brandt", "PERSON"), ("Hill Sports", "PERSON"),
                                     ("Theresa May", "PERSON")])
    kinds = _kinds(doc)
    assert kinds["Free Garden Kitchens"] == "organization"
    assert kinds["Hill Sports"] == "organization"
    assert kinds["Anna Brandt"] == "person" and kinds["Theresa May"] == "person"
    assert sorted(m.name for m in find_actors(doc, []).mentions if m.kind == "person") == \
        ["Anna Brandt", "Theresa May"]


def test_joined_names_become_two_people(nlp):
    text = ("Sven Berglund and Aino Salo met in Turku. The Berglund-Salo meeting lasted an "
            "hour, and Salo left first.")
    doc = _with_entities(nlp, text, [("Sven Berglund", "PERSON"), ("Aino Salo", "PERSON"),
                                     ("Berglund-Salo", "PERSON"), ("Turku", "GPE")])
    people = _person_counts(doc)
    assert people == {"Sven Berglund": 2, "Aino Salo": 3}


def test_surname_tagged_as_organisation_is_the_person(nlp):
    text = "Sven Berglund arrived late. Berglund then left for the airport."
    doc = _with_entities(nlp, text, [("Sven Berglund", "PERSON"), ("Berglund then", "ORG")])
    doc.ents = [doc.ents[0], doc.char_span(text.index("Berglund then"),
                                           text.index("Berglund then") + 8, label="ORG")]
    people = [m for m in find_actors(doc, []).mentions if m.kind == "person"]
    assert [(m.name, m.count) for m in people] == [("Sven Berglund", 2)]


def test_nationalities_are_groups(nlp):
    article = _extract(nlp, "Norwegian and Danish officials met in Oslo with the Danes.")
    kinds = {m.name: m.kind for m in article.actors}
    assert kinds.get("Norwegian") == "group"


@pytest.mark.parametrize(("text", "quotes"), [
    ('He said "yes" and "no".', ["yes", "no"]),
    ("“Outer ‘inner’ words,” she said.", ["Outer ‘inner’ words,"]),
    ("« Bonjour, » dit-il.", ["Bonjour,"]),
    ("‘It’s the sides’ choice,’ he said.", ["It’s the sides’ choice,"]),
    ("The parties’ positions, Norway’s army and the ’90s.", []),
    ("Oslo\n's \"green deal\" is new.", ["green deal"]),
    ("‘Since we’ve won, we’ll stay,’ he added.", ["Since we’ve won, we’ll stay,"]),
    ('"We wait,” Berg said. “They left." Then.', ["We wait,", "They left."]),
    ('“We sell grain, but more will come."\nNext.', ["We sell grain, but more will come."]),
    ('“He called it "a crime" today,” she said.', ['He called it "a crime" today,']),
    # A closing mark that never comes: the paragraph's end closes a quote that opens it or
    # follows "said:", runs to a full stop and holds no other mark; a stray mark does not.
    ('He added: “We are ready to talk.\nThe meeting ended.', ["We are ready to talk."]),
    ('“First words.\n“Second words.', ["First words.\nSecond words."]),
    ('The 6" pipe and a “loose mark in a line.', []),
    ('He said “maybe, then left\nNext.', []),
    ('He said: “One, “two.\nNext.', []),
    # An opening mark ending a paragraph closes the quote it ends.
    ('“We will stay,” she said. “We will grow. “\nNext.', ["We will stay,", "We will grow."]),
    # A straight single quote carried over a paragraph break is reopened, not dropped.
    ("'We sold it.\n'It's gone.\n'Now we wait,' he said.",
     ["We sold it.\nIt's gone.\nNow we wait,"]),
    ("He said 'maybe and\n'Then,' she said.", ["Then,"]),
    # A single quote after "said:" that the copy never closes ends with its paragraph.
    ("She said: 'The whole street will remember this day.", ["The whole street will remember "
                                                            "this day."]),
    ("She said: 'It was awful.\nNext.", ["It was awful."]),
    ("She said 'it was awful.\nNext.", []),
    ("She said: 'it was 'awful.\nNext.", []),
    # a mark typed twice, and an opening mark with no space after a full stop
    ("He said “”Some good news, at last,” he said.", ["Some good news, at last,"]),
    ('Nurses said."The boy is sleeping now," she said.', ["The boy is sleeping now,"]),
    ('He said "it is over." Then he left.', ["it is over."]),
    # two single marks typed for each double one
    ("‘‘I was nervous,’’ she says. ‘‘But it’s done.’’", ["I was nervous,", "But it’s done."]),
    # two straight apostrophes closing a straight double mark
    ("\"The ferry is late again,'' said Ana. \"We wait.''", ["The ferry is late again,",
                                                           "We wait."]),
    # two straight apostrophes for each double mark, running over paragraphs the same two
    # reopen, and closed by a double mark
    ("She told the court: ''The road was dark.\n\n''Nobody saw the van.''", [
        "The road was dark.\nNobody saw the van."]),
    ("He said: ''It was over.\n\n''We went home.\"\n\nThe end.", [
        "It was over.\nWe went home."]),
    ("The ferry was ''late again'' on Monday, said Ana.", ["late again"]),
    ("A pilot 5'11'' tall and a ''keen'' sailor.", ["keen"]),
    # words going on after a short "said X." to a closing mark ending the paragraph, their
    # opening mark left out (not a sentence of narration with no closing mark)
    ("“The nets were empty,” said Ana. You hear of it but it’s another thing to see.”\nNext.",
     ["The nets were empty,", "You hear of it but it’s another thing to see."]),
    ('"The nets were empty," Tom Hale said. It was a bad year."', ["The nets were empty,",
                                                                   "It was a bad year."]),
    ("“The nets were empty,” said Ana. Then she went home.\nNext.", ["The nets were empty,"]),
    # an opening curly mark typed where the closing one belongs, after a comma
    ("“We want the ferry back,“ Ana said.", ["We want the ferry back,"]),
    # ... or against a word
    ("Ferries will be “faster and cheaper“ with the deal, Ana said.", ["faster and cheaper"]),
    # a second straight quote opening where the first one's closing mark was left out
    ('"She mended the nets every spring, "She never asked for thanks."',
     ["She mended the nets every spring,", "She never asked for thanks."]),
    # copy cut off inside its last quote, mid-sentence
    ("Ana Berg spoke last.\n\n“When the last boat came in we all knew that",
     ["When the last boat came in we all knew that"]),
    # ... but a quote left open before more text is no quote
    ("“When the last boat came in we all knew that\n\nAna Berg spoke last.", []),
    # a second curly quote opening a sentence where the first one's closing mark was left out
    ("Ana said: “We cannot move yet, but the signs are good. “Costs are down. We wait.” Next.",
     ["We cannot move yet, but the signs are good.", "Costs are down. We wait."]),
    # a quote left open at its paragraph's end, after a closed quote and its attribution
    ('"The nets were empty," she said. "Honestly we doubt they will fill.\n\nShe left.',
     ["The nets were empty,", "Honestly we doubt they will fill."]),
    # ... or after a sentence of narration whose quotes are all closed
    ('She called it "empty" and sighed. "Honestly we doubt they will fill.\n\nShe left.',
     ["empty", "Honestly we doubt they will fill."]),
    # a single quote inside a single quote, the same marks for both
    ("Ana Berg said: 'Sales fell (what the board called 'a soft patch'). We expect more.'",
     ["Sales fell (what the board called 'a soft patch'). We expect more."]),
    # copy whose paragraphs lost their full stops, and with them the closing marks
    ("Ana Berg opened the new harbour on Monday with the whole town looking on\n\n“We "
     "built it together,” she said. “Now I tell every fisher here: the boats come home\n\n"
     "The harbour cost more than the council first planned for it",
     ["We built it together,", "Now I tell every fisher here: the boats come home"]),
])
def test_find_quotes_pairs_marks(text, quotes):
    assert [q.text for q in find_quotes(text)] == quotes


def test_quote_key_folds_case_marks_and_trailing_punctuation():
    assert quote_key("Nothing’s going to change,") == quote_key('nothing\'s going to change.')
    assert quote_key("Nothing is going to change") != quote_key("Something is going to change")


def test_pronoun_of_an_unnamed_speaker_stays_unresolved(nlp):
    text = ("A senior official, speaking on condition of anonymity, said the delegation was "
            "weak, unlike experienced negotiators such as Tomas Lindqvist, whom he described "
            "as “a real professional.”")
    article = _extract(nlp, text)
    assert not [s for s in article.statements if s.kind == "partial"]


def test_portfolios_in_titles_are_not_actors_and_abbreviations_keep_their_dots(nlp):
    text = ("Defense Minister Pavlo Hrytsenkiy met the U.S. Secretary of State in Geneva. "
            "Hrytsenkiy said the U.S. would help.")
    names = {m.name: m.kind for m in _extract(nlp, text).actors}
    assert "Defense" not in names and "State" not in names
    assert names.get("U.S.") == "place"


def test_demonym_tagged_as_place_is_a_group(nlp):
    doc = _with_entities(nlp, "Estonian troops crossed into Narva with Latvian support.",
                         [("Estonian", "GPE"), ("Narva", "GPE"), ("Latvian", "NORP")])
    kinds = _kinds(doc)
    assert kinds == {"Estonian": "group", "Narva": "place", "Latvian": "group"}


STYLES = """"We are ready," said Tom O'Neill, the party leader, "and we will not wait any longer."

Foreign Minister Anna Berg spoke next. She said: 'We will win this argument in the end.'

‘He told me “never” when I asked him,’ she said.

"Is this the end of the road?" asked Ravi Menon, a local farmer. "Nobody can tell us."

“Prices will rise again this winter,” said Deputy Prime Minister Lars Eklund.

Eklund added: “We have no other choice.”
"""


@pytest.mark.parametrize(("words", "kind", "speaker"), [
    ("We are ready,", "direct", "Tom O'Neill"),
    ("and we will not wait any longer.", "direct", "Tom O'Neill"),
    ("We will win this argument", "direct", "Anna Berg"),
    ("He told me “never” when I asked him,", "direct", "Anna Berg"),
    ("Is this the end of the road?", "direct", "Ravi Menon"),
    ("Nobody can tell us.", "direct", "Ravi Menon"),
    ("Prices will rise again", "direct", "Lars Eklund"),
    ("We have no other choice.", "direct", "Lars Eklund"),
])
def test_quote_styles_and_attributions(nlp, words, kind, speaker):
    statement = _statement(_extract(nlp, STYLES), words)
    assert (statement.kind, statement.speaker) == (kind, speaker)
    assert STYLES[statement.start:statement.end] == statement.quote


def test_according_to_an_unnamed_source_has_no_speaker(nlp):
    text = ("“We will rebuild,” said Mara Lindgren, the mayor.\n\n"
            "“The harvest is lost,” according to the ministry, which blamed Oskar Berg.")
    statement = _statement(_extract(nlp, text), "The harvest is lost")
    assert statement.speaker is None and statement.verb == "according to"


def test_he_said_after_play_naming_several_players_is_the_coach_quoted_so_far(nlp):
    # Narration naming several people in passing does not take "he said" from the person
    # quoted throughout; one person just brought in does.
    text = ("Coach Ewan Kerr was in no mood to smile after the defeat.\n\n"
            "“We were too slow at the start,” he said.\n\n"
            "“We gave them two easy tries and that hurt us,” he said.\n\n"
            "The stadium was full and loud all night.\n\n"
            "It was over when winger Tom Vale and centre Rhys Maddox both reached the line.\n\n"
            "It got worse when Callum Pryde stole Liam Orr's pass before half-time.\n\n"
            "“We will be better next week,” he said.\n\n"
            "Nearby, I walked past Idris Kamal's van. He sells hot tea to the crowd. "
            "“Business is good tonight,” he said.")
    article = _extract(nlp, text)
    assert _statement(article, "better next week").speaker == "Ewan Kerr"
    assert _statement(article, "Business is good").speaker == "Idris Kamal"


def test_a_name_after_a_person_noun_is_a_person_whatever_its_tag(nlp):
    text = ("A young shopper at the market, Zarina, came to buy bangles for the holiday. "
            "“Everything here is cheap,” she says.")
    doc = _with_entities(nlp, text, [("Zarina", "GPE")])
    kinds = _kinds(doc)
    assert kinds["Zarina"] == "person"
    statement = _statement(_extract(nlp, text), "Everything here is cheap")
    assert statement.speaker == "Zarina"


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("“It is not true, we do not take money,” the district police commander, Mr. Bram Okoro "
     "has refuted.", "It is not true", "Bram Okoro"),
    ("“Everything is on schedule,” Lena Marsh assured reporters.", "Everything is on schedule",
     "Lena Marsh"),
    # A participle the parser hangs on the name ("X, who called ..., assured ...") is X's.
    ("Special envoy Paul Hartig, who called the talks “useful and frank”, assured on the same "
     "platform that “the sides remain committed to a deal” after a meeting.",
     "the sides remain committed", "Paul Hartig"),
    # a reporting verb with its particle
    ("“Several valleys are still closed to the fire crews,” Interior Minister Carla Velez "
     "pointed out from the coast.", "Several valleys", "Carla Velez"),
    ("“That is simply not true,” Bruno Lasko hit back.", "simply not true", "Bruno Lasko"),
])
def test_less_common_reporting_verbs_find_their_speaker(nlp, text, quote, speaker):
    assert _statement(_extract(nlp, text), quote).speaker == speaker


def test_a_pull_quote_takes_the_speaker_of_the_same_words_below(nlp):
    text = ("No holiday without a new scarf\n\n"
            "“A holiday without a bright scarf is simply incomplete.”\n\n"
            "By Staff Reporter\n\n"
            "For Daniel Mensah, the best stall in the market sells scarves.\n\n"
            "“A holiday without a bright scarf is simply incomplete,” he says proudly.")
    statements = [s for s in _extract(nlp, text).statements if "bright scarf" in s.quote]
    assert [s.speaker for s in statements] == ["Daniel Mensah", "Daniel Mensah"]


def test_a_service_or_a_station_named_like_a_person_is_none(nlp):
    text = ("Witnesses may ring the Vera Night Line on 0800 100 100 or walk into any Vera "
            "Station, such as Pine Lane Vera Station. Officer Anna Brandt said a Vera "
            "spokesman would speak later.")
    doc = _with_entities(nlp, text, [("Vera Night Line", "PERSON"), ("Anna Brandt", "PERSON"),
                                     ("any Vera Station", "PERSON")])
    people = [m.name for m in find_actors(doc, []).mentions if m.kind == "person"]
    assert people == ["Anna Brandt"]


@pytest.mark.parametrize(("text", "labelled", "kinds"), [
    pytest.param("The water left a foot of mud in R.J. Malden's cellar, and U.S. Steel shut a "
                 "mill.", [("R.J. Malden", "ORG"), ("U.S. Steel", "ORG")],
                 {"R.J. Malden": "person", "U.S. Steel": "organization"},
                 id="initials-before-a-surname-make-a-person-though-tagged-a-body"),
    pytest.param("Tarnby resident Ewa Lindqvist left as Cyclone Marit reached the coast.",
                 [("Tarnby", "PERSON"), ("Ewa Lindqvist", "PERSON"),
                  ("Cyclone Marit", "PERSON")],
                 {"Tarnby": "place", "Ewa Lindqvist": "person"},
                 id="a-storm-and-the-place-before-resident-are-no-people"),
    pytest.param("“The roads are gone,” said Marta, waiting by the bus with her sister.",
                 [("Marta", "ORG")], {"Marta": "person"},
                 id="a-given-name-of-one-sex-saying-something-is-a-person"),
    pytest.param("Parisi, a nursing student from the north, said the buses were late.",
                 [("Parisi", "NORP")], {"Parisi": "person"},
                 id="one-word-before-a-person-noun-is-a-person-though-it-reads-as-a-demonym"),
    pytest.param("Dovran, 19, came to the polls with his father.",
                 [("Dovran", "ORG")], {"Dovran": "person"},
                 id="one-word-before-an-age-is-a-person"),
    pytest.param("Kamla Rani Verma opened the shop in May. Later Kamla Rani went home.",
                 [("Kamla Rani Verma", "PERSON"), ("Kamla Rani", "PERSON", "Kamla Rani went")],
                 {"Kamla Rani Verma": "person"},
                 id="a-name-without-its-family-name-is-the-same-person"),
    pytest.param("Tom Reyes, who once starred in the crime series Crumbs, will stand.",
                 [("Tom Reyes", "PERSON"), ("Crumbs", "PERSON")], {"Tom Reyes": "person"},
                 id="a-title-after-a-word-for-a-work-is-no-one"),
    pytest.param("The firm agreed to buy Lumen, said Anna Brandt, an analyst at Varo.",
                 [("Lumen", "PERSON"), ("Anna Brandt", "PERSON"), ("Varo", "PERSON")],
                 {"Lumen": "organization", "Anna Brandt": "person", "Varo": "organization"},
                 id="what-is-bought-and-where-an-analyst-works-are-businesses"),
    pytest.param("Labour’s Ana Ruiz spoke first, and Labour won the seat.",
                 [("Labour", "PERSON", "Labour’s"), ("Ana Ruiz", "PERSON"),
                  ("Labour", "ORG", "Labour won")],
                 {"Labour": "organization", "Ana Ruiz": "person"},
                 id="one-word-owning-a-named-person-is-a-body"),
    pytest.param("Ana Ruiz won the riding of Varnby in 2004. Varnby curves around the lake.",
                 [("Ana Ruiz", "PERSON"), ("Varnby", "GPE", "Varnby in"),
                  ("Varnby", "PERSON", "Varnby curves")],
                 {"Ana Ruiz": "person", "Varnby": "place"},
                 id="a-riding-named-once-after-its-noun-is-a-place-throughout"),
    pytest.param("Walkers meet at Dennis Pit, where Ana Ruiz runs. Her cousin is Liberal MPP Tomas "
                 "Reyes.", [("Dennis Pit", "PERSON"), ("Ana Ruiz", "PERSON"), ("Liberal", "NORP")],
                 {"Dennis Pit": "place", "Ana Ruiz": "person", "Liberal": "group",
                  "Tomas Reyes": "person"},
                 id="a-pit-is-a-place-and-a-provincial-member-a-title"),
    pytest.param("Judge Ana Ruiz jailed her ex-girlfriend Lacy Dorne, whose love of cards was "
                 "known.", [("Ana Ruiz", "PERSON"), ("Lacy Dorne", "FAC")],
                 {"Ana Ruiz": "person", "Lacy Dorne": "person"},
                 id="a-name-after-a-word-only-a-person-is-is-a-person"),
    pytest.param("Ana Ruiz thanked her mother and sister, Maria and Elena Dorne, and the jury. "
                 "Jana, Carla and Anna Varo spoke too.",
                 [("Ana Ruiz", "PERSON"), ("Maria", "PERSON"), ("Elena Dorne", "PERSON"),
                  ("Jana", "PERSON"), ("Carla", "PERSON"), ("Anna Varo", "PERSON")],
                 {"Ana Ruiz": "person", "Maria Dorne": "person", "Elena Dorne": "person",
                  "Jana": "person", "Carla": "person", "Anna Varo": "person"},
                 id="a-given-name-and-a-full-name-share-the-family-name-unless-listed"),
    pytest.param("Becca Vane died in May. Becca’s family sat in the front row.",
                 [("Becca Vane", "PERSON"), ("Becca", "GPE", "Becca’s")], {"Becca Vane": "person"},
                 id="the-given-name-of-one-person-alone-is-that-person"),
    pytest.param("Tries by Tom Kaino and Beaudry Barr sealed the win.",
                 [("Tom Kaino", "PERSON"), ("Beaudry Barr", "PERSON")],
                 {"Tom Kaino": "person", "Beaudry Barr": "person"},
                 id="a-tagged-person-listed-with-one-of-a-known-given-name-is-credible"),
    pytest.param("“We are sorry,” said state Premier Gerry O’Dowd on Friday.",
                 [("Gerry", "PERSON")], {"Gerry O'Dowd": "person"},
                 id="a-name-cut-at-the-apostrophe-of-its-surname-is-whole"),
    pytest.param("Resident Walter Ramos took his grandson to the clinic on Monday.",
                 [], {"Walter Ramos": "person"},
                 id="a-description-opening-a-sentence-is-no-part-of-the-name-after-it"),
    pytest.param("“Our street is gone,” Nadia said on the phone. The paper gives only Nadia’s "
                 "first name because she fears reprisals.",
                 [("Nadia", "ORG", "Nadia said"), ("Nadia", "ORG", "Nadia’s")],
                 {"Nadia": "person"},
                 id="a-name-whose-first-name-is-spoken-of-is-a-person"),
    pytest.param("Lev and his sister Mina run the bakery on the corner. On Sundays Lev and Mina "
                 "bake for the shelter.",
                 [("Lev", "NORP", "Lev and his"), ("Mina", "GPE", "Mina run"),
                  ("Lev", "NORP", "Lev and Mina"), ("Mina", "GPE", "Mina bake")],
                 {"Lev": "person", "Mina": "person"},
                 id="a-given-name-and-his-or-hers-and-one-joined-to-it-are-people"),
    pytest.param("The court heard that Ana Ruiz, a farmer from Co Varn, had no licence.",
                 [("Ana Ruiz", "PERSON"), ("Co Varn", "PERSON")],
                 {"Ana Ruiz": "person", "Co Varn": "place"},
                 id="a-county-written-short-is-a-place"),
    pytest.param("“Dad drove us to the station at dawn,” Tomas Berg said.",
                 [("Dad", "PERSON"), ("Tomas Berg", "PERSON")], {"Tomas Berg": "person"},
                 id="what-a-family-calls-a-parent-is-no-name"),
    pytest.param("The capsule was built by RocketX, and Dana Holt of RocketX spoke.",
                 [("RocketX", "PERSON", "RocketX,"), ("Dana Holt", "PERSON"),
                  ("RocketX", "PERSON", "RocketX spoke")],
                 {"RocketX": "organization", "Dana Holt": "person"},
                 id="one-word-ending-in-a-capital-is-a-brand"),
    pytest.param("Ana Ruiz, who teaches at Varn Tech, won the grant.",
                 [("Ana Ruiz", "PERSON"), ("Varn Tech", "GPE")],
                 {"Ana Ruiz": "person", "Varn Tech": "organization"},
                 id="a-place-name-before-tech-is-a-college"),
    pytest.param("Members of the Varn Alliance met on Friday. Tomas Berg said the vote was a Varn "
                 "idea from the start.",
                 [("Varn Alliance", "ORG"), ("Varn", "PERSON", "Varn idea"),
                  ("Tomas Berg", "PERSON")],
                 {"Varn Alliance": "organization", "Varn": "organization",
                  "Tomas Berg": "person"},
                 id="the-first-word-of-a-body-alone-is-no-person"),
    pytest.param("The choir of Ana Holt, Rose-Ella Varo and Bea Stone sang first.",
                 [("Ana Holt", "PERSON"), ("Rose", "GPE"), ("Ella Varo", "PERSON"),
                  ("Bea Stone", "PERSON")],
                 {"Ana Holt": "person", "Rose-Ella Varo": "person", "Bea Stone": "person"},
                 id="a-given-name-hyphened-to-the-tagged-name-is-part-of-it"),
    pytest.param("Tobi Ekwueme opened the batting. “The pitch was slow,” said Ekwuema.",
                 [("Tobi Ekwueme", "PERSON"), ("Ekwuema", "ORG")], {"Tobi Ekwueme": "person"},
                 id="a-speaking-surname-misspelt-is-the-person-named-in-full"),
    pytest.param("Dario Varo refereed the final. Fans later booed Italian Varo at the station.",
                 [("Dario Varo", "PERSON"), ("Italian Varo", "PERSON")],
                 {"Dario Varo": "person"},
                 id="a-nationality-before-a-surname-is-no-given-name"),
    pytest.param("Lena Varun scored twice against Darby Wanderers. Wanderers had not lost "
                 "since May, and Ashley Athletic lead the table.",
                 [("Lena Varun", "PERSON"), ("Darby Wanderers", "PERSON"),
                  ("Wanderers", "PERSON", "Wanderers had"), ("Ashley Athletic", "PERSON")],
                 {"Lena Varun": "person", "Darby Wanderers": "organization",
                  "Wanderers": "organization", "Ashley Athletic": "organization"},
                 id="a-club-named-by-a-given-name-and-a-club-word-is-no-person"),
    pytest.param("The relay squad of Mary-Jo Tallis, Ruth Osei and Dora Quist finished second.",
                 [("Mary-Jo Tallis", "PERSON"), ("Ruth Osei", "PERSON"), ("Dora Quist", "ORG")],
                 {"Mary-Jo Tallis": "person", "Ruth Osei": "person", "Dora Quist": "person"},
                 id="listed-with-two-people-one-with-a-hyphened-given-name"),
    pytest.param("Christian MPs backed the motion. Later, her fellow Christian Dame Ana Ruiz "
                 "voted for it.",
                 [("Christian MPs", "PERSON"), ("Christian", "NORP", "Christian Dame"),
                  ("Ana Ruiz", "PERSON")],
                 {"Christian MPs": "group", "Christian": "group", "Ana Ruiz": "person"},
                 id="a-party-word-spelt-like-a-given-name-before-members-or-a-name"),
    pytest.param("The motion was opposed by Varn’s Ana Ruiz on Monday and by Norland’s King "
                 "Olaf.",
                 [("Varn’s Ana Ruiz", "PERSON"), ("Norland’s King Olaf", "PERSON")],
                 {"Ana Ruiz": "person", "Olaf": "person"},
                 id="a-party-or-a-place-owning-a-name-is-no-part-of-it"),
    pytest.param("Fiddler Cian Mac An Tallis played the opening reel.",
                 [("Cian Mac", "PERSON")], {"Cian Mac An Tallis": "person"},
                 id="an-irish-surname-with-its-capital-particles"),
    pytest.param("The chess champion Or Levin, unbeaten for a year, declared that he would "
                 "retire. Levin said he wanted to teach.",
                 [("Levin", "PERSON")], {"Or Levin": "person"},
                 id="a-given-name-spelt-like-a-small-word"),
    pytest.param("Buses and trams ran late all week after the storm.",
                 [("Buses", "PERSON")], {},
                 id="a-plural-noun-joined-to-another-opening-a-sentence"),
    pytest.param("Commissioner Marta Von der Halen spoke first.", [("Marta Von", "PERSON")],
                 {"Marta Von der Halen": "person"},
                 id="a-surname-particle-written-with-a-capital"),
    pytest.param("Senior Coroner Ana Ruiz opened the hearing in March.",
                 [("Coroner Ana Ruiz", "PERSON")], {"Ana Ruiz": "person"},
                 id="a-coroner-is-a-role-not-part-of-the-name"),
    pytest.param("Garda said a man in his 30s was arrested, and Cabinet agreed the plan.",
                 [("Garda", "PERSON"), ("Cabinet", "PERSON")],
                 {"Garda": "organization", "Cabinet": "organization"},
                 id="a-body-word-alone-is-no-surname"),
    pytest.param("Carter Lowe analyst Dan Ruiz said the fees looked high.",
                 [("Carter Lowe", "ORG"), ("Dan Ruiz", "PERSON")],
                 {"Carter Lowe": "organization", "Dan Ruiz": "person"},
                 id="a-body-before-a-job-and-a-name-employs-the-person"),
    pytest.param("Varnex Inc posted a loss. Varnex said it would cut jobs.",
                 [("Varnex Inc", "ORG"), ("Varnex", "GPE", "Varnex said")],
                 {"Varnex Inc": "organization", "Varnex": "place"},
                 id="a-body-by-the-first-word-of-its-name-speaking-is-no-surname"),
    pytest.param("Police found Tara Holt and her sons Lev, six, Florence, eight, and Rosa, "
                 "nine, at the farm.",
                 [("Tara Holt", "PERSON"), ("Lev", "PERSON"), ("Florence", "GPE"),
                  ("Rosa", "PERSON")],
                 {"Tara Holt": "person", "Lev": "person", "Florence": "person", "Rosa": "person"},
                 id="given-names-with-ages-written-out-are-people"),
    pytest.param("“Margins are thin,” said Quorvex analyst Dan Ruiz. Quorvex shares fell.",
                 [("Quorvex", "PERSON"), ("Dan Ruiz", "PERSON"),
                  ("Quorvex", "PERSON", "Quorvex shares")],
                 {"Quorvex": "organization", "Dan Ruiz": "person"},
                 id="a-one-word-name-before-a-staff-job-and-a-name-is-the-employer"),
    pytest.param("The Harbin Guild of Bakers (Hgb) closed its shops for a day. Later Hgb "
                 "backed down.",
                 [("Harbin Guild of Bakers", "ORG"), ("Hgb", "PERSON", "Hgb)"),
                  ("Hgb", "PERSON", "Hgb backed")],
                 {"Hgb": "organization"},
                 id="the-initials-of-a-body-written-as-a-word-are-the-body"),
    pytest.param("A ferry of Harbin Sea Lines (Hasel) ran aground.",
                 [("Harbin Sea Lines (Hasel", "ORG")],
                 {"Harbin Sea Lines": "organization"},
                 id="an-open-bracket-is-no-part-of-a-name"),
    pytest.param("The port plan was first reported by the outlet Glasnik, and Ivo Sarin "
                 "denied it.",
                 [("Glasnik", "PERSON"), ("Ivo Sarin", "PERSON")],
                 {"Glasnik": "organization", "Ivo Sarin": "person"},
                 id="a-name-after-outlet-is-a-body"),
    pytest.param("Dorian ISD closed its schools, said Ana Ruiz, the Dorian ISD superintendent.",
                 [("Dorian ISD", "PERSON"), ("Ana Ruiz", "PERSON"),
                  ("Dorian ISD", "PERSON", "Dorian ISD superintendent")],
                 {"Dorian ISD": "organization", "Ana Ruiz": "person"},
                 id="a-name-ending-in-initials-is-a-body"),
    pytest.param("Riders said Varcos failed to stop at the crossing twice. Varco said it would "
                 "look again.",
                 [("Varcos", "PERSON")],
                 {"Varcos": "organization"},
                 id="the-plural-of-a-name-written-alone-elsewhere-is-a-brand"),
    pytest.param("At dawn, 15-year-old Tenzin Varosa was pulled from the rubble.",
                 [("Tenzin Varosa", "ORG")],
                 {"Tenzin Varosa": "person"},
                 id="a-name-after-an-age-is-a-person"),
    pytest.param("“The lane flooded first,” said a man called Tavek, who gave no surname.",
                 [("Tavek", "ORG")],
                 {"Tavek": "person"},
                 id="a-name-after-a-man-called-is-a-person"),
    pytest.param("Marlowby's will shut two bakeries in May. Ana Ruiz runs Marlowby's stores.",
                 [("Marlowby", "PERSON"), ("Ana Ruiz", "PERSON"),
                  ("Marlowby", "PERSON", "Marlowby's stores")],
                 {"Marlowby": "organization", "Ana Ruiz": "person"},
                 id="a-name-with-its-possessive-saying-something-is-a-shop"),
    pytest.param("Ana Ruiz left the Rosa Bann party in May.",
                 [("Ana Ruiz", "PERSON"), ("Rosa Bann", "PERSON")],
                 {"Ana Ruiz": "person", "Rosa Bann": "organization"},
                 id="a-name-before-party-is-a-party"),
    pytest.param("On the ferry vote, Varn Dál’s Tomas Berg sided with the port.",
                 [("Varn Dál’s", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Varn Dál": "organization", "Tomas Berg": "person"},
                 id="a-name-owning-a-person-named-in-full-is-a-body"),
    pytest.param("The ferry bill was tabled by Ana Ruiz and the Minority Whip Tomas Berg.",
                 [("Ana Ruiz", "PERSON"), ("the Minority Whip Tomas Berg", "LAW")],
                 {"Ana Ruiz": "person", "Tomas Berg": "person"},
                 id="a-whip-named-inside-another-entity"),
    pytest.param("Taoiseach Ana Ruiz said she had told Tomas Berg.",
                 [("Taoiseach Ana Ruiz", "ORG"), ("Tomas Berg", "PERSON")],
                 {"Ana Ruiz": "person", "Tomas Berg": "person"},
                 id="a-title-opening-a-body-entity-before-a-name"),
    pytest.param("Ana Ruiz rowed for the Harbin Otters last year, and the Otters’ fans sang.",
                 [("Ana Ruiz", "PERSON"), ("Harbin Otters", "PERSON"),
                  ("Otters", "PERSON", "Otters’ fans")],
                 {"Ana Ruiz": "person", "Harbin Otters": "organization", "Otters": "organization"},
                 id="a-plural-name-with-the-is-a-team"),
    pytest.param("A ferry pilot told Varn News Harbin’s Tomas Berg that the fog came early.",
                 [("Varn News Harbin", "ORG"), ("Tomas Berg", "PERSON")],
                 {"Varn News Harbin": "organization"},
                 id="a-reporter-told-named-with-an-outlet-s-possessive"),
    pytest.param("Ana Ruiz lost the sprint to the Varn Eagle, who won by a wheel.",
                 [("Ana Ruiz", "PERSON"), ("Eagle", "PERSON")],
                 {"Ana Ruiz": "person"},
                 id="one-word-heading-a-phrase-with-the-is-no-surname"),
    pytest.param("But Lenka’s mother, Zelqa, said the wait had been hard on all of them.",
                 [("Lenka", "PERSON"), ("Zelqa", "ORG")], {"Lenka": "person", "Zelqa": "person"},
                 id="a-name-alone-beside-a-kin-word-a-name-owns"),
    pytest.param("Varnet reported on Sunday that Tom Hale had left the port.",
                 [("Varnet", "GPE"), ("Tom Hale", "PERSON")],
                 {"Varnet": "place", "Tom Hale": "person"},
                 id="an-unknown-place-reporting-is-no-surname"),
    pytest.param("Pickle manufacturer Rosa Marten said it may shut two plants. Staff at "
                 "Rosa Marten were told on Monday.",
                 [("Rosa Marten", "PERSON"), ("Rosa Marten", "PERSON", "Rosa Marten were")],
                 {"Rosa Marten": "organization"},
                 id="a-name-after-a-kind-of-body-is-the-body-s"),
    pytest.param("The firm Rosa Marten founded in 2001 makes pickles.",
                 [("Rosa Marten", "PERSON")], {"Rosa Marten": "person"},
                 id="a-name-after-a-kind-of-body-doing-something-to-it-is-a-person"),
    pytest.param("The firm showed its Zorvak scooters on Friday. Zorvak is still a prototype.",
                 [("Zorvak", "PERSON"), ("Zorvak", "PERSON", "Zorvak is")], {},
                 id="a-word-a-thing-owns-is-a-product"),
    pytest.param("Tom Hale drove out to his Varnby farm at dawn.",
                 [("Tom Hale", "PERSON"), ("Varnby", "PERSON")], {"Tom Hale": "person"},
                 id="a-word-a-person-owns-before-a-noun-is-no-one"),
    pytest.param("“The harbour has waited long enough for Marta Quellin,” Tomas Berg said.",
                 [("Tomas Berg", "PERSON")], {"Tomas Berg": "person", "Marta Quellin": "person"},
                 id="an-untagged-name-named-once-as-an-object-opening-on-a-given-name"),
    pytest.param("“The harbour has waited long enough for Varno Quellin,” Tomas Berg said.",
                 [("Tomas Berg", "PERSON")], {"Tomas Berg": "person"},
                 id="an-untagged-name-named-once-as-an-object-and-no-given-name"),
    pytest.param("The second seed will face Tomas Quellin in the final, Marta Berg said.",
                 [("Marta Berg", "PERSON"), ("Tomas Quellin", "GPE")],
                 {"Marta Berg": "person", "Tomas Quellin": "person"},
                 id="a-name-mistagged-once-as-the-object-of-a-verb-done-to-people"),
    pytest.param("The second seed will win Tomas Quellin in the final, Marta Berg said.",
                 [("Marta Berg", "PERSON"), ("Tomas Quellin", "GPE")],
                 {"Marta Berg": "person"},
                 id="a-name-mistagged-once-as-the-object-of-another-verb"),
    pytest.param("Selectors dropped Varno Quellin for the tour, and then they replaced Dravo "
                 "Keln, Marta Berg said.",
                 [("Marta Berg", "PERSON"), ("Varno Quellin", "PERSON"),
                  ("Dravo Keln", "PERSON")],
                 {"Marta Berg": "person", "Dravo Keln": "person"},
                 id="a-name-tagged-a-person-once-as-the-object-of-a-verb-done-to-people"),
    pytest.param("In the north the week of the fair is known as Marta Quellin, Tomas Berg said.",
                 [("Tomas Berg", "PERSON")], {"Tomas Berg": "person"},
                 id="an-untagged-name-after-as-is-a-term"),
    pytest.param("Tomas Berg took a Lena Award for the comedy, and later portrayed the "
                 "smuggler captain Orlo on stage.",
                 [("Tomas Berg", "PERSON"), ("Lena Award", "PERSON"), ("Orlo", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="an-award-and-a-character-played-are-no-people"),
    pytest.param("The pier was rebuilt in 1990 by Orlo, the town's mayor, and Orlo later played "
                 "the harbour band's drummer for a year.",
                 [("Orlo", "PERSON", "Orlo, the"), ("Orlo", "PERSON", "Orlo later")],
                 {"Orlo": "person"},
                 id="a-person-named-twice-who-plays-a-part-is-still-a-person"),
    pytest.param("On Friday the boat was steered by Sophomore Tomas Berg.",
                 [("Sophomore Tomas Berg", "PERSON")], {"Tomas Berg": "person"},
                 id="a-students-year-capitalised-is-no-part-of-the-name"),
    pytest.param("Tomas Berg moved to Yorkshire in 1990.",
                 [("Tomas Berg", "PERSON"), ("Yorkshire", "PERSON")],
                 {"Tomas Berg": "person", "Yorkshire": "place"},
                 id="a-region-no-administrative-list-holds-is-a-place"),
    pytest.param("Rowers lifted their oars, and Varnholm kept its lead all race.",
                 [("Rowers", "PERSON"), ("Varnholm", "PERSON")],
                 {"Rowers": "organization", "Varnholm": "organization"},
                 id="names-going-on-as-their-or-its-are-no-one-person"),
    pytest.param("The Berg government's budget pleased the unions, and the Greens wrote to "
                 "Mr Berg about it.",
                 [("Berg", "NORP", "Berg government"), ("Greens", "NORP"),
                  ("Berg", "NORP", "Berg about")],
                 {"Berg": "person", "Greens": "group"},
                 id="a-surname-after-an-honorific-is-a-person-whatever-its-tag"),
    pytest.param("“I have not slept for two days,” says Adelaide. The flag Adelaide holds is "
                 "her brother's.",
                 [("Adelaide", "GPE", "Adelaide."), ("Adelaide", "GPE", "Adelaide holds")],
                 {"Adelaide": "person"},
                 id="a-place-name-saying-words-in-the-first-person-is-a-person"),
    pytest.param("A pact between Varn Dal and Norra Sel fell apart. Varn Dal then proposed a "
                 "council of Varn Dal, Norra Sel and local groups.",
                 [("Varn Dal", "ORG", "Varn Dal and"), ("Norra Sel", "PERSON", "Norra Sel fell"),
                  ("Varn Dal", "ORG", "Varn Dal then"), ("Varn Dal", "ORG", "Varn Dal,"),
                  ("Norra Sel", "PERSON", "Norra Sel and")],
                 {"Varn Dal": "organization", "Norra Sel": "organization"},
                 id="a-name-joined-to-a-bodys-name-twice-is-a-body"),
    pytest.param("Had the case been heard outside Tarnby, Ivo Lund, the defence lawyer for "
                 "the skipper, believes the result would differ.",
                 [("Tarnby", "GPE"), ("Ivo Lund", "PERSON")],
                 {"Tarnby": "place", "Ivo Lund": "person"},
                 id="a-name-after-a-place-with-a-job-in-apposition-is-a-person"),
    pytest.param("Marta Quellin sold the farm. Her great-uncle Tavka planted the orchard.",
                 [("Marta Quellin", "PERSON"), ("Tavka", "ORG")],
                 {"Marta Quellin": "person", "Tavka": "person"},
                 id="a-name-after-a-kin-word-someone-owns-is-a-person"),
    pytest.param("Growers in Lund blame the Kestwick Administration for the levy. President "
                 "Kestwick set it in March.",
                 [("Kestwick Administration", "ORG"), ("Kestwick", "PERSON", "Kestwick set")],
                 {"Kestwick Administration": "organization", "Kestwick": "person"},
                 id="a-titled-word-that-also-opens-a-body-name-is-a-person"),
    pytest.param("The ferry from Tolvik sails at noon. Pickets stood at Harrowgate station "
                 "in the rain.",
                 [("Harrowgate", "PERSON")], {"Harrowgate": "place"},
                 id="a-name-before-a-place-noun-it-modifies-is-a-place"),
    pytest.param("“We wait,” said Ilse Varnum, deputy Marisol director at a watchdog.",
                 [("Ilse Varnum", "PERSON"), ("Marisol", "LOC")],
                 {"Ilse Varnum": "person", "Marisol": "place"},
                 id="the-field-of-a-job-between-deputy-and-the-job-is-nobody"),
    pytest.param("The suit was brought by the families of Quorra Delmont and others. “It is "
                 "late,” said Ada Fenn, niece to Quorra Delmont.",
                 [("Quorra Delmont", "ORG"), ("Ada Fenn", "PERSON"),
                  ("Quorra Delmont", "ORG", "Quorra Delmont.")],
                 {"Quorra Delmont": "person", "Ada Fenn": "person"},
                 id="a-name-after-a-kin-word-and-of-or-to-is-a-person"),
    pytest.param("The council voted down plans by Kestrin Orrin to close the depot.",
                 [("Kestrin Orrin", "PERSON")], {"Kestrin Orrin": "person"},
                 id="a-person-once-after-by-with-an-unknown-given-name"),
    pytest.param("Envoys prepared a meeting between Presidents Kovar and Dravin in spring.",
                 [("Kovar", "PERSON"), ("Dravin", "GPE")],
                 {"Kovar": "person", "Dravin": "person"},
                 id="a-name-joined-to-one-after-a-title-in-the-plural-is-a-person"),
    pytest.param("The Varn Assembly, the Upper House and Gov. Lena Morrow are at odds. Morrow "
                 "said she would veto the plan.",
                 [("Varn Assembly", "ORG"), ("Upper House", "ORG"), ("Lena Morrow", "PERSON"),
                  ("Morrow", "PERSON", "Morrow said")],
                 {"Varn Assembly": "organization", "Upper House": "organization",
                  "Lena Morrow": "person"},
                 id="a-titled-name-listed-with-bodies-is-a-person"),
    pytest.param("Pupils at Quellan Park Elementary wait for buses. Fewer were moved to Quellan "
                 "than planned, and Quellan lost staff.",
                 [("Quellan Park Elementary", "PERSON"), ("Quellan", "PERSON", "Quellan than"),
                  ("Quellan", "PERSON", "Quellan lost")],
                 {"Quellan Park Elementary": "organization", "Quellan": "organization"},
                 id="the-word-opening-a-schools-name-is-the-school"),
    pytest.param("The cancelled Preston LRT line still divides the city. Preston Mayor Ilse "
                 "Marr says the cost was never shown.",
                 [("Preston LRT", "PERSON"), ("Preston", "PERSON", "Preston Mayor"),
                  ("Ilse Marr", "PERSON")],
                 {"Preston LRT": "organization", "Preston": "place", "Ilse Marr": "person"},
                 id="a-name-ending-in-initials-is-no-persons-full-name"),
    pytest.param("Buses to Preston stop in April. Routes through Preston Heath, Oakmere and "
                 "Preston Castle will be cut.",
                 [("Preston", "GPE"), ("Preston Heath", "GPE"), ("Oakmere", "PERSON"),
                  ("Preston Castle", "GPE")],
                 {"Preston": "place", "Preston Heath": "place", "Oakmere": "place",
                  "Preston Castle": "place"},
                 id="a-town-named-after-a-town-of-the-article-is-no-person"),
    pytest.param("The Jack Rabbit driver was pushed wide on the first lap, and Jack Rabbit boss "
                 "Ilse Marr protested.",
                 [("Jack Rabbit", "ORG"), ("Jack Rabbit", "ORG", "Jack Rabbit boss"),
                  ("Ilse Marr", "PERSON")],
                 {"Jack Rabbit": "organization", "Ilse Marr": "person"},
                 id="a-name-between-the-and-a-word-for-a-person-is-a-team"),
    pytest.param("In the final, Ilse Marr lost to Sam Orrin 2-6, 7-5, 6-3 after an hour.",
                 [("Ilse Marr", "PERSON"), ("Sam Orrin 2-6", "PERSON")],
                 {"Ilse Marr": "person", "Sam Orrin": "person"},
                 id="a-score-after-a-name-is-no-part-of-it"),
    pytest.param("In the last Test they had dropped Dravo Kestrin and Oskeno Varrow early.",
                 [("Dravo Kestrin", "PERSON"), ("Oskeno Varrow", "PERSON")],
                 {"Dravo Kestrin": "person", "Oskeno Varrow": "person"},
                 id="people-tagged-once-in-a-list-with-unknown-given-names"),
    pytest.param("The champion began with a straight-sets win over Oskeno Varrow on Monday.",
                 [("Oskeno Varrow", "PERSON")], {"Oskeno Varrow": "person"},
                 id="a-person-tagged-once-after-over"),
    pytest.param("Catching was an area where the side fell short all summer, said coach Ilse "
                 "Marr.",
                 [("Catching", "PERSON"), ("Ilse Marr", "PERSON")], {"Ilse Marr": "person"},
                 id="a-verb-in-ing-opening-a-sentence-is-no-name"),
    pytest.param("The referee booked Ilse Marr, though replays showed it was teammate Apia "
                 "Kestrin who had fouled.",
                 [("Ilse Marr", "PERSON"), ("Apia Kestrin", "PERSON")],
                 {"Ilse Marr": "person", "Apia Kestrin": "person"},
                 id="a-teammate-named-is-a-person"),
    pytest.param("Talks ran late. Varnian secretary of state Ilse Marr left at dawn.",
                 [("Varnian", "NORP"), ("Ilse Marr", "PERSON")],
                 {"Varnian": "group", "Ilse Marr": "person"},
                 id="a-name-after-secretary-of-state-is-a-person"),
    pytest.param("Her parents talk exclusively with Ilse Marr about the ruling, Tomas Berg said.",
                 [("Ilse Marr", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="the-one-people-speak-exclusively-with-is-the-outlet-s-interviewer"),
    pytest.param("Shoppers queued inside the Korvessa store all day. Korvessa stays open late, "
                 "Tomas Berg said.",
                 [("Korvessa", "PERSON", "Korvessa store"),
                  ("Korvessa", "PERSON", "Korvessa stays"), ("Tomas Berg", "PERSON")],
                 {"Korvessa": "organization", "Tomas Berg": "person"},
                 id="a-name-between-an-article-and-a-word-for-a-shop-is-a-business"),
    pytest.param("The gig took place during Korvid, Tomas Berg said.",
                 [("Korvid", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="a-name-only-after-during-is-a-time-or-an-event"),
    pytest.param("The case recalled that of former Carolina Gov. Tomas Berg, who lost his seat.",
                 [("Carolina", "GPE"), ("Tomas Berg", "PERSON")],
                 {"Carolina": "place", "Tomas Berg": "person"},
                 id="a-name-between-former-and-a-title-is-the-office-s-place"),
    pytest.param("Opening the debate, Emeka Dorne, MP, asked why no minister had come.",
                 [("Emeka Dorne", "ORG"), ("MP", "ORG")],
                 {"Emeka Dorne": "person"},
                 id="a-speaker-named-by-a-given-name-only-the-world-list-knows"),
    pytest.param("Shares in Emeka Dorne rose after the results.",
                 [("Emeka Dorne", "ORG")],
                 {"Emeka Dorne": "organization"},
                 id="a-world-list-given-name-alone-makes-no-person-of-a-body"),
    pytest.param("“He has been injured and he has had Covid,” the coach said of Tomas Berg.",
                 [("Covid", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="an-illness-capitalised-like-a-name-is-no-one"),
    pytest.param("Photographs released by the ministry showed Tomas Berg at the table.",
                 [("Photographs", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="a-plural-noun-opening-a-sentence-is-no-one"),
    pytest.param("The crash happened where Elm and Marta Avenues meet, Tomas Berg said.",
                 [("Marta Avenues", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Marta Avenues": "place", "Tomas Berg": "person"},
                 id="two-streets-named-at-once-are-a-place"),
    pytest.param("Repairs go on in Varnby\n\nMany households have moved in with relatives "
                 "living in other areas of Varnby, said Ilse Marr.",
                 [("Varnby", "GPE"), ("Varnby", "PERSON", "Varnby, said"), ("Ilse Marr", "PERSON")],
                 {"Varnby": "place", "Ilse Marr": "person"},
                 id="a-name-after-areas-of-is-a-place"),
    pytest.param("Lieutenant-Colonel Piet-Jan Dobbe Varo, military prosecutor for the region, "
                 "told reporters the guards would be charged.",
                 [("Piet-Jan", "PERSON"), ("Dobbe Varo", "PERSON")],
                 {"Piet-Jan Dobbe Varo": "person"},
                 id="a-hyphened-given-name-tagged-apart-from-the-rest"),
    pytest.param("Medics held in DR Varnia\n\nThe head of the clinic in DR Varnia, Ilse Marr, "
                 "told reporters the staff were safe.",
                 [("Varnia", "GPE"), ("Varnia", "GPE", "Varnia, Ilse"), ("Ilse Marr", "PERSON")],
                 {"Varnia": "place", "Ilse Marr": "person"},
                 id="initials-in-capitals-before-a-country-are-no-honorific"),
    pytest.param("Tomas Berg spoke in Harbin. In a brief talk with the press at the Varn "
                 "Mission, Berg noted that the plan was sound.",
                 [("Tomas Berg", "PERSON"), ("Varn Mission, Berg", "FAC")],
                 {"Tomas Berg": "person", "Varn Mission": "place"},
                 id="a-subject-after-a-comma-is-no-part-of-the-entity-before"),
    pytest.param("“Where will the cash come from?” asked Ilse Marr, an analyst covering Varco "
                 "for Tomas C. Berg.",
                 [("Ilse Marr", "PERSON"), ("Varco", "ORG"), ("Tomas C. Berg", "PERSON")],
                 {"Ilse Marr": "person", "Varco": "organization",
                  "Tomas C. Berg": "organization"},
                 id="the-firm-an-analyst-covers-a-company-for"),
    pytest.param("Varco faces a walkout. Varco says it does not plan to shut any branch. A "
                 "union official said Varco has refused any raise, a stance which he said "
                 "ignores rising rents.",
                 [("Varco", "PERSON"), ("Varco", "ORG", "Varco says"),
                  ("Varco", "ORG", "Varco has")],
                 {"Varco": "organization"},
                 id="a-name-the-article-calls-it-is-no-one"),
    pytest.param("Tomas Berg, who chairs the group, lost daughters Ilse and Adelaide in the "
                 "crush.",
                 [("Tomas Berg", "PERSON"), ("Ilse", "PERSON"), ("Adelaide", "GPE")],
                 {"Tomas Berg": "person", "Ilse": "person", "Adelaide": "person"},
                 id="a-place-name-named-as-kin-beside-a-given-name"),
    pytest.param("Worshippers gathered at the Ana Varbek mosque. The raids on the Ana Varbek "
                 "and Orlby mosques led to new laws, said Tomas Berg.",
                 [("Ana Varbek", "FAC"), ("Ana Varbek", "FAC", "Ana Varbek and"),
                  ("Tomas Berg", "PERSON")],
                 {"Ana Varbek": "place", "Tomas Berg": "person"},
                 id="a-name-qualifying-a-building-noun-is-the-building"),
    pytest.param("Relatives stood around the grave of eight-year-old Tomas Berg.\n\n“He was "
                 "the happiest boy in the street,” said his godmother, Ilse. “Everyone knew him.”",
                 [("Tomas Berg", "PERSON"), ("Ilse", "GPE")],
                 {"Tomas Berg": "person", "Ilse": "person"},
                 id="a-name-after-his-godmother"),
    pytest.param("Mayor Ilse Vorkul said the storm had done more harm than any before it.",
                 [("Ilse", "PERSON")],
                 {"Ilse Vorkul": "person"},
                 id="a-surname-the-tagger-left-out-after-a-given-name"),
    pytest.param("Tomas Berg has softened his stance on a coalition with the greens, reports "
                 "Varnpost.at.",
                 [("Tomas Berg", "PERSON"), ("Varnpost.at", "PERSON")],
                 {"Tomas Berg": "person", "Varnpost.at": "organization"},
                 id="a-web-address-is-a-body"),
    pytest.param("The governor of Varn state, Ilse Marr, told the assembly the damage was vast.",
                 [("Varn", "GPE"), ("Ilse Marr", "PERSON")],
                 {"Varn": "place", "Ilse Marr": "person"},
                 id="a-name-after-the-governor-of-a-state-is-the-governor-s"),
    pytest.param("Ilse Marr won best actress for her performance in Orlo Vane, the film "
                 "about the inventor.",
                 [("Ilse Marr", "PERSON"), ("Orlo Vane", "PERSON")],
                 {"Ilse Marr": "person"},
                 id="the-film-a-performance-is-in-is-no-one"),
    pytest.param("Backstage: Tomas Berg On Fame, Ilse Marr On Touring\n\nThe night's winners "
                 "spoke to us.",
                 [("Tomas Berg", "PERSON"), ("Ilse Marr", "PERSON")],
                 {"Tomas Berg": "person", "Ilse Marr": "person"},
                 id="a-full-name-the-tagger-found-in-a-title-cased-headline"),
    pytest.param("Tomas Berg scored until Ilse Marr crossed from the left.",
                 [("Tomas Berg", "PERSON"), ("Ilse Marr crossed", "GPE")],
                 {"Tomas Berg": "person", "Ilse Marr": "person"},
                 id="a-verb-the-tagger-took-into-a-name-is-none-of-it"),
    pytest.param("Stationed near Orlo since March, the medics say they treat more burns. "
                 "Ilse Marr runs the clinic.",
                 [("Stationed", "PERSON"), ("Orlo", "GPE"), ("Ilse Marr", "PERSON")],
                 {"Orlo": "place", "Ilse Marr": "person"},
                 id="a-participle-opening-a-sentence-is-no-one"),
    pytest.param("Orvan Crane lost the ball under the crane.\n\n“It wasn't just Crane,” the "
                 "coach said.",
                 [("Orvan Crane", "PERSON"), ("Crane", "PERSON", "Crane,")],
                 {"Orvan Crane": "person"},
                 id="a-surname-written-in-lower-case-too-and-tagged-alone"),
    pytest.param("ORLBY - Tomas Berg, who leads the race for governor, opened his tour here.\n\n"
                 "Berg spoke for an hour.",
                 [("ORLBY - Tomas Berg", "ORG"), ("Berg", "ORG", "Berg spoke")],
                 {"Tomas Berg": "person"},
                 id="the-place-of-a-dateline-is-no-part-of-the-name-after-it"),
    pytest.param("Rep. Orvan Dobbe (R-Va.) learnt of the support of former President "
                 "Tavek when he checked his phone.\n\n“A message came in: ‘You have my "
                 "backing,’” Dobbe told the Post.\n\nThe new member was pleased, if not "
                 "surprised. He has long backed Tavek and gets on well with him.\n\nHopefuls "
                 "in close primaries have worked hard for Tavek’s support, and most who win it "
                 "go on to be nominated.",
                 [("Orvan Dobbe", "PERSON"), ("Tavek", "PERSON", "Tavek when"), ("Post", "ORG"),
                  ("Tavek", "ORG", "Tavek and"), ("Tavek", "ORG", "Tavek’s support")],
                 {"Orvan Dobbe": "person", "Tavek": "person", "Post": "organization"},
                 id="a-word-once-titled-a-person-names-that-person-throughout"),
    pytest.param("The plan is for 40 homes west of Dobbe Close, reached via Dobbe Close. Ilse "
                 "Close, who lives nearby, objected.",
                 [("Dobbe Close", "PERSON"), ("Dobbe Close", "PERSON", "Dobbe Close."),
                  ("Ilse Close", "PERSON")],
                 {"Dobbe Close": "place", "Ilse Close": "person"},
                 id="a-street-named-like-a-person"),
    pytest.param("Tomas Orlo actress Ilse Marr has won praise for her turn as a ferry pilot.",
                 [("Tomas Orlo", "PERSON"), ("Ilse Marr", "PERSON")],
                 {"Tomas Orlo": "organization", "Ilse Marr": "person"},
                 id="the-work-before-a-performer-s-job-is-no-one"),
    pytest.param("Tomas Berg found fame in the comedy series Orlovia.\n\nOrlovia ran for nine "
                 "years, and Ilse Marr paid tribute to him.",
                 [("Tomas Berg", "PERSON"), ("Orlovia", "PERSON"),
                  ("Orlovia", "PERSON", "Orlovia ran"), ("Ilse Marr", "PERSON")],
                 {"Tomas Berg": "person", "Ilse Marr": "person"},
                 id="a-series-named-once-after-its-noun-is-no-one-anywhere"),
    pytest.param("“We failed,” Tomas Berg told Regina Varn radio on Monday.",
                 [("Tomas Berg", "PERSON"), ("Regina Varn", "ORG")],
                 {"Tomas Berg": "person", "Regina Varn": "organization"},
                 id="a-name-qualifying-an-outlet-noun-is-the-outlet"),
    pytest.param("In 1911 thieves took Tomas Berg’s Ana Vane from the museum. Today the Ana "
                 "Vane hangs behind thick glass.",
                 [("Tomas Berg", "PERSON"), ("Ana Vane", "PERSON"),
                  ("Ana Vane", "WORK_OF_ART", "Ana Vane hangs")],
                 {"Tomas Berg": "person"},
                 id="a-painting-named-like-a-person-and-its-painter"),
    pytest.param("Ilse Marr praised the film’s Orla nomination on Tuesday.\n\nThe Orlas will be "
                 "handed out in March.",
                 [("Orla", "PERSON"), ("Ilse Marr", "PERSON"), ("Orlas", "ORG")],
                 {"Ilse Marr": "person", "Orlas": "organization"},
                 id="an-award-named-like-a-person-beside-its-plural"),
    pytest.param("“We came three times,” Ilse, a programmer with twin boys, told reporters.",
                 [("Ilse", "ORG")],
                 {"Ilse": "person"},
                 id="a-name-in-apposition-to-a-job"),
    pytest.param("Ivo Ruiz, chief of Varnol, the state gas firm of Norland, confirmed the "
                 "deal.\n\nAccording to Varnol, exports fell by half last year.",
                 [("Ivo Ruiz", "PERSON"), ("Varnol", "GPE"), ("Norland", "GPE"),
                  ("Varnol", "GPE", "Varnol, exports")],
                 {"Ivo Ruiz": "person", "Norland": "place", "Varnol": "place"},
                 id="a-body-set-beside-its-kind-does-not-turn-a-person-where-it-speaks"),
    pytest.param("Analysts were split. Dobbe Hale’s Tomas Berg kept his buy rating on the "
                 "shares.",
                 [("Dobbe Hale’s Tomas Berg", "ORG")],
                 {"Dobbe Hale": "organization", "Tomas Berg": "person"},
                 id="a-firm-owning-a-person-s-name-tagged-with-it-is-the-employer"),
    pytest.param("The General Varco Co. plant will close next year, Ilse Marr said.",
                 [("General Varco Co.", "ORG"), ("Ilse Marr", "PERSON")],
                 {"General Varco Co": "organization", "Ilse Marr": "person"},
                 id="a-company-ending-in-co-is-no-one"),
    pytest.param("Workers at Premier Coal Mine were told on Monday that the coal mine would "
                 "cut staff, Ilse Marr said.",
                 [("Ilse Marr", "PERSON")],
                 {"Ilse Marr": "person"},
                 id="common-words-after-a-title-are-no-one-s-name"),
    pytest.param("“Will it ever be paid off?” Shadow Treasurer Tomas Dobbe asked.",
                 [("Treasurer Tomas", "PERSON")],
                 {"Tomas Dobbe": "person"},
                 id="a-title-and-given-name-tagged-without-the-surname"),
    pytest.param("“Will baby Regina live to see the loan repaid?” Tomas Dobbe asked.",
                 [("Regina", "GPE"), ("Tomas Dobbe", "PERSON")],
                 {"Regina": "person", "Tomas Dobbe": "person"},
                 id="a-place-s-name-after-a-word-for-a-person"),
    pytest.param("Former leader and Harbin North MP Tomas Dobbe called on his successor to quit.",
                 [("Harbin North MP Tomas Dobbe", "ORG")],
                 {"Harbin North": "place", "Tomas Dobbe": "person"},
                 id="a-member-of-parliament-after-the-seat-tagged-with-it"),
    pytest.param("Premier Timber to shed staff\n\nThe mill near Harbin blamed falling timber "
                 "prices for the cuts, Ilse Marr said.",
                 [("Premier Timber", "PERSON"), ("Harbin", "GPE"), ("Ilse Marr", "PERSON")],
                 {"Harbin": "place", "Ilse Marr": "person"},
                 id="a-word-after-a-title-written-in-lower-case-elsewhere-is-no-one"),
    pytest.param("President Varco met Ilse Marr in Harbin.\n\nVarco praised Marr’s plan and "
                 "stressed its worth for the region.",
                 [("Varco", "PERSON"), ("Ilse Marr", "PERSON"), ("Harbin", "GPE"),
                  ("Varco", "PERSON", "Varco praised"), ("Marr", "PERSON", "Marr’s plan")],
                 {"Varco": "person", "Ilse Marr": "person", "Harbin": "place"},
                 id="a-titled-name-is-no-team-though-an-its-follows-it"),
    pytest.param("Wickets fell to Tomas Berg (2/19), Ivo Orlov (2/20) and Kim Dobbe (2/15).",
                 [("Tomas Berg", "PERSON"), ("Ivo Orlov", "PERSON"), ("Kim Dobbe", "ORG")],
                 {"Tomas Berg": "person", "Ivo Orlov": "person", "Kim Dobbe": "person"},
                 id="a-name-listed-with-people-the-tagger-calls-a-body"),
    pytest.param("Tomas Berg was named Player of the Match after taking four wickets.",
                 [("Tomas Berg", "PERSON"), ("Player", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="an-honour-named-with-a-role-word-is-no-one"),
    pytest.param("Ivo Orlov lost the final in Harbin. Tomas Berg beat Orlov 2-6, 6-4, 7-5.",
                 [("Ivo Orlov", "PERSON"), ("Harbin", "GPE"), ("Tomas Berg", "PERSON"),
                  ("Orlov 2-6", "PERSON")],
                 {"Ivo Orlov": "person", "Harbin": "place", "Tomas Berg": "person"},
                 id="a-score-run-into-a-name"),
    pytest.param("Ilse Marr won her first Grand Slam title in Harbin.",
                 [("Ilse Marr", "PERSON"), ("Grand Slam", "PERSON"), ("Harbin", "GPE")],
                 {"Ilse Marr": "person", "Harbin": "place"},
                 id="a-grand-slam-is-no-one"),
    pytest.param("Tomas Berg sits for Ward No. 14 on the Harbin council.",
                 [("Tomas Berg", "PERSON"), ("Harbin", "GPE")],
                 {"Tomas Berg": "person", "Harbin": "place"},
                 id="a-numbered-ward-is-no-one"),
    pytest.param("Another Varn dweller Harbin Orlo said the spraying had helped.",
                 [("Varn", "GPE"), ("Harbin Orlo", "PERSON")],
                 {"Varn": "place", "Harbin Orlo": "person"},
                 id="a-name-after-a-word-for-who-lives-where"),
    pytest.param("There, some Varn Islanders were moved after the tests, Tomas Berg said.",
                 [("Varn Islanders", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Varn Islanders": "group", "Tomas Berg": "person"},
                 id="the-people-of-an-island"),
    pytest.param("Summing up, Orlo Varco SC for the Crown told jurors the accused had lied. "
                 "Mr Varco told the jury so twice.",
                 [("Orlo Varco SC", "ORG"), ("Varco", "PERSON", "Varco told")],
                 {"Orlo Varco": "person"},
                 id="counsel-s-letters-after-the-name"),
    pytest.param("Detective Garda Tomas Berg was shot in Harbin. He served with An Coimisiun "
                 "Varn that night.",
                 [("Garda Tomas Berg", "PERSON"), ("Harbin", "GPE"),
                  ("Coimisiun Varn", "PERSON")],
                 {"Tomas Berg": "person", "Harbin": "place", "Coimisiun Varn": "organization"},
                 id="an-irish-police-rank-and-a-body-after-the-irish-article"),
    pytest.param("Ana Dobbe-Varco, 29, was charged on Friday. Police took Dobbe-Varco into "
                 "custody in Harbin.",
                 [("Ana Dobbe-Varco", "PERSON"), ("Dobbe", "GPE", "Dobbe-Varco into"),
                  ("Varco", "PERSON", "Varco into"), ("Harbin", "GPE")],
                 {"Ana Dobbe-Varco": "person", "Harbin": "place"},
                 id="a-double-surname-tagged-in-two-halves"),
    pytest.param("“It is only the start,” said another worker identified at the rally as "
                 "Tomas.",
                 [("Tomas", "PERSON")],
                 {"Tomas": "person"},
                 id="a-first-name-someone-is-identified-as"),
    pytest.param("Back were State Senators Tomas Berg, Ilse Marr and Ivo Orlov.",
                 [("State Senators Tomas Berg", "ORG"), ("Ilse Marr", "PERSON"),
                  ("Ivo Orlov", "PERSON")],
                 {"Tomas Berg": "person", "Ilse Marr": "person", "Ivo Orlov": "person"},
                 id="a-name-after-plural-titles-tagged-a-body"),
    pytest.param("The vote could hurt Senate Majority Leader Ilse Marr, R-Ky., who has been "
                 "hoping for it.",
                 [("Senate", "ORG"), ("Ilse Marr", "PERSON"), ("Ky.", "GPE")],
                 {"Senate": "organization", "Ilse Marr": "person"},
                 id="a-party-and-a-state-after-a-name"),
    pytest.param("He was an aide to Speaker Ivo “Tavo” Varco.",
                 [("Ivo", "PERSON")],
                 {"Ivo “Tavo” Varco": "person"},
                 id="a-nickname-between-a-given-name-and-a-surname"),
    pytest.param("Ivo, who is studying law, has lost four lectures.",
                 [],
                 {"Ivo": "person"},
                 id="a-first-name-followed-by-who"),
    pytest.param("“Listen to this Tomas Berg.”",
                 [("Tomas Berg", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="a-person-addressed-after-this"),
    pytest.param("The swimmers were careful, with Kiwi Ilse Marr, the silver medallist.",
                 [("Kiwi Ilse Marr", "PERSON")],
                 {"Ilse Marr": "person"},
                 id="an-informal-word-for-a-people-before-a-name"),
    pytest.param("Tomas Berg, who was made Welsh captain aged 22, led Harbin to the title.",
                 [("Tomas Berg", "PERSON"), ("Welsh", "PERSON"), ("Harbin", "GPE")],
                 {"Tomas Berg": "person", "Welsh": "group", "Harbin": "place"},
                 id="a-people-tagged-a-person"),
    pytest.param("Overruling Varn Dal’s motion, the council passed its own. Varn Dal had "
                 "tabled it on Friday.",
                 [("Overruling Varn Dal", "PERSON"), ("Varn Dal", "NORP", "Varn Dal had")],
                 {"Varn Dal": "group"},
                 id="a-participle-glued-to-a-party-tagged-a-person-and-a-party"),
    pytest.param("Thanking Ilse Marr for her work, the mayor left.",
                 [("Thanking Ilse Marr", "PERSON")],
                 {"Ilse Marr": "person"},
                 id="a-participle-glued-to-a-name"),
    pytest.param("The Harbin National Red Cross said 20 people died. The Red Cross’ own count "
                 "was 14.",
                 [("Harbin National Red Cross", "ORG"), ("Red Cross", "ORG", "Red Cross’")],
                 {"Harbin National Red Cross": "organization", "Red Cross": "organization"},
                 id="the-end-of-a-body-s-longer-name"),
    pytest.param("“It could have been any street,” Capt. Ivo Orlov told residents who met at "
                 "Dobbe's on Main Street.",
                 [("Ivo Orlov", "PERSON"), ("Dobbe", "PERSON"), ("Main Street", "FAC")],
                 {"Ivo Orlov": "person", "Dobbe": "organization", "Main Street": "place"},
                 id="a-place-one-goes-to-by-its-owner-s-name"),
    pytest.param("Trustee Ilse Varco asked to speak.\n\nTrustees Varco, Ana Ruiz and Tomas Berg "
                 "left the dais.",
                 [("Ilse Varco", "PERSON"), ("Trustees Varco", "PERSON"), ("Ana Ruiz", "PERSON"),
                  ("Tomas Berg", "PERSON")],
                 {"Ilse Varco": "person", "Ana Ruiz": "person", "Tomas Berg": "person"},
                 id="a-plural-title-before-several-names"),
    pytest.param("Youth activist Tharzin Orvan Yi told the paper by phone: \"It is horrific.\"",
                 [("Orvan Yi", "PERSON")],
                 {"Tharzin Orvan Yi": "person"},
                 id="a-word-between-a-description-and-a-name-tagged-without-it"),
    pytest.param("\"I heard so much firing,\" protester Hlaw Myat Orvan Tun, 23, said.",
                 [("Hlaw Myat Orvan Tun", "ORG")],
                 {"Hlaw Myat Orvan Tun": "person"},
                 id="a-name-of-four-words-with-an-age-tagged-a-body"),
    pytest.param("Families of those who died in two Varnair 797 Max crashes came to the hearing.",
                 [("Varnair", "ORG"), ("Max", "PERSON")],
                 {"Varnair": "organization"},
                 id="a-models-name-after-its-number"),
    pytest.param("Pickets will move on to Orlo, Dobbe Bros and Varco Platforms next week.",
                 [("Orlo", "ORG"), ("Dobbe Bros", "PERSON"), ("Varco Platforms", "PERSON")],
                 {"Orlo": "organization", "Dobbe Bros": "organization",
                  "Varco Platforms": "organization"},
                 id="a-firm-of-brothers-and-a-firm-of-platforms"),
    pytest.param("Former Varnjet pilot Tomas Berg was convicted of the theft.",
                 [("Varnjet", "PERSON"), ("Tomas Berg", "PERSON")],
                 {"Varnjet": "organization", "Tomas Berg": "person"},
                 id="a-firm-before-a-job-only-a-firm-gives"),
    pytest.param("Tomas Berg started at lock [with Ben-Ivo Varn on the bench].",
                 [("Tomas Berg", "PERSON"), ("Ben-Ivo Varn", "PERSON")],
                 {"Tomas Berg": "person", "Ben-Ivo Varn": "person"},
                 id="two-given-names-joined-by-a-hyphen"),
    pytest.param("Ana-Lia du Varn started at lock.",
                 [("Ana-Lia", "PERSON"), ("Varn", "GPE")],
                 {"Ana-Lia du Varn": "person"},
                 id="a-particle-and-surname-left-out-after-a-hyphened-given-name"),
    pytest.param("Tomas Berg believes Brit can win a medal in Orlo.",
                 [("Tomas Berg", "PERSON"), ("Brit", "PERSON"), ("Orlo", "GPE")],
                 {"Tomas Berg": "person", "Brit": "group", "Orlo": "place"},
                 id="an-informal-word-for-one-of-a-people-alone"),
    pytest.param("Friends of Deputy Mayor Tavek Varn sang. The council voted to dismiss Tavek "
                 "Varn from the board.",
                 [("Tavek Varn", "PERSON"), ("Tavek Varn", "ORG", "Tavek Varn from")],
                 {"Tavek Varn": "person"},
                 id="a-name-tagged-a-body-once-with-a-title-before-it-elsewhere"),
    pytest.param("The keys passed between Tavek Dunne and Tomas Berg at the palace.",
                 [("Tavek Dunne", "ORG"), ("Tomas Berg", "PERSON")],
                 {"Tavek Dunne": "person", "Tomas Berg": "person"},
                 id="a-name-tagged-a-body-joined-to-a-persons-only"),
    pytest.param("Officials met Orlo, his deputy, Oslo Dunne, and the mayor.",
                 [("Orlo", "PERSON"), ("Oslo Dunne", "ORG")],
                 {"Orlo": "person", "Oslo Dunne": "person"},
                 id="a-name-opening-on-a-place-after-his-deputy"),
    pytest.param("Ana Ruiz was hurt. Her daughter Mina -- Ana's only child -- is safe.",
                 [("Ana Ruiz", "PERSON"), ("Mina -- Ana", "PERSON")],
                 {"Ana Ruiz": "person", "Mina": "person"},
                 id="two-names-either-side-of-a-double-dash"),
    pytest.param("Ana Ruiz taught Tomas. Tomas was a fine student. According to Ruiz, Tomas's "
                 "father was a sailor.",
                 [("Ana Ruiz", "PERSON"), ("Tomas", "PERSON"), ("Tomas", "PERSON", "Tomas was"),
                  ("Ruiz, Tomas", "ORG")],
                 {"Ana Ruiz": "person", "Tomas": "person"},
                 id="two-names-either-side-of-a-comma"),
    pytest.param("The county board has named Oslo, Bergen, Dunmere, Tavek, Narvik, and Molde "
                 "as flood zones.",
                 [("Oslo", "GPE"), ("Bergen", "GPE"), ("Dunmere", "PERSON"), ("Tavek", "PERSON"),
                  ("Narvik", "GPE"), ("Molde", "GPE")],
                 {"Oslo": "place", "Bergen": "place", "Dunmere": "place", "Tavek": "place",
                  "Narvik": "place", "Molde": "place"},
                 id="one-word-names-listed-among-more-places"),
    pytest.param("Cora Power CEO Ana Ruiz said the cables were fixed.",
                 [("Cora Power", "PERSON"), ("Ana Ruiz", "PERSON")],
                 {"Cora Power": "organization", "Ana Ruiz": "person"},
                 id="a-name-before-a-chiefs-letters-and-a-person"),
    pytest.param("“My seven-year-old, Tavek, got out because the guides carried him,” she "
                 "said.",
                 [("Tavek", "GPE")],
                 {"Tavek": "person"},
                 id="a-name-after-a-childs-age"),
    pytest.param("Ana Ruiz sang at The Cora Regent in Orlo.",
                 [("Ana Ruiz", "PERSON"), ("The Cora Regent", "FAC"), ("Orlo", "GPE")],
                 {"Ana Ruiz": "person", "Cora Regent": "place", "Orlo": "place"},
                 id="a-name-the-tagger-read-with-its-article"),
    pytest.param("Ana Ruiz won her first Silver Harp on Sunday.",
                 [("Ana Ruiz", "PERSON"), ("Silver Harp", "PERSON")],
                 {"Ana Ruiz": "person"},
                 id="a-name-after-a-word-that-counts-it"),
    pytest.param("Mayor Tomas Berg said GridWorks must do better. \"We expect GridWorks to be "
                 "ready,\" he said. GridWorks says there is nothing to review.",
                 [("Tomas Berg", "PERSON"), ("GridWorks", "PERSON", "GridWorks must"),
                  ("GridWorks", "PERSON", "GridWorks to"), ("GridWorks", "ORG", "GridWorks says")],
                 {"Tomas Berg": "person", "GridWorks": "organization"},
                 id="a-word-joined-to-a-capitalised-word"),
    pytest.param("Ana Ruiz led the convoy on a lap of Vera St before it left for Orlo.",
                 [("Ana Ruiz", "PERSON"), ("Vera St", "PERSON"), ("Orlo", "GPE")],
                 {"Ana Ruiz": "person", "Vera St": "place", "Orlo": "place"},
                 id="a-street-by-its-abbreviated-last-word"),
    pytest.param("Some fifty farmers met at Place Ivo Varn on Monday, Ana Ruiz said.",
                 [("Ivo Varn", "PERSON"), ("Ana Ruiz", "PERSON")],
                 {"Ivo Varn": "place", "Ana Ruiz": "person"},
                 id="a-square-named-after-someone"),
    pytest.param("Tractors came to the rally organised by Love Welsh Farming, Ana Ruiz said.",
                 [("Love Welsh Farming", "ORG"), ("Ana Ruiz", "PERSON")],
                 {"Love Welsh Farming": "organization", "Ana Ruiz": "person"},
                 id="a-campaign-with-a-peoples-word-inside"),
    pytest.param("Tomas Berg said exports hit a high in the old Iranian month of Vell.",
                 [("Tomas Berg", "PERSON"), ("Iranian", "NORP"), ("Vell", "PERSON")],
                 {"Tomas Berg": "person", "Iranian": "group"},
                 id="a-months-name"),
    pytest.param("\"The Emir says he is against this plan,\" Tomas Berg told farmers. Berg "
                 "said the Emir's word was obtained last week.",
                 [("Emir", "ORG", "Emir says"), ("Tomas Berg", "PERSON"),
                  ("Emir", "PERSON", "Emir's")],
                 {"Tomas Berg": "person"},
                 id="a-title-with-the-before-it"),
    pytest.param("\"This deal is a sad result,\" said president of farm union Varbond Ivo Varn.",
                 [("Varbond Ivo Varn", "PERSON")],
                 {"Ivo Varn": "person"},
                 id="a-bodys-name-between-its-kind-and-its-officers-name"),
    pytest.param("The body of Ivo Tavo Varn Berg was recovered from the river on Friday, Mayor "
                 "Ana Ruiz said.",
                 [("Ivo Tavo Varn Berg", "ORG"), ("Ana Ruiz", "PERSON")],
                 {"Ivo Tavo Varn Berg": "person", "Ana Ruiz": "person"},
                 id="a-name-of-four-words-after-the-body-of"),
    pytest.param("Ana Ruiz won the vote in Oslo. Turnout was 64.2 percent.",
                 [("Ana Ruiz", "PERSON"), ("Oslo", "GPE"), ("Turnout", "PERSON")],
                 {"Ana Ruiz": "person", "Oslo": "place"},
                 id="a-word-measured-in-numbers"),
    pytest.param("Summit chair Emir Al Varno opened the talks. Emir Al-Varno said little.",
                 [("Emir Al Varno", "PERSON"), ("Emir Al-Varno", "PERSON")],
                 {"Al Varno": "person"},
                 id="a-surname-written-with-a-hyphen-and-with-a-space"),
    pytest.param("In a setback for the police, Justice Vasra Tolkanu freed every one of the "
                 "marchers on bail.",
                 [("Justice Vasra Tolkanu", "ORG")],
                 {"Vasra Tolkanu": "person"},
                 id="a-name-of-unknown-words-after-a-judges-title"),
    pytest.param("Ana Ruiz flew to Oslo on Monday for her first Mira summit.",
                 [("Ana Ruiz", "PERSON"), ("Oslo", "GPE"), ("Mira", "ORG")],
                 {"Ana Ruiz": "person", "Oslo": "place", "Mira": "organization"},
                 id="a-given-name-after-half-a-title-in-lower-case"),
    pytest.param("In a ruling on Friday, Justice Tolkanu freed every one of the marchers.",
                 [("Justice Tolkanu", "ORG")],
                 {"Tolkanu": "person"},
                 id="a-surname-alone-after-a-judges-title"),
    pytest.param("Kerry O’Dea took over the fisheries brief when the cabinet was reshaped.",
                 [("Kerry", "ORG")],
                 {"Kerry O'Dea": "person"},
                 id="a-given-name-that-is-also-a-county-before-an-irish-surname"),
    pytest.param("The agency is led, for now, by Secretary of Transportation Ivo Varn.",
                 [("Transportation Ivo Varn", "ORG")],
                 {"Ivo Varn": "person"},
                 id="a-name-after-a-title-of-a-field"),
    pytest.param("Prof. Emeritus Tomas Berg of the institute said the rocket was lost.",
                 [("Emeritus Tomas Berg", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="an-emeritus-title-before-the-name"),
    pytest.param("Ana Ruiz and Ivo Varn would fly on Varnjet's Skylark again. Skylark has "
                 "flaws, Ruiz said.",
                 [("Ana Ruiz", "PERSON"), ("Ivo Varn", "PERSON"), ("Varnjet", "ORG"),
                  ("Skylark", "PERSON", "Skylark again"), ("Skylark", "PERSON", "Skylark has"),
                  ("Ruiz", "PERSON", "Ruiz said")],
                 {"Ana Ruiz": "person", "Ivo Varn": "person", "Varnjet": "organization"},
                 id="a-word-a-firm-owns-is-its-product"),
    pytest.param("Ana Ruiz named the Orlo II crew on Monday. The Orlo II mission will circle "
                 "the moon.",
                 [("Ana Ruiz", "PERSON"), ("Orlo II", "PERSON", "Orlo II crew"),
                  ("Orlo II", "PERSON", "Orlo II mission")],
                 {"Ana Ruiz": "person"},
                 id="a-numbered-name-only-before-a-noun-is-a-mission"),
    pytest.param("Mr Ruiz was at the iconic Varnby Forgeworks plant on Friday.",
                 [("Varnby Forgeworks", "PERSON")],
                 {"Varnby Forgeworks": "organization"},
                 id="a-name-between-an-article-an-adjective-and-a-plant"),
    pytest.param("The Varnish fled the war. Varnish Ana Ruiz, 42, said she was lucky.",
                 [("Varnish", "NORP", "Varnish fled"), ("Varnish Ana Ruiz", "PERSON")],
                 {"Varnish": "group", "Ana Ruiz": "person"},
                 id="a-word-the-tagger-calls-a-people-elsewhere-before-a-name"),
    pytest.param("Uzbek Ana Ruiz, 42, said she was lucky to be home.",
                 [("Uzbek Ana Ruiz", "PERSON")],
                 {"Ana Ruiz": "person"},
                 id="a-people-named-after-a-land-in-stan-before-a-name"),
    pytest.param("Refugee Tavek spoke of the long winter he spent waiting at the border.",
                 [("Refugee Tavek", "PERSON")],
                 {"Tavek": "person"},
                 id="what-the-person-is-opening-the-sentence"),
    pytest.param("“The clock does not stop for anyone,” Justice Varnek told the court.",
                 [],
                 {"Varnek": "person"},
                 id="a-judge-the-tagger-missed-speaking"),
    pytest.param("They are: Tavek Orlund Mbeki, Ruvane Qessa, Ana Ruiz, Ivo Varn and Lena Varga.",
                 [("Ana Ruiz", "PERSON"), ("Ivo Varn", "PERSON"), ("Lena Varga", "PERSON")],
                 {"Tavek Orlund Mbeki": "person", "Ruvane Qessa": "person", "Ana Ruiz": "person",
                  "Ivo Varn": "person", "Lena Varga": "person"},
                 id="untagged-names-listed-among-people"),
    pytest.param("Ana Ruiz spoke after the fair on Lantern Sunday. Lantern Sunday drew crowds.",
                 [("Ana Ruiz", "PERSON"), ("Lantern Sunday", "PERSON"),
                  ("Lantern Sunday", "PERSON", "Lantern Sunday drew")],
                 {"Ana Ruiz": "person"},
                 id="a-feast-day-ending-on-a-weekday"),
    pytest.param("Radio Varn/Radio Orlo reported that Ana Ruiz had left.",
                 [("Varn/Radio Orlo", "PERSON"), ("Ana Ruiz", "PERSON")],
                 {"Ana Ruiz": "person"},
                 id="two-names-joined-by-a-slash"),
    pytest.param("The crew of MV Tavek were freed on Monday. MV Tavek sailed home, Ana Ruiz said.",
                 [("MV Tavek", "PERSON"), ("MV Tavek", "PERSON", "MV Tavek sailed"),
                  ("Ana Ruiz", "PERSON")],
                 {"Ana Ruiz": "person"},
                 id="a-ship-by-its-prefix"),
    pytest.param("VBN Varco reports that the ship turned back, Ana Ruiz said.",
                 [("VBN Varco", "PERSON"), ("Ana Ruiz", "PERSON")],
                 {"VBN Varco": "organization", "Ana Ruiz": "person"},
                 id="a-name-opening-on-an-acronym"),
    pytest.param("Ana Ruiz, president of the Varn Dock Pilots' Association, said the crew were "
                 "safe.",
                 [("Ana Ruiz", "PERSON"), ("Dock Pilots", "PERSON"), ("Association", "ORG")],
                 {"Ana Ruiz": "person", "Dock Pilots": "organization",
                  "Association": "organization"},
                 id="a-plural-owning-a-body-word"),
    pytest.param("State Synod voted on Monday. Ana Ruiz said State Synod had spoken.",
                 [("State Synod", "PERSON"),
                  ("State Synod", "PERSON", "State Synod had"), ("Ana Ruiz", "PERSON")],
                 {"State Synod": "organization", "Ana Ruiz": "person"},
                 id="a-body-word-after-what-looks-like-a-title"),
    pytest.param("Tavek Orlund, press adviser of Varco Group, said the crew were safe.",
                 [("Tavek Orlund", "ORG"), ("Varco Group", "ORG")],
                 {"Tavek Orlund": "person", "Varco Group": "organization"},
                 id="a-post-without-an-article-in-apposition"),
    pytest.param("Ana Ruiz questioned bosses from Varco, Tavmart, Orlos and Dunmores on Monday.",
                 [("Ana Ruiz", "PERSON"), ("Varco", "ORG"), ("Tavmart", "ORG"),
                  ("Orlos", "ORG"), ("Dunmores", "PERSON")],
                 {"Ana Ruiz": "person", "Varco": "organization", "Tavmart": "organization",
                  "Orlos": "organization", "Dunmores": "organization"},
                 id="one-word-listed-among-bodies"),
    pytest.param("The claims of Commissioner Ivo Ali Tavek’s report were denied. Tavek resigned "
                 "on Monday.",
                 [("Ivo Ali", "PERSON"), ("Tavek", "PERSON", "Tavek resigned")],
                 {"Ivo Ali Tavek": "person"},
                 id="a-surname-cut-off-that-the-article-uses-again"),
    pytest.param("Others, like Tomas, another customer at the Varn stall, now skip the cafes.",
                 [],
                 {"Tomas": "person"},
                 id="a-given-name-then-another-person-word"),
    pytest.param("Ana Ruiz, 51, of Varnby said she was worried about her records.",
                 [("Ana Ruiz", "PERSON"), ("Varnby", "PERSON")],
                 {"Ana Ruiz": "person", "Varnby": "place"},
                 id="where-someone-of-an-age-lives"),
    pytest.param("Ivo Varn urged action after an attack on the major Varnshire employer.",
                 [("Ivo Varn", "PERSON"), ("Varnshire", "PERSON")],
                 {"Ivo Varn": "person", "Varnshire": "place"},
                 id="a-county-in-shire"),
    pytest.param("Ivo Varn, president of the Clara Teachers’ Association, spoke on Monday.",
                 [("Ivo Varn", "PERSON"), ("the Clara Teachers’ Association", "ORG")],
                 {"Ivo Varn": "person", "Clara Teachers’ Association": "organization"},
                 id="a-plural-owning-a-body-word-is-one-name"),
    pytest.param("“I expect bosses and unions to keep to our Fair Tavek rules,” Ana Ruiz "
                 "said.",
                 [("Fair Tavek", "ORG"), ("Ana Ruiz", "PERSON")],
                 {"Fair Tavek": "organization", "Ana Ruiz": "person"},
                 id="a-name-a-pronoun-owns-before-a-noun"),
    pytest.param("Harbin Police Chief Tavo Varn also apologised on Monday.",
                 [("Varn", "PERSON")],
                 {"Tavo Varn": "person"},
                 id="a-given-name-left-out-after-a-title"),
    pytest.param("The reporter was barred from the swearing-in of Tavo Orlan as the Director "
                 "of the Harbin Board.\n\nHe had come to cover the ceremony for Tavo Orlan.",
                 [("Tavo Orlan", "ORG"), ("the Harbin Board", "ORG"),
                  ("Tavo Orlan", "ORG", "Tavo Orlan.")],
                 {"Tavo Orlan": "person", "Harbin Board": "organization"},
                 id="taking-an-office-by-its-title-after-as"),
    pytest.param("Harbin heist: Stolen gems may be worth $5M, says prosecutor\n\nStolen "
                 "treasures\n\nStolen items include a crown and two rings\n\nThieves took "
                 "the gems on Sunday, prosecutor Ana Ruiz said.",
                 [("Stolen", "PERSON"), ("Stolen", "PERSON", "Stolen treasures"),
                  ("Stolen", "PERSON", "Stolen items"), ("Ana Ruiz", "PERSON")],
                 {"Ana Ruiz": "person"},
                 id="a-word-opening-a-headline-after-a-colon"),
    pytest.param("Varn, Tavek and Orlan spoke as the race began.\n\nPremier Ivo Varn spoke in "
                 "Dunmore.",
                 [("Orlan", "PERSON"), ("Ivo Varn", "PERSON")],
                 {"Ivo Varn": "person", "Tavek": "person", "Orlan": "person"},
                 id="an-untagged-word-listed-with-people-only"),
    pytest.param("Keeping the statue here is like cutting Ana Vane in half, he said.\n\nIt is "
                 "as if you cut the Ana Vane in half and kept one half here, said Tomas Berg.",
                 [("Ana Vane", "PERSON"), ("Ana Vane", "PRODUCT", "Ana Vane in half and"),
                  ("Tomas Berg", "PERSON")],
                 {"Tomas Berg": "person"},
                 id="a-product-taking-the-as-its-own-article"),
    pytest.param("Ana Ruiz spoke on Monday.\n\nRuiz pointed to the row over the chair, with "
                 "Ruiz noting Harbin Dock Leader Tomas Berg had “said he could get the chair to "
                 "rule the way that he wanted.”",
                 [("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON", "Ruiz pointed"),
                  ("Ruiz noting Harbin Dock", "ORG"), ("Tomas Berg", "PERSON")],
                 {"Ana Ruiz": "person", "Harbin Dock": "organization", "Tomas Berg": "person"},
                 id="a-body-tagged-across-a-verb-in-lower-case"),
    pytest.param("The guild grew strong in the Varco and Orlan administrations.\n\nIt did "
                 "well under the Lincoln administration too.",
                 [("Varco", "PERSON"), ("Orlan", "PERSON"), ("Lincoln", "PERSON")],
                 {"Varco": "person", "Orlan": "person", "Lincoln": "person"},
                 id="leaders-of-administrations"),
    pytest.param("The Speaker of the Assembly, Tomas Ivo Tavek’ula, approved the motion. "
                 "Tavek’ula told the House it met every test.",
                 [("Tavek’ula", "PERSON", "Tavek’ula told")],
                 {"Tomas Ivo Tavek'ula": "person"},
                 id="a-surname-with-an-apostrophe-inside"),
    pytest.param("Polls show that Gen Z voters in Varnby back the plan.",
                 [("Gen Z", "PERSON"), ("Varnby", "GPE")],
                 {"Varnby": "place"},
                 id="a-generation-read-as-a-general"),
    pytest.param("Ivo Varn said the Tidal And Nuclear Yield (TANY) Bill was rushed. The TANY "
                 "Bill passed on Monday.",
                 [("Ivo Varn", "PERSON"), ("TANY", "ORG"), ("Bill", "PERSON"),
                  ("TANY Bill", "PERSON")],
                 {"Ivo Varn": "person", "TANY": "organization", "TANY Bill": "organization"},
                 id="a-draft-law-named-by-an-acronym"),
    pytest.param("“She may dismiss staff within her own Inner Circle who defy her,” Ana Ruiz "
                 "said.",
                 [("Inner Circle", "ORG"), ("Ana Ruiz", "PERSON")],
                 {"Ana Ruiz": "person", "Inner Circle": "organization"},
                 id="a-body-a-pronoun-owns-followed-by-who"),
    pytest.param("Opposition leader Narva Orlo spoke at the rally in Varnby.",
                 [("Narva Orlo", "PERSON"), ("Varnby", "GPE")],
                 {"Narva Orlo": "person", "Varnby": "place"},
                 id="a-name-opening-on-a-town-after-a-role-a-body-may-have"),
    pytest.param("Ana Ruiz urges Labour to back down over the farm tax.",
                 [("Ana Ruiz", "PERSON"), ("Labour", "PERSON")],
                 {"Ana Ruiz": "person", "Labour": "organization"},
                 id="a-party-named-alone-urged-like-a-person"),
    pytest.param("Varn wine tariffs to go\n\nMar 26, 2024, updated Mar 26, 2024\n\nAna Ruiz "
                 "said the tariffs would go.",
                 [("Mar", "PERSON"), ("Mar", "PERSON", "Mar 26, 2024\n"),
                  ("Ana Ruiz", "PERSON")],
                 {"Ana Ruiz": "person"},
                 id="a-month-cut-short-before-a-day"),
    pytest.param("Two Nations senator Ana Ruiz asked about the outage.",
                 [("Two Nations", "PERSON"), ("Ana Ruiz", "PERSON")],
                 {"Two Nations": "organization", "Ana Ruiz": "person"},
                 id="a-party-opening-on-a-number-word"),
    pytest.param("Port CityTomas Berg has lost his first vote since taking office. Berg said "
                 "he would go on.",
                 [("CityTomas Berg", "PERSON"), ("Berg", "PERSON", "Berg said")],
                 {"Tomas Berg": "person"},
                 id="a-dateline-run-into-a-given-name"),
    pytest.param("The opposition has accused the Vikram Tavek government of rushing the bill.",
                 [("Vikram Tavek", "ORG")],
                 {"Vikram Tavek": "person"},
                 id="a-full-name-before-the-government-it-leads"),
    pytest.param("Ana Ruiz started a Save Orlo Bay petition two years ago.",
                 [("Ana Ruiz", "PERSON"), ("Save Orlo Bay", "PERSON")],
                 {"Ana Ruiz": "person", "Save Orlo Bay": "organization"},
                 id="a-campaign-opening-on-a-verb"),
    pytest.param("Tomas Berg, President of Paris Varnby and the Dock Club, joined the call.",
                 [("Tomas Berg", "PERSON"), ("Paris Varnby", "FAC")],
                 {"Tomas Berg": "person", "Paris Varnby": "place"},
                 id="a-club-named-like-a-person-after-an-office-and-of"),
    pytest.param("Tomas Berg won a penalty when he tumbled near Ryu Yo-sun in the box.",
                 [("Tomas Berg", "PERSON"), ("Ryu Yo-sun", "PERSON")],
                 {"Tomas Berg": "person", "Ryu Yo-sun": "person"},
                 id="a-family-name-first-named-once-after-a-preposition"),
    pytest.param("Varnish President Marcus Reacts to Ana Ruiz’s Appeal\n\nVarnish President Ivo "
                 "Marcus said on Monday that the court had erred. Ana Ruiz will appeal.",
                 [("Marcus Reacts", "PERSON"), ("Ana Ruiz", "PERSON"), ("Ivo Marcus", "PERSON")],
                 {"Ivo Marcus": "person", "Ana Ruiz": "person"},
                 id="a-headline-verb-run-into-a-surname-that-is-also-a-given-name"),
    pytest.param("Farmers rallied after Chancellor Ana Ruiz's Autumn Budget last month.",
                 [("Ana Ruiz", "PERSON"), ("Autumn Budget", "PERSON")],
                 {"Ana Ruiz": "person", "Autumn Budget": "organization"},
                 id="a-budget-opening-on-a-given-name"),
])
def test_kinds_of_names_the_tagger_mislabelled(nlp, text, labelled, kinds):
    doc = _with_entities(nlp, text, labelled)
    assert _kinds(doc) == kinds


@pytest.mark.parametrize("text, persons", [
    # an honorific is enough, however unknown the given name
    ("The generals removed the government of Ms Tavo Sein Lin Kyaw in a coup.",
     {"Tavo Sein Lin Kyaw"}),
])
def test_persons_of_unusual_names(nlp, text, persons):
    assert {m.name for m in _extract(nlp, text).actors if m.kind == "person"} == persons


def test_a_standfirst_quoting_words_someone_says_below(nlp):
    article = _extract(nlp, "Varco Bank losses rise\n\nBoard chief Ivo Varn blames 'drift' "
                            "for the bank's losses\n\nThe bank lost money again this year."
                            "\n\nVarn said “drift” had set in at the top.")
    assert [(s.quote, s.kind, s.speaker) for s in article.statements
            if s.kind != "indirect"] == [("drift", "partial", "Ivo Varn")] * 2


def test_a_body_in_the_plural_before_its_president_joined_to_a_person_stays_a_body(nlp):
    doc = _with_entities(nlp, "The call took in VarnLiga President Ivo Orlo and Orlo Leagues "
                              "President Tomas Berg.",
                         [("VarnLiga", "ORG"), ("Ivo Orlo", "PERSON"), ("Orlo Leagues", "ORG"),
                          ("Tomas Berg", "PERSON")])
    words = [t.text for t in doc]
    leagues = doc[words.index("Leagues")]
    leagues.head, leagues.dep_ = doc[words.index("Orlo")], "conj"  # as the parser joined them
    assert _kinds(doc) == {"VarnLiga": "organization", "Ivo Orlo": "person",
                           "Orlo Leagues": "organization", "Tomas Berg": "person"}


def test_an_irish_surname_the_tagger_read_as_a_common_noun(nlp):
    doc = _with_entities(nlp, "A week on, Mr Tavek wrote about the matter to Professor "
                              "Ivo O’Varn, who now runs the college.",
                         [("Tavek", "PERSON")])
    surname = next(t for t in doc if t.text == "O’Varn")
    surname.tag_, surname.pos_ = "NN", "NOUN"
    assert _kinds(doc) == {"Tavek": "person", "Ivo O'Varn": "person"}


def test_a_one_word_name_employing_staff_elsewhere_is_a_body_even_when_it_speaks(nlp):
    text = ("Varco expects rates to top out at four per cent before the year is out.\n\n"
            "\"Rates will stay high for some time,\" Varco acting chief economist Ilse Marr "
            "said.")
    doc = _with_entities(nlp, text, [("Varco", "PERSON"), ("Ilse Marr", "PERSON")])
    assert _person_counts(doc) == {"Ilse Marr": 1}


def test_a_name_opening_on_a_town_is_the_person_an_honorific_names_by_its_surname(nlp):
    text = ("The board is looking into the fees, Narva Tavek has said.\n\nSpeaking on the radio, "
            "Ms Tavek said the board had backed the fees.")
    doc = _with_entities(nlp, text, [("Narva Tavek", "GPE"), ("Ms Tavek", "GPE")])
    assert _kinds(doc) == {"Narva Tavek": "person"}


def test_a_shorter_name_after_one_with_a_title_is_the_same_person(nlp):
    text = "Datuk Ivo Tavek Varn spoke first. Later Ivo Tavek interjected again."
    doc = _with_entities(nlp, text, [("Datuk Ivo Tavek Varn", "PERSON"),
                                     ("Ivo Tavek", "PERSON", "Ivo Tavek interjected")])
    assert _person_counts(doc) == {"Ivo Tavek Varn": 2}


def test_a_title_of_another_place_is_not_the_holder_of_that_title_here(nlp):
    text = ("Ana Ruiz, the Bishop of Dunmore, opened the session. The Bishop of Dunmore spoke "
            "first. Later the Bishop of Orlo spoke against the plan.")
    doc = _with_entities(nlp, text, [("Ana Ruiz", "PERSON"), ("Bishop", "ORG", "Bishop of Dunmore "
                                                              "spoke"),
                                     ("Bishop", "ORG", "Bishop of Orlo")])
    assert _person_counts(doc) == {"Ana Ruiz": 3}  # named, and twice as "the Bishop of Dunmore"


def test_a_cleric_styled_with_the_before_the_name_is_a_person(nlp):
    text = ("Opening the session, the Bishop of Dunmore, the Rt Revd Ana Ruiz, said that the talks "
            "had been long. She told the synod: “We have walked a long road together.”")
    article = _extract(nlp, text)
    assert _person(article, "Ruiz").name == "Ana Ruiz"
    assert _statement(article, "walked a long road").speaker == "Ana Ruiz"


def test_a_double_barrelled_name_and_its_first_half_are_one_person(nlp):
    text = ("The inspector wrote to Ilse Marr-Dobbe, who now lives in Varnby.\n\nIn 1990 Ilse "
            "Marr told police she had seen a fox near the barn.")
    doc = _with_entities(nlp, text, [("Ilse Marr-Dobbe", "PERSON"),
                                     ("Ilse Marr", "PERSON", "Ilse Marr told")])
    assert _person_counts(doc) == {"Ilse Marr-Dobbe": 2}


def test_a_name_in_apposition_to_another_kin_noun_speaks_for_it(nlp):
    text = ("Varo Lund died in May. Another Lund brother, Tavek, sighed and looked at the "
            "judge.\n\n\"How could you do this to us?\" he demanded.")
    doc = _with_entities(nlp, text, [("Varo Lund", "PERSON"), ("Lund", "PERSON", "Lund brother"),
                                     ("Tavek", "ORG")])
    assert _person_counts(doc) == {"Varo Lund": 2, "Tavek": 1}
    assert _statement(_extract(nlp, text), "How could you").speaker == "Tavek"


def test_the_opening_of_a_firm_s_name_is_the_firm(nlp):
    text = ("Varn Leaf staff stunned by closure\n\nVarn Leaf Foods is closing the plant, union "
            "official Ilse Marr said.\n\nMayor Tomas Berg said he will work with Varn Leaf.")
    doc = _with_entities(nlp, text, [("Varn Leaf", "PERSON"), ("Varn Leaf Foods", "ORG"),
                                     ("Ilse Marr", "PERSON"), ("Tomas Berg", "PERSON"),
                                     ("Varn Leaf", "PERSON", "Varn Leaf.")])
    assert _person_counts(doc) == {"Ilse Marr": 1, "Tomas Berg": 1}


def test_words_of_an_office_the_tagger_took_into_a_body_name_no_one(nlp):
    text = "“We will appeal,” Varnco’s Chief Public Relations Officer, Ilse Marr, said."
    doc = _with_entities(nlp, text, [("Varnco’s Chief Public Relations", "ORG"),
                                     ("Ilse Marr", "PERSON")])
    assert _person_counts(doc) == {"Ilse Marr": 1}
    assert _statement(_extract(nlp, text), "We will appeal").speaker == "Ilse Marr"


def test_words_across_a_quote_mark_are_no_name(nlp):
    text = ("Kovar Orders Brief “Autumn Truce” Amid Doubt from Varnia\n\nThe truce starts at "
            "noon, Mayor Ilse Marr said.")
    doc = _with_entities(nlp, text, [("Autumn Truce” Amid Doubt", "WORK_OF_ART"),
                                     ("Ilse Marr", "PERSON")])
    names = _kinds(doc)
    assert names["Ilse Marr"] == "person"
    assert not [name for name in names if "”" in name]


def test_a_name_between_commas_after_a_kin_word_is_a_person_however_parsed(nlp):
    text = "Marta’s uncle, Tavek, kept bees on the hill."
    doc = _with_entities(nlp, text, [("Marta", "PERSON"), ("Tavek", "GPE")])
    name = next(t for t in doc if t.text == "Tavek")
    name.head, name.dep_ = next(t for t in doc if t.text == "kept"), "advmod"  # as misread
    assert _kinds(doc) == {"Marta": "person", "Tavek": "person"}


@pytest.mark.parametrize(("name", "surfaces", "gender", "fits"), [
    pytest.param("Charlotte", {"Charlotte": 1}, "male", False, id="one-word-given-name-of-a-woman"),
    pytest.param("Charlotte", {"Charlotte": 1}, "female", True, id="her-one-word-given-name"),
    pytest.param("Dalby", {"Mrs Dalby": 2}, "female", True,
                 id="a-surname-after-an-honorific-is-no-given-name"),
    pytest.param("Varnek", {"Varnek": 1}, "male", True, id="an-unknown-word-fits-either"),
])
def test_a_pronoun_fits_someone_named_by_one_word_by_its_sex(name, surfaces, gender, fits):
    from transforms.model import ActorMention
    from transforms.quotes import _gender_fits
    mention = ActorMention(name=name, kind="person", key=name.lower(), count=1,
                           surfaces=surfaces, roles=[])
    assert _gender_fits(mention, gender) is fits


def test_a_name_in_quote_marks_after_a_verb_of_chanting_is_no_one(nlp):
    text = "He said: “If members chant ‘Varo Dal’ at every vote, nothing will change.”"
    doc = _with_entities(nlp, text, [("Varo Dal", "PERSON")])
    assert _kinds(doc) == {}


def test_a_lead_in_in_capitals_ends_its_name_at_a_word_written_so_elsewhere():
    from transforms.extract import lead_in_capitals_cased
    text = "TAVO RUIZ LINGERED ON the court.\n\nRuiz said he was tired."
    assert lead_in_capitals_cased(text) == (
        "Tavo Ruiz lingered on the court.\n\nRuiz said he was tired.")


def test_a_lead_in_giving_only_the_given_name_in_capitals_cases_it_alone():
    from transforms.extract import lead_in_capitals_cased
    text = ("Headline\n\nMIKA Varn was wrong to attack the panel.\n\nNATO Secretary General "
            "Ana Ruiz spoke.\n\nBANK lending fell.")
    assert lead_in_capitals_cased(text) == (
        "Headline\n\nMika Varn was wrong to attack the panel.\n\nNATO Secretary General "
        "Ana Ruiz spoke.\n\nBANK lending fell.")


def test_a_name_the_tagger_misread_as_an_adverb_repeats_a_one_word_speaker(nlp):
    text = "Yevko said the shells were few. Later Yevko reads the map, and the crew waits."
    doc = _with_entities(nlp, text, [("Yevko", "PERSON")])
    later = [t for t in doc if t.text == "Yevko"][1]
    later.tag_, later.pos_ = "RB", "ADV"  # as the tagger reads a name it does not know
    assert _person_counts(doc) == {"Yevko": 2}


def test_a_one_word_name_that_never_speaks_is_not_found_again_untagged(nlp):
    text = "Cases of Korvid rose. Korvid is highly infectious, doctors said."
    doc = _with_entities(nlp, text, [("Korvid", "PERSON")])
    assert _person_counts(doc).get("Korvid", 0) < 2  # the untagged second use is no name


def test_a_participle_before_its_noun_after_a_quote_reports_no_speech(nlp):
    text = "Tomas Berg said the allies “hold plenty of cards,” citing Varnia's continued defiance."
    doc = _with_entities(nlp, text, [("Tomas Berg", "PERSON"), ("Varnia", "GPE")])
    continued = next(t for t in doc if t.text == "continued")
    continued.pos_, continued.tag_, continued.lemma_ = "VERB", "VBN", "continue"  # as misread
    _actors, statements = actors_and_statements(doc, [])
    quoted = next(s for s in statements if s.kind != "indirect")
    assert (quoted.kind, quoted.speaker) == ("partial", "Tomas Berg")


def test_a_title_word_between_commas_after_a_kin_word_is_a_person(nlp):
    article = _extract(nlp, "“They are coming,” Ilse Marr’s eldest son, Major, told the court.")
    assert {m.name for m in article.actors if m.kind == "person"} == {"Ilse Marr", "Major"}
    assert _statement(article, "They are coming").speaker == "Major"


def test_a_given_name_read_as_a_noun_before_a_surname_that_takes_mr_elsewhere(nlp):
    text = "Harbin’s Pello Varo rowed last. “The tide beat us,” Mr Varo said."
    doc = nlp(text)
    pello = next(t for t in doc if t.text == "Pello")
    pello.tag_, pello.pos_ = "NN", "NOUN"
    start = text.index("Varo said")
    doc.ents = [doc.char_span(start, start + 4, label="ORG")]
    assert _person_counts(doc) == {"Pello Varo": 2}


def test_the_given_name_alone_of_one_person_named_in_full_saying_something(nlp):
    text = ("Cousins Nadia and Rosa Tallis read a poem at the fair.\n\n“I wrote the last "
            "verse,” Nadia said with a grin.")
    doc = _with_entities(nlp, text, [("Nadia", "PERSON"), ("Rosa Tallis", "PERSON")])
    people = _person_counts(doc)
    assert people == {"Nadia Tallis": 2, "Rosa Tallis": 1}


def test_a_word_opening_the_sentence_is_no_part_of_a_title(nlp):
    doc = _with_entities(nlp, "As Governor Ana Ruiz of Varn rose, the hall fell silent.",
                         [("Ana Ruiz", "PERSON")])
    assert [m.roles for m in find_actors(doc, []).mentions if m.name == "Ana Ruiz"] == \
        [["Governor"]]


def test_a_name_in_brackets_after_a_full_name_is_what_the_person_is_called(nlp):
    text = ("The list names Maroa MP, party whip Karl Osei and Harbour MP Lena Varun "
            "(Bobo). Later Bobo said she would stand again.")
    doc = _with_every_entity(nlp, text, [("Maroa MP", "PERSON"), ("Karl Osei", "PERSON"),
                                         ("Lena Varun", "PERSON"), ("Bobo", "PERSON")])
    people = _person_counts(doc)
    assert people == {"Karl Osei": 1, "Lena Varun": 3}


def test_the_holder_of_one_office_is_one_person_under_another_given_name(nlp):
    text = ("Senate President Francisco Varela opened the session, and Senator Luis Varela "
            "spoke.\n\n“I asked Senate President Paco Varela to take his oath,” Senator Ana "
            "Ruiz said.")
    doc = _with_entities(nlp, text, [("Francisco Varela", "PERSON"), ("Luis Varela", "PERSON"),
                                     ("Paco Varela", "PERSON"), ("Ana Ruiz", "PERSON")])
    people = _person_counts(doc)
    assert people == {"Francisco Varela": 2, "Luis Varela": 1, "Ana Ruiz": 1}


def test_a_one_word_name_with_a_plural_verb_is_a_team_not_a_person(nlp):
    text = ("Anna Brandt scored twice against Rovers. Rovers are favourites to sign her, while "
            "Halvors, Rovers slam the referee.")
    doc = _with_every_entity(nlp, text, [("Anna Brandt", "PERSON"), ("Rovers", "PERSON"),
                                         ("Halvors", "PERSON")])
    kinds = _kinds(doc)
    assert kinds["Rovers"] == "organization" and kinds["Anna Brandt"] == "person"
    assert kinds["Halvors"] == "person"  # a list before the verb, not one plural subject


def test_a_nickname_and_abbreviated_police_ranks_join_the_full_name(nlp):
    text = ("Det Supt Oskar Lindqvist spoke after James Harrowby was convicted.\n\n"
            "Det Supt Lindqvist thanked Det Sgt Tobias Renn who ran the questioning.\n\n"
            "“Jamie was never sorry,” his stepdaughter said.")
    doc = _with_every_entity(nlp, text, [
        ("Det Supt Oskar Lindqvist", "PERSON"), ("James Harrowby", "PERSON"),
        ("Det Supt Lindqvist", "PERSON"), ("Det Sgt Tobias Renn", "PERSON"), ("Jamie", "PERSON")])
    people = _person_counts(doc)
    assert people == {"Oskar Lindqvist": 2, "James Harrowby": 2, "Tobias Renn": 1}


def test_a_full_name_with_a_nickname_for_its_given_name_is_the_same_person(nlp):
    text = ("Robert Hallgren, the harbour master, retired. “Bob Hallgren was kind to all,” "
            "Ana Ruiz said. Hallgren was 61.")
    doc = _with_every_entity(nlp, text, [("Robert Hallgren", "PERSON"), ("Bob Hallgren", "PERSON"),
                                         ("Ana Ruiz", "PERSON"), ("Hallgren", "PERSON")])
    assert _person_counts(doc) == {"Robert Hallgren": 3, "Ana Ruiz": 1}


def test_a_given_name_the_tagger_left_out_of_a_name_belongs_to_it(nlp):
    text = ("Anton Berg Lund, a former envoy to Oslo, said the talks could wait. "
            "Ana Ruiz, from Co. Rathmore, agreed.")
    doc = _with_entities(nlp, text, [("Berg Lund", "PERSON"), ("Ana Ruiz", "PERSON"),
                                     ("Rathmore", "PERSON")])
    people = [m.name for m in find_actors(doc, []).mentions if m.kind == "person"]
    assert "Anton Berg Lund" in people and not any("Co." in name for name in people)


def test_hyphenated_given_and_family_names_stay_whole(nlp):
    text = "Anne-Marie Kessel-Brandt, a member of the city council, said the vote was fair."
    doc = _with_entities(nlp, text, [])
    people = [m.name for m in find_actors(doc, []).mentions if m.kind == "person"]
    assert people == ["Anne-Marie Kessel-Brandt"]


def test_quote_marks_typed_against_the_words_are_tokens_of_their_own(nlp):
    assert [t.text for t in nlp("a new market,”he said.")] == \
        ["a", "new", "market", ",", "”", "he", "said", "."]
    assert [t.text for t in nlp("She said:“We go.")][:4] == ["She", "said", ":", "“"]
    assert [t.text for t in nlp("the boys’ toys don’t break")] == \
        ["the", "boys", "’", "toys", "do", "n’t", "break"]


def test_a_quote_closed_by_two_single_marks_and_no_space_takes_its_speaker(nlp):
    text = ("A trader at the market, Daniel Obi, said the stall was cheap, but that “the "
            "council can choose what suits the town.\n\n“The plot is lawful, but now it is a "
            "car park,’’he said.")
    article = _extract(nlp, text)
    assert [(s.speaker, s.kind) for s in article.statements if s.kind != "indirect"] == \
        [("Daniel Obi", "direct"), ("Daniel Obi", "direct")]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), [
    # a verbless lead names the speaker, not the editor's bracket inside the quote
    ("Details: Anton Reiss said the plan had failed.\n\n"
     "Quote from Reiss: \"He [Varga – ed.] wants to win and believes he can do it.\"",
     "wants to win", "Anton Reiss", "direct"),
    # a paragraph whose opening mark was dropped in editing
    ("“We came to help,” said Tomas Brenner.\n\n"
     "There is no better partner for peace than this government,” continued the prime "
     "minister.", "no better partner", "Tomas Brenner", "direct"),
    # whole sentences woven into the reporter's sentence are still a direct quote
    ("Lina Varga said the money had to come now, “because we are not fighting tomorrow. "
     "We are fighting today”.", "not fighting tomorrow", "Lina Varga", "direct"),
    # words the reporter's sentence needs after a preposition, "to" or "be" are partial
    ("The union is in favour of “rules that let small bakeries sell bread on Sundays and keep "
     "their staff,” Lina Varga added.", "rules that let", "Lina Varga", "partial"),
    ("Lina Varga said the meetings were “calm, useful and marked by patience on both sides and "
     "a wish to finish the work,” before she left.", "calm, useful", "Lina Varga",
     "partial"),
    ("Anton Reiss said he was “planning to open the bridge and at least let the buses cross "
     "before the winter.”", "planning to open", "Anton Reiss", "direct"),
    # a comma outside the marks: after the lead's own comma it is the attribution's
    ("However, \"the fair opens on Friday whatever the weather, and every stall is booked\", "
     "Paul Hartig told reporters.", "the fair opens", "Paul Hartig", "direct"),
    ("Those who moved took only “what fits into one small suitcase for the long journey”, "
     "Paul Hartig says.", "what fits into", "Paul Hartig", "partial"),
    # a that-clause whose subject's owner stands before the opening mark
    ("Lina Varga spoke on Monday, warning that Estovia’s “new tolls will not be paid by our "
     "drivers.”", "new tolls", "Lina Varga", "direct"),
    # a reporting verb after the quote that the tagger reads as a plural noun
    ("Singer Ana Moreau spoke to reporters on Monday.\n\nAgainst her agent’s advice, “I said "
     "yes to each part they sent,” shares Moreau, 38.", "each part", "Ana Moreau", "direct"),
    # a named person acting right after the quote's comma said it, whatever the verb
    ("Paul Hartig spoke first on the radio.\n\n“On live radio nobody can edit what you "
     "say,” Lina Varga challenged Hartig during the show.",
     "nobody can edit", "Lina Varga", "direct"),
    # a post or a sign "reading," the quoted words gives them word for word
    ("Deputy Mayor Ana Ruiz put up a note on Facebook reading, “whatever they say, the vote "
     "went our way.”", "whatever they say", "Ana Ruiz", "direct"),
    # a crowd chanting is no named speaker, whoever is named after it
    ("Mayor Tom Reyes heard from park staff on Monday, when he toured a depot.\n\n"
     "“Save our parks,” the crowd chanted, at a meeting with Mayor Tom Reyes.\n\n"
     "“Loud and clear,” Reyes said.", "Save our parks", None, "direct"),
    # a first-person clause after the reporter's own words is the speaker's, unless joined
    # to them by a conjunction
    ("Chief executive Tom Reyes spoke on Friday.\n\nReyes said although forecasts of a "
     "small loss seemed fair “we plan to beat them.”", "we plan to", "Tom Reyes", "direct"),
    ("Resident Omar Haddad saw the fire.\n\n“There was a crash,” he said. He said he grabbed "
     "the dog, and “we hid in the cellar till dawn.”", "we hid in", "Omar Haddad",
     "partial"),
    # words going on with the reporter's auxiliary are partial, unless long
    ("Anton Reiss led the delegation.\n\nThe traders asked for a new market hall, and the "
     "council has “put the proposal on file,” he added.", "put the proposal", "Anton Reiss",
     "partial"),
    ("Anton Reiss led the delegation.\n\nHe said the mediators would “work through the whole "
     "night if that is what it takes to get both sides to sign,” but added that it was hard.",
     "work through the whole", "Anton Reiss", "direct"),
    # a clause quoted straight after a reporting verb, opening on its subject, whole and
    # not going on in the reporter's words; single quotes paired past a plural's apostrophe
    ("Harbour master Tom Osei, who said ‘the quays are full of the lorries’ as roads were ‘shut "
     "for days’, spoke on Monday.", "the quays are full of the lorries", "Tom Osei",
     "direct"),
    ("Ana Ruiz answered her rivals and said “judge us by our record”, but “we will win”.",
     "judge us by", "Ana Ruiz", "partial"),
    ("Ana Ruiz described the new timetable as a ‘muddle’ and that ‘the early buses are "
     "always full’.", "the early buses are always full", "Ana Ruiz", "direct"),
    # a quote opening its paragraph, then a name saying something in the same paragraph
    ("The vote was close.\n\n“Both sides gain from this deal.” Ana Ruiz wrote on her blog "
     "after the vote, which her party lost.", "Both sides gain", "Ana Ruiz", "direct"),
    # "Quote:" under a "Source:" line citing one person
    ("Source: Varn Radio, citing Ivan Petrov\n\nQuote: “We will not comment on the drafts "
     "before they are final.”", "comment on the drafts", "Ivan Petrov", "direct"),
    # the one told is not the one telling, whoever the teller is
    ("“The bridge must be rebuilt before anything else,” Varn’s mayor told Tom Osei.",
     "bridge must be", None, "direct"),
    ("“We want answers by the end of the month,” one resident told Tom Osei.",
     "We want answers", None, "direct"),
    ("Ana Ruiz opposed the levy, saying “prices rise” with every new tariff.",
     "prices rise", "Ana Ruiz", "partial"),
    ("Ana Ruiz read the bylaws aloud, saying ‘our council shall…’ before each one.",
     "our council shall", "Ana Ruiz", "partial"),
    # a headline quote sharing only small words with a quote below is nobody's
    ("‘We lost it all to the hail.’ Storm strips the valley\n\nTom Osei walked the rows.\n\n"
     "“We told them it was all down to luck, and the rest is up to the insurers,” Osei said.",
     "lost it all", None, "direct"),
    # lower-case words the reporter's own sentence runs into: a verb's object, a verb
    ("On the seabed divers spotted “three cannons and a bell, both green with age,” Tom Osei "
     "said.", "three cannons", "Tom Osei", "partial"),
    ("Tom Osei dived first. The wreck’s name “remains unknown,” Osei said.",
     "remains unknown", "Tom Osei", "partial"),
    # the dateline in capitals is no subject
    ("OSLO — U.S. Secretary of State Tom Osei said Monday that fishery talks with U.S., "
     "Danish and Icelandic delegates meeting in Bergen, Norway, were “the best round we have "
     "held since the whole thing began.”",
     "the best round", "Tom Osei", "partial"),
    # a page that broke the paragraph after the quote's comma, the attribution below
    ("Ana Ruiz opened the session.\n\n“This may be a decisive week for the harbour. We "
     "learned the talks were hard but useful,”\n\nTom Osei said at a gathering of ministers, "
     "Varn News reported.", "decisive week", "Tom Osei", "direct"),
    # ... or before the quote, in the middle of the reporter's sentence
    ("Tom Osei spoke on Monday. Osei said the town must focus on making\n\n“the harbour "
     "as safe as possible for "
     "the boats that come in late at night”.", "the harbour as safe", "Tom Osei", "partial"),
    # a long phrase in lower case with no verb in a tense of its own
    ("The coroner, Ana Ruiz, said she would reopen the case “mainly because of new evidence "
     "supplied by the family about the fire in the months after the tragedy.”",
     "mainly because of", "Ana Ruiz", "partial"),
    ("Analyst Ana Ruiz pressed the chief executive. Tom Osei explained that the prices had "
     "come down.\n\n\"You have said that every quarter. It is hard to believe,\" "
     "interrupted Ruiz.",
     "every quarter", "Ana Ruiz", "direct"),
    # a noun phrase the reporter's "his" opens, however it ends
    ("Mayor Tomas Berg told the council he was proud of his “Safest Streets in Five "
     "Years, the Best Record of Any Town.”", "Safest Streets", "Tomas Berg", "partial"),
    # but not the subject of the clause the quote goes on with
    ("The head teacher, Tomas Berg, said their “pupils are thrilled with how well they all did "
     "this year.”", "pupils are thrilled", "Tomas Berg", "direct"),
    # a whole sentence of the speaker's own after a comma in the reporter's sentence
    ("Tomas Berg told Ilse Marr that when she wanted more boats, “You either take "
     "these, or we leave.”", "You either take", "Tomas Berg", "direct"),
    # the second of two quotes joined by "and", a noun phrase going on with the reporter's
    ("Tomas Berg spoke on Friday.\n\nBerg said the meeting covered \"the "
     "harbour’s prospects\" and \"all the matters that are vital for the harbour and its "
     "people.\"", "all the matters", "Tomas Berg", "partial"),
    # a clause after a verb of speech and the people spoken to and with
    ("As he signed it, Tomas Berg remarked to a guest on the platform beside him, “my own "
     "hand used to be quite poor” until he signed every day.", "my own hand", "Tomas Berg",
     "direct"),
    # sentences of the speaker's going on with the reporter's "a"
    ("Tomas Berg spoke for the family.\n\nBerg described the skipper as a “kind man, a good "
     "father and son. He was loved by the whole harbour.”", "kind man", "Tomas Berg",
     "partial"),
    # a long clause in the first person after "but" is the speaker's own
    # a whole reply without a verb, after a verb of speech and a comma or a colon
    ("Asked whether he would meet Ilse Marr, Tomas Berg said, “Probably.”", "Probably",
     "Tomas Berg", "direct"),
    ("As Ilse Marr spoke of a second meeting, Tomas Berg smiled and replied in Varnish: "
     "“Next time in Harbin.”", "Next time", "Tomas Berg", "direct"),
    # but not after a verb that has already said what: the reporter's noun taken up
    ("Tomas Berg warned that the town must also be ready for another kind of fight: “A fight "
     "of stories.”", "A fight of stories", "Tomas Berg", "partial"),
    ("Tomas Berg won the seat.\n\nBerg said he disagreed with Orlov on much but \"I will "
     "gladly grant that Orlov gave voice to the anger\" of the voters.", "I will gladly grant",
     "Tomas Berg", "direct"),
])
def test_quotes_with_unusual_leads_and_marks(nlp, text, quote, speaker, kind):
    statement = _statement(_extract(nlp, text), quote)
    assert (statement.speaker, statement.kind) == (speaker, kind)


def test_the_title_of_a_hearing_in_quote_marks_is_nobodys_words(nlp):
    text = ("The hearing was titled “Ropes Off, Skipper: The Future of Harbour Ferries,” "
            "focusing on the cost of the crossings.")
    assert not any("Ropes Off" in s.quote for s in _extract(nlp, text).statements)


def test_a_quoted_title_of_a_work_is_nobodys_words_and_names_nobody(nlp):
    text = ("The whole “Harbourmen” cast came to the party. Mia Toller said: “We open again in "
            "spring.”\n\nDan Fell sang in “Salt Wind Waltz” before the break. “Lantern Road” fans "
            "queued all night.\n\n"
            "Meg Arle wrote the plays “Nell Gwyn Sings” and “Tom Finney Counts” in one winter. "
            "The last of the series, “Ada at Sea,” opens in May.\n\n"
            "“Ada Lovelace taught me to count the cost,” said Meg Arle, who hosted Radio Varn’s "
            "“Night Shift” for years.\n\n"
            "“Nell Gwyn Sings” sold out in a day.")
    article = _extract(nlp, text)
    assert {(s.quote, s.speaker) for s in article.statements if s.kind != "indirect"} == {
        ("We open again in spring.", "Mia Toller"),
        ("Ada Lovelace taught me to count the cost,", "Meg Arle")}
    people = {m.name for m in article.actors if m.kind == "person"}
    assert "Ada Lovelace" in people  # named in her words, not only in a title
    assert not people & {"Nell Gwyn", "Tom Finney"}


def test_a_person_with_two_roles_and_a_platform_are_told_apart(nlp):
    text = ("Labour MP and former shadow home secretary Rosa Vance shared her “support” with "
            "the striking workers on Twitter.\n\n"
            "“They deserve better pay, rights and safety,” she wrote.")
    article = _extract(nlp, text)
    assert _statement(article, "deserve better pay").speaker == "Rosa Vance"
    assert "Twitter" not in [m.name for m in article.actors if m.kind == "person"]


def test_a_definite_title_names_the_one_person_holding_it(nlp):
    text = ("Ministry spokesman Oskar Berg declined to comment on Monday. Later, Foreign Minister "
            "Lucia Ferraro met reporters.\n\n"
            "“We will not discuss this today,” the ministry spokesman said.\n\n"
            "“Nothing has been decided,” an official said.\n\n"
            "“We are ready to talk,” the minister told reporters.")
    article = _extract(nlp, text)
    assert _statement(article, "We will not discuss").speaker == "Oskar Berg"
    assert _statement(article, "Nothing has been decided").speaker is None
    assert _statement(article, "We are ready to talk").speaker == "Lucia Ferraro"


def test_the_judge_is_the_one_titled_justice_and_mrs_is_the_woman_of_a_family(nlp):
    text = ("Ines Varga watched from the gallery as her son Tomas Varga gave evidence.\n\n"
            "Mrs Varga said she was relieved. Oskar Lind was jailed.\n\n"
            "Mr Justice Arden called the attack cowardly.\n\n"
            "The judge told him: “You will serve at least four years.”")
    article = _extract(nlp, text)
    said = {s.quote: s.speaker for s in article.statements}
    assert said["You will serve at least four years."] == "Arden"
    assert said["she was relieved"] == "Ines Varga"
    people = {m.name for m in article.actors if m.kind == "person"}
    assert {"Ines Varga", "Oskar Lind", "Arden"} <= people


def test_a_name_of_several_words_before_a_staff_job_is_the_employer(nlp):
    text = ("Shares in Varo Lund Hale rose 4c. Ana Ruiz, Kell Dorran analyst, said the rise was "
            "no surprise. Varo Lund Hale chairman Tom Osei was pleased.")
    doc = _with_every_entity(nlp, text, [("Varo Lund Hale", "PERSON"), ("Ana Ruiz", "PERSON"),
                                         ("Kell Dorran", "PERSON"), ("Tom Osei", "PERSON")])
    assert _kinds(doc) == {"Varo Lund Hale": "organization", "Ana Ruiz": "person",
                           "Kell Dorran": "organization", "Tom Osei": "person"}


def test_names_the_tagger_filed_as_bodies_or_places_that_are_people(nlp):
    text = ("Judge Ana Varga heard the case. Varga said it was grave.\n\n"
            "On Friday Justice Varga read out the sentence.\n\n"
            "The firm dismissed Torvald Lund in May. Police named the driver as "
            "19-year-old Kell Dorran.")
    doc = _with_entities(nlp, text, [("Ana Varga", "PERSON"), ("Varga", "ORG", "Varga said"),
                                     ("Justice Varga", "ORG"), ("Torvald", "GPE"),
                                     ("Kell Dorran", "ORG")])
    assert _person_counts(doc) == {"Ana Varga": 3, "Torvald Lund": 1, "Kell Dorran": 1}


def test_a_school_named_after_a_given_name_is_a_school(nlp):
    text = "Logan Elementary gained 40 pupils. At Logan Elementary, Ana Ruiz said it would grow."
    doc = _with_every_entity(nlp, text, [("Logan Elementary", "PERSON"), ("Ana Ruiz", "PERSON")])
    assert _kinds(doc) == {"Logan Elementary": "organization", "Ana Ruiz": "person"}


def test_a_town_tagged_a_place_in_one_address_is_a_place_in_the_next(nlp):
    text = ("Tomas Varga opened a shop in Dock Row, Harwick, last May.\n\n"
            "Oskar Lind of Mill Lane, Harwick, won the prize.")
    doc = _with_entities(nlp, text, [("Tomas Varga", "PERSON"), ("Harwick", "GPE"),
                                     ("Oskar Lind", "PERSON"),
                                     ("Harwick", "PERSON", "Harwick, won")])
    assert _kinds(doc) == {"Tomas Varga": "person", "Harwick": "place", "Oskar Lind": "person"}


def test_a_run_of_he_goes_back_to_the_subject_it_started_from(nlp):
    # a name in capitals, "he" over three sentences naming the referee as an object, and a
    # headline quoting the first words of the quote below
    text = ("CARTER’S FURY City coach blames Hale and says ‘I feel let down’\n\n"
            "MARK CARTER accused referee Tom Hale of showing ‘arrogance’ after the defeat.\n\n"
            "Carter met Hale in the tunnel after the final whistle.\n\n"
            "He could hardly speak for anger an hour later.\n\n"
            "Earlier, he had gone looking for Hale near the changing rooms.\n\n"
            "But the official ‘had left’ and then the manager was led away.\n\n"
            "He said: “I feel let down. I wanted to shout when I saw them celebrating.”")
    article = _extract(nlp, text)
    assert [(s.quote, s.speaker) for s in article.statements if s.kind == "direct"] == [
        ("I feel let down", "Mark Carter"),
        ("I feel let down. I wanted to shout when I saw them celebrating.", "Mark Carter")]


def test_organisation_before_someone_else_called_he_stays_an_organisation(nlp):
    text = ("Tomas Lindqvist flew in on Monday. Rosvoda held a long pause, while Lindqvist "
            "continued to hint that he may come. Okonkwo said he would stay.")
    doc = _with_entities(nlp, text, [("Tomas Lindqvist", "PERSON"), ("Rosvoda", "ORG"),
                                     ("Lindqvist continued", "ORG"), ("Okonkwo", "ORG")])
    doc.ents = [e for e in doc.ents if e.text != "Lindqvist continued"] + [
        doc.char_span(text.index("Lindqvist cont"), text.index("Lindqvist cont") + 9,
                      label="ORG")]
    kinds = _kinds(doc)
    assert kinds["Rosvoda"] == "organization"
    assert kinds["Tomas Lindqvist"] == "person"
    assert kinds["Okonkwo"] == "person"


def test_he_said_after_an_appositive_subject_is_that_person(nlp):
    text = ("Nikolai Varga, a senior fellow at a research institute, said the talks would go on."
            "\n\n“The same pressures are still there,” Varga said.\n\n"
            "On Monday, the army's chief spokesperson, Colonel Piotr Malecki, said the campaign "
            "would continue.\n\n"
            "“There is only one place for Emil Brandt, and it is in a cell,” he told a "
            "television channel. “We are preparing for that.”")
    article = _extract(nlp, text)
    assert _statement(article, "only one place").speaker == "Piotr Malecki"
    assert _statement(article, "preparing for that").speaker == "Piotr Malecki"


def test_short_fragment_in_the_reporters_sentence_is_partial(nlp):
    text = ("The ruling changes the picture “in the short run,” Nikolai Varga said, while "
            "the talks go on.\n\n"
            "Varga laid out another idea: “Shared harbours.”")
    article = _extract(nlp, text)
    assert _statement(article, "in the short run").kind == "partial"
    assert _statement(article, "Shared harbours").kind == "partial"


def test_lower_case_quote_ending_a_reporters_sentence_is_partial_unless_long(nlp):
    text = ("Minister Tomas Vrba said the army would “never leave the town it has defended "
            "for months.” "
            "He later said the talks would “try to reach at least a first pause in the "
            "shelling, and then a wider truce along the whole front,” before leaving.")
    article = _extract(nlp, text)
    short = _statement(article, "never leave the town")
    assert (short.kind, short.speaker) == ("partial", "Tomas Vrba")
    long = _statement(article, "try to reach at least")
    assert (long.kind, long.speaker) == ("direct", "Tomas Vrba")


def test_misspelt_surname_joins_the_one_person_it_resembles(nlp):
    text = ("Economist Lotte Halvorsen expects rates to hold. “The labour market is still "
            "tight,” Halvorson said in a note to clients on Friday.")
    article = _extract(nlp, text)
    assert _statement(article, "labour market").speaker == "Lotte Halvorsen"
    assert [m.name for m in article.actors if m.kind == "person"] == ["Lotte Halvorsen"]


def test_bare_surname_shared_by_two_people_goes_to_the_one_just_named(nlp):
    text = ("The photographer Karim Osman reached the site at dawn. Karim was stopped. "
            "Osman said he took pictures anyway.\n\n"
            "“We saw a huge fire,” said Ali Hassan Karim, a local farmer.")
    article = _extract(nlp, text)
    persons = {m.name: m for m in article.actors if m.kind == "person"}
    assert "Karim Osman" in persons and "Ali Hassan Karim" in persons
    assert "Karim" in persons["Karim Osman"].surfaces
    assert "Karim" not in persons["Ali Hassan Karim"].surfaces


def test_an_initial_without_a_dot_is_part_of_the_name(nlp):
    text = "The court upheld the verdict won by writer J Anna Sorensen, who had sued him."
    assert _person(_extract(nlp, text), "Sorensen").name == "J Anna Sorensen"


@pytest.mark.parametrize("heading", [
    "Dana Whitfield documents damage at the school",
    # a headline in title case, ending on a quote mark, with the name inside it
    "Council Says Dana Whitfield Will Lead The 'Recovery'",
])
def test_a_name_only_in_a_subheading_is_no_person_unless_the_body_names_it(nlp, heading):
    # under the headline: a full name the tagger finds in the headline itself counts
    heading = "Storm closes roads\n\nCrews were out all night.\n\n" + heading
    body = "\nThe storm closed roads across the region on Monday, officials said.\n\n"
    alone = _extract(nlp, heading + body + "Crews worked through the night.")
    assert not [m for m in alone.actors if m.kind == "person"]
    named = _extract(nlp, heading + body + "Dana Whitfield, a teacher, said the roof fell in.")
    assert "Dana Whitfield" in {m.name for m in named.actors if m.kind == "person"}


def test_village_apposition_quoted_titles_and_airlines_are_not_people(nlp):
    text = ("Ravi Menon, a farmer, said he heard blasts that lit his village, Dhanpur Kalan, "
            "before dawn.\n\n"
            "The country has a “Green Harbour Compute Plan” as part of its measures.\n\n"
            "A KLM Air flight from Oslo returned, the airport said. Three other KLM Air flights "
            "were rerouted.")
    persons = {m.name for m in _extract(nlp, text).actors if m.kind == "person"}
    assert persons == {"Ravi Menon"}


def test_a_person_after_a_city_named_with_its_settlement_word_stays_a_person(nlp):
    text = ("In Porto Vela City, Tomas Adeyemi Kone, now living in a tent, described the "
            "damage. \u201cEvery street has lost a house,\u201d he said.")
    doc = _with_entities(nlp, text, [("Porto Vela City", "GPE"),
                                     ("Tomas Adeyemi Kone", "PERSON")])
    extraction = find_actors(doc, [])
    assert {m.name: m.kind for m in extraction.mentions}["Tomas Adeyemi Kone"] == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("\u201cThe roads are shut,\u201d Harbin local Soraya said. Later Soraya left.", "Soraya"),
    ("Harbin resident Mirela, who asked that her surname be withheld, left.", "Mirela"),
])
def test_someone_named_by_a_given_name_only_is_a_person(nlp, text, name):
    doc = _with_every_entity(nlp, text, [(name, "ORG"), ("Harbin", "GPE")])
    kinds = {m.kind for m in find_actors(doc, []).mentions if m.name == name}
    assert kinds == {"person"}


def test_a_relative_named_once_by_the_family_surname_is_a_person(nlp):
    text = ("Luana Varo was found on Tuesday. Varo had walked for miles. The family is still "
            "looking for “aunty Mele Varo”, who was last seen by the river.")
    doc = _with_entities(nlp, text, [("Luana Varo", "PERSON"), ("Varo", "PERSON", "Varo had"),
                                     ("Mele Varo", "PERSON")])
    people = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert people == {"Luana Varo", "Mele Varo"}


def test_outlets_told_by_sources_or_named_by_a_newspaper_word_are_no_people(nlp):
    text = ("The talks ran late, diplomats with knowledge of the meeting told Vantage. "
            "Pupils told the Harbin Gazette they had left. A Gazette reporter was turned away.")
    doc = _with_entities(nlp, text, [("Vantage", "PERSON"), ("Harbin Gazette", "PERSON"),
                                     ("Gazette", "PERSON", "Gazette reporter")])
    assert not [m.name for m in find_actors(doc, []).mentions if m.kind == "person"]


def test_a_quote_of_the_administration_named_after_someone_is_not_theirs(nlp):
    text = ("President Viktor Brandt signed the order on Monday.\n\n"
            "The Brandt administration has argued that the clause does not apply, asserting "
            "that the families were not “within the reach of the law” at all.")
    article = _extract(nlp, text)
    assert not [s for s in article.statements if "within the reach" in s.quote
                and s.speaker == "Viktor Brandt"]


def test_a_capitalised_common_word_is_no_person_however_often(nlp):
    text = ("Officials have closed all harbours in the region. Harbours will remain closed "
            "on Friday, and Harbours may reopen later, said Ravi Menon.")
    persons = {m.name for m in _extract(nlp, text).actors if m.kind == "person"}
    assert "Harbours" not in persons and "Ravi Menon" in persons


def test_definite_description_of_a_person_just_named_is_the_speaker(nlp):
    text = ("Marta Keller won in straight sets on Tuesday.\n"
            "“It was a long match and I am happy to get through,” said the 29-year-old.\n"
            "Sales manager Joan Pirelli has booked more than forty trips.\n"
            "The travel fan explained: “Try to be flexible with your dates.”")
    article = _extract(nlp, text)
    assert _statement(article, "It was a long match").speaker == "Marta Keller"
    assert _statement(article, "Try to be flexible").speaker == "Joan Pirelli"


def test_quoted_that_clauses_are_direct_and_short_fragments_partial(nlp):
    text = ("Asked about the gifts, Prime Minister Ada Lorne said that “all ministers get "
            "gifts” and “the important thing is that they are declared”. She called the "
            "row “a distraction”.")
    article = _extract(nlp, text)
    for words in ("all ministers get gifts", "the important thing is"):
        statement = _statement(article, words)
        assert (statement.kind, statement.speaker) == ("direct", "Ada Lorne")
    assert _statement(article, "a distraction").kind == "partial"


def test_surname_tagged_as_common_noun_still_names_the_speaker_of_the_next_quote(nlp):
    text = ("Tom Tanner beat Radu Alsen in the first round on Monday.\n"
            "Tanner meanwhile wrapped up his win in just over two hours.\n"
            "“Definitely having other players do well is amazing for the sport.”")
    doc = _with_entities(nlp, text, [("Tom Tanner", "PERSON"), ("Radu Alsen", "PERSON")])
    surname = doc[[t.text for t in doc].index("Tanner", 3)]
    surname.tag_, surname.pos_ = "NN", "NOUN"  # as the tagger reads some surnames
    assert [s.speaker for s in actors_and_statements(doc, [])[1]] == ["Tom Tanner"]


def test_subjectless_misparse_takes_the_person_just_before_the_verb(nlp):
    text = ("Marina Carvalho, 37, spoke for the first time this week. Speaking to the Daily Mail "
            "Carvalho claimed: “A lot of things happened in that house.” She added: “I really "
            "want to talk to the other girl.”")
    doc = _with_entities(nlp, text, [("Marina Carvalho", "PERSON"), ("the Daily Mail", "ORG")])
    found = {s.quote[:12]: s.speaker for s in actors_and_statements(doc, [])[1]
             if s.kind == "direct"}
    assert found == {"A lot of thi": "Marina Carvalho", "I really wan": "Marina Carvalho"}


def test_section_heading_quote_belongs_to_the_person_of_the_section(nlp):
    text = ("Economists reacted quickly to the jobs figures on Friday.\n"
            "“No doubt about it, this is a solid report,” said Ann Hale of Northway Bank.\n"
            "‘The economy isn’t booming, but it isn’t falling apart’: Eastport Capital\n"
            "Eastport Capital economist Paul Reyes said the data were mixed.\n"
            "‘Hard to trust the survey’: Westmark\n"
            "Westmark chief economist Lena Ortiz said the survey was volatile.")
    article = _extract(nlp, text)
    heading = _statement(article, "The economy isn’t booming")
    assert (heading.kind, heading.speaker) == ("direct", "Paul Reyes")
    fragment = _statement(article, "Hard to trust")
    assert (fragment.kind, fragment.speaker) == ("partial", "Lena Ortiz")


def test_single_quotes_reopened_each_paragraph_are_one_speech_under_its_heading(nlp):
    text = ("Police said: 'Twenty people have gathered outside.'\n"
            "President Edda Stromberg's address in full\n"
            "‘Members of the assembly, good afternoon.\n"
            "‘My government will build ten thousand homes.\n"
            "‘I thank you all.’\n")
    quotes = find_quotes(text)
    assert [len(q.paragraphs) for q in quotes] == [0, 3]
    article = _extract(nlp, text)
    speech = [s for s in article.statements if s.start > text.index("address")]
    assert [s.quote for s in speech] == ["Members of the assembly, good afternoon.",
                                         "My government will build ten thousand homes.",
                                         "I thank you all."]
    assert {s.speaker for s in speech} == {"Edda Stromberg"}


def test_related_story_links_name_no_actors_and_hold_no_quotes(nlp):
    text = ("Anna Brandt opened the new bridge on Monday. “It took nine years,” she said.\n"
            "READ MORE: Tomas Lindqvist says ‘the bridge is a waste of money’\n"
            "More: Peter Okafor wins the regional chess title\n")
    article = _extract(nlp, text)
    assert [m.name for m in article.actors if m.kind == "person"] == ["Anna Brandt"]
    assert [s.quote for s in article.statements] == ["It took nine years,"]


def test_a_bare_title_is_the_one_person_who_holds_it(nlp):
    text = ("King Haakon Vestby opened parliament on Tuesday. The King spoke for ten minutes. "
            "Crowds waited for the King outside.")
    doc = nlp(text)
    second = text.index("King", 5)
    doc.ents = [doc.char_span(5, 18, label="PERSON"),
                doc.char_span(second, second + 4, label="GPE"),
                doc.char_span(text.rindex("King"), text.rindex("King") + 4, label="ORG")]
    actors = find_actors(doc, [])
    kinds = {m.name: (m.kind, m.count) for m in actors.mentions}
    assert kinds == {"Haakon Vestby": ("person", 3)}


def test_a_name_tagged_as_an_organisation_with_a_personal_role_is_a_person(nlp):
    text = ("Oleksa Radio, a chemistry researcher at the institute, says the labs are dark. "
            "Work at DonKU stopped, and Taylor Vinter-themed parties went on.")
    doc = _with_entities(nlp, text, [("Oleksa Radio", "ORG"), ("DonKU", "PERSON"),
                                     ("Taylor Vinter-themed", "PERSON")])
    kinds = _kinds(doc)
    assert kinds == {"Oleksa Radio": "person", "DonKU": "organization",
                     "Taylor Vinter": "person"}


def test_a_titled_surname_and_a_surname_read_as_an_adverb_are_found_again(nlp):
    text = ("Mr Justice Varo wept. But Mr Justice Varo first jailed Peter Dunnerly. "
            "Later Dunnerly said sorry to Tom Harlan V, and Harlan left.")
    doc = _with_entities(nlp, text, [("Varo", "PERSON"), ("Peter Dunnerly", "PERSON"),
                                     ("Tom Harlan V", "PERSON"),
                                     ("Harlan", "PERSON", "Harlan left")])
    doc[[t.text for t in doc].index("Dunnerly", 12)].tag_ = "RB"
    people = _person_counts(doc)
    assert people == {"Varo": 2, "Peter Dunnerly": 2, "Tom Harlan": 2}


def test_the_authors_given_name_alone_is_the_author(nlp):
    doc = _with_entities(nlp, "Marta has covered technology for 30 years. Sara Lind founded it.",
                         [("Marta", "PERSON"), ("Sara Lind", "PERSON")])
    names = [m.name for m in find_actors(doc, ["Marta Korhonen"]).mentions]
    assert names == ["Sara Lind"]


def test_a_son_named_junior_is_another_person(nlp):
    text = ("Anders Holt Jr. criticised the plan. His father, Anders Holt, backed it. "
            "Holt Jr. said the vote was rushed.")
    doc = nlp(text)
    doc.ents = [doc.char_span(a, a + len(words), label="PERSON") for words, a in [
        ("Anders Holt Jr.", 0), ("Anders Holt", text.index("Anders Holt,")),
        ("Holt Jr.", text.rindex("Holt Jr."))]]
    people = _person_counts(doc)
    assert people == {"Anders Holt Jr": 2, "Anders Holt": 1}


def test_a_quote_reopened_in_the_other_mark_style_runs_on(nlp):
    text = ("Councillor Anna Brandt has issued the following statement:\n"
            "“Whoever did this wanted to frighten a whole town. We are working with the police.\n"
            "\"The council will clean the stones this week.\"\n")
    quotes = find_quotes(text)
    assert len(quotes) == 1 and len(quotes[0].paragraphs) == 2
    article = _extract(nlp, text)
    assert _statement(article, "clean the stones").speaker == "Anna Brandt"
    assert _statement(article, "frighten a whole town").speaker == "Anna Brandt"


def test_a_name_known_by_its_middle_part_is_one_person(nlp):
    text = ("President Carlos Eduardo Nando da Costa opened the summit. Later, Nando said the "
            "fund would grow, and Nando thanked the donors.")
    doc = _with_entities(nlp, text, [("Carlos Eduardo Nando da Costa", "PERSON")])
    doc.ents = list(doc.ents) + [doc.char_span(m, m + 5, label="PERSON") for m in
                                 (text.index("Nando said"), text.index("Nando thanked"))]
    people = _person_counts(doc)
    assert people == {"Carlos Eduardo Nando da Costa": 3}


def test_one_word_names_after_an_article_a_number_or_a_kind_of_body_are_no_people(nlp):
    text = ("A Bill will be introduced in spring. The charity Refuge welcomed it, and staff at "
            "300 Vantner moved out. Anna Brandt said little.")
    doc = _with_entities(nlp, text, [("Bill", "PERSON"), ("Refuge", "PERSON"),
                                     ("Vantner", "PERSON"), ("Anna Brandt", "PERSON")])
    kinds = _kinds(doc)
    assert kinds == {"Refuge": "organization", "Vantner": "place", "Anna Brandt": "person"}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    pytest.param("“We will not move,” said Anna Brandt.\n"
                 "What comes next\n"
                 "“The rail line reopens in May and the bus line in June.”\n",
                 "rail line reopens", None, id="a-heading-ends-the-previous-speaker"),
    pytest.param("Peter Brandt has written a book about the river. Anna Brandt, his sister, "
                 "edited it.\n"
                 "I ask Peter Brandt whether the river will ever be clean again.\n"
                 "“Not in my lifetime, but perhaps in my children's lifetime, if we start now.”\n",
                 "Not in my lifetime", "Peter Brandt", id="the-interviewee-answers-i-ask-x"),
    pytest.param("Tomas Lindqvist sat in his office. Tomas Lindqvist had written six books. "
                 "Lindqvist was tired.\n"
                 "As I sit opposite Lindqvist in his study, I ask if Anna Brandt is right about "
                 "the strike.\n"
                 "“Of course she is right, and everybody knows it,” he snaps.\n",
                 "Of course she is right", "Tomas Lindqvist",
                 id="no-main-clause-subject-the-person-the-article-is-about"),
    pytest.param("A teacher at the school said the riots were an insult. The teacher added that "
                 "Anna Brandt, who was hurt in the attack, was recovering in hospital.\n"
                 "She said: “It is a disgrace, and the children deserve better than this.”\n",
                 "It is a disgrace", None, id="a-pronoun-after-an-unnamed-person"),
    pytest.param("Anna Brandt opened the depot.\n"
                 "'Closing the line is a disgrace'\n"
                 "The union has described the decision as a disgrace.\n"
                 "Its leader Pavel Dorn said: “This is a disgrace: closing the line hurts "
                 "everyone, and we will fight it.”\n",
                 "Closing the line is a disgrace", "Pavel Dorn",
                 id="a-quoted-heading-repeated-by-a-quote-below"),
    pytest.param("Dock board backs ferry plan\n\nThe board voted on Monday to keep the night "
                 "ferry.\n\n‘A fair deal’\n\nThe vote ends a year of talks.\n\nFares will "
                 "rise by a tenth in May.\n\nIvo Varn, who led the talks, hailed the vote as a "
                 "“fair deal” for the town.\n",
                 "A fair deal", "Ivo Varn",
                 id="a-quoted-heading-repeated-three-paragraphs-below-past-blank-lines"),
    pytest.param("The move was opposed by local groups and Anders Holt Jr, who wrote on X: "
                 "‘The court seems to want to make sure the factory never reopens.’",
                 "The court seems", "Anders Holt Jr", id="who-opening-a-relative-clause"),
    pytest.param("The retirement of Peni Valaca from the council surprised the town.\n"
                 "Opposition MP and successor to Valaca, Ro Mereani Tuilagi believes he has "
                 "chosen the right moment.\n"
                 "“It was brave and I respect people who know when to stop. He leaves the "
                 "harbour project in good hands.”\n",
                 "It was brave", "Ro Mereani Tuilagi",
                 id="the-person-among-two-subjects-of-the-narration-above"),
    pytest.param("“Many ideas are being looked at this week,” Prime Minister Tom Hale's "
                 "spokesman said.\n", "Many ideas", None,
                 id="a-person-s-spokesman-is-not-the-person"),
    # name dictionaries take "Lin" for a woman's name; "he added" still follows Lin's quote
    pytest.param("“Both sides must show restraint,” Lin Wei said at a briefing in Beijing. "
                 "“We are watching closely. Nobody gains from this.\n“We are willing to help "
                 "ease the tensions,” he added.",
                 "We are willing", "Lin Wei",
                 id="pronoun-after-a-quote-keeps-its-speaker-whatever-the-name-suggests"),
    pytest.param("Anton Reyes, 58, said the choice was “an internal matter.”\n"
                 "“This has nothing to do with the other parties.”\n"
                 "Pavel Dorn, 44, agreed.\n"
                 "“Choosing a general now can harm the talks,” he told reporters.",
                 "Choosing a general", "Pavel Dorn",
                 id="pronoun-after-narration-naming-someone-else-is-not-the-last-speaker"),
    pytest.param("“Ivy cleans the air,” explains Radim Holub from a garden firm.\n"
                 "The experts also like the aluminium plant. “It is easy to care for,” the "
                 "expert explains.",
                 "It is easy to care for", "Radim Holub",
                 id="role-word-takes-the-person-quoted-just-before"),
    pytest.param("Defence Minister Olga Brandt visited the base on Monday. A spokesman for the "
                 "garrison was also there.\n"
                 "“The repairs will take weeks, not days,” the spokesman said.",
                 "The repairs will take weeks", None,
                 id="description-first-brought-in-unnamed-is-no-speaker"),
    pytest.param("U.S. Secretary of State Ramon Alves met both envoys on Monday.\n"
                 "The U.S. secretary of state says in a post on X that “I am watching the "
                 "situation closely.”",
                 "I am watching", "Ramon Alves", id="role-with-a-dotted-modifier-names-its-holder"),
    pytest.param("Nora Vidal rounded off a clean sweep on Tuesday. Earlier it was Petra Lund "
                 "who got the ball rolling with a quick win.\n"
                 "“Hopefully I started everyone off well today,” she told reporters.",
                 "Hopefully I started", "Petra Lund",
                 id="focus-of-a-cleft-is-the-pronouns-antecedent"),
    pytest.param("“It is the most useful guide I have read,” says the former editor of the "
                 "Courier, Martin Lowe.",
                 "the most useful guide", "Martin Lowe",
                 id="appositive-below-the-subject-noun-names-the-speaker"),
    pytest.param("Tom Varga, a baker, saw the flood reach his shop.\n\n“I ran upstairs,” Varga "
                 "said.\n\nMud filled the cellar of R.J. Malden's house. He said the pumps "
                 "came too late.\n\n“It came in a minute. I lost the lot,” he "
                 "said.", "It came in a minute", "R.J. Malden",
                 id="a-pronoun-after-a-newcomer-named-in-the-sentence-before"),
    pytest.param("Officer Obinna Bakare said the stalls were illegal.\n\nA trader, Karim "
                 "Haddad, said she feared for her stall and her savings.\n\n“What will I do "
                 "now? The city owes us another spot,” she said.",
                 "What will I do", "Karim Haddad",
                 id="she-said-of-herself-tells-the-sex-a-given-name-would-not"),
    pytest.param("Former Prime Minister Anton Reiss brought the motion for the opposition. "
                 "Alternate Premier Paul Hartig spoke next.\n\nAfter the vote, the former "
                 "Premier said, “Your time is up. The voters will see to it.”",
                 "Your time is up", "Anton Reiss",
                 id="the-former-premier-is-the-former-prime-minister"),
    pytest.param("Ana Ruiz grew up in Lyon. Ruiz was a happy child. A magazine wrote that she "
                 "loved Lena Horne. Still, she spoke no Spanish at first. When she started at "
                 "the school, she remembered asking “what is it, what is it, what is it?” all "
                 "day.", "what is it", "Ana Ruiz",
                 id="a-person-named-beside-she-is-no-newcomer-she-refers-to"),
    pytest.param("The witness, speaking by video link, told the jury about the night.\n\n"
                 "Prosecutor Dana Whitcombe questioned the witness about the crossing.\n\n"
                 "“I heard the engine and then the crash,” the witness said.",
                 "heard the engine", None,
                 id="a-description-noun-used-beside-a-named-person-is-not-that-person"),
    pytest.param("Defence lawyer Omar Keene asked the driver about the light.\n\n"
                 "“I did say it was dark,” the driver added.\n\n"
                 "“And all you saw was a shape that you knew?” Mr Keene probed.\n\n"
                 "The driver said yes.", "a shape that you knew", "Omar Keene",
                 id="a-question-closing-its-sentence-then-only-who-asked-it"),
    pytest.param("Farmer Rosa Tamihana left her house at dawn.\n\n"
                 "“The water came up through the floor,” she said.\n\n"
                 "The family loaded the truck. Her uncle drove, and her sons sat in the back "
                 "with the dogs.\n\n"
                 "“I knew it was a gamble, but we had no other road out.”",
                 "I knew it was a gamble", "Rosa Tamihana",
                 id="a-first-person-quote-after-narration-about-the-last-speaker"),
    pytest.param("Farmer Rosa Tamihana left her house at dawn.\n\n"
                 "“The water came up through the floor,” she said.\n\n"
                 "The family loaded the truck as neighbour John Hale watched. Her sons sat in "
                 "the back.\n\n"
                 "“I knew it was a gamble, but we had no other road out.”",
                 "I knew it was a gamble", None,
                 id="no-first-person-quote-for-the-last-speaker-after-naming-someone-else"),
    pytest.param("Mayor Ines Varela met the council on Monday.\n\n"
                 "The vote was overshadowed by a post from Varela on her blog, where she "
                 "lashed out at the council:\n\n"
                 "“THE COUNCIL HAS SHOWN NO RESPECT FOR THIS CITY,”",
                 "SHOWN NO RESPECT", "Ines Varela",
                 id="a-quote-paragraph-after-a-lead-paragraph-ending-on-a-colon"),
    pytest.param(("Reporters were reminded of Lucia Ferraro's comment last year that the treaty "
                 "was “already dead”."),
                 "already dead", "Lucia Ferraro",
                 id="possessive-speech-noun-credits-its-owner"),
    pytest.param(("“We never planned for a long war,” said Helga Norrby, the former minister.\n\n"
                 "Why did the plan fail?\n\n"
                 "“Because nobody wanted to pay for the reserves we needed.”"),
                 "Because nobody wanted", "Helga Norrby",
                 id="interview-answers-continue-the-interviewee"),
    pytest.param(("“Rates will stay where they are for now,” said Royce Lindgren, an economist.\n\n"
                 "“Cautiously optimistic on growth”\n\n"
                 "Another bank saw it differently."),
                 "Cautiously optimistic", None,
                 id="quoted-headline-continues-nobody"),
    pytest.param(("Analyst Tomas Lindqvist said that because of his years abroad, Rafael Moreno "
                 "“understands the other side.”\n\n"
                 "“He learned the language and that shows in every meeting,” he said."),
                 "He learned the language", "Tomas Lindqvist",
                 id="he-said-after-a-sentence-quoting-someone-is-that-speaker"),
    pytest.param(("Tomas Lindqvist is aware of the effect Rafael Moreno may have on the talks.\n\n"
                 "“He is the most careful negotiator I know,” he said."),
                 "most careful negotiator", "Tomas Lindqvist",
                 id="he-said-prefers-the-subject-of-a-main-clause"),
    # Narration naming other people only in passing, with no subject to continue, does not
    # take "he says" from the person the interview has been quoting all along.
    pytest.param(("Edwin Harlow is 70, and still writes every day.\n\n"
                 "“I never planned to retire,” Harlow says.\n\n"
                 "Edwin Harlow by numbers\n\n"
                 "1998: Harlow wins his first seat\n\n"
                 "41: Per cent of voters who know the name\n\n"
                 "12: Books written since 2005\n\n"
                 "4th: Most popular former minister, behind Nadia Price and Colin Ward (poll)\n\n"
                 "“The party should return to the centre,” he says, “but it will be hard.”"),
                 "return to the centre", "Edwin Harlow",
                 id="he-says-after-a-fact-box-naming-others-is-the-interviewee"),
    pytest.param(("Prime Minister Tomas Lindqvist defended the budget on Monday. “We kept every "
                 "promise,” Lindqvist said.\n\n"
                 "Asked again whether he would accept gifts from Lord Rafael Moreno, he said: "
                 "“Every gift will be declared under the rules.”"),
                 "Every gift will be declared", "Tomas Lindqvist",
                 id="person-in-a-side-clause-is-not-the-pronoun"),
    # the tagger files "Defence" as a body and the parser makes it a sentence of its own
    pytest.param(("Norway’s Lind: Service plans serve as deterrent\n\n"
                 "Defence Minister Boris Lind on Friday defended his military service plans as "
                 "necessary for Norway’s security.\n\n"
                 "“We are not threatening anyone,” said the defence minister."),
                 "not threatening anyone", "Boris Lind",
                 id="a-portfolio-parsed-apart-from-its-title-still-names-the-minister"),
    pytest.param(("Dana Kell said the loss still hurt.\n\n"
                 "Added forward Rui Salgado: “It is one of those losses that eat away at you.”"),
                 "eat away at you", "Rui Salgado",
                 id="a-reporting-verb-opening-the-sentence-takes-the-speaker-after-it"),
    pytest.param(("President Hallard slammed his predecessor, former president Rodrigo Alcala, on "
                 "Friday.\n\n"
                 "“Sometimes the other parties are surprised, so they say all sorts of things,” "
                 "the President told the candidates at the plaza."),
                 "all sorts of things", "Hallard",
                 id="the-president-is-not-the-former-president"),
    pytest.param(("The market stayed shut all week, said its caretaker Tomas Berg.\n\n"
                 "“The council sent a letter in March and a second one in May. Nobody answered "
                 "either of them. We keep the keys and wait for news”"),
                 "The council sent a letter", "Tomas Berg",
                 id="a-long-quote-paragraph-missing-its-full-stop-is-no-headline"),
    pytest.param("“Nobody has paid us since the spring,” said 'Mirela', a seamstress.",
                 "Nobody has paid us", "Mirela",
                 id="a-given-name-in-quote-marks-is-a-name-not-a-quote"),
    pytest.param(("The strike went on for a week, according to another worker 'Dalia'.\n\n"
                 "“The managers promised to pay on Friday, and then they all vanished.”"),
                 "managers promised to pay", "Dalia",
                 id="a-quote-paragraph-after-according-to-someone-is-theirs"),
    pytest.param(("Opening day\n\nSlowly, she takes her first steps towards the counter. Her "
                 "hair tied in a scarf, 41-year-old Kamla Rani Verma walks nervously towards the "
                 "till at the new shop in Tarla, Kerala. After a wave from her husband, she looks "
                 "up from the till, takes a deep breath and rings up the first sale — earning her "
                 "first rupee ever. ‘‘I was very nervous,’’ she says, trying to calm her barking "
                 "dog."),
                 "very nervous", "Kamla Rani Verma",
                 id="she-before-the-name-is-no-dead-end-for-a-later-she"),
    pytest.param(("“We will help them a lot,” said U.S. President Tom Harlan, as he opened talks "
                 "with Ukrainian President Ivan Moroz and Prime Minister Lena Varga.\n\n"
                 "“Our partners will carry much of the cost, and we will stand beside them,” the "
                 "American president added."),
                 "carry much of the cost", "Tom Harlan",
                 id="the-president-of-a-people-is-the-one-whose-role-names-no-other"),
    pytest.param(("Inspector Tom Reyes, who led the inquiry, defended the judge after the "
                 "hearing.\n\n‘He is a human being and not a robot,’ said the detective "
                 "superintendent."),
                 "not a robot", "Tom Reyes",
                 id="a-role-opening-no-paragraph-is-the-subject-of-the-one-before"),
    pytest.param(("Doctors treated Tom Hartly for three weeks in the isolation ward.\n\n"
                 "Hartly, 33, called his recovery \"a miraculous day.\""),
                 "miraculous day", "Tom Hartly",
                 id="an-age-parsed-as-the-subject-stands-for-the-name-before-it"),
    pytest.param(("Paying tribute on Twitter, Stefan Van Hout, who played Sonny Dane in the show, "
                 "wrote: \"I have lost a brother and a friend. The world has lost one of the "
                 "greatest actors of all time.\""),
                 "lost a brother", "Stefan Van Hout",
                 id="a-name-whose-relative-clause-ends-at-the-verb-is-its-subject"),
    pytest.param(("Quake: 'The roof fell and the people inside had no chance'\n\n"
                 "Residents spoke on Monday.\n\n"
                 "Tomas Berg, 60, said he had helped neighbours. \"The roof fell and the three "
                 "people inside had no chance,\" he said."),
                 "the people inside", "Tomas Berg",
                 id="a-headline-quote-with-a-word-changed-takes-the-speaker-below"),
    pytest.param(("Outside a tent, Ana Ruiz, a 64-year-old grandmother, stood with tears on her "
                 "cheeks.\n\nFour adults and her grandson were in the house when it began to "
                 "shake. In seconds her home was rubble. \"We were so lucky. I can't believe "
                 "it.\""),
                 "so lucky", "Ana Ruiz",
                 id="first-person-words-after-narration-about-her-are-hers"),
    pytest.param(("At the shelter, Jordie Lund said it had been a long night.\n\n"
                 "“We packed the car in ten minutes and drove to my aunt’s farm in the dark,” she "
                 "told the radio."),
                 "packed the car", "Jordie Lund",
                 id="she-for-the-one-person-just-named-whatever-the-name-list-says"),
    pytest.param(("\"We have waited at this gate since dawn and nobody has called a single name "
                 "yet,\" shouted one woman at the gate, Priya Kolhar."),
                 "waited at this gate", "Priya Kolhar",
                 id="a-name-set-off-by-a-comma-a-little-after-the-verb-speaks"),
    pytest.param(("The driver’s son, Chidi Okoro, spoke to reporters.\n\n"
                 "A police spokeswoman, Grace Adams, said the lorry owner, Peter Walsh, has been "
                 "questioned.\n\n"
                 "Later, the driver’s child said his father had worked for the firm for years."
                 "\n\nHe said, “My father drove that road every week. Nobody told him the bridge "
                 "was weak.”"),
                 "drove that road", "Chidi Okoro",
                 id="he-after-a-description-is-the-person-named-beside-that-kin-word"),
    pytest.param(("Lena Moss, a courier, rang the bell at dawn. Her husband, Tom Berg, answered "
                 "the door in his robe and was speechless when Moss told him: “Your wife has won "
                 "the lottery.”"),
                 "won the lottery", "Lena Moss",
                 id="the-reporting-verb-nearest-a-colon-quote-has-the-speaker"),
    pytest.param(("Sara Lind will face a tough budget round, unions say.\n\nThe Energy Secretary "
                 "signalled on Monday that bills would climb, telling a radio host: “Families "
                 "should expect help before the cold sets in.”"),
                 "expect help", "Sara Lind",
                 id="a-title-for-the-one-person-named-so-far"),
    pytest.param(("Rosa Dimas scored three times on Sunday as her side reached the final.\n\n“I "
                 "have waited years for a night like this one,” shared the 24-year-old forward "
                 "after the final whistle."),
                 "waited years", "Rosa Dimas",
                 id="a-description-after-the-verb-the-parser-read-as-an-adverb"),
    pytest.param(("Tom Ruiz fumed after his team lost to a late goal by Ben Oduya, set up by Lee "
                 "Park.\n\n\"We were robbed in the last minute, plain and simple,\" said the "
                 "Rovers boss."),
                 "robbed", "Tom Ruiz",
                 id="a-role-for-the-one-person-named-as-a-subject-before"),
    pytest.param(("Tom Ruiz says the Harbour Fair will return in June, bigger than before.\n\nThe "
                 "fair organiser was chatting with Dan Holt of a local radio station and said "
                 "tickets would go on sale soon.\n\nHe went on: “We have booked three bands and a "
                 "circus for the weekend.”"),
                 "three bands", "Tom Ruiz",
                 id="he-after-a-described-subject-is-not-the-one-it-spoke-to"),
    pytest.param(("HARBIN, April 4 — “The windows blew in and the whole stairwell filled with "
                 "smoke!”\n\nMarta, 19, told us this as we reached her street. Her flat is on the "
                 "fifth floor."),
                 "stairwell", "Marta",
                 id="a-quote-then-who-told-us-this"),
    pytest.param(("Ana Ruiz, head of Varn Air, spoke to the inquiry on Monday about the delays."
                 "\n\n'We got it wrong': Varn\n\nRuiz told the hearing the airline had failed "
                 "thousands of travellers over the summer."),
                 "got it wrong", "Ana Ruiz",
                 id="a-quoted-heading-is-of-who-opens-the-paragraph-after-a-blank-line"),
    pytest.param(("“The ferry timetable is a mess,” said Coun. Mira Tallis, who sits on the "
                 "transport panel. “Nobody can plan a day out.”"),
                 "plan a day out", "Mira Tallis",
                 id="a-title-abbreviated-with-a-stop-ends-no-sentence"),
    pytest.param(("Ana Ruiz, the governor of Varn, met Tom Osei, himself a former governor, on "
                 "Monday.\n\n“The depot will close in May,” the governor said."),
                 "depot will close", "Ana Ruiz",
                 id="a-former-holder-in-apposition-to-a-person-is-no-unnamed-one"),
    pytest.param(("Ivan Petrov led the tour.\n\n“We will come back in spring,” Petrov said. "
                 "“The guides want it,” he said.\n\nThe walkers stopped at the old mill, where "
                 "another retired miller, Tom Hale, who ground flour there for decades, spoke of "
                 "the fire that closed it.\n\n“The mill gave this town its name,” he said."),
                 "gave this town", "Tom Hale",
                 id="he-for-the-one-person-the-sentence-before-brings-in-speaking"),
    pytest.param(("Ivan Petrov opened the book fair on Monday.\n\n“Sales are up,” Petrov "
                 "said.\n\nPetrov also spoke of printing costs, saying paper had doubled.\n\n"
                 "Over dinner with publisher Tom Osei, they talked about translations.\n\n“We "
                 "want more of them on the shelves,” he added."),
                 "more of them", "Ivan Petrov",
                 id="he-after-they-met-someone-is-not-the-one-met"),
    pytest.param(("The harbour repairs are ahead of schedule, according to engineer Tom "
                 "Osei.\n\nWork so far\n\n“We poured the last of the concrete on Friday.”"),
                 "poured the last", "Tom Osei",
                 id="a-crosshead-between-according-to-and-the-words"),
    pytest.param(("Mira Osei runs the bakery on Dock Street. Her ovens date from 1950, and she "
                 "opens at five.\n\n“I learned the trade from my grandmother and I still use her "
                 "recipes.”"),
                 "learned the trade", "Mira Osei",
                 id="first-person-words-after-a-paragraph-about-one-person"),
    pytest.param(("Tomas Berg opened the hearing. “The ferry fares are too high,” Berg said.\n\n"
                  "Varn Green leader backed the fare freeze yet faulted its timing.\n\n“Nobody "
                  "on the harbour board will own this,” he added."),
                 "harbour board will own", None,
                 id="he-after-a-job-written-without-an-article-names-nobody"),
    pytest.param(("Jody Laska, the harbour minister, opened the dock meeting.\n\n“Nobody here "
                  "votes today, yet the tide tables are due soon,” Laska said.\n\n“The pilots "
                  "cannot wait for ever,” she added.\n\nPort chief Dov Brenner, also present at "
                  "the meeting, said the pilots would help shape any rota, but warned that the "
                  "board would decide.\n\n“The pilots have a say, though the board has the last "
                  "word,” he said."),
                 "the last word", "Dov Brenner",
                 id="she-after-a-quote-tells-the-sex-a-given-name-leaves-open"),
    pytest.param(("Otters coach Ana Ruiz was pleased with the regatta.\n\nLena Varun rowed in "
                  "place of Rosa Tallis at stroke and the Otters’ coach feels the crew looked "
                  "sharper.\n\n“We keep moving seats until the boat runs true.”"),
                 "boat runs true", "Ana Ruiz",
                 id="a-quote-after-a-clause-of-thinking-is-its-subjects"),
    pytest.param(("Tomas Berg sat beside the clerk.\n\nTomas later said the ferry vote settled "
                  "the matter.\n\n“Our side kept its word. The port can plan now,” the Harbin "
                  "North MP said."),
                 "kept its word", "Tomas Berg",
                 id="the-member-for-a-seat-is-the-person-just-written-about"),
    pytest.param(("Ann Bex led the glacier survey.\n\nThe ice was thinning “faster than any "
                  "model had shown,” Bex said.\n\nThe melt would “lift the sea by a hand’s "
                  "width within ten years,” the Danish geologist added."),
                 "lift the sea", "Ann Bex",
                 id="a-scientist-by-discipline-is-the-one-just-quoted"),
    pytest.param(("Omid Karimi coaches the rowing club.\n\n“Tom Vale and Ben Ruiz will row "
                  "in the final,” Karimi said.\n\nVale and Ruiz, both 19, won the heats on "
                  "Saturday.\n\nThe race board wants a new course, a plan Karimi opposes.\n\n"
                  "“The old course is the fairest one we have,” he told the club newsletter."),
                 "fairest one", "Omid Karimi",
                 id="he-is-not-one-of-two-men-named-together"),
    pytest.param(("Piet Lund and his sister Ines ran the bakery for a decade.\n\n“Bread "
                  "kept us going, and it still does,” he said, flour on his sleeves."),
                 "Bread kept us", "Piet Lund",
                 id="he-is-the-man-of-a-couple-named-together"),
    pytest.param(("Dan Ruiz posted a photograph of the pair on stage, while English novelist "
                  "and screenwriter Ian Vale wrote: “Every rehearsal with him was a lesson.”"),
                 "Every rehearsal", "Ian Vale",
                 id="a-name-after-two-jobs-joined-by-and"),
    pytest.param(("Ian Vale has retired.\n\nBrackwater, Vale’s printer for thirty years, "
                  "said: “Our presses will run quieter without his orders.”"),
                 "presses will run", None,
                 id="a-body-described-as-someones-publisher-is-not-that-someone"),
    pytest.param(("Piet Lund visited the ward on Monday.\n\n“The swelling is going down,” "
                  "Lund said, according to the ward manager Oren Vail."),
                 "swelling is going", "Piet Lund",
                 id="words-said-according-to-someone-else-are-the-sayers"),
    pytest.param(("Kofi Amadu told a rally the count had been “rigged from the start,” "
                  "according to the Harbour Gazette."),
                 "rigged from the start", "Kofi Amadu",
                 id="a-phrase-in-a-relayed-claim-is-the-claimants"),
    pytest.param(("According to the Harbour Gazette, Kofi Amadu then said: “We will appeal.”"),
                 "will appeal", "Kofi Amadu",
                 id="a-quote-after-according-to-and-a-sayer-is-the-sayers"),
    pytest.param(("Mara Quell signed the accord in Velden on Monday with the mayor of the town."
                  "\n\nIt was the first visit by a French president to the valley in thirty "
                  "years.\n\nThe French president later praised the hosts and promised new "
                  "funds for the railway.\n\n“The welcome was warm, and we will come back,” she "
                  "wrote that night."),
                 "welcome was warm", "Mara Quell",
                 id="a-country-s-one-holder-office-is-the-person-named-not-an-unnamed-one"),
    pytest.param(("Anna’s mother, Dorota, said the wait had been hard on all of them.\n\n"
                  "But the boy’s father, Tomas Berg, said the family would never forget the "
                  "day.\n\n“We will keep his room just as it was,” he said outside the "
                  "court."),
                 "keep his room", "Tomas Berg",
                 id="a-kin-word-subject-is-the-one-named-beside-it-before-other-kin"),
    pytest.param(("As a young ferry pilot, Tomas Berg crossed the strait in all weathers.\n\n"
                  "The pilot was a fixture of the harbour for forty years.\n\n“I never tired "
                  "of the water,” he said in a 2010 interview."),
                 "never tired", "Tomas Berg",
                 id="a-noun-after-as-a-is-what-someone-named-is-not-someone-unnamed"),
    pytest.param(("Tomas Berg left the ferries in May. He spent the summer on his own boat."
                  "\n\n“Gone fishing, and back when the fish say so,” ran the note pinned to "
                  "the harbour office door."),
                 "Gone fishing", None,
                 id="words-a-message-runs-are-its-unnamed-writers-not-the-one-before"),
    pytest.param(("Ferry passenger Tomas Berg spent Sunday night on the quay.\n\n"
                  "“I slept on my suitcase.”\n\nThe café stayed open late.\n\n“Every "
                  "sailing was cancelled until the morning.”\n\nThe storm eased at dawn.\n\n"
                  "“The first boat left at seven.”"),
                 "The first boat left", "Tomas Berg",
                 id="bare-quote-paragraphs-either-side-of-one-line-of-narration"),
    pytest.param(("Ferry passenger Tomas Berg spent Sunday night on the quay.\n\n"
                  "“I slept on my suitcase.”\n\nThe harbour master told reporters the "
                  "boats were late.\n\n“Every sailing was cancelled until the morning.”"),
                 "Every sailing was cancelled", None,
                 id="bare-quote-after-narration-reporting-someone-elses-words"),
    pytest.param(("Tomas Berg, harbour pilot, has died\n\nFor fifty years Tomas Berg guided "
                  "ships into the port.\n\nNils Berg, his son, thanked the town on Monday."
                  "\n\nThe weathered, soft-spoken pilot was known all along the coast. Many "
                  "remember the winter of 1962.\n\nThat winter he took a stricken ferry in "
                  "alone, calling to its crew: “Hold on and sing.”\n\n“People still stop me "
                  "on the quay about that night,” he told a local paper in 2004."),
                 "People still stop me", "Tomas Berg",
                 id="a-description-named-in-the-headline-is-the-subject-he-goes-on-with"),
    pytest.param(("Mayor Ivo Lund has a plan for the harbour.\n\n“Who pays for the new "
                  "wall?” Tomas Berg, a fisherman, wanted to know.\n\nBerg has fished "
                  "here since 1990.\n\nSeveral skippers, among them Nils Hauge, who chairs "
                  "the pilots’ guild, doubted Mayor Lund’s figures.\n\nHe added, “We will "
                  "wait for the survey.”"),
                 "wait for the survey", "Nils Hauge",
                 id="he-after-a-newcomer-beside-an-owner-named-before"),
    pytest.param(("Robin Varga was lost at sea in May.\n\nThe mother of Robin Varga said: "
                  "“The boats were everything to that child.”"),
                 "The boats were everything", None,
                 id="the-mother-of-someone-is-not-that-someone"),
    pytest.param(("Alex’s mother, Ana Ruiz, said that he had a fever.\n\nWhen Alex was "
                  "moved to a ward she said she stayed the night.\n\n“The nurses were very "
                  "kind,” she said."),
                 "The nurses were very kind", "Ana Ruiz",
                 id="a-mothers-he-in-her-report-tells-nothing-of-her-own-sex"),
    pytest.param(("Marta Quellin said Norland had signed the fishing accord in May, whereas "
                  "Varnia would “sign nothing that touches the northern banks.”"),
                 "sign nothing", "Marta Quellin",
                 id="a-countrys-act-inside-a-persons-report-is-the-persons-words"),
    pytest.param(("Harbour board chair, Lotte Brandvik, said on Friday that the trustees "
                  "voiced the wish that the port “would stay open to every fishing boat "
                  "through the winter months.”"),
                 "would stay open", "Lotte Brandvik",
                 id="a-groups-wish-inside-a-persons-report-is-the-persons-words"),
    pytest.param(("Lotte Brandvik, who chairs the harbour board, told reporters in a statement "
                  "on Monday the dredging had begun.\n\nThe statement added that should the "
                  "“tides keep silting the channel, the board will buy a second dredger next "
                  "spring.”"),
                 "tides keep silting", "Lotte Brandvik",
                 id="the-statement-is-the-one-someone-made-before"),
    pytest.param(("Mayor Ilse Marr was once quoted as saying the “quiet neglect” of the docks "
                  "resembles “Old Harbour habits that let the whole waterfront rot.”"),
                 "Old Harbour habits", "Ilse Marr",
                 id="quoted-as-saying-is-the-subjects-words"),
    pytest.param(("Harbour plan splits the town\n\n\"Hold the line, the docks are not sold\".\n\n"
                  "That's the message union leader Tomas Berg had for the crowd outside the "
                  "council, where Mayor Ilse Marr was meeting buyers."),
                 "Hold the line", "Tomas Berg",
                 id="thats-the-message-someone-had-names-the-speaker-after"),
    pytest.param(("Her son has had a cough for a week. “Last night he could hardly sleep,” says "
                  "Marr “He still coughs every hour.”\n\nIlse Marr waited three hours."),
                 "He still coughs", "Ilse Marr",
                 id="a-name-alone-after-says-between-two-quotes"),
    pytest.param(("Tomas Berg, the harbour minister and avowed Ilse Marr fan, shared footage "
                  "of the quay dispute on his page with the words: “The tide turns today! Go "
                  "Ilse Marr”."),
                 "The tide turns today", "Tomas Berg",
                 id="a-name-with-an-apposition-before-a-misparsed-verb"),
    pytest.param(("Tomas Berg was angry with Ilse Marr, saying the tackle was “badly timed” and "
                  "“she could easily have waited for the ball”."),
                 "she could easily have waited", "Tomas Berg",
                 id="a-quote-joined-by-and-to-the-one-before"),
    pytest.param("Tomas Berg took the award.\n\nCiting Ilse Marr, Orla Kent and Piet Dade, he "
                 "said: “I have learnt so much from so many actors over the years.”",
                 "learnt so much", "Tomas Berg",
                 id="not-those-a-participle-opening-the-sentence-names"),
    pytest.param("Tomas Berg spoke after the match.\n\n“We ground it out,” Berg said.\n\n"
                 "On Ilse Marr’s form, the Harbin boss added: “She has been superb for us.”",
                 "She has been superb", "Tomas Berg",
                 id="a-role-after-a-quote-with-only-an-owner-named-between"),
    pytest.param("Officials met on Monday.\n\nPresident Tomas Berg reacted to the news by writing "
                 "online, “What is going on with the ferries? Here we go!”",
                 "What is going on", "Tomas Berg",
                 id="the-subject-of-the-verb-a-by-participle-goes-with"),
    pytest.param("Ilse Marr met Tomas Berg on Friday. A video showed Ilse Marr, the new chair, "
                 "asking Tomas Berg, \"How is the harvest?\" as they sat together.",
                 "How is the harvest?", "Ilse Marr",
                 id="not-the-one-asked"),
    pytest.param("Dobbe arrived late.\n\nDobbe said the plan was sound. “We will sign it,” "
                 "Dobbe said.",
                 "We will sign it", "Dobbe",
                 id="a-one-word-name-the-tagger-never-found-that-speaks-twice"),
    pytest.param("Tomas Berg spoke in Harbin on Saturday. Berg explained that voters had left "
                 "Ivo Ruiz. This grew after Ruiz was forced to resign in 2018.\n\n“The people "
                 "who backed Ruiz had no other home. Those voters were never ours” “It is right "
                 "that they chose another party, and we can live with that. We are content as "
                 "we stand, and when the police came for the old leader the whole thing went "
                 "badly,” he said.",
                 "Those voters were never ours", "Tomas Berg",
                 id="a-quote-closed-where-the-next-opens-is-the-next-speaker-s"),
    pytest.param("“How long until the hospital?” injured driver Orlo asks the crew.\n\n“Five "
                 "more minutes,” combat medic Tavek, 45, replies, gripping the driver’s arm. "
                 "“Stay with us, friend.”",
                 "Five more minutes", "Tavek",
                 id="a-verb-of-speech-tagged-a-plural-noun-after-a-name-and-age"),
    pytest.param("This was stated by Harbour Minister Tomas Berg at a joint briefing with "
                 "Varnish Harbour Minister Ivo Ruiz in Harbin.\n\n\"We want the ferries "
                 "running again before the winter,\" the minister stressed.",
                 "We want the ferries", "Tomas Berg",
                 id="of-two-holding-the-role-the-one-the-narration-has-acting"),
    pytest.param("Ilse Marr met Tomas Berg on Friday.\n\nMarr: \"Did you mean it?\"\n\n"
                 "Berg: \"Yes, back then I meant every word of it.\"",
                 "Yes, back then", "Tomas Berg",
                 id="a-name-before-a-colon-as-in-a-transcript"),
    pytest.param("Varn Minister To Mayor Marr: 'We Will Not Pay For The Bridge'\n\nVarn's "
                 "finance minister Tomas Berg has told Orlo mayor Ilse Marr that the state will "
                 "not fund the new bridge.",
                 "We Will Not Pay", None,
                 id="not-the-one-a-headline-puts-the-words-to"),
    pytest.param("Tomas Berg spent ten years on the film. He shot most of it near Regina.\n\n"
                 "In a note signed with his wife Ilse Marr, the director said: “We are "
                 "thrilled that people will see it at last.”",
                 "We are thrilled", "Tomas Berg",
                 id="a-role-word-for-the-subject-of-the-paragraph-before-one-naming-others"),
    pytest.param("Harbour Minister Tomas Berg opened the new quay on Friday.\n\nStanding "
                 "beside his aide Ilse Marr, the director said: “We are thrilled that ships "
                 "can dock here at last.”",
                 "We are thrilled", None,
                 id="not-the-subject-of-the-paragraph-before-given-another-title"),
    pytest.param("Ivo Orlov spoke on Varn radio.\n\nHe noted that Tomas Berg was the one who "
                 "sent the ferries in 2017, adding, “I believe Berg should be thanked for "
                 "that.”",
                 "I believe Berg", "Ivo Orlov",
                 id="a-participle-after-a-reported-clause-is-the-reporter-s"),
    pytest.param("Tomas Berg, the captain, said his team were short of runs.\n\n“We were "
                 "twenty runs short, and the pitch was slow,” the 31 year-old said.",
                 "We were twenty runs short", "Tomas Berg",
                 id="an-age-hung-from-the-verb"),
    pytest.param("Ilse Marr took three wickets.\n\n“I had sat out four games before this one. "
                 "We mean to take each game as it comes,’ said the veteran pacer.",
                 "I had sat out", "Ilse Marr",
                 id="a-double-quote-closed-by-a-single-mark-and-a-sports-role"),
    pytest.param("Tomas Berg told reporters the boats were ready.\n\nIlse Marr is a "
                 "councillor of the harbour ward.\n\nShe said they check the boats daily."
                 "\n\n“On the quays, in the sheds, under the nets, rats can breed,” said the "
                 "local representative.",
                 "On the quays", "Ilse Marr",
                 id="a-role-word-like-a-pronoun-for-the-person-last-written-of"),
    pytest.param("Tomas de Brant looked out over the reef.\n\n“Every island has a name,” de "
                 "Brant said.",
                 "Every island", "Tomas de Brant",
                 id="a-surname-with-its-particle-written-alone"),
    pytest.param("“We have only begun,” enthused dock worker and organiser Tomas Berg at the "
                 "rally, adding, “I want the owners to hear this today.”",
                 "I want the owners", "Tomas Berg",
                 id="a-participle-after-a-verb-with-its-subject-after-it"),
    pytest.param("Ivo Orlov spoke first.\n\n“This is not the end. It is only the start,” affirmed "
                 "another Varn worker identified at the rally as Tomas.",
                 "This is not the end", "Tomas",
                 id="a-worker-identified-by-a-first-name"),
    pytest.param("The plant shut on Friday.\n\n“When the managers came in, they told all of us to "
                 "pack up and go home,” Ilse, a former employee.",
                 "When the managers came in", "Ilse",
                 id="a-source-line-without-a-verb"),
    pytest.param("Ilse Marr, a shop steward, heard the news at nine.\n\n“I broke it to the "
                 "night shift. It was awful.”\n\nShe said just one manager was on "
                 "site and he knew nothing.\n\nThe workers gathered in the yard and she gave them "
                 "the news.\n\nMs Marr said that she and ten others would stay the night.\n\n"
                 "All of them would report for their shifts as usual.\n\n“We want answers from the "
                 "owners, and we want them now.”",
                 "We want answers", "Ilse Marr",
                 id="a-bare-quote-after-the-speaker-s-words-reported"),
    pytest.param("Ilse Bright with the council's office in Harbin says the ferry will run "
                 "again.\n\n“The boats are ready and the crews are waiting for the word,” she "
                 "said.",
                 "The boats are ready", "Ilse Bright",
                 id="a-name-the-tagger-read-as-common-words"),
    pytest.param("The head of the Brazilian delegation, Ivo Orlov, wrote that progress was made."
                 "\n\n“We will meet again soon, once the experts have agreed on a text,” the "
                 "head of the Canadian delegation added.",
                 "We will meet again", None,
                 id="the-head-of-another-people-s-delegation"),
    pytest.param("“We have no boats left! Why?” State Senator Ilse Marr of Harbin wrote on her "
                 "own page.",
                 "We have no boats", "Ilse Marr",
                 id="a-longer-sentence-only-saying-who-spoke-after-a-question"),
    pytest.param("Tomas Berg met the council on Monday.\n\nOne source said Berg called the ferry "
                 "plan \"cruel, cruel, cruel\" and said, \"The fishermen deserve far kinder.\"",
                 "The fishermen deserve", "Tomas Berg",
                 id="a-second-said-repeating-the-first"),
    pytest.param("Tomas Berg spoke for the students.\n\n“After such a hard year, more of this is "
                 "not what any of us want,” he told the paper.\n\nSo long as I finish my degree, I "
                 "do not really mind. Most of us feel the same.”",
                 "So long as I finish", "Tomas Berg",
                 id="a-paragraph-of-sentences-going-on-with-its-opening-mark-lost"),
    pytest.param("In her letter Ilse Marr wrote, \" When I took the post I had a plan for the "
                 "harbour.\"",
                 "When I took the post", "Ilse Marr",
                 id="a-space-typed-inside-the-opening-mark"),
    pytest.param("Tavek, a trainer at the call centre, has seen the machines arrive.\n\n“Part "
                 "of me is scared. What if they take over?” she told the paper.",
                 "Part of me", "Tavek",
                 id="a-first-name-in-apposition-to-a-job"),
    pytest.param("Dobbe Party MPs passed a motion against party leader Tomas Berg.\n\nThe "
                 "party’s leader in Harbin, Ivo Orlov, said: “Had I lost the backing of my "
                 "members I would have to go.”\n\nParty critic Dan Varco called the vote "
                 "“historic”, adding: “Tomas simply has to accept it now.”\n\nBut after the "
                 "count the leader released a note saying the council was “in chaos”, "
                 "adding: “We have the duty to lead where the council will not.”\n\nHe added: "
                 "“The members elected me and I will not resign.”",
                 "The members elected me", "Tomas Berg",
                 id="a-title-not-tied-to-a-place-over-one-that-is"),
    pytest.param("Health Secretary Ivo F. Lincoln Jr. spoke on Monday.\n\nLincoln sacked all 17 "
                 "members of the panel this month.\n\n“Why hide it?” asked Rep. Tomas Berg."
                 "\n\nLincoln stood by the move, saying the panel had ties to industry.\n\n“I "
                 "removed members with ties to industry,” he said.",
                 "I removed members", "Ivo F. Lincoln Jr.",
                 id="a-surname-alone-after-the-full-name-with-its-generation"),
    pytest.param("“We only want the truth,” said Ana Varco, the sister of Ivo Varco, who died "
                 "in the protests.\n\n“I cannot go on like this,” Varco said.",
                 "I cannot go on", "Ana Varco",
                 id="a-surname-alone-not-the-relative-named-in-passing"),
    pytest.param("Tomas Berg’s suggestion won loud applause.\n\n“The plan divides the town. "
                 "Let the voters settle it.”",
                 "The plan divides", "Tomas Berg",
                 id="a-quote-after-someone-s-suggestion"),
    pytest.param("Police spokesperson Tomas Berg said a case was opened.\n\n“Officers closed "
                 "two roads in the town.\n\n‘‘We believe a shop was looted,” Berg said.",
                 "We believe a shop", "Tomas Berg",
                 id="a-quote-reopened-by-two-single-marks"),
    pytest.param("Ivo Der Varco said the shooting had shaken him.\n\n“I do not want to be the "
                 "next one,” Mr. Der Varco said.",
                 "I do not want", "Ivo Der Varco",
                 id="a-surname-of-two-words-opening-on-a-foreign-article"),
    pytest.param("The mother of Ivo Varco, who was killed in May, welcomed the verdict.\n\n"
                 "Mrs Varco, 80, said: “Nothing will bring him back.”",
                 "Nothing will bring", "Varco",
                 id="an-honorific-is-no-plural-title"),
    pytest.param("Hundreds came to the vigil.\n\n\"She will grow up without her mother, Ilse "
                 "Marr, of Harbin, said quietly. \"It makes no sense.\"",
                 "She will grow up", "Ilse Marr",
                 id="a-closing-mark-left-out-before-who-spoke"),
    pytest.param("Tomas Berg spoke.\n\nBerg said that Orlov had “admitted the mistake” and "
                 "that “all the files have been released”.",
                 "all the files", "Tomas Berg",
                 id="a-second-that-clause-hangs-on-the-verb-of-saying"),
    pytest.param("Ilse Marr was the first minister to back Tomas Berg, posting a picture that "
                 "said “I am with Tomas” beside his photograph.",
                 "I am with Tomas", "Ilse Marr",
                 id="words-on-a-picture-someone-posted"),
    pytest.param("Tomas Berg holed the last putt to win by four.\n\nGood thing Berg is calm "
                 "about it all.\n\n“The crowd was loud. It was fun,” the Aussie said.",
                 "The crowd was loud", "Tomas Berg",
                 id="the-person-by-an-informal-word-for-a-people"),
])
def test_speaker_of_a_quote(nlp, text, words, speaker):
    assert _statement(_extract(nlp, text), words).speaker == speaker


def test_words_someone_is_hailed_as_are_not_theirs(nlp):
    text = "Tomas Berg was named pilot of the year, hailed as the “finest pilot of the strait.”"
    article = Article(article_id="a1", source_uri="mem://a1", text=text, content_hash="h")
    extract_articles(_Misparsed(nlp, [("hailed", "named", "conj", "VBD", "VERB")]), [article])
    assert "Tomas Berg" not in [s.speaker for s in article.statements if "finest" in s.quote]


def test_a_verb_of_a_clause_of_time_about_a_thing_names_no_speaker(nlp):
    article = _extract(nlp, "Tomas Berg had a “very warm” meeting with envoy Ilse Marr in "
                            "Regina on Monday as talks over the treaty continued.")
    assert "Ilse Marr" not in [s.speaker for s in article.statements if "warm" in s.quote]


def test_a_term_a_country_calls_something_is_not_the_reporting_persons(nlp):
    article = _extract(nlp, "Marta Quellin said the treaty leaves out what Varnia calls its "
                            "“northern question”.")
    assert "Marta Quellin" not in [s.speaker for s in article.statements
                                   if s.kind != "indirect" and "northern question" in s.quote]


def test_a_phrase_quoted_without_a_speaker_is_of_the_one_who_says_it_in_full(nlp):
    text = ("Unions say the plan is “a recipe for chaos” and will fight it.\n\nTomas Berg, who "
            "leads the drivers’ union, said: “This plan is a recipe for chaos. We will strike.”"
            "\n\nOthers called the plan “a road to ruin”.")
    said = {(s.quote, s.kind, s.speaker) for s in _extract(nlp, text).statements}
    assert ("a recipe for chaos", "partial", "Tomas Berg") in said
    assert not any(quote == "a road to ruin" for quote, _, _ in said)


def test_a_name_written_family_name_first_is_whole_and_known_by_its_family_name(nlp):
    text = ("Midfielder Pyo Dae-han scored twice. Striker Ohm Jae-seon watched. Pyo said the "
            "team had worked hard all season.")
    doc = _with_entities(nlp, text, [("Pyo Dae-han", "PERSON"), ("Ohm Jae-seon", "PERSON"),
                                     ("Pyo", "ORG", "Pyo said")])
    actors = {m.name: (m.kind, m.count) for m in find_actors(doc, []).mentions}
    assert actors == {"Pyo Dae-han": ("person", 2), "Ohm Jae-seon": ("person", 1)}


def test_a_name_compounded_into_a_word_loses_the_word(nlp):
    doc = _with_entities(nlp, "Guests came to a Lena Varga-themed party on Friday.",
                         [("Lena Varga-themed", "PERSON")])
    assert [m.name for m in find_actors(doc, []).mentions] == ["Lena Varga"]


def test_a_surname_that_opens_with_its_particle_is_the_same_person(nlp):
    text = ("Coach Pieter van Aalst was unhappy with the display.\n\n"
            '"We have to improve a lot to be at the top of the league," said van Aalst.')
    doc = _with_every_entity(nlp, text, [("Pieter van Aalst", "PERSON"),
                                         ("van Aalst.", "PERSON")])
    people = _person_counts(doc)
    assert people == {"Pieter van Aalst": 2}


def test_a_known_surname_read_as_a_verb_is_still_the_person(nlp):
    text = "Manager Tomas Reding praised the crowd. Reding, however, was not impressed."
    doc = _with_entities(nlp, text, [("Tomas Reding", "PERSON")])
    token = doc.char_span(text.index("Reding,"), text.index("Reding,") + 6)[0]
    token.tag_, token.pos_ = "VBG", "VERB"
    people = _person_counts(doc)
    assert people == {"Tomas Reding": 2}


def test_a_surname_tagged_a_noun_after_a_given_name_in_brackets_completes_it(nlp):
    text = "“We kept our word to President (Tomas) Berg: all of it,” Ilse Marr said."
    doc = _with_entities(nlp, text, [("Tomas", "PERSON"), ("Ilse Marr", "PERSON")])
    token = doc.char_span(text.index("Berg"), text.index("Berg") + 4)[0]
    token.tag_, token.pos_ = "NN", "NOUN"
    assert _person_counts(doc) == {"Tomas Berg": 1, "Ilse Marr": 1}


@pytest.mark.parametrize(("text", "characters"), [
    ("Tomas Berg, who played the crooked landlord, Ivo Dobbe, in the series, died on Monday.",
     {"Ivo Dobbe"}),
    ("Tomas Berg charmed viewers in roles from Lady Orla Vane in Harbour Lights to Ivo Dobbe "
     "in Night Ferry, his agent said.", {"Orla Vane"}),
])
def test_characters_a_performer_played_are_no_actors(nlp, text, characters):
    people = {m.name for m in _extract(nlp, text).actors if m.kind == "person"}
    assert "Tomas Berg" in people and not people & characters


def test_a_part_played_in_a_drama_is_no_actor(nlp):
    text = ("Ilse Marr's roles on television included those in Harbour Lights, Dock Road and "
            "more recently as Dobbe in the police drama, Night Shore.")
    doc = _with_entities(nlp, text, [("Ilse Marr", "PERSON"), ("Dobbe", "PERSON")])
    people = _person_counts(doc)
    assert "Ilse Marr" in people and "Dobbe" not in people


def test_a_name_running_into_a_title_cased_title_is_no_actor(nlp):
    text = "Ilse Marr had parts in Tomas Orlo And The Glass Key and in two stage plays."
    assert {m.name for m in _extract(nlp, text).actors if m.kind == "person"} == {"Ilse Marr"}


def test_a_place_named_like_a_person_before_the_noun_it_qualifies_is_the_place(nlp):
    text = ("Thieves took jewels from a museum in Regina on Sunday, Ilse Marr said.\n\n"
            "According to the former Regina police chief, it was a skilled team.")
    assert {m.name for m in _extract(nlp, text).actors if m.kind == "person"} == {"Ilse Marr"}


def test_a_description_speaks_for_the_one_person_its_paragraph_is_about(nlp):
    text = ("Vestby beat Lunde 2-1 on Sunday.\n\n"
            "Manager Tomas Reding was not impressed with the referee. \"We started well and "
            "should have scored three or four goals,\" the former Lunde coach said.\n\n"
            "Ola Brekke met the coach later. \"I have nothing more to say about any of it "
            "today,\" the coach said.")
    article = _extract(nlp, text)
    assert _statement(article, "We started well").speaker == "Tomas Reding"
    assert _statement(article, "nothing more to say").speaker is None


def test_a_titled_surname_that_is_also_a_common_word_is_the_person(nlp):
    text = ("Unions met Nora Hope on Monday. Mrs Hope said the talks may go on, and "
            "staff hope for a deal.")
    doc = _with_every_entity(nlp, text, [("Nora Hope", "PERSON"), ("Mrs Hope", "PERSON")])
    people = _person_counts(doc)
    assert people == {"Nora Hope": 2}


def test_a_name_after_an_indefinite_article_and_a_modifier_is_a_thing(nlp):
    text = "Anna Brandt warned that a no-deal Vexit would hurt trade. Vexit talks resume."
    doc = _with_every_entity(nlp, text, [("Anna Brandt", "PERSON"), ("Vexit", "PERSON")])
    people = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert people == {"Anna Brandt"}


def test_an_office_in_capitals_before_a_surname_is_a_title(nlp):
    text = ("The case was led by Assistant District Attorney Mara Okafor. \"We got it right,\" "
            "ADA Okafor said. Her colleague MJ Rowe and Mina Rowe spoke later.")
    doc = _with_every_entity(nlp, text, [("Mara Okafor", "PERSON"), ("ADA Okafor", "PERSON"),
                                         ("MJ Rowe", "PERSON"), ("Mina Rowe", "PERSON")])
    people = _person_counts(doc)
    assert people["Mara Okafor"] == 2 and "ADA Okafor" not in people
    assert people["MJ Rowe"] == 1 and people["Mina Rowe"] == 1  # maybe initials: no join


def test_a_full_name_filed_as_a_body_is_the_person_its_surname_speaks_for(nlp):
    text = ("Interior Minister and party chief Vexaldo Quiroga suggested on Monday that the vote "
            "would be delayed. Quiroga said he had read a message from a supporter.")
    doc = _with_entities(nlp, text, [("Vexaldo Quiroga", "ORG"),
                                     ("Quiroga", "ORG", "Quiroga said")])
    people = _person_counts(doc)
    assert people == {"Vexaldo Quiroga": 2}


def test_a_short_quote_after_a_reporting_verb_and_a_comma_is_direct(nlp):
    text = ('Anna Brandt spoke to the crowd on Monday. She then remarked, "The bridge opens '
            'soon," and left the stage.')
    assert _statement(_extract(nlp, text), "The bridge opens soon").kind == "direct"


def test_a_headline_quote_takes_the_speaker_of_the_same_words_below(nlp):
    text = ("Harbour Chief Says Ferry Deal Is Close: 'We Sail in Spring'\n\n"
            "Port director Anna Brandt spoke at the quay on Friday. She then added, "
            '"We sail in spring," and waved.')
    article = _extract(nlp, text)
    quotes = [s for s in article.statements if s.quote_key == quote_key("We sail in spring")]
    assert len(quotes) == 2 and {s.speaker for s in quotes} == {"Anna Brandt"}


def test_a_quote_left_open_at_the_end_of_the_copy_keeps_its_speaker(nlp):
    text = ("Mira Castell spoke after the vote.\n\n"
            "She added: “We will go on talking to every party in this chamber.")
    statement = _statement(_extract(nlp, text), "We will go on talking")
    assert (statement.speaker, statement.kind) == ("Mira Castell", "direct")


def test_a_person_tagged_up_to_a_particle_takes_the_surname_after_it(nlp):
    text = "Commission President Marta von der Halen said the plan was ready."
    for cut in ("Marta von der", "Marta von"):
        doc = _with_entities(nlp, text, [(cut, "PERSON"), ("Halen", "GPE")])
        kinds = _kinds(doc)
        assert kinds == {"Marta von der Halen": "person"}


def test_an_officer_named_after_the_body_in_one_entity_is_a_person_with_the_office(nlp):
    text = ("The delegation includes Secretary of the National Security Council Rustam Velor "
            "and Chief of General Staff of the Armed Forces of Norway Andri Kolbat.")
    doc = _with_entities(nlp, text, [
        ("National Security Council Rustam Velor", "ORG"),
        ("Armed Forces of Norway Andri Kolbat", "ORG")])
    mentions = {m.name: m for m in find_actors(doc, []).mentions}
    assert mentions["Rustam Velor"].kind == "person"
    assert mentions["Andri Kolbat"].kind == "person"
    assert mentions["National Security Council"].kind == "organization"
    assert "Secretary of the National Security Council" in mentions["Rustam Velor"].roles


def test_an_officer_named_after_a_title_inside_one_entity_is_a_person(nlp):
    text = ("Yesterday Harbour Board Chairman Liesel Ovambo closed the meeting, and Secretary "
            "of the Security and Defense Council Rustam Velor left early.")
    doc = _with_entities(nlp, text, [("Yesterday", "DATE"),
                                     ("Harbour Board Chairman Liesel Ovambo", "ORG"),
                                     ("Security and Defense Council Rustam Velor", "ORG")])
    mentions = {m.name: m for m in find_actors(doc, []).mentions}
    assert mentions["Liesel Ovambo"].kind == "person"
    assert mentions["Liesel Ovambo"].roles == ["Harbour Board Chairman"]
    assert mentions["Harbour Board"].kind == "organization"
    assert mentions["Rustam Velor"].kind == "person"


def test_an_officer_named_after_a_portfolio_in_one_entity_is_a_person(nlp):
    text = ("“The crews arrived within the hour,” Undersecretary of the Interior Ramon "
            "Etxeberri explained.")
    doc = _with_entities(nlp, text, [("the Interior Ramon Etxeberri", "ORG")])
    kinds = _kinds(doc)
    assert kinds.get("Ramon Etxeberri") == "person"


@pytest.mark.parametrize(("text", "labelled"), [
    # the full name tagged a person, its surname a place where it speaks
    ("The spokesman Kunle Adeyemo spoke on Sunday.\n\nAccording to Adeyemo: “The plan "
     "stands.”", [("Kunle Adeyemo", "PERSON"), ("Adeyemo", "GPE")]),
    # the full name not tagged at all, the surname a body where it speaks
    ("Centre Tobin Qarsi was also struggling to forget the game.\n\n“I had bad nights,” "
     "Qarsi said.", [("Qarsi", "ORG")]),
])
def test_a_quoted_surname_is_the_person_named_in_full(nlp, text, labelled):
    doc = _with_every_entity(nlp, text, labelled)
    # above the quote only the tagged full name, if any, stays an entity
    doc.ents = [e for e in doc.ents if e.start_char > text.index("\n")] + \
        [e for e in doc.ents if e.start_char < text.index("\n") and e.label_ == "PERSON"]
    people = _person_counts(doc)
    assert len(people) == 1 and list(people.values()) == [2], people


def test_a_lower_case_phrase_without_a_subject_is_partial_unless_very_long(nlp):
    text = ("Maria Lund asked the council to “explore options for support "
            "based on an assessment of the financing needs.”\n\n"
            "Jon Berg said the group would “try to achieve at least the first steps toward "
            "calm, an end to the fighting and then a lasting settlement,” he said.")
    article = _extract(nlp, text)
    assert _statement(article, "explore options").kind == "partial"
    assert _statement(article, "try to achieve").kind == "direct"


def test_the_body_after_an_office_takes_no_role_from_it(nlp):
    text = "He was Senior Vice President of Content for Mark Dray, Inc. for six years."
    doc = _with_entities(nlp, text, [("Mark Dray", "PERSON")])
    mention = next(m for m in find_actors(doc, []).mentions if m.name == "Mark Dray")
    assert mention.roles == []


def test_the_president_elect_of_a_country_named_beside_the_office_is_its_speaker(nlp):
    text = ("The president-elect of Argentina, Tomas Arvilo, confirmed on Wednesday that the "
            "cabinet was complete.\n\n"
            "“Yes, yes, the cabinet is complete”, said the president-elect in an interview.\n\n"
            "According to the president-elect, “they understand the problems, they are very "
            "committed to what has to be done (in the long run)”, a plan the team backs.")
    article = _extract(nlp, text)
    assert "president-elect of Argentina" in _person(article, "Arvilo").roles
    assert _statement(article, "the cabinet is complete").speaker == "Tomas Arvilo"
    according = _statement(article, "they understand the problems")
    assert (according.speaker, according.kind) == ("Tomas Arvilo", "direct")


def test_a_name_listed_among_people_is_a_person_though_named_once(nlp):
    text = ("His slate includes senators Ronald Pike and Mary Doyle, actor Peter Lowe, "
            "Jayro Tenlo and Henry Marsh.")
    doc = _with_every_entity(nlp, text, [(n, "PERSON") for n in (
        "Ronald Pike", "Mary Doyle", "Peter Lowe", "Jayro Tenlo", "Henry Marsh")])
    people = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert "Jayro Tenlo" in people


def test_the_officer_brought_in_without_a_name_is_not_a_named_officer(nlp):
    text = ("Police officer Dan Keller found the car in 1987.\n\n"
            "Years later a police officer called at the house, and “the officer left”. "
            "According to reports, the officer recalled: “I knocked on the door for about "
            "ten minutes and then went round the back.”\n\n"
            "Kevin Marsh, a spokesperson for the city, spoke on Monday. “We will review the "
            "case,” the spokesperson said.")
    article = _extract(nlp, text)
    assert _statement(article, "I knocked on the door").speaker is None
    assert _statement(article, "We will review").speaker == "Kevin Marsh"


def test_a_verb_opening_a_sentence_tagged_a_person_is_no_one(nlp):
    text = "Flushing away the doubts was one of coach Randy Carl's mantras this season."
    doc = _with_entities(nlp, text, [("Flushing", "PERSON"), ("Randy Carl", "PERSON")])
    people = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert people == {"Randy Carl"}


def test_a_surname_written_with_its_particle_joined_and_a_nationality_name_one_speaker(nlp):
    text = ("Norwegian fisheries minister Sheikh Fahad Nasser al-Rumaih said on Tuesday that "
            "the quota was settled.\n\n"
            "Asked whether the fleets would accept it, alRumaih said: \"The fleets signed last "
            "night.\"\n\n"
            "\"This is a good day for the coast,\" the Norwegian said. \"Nobody has to sell a "
            "boat now.\"")
    article = _extract(nlp, text)
    assert [m.name for m in article.actors if m.kind == "person"] == ["Fahad Nasser al-Rumaih"]
    for words in ("fleets signed", "good day for the coast", "sell a boat"):
        assert _statement(article, words).speaker == "Fahad Nasser al-Rumaih"


def test_a_two_word_body_that_the_clause_calls_he_is_a_person(nlp):
    text = "Malaysia's Obo Rantau said he wanted the new port open by spring."
    doc = _with_entities(nlp, text, [("Obo Rantau", "ORG")])
    kinds = _kinds(doc)
    assert kinds.get("Obo Rantau") == "person"


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_description_opening_the_sentence_is_no_part_of_the_name(nlp, label):
    text = "Driver Tom Halvard, 32, said he would strike again on Friday."
    doc = _with_entities(nlp, text, [("Driver Tom Halvard", label)])
    people = [m.name for m in find_actors(doc, []).mentions if m.kind == "person"]
    assert people == ["Tom Halvard"]


def test_the_reporter_of_another_outlet_someone_talks_to_is_no_actor(nlp):
    text = ("“The glacier is shrinking faster than we thought,” Robert Hale, a senior scientist "
            "at the centre, tells Lena Ward of the Northern Post. “Nobody expected this.”\n\n"
            "Lead author Piet Oranje wants more stations on the ice, he tells Mara Kessel of "
            "Harbour Weekly. Oranje told Anna Brandt of the plan on Monday.")
    article = _extract(nlp, text)
    people = {m.name for m in article.actors if m.kind == "person"}
    assert people == {"Robert Hale", "Piet Oranje", "Anna Brandt"}
    assert _statement(article, "Nobody expected").speaker == "Robert Hale"


def test_an_abbreviated_province_and_an_abbreviated_title_are_no_people(nlp):
    text = ("Lena Farouk, calling from Kingston, Ont., on Sunday, said the road was closed. "
            "Later, Ms Anna Brandt told her counterpart Amb. Vasil Nedko that the vote would "
            "go ahead.")
    doc = _with_entities(nlp, text, [("Lena Farouk", "PERSON"), ("Kingston", "GPE"),
                                     ("Ont", "PERSON"), ("Ms Anna Brandt", "PERSON"),
                                     ("Amb", "PERSON"), ("Vasil Nedko", "PERSON")])
    people = {m.name for m in find_actors(doc, []).mentions if m.kind == "person"}
    assert people == {"Lena Farouk", "Anna Brandt", "Vasil Nedko"}


@pytest.mark.parametrize(("text", "labelled", "person"), [
    # a person's description before a name that reads like a bank of a place
    ("“I watched films from dawn to midnight,” said Spanish actress Marta de Vigo.",
     [("Marta de Vigo", "PERSON")], "Marta de Vigo"),
    # a lower-case office before a body the tagger ran on into the name
    ("The minister summoned the Japanese ambassador to China Taro Ueda on Thursday.",
     [("China Taro Ueda", "ORG")], "Taro Ueda"),
])
def test_a_described_or_officed_name_is_a_person(nlp, text, labelled, person):
    doc = _with_entities(nlp, text, labelled)
    kinds = _kinds(doc)
    assert kinds.get(person) == "person"
    assert "China" not in kinds or kinds["China"] == "place"


def test_a_letter_speaks_for_the_person_it_is_from(nlp):
    text = ("“Our bakers thank you for the new flour rules,” begins the letter from Harbour "
            "League President Mira Castell to Prime Minister Tomas Reding.\n\n"
            "However, the letter adds, “we fear that the smallest shops will close before the "
            "rules take effect next year.”\n\n"
            "“The new rules will not be ready in time,” the memo adds.")
    article = _extract(nlp, text)
    assert _statement(article, "smallest shops").speaker == "Mira Castell"
    assert _statement(article, "not be ready in time").speaker is None


def test_a_role_of_a_field_before_a_name_makes_a_person_who_speaks_for_the_role(nlp):
    text = ("Harbin director of operations Tavo Reskin said: “The plant is ready to run.”\n\n"
            "Later, head of public health Mirel Dask told staff to rest.")
    doc = _with_entities(nlp, text, [("Tavo Reskin", "ORG"), ("Mirel Dask", "ORG")])
    actors, statements = actors_and_statements(doc, [])
    people = {m.name: m.roles for m in actors if m.kind == "person"}
    assert people.keys() == {"Tavo Reskin", "Mirel Dask"}
    assert "director of operations" in people["Tavo Reskin"]
    assert "head of public health" in people["Mirel Dask"]
    assert [(s.quote, s.speaker) for s in statements if s.kind == "direct"] == [
        ("The plant is ready to run.", "Tavo Reskin")]


def test_a_paragraph_opening_on_a_name_in_capitals_is_cased_for_the_tagger():
    from transforms.extract import lead_in_capitals_cased
    text = ("Headline\nTAVO O'RESKIN'S side won. JEAN-LUC VARN wept.\n"
            "THE UN has met.\nNEW YORK (AP) — Rain.\nENGLAND won.")
    assert lead_in_capitals_cased(text) == (
        "Headline\nTavo O'Reskin's side won. JEAN-LUC VARN wept.\n"
        "The UN has met.\nNEW YORK (AP) — Rain.\nENGLAND won.")


def test_a_story_opening_on_a_name_in_capitals_names_the_speaker(nlp):
    text = ("Varnek keeps his seat\n\nDANIEL VARNEK told the count on Friday that the vote "
            "had gone his way, while his rival Ivo Sarran asked for a recount.\n\n"
            "He said: ‘The town has spoken. I will serve it well.’\n\n"
            "‘Every ballot matters,’ said Sarran.")
    article = _extract(nlp, text)
    assert {m.name for m in article.actors if m.kind == "person"} == {
        "Daniel Varnek", "Ivo Sarran"}
    assert _statement(article, "The town has spoken").speaker == "Daniel Varnek"
    assert _statement(article, "Every ballot matters").speaker == "Ivo Sarran"


@pytest.mark.parametrize(("text", "labelled", "kinds"), [
    pytest.param("“The hall is full every night,” said the Rev. Halvorsen of the harbour chapel.",
                 [("Halvorsen", "PERSON")], {"Halvorsen": "person"},
                 id="a-surname-after-the-and-a-title-is-a-person"),
    pytest.param("“The plan suits [Harbin Mayor Tomas] Redlin best,” said Ana Lisk.",
                 [("Harbin", "GPE"), ("Tomas] Redlin", "PERSON"), ("Ana Lisk", "PERSON")],
                 {"Harbin": "place", "Tomas Redlin": "person", "Ana Lisk": "person"},
                 id="a-name-with-an-editors-bracket-inside-is-one-name"),
    pytest.param("“Only (Harbin Mayor Tomas) Redlin can sign it,” said Ana Lisk.",
                 [("Harbin", "GPE"), ("Tomas", "PERSON"), ("Redlin", "PERSON"),
                  ("Ana Lisk", "PERSON")],
                 {"Harbin": "place", "Tomas Redlin": "person", "Ana Lisk": "person"},
                 id="a-name-cut-by-an-editors-parenthesis-is-one-name"),
    pytest.param("Crowds filled the harbour for St Brendan’s Day, said Ana Lisk.",
                 [("St Brendan", "PERSON"), ("Ana Lisk", "PERSON")],
                 {"St Brendan": "place", "Ana Lisk": "person"},
                 id="a-saints-name-is-a-place-or-a-feast"),
    pytest.param("Ana Lisk won at Tomas Varga for the third time in a row.",
                 [("Ana Lisk", "PERSON"), ("Tomas Varga", "FAC")],
                 {"Ana Lisk": "person", "Tomas Varga": "place"},
                 id="a-ground-named-after-someone-is-no-person"),
    pytest.param("The motion was put by councillors Jem Tarrow and Ola Finch on Monday.",
                 [("Jem Tarrow", "ORG"), ("Ola Finch", "PERSON")],
                 {"Jem Tarrow": "person", "Ola Finch": "person"},
                 id="names-after-a-plural-role-are-people"),
    pytest.param("Ana Lisk said shops in Varnby, Tolsk and Varnby Garrison will shut early.",
                 [("Ana Lisk", "PERSON"), ("Varnby", "GPE"), ("Tolsk", "PERSON"),
                  ("Varnby Garrison", "PERSON")],
                 {"Ana Lisk": "person", "Varnby": "place", "Tolsk": "place",
                  "Varnby Garrison": "place"},
                 id="a-name-listed-after-a-place-in-a-list-of-places-is-a-place"),
    pytest.param("The side left out off-spinner Tavik Oday for the final.",
                 [("Tavik Oday", "PERSON")], {"Tavik Oday": "person"},
                 id="a-name-described-in-lower-case-is-credible-named-once"),
    pytest.param("Belgian Marc De Lyon, a cyclist, finished fourth on Sunday.",
                 [("Belgian", "NORP"), ("Marc De Lyon", "PERSON")],
                 {"Belgian": "group", "Marc De Lyon": "person"},
                 id="a-given-name-and-a-particle-before-a-place-is-a-person"),
])
def test_names_by_their_titles_lists_and_brackets(nlp, text, labelled, kinds):
    assert _kinds(_with_entities(nlp, text, labelled)) == kinds


def test_a_supervisor_named_in_full_and_by_title_is_one_person(nlp):
    text = ("Supervisor Ana Lisk spoke first. “We must act now,” said Supervisor Lisk.")
    doc = _with_entities(nlp, text, [("Ana Lisk", "PERSON"), ("Supervisor Lisk", "PERSON")])
    assert _person_counts(doc) == {"Ana Lisk": 2}


def test_an_mla_described_after_a_dash_is_the_mla_who_speaks(nlp):
    text = ("Reporters waited outside with Tarun Vela - a veteran MLA from the hill "
            "district. Asked about the road, the MLA said, \"We have waited ten years for "
            "it.\"\n\n"
            "Chief Minister Ravi Anand opened the bridge. \"The Ravi Anand government builds "
            "roads,\" he said.")
    doc = _with_entities(nlp, text, [("Tarun Vela", "PERSON"), ("MLA", "PERSON"),
                                     ("MLA", "ORG", "MLA said"), ("Ravi Anand", "PERSON"),
                                     ("Ravi Anand", "ORG", "Ravi Anand government")])
    actors, statements = actors_and_statements(doc, [])
    assert {m.name: m.kind for m in actors} == {"Tarun Vela": "person", "Ravi Anand": "person"}
    assert [(s.quote[:12], s.speaker) for s in statements if s.kind == "direct"] == [
        ("We have wait", "Tarun Vela"), ("The Ravi Ana", "Ravi Anand")]


def test_a_long_name_tagged_as_two_people_side_by_side_is_one_person(nlp):
    text = ("“The chamber sits on Monday,” these were the words of the Speaker, Kofi Mensa "
            "Adu Boateng.\n\nAsked about the rules, the speaker replied: “Nothing has "
            "changed.”")
    doc = _with_entities(nlp, text, [("Kofi Mensa", "PERSON"), ("Adu Boateng", "PERSON")])
    actors, statements = actors_and_statements(doc, [])
    assert [m.name for m in actors if m.kind == "person"] == ["Kofi Mensa Adu Boateng"]
    assert [(s.quote, s.speaker) for s in statements] == [
        ("The chamber sits on Monday,", "Kofi Mensa Adu Boateng"),
        ("Nothing has changed.", "Kofi Mensa Adu Boateng")]


def test_a_given_name_after_a_description_belongs_to_the_name_and_roles_stay_apart(nlp):
    text = ("The show starred sprint champion Marcel Ostrova and others.\n\n"
            "The gala opens tonight with world 800m champion Tom Hale, 2016 European long "
            "jump champion Lena Dorne and Commonwealth high jump champion Ida Marr on the "
            "bill.")
    doc = _with_entities(nlp, text, [("Ostrova", "PERSON"), ("Tom Hale", "PERSON"),
                                     ("Lena Dorne", "PERSON"), ("Ida Marr", "PERSON")])
    given = doc[[t.text for t in doc].index("Marcel")]
    given.head = doc[given.i - 1]  # joined to "champion", as the parser may join it
    people = {m.name: m.roles for m in find_actors(doc, []).mentions}
    assert people.keys() == {"Marcel Ostrova", "Tom Hale", "Lena Dorne", "Ida Marr"}
    assert people["Marcel Ostrova"] == ["sprint champion"]
    assert people["Tom Hale"] == ["world 800m champion"]  # none of the next one's
    assert people["Ida Marr"] == ["Commonwealth high jump champion"]


@pytest.mark.parametrize(("text", "labelled", "speaker"), [
    pytest.param("Ana Lisk ran the race of her life.\n\n“My knee finally feels strong,” "
                 "said the 800m world record-holder.",
                 [("Ana Lisk", "PERSON")], "Ana Lisk",
                 id="a-record-holder-is-someone-just-named"),
    pytest.param("“Nobody saw the move coming,” added Harbin Otters young forward Tavo "
                 "Reskin.",
                 [("Harbin Otters", "ORG"), ("Tavo Reskin", "PERSON")], "Tavo Reskin",
                 id="the-player-named-after-his-club-and-position"),
    pytest.param("Kovalenko said on the radio: “The strikes will not stop us.”",
                 [("Kovalenko", "ORG")], "Kovalenko",
                 id="a-surname-of-a-slavic-shape-saying-something"),
    pytest.param("“The Guild,” its treasurer, Ana Lisk, intoned to members, “cannot pay "
                 "for the new roof.”",
                 [("Ana Lisk", "PERSON")], "Ana Lisk",
                 id="a-split-quote-whose-subject-the-parser-took-from-the-quote"),
    pytest.param("“We wrote to the treasurer (Ravi Best) twice,” Ana Lisk added. "
                 "She did her best.",
                 [("Ravi Best", "PERSON"), ("Ana Lisk", "PERSON")], "Ana Lisk",
                 id="a-name-in-brackets-after-a-role-reads-as-words-elsewhere"),
])
def test_speakers_by_description_team_and_name_shape(nlp, text, labelled, speaker):
    doc = _with_entities(nlp, text, labelled)
    actors, statements = actors_and_statements(doc, [])
    assert statements and {s.speaker for s in statements if s.kind == "direct"} == {speaker}
    people = {m.name for m in actors if m.kind == "person"}
    assert {name for name, label in labelled if label == "PERSON"} | {speaker} <= people


@pytest.mark.parametrize(("text", "labelled", "kinds"), [
    pytest.param("Varnby Otters center Marek Halvor missed the game with a sore ankle.",
                 [("Varnby Otters", "PERSON"), ("Marek Halvor", "PERSON")],
                 {"Varnby Otters": "organization", "Marek Halvor": "person"},
                 id="a-team-before-a-position-and-a-player"),
    pytest.param("The crowd was loud all night, said Santa Clara Comets’ Ana Lisk.",
                 [("Santa Clara Comets", "ORG"), ("Ana Lisk", "PERSON")],
                 {"Santa Clara Comets": "organization", "Ana Lisk": "person"},
                 id="a-club-named-after-a-city-of-two-words"),
    pytest.param("Tom Hale and Norway’s Tavik Oday shared fifth place.",
                 [("Tom Hale", "PERSON"), ("Norway’s Tavik Oday", "PERSON")],
                 {"Tom Hale": "person", "Norway": "place", "Tavik Oday": "person"},
                 id="a-person-owned-by-a-country"),
    pytest.param("Record round at Royal Harbin\n\nAna Lisk won at Royal Harbin on Sunday.",
                 [("Royal Harbin", "ORG"), ("Ana Lisk", "PERSON"),
                  ("Royal Harbin", "ORG", "Royal Harbin on")],
                 {"Royal Harbin": "organization", "Ana Lisk": "person"},
                 id="a-club-named-like-a-person-where-someone-wins"),
    pytest.param("Ana Lisk grew up in Varnby-Lund, Que., a mill town on the river.",
                 [("Que", "PERSON"), ("Ana Lisk", "PERSON")],
                 {"Que": "place", "Ana Lisk": "person"},
                 id="a-province-abbreviated-after-a-riding"),
])
def test_teams_clubs_and_places_beside_names(nlp, text, labelled, kinds):
    assert _kinds(_with_entities(nlp, text, labelled)) == kinds


@pytest.mark.parametrize(("text", "quote", "kind"), [
    pytest.param("He wrote to Ana Lisk, “As you have seen, a long winter for all of us in "
                 "the valley.”", "As you have seen", "direct",
                 id="a-fragment-after-writing-to-someone-and-a-comma"),
    pytest.param("Tom Hale said the vote showed that the “patience of the town is running "
                 "out.”", "patience of the town", "partial",
                 id="a-quote-after-an-article-is-the-reporters-phrase"),
    pytest.param("Tom Hale said that while the ferry “carries enough fuel to reach the far "
                 "harbour and come back before the storm turns, as it did twice last winter,” "
                 "a second boat should follow.", "carries enough fuel", "partial",
                 id="a-long-quote-going-on-from-a-subject-in-a-clause-not-reported"),
    pytest.param("Tom Hale said the ferry “carries enough fuel to reach the far harbour and "
                 "come back before the storm turns, as it did twice last winter.”",
                 "carries enough fuel", "direct",
                 id="a-long-quote-going-on-from-a-subject-in-the-reported-clause"),
    pytest.param("Tom Hale said that while the ferry “still carries enough fuel to reach the far "
                 "harbour and come back before the storm turns,” a second boat should follow.",
                 "still carries enough fuel", "partial",
                 id="a-long-quote-going-on-past-an-adverb-from-a-subject-in-a-clause"),
    pytest.param("Mayor Ilse Marr said the waterfront resembles “Old Harbour habits that let "
                 "the whole waterfront rot in the rain.”", "Old Harbour habits", "partial",
                 id="a-long-object-opening-on-a-name-after-a-verb-of-no-speech"),
    pytest.param("Tomas Berg, who sailed for forty years, told Mayor Ilse Marr “two winters at "
                 "sea, don’t tell me I know nothing.”", "two winters at sea", "direct",
                 id="words-told-to-someone-named-before-them"),
    pytest.param("Her son has had a cough for a week. “Last night he could hardly sleep,” says "
                 "Ilse Marr “He still coughs every hour.”", "He still coughs", "direct",
                 id="a-sentence-of-its-own-after-says-and-the-name"),
    pytest.param("Tomas Berg was angry with Ilse Marr, saying the tackle was “badly timed” and "
                 "“she could easily have waited for the ball”.", "she could easily", "direct",
                 id="a-clause-joined-by-and-to-a-quote-before"),
    pytest.param("Envoy Tomas Berg remains “set on that deal, it’s a very large part of his "
                 "work,” Ilse Marr said.", "set on that deal", "direct",
                 id="a-clause-of-its-own-after-a-comma-in-a-quote-after-a-verb-of-no-speech"),
    pytest.param("Envoy Tomas Berg remains “set on that deal and on the rest,” Ilse Marr said.",
                 "set on that deal", "partial",
                 id="no-clause-of-its-own-in-a-quote-after-a-verb-of-no-speech"),
    pytest.param("Ilse Marr said unity was vital, noting there are tasks “we can't do without "
                 "allies and tasks we can't do alone.”", "we can't do without", "partial",
                 id="a-relative-clause-of-the-noun-before-the-quote"),
    pytest.param("The engine whines, and Ilse Marr counts down, “Five, four, three, go!”",
                 "Five, four", "direct", id="a-cry-after-a-phrasal-verb-of-speech-and-a-comma"),
])
def test_kind_of_a_quote_after_an_object_or_an_article(nlp, text, quote, kind):
    assert _statement(_extract(nlp, text), quote).kind == kind


def test_a_short_quote_the_reporters_words_go_on_from_is_no_utterance(nlp):
    text = ("“We stay open,” Tom Hale told the crews on Friday.\n\n“Grim” news for the "
            "harbour\n\nThe board said the closure was grim for the harbour.")
    said = {s.quote: (s.kind, s.speaker) for s in _extract(nlp, text).statements}
    assert "Grim" not in said and said["We stay open,"] == ("direct", "Tom Hale")


def test_a_single_quote_closed_by_a_double_mark():
    text = "“The rules are clear,” he said. ‘Nobody reads them, so it is all a muddle.”"
    assert [q.text for q in find_quotes(text)] == [
        "The rules are clear,", "Nobody reads them, so it is all a muddle."]


def test_a_title_tagged_apart_right_before_a_name_is_the_end_of_the_title(nlp):
    doc = _with_entities(nlp, "Varn House Labour Caucus Chair Tomas Berg issued a statement.",
                         [("Caucus Chair", "PERSON"), ("Tomas Berg", "PERSON")])
    title, name = doc.ents
    assert _title_before_a_name(doc, title)
    assert not _title_before_a_name(doc, name)


@pytest.mark.parametrize("text, persons", [
    # a dash typed against the first word of a name after a wire's credit
    ("HARBIN (Varn Wire) -Ilse Marr, the head of the ferry board, faced questions on Monday.",
     {"Ilse Marr"}),
    # the one whose administration it is, however the tagger files the name
    ("The case was first brought under the Varco administration and is before a court now.",
     {"Varco"}),
    # the same given name and a surname misspelt: one person
    ("Tomas Halvorsen arrived at court at 11am. Tomas Halvorson refused to give his name.",
     {"Tomas Halvorsen"}),
    # a third person of a surname, by a title neither of the other two holds
    ("Ivo Varga was found guilty on Monday. His mother, Ana Varga, arrived after the verdict. "
     "President Varga, who did not attend, issued a statement.",
     {"Ivo Varga", "Ana Varga", "Varga"}),
    # a headline in title case with a preposition in lower case: a verb after a surname there
    # is no name, and splits no one
    ("Crowds March over Rents As Berg Sues the Council\n\nMayor Tomas Berg was suspended on "
     "Monday.\n\nAfter the vote by the council, Berg said he would appeal.", {"Tomas Berg"}),
    # the name someone was born with, given after a description of them
    ("Ivo Varn has said he will run for mayor.\n\nThe singer, whose real name is Tomas Berg, "
     "sang on Sunday. Varn spoke later.", {"Ivo Varn"}),
    # a country's leaving a union
    ("Tomas Berg said Grexit would make the talks harder and Grexit was a mistake.",
     {"Tomas Berg"}),
    # a month before a name is no part of it
    ("In June Ivo Varn, the ferry board chief, announced a study.", {"Ivo Varn"}),
    # a people's word built from a place ending in "-a", before a person noun
    ("Argentine President Tomas Berg said the pay was bad.\n\nFormer Argentine international "
     "Ivo Varn now coaches the club.", {"Tomas Berg", "Ivo Varn"}),
    # a line of its own giving a name and a role in lower case, the text ending there
    ("The union met on Monday.\n\n“We will hold the line,” said Tomas Berg.\n\nIvo Varnsen, "
     "harbour pilot and member of the union board", {"Tomas Berg", "Ivo Varnsen"}),
])
def test_persons_named_in_unusual_ways(nlp, text, persons):
    assert {m.name for m in _extract(nlp, text).actors if m.kind == "person"} == persons


@pytest.mark.parametrize("text, words, speaker", [
    # an unnamed speaker goes on speaking, whoever the quote itself speaks of
    ("Ivo Varga was found guilty on Monday.\n\n\"When he signed the form, he knew what he was "
     "doing,\" the juror said. \"It was plain all along.\"", "plain all along", None),
    # an exchange: the pronoun fits the one she answered
    ("\"Will you drop the cases you started?\" Tomas Berg asked.\n\n\"Certainly not,\" "
     "Ilse Marr said.\n\n\"Well, your record says otherwise,\" he answered.", "your record",
     "Tomas Berg"),
    # an honorific tells her sex, whatever pronoun she used of someone else
    ("Tomas Berg was sentenced on Friday.\n\nMs Marr told the judge he had planned the raid. "
     "\"I was glad to do it,\" he said in an interview.", "glad to do it", "Tomas Berg"),
    # "the French leader": the French prime minister
    ("French Prime Minister Tomas Berg met the envoys on Monday.\n\nThe French leader "
     "has pledged that his people would “never give up the coast” whatever happened.",
     "never give up", "Tomas Berg"),
    # the subject after a clause ending on a place word and a comma is no place
    ("Tomas Berg won the vote. Addressing the whole of the city, Berg said: \"Tonight, you "
     "have chosen change.\"", "chosen change", "Tomas Berg"),
    # the one just quoted, past a word linking the sentences
    ("Dario Tavek said he hoped for “a good meeting,” while Orvan Pell noted that “big "
     "harbours such as ours will always quarrel.” Still, he stressed, “Tavek and Pell should "
     "be partners.”", "should be partners", "Orvan Pell"),
    # a headline's role with the firm before it and no article
    ("Orlo Air CEO says sorry to families: ‘We are at fault’\n\nLawmakers on Tuesday "
     "questioned Orlo Air CEO Tomas Berg about the repairs.", "We are at fault",
     "Tomas Berg"),
    # a full stop where the comma goes, and the sentence going on in lower case
    ("“The harbour is in a dire state.” the mayor affirmed.\n\nMayor Tomas Berg took office "
     "on Monday.", "dire state", "Tomas Berg"),
    # a quote left open at its paragraph's end, closed in the next with no mark reopening it
    ("“The harbour is in a dire state. We will focus on four areas.\n\nI have made a pledge "
     "to the people of Varn.” the mayor affirmed.\n\nMayor Tomas Berg took office on Monday.",
     "four areas", "Tomas Berg"),
    # words she received are not hers
    ("Then a shout. Ana Ruiz has just received a long text. Only five words: “Your son is "
     "coming home.” She starts to cry.", "Your son", None),
    # a list of reactions, each source after a dash, past a place before the role
    ("Some reactions:\n\n\"Nobody here has seen water this high.\" — Premier Ana Ruiz on the "
     "radio.\n\n\"We only took our coats and the dog.\" — Orlo camp volunteer Tomas Berg, as "
     "he queued for a bus.", "coats and the dog", "Tomas Berg"),
    # "the president" is not the president-elect, but the one the article says is president
    ("Ana Ruiz was sworn in last year as Varn’s first female president.\n\nShe said that "
     "Orlo President-elect Tomas Berg had called her.\n\nThe president said that she spoke "
     "to her ministers about the claim before stating that “we have seen no proof of it.”",
     "no proof", "Ana Ruiz"),
    # a quoted subheading, then the section's speaker
    ("Ana Ruiz met Tomas Berg on Wednesday.\n\n‘We will never accept a blockade’\n\nAna "
     "Ruiz said that she and Tomas Berg talked about trade during the call.",
     "accept a blockade", "Ana Ruiz"),
    # "the US leader": the one whose title names the country
    ("US President Ivo Varn met Ukrainian leader Tomas Berg on Monday.\n\n“You could have "
     "signed it,” the US leader told reporters.", "signed it", "Ivo Varn"),
    # a name parsed as a sentence of its own after a heading, the subject of the verb after
    ("Ilse Marr flew to Oslo on Monday.\n\nPraise for Varn\n\nMarr lavished praise on Varn "
     "during the meeting, calling him “Daddy” and sending a text while Varn flew to "
     "Oslo saying: “You will win in a big way!”", "win in a big way", "Ilse Marr"),
    # the one a spokesman quotes as saying it
    ("Prime Minister Ivo Varn told the cabinet to cooperate, spokesman Tomas Berg said.\n\n"
     "\"We will give every help to that work,\" Berg cited the prime minister as "
     "saying.", "every help", "Ivo Varn"),
    # "his" in a clause about a person tells his sex, whatever his given name suggests
    ("\"We expect him to reject the plan,\" union president Ivo Ruiz told farmers.\n\nHis words "
     "were echoed by farm leader Andrea Varco, who gave his backing to the march.\n\n"
     "Varco said that farmers are of one mind.\n\n\"Every farmer group was there,\" he told "
     "the Harbin Farmers Journal.", "Every farmer group", "Andrea Varco"),
    # the one the article calls by her given name is not the one it calls by the surname
    ("Lena Varga’s father has spoken of the night.\n\nHer father Tomas Varga, 42, denies "
     "harming her.\n\nLena was found at home after Varga called police.\n\nVarga said: “I "
     "was in the city with my brother.”", "with my brother", "Tomas Varga"),
    # the one person named as an example of many, before a first-person quote
    ("Nurses like Ilse Marr from the union fear the wards will fill up by winter.\n\n"
     "\"I'm worried we will run out of beds before the spring.\"", "run out of beds",
     "Ilse Marr"),
    # a quoted word the parser made the subject of "adding"
    ("Tomas Berg denied it.\n\nIn the letter, he told Varga the board had made the port a "
     "“swamp” adding: “I will not sign anything else this year.”", "I will not sign",
     "Tomas Berg"),
    # "the Business Secretary" as the subject of the sentence before "he"
    ("Mr Dunmore, the Business Secretary, toured the shipyard.\n\nIvo Tavek, the Commerce "
     "Secretary, claimed the yard's rescue had sealed the pact.\n\nThe Business Secretary "
     "rejected that account of events.\n\nHe told the Harbin Post: “The yard and the pact "
     "were never linked.”", "never linked", "Dunmore"),
    # the subject of a clause joined on to the paragraph before stands for the speaker
    ("Farm Minister Tomas Berg has named wool in his plans.\n\nVarnland will face a duty "
     "and, while hinting at harm to growers, the minister has given no figures yet.\n\n"
     "\"Their mills buy none of our wool.\"", "buy none of our wool", "Tomas Berg"),
    # of two presidents, the one acting in the paragraph before "the president"
    ("US President Tomas Berg has named wool in his new duties.\n\nVarnland will face a "
     "duty and, while hinting at harm to growers, the president has given no figures "
     "yet.\n\n\"Their mills buy none of our wool.\"\n\nVFU president Ivo Varn said the "
     "duty would not stand.", "buy none of our wool", "Tomas Berg"),
    # "officials" is no "he"
    ("Tomas Berg has sent notes to the ports abroad.\n\nHis officials had met the harbour "
     "board twice but he had not met its members himself.\n\n“I have put our worries in "
     "writing to every one of them.”", "I have put", "Tomas Berg"),
    # who asked, and whom
    ("The court sat for an hour.\n\n“Why was the file closed within a single week?” "
     "Justice Ana Ruiz asked Solicitor General Ivo Varn Tavek.", "file closed",
     "Ana Ruiz"),
    # comments listed under a line of their own, each source's name and a description
    *[("The harbour board gave its yearly figures on Monday. Here is what the brokers made "
       "of them:\n\nIvo Varn, Varco Bank\n\n“The ferries have carried more than anyone "
       "hoped for a year of storms.\n\n“Even so, the dock fees still weigh on the board.”"
       "\n\nLena Varga, Dunmore Trust secretary\n\n“The board has more work ahead of it "
       "than its figures show.”", words, speaker)
      for words, speaker in [("The ferries have carried", "Ivo Varn"),
                             ("Even so, the dock", "Ivo Varn"),
                             ("The board has more work", "Lena Varga")]],
    # the opening name, then a comma, made the subject of a clause before the verb
    ("Ana Ruiz, a spokeswoman for the group Varn Vale – The Valley Is Full – which led the "
     "harbour walks in May on all three quays - said: “This new plan for the harbour could make "
     "the town a model for the coast.\"", "This new plan", "Ana Ruiz"),
    # a quote running on into a paragraph whose reopening mark was left out
    *[("Judge Ana Ruiz read out the ruling in under an hour.\n\n“The ferry firm must pay "
       "the fine set by the board and repair the quay by spring.\n\nIts licence stands for "
       "now. The board will review it in a year,” the judge ruled.", words, "Ana Ruiz")
      for words in ["The ferry firm must", "Its licence stands"]],
    # the surname alone is the one's who was named so far only as a relative's
    *[("Ivo Varn leads the chapel on the hill. On Sunday, Varn, his wife Lena Varn and the "
       "choir sat on the stage.\n\n“The chapel has stood for two hundred years,” Varn "
       "said.\n\n“We owe the choir a great deal,” Lena Varn said.", words, speaker)
      for words, speaker in [("The chapel has stood", "Ivo Varn"),
                             ("We owe the choir", "Lena Varn")]],
    # a surname two people share, saying "he" will go: his
    ("The ferry board put up pictures of President Tomas Berg and Ilse Berg, the first lady, "
     "at the old quay.\n\nBerg said on Tuesday he and his wife would come to the launch, writing "
     "online: “Ilse and I cannot wait!”", "cannot wait", "Tomas Berg"),
    # "she" after a sentence bringing in a woman with a clause about her own name; "he"
    # after narration bringing in a man, not the woman just quoted
    *[("For buyers like Ana Ruiz, the rise means hard choices.\n\n“If it is not needed, I "
       "leave it on the shelf,” Ruiz said.\n\nSome, like Lena, who gave only her first name, "
       "are baking their own bread.\n\n“The oven is on every Sunday now,” she said.\n\n"
       "Others, like Tomas, another customer at the Varn stall, now skip the cafes.\n\n“Soup "
       "and bread, soup and bread,” he said.\n\n“Butter costs twice what it did,” Lena said.",
       words, speaker)
      for words, speaker in [("The oven is on", "Lena"), ("Soup and bread", "Tomas")]],
    # after "X said Y had ...", a quote going on in the same paragraph is X's, not Y's
    ("Ivo Varn chairs the Orlo Dock Board. Lena Tavek runs the ferry line.\n\nVarn said "
     "Tavek had misled the board about the fares. “We cannot accept that from a partner.”",
     "cannot accept", "Ivo Varn"),
    # a quoted subheading above the body, its words given again far below
    ("Harbour Blues\n\nFerry bosses beg visitors to keep their bookings as fears of a strike "
     "grow\n\n‘Visitors must not be turned away. We are risking our main source of trade’\n\n"
     "THE ferry board of Varnby has begged visitors not to cancel their crossings.\n\nDock "
     "workers are expected to walk out on Friday.\n\nPosters have gone up telling visitors to "
     "stay away.\n\nThe board has written to every travel agent.\n\nBoard chief Ivo Varn "
     "said: “Guests who cross over and pay their way must not be turned away. We are "
     "risking our main trade.”", "Visitors must not", "Ivo Varn"),
    # a quote opening on a closing mark, typed the wrong way round
    ("Ana Ruiz, the party's leader, conceded defeat on Sunday.\n\n”We accept the result, our "
     "side did not come first,” she told reporters.", "We accept the result", "Ana Ruiz"),
    # a statement from someone, the parser taking "read" for a noun, and "it added"
    *[("Ana Ruiz fell ill at the fair on Monday.\n\n'Ana was careful about everything she "
       "ate, and always checked the labels on every packet,' a note from counsel Tomas Berg "
       "sent to the Harbin Post read.\n\n'She carried a pen with her and stayed with "
       "people who knew how to use one.\n\n'In fact, when this sad event took place, the pen "
       "was used but it did not work,' it added.", words, "Tomas Berg")
      for words in ["careful about", "carried a pen", "In fact"]],
    # a headline quote, then a dash and "MP X declares": X, past the role
    ("‘I hold no grudge against Varn’ – Harbin MP Tavek declares after moving the motion\n\n"
     "Deputy Mayor Ivo Varn may lose his post after the Speaker approved a motion filed by "
     "Harbin West member Lena Tavek.\n\n“This is about the law, nothing personal,” Tavek "
     "said.", "I hold no grudge against Varn", "Lena Tavek"),
    # "he" after an appearance on another man's show is not the host
    ("Ivo Varn leads the rail union.\n\nIn an earlier appearance on Tomas Berg’s radio show, "
     "he said that “we have never been so far apart” on a deal.", "never been so far",
     "Ivo Varn"),
    # "the patriarch": of two, the one the paragraph before is about
    ("Patriarch Orlo welcomed Pope Tavek on Sunday. Also at the service was Patriarch Varn of "
     "Dunmore.\n\nOrlo stressed how much the visit meant to his church.\n\n“The message "
     "of this day is unity,” the patriarch said.", "message of this day", "Orlo"),
    # an office named by the initials of the body the person was first said to lead
    ("Varn Dock Union president Ivo Varn spoke at the rally.\n\nAsked about the cuts, the "
     "VDU president said the port was 'at risk'.", "at risk", "Ivo Varn"),
    # the sentence after the quote says whose words they were
    ("Ferry fares rise\n\n\"We are in a good phase for ferries, and fuel costs do not scare "
     "us.\" The words of Transport Minister Ivo Varn, speaking at the new pier, sounded calm.",
     "good phase", "Ivo Varn"),
    # a sentence opening on whose view it gives, then a colon
    ("Ivo Varn runs the port. Ana Ruiz runs the ferries.\n\nHowever, for Varn, the real "
     "danger comes from the cuts: \"The main problem we face is not fees.\"",
     "main problem", "Ivo Varn"),
    # a statement sent by email, its speaker after the verb
    ("Ivo Varn chairs the board.\n\nVarn “is trying to reverse the policy of the act,” "
     "emailed Ana Ruiz, a policy director at the Varn Trust.", "trying to reverse", "Ana Ruiz"),
    # "the legislator", after the quote, as the parser's object: the senator named before
    ("Senator Sara Holm announced plans to file the appeal, stating, «We will persevere; we "
     "will keep working for the truth in this case,» asserted the legislator.",
     "We will persevere", "Sara Holm"),
    # "the Varco chief": the one who chairs Varco
    ("Varco chairman Sara Holm held a forum for fans on Tuesday.\n\nShe ended with advice "
     "to a new signing.\n\n“He needs to learn to come in on time,” the Varco chief joked.",
     "needs to learn", "Sara Holm"),
    # a headline opening on a quote, a colon, then the speaker past her title and place
    ("‘We have not done nothing’: Varnland Premier Sara Holm doubles down as nurses walk "
     "off the job for better pay\n\nNurses walked out across the state on Tuesday.",
     "not done nothing", "Sara Holm"),
    # the one speaking is the lawyer, not the client the lawyer is named after
    ("“We will appeal,” said the lawyer of Sara Holm.", "We will appeal", None),
    ("“We will appeal,” said a lawyer for Sara Holm.", "We will appeal", None),
    # (but a role with no article, "of" and its field, before the name, is the name's)
    ("“This deal is a sad result of long talks,” said president of farm group Varnbond Sara "
     "Holm.", "sad result", "Sara Holm"),
    # a single opening mark typed with a space after it
    ("The panel met on Monday.\n\nSpeaking on the radio, Sara Holm explained: ‘ The panel "
     "went through that diligently and found nothing.’", "went through that", "Sara Holm"),
    # a line of its own naming the source and a description, closed by a colon
    ("The club has sued the league.\n\nBut what do lawyers think?\n\nSara Holm, Partner at "
     "Varco Law:\n\n“The claim is aggressive and it will be heard in private.”",
     "claim is aggressive", "Sara Holm"),
    # a capitalised role with its field in capitals before the name
    ("“The decision is shameful,” said Varn Press Vice President of Policy Sara Holm.",
     "decision is shameful", "Sara Holm"),
])
def test_speakers_of_quotes_in_unusual_settings(nlp, text, words, speaker):
    assert _statement(_extract(nlp, text), words).speaker == speaker


@pytest.mark.parametrize("text, quote, speaker, kind", [
    # a section heading naming its speaker after the quote; a command is whole
    ("Tomas Berg was found guilty on Monday.\n\n'Stay calm': Berg to his son\n\nBy Ilse "
     "Bright\n\nThe court heard a call he made from prison.", "Stay calm", "Tomas Berg",
     "direct"),
    # words going on from the reporter's "that" after a noun
    ("Tomas Berg asked the council to back the “twin booms” of shipping and fishing that “will "
     "change the coast we live on, I think, in very good ways.”", "will change the coast",
     "Tomas Berg", "partial"),
    # a sentence of the reporter's going on, with a verb, from the quoted words
    ("Ilse Marr leaves the board in May.\n\n“There is room for the work we began” to go on "
     "after her, she said.", "There is room", "Ilse Marr", "partial"),
    # a noun phrase the reporter's verb in -ing makes its object
    ("Tomas Berg met the board on Monday.\n\nHe said the town was building “a new kind of "
     "harbour, one that serves our fishers and our ferries for all the decades to come.”",
     "a new kind", "Tomas Berg", "partial"),
    # an oath is said
    ("Tomas Berg, the new mayor, swore “to serve the town with honour and care,” before the "
     "council.", "to serve the town", "Tomas Berg", "partial"),
    # a split quote's second half after a clause about the speaker, the first half's comma
    # lost
    ("\"We understand it's hard\" said Varco's Ivo Varn, who was questioned by the council "
     "all morning, \"But until the reports are all in, it's hard for us to judge.\"",
     "until the reports", "Ivo Varn", "direct"),
    # words a speaker railed against
    ("Ivo Varn met the ferry board on Monday. There, he railed against “harbour greed” by "
     "the owners.", "harbour greed", "Ivo Varn", "partial"),
    # the verb of the reporter's pronoun, however long the words go on
    ("Ivo Varn said, “I will not hide that some plans were aired.” He explained that he “took "
     "the step [to leave office] because the cabinet must never stall on the new rules for the "
     "ferries.”", "took the step", "Ivo Varn", "partial"),
    # a heading naming the source of the words it quotes before its first colon, the
    # closing mark typed as an opening one
    ("Marr: ferries will be “faster and cheaper“ with new deal\n\nMayor Ilse Marr confirmed "
     "the deal on Monday. Marr said it was signed.", "faster and cheaper", "Ilse Marr",
     "partial"),
    # a heading naming the source of the words it quotes after its last colon
    ("Union showing ‘open scorn’ for riders: Varn\n\nRail boss Ivo Varn said the "
     "trains would run on Monday.", "open scorn", "Ivo Varn", "partial"),
])
def test_kinds_of_quotes_set_in_the_reporters_sentence(nlp, text, quote, speaker, kind):
    statement = _statement(_extract(nlp, text), quote)
    assert (statement.speaker, statement.kind) == (speaker, kind)


def test_a_name_cut_at_the_hyphen_of_its_given_name_is_whole(nlp):
    text = "Candidate Kim Tae-soo vows to win.\n\nHis rival Lee Jae-hyun said nothing."
    doc = _with_entities(nlp, text, [("Kim Tae", "PERSON"), ("Lee Jae-hyun", "PERSON")])
    doc[[t.text for t in doc].index("hyun")].tag_ = "NN"
    assert set(_person_counts(doc)) == {"Kim Tae-soo", "Lee Jae-hyun"}


def test_the_subject_nearest_the_verb_speaks_of_several_the_parser_found(nlp):
    text = ("Regarding the plan to remove Chief Justice Ana Ruiz, Ivo Varn said, “They have "
            "gone too far.”")
    statement = _misparsed_statement(nlp, text, [("Ruiz", "said", "nsubj")], "gone too far")
    assert statement.speaker == "Ivo Varn"


def test_a_past_form_read_as_a_participle_goes_on_from_the_reporters_subject(nlp):
    text = ("The talks turned out to be “fake” while Berg “leveraged migration against us,” "
            "Ivo Varn said of Tomas Berg.")
    statement = _misparsed_statement(
        nlp, text, [("migration", "turned", "advcl"),
                    ("leveraged", "migration", "amod", "VBN", "VERB")], "leveraged")
    assert statement.kind == "partial"


def test_a_single_quote_closed_before_a_word_in_lower_case_after_an_s(nlp):
    assert [q.text for q in find_quotes("Berg sees 'real progress' as the talks go on.")] == \
        ["real progress"]


def test_a_headlines_few_words_quoted_again_as_someones_are_theirs(nlp):
    article = _extract(nlp, "Marr sees 'fair deal' as talks end in Orlo\n\nIlse Marr said the "
                            "talks had brought a “fair deal” for the harbour towns.")
    assert [(s.start < 30, s.speaker) for s in article.statements if s.quote == "fair deal"] \
        == [(True, "Ilse Marr"), (False, "Ilse Marr")]


def test_quoted_words_listed_in_someones_view(nlp):
    article = _extract(nlp, "Mayor Tomas Berg advocated “workable goals” for the budget. In "
                            "the mayor’s view, the plan must be “sound,” “trusted,” and "
                            "“fair.”")
    assert {(s.quote, s.kind, s.speaker) for s in article.statements} == {
        ("workable goals", "partial", "Tomas Berg"), ("sound,", "partial", "Tomas Berg"),
        ("trusted,", "partial", "Tomas Berg"), ("fair.", "partial", "Tomas Berg")}


def test_a_title_quoted_in_the_headline_before_the_words_that_make_it_one(nlp):
    article = _extract(nlp, "Berg says the plot was lifted from ‘Varn Nights’\n\nTomas Berg "
                            "said the story may come from television, naming the series "
                            "“Varn Nights.”")
    assert [s for s in article.statements if s.kind != "indirect"] == []


@pytest.mark.parametrize("text, quote, speaker", [
    # a headline shortening the words it quotes
    ("Fishers Say They ‘Waited Too Long’\n\n“The boats were all gone,” said Ana Ruiz, a "
     "skipper. “We waited for too long and lost the season.”", "Waited Too Long", "Ana Ruiz"),
    # a headline quote before a colon, then a caption whose parse makes a name its subject
    ("'Took a whole crew': Varn grieves\n\nNeighbours gather at the service for 19-year-old "
     "Ivo Dunne and his uncles Pavo and Piet, lost in a storm, in Varn, on May 3. [Wire]\n\n"
     "His skipper, Tomas Berg, was there.\n\n\"This storm took the lives of a whole crew,\" he "
     "told reporters.", "Took a whole crew", "Tomas Berg"),
])
def test_a_headlines_words_kept_from_a_longer_quote(nlp, text, quote, speaker):
    assert _statement(_extract(nlp, text), quote).speaker == speaker


def test_a_broadcasters_reporter_handed_the_story_is_no_actor(nlp):
    article = _extract(nlp, "The talks stalled on Monday, officials said.\n\nReporter Ana Ruiz "
                            "has the details.")
    assert [m.name for m in article.actors if m.kind == "person"] == []
