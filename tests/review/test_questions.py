"""Questions to ask, built from the plan's own gaps, and the checklist for teachers."""

import pytest

from sen_guide.cases import example_plan
from sen_guide.plan import Attendee, SupportPlan
from sen_guide.questions import edited_questions, has_specialist, question_words, questions_for, quote
from sen_guide.review import record_review


def changed(**updates) -> SupportPlan:
    """Sam's plan (which has no gaps) with some parts changed through its JSON form, so it is validated."""
    document = example_plan().model_dump(mode="json")
    for path, value in updates.items():
        *parents, last = path.split("__")
        place = document
        for part in parents:
            place = place[int(part)] if part.isdigit() else place[part]
        place[last] = value
    return SupportPlan.model_validate(document)


def reviewed(plan: SupportPlan, day: str, rating: str, **delivery) -> SupportPlan:
    progress = [{"outcome_id": "O1", "rating": rating}]
    delivered = [{"provision_id": "P1", **delivery}] if delivery else []
    review = {"date": day, "outcome_progress": progress, "provision_delivered": delivered}
    return record_review(plan, review, {}).plan


def gap_questions(plan: SupportPlan) -> list[str]:
    """The parent's questions that come from gaps, without the ones always asked."""
    return [q for q in questions_for(plan, "parent") if q not in question_words().parent.always]


def test_a_plan_with_no_gaps_gets_only_the_questions_always_asked():
    assert questions_for(example_plan(), "parent") == question_words().parent.always


@pytest.mark.parametrize(
    ("plan", "quoted"),
    [
        (changed(outcomes__1__success_criteria=" "), "By 7 December 2026, Sam will spell 8 out of 10 words"),
        (changed(provision__2__who=""), "Small group for social skills and structured games"),
        (changed(next_review_date=None, meeting=None), None),
    ],
    ids=["an outcome with no success criteria", "provision with nobody to give it", "no review date"],
)
def test_each_gap_in_the_plan_raises_one_question(plan, quoted):
    gaps = gap_questions(plan)
    assert len(gaps) == 1
    assert quoted is None or quoted in gaps[0]


def test_a_closed_outcome_with_no_success_criteria_raises_no_question():
    plan = changed(outcomes__1__success_criteria="", outcomes__1__status="closed")
    assert gap_questions(plan) == []


@pytest.mark.parametrize(
    ("delivery", "expected"),
    [
        ({"as_planned": "partly", "sessions_missed": 4}, "4"),
        ({"as_planned": "no"}, "Structured phonics"),
        ({"as_planned": "yes", "sessions_missed": 0}, None),
    ],
    ids=["missed sessions are counted", "support that did not happen", "support that happened"],
)
def test_support_that_did_not_happen_at_the_last_review_raises_a_question(delivery, expected):
    gaps = gap_questions(reviewed(example_plan(), "2026-12-09", "good_progress", **delivery))
    assert len(gaps) == (expected is not None)
    assert expected is None or expected in gaps[0]


def test_two_reviews_of_little_progress_with_no_specialist_ask_for_one():
    plan = reviewed(reviewed(example_plan(), "2026-12-09", "some_progress"), "2027-03-10", "not_started")
    assert gap_questions(plan) == [question_words().parent.no_specialist]


def test_no_specialist_question_when_a_specialist_already_comes_to_meetings():
    plan = reviewed(reviewed(example_plan(), "2026-12-09", "some_progress"), "2027-03-10", "not_started")
    attendees = [*plan.meeting.attendees, Attendee(name="Dr Rao", role="Educational psychologist")]
    plan = plan.model_copy(update={"meeting": plan.meeting.model_copy(update={"attendees": attendees})})
    assert has_specialist(plan)
    assert gap_questions(plan) == []


def test_the_teacher_checklist_covers_data_sessions_views_and_reports():
    plan = example_plan()
    checklist = questions_for(plan, "teacher")
    words = question_words().teacher
    assert len(checklist) == len(plan.active_outcomes()) + len(plan.provision) + 1 + len(words.always)
    assert words.pupil_views in checklist
    assert any("Paired reading" in item for item in checklist)


def test_questions_never_use_the_pupils_name_so_initials_only_stays_safe():
    plan = changed(pupil__name="Zofia Kowalska", provision__0__who="")
    assert not any("Kowalska" in q for role in ("parent", "teacher") for q in questions_for(plan, role))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("short", "short"),
        ("one\ntwo   three", "one two three"),
        ("word " * 30, ("word " * 12).strip() + "…"),
        ("x" * 80, "…"),
    ],
    ids=["short text whole", "one line", "cut at a word", "one very long word"],
)
def test_quotes_are_short_and_on_one_line(text, expected):
    assert quote(text).endswith(expected)
    assert len(quote(text)) <= 61


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        ("A?\n\nB?\n", ["A?", "B?"]),
        ("- A?\n• B?\n* C?", ["A?", "B?", "C?"]),
        ("   ", []),
        ("Who is “Zoë”?", ["Who is “Zoë”?"]),
    ],
    ids=["blank lines dropped", "list marks dropped", "nothing left", "other scripts kept"],
)
def test_edited_questions_are_read_one_a_line(text, questions):
    assert edited_questions(text) == questions
