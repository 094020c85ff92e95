"""The export page's files: which questions are printed, calendar files, and the fonts the app names."""

from pathlib import Path

import pytest

from sen_guide.agenda import AgendaOptions
from sen_guide.cases import example_plan
from sen_guide.exports import agenda_questions, calendar_exports, printed_fonts
from sen_guide.plan import SupportPlan
from sen_guide.questions import questions_for


@pytest.mark.parametrize(
    ("saved", "expected"),
    [(None, "from the plan"), ([], []), (["Mine?"], ["Mine?"])],
    ids=["nothing saved: the plan's questions", "all deleted: none", "saved: the user's own"],
)
def test_the_agenda_prints_the_saved_questions_or_else_the_plans(saved, expected):
    plan = example_plan()
    wanted = questions_for(plan, "parent") if expected == "from the plan" else expected
    assert agenda_questions(saved, plan) == wanted


def test_a_plan_with_no_meeting_date_offers_only_the_years_meetings():
    meeting, schedule = calendar_exports(SupportPlan())
    assert meeting is None
    assert schedule.data.startswith(b"BEGIN:VCALENDAR")


def test_calendar_files_never_hold_the_full_name():
    meeting, schedule = calendar_exports(example_plan())
    assert b"Taylor" not in meeting.data
    assert b"Taylor" not in schedule.data


NOTO = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")


@pytest.mark.skipif(not NOTO.is_file(), reason="fonts-noto-core is not installed here")
def test_the_page_names_noto_and_only_the_fallbacks_this_plan_needs():
    plan = example_plan()
    assert printed_fonts(plan, AgendaOptions()) == ("Noto Sans", [])
    plan.pupil.parent_views = "مرحبا and আমার"
    body, fallbacks = printed_fonts(plan, AgendaOptions())
    assert body == "Noto Sans"
    assert "Noto Sans Bengali" in fallbacks and any("Arabic" in font or "Urdu" in font for font in fallbacks)
