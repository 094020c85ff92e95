"""Questions to ask: generated from the plan, then edited, added to and removed through the page."""

import pytest

from sen_guide.cases import example_plan
from sen_guide.questions import edited_questions, questions_for
from tests.pages.widget_keys import keyed

QUESTIONS = "pages/review/questions.py"


@pytest.fixture
def questions_page(app):
    app.switch_page("pages/plan/start.py").run()
    app.button(key="start_example").click().run()
    page = app.switch_page(QUESTIONS).run()
    page.radio(key="review_questions_role").set_value("parent").run()
    return page


def test_the_questions_come_from_the_plan(questions_page):
    assert not questions_page.exception
    box = keyed(questions_page.text_area, "_parent")
    assert edited_questions(box.value) == questions_for(example_plan(), "parent")


def test_a_teacher_sees_the_checklist(questions_page):
    questions_page.radio(key="review_questions_role").set_value("teacher").run()
    box = keyed(questions_page.text_area, "_teacher")
    assert edited_questions(box.value) == questions_for(example_plan(), "teacher")


def test_edited_added_and_removed_questions_are_kept_for_the_agenda(questions_page):
    generated = questions_for(example_plan(), "parent")
    edited = [generated[0] + " Which scores?", *generated[2:], "Who can I email between meetings?"]
    keyed(questions_page.text_area, "_parent").input("\n".join(edited))
    questions_page.button(key="review_questions_save").click().run()
    assert questions_page.session_state["meeting_questions"] == edited
    assert edited_questions(keyed(questions_page.text_area, "_parent").value) == edited
    assert len(questions_page.info) == 1


def test_starting_again_brings_back_the_questions_from_the_plan(questions_page):
    keyed(questions_page.text_area, "_parent").input("Only this?")
    questions_page.button(key="review_questions_save").click().run()
    questions_page.button(key="review_questions_reset").click().run()
    assert questions_page.session_state["meeting_questions"] is None
    box = keyed(questions_page.text_area, "_parent")
    assert edited_questions(box.value) == questions_for(example_plan(), "parent")


def test_opening_another_plan_forgets_questions_written_for_the_last_one(questions_page):
    keyed(questions_page.text_area, "_parent").input("About the old plan?")
    questions_page.button(key="review_questions_save").click().run()
    questions_page.switch_page("pages/plan/start.py").run()
    questions_page.button(key="start_blank").click().run()
    assert questions_page.session_state["meeting_questions"] is None
