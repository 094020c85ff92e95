"""The printed SEN support plan, read back: needs, outcomes, support with hours, review dates and views."""

import pytest

from sen_guide.agenda import AgendaOptions
from sen_guide.cases import example_plan
from sen_guide.dates import day_and_date
from sen_guide.document_words import plan_words
from sen_guide.pdf import render_plan_pdf
from sen_guide.plan import SupportPlan
from tests.pdf.plans import big_plan
from tests.pdf.reading import outline_titles, pdf_text, properties


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return render_plan_pdf(example_plan(), AgendaOptions()).data


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_plan_reads_back_every_need_outcome_and_provision_item(plan_pdf):
    plan, text = example_plan(), pdf_text(plan_pdf)
    expected = [need.description for need in plan.needs] + [need.evidence for need in plan.needs]
    expected += [outcome.description for outcome in plan.outcomes] + [
        outcome.baseline for outcome in plan.outcomes
    ]
    expected += [item.what for item in plan.provision] + [plan.expected_progress]
    expected += [plan.pupil.pupil_views, plan.pupil.parent_views, plan.pupil.strengths]
    assert [words for words in map(_flat, expected) if words not in text] == []


def test_the_plan_gives_hours_a_week_hours_in_total_and_the_cost(plan_pdf):
    text = pdf_text(plan_pdf)
    assert "In total: 2 hours a week, 23 hours over the plan." in text
    assert "£260.00" in text


def test_the_plan_lists_the_years_three_review_meetings(plan_pdf):
    text = pdf_text(plan_pdf)
    assert [day for day in example_plan().review_schedule() if day_and_date(day) not in text] == []


def test_the_plan_has_a_bookmark_for_each_section_need_and_outcome(plan_pdf):
    titles = outline_titles(plan_pdf)
    sections = [heading.format(name="Sam Taylor") for heading in plan_words().sections.values()]
    assert [title for title in titles if title in sections] == sections
    assert {"Outcome O1", "Outcome O2", "Outcome O3"} <= set(titles)


def test_the_plan_keeps_the_date_of_birth_out_when_initials_are_asked_for():
    with_name = pdf_text(render_plan_pdf(example_plan(), AgendaOptions()).data)
    with_initials = pdf_text(render_plan_pdf(example_plan(), AgendaOptions(initials=True)).data)
    assert ("9 March 2017" in with_name, "9 March 2017" in with_initials) == (True, False)


def test_a_blank_plan_prints_and_says_what_is_missing():
    text = pdf_text(render_plan_pdf(SupportPlan(), AgendaOptions()).data)
    missing = plan_words().missing
    assert [
        key for key in ("needs", "outcomes", "provision", "next_review") if _flat(missing[key]) not in text
    ] == []


def test_a_plan_with_100_outcomes_and_150_provision_items_prints_every_one():
    data = render_plan_pdf(big_plan(), AgendaOptions()).data
    text = pdf_text(data)
    assert "Outcome number 100:" in text and "Support item 150" in text
    assert properties(data)["/Title"] == "SEN support plan: For Sam Taylor"
