"""Parsing each input format into an Article, and each kind of bad input into a Rejection."""

from __future__ import annotations

import gzip

import pytest
from conftest import RESOURCES, SEEDS

from transforms.bylines import parse_byline, split_credits
from transforms.model import Article, RawDocument, Rejection
from transforms.parse import content_hash, parse_document

LIMIT = 1_000_000
BODY = ("Officials met in Geneva on Tuesday to discuss the proposal, which diplomats said "
        "could open the way to a wider agreement later this year.")


def _raw(name: str, data: bytes) -> RawDocument:
    return RawDocument(name, data, len(data), 0.0)


def test_seed_header_gives_date_and_is_removed_from_text():
    data = (SEEDS / "000_e506d2ed8f02c040.txt").read_bytes()
    article = parse_document(_raw("000.txt", data), LIMIT)
    assert isinstance(article, Article)
    assert article.published_date == "2025-05-16"
    assert article.date_source == "header"
    assert not article.text.lstrip().startswith("date")
    assert article.text.startswith("Expectations of a breakthrough")


def test_seed_without_header_is_undated():
    data = (SEEDS / "002_2713d7da61a5e33a.txt").read_bytes()
    article = parse_document(_raw("002.txt", data), LIMIT)
    assert article.published_date is None and article.date_source is None
    assert article.title == "Peace Talks START – But CHANCES?"


def test_plain_text_without_header():
    article = parse_document(_raw("note.txt", BODY.encode()), LIMIT)
    assert isinstance(article, Article)
    assert article.text == BODY
    assert article.published_date is None


def test_html_page_through_trafilatura():
    data = (RESOURCES / "page.html").read_bytes()
    article = parse_document(_raw("page.html", data), LIMIT)
    assert isinstance(article, Article)
    assert article.date_source == "html-meta"
    assert article.published_date == "2024-08-07"
    assert article.title and article.outlet
    assert article.authors == ["Yasmine Hassan"]
    assert len(article.text) > 1000


def test_html_without_date_falls_back_to_feed_entry_date():
    html = f"<html><head><title>T</title></head><body><article><p>{BODY}</p><p>{BODY}</p>" \
           "</article></body></html>"
    raw = RawDocument("p.html", html.encode(), len(html), 0.0,
                      origin={"entry_published": "2025-02-03"})
    article = parse_document(raw, LIMIT)
    assert (article.published_date, article.date_source) == ("2025-02-03", "feed")


@pytest.mark.parametrize("name", ["a.txt.gz", "a.gz"])
def test_gzip_is_decompressed(name):
    data = gzip.compress((SEEDS / "003_bf39bc6a18a36fb4.txt").read_bytes())
    article = parse_document(_raw(name, data), LIMIT)
    assert article.published_date == "2025-05-15"


def test_same_text_same_hash_whatever_the_spacing():
    assert content_hash("a  b\n c") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n\t  ", "empty"),
    (bytes(range(256)) * 40, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, "binary"),
    (b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 50, "undecodable"),
    (b"Too short.", "no-text"),
    (b"<html><body><nav>menu</nav></body></html>", "no-text"),
    (b"x" * (LIMIT + 1), "too-large"),
    (gzip.compress(b"a" * (LIMIT * 3)), "too-large"),
    (b"\x1f\x8b\x08\x00garbage-not-gzip", "undecodable"),
])
def test_bad_input_becomes_a_rejection(data, reason):
    result = parse_document(_raw("bad.txt", data), LIMIT)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.source_uri == "bad.txt"


def test_legacy_charset_text_is_read():
    text = ("Le président a déclaré à Genève que les négociations reprendraient "
            "après une pause de deux semaines, selon des diplomates présents.")
    article = parse_document(_raw("fr.txt", text.encode("cp1252")), LIMIT)
    assert isinstance(article, Article)
    assert "président" in article.text


@pytest.mark.parametrize(("line", "expected"), [
    ("22 April 2020, 21:14", "2020-04-22"),
    ("Thursday 01 October 2015 12:29 BST", "2015-10-01"),
    ("Published: 12 Dec. 2024, 10:03 Updated: 14 Dec. 2024, 10:57", "2024-12-12"),
    ("May 2025", None),  # no day: no date line
    ("Talks resume on 3 March 2025", None),  # a sentence, not a date line
    ("03/04/2025", None),  # day and month order unknown
])
def test_plain_text_date_line_below_the_headline(line, expected):
    text = f"Talks resume\n\n{line}\n\nBy Ann Lee\n\n{BODY}"
    article = parse_document(_raw("note.txt", text.encode()), LIMIT)
    assert article.published_date == expected
    assert article.date_source == ("dateline" if expected else None)
    assert article.authors == ["Ann Lee"] and "Ann Lee" not in article.text


def test_byline_names_and_outlet():
    names, outlet = parse_byline("Ann Lee, Bo Chan and Carla Diaz Washington Post")
    assert names == ["Ann Lee", "Bo Chan", "Carla Diaz"]
    assert outlet == "Washington Post"


def test_a_byline_naming_the_outlet_after_of():
    assert parse_byline("Ann Lee of the Harbin Post") == (["Ann Lee"], "the Harbin Post")
    assert parse_byline("Ann Lee and Bo Chan of RNZ") == (["Ann Lee", "Bo Chan"], "RNZ")


def test_a_byline_of_names_alone_over_a_wire_s_name():
    credits = split_credits("Ferries stop for a day\n\nAnn Lee and Bo Chan\n\nAAP\n\n" + BODY)
    assert (credits.authors, credits.outlet) == (["Ann Lee", "Bo Chan"], "AAP")
    assert credits.text.split() == ("Ferries stop for a day\n\n" + BODY).split()
    # a name over a word in capitals that is no wire's name is no byline
    assert split_credits("Ferries stop for a day\n\nAnn Lee\n\nNATO\n\n" + BODY).authors == []


def test_byline_and_credits_leave_the_text():
    text = ("By Ann Lee and Bo Chan Reuters\n\n" + BODY + "\n\n"
            "Lee reported from Paris. Dana Kim in Seoul, Korea, and Eli Ross in Lima "
            "contributed to this report.")
    credits = split_credits(text)
    assert credits.authors == ["Ann Lee", "Bo Chan", "Dana Kim", "Eli Ross"]
    assert credits.outlet == "Reuters"
    assert credits.text == BODY


def test_a_byline_in_lower_case_with_the_time_of_posting():
    credits = split_credits("Harbour reopens\n\nby Ann Lee March 3, 2021 7:15 AM\n\n" + BODY)
    assert credits.authors == ["Ann Lee"]
    assert "Ann Lee" not in credits.text and credits.text.endswith(BODY)


def test_by_and_a_month_opening_a_sentence_is_no_byline():
    text = "Harbour reopens\n\nBy May 3, 2024 the harbour had reopened.\n\n" + BODY
    assert split_credits(text).authors == []


def test_reuters_style_credit_line():
    credits = split_credits(BODY + "\n\nReporting by Tom Ode in Kyiv; Editing by Sara Mills")
    assert credits.authors == ["Tom Ode", "Sara Mills"]
    assert credits.text == BODY


def test_a_byline_under_the_story():
    story = "\n\n".join([BODY] * 5)  # past the lines a byline opening the text may take
    credits = split_credits(story + "\n\nBy ANN LEE")
    assert credits.authors == ["ANN LEE"]
    assert credits.text == story


def test_by_and_a_single_word_under_the_story_is_no_byline():
    story = "\n\n".join([BODY] * 5)  # past the lines a byline opening the text may take
    credits = split_credits(story + "\n\nBy Tuesday")
    assert credits.authors == []
    assert credits.text.endswith("By Tuesday")


def test_a_team_credit_after_the_story():
    credits = split_credits(BODY + "\n\nAna Silva, Tom Berg, and Eli Ross worked on this story.")
    assert credits.authors == ["Ana Silva", "Tom Berg", "Eli Ross"]
    assert credits.text == BODY


def test_a_byline_in_columns_with_the_outlet_or_the_posting_time():
    text = "Harbour plan approved\n\nAnn Lee | Varn Radio | Published 12:40, 2 June 2021\n\n" + BODY
    credits = split_credits(text)
    assert credits.authors == ["Ann Lee"]
    assert "Ann Lee" not in credits.text and BODY in credits.text


def test_a_byline_with_by_and_the_date_in_a_second_column():
    text = "Harbour plan approved\n\nBy Ann Lee | Jun 2, 2021\n\n" + BODY
    credits = split_credits(text)
    assert credits.authors == ["Ann Lee"]
    assert "Ann Lee" not in credits.text and BODY in credits.text


@pytest.mark.parametrize("line", [
    "- By Ann Lee",  # a bulleted byline
    "state political reporter Ann Lee and staff",  # the journalist's beat, "By" lost
    "By Chief Political Correspondent Ann Lee",
    "by Ann Lee",  # in lower case, alone on its line
    "By Ann Lee, news reporter",  # what the journalist is, after a comma
])
def test_a_byline_with_a_bullet_or_the_journalist_s_beat(line):
    credits = split_credits("Harbour plan approved\n\n" + line + "\n\n" + BODY)
    assert credits.authors == ["Ann Lee"]
    assert "Ann Lee" not in credits.text and BODY in credits.text


def test_a_sentence_about_a_reporter_is_no_byline():
    text = "Harbour plan approved\n\nThe reporter Ann Lee asked the mayor.\n\n" + BODY
    assert split_credits(text).authors == []


def test_an_outlet_run_into_the_last_name_of_a_byline_comes_apart():
    names, outlet = parse_byline("Ann LeeVRT News")
    assert names == ["Ann Lee"]
    assert outlet == "VRT News"


def test_a_line_of_columns_without_an_outlet_or_a_time_is_no_byline():
    text = "Ann Lee | Bo Chan\n\n" + BODY
    assert split_credits(text).authors == []


def test_body_sentence_starting_with_by_is_not_a_byline():
    text = "By the end of the week, negotiators said, the two sides had agreed on nothing."
    assert split_credits(text).authors == []


def test_credit_line_above_site_boilerplate():
    text = (BODY + "\n\nWith reporting by Associated Press writer Omar Khan\n\n"
            "Our website is the place for the latest breaking news.")
    credits = split_credits(text)
    assert credits.authors == ["Omar Khan"]
    assert "Omar Khan" not in credits.text and "Our website" in credits.text


def test_credit_names_lose_their_job_titles():
    credits = split_credits(BODY + "\n\nReuters reporters Ana Silva and Tom Berg in Lisbon "
                                   "contributed to this report.")
    assert credits.authors == ["Ana Silva", "Tom Berg"]


@pytest.mark.parametrize(("caption", "kept"), [
    ("Mayor Ivo Varn (C) attends the debate in Orlo. EPA-EFE/Tomas Berg",
     "Mayor Ivo Varn (C) attends the debate in Orlo."),
    ("Ivo Varn (l) waves to the crowd. Photo: ANP/Tomas van Berg",
     "Ivo Varn (l) waves to the crowd."),
    ("Ivo Varn speaks in Orlo. (Tomas Berg/AFP via Getty Images)", "Ivo Varn speaks in Orlo."),
    ("Ivo Varn speaks in Orlo. (Photo by Tomas Berg/Getty Images)", "Ivo Varn speaks in Orlo."),
    # a middle initial without its dot
    ("Ivo Varn speaks in Orlo. (Credit: Tomas K Berg/Getty Images)", "Ivo Varn speaks in Orlo."),
    ("Ivo Varn speaks in Orlo. AP Photo/Tomas Berg, File", "Ivo Varn speaks in Orlo."),
    # in lower case, in brackets
    ("Ivo Varn resigned after the leak (pics: Tomas Berg)", "Ivo Varn resigned after the leak"),
    # a slash between words in capitals that credits no one stays
    ("The envoys met at the EU/NATO Summit", "The envoys met at the EU/NATO Summit"),
])
def test_photo_credits_leave_the_captions(caption, kept):
    credits = split_credits(BODY + "\n\n" + caption)
    assert credits.text == BODY + "\n\n" + kept
    assert credits.authors == []


@pytest.mark.parametrize(("raw", "expected"), [
    ("Ann Lee; Ann-Lee", ["Ann Lee"]),
    ("Lee; Ann; Chan; Bo", ["Ann Lee", "Bo Chan"]),
    ("Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
    (None, []),
])
def test_page_metadata_authors_are_cleaned(raw, expected):
    from transforms.bylines import clean_authors

    assert clean_authors(raw) == expected
