"""The Understand section's words: pages load, cite their sources, stay inside the app and read easily."""

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from sen_guide.guidance import (
    GUIDANCE_DIR,
    glossary,
    guidance_pages,
    next_guidance_page,
    page_path,
    parse_guidance,
)

ROOT = Path(__file__).resolve().parent.parent
PAGES = guidance_pages()
SLUGS = [page.slug for page in PAGES]
# A citation is a bracket naming the Code, an Act or the Regulations: "(SEND Code of Practice 6.65)".
CITATION = re.compile(r"\(([^()]*(?:Code of Practice|Act 20\d\d|Regulations 20\d\d)[^()]*)\)")
# Paragraphs domain-facts.md marks "[para from memory]": cite a range or the chapter instead (its rule).
UNCONFIRMED_PARAGRAPHS = {"6.3", "6.19", "6.39", "6.40", "6.46", "6.47", "6.51", "6.56", "6.57", "6.66"}
UNCONFIRMED_PARAGRAPHS |= {"6.68", "6.69", "6.70", "6.71", "6.72", "6.73", "6.74", "6.75", "6.98"}
UNCONFIRMED_PARAGRAPHS |= {"8.13", "8.14", "8.15", "9.8", "9.64", "9.66", "7.14", "7.15"}
OFFICIAL_HOSTS = ("gov.uk",)
AVERAGE_WORDS, LONGEST_WORDS = 15, 30


def blocks(markdown: str) -> list[str]:
    """Paragraphs and list items, each as one line of text; headings are left out."""
    found: list[str] = []
    for line in markdown.splitlines():
        item = re.match(r"\s*(?:[-*]|\d+\.)\s+(.*)", line)
        if not line.strip() or line.startswith("#") or item:
            found.append(item.group(1) if item else "")
        else:
            found[-1:] = [f"{found[-1]} {line.strip()}" if found else line.strip()]
    return [block for block in found if block.strip()]


def sentences(markdown: str) -> list[list[str]]:
    """The words of each sentence; citations are references, not prose, so they are left out."""
    words = []
    for block in blocks(CITATION.sub("", markdown)):
        for sentence in re.split(r"(?<=[.!?])[\"”’)]*\s+", block.replace("**", "")):
            if sentence.split():
                words.append(sentence.split())
    return words


def reading_level(markdown: str) -> tuple[float, int]:
    """Average and longest sentence length, in words."""
    lengths = [len(words) for words in sentences(markdown)]
    return sum(lengths) / len(lengths), max(lengths)


def outside_links(markdown: str) -> list[str]:
    """Every link that leaves the app, except a plain-text URL of an official (gov.uk) site."""
    links = re.findall(r"\]\(\s*([^)\s]+)", markdown) + re.findall(
        r"<a\s[^>]*>|<(?:https?|www)[^>]*>", markdown
    )
    plain = re.findall(r"(?<![(<\w])((?:https?://|www\.)[^\s)>]+)", markdown)
    unofficial = [
        url
        for url in plain
        if not re.match(rf"(?:https?://)?([\w.-]+\.)?({'|'.join(OFFICIAL_HOSTS)})\b", url)
    ]
    return [link for link in links if "://" in link or link.startswith(("www", "<"))] + unofficial


def cited(page) -> set[str]:
    """Each source the page's text cites in brackets, split where one bracket holds several."""
    return {part.strip() for found in CITATION.findall(page.body) for part in found.split(";")}


def test_every_guidance_file_becomes_a_page_in_reading_order():
    assert len(PAGES) == len(list(GUIDANCE_DIR.glob("*.md"))) >= 4
    assert sorted(page.order for page in PAGES) == [page.order for page in PAGES]
    assert len({page.order for page in PAGES}) == len(PAGES)


@pytest.mark.parametrize(
    "text",
    [
        "title: No fences\n\nBody.",
        "---\ntitle: A\nsummary: B\norder: 1\nsources: [SEND Code of Practice 6.65]\ntittle: typo\n---\nBody.",
        "---\ntitle: A\nsummary: B\norder: 1\nsources: []\n---\nBody.",
        "---\ntitle: A\nsummary: B\norder: 1\nsources: [SEND Code of Practice 6.65]\n---\n",
        "---\ntitle: A\norder: 1\nsources: [SEND Code of Practice 6.65]\n---\nBody.",
    ],
    ids=["no front matter", "misspelt key", "no sources", "empty body", "no summary"],
)
def test_a_broken_page_is_refused_with_an_error(text):
    with pytest.raises((ValueError, ValidationError)):
        parse_guidance("broken", text)


@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_every_page_cites_the_code_of_practice(page):
    assert any(source.startswith("SEND Code of Practice") for source in page.sources)


@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_the_sources_list_matches_the_citations_in_the_text(page):
    assert cited(page) == set(page.sources)


@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_no_page_cites_a_paragraph_number_the_reference_could_not_confirm(page):
    singles = set()
    for source in cited(page):
        without_ranges = re.sub(r"\d+\.\d+ to \d+\.\d+", "", source)
        singles |= set(re.findall(r"\b\d+\.\d+\b", without_ranges))
    assert not singles & UNCONFIRMED_PARAGRAPHS


@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_no_page_links_outside_the_app(page):
    assert outside_links(page.body) == []


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("See [IPSEA](https://www.ipsea.org.uk).", True),
        ('Click <a href="https://example.com">here</a>.', True),
        ("Go to <https://example.com>.", True),
        ("Read it at www.example.com today.", True),
        ("Read it at www.gov.uk today.", False),
        ("The law is at https://www.legislation.gov.uk/ukpga/2014/6.", False),
        ("Next, read [the glossary](/glossary).", False),
    ],
    ids=[
        "markdown link",
        "html link",
        "autolink",
        "plain unofficial url",
        "plain gov.uk",
        "plain legislation",
        "inside",
    ],
)
def test_the_link_check_tells_outside_links_apart(text, leaves):
    assert bool(outside_links(text)) == leaves


@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_every_page_reads_in_short_sentences(page):
    average, longest = reading_level(f"{page.summary}\n\n{page.body}")
    assert average < AVERAGE_WORDS
    assert longest <= LONGEST_WORDS


@pytest.mark.parametrize(
    ("text", "average", "longest"),
    [
        ("One two three. Four five!", 2.5, 3),
        ("## A heading is not a sentence\n\nOne two.\nThree four five six.", 3, 4),
        ("- **Bold item** here\n- Second item (SEND Code of Practice 6.65)", 2.5, 3),
        ('He said "stop." Then he went.', 3, 3),
    ],
    ids=["two sentences", "sentence across lines", "list items", "quote ends a sentence"],
)
def test_the_reading_level_counts_words_per_sentence(text, average, longest):
    assert reading_level(text) == (average, longest)


@pytest.mark.parametrize("page", PAGES, ids=SLUGS)
def test_every_page_has_a_thin_page_file_registered_in_the_app(page):
    source = (ROOT / page_path(page.slug)).read_text()
    assert f'show_guidance("{page.slug}")' in source
    assert page_path(page.slug) in (ROOT / "app.py").read_text()


def test_each_page_leads_to_the_next_and_the_last_to_none():
    assert [next_guidance_page(slug) for slug in SLUGS] == [*PAGES[1:], None]


def test_the_glossary_is_in_alphabetical_order_with_no_repeats():
    terms = [entry.term.casefold() for entry in glossary().terms]
    assert terms == sorted(set(terms))


@pytest.mark.parametrize(
    "term",
    [
        *("SEN (", "SEND", "SENCO", "SEN support", "APDR", "EHC plan", "EHC needs assessment", "SENDIASS"),
        *("Local Offer", "Notional SEN budget", "Provision", "Outcome", "Reasonable adjustments"),
    ],
)
def test_the_glossary_explains_each_key_term(term):
    assert any(entry.term.startswith(term) for entry in glossary().terms)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("senco", "SENCO (special educational needs co-ordinator)"), ("  Local OFFER ", "Local Offer")],
    ids=["lower case", "spaces and capitals"],
)
def test_finding_a_word_matches_its_term(query, expected):
    assert expected in [entry.term for entry in glossary().find(query)]


def test_a_blank_search_lists_every_term_and_nonsense_lists_none():
    assert glossary().find("") == glossary().terms
    assert glossary().find("xyzzy") == []


@pytest.mark.parametrize("entry", glossary().terms, ids=lambda entry: entry.term)
def test_every_glossary_meaning_reads_in_short_sentences(entry):
    assert reading_level(entry.meaning)[1] <= LONGEST_WORDS
