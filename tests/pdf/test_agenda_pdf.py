"""The printed agenda, read back: everything the meeting needs is there, and page furniture is right."""

import re

import pytest

from sen_guide.agenda import AgendaOptions
from sen_guide.cases import example_plan
from sen_guide.dates import day_and_date
from sen_guide.document_words import agenda_words, common_words
from sen_guide.pdf import render_agenda_pdf
from sen_guide.plan import SupportPlan
from tests.pdf.plans import big_plan, plan_with
from tests.pdf.reading import outline_titles, page_texts, pdf_text, properties, reader

QUESTIONS = ["How will we know outcome O1 is achieved?", "Who will take over if Mrs Patel is away?"]


@pytest.fixture(scope="module")
def agenda() -> bytes:
    return render_agenda_pdf(example_plan(), AgendaOptions(questions=QUESTIONS)).data


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_agenda_reads_back_every_outcome_provision_item_attendee_and_question(agenda):
    plan, text = example_plan(), pdf_text(agenda)
    expected = [outcome.description for outcome in plan.outcomes]
    expected += [item.what for item in plan.provision] + [item.who for item in plan.provision]
    expected += [person.name for person in plan.meeting.attendees] + [
        person.role for person in plan.meeting.attendees
    ]
    expected += [*QUESTIONS, day_and_date(plan.next_review_date)]
    assert [words for words in map(_flat, expected) if words not in text] == []


def test_the_agenda_has_every_section_as_a_bookmark_and_each_outcome_under_it(agenda):
    titles = outline_titles(agenda)
    assert [*agenda_words().sections.values()] == [
        title for title in titles if not title.startswith("Outcome ")
    ]
    assert [title for title in titles if title.startswith("Outcome ")] == [
        "Outcome O1",
        "Outcome O2",
        "Outcome O3",
    ]


def test_every_page_says_page_n_of_m(agenda):
    pages = page_texts(agenda)
    for number, text in enumerate(pages, start=1):
        assert common_words().page_of.format(page=number, pages=len(pages)) in text


def test_the_document_has_a_title_and_is_marked_as_british_english(agenda):
    found = properties(agenda)
    assert (found["/Lang"], found["/Title"]) == ("en-GB", "SEN support review meeting: Agenda for Sam Taylor")


def test_the_running_order_adds_up_to_the_meeting_length(agenda):
    minutes = re.findall(r"\d{1,2}:\d\d[ap]m (\d+)", pdf_text(agenda))
    assert (len(minutes), sum(map(int, minutes))) == (len(agenda_words().running_order), 45)


@pytest.mark.parametrize("draft", [True, False], ids=["draft", "final"])
def test_the_draft_mark_is_on_every_page_only_when_asked_for(draft):
    data = render_agenda_pdf(example_plan(), AgendaOptions(draft=draft)).data
    assert [common_words().draft_mark in text for text in page_texts(data)] == [draft] * len(
        reader(data).pages
    )


@pytest.mark.parametrize(
    ("plan", "missing"),
    [
        (plan_with(outcomes=[], provision=[]), ["outcomes", "provision"]),
        (plan_with(meeting=None), ["meeting"]),
        (plan_with(provision=[]), ["provision"]),
        (plan_with(next_review_date=None), ["next_review"]),
        (SupportPlan(), ["meeting", "outcomes", "provision", "next_review"]),
    ],
    ids=["no outcomes", "no meeting", "no provision", "no review date", "blank plan"],
)
def test_a_plan_with_parts_missing_still_gives_an_agenda_that_says_what_is_missing(plan, missing):
    text = pdf_text(render_agenda_pdf(plan, AgendaOptions()).data)
    assert [key for key in missing if _flat(agenda_words().missing[key]) not in text] == []


def test_without_questions_the_agenda_says_none_were_added(agenda):
    text = pdf_text(render_agenda_pdf(example_plan(), AgendaOptions()).data)
    assert agenda_words().no_questions in text
    assert agenda_words().no_questions not in pdf_text(agenda)


def test_a_plan_with_100_outcomes_and_150_provision_items_renders_every_one():
    text = pdf_text(render_agenda_pdf(big_plan(), AgendaOptions()).data)
    assert "Outcome number 100:" in text and "Support item 150" in text


def test_a_long_text_wraps_and_a_very_long_word_breaks_without_losing_a_letter():
    word = "Supercalifragilistic" * 40
    plan = plan_with(expected_progress=f"{word} and then {'many short words ' * 300}")
    text = pdf_text(render_agenda_pdf(plan, AgendaOptions()).data)
    assert word in text.replace(" ", "")


def test_the_support_table_repeats_its_headings_on_every_page_it_runs_onto():
    pages = page_texts(render_agenda_pdf(big_plan(), AgendaOptions()).data)
    table_pages = [text for text in pages if "Support item" in text and "Outcome number" not in text]
    assert len(table_pages) > 2
    assert all("What Who How often How long Weeks Delivered as planned" in text for text in table_pages)
