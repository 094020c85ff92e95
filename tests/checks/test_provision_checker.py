"""The provision checker: each provision gets exactly the findings listed, and it never suggests a number."""

import re

import pytest

from sen_guide.cases import example_plan
from sen_guide.plan import Provision
from sen_guide.provision_checker import check_provision

COMPLETE = {
    "who": "Teaching assistant (Mrs Patel)",
    "sessions_per_week": 3,
    "session_minutes": 20,
    "duration_weeks": 10,
    "why": "To close gaps in phonics.",
}
NOTHING_SET = {"who": "", "sessions_per_week": None, "session_minutes": None, "duration_weeks": None}

# (what, fields changed from a complete item, the rules that should fire, in order)
PROVISION = [
    ("Access to a quiet space", {}, ["vague_wording"]),
    ("Regular check-ins with a key adult", {}, ["vague_wording"]),
    ("Speech and language therapy as appropriate", {}, ["vague_wording"]),
    ("Opportunities for small group work", {}, ["vague_wording"]),
    ("Sam would benefit from a reading intervention", {}, ["vague_wording"]),
    ("Up to 5 hours of TA support", {}, ["vague_wording"]),
    ("Support with reading and writing", {}, ["vague_wording"]),
    ("Help with organisation when needed", {}, ["vague_wording"]),
    ("Occasional movement breaks", {}, ["vague_wording"]),
    ("Ongoing support from the SENCO", {}, ["vague_wording"]),
    ("Handwriting practice from time to time", {}, ["vague_wording"]),
    ("Periodic review of seating", {}, ["vague_wording"]),
    ("Lego-based therapy group", {"who": "A TA as and when available"}, ["vague_wording"]),
    ("Structured phonics programme", {"who": ""}, ["no_who"]),
    ("Structured phonics programme", {"sessions_per_week": None}, ["no_frequency"]),
    ("Structured phonics programme", {"session_minutes": None}, ["no_session_length"]),
    ("Structured phonics programme", {"duration_weeks": None}, ["no_weeks"]),
    ("Structured phonics programme", {"why": ""}, ["no_why"]),
    (
        "Structured phonics programme",
        NOTHING_SET,
        ["no_who", "no_frequency", "no_session_length", "no_weeks"],
    ),
    (
        "Regular reading",
        NOTHING_SET,
        ["vague_wording", "no_who", "no_frequency", "no_session_length", "no_weeks"],
    ),
    ("", NOTHING_SET, ["provision_empty"]),
    ("Structured phonics programme", {}, []),
    ("Paired reading with a trained older pupil", {"sessions_per_week": 0.5}, []),
    ("Precision teaching of ten sight words", {}, []),
    ("Visual timetable on the desk", {"who": "Class teacher"}, []),
    ("Emotional literacy sessions", {"who": "ELSA-trained TA (Mrs Khan)"}, []),
    ("Radio aid in all lessons", {"who": "Class teacher, advised by the teacher of the deaf"}, []),
    ("Social skills group", {"why": "Opportunities to practise turn taking, as the reason"}, []),
]


def provision(what: str, **changes: object) -> Provision:
    return Provision(id="P1", outcome_ids=["O1"], what=what, **{**COMPLETE, **changes})


def _id(row: tuple) -> str:
    what, changes, _ = row
    return " ".join([what or "blank", *(f"no {key}" for key, value in changes.items() if not value)])


@pytest.mark.parametrize(("what", "changes", "rules"), PROVISION, ids=[_id(row) for row in PROVISION])
def test_each_provision_gets_exactly_its_findings(what, changes, rules):
    findings = check_provision(provision(what, **changes))
    assert [finding.rule for finding in findings] == rules
    assert {finding.item_id for finding in findings} <= {"P1"}


@pytest.mark.parametrize(
    ("what", "quoted"),
    [
        ("Access to a laptop, regularly reviewed as needed", '"Access to", "regularly" and "as needed"'),
        ("Support with reading", '"Support with"'),
        ("Up to 3 sessions", '"Up to"'),
        ("Access   to\na quiet room", '"Access to"'),
    ],
    ids=["three phrases in order", "support with", "up to", "spaces folded"],
)
def test_vague_wording_is_quoted_as_written(what, quoted):
    assert quoted in check_provision(provision(what))[0].message


def test_missing_numbers_are_named_but_no_number_is_ever_suggested():
    findings = check_provision(provision("Phonics", **NOTHING_SET))
    assert not any(re.search(r"\d", finding.message) for finding in findings)


def test_the_why_field_is_not_checked_for_vague_words():
    """The why says what the support is for; purpose words there are not a specification."""
    assert check_provision(provision("Phonics", why="To help with reading where possible")) == []


def test_every_example_provision_item_is_clean():
    assert [f for item in example_plan().provision for f in check_provision(item)] == []
