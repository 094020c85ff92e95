"""Home and "Start or open a plan", driven through their widgets with AppTest."""

from sen_guide.plan_file import load_plan

START = "pages/plan/start.py"


def test_home_says_who_it_is_for_and_that_nothing_is_stored(app):
    assert not app.exception
    assert app.title[0].value == "SEN Support Guide"
    assert len(app.subheader) >= 2


def test_home_button_opens_the_start_page(app):
    app.button[0].click().run()
    assert app.title[0].value == "Start or open a plan"


def test_loading_the_example_makes_it_the_current_plan(app):
    app.switch_page(START).run()
    app.button(key="start_example").click().run()
    assert not app.exception
    assert app.session_state["current_plan"].pupil.name == "Sam Taylor"
    assert len(app.success) == 1


def test_a_broken_file_shows_the_problem_and_keeps_the_plan(app):
    app.switch_page(START).run()
    app.button(key="start_example").click().run()
    before = app.session_state["current_plan"]
    app.file_uploader(key="start_upload").upload("broken.json", b"{oops", "application/json").run()
    app.button(key="start_open").click().run()
    assert len(app.error) == 1
    assert app.session_state["current_plan"] == before


def test_a_good_file_replaces_the_plan(app, downloads):
    app.switch_page(START).run()
    app.button(key="start_example").click().run()
    saved = downloads["sen-support-plan.json"]
    app.button(key="start_blank").click().run()
    assert app.session_state["current_plan"].pupil.name == ""
    app.file_uploader(key="start_upload").upload("plan.json", saved, "application/json").run()
    app.button(key="start_open").click().run()
    assert app.session_state["current_plan"].pupil.name == "Sam Taylor"


def test_the_download_holds_the_current_plan(app, downloads):
    app.switch_page(START).run()
    app.button(key="start_example").click().run()
    assert load_plan(downloads["sen-support-plan.json"]).plan == app.session_state["current_plan"]
