"""The Plan section, driven through its widgets: from a blank plan through every task to a clean check."""

import datetime as dt

import pytest

from sen_guide.health_check import check_plan

PLAN = "pages/plan/"


def plan_of(app):
    return app.session_state["current_plan"]


WIDGET_KINDS = ("text_input", "text_area", "radio", "selectbox", "multiselect", "date_input", "number_input")


def key(app, page: str, question: str) -> str:
    """The live key of a form's widget: it carries the plan generation, so find it by its ending."""
    keys = [widget.key for kind in WIDGET_KINDS for widget in getattr(app, kind)]
    found = [k for k in keys if k and k.startswith(f"{page}_") and k.endswith(f"_{question}")]
    assert found, f"no widget for {page}.{question}"
    return found[-1]


def table_key(app) -> str:
    return next(
        table.key for table in app.dataframe if table.key and table.key.startswith("provision_table_")
    )


def open_page(app, name: str):
    app.switch_page(f"{PLAN}{name}.py").run()
    assert not app.exception
    return app


def fill_pupil(app):
    open_page(app, "pupil")
    app.text_input(key=key(app, "pupil", "name")).input("Ali").run()
    app.selectbox(key=key(app, "pupil", "year_group")).set_value("Year 5").run()
    for question, text in [
        ("strengths", "Ali is great at maths puzzles."),
        ("pupil_views", "I like maths. Noise makes it hard to think."),
        ("parent_views", "Ali is calmer at home when things are quiet."),
    ]:
        app.text_area(key=key(app, "pupil", question)).input(text).run()
    app.button(key="pupil_save").click().run()


def add_need(app):
    open_page(app, "needs")
    app.radio(key=key(app, "needs", "area")).set_value("sensory_and_physical").run()
    app.text_area(key=key(app, "needs", "description")).input(
        "Ali finds it hard to listen to the teacher when the classroom is noisy."
    ).run()
    app.text_area(key=key(app, "needs", "evidence")).input(
        "Hearing test in March 2026 shows a mild loss."
    ).run()
    app.button(key="needs_save").click().run()


def add_outcome(app):
    open_page(app, "outcomes")
    app.multiselect(key=key(app, "outcomes", "need_ids")).set_value(["N1"]).run()
    app.text_area(key=key(app, "outcomes", "description")).input(
        "By 1 December 2026, Ali will repeat back a two-step instruction in class on 4 out of 5 days, "
        "measured by the teacher's weekly tally."
    ).run()
    app.text_area(key=key(app, "outcomes", "success_criteria")).input(
        "4 out of 5 days for three weeks in a row."
    ).run()
    app.text_area(key=key(app, "outcomes", "baseline")).input("1 out of 5 days in October 2026.").run()
    app.date_input(key=key(app, "outcomes", "target_date")).set_value(dt.date(2026, 12, 1)).run()
    app.button(key="outcomes_save").click().run()


def add_provision(app):
    open_page(app, "provision")
    app.session_state[table_key(app)] = {
        "edited_rows": {},
        "deleted_rows": [],
        "added_rows": [
            {
                "what": "Seat near the teacher, away from the door, with a radio aid",
                "who": "Class teacher, with advice from the specialist teacher for hearing",
                "sessions_per_week": 5,
                "session_minutes": 60,
                "duration_weeks": 10,
                "group_size": 1,
                "outcome_ids": ["O1"],
                "why": "To hear instructions clearly.",
            }
        ],
    }
    app.run()
    app.button(key="provision_save").click().run()


def set_review_date(app):
    open_page(app, "review_date")
    app.date_input(key=key(app, "progress", "start_date")).set_value(dt.date(2026, 10, 5)).run()
    app.text_area(key=key(app, "progress", "expected_progress")).input(
        "Ali should follow instructions in class most days."
    ).run()
    app.date_input(key=key(app, "progress", "next_review_date")).set_value(dt.date(2026, 12, 7)).run()
    app.button(key="progress_save").click().run()


def test_a_plan_is_built_from_blank_through_every_task_to_a_clean_check(app):
    for step in (fill_pupil, add_need, add_outcome, add_provision, set_review_date):
        step(app)
        assert not app.exception and not app.error, step.__name__
    plan = plan_of(app)
    assert (plan.pupil.name, len(plan.needs), len(plan.outcomes), len(plan.provision)) == ("Ali", 1, 1, 1)
    assert plan.provision[0].outcome_ids == ["O1"]
    assert check_plan(plan) == []
    open_page(app, "check")
    assert len(app.success) == 1  # the health check's all-clear
    open_page(app, "tasks")
    assert [m.value for m in app.markdown].count("**Completed**") == 6


@pytest.mark.parametrize(
    ("page", "button", "expected"),
    [
        ("pupil", "pupil_save", 2),
        ("needs", "needs_save", 2),
        ("outcomes", "outcomes_save", 2),  # the target date starts filled in
        ("review_date", "progress_save", 2),
    ],
    ids=["pupil", "needs", "outcomes", "review date"],
)
def test_a_blank_submit_shows_the_error_summary_and_a_message_by_each_field(app, page, button, expected):
    open_page(app, page)
    app.button(key=button).click().run()
    summary, *by_field = app.error
    assert "There is a problem" in summary.value
    assert len(by_field) == expected


def test_a_change_link_returns_to_the_check_page_after_the_edit(app):
    open_page(app, "start")
    app.button(key="start_example").click().run()
    open_page(app, "check")
    app.button(key="check_change_pupil").click().run()
    assert app.title[0].value == "Describe the pupil"
    # AppTest forgets a page reached by st.switch_page on its next run; a browser stays there.
    open_page(app, "pupil")
    app.text_input(key=key(app, "pupil", "name")).input("Sam T").run()
    app.button(key="pupil_save").click().run()
    assert app.title[0].value == "Check your plan"
    assert plan_of(app).pupil.name == "Sam T"


def test_typed_answers_are_kept_as_the_draft_before_saving(app):
    open_page(app, "pupil")
    app.text_input(key=key(app, "pupil", "name")).input("Half typed").run()
    assert plan_of(app).pupil.name == "Half typed"


def test_html_and_markdown_typed_by_a_user_are_shown_as_typed(app):
    open_page(app, "pupil")
    app.text_input(key=key(app, "pupil", "name")).input("**Bold** <script>x</script>").run()
    open_page(app, "start")
    shown = [m.value for m in app.markdown if "Bold" in m.value]
    assert shown and all("\\*\\*Bold\\*\\*" in text and "\\<script\\>" in text for text in shown)


def test_an_example_from_the_catalogue_is_added_in_one_click(app):
    open_page(app, "start")
    app.button(key="start_example").click().run()
    open_page(app, "provision")
    before = len(plan_of(app).provision)
    add = next(button.key for button in app.button if button.key and button.key.startswith("provision_add_"))
    app.button(key=add).click().run()
    assert len(plan_of(app).provision) == before + 1
    assert plan_of(app).provision[-1].sessions_per_week is None  # never an invented number


def test_an_impossible_number_in_the_table_is_refused_and_the_plan_kept(app):
    open_page(app, "start")
    app.button(key="start_example").click().run()
    before = plan_of(app)
    open_page(app, "provision")
    app.session_state[table_key(app)] = {
        "edited_rows": {0: {"session_minutes": 500}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    app.button(key="provision_save").click().run()
    assert "minutes per session must be between 5 and 240" in app.error[0].value
    assert plan_of(app) == before


def test_a_review_more_than_14_weeks_after_the_start_is_warned_about(app):
    open_page(app, "start")
    app.button(key="start_example").click().run()
    open_page(app, "review_date")
    assert not app.warning
    app.date_input(key=key(app, "progress", "next_review_date")).set_value(dt.date(2027, 3, 1)).run()
    assert "14 weeks" in app.warning[0].value
