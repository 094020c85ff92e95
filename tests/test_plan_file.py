"""Opening plan files: every kind of bad file gets its own plain message, never an exception."""

import json

import pytest

from sen_guide.cases import example_plan
from sen_guide.plan_file import dump_plan, load_plan


def example_with(change) -> str:
    document = json.loads(dump_plan(example_plan()))
    change(document)
    return json.dumps(document)


def _set(path, value):
    def change(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


BAD_FILES = {
    "empty": (b"", "The file is empty. Choose a plan file saved from this app."),
    "not json": (
        b"{not json",
        "The file could not be read. It may be damaged or not a plan file. "
        "Choose a plan file saved from this app (it ends in .json).",
    ),
    "binary": (
        b"\x89PNG\r\n\x1a\n\x00\xff",
        "The file is not a text file, so it is not a plan file. "
        "Choose a plan file saved from this app (it ends in .json).",
    ),
    "nested 100,000 deep": (
        b"[" * 100_000 + b"]" * 100_000,
        "The file could not be read. It may be damaged "
        "or not a plan file. Choose a plan file saved from this app (it ends in .json).",
    ),
    "a list": (b"[1, 2]", "The file does not hold a plan. Choose a plan file saved from this app."),
    "no version": (
        b'{"pupil": {}}',
        "The file has no version number, so it is not a plan file from this "
        "app. Choose a plan file saved from this app.",
    ),
    "version 99": (
        b'{"schema_version": 99}',
        "The file says it is format version 99, but this app reads "
        "version 1. Choose a plan file saved from this app.",
    ),
    "version as text": (
        b'{"schema_version": "one"}',
        "The file says it is format version unknown, but this "
        "app reads version 1. Choose a plan file saved from this app.",
    ),
    "dangling outcome link": (
        example_with(_set(["provision", 1, "outcome_ids"], ["O9"])),
        "Provision 2 links to outcome O9, but the plan has no outcome with that id.",
    ),
    "dangling need link": (
        example_with(_set(["outcomes", 0, "need_ids"], ["N7"])),
        "Outcome 1 links to need N7, but the plan has no need with that id.",
    ),
    "negative duration": (
        example_with(_set(["provision", 0, "duration_weeks"], -3)),
        "Provision 1: number of weeks must be between 1 and 52.",
    ),
    "minutes too long": (
        example_with(_set(["provision", 1, "session_minutes"], 500)),
        "Provision 2: minutes per session must be between 5 and 240.",
    ),
    "no sessions": (
        example_with(_set(["provision", 0, "sessions_per_week"], 0)),
        "Provision 1: sessions per week must be more than 0 and at most 25.",
    ),
    "impossible date": (
        example_with(_set(["next_review_date"], "2026-02-30")),
        "Next review date is not a real date. Check the day and month.",
    ),
    "date in the wrong style": (
        example_with(_set(["start_date"], "14/09/2026")),
        "Start date must be a date written as YYYY-MM-DD, like 2026-11-25.",
    ),
    "target before start": (
        example_with(_set(["outcomes", 2, "target_date"], "2026-01-01")),
        "Outcome 3: the target date must be on or after the plan's start date.",
    ),
    "time of day": (
        example_with(_set(["meeting", "time"], "3.30pm")),
        "Next meeting: time must be a time written as HH:MM, like 15:30.",
    ),
    "huge text": (
        example_with(_set(["pupil", "strengths"], "a" * 10_001)),
        "Pupil: strengths is too long. Keep it under 10,000 characters.",
    ),
    "unknown area": (
        example_with(_set(["needs", 0, "area"], "reading")),
        "Need 1: area of need must be one of: communication_and_interaction, cognition_and_learning, "
        "social_emotional_and_mental_health or sensory_and_physical.",
    ),
    "unknown key": (
        example_with(_set(["pupil", "favourite_colour"], "blue")),
        'Pupil details has an item this app does not know, called "favourite_colour". Remove it or choose a plan '
        "file saved from this app.",
    ),
    "words for a number": (
        example_with(_set(["provision", 0, "group_size"], "a few")),
        "Provision 1: group size must be a whole number.",
    ),
    "not a number": (
        '{"schema_version": 1, "provision": [{"id": "P1", "sessions_per_week": NaN}]}',
        "Provision 1: sessions per week must be a number.",
    ),
    "duplicate ids": (
        example_with(_set(["needs", 1, "id"], "N1")),
        "Two need items share the id N1. Give each one its own id.",
    ),
    "missing id": (
        '{"schema_version": 1, "needs": [{"area": "cognition_and_learning"}]}',
        "Need 1: id is missing. Add it and try again.",
    ),
}


@pytest.mark.parametrize(("data", "message"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_gets_its_plain_message(data, message):
    result = load_plan(data)
    assert result.plan is None
    assert message in result.errors


def test_messages_never_repeat_what_the_user_typed():
    result = load_plan(example_with(_set(["pupil", "year_group"], "SECRET-MARKER")))
    assert result.errors and not any("SECRET-MARKER" in message for message in result.errors)


def test_a_file_with_many_problems_lists_ten_and_counts_the_rest():
    document = {"schema_version": 1, "provision": [{"id": f"P{n}", "session_minutes": 1} for n in range(15)]}
    errors = load_plan(json.dumps(document)).errors
    assert len(errors) == 11
    assert errors[-1] == "There are 5 more problems. Fix the ones above first."
