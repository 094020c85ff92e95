"""What past reviews said shows on the next agenda: latest ratings, whether support happened, what worked."""

import pytest

from sen_guide.agenda import AgendaOptions
from sen_guide.pdf import render_agenda_pdf
from sen_guide.review import review_words
from tests.pdf.plans import plan_with
from tests.pdf.reading import pdf_text

REVIEWS = [
    {
        "date": "2026-10-12",
        "outcome_progress": [
            {"outcome_id": "O1", "rating": "some_progress", "evidence": "44 words a minute"},
            {"outcome_id": "O3", "rating": "not_started", "evidence": "Group has not started"},
        ],
        "provision_delivered": [
            {"provision_id": "P1", "as_planned": "partly", "sessions_missed": 4, "notes": "TA ill."}
        ],
        "what_is_working": "Earlier review text",
        "reasons_not_working": ["wrong_intervention"],
        "next_steps": "Earlier next steps",
    },
    {
        "date": "2026-11-16",
        "outcome_progress": [
            {"outcome_id": "O1", "rating": "good_progress", "evidence": "52 words a minute"}
        ],
        "provision_delivered": [
            {"provision_id": "P2", "as_planned": "no", "notes": "Buddy left the school."}
        ],
        "pupil_views": "I like reading with my buddy.",
        "what_is_working": "Paired reading is helping.",
        "what_is_not_working": "Playtimes are still hard.",
        "next_steps": "Find a new reading buddy.",
        "reasons_not_working": ["not_put_into_practice"],
        "next_step_options": ["adjust", "specialist_advice"],
    },
]
WORDS = review_words()


@pytest.fixture(scope="module")
def text() -> str:
    return pdf_text(render_agenda_pdf(plan_with(reviews=REVIEWS), AgendaOptions()).data)


@pytest.mark.parametrize(
    "expected",
    [
        f"{WORDS.ratings['good_progress']} (review on 16 November 2026) Evidence at the last review 52 words a minute",
        f"{WORDS.ratings['not_started']} (review on 12 October 2026) Evidence at the last review Group has not started",
        "Partly. 4 sessions missed. TA ill.",
        "No. Buddy left the school.",
        "Paired reading is helping.",
        "Playtimes are still hard.",
        "Find a new reading buddy.",
        "I like reading with my buddy.",
        f"Reasons noted at the last review {WORDS.reasons['not_put_into_practice']}",
        f"Options chosen at the last review {WORDS.next_steps['adjust']} {WORDS.next_steps['specialist_advice']}",
    ],
    ids=[
        "latest rating wins",
        "older rating when no newer one",
        "partly delivered with sessions missed",
        "not delivered, with why",
        "what is working",
        "what is not working",
        "next steps",
        "pupil views at the last review",
        "reasons ticked at the last review",
        "options chosen at the last review",
    ],
)
def test_the_agenda_shows_what_the_latest_reviews_said(text, expected):
    assert expected in text


def test_an_earlier_review_does_not_hide_the_latest_one(text):
    assert "Earlier review text" not in text and "Earlier next steps" not in text
    assert f"review {WORDS.reasons['wrong_intervention']}" not in text


def test_interpreter_and_access_needs_show_with_who_is_coming():
    meeting = plan_with().meeting.model_dump(mode="json") | {
        "access_needs": "Polish interpreter; step-free room"
    }
    text = pdf_text(render_agenda_pdf(plan_with(meeting=meeting), AgendaOptions()).data)
    assert "Interpreter or access needs Polish interpreter; step-free room" in text
