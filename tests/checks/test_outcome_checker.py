"""The outcome checker: each outcome text gets exactly the findings listed, and good ones get none."""

import pytest

from sen_guide.cases import example_plan
from sen_guide.outcome_checker import check_outcome, outcome_sentence_frame
from sen_guide.plan import Outcome

DATE = "2026-12-07"

# (description, success criteria, target date, the rules that should fire, in order)
OUTCOMES = [
    ("Sam will improve his reading.", "", None, ["vague_verb", "no_measure", "no_date"]),
    ("Sam will develop his social skills.", "", DATE, ["vague_verb", "no_measure"]),
    ("Sam will be better at maths by the end of term.", "", None, ["vague_verb", "no_measure"]),
    ("Sam will be more confident.", "", None, ["vague_verb", "no_measure", "no_date"]),
    ("Sam will make good progress in reading.", "", DATE, ["vague_verb", "no_measure"]),
    ("Sam will understand fractions.", "", DATE, ["vague_verb", "no_measure"]),
    ("Sam will manage his anxiety better.", "", DATE, ["vague_verb", "no_measure"]),
    ("Sam may try harder at spelling.", "", DATE, ["vague_verb", "no_measure"]),
    ("Sam will learn his times tables.", "", DATE, ["no_measure"]),
    ("By 12/02/2027 Sam will join a game at playtime.", "", None, ["no_measure"]),
    ("Sam will join a game at playtime.", "On 3 out of 5 days", None, ["no_date"]),
    ("Sam will have 1:1 support for reading.", "", DATE, ["provision_as_outcome"]),
    ("Sam will attend a social skills group.", "", DATE, ["provision_as_outcome", "no_measure"]),
    ("Sam will receive 3 sessions of phonics a week.", "", DATE, ["provision_as_outcome"]),
    ("Sam will get 30 minutes of TA support each day.", "", DATE, ["provision_as_outcome"]),
    ("The TA will support Sam with writing.", "", DATE, ["about_adults", "no_measure"]),
    ("Staff will use a visual timetable with Sam every morning.", "", DATE, ["about_adults", "no_measure"]),
    ("We will give Sam a reading ruler.", "", DATE, ["about_adults", "no_measure"]),
    ("", "", DATE, ["outcome_empty"]),
    ("   ", "", None, ["outcome_empty"]),
    ("By 7 December 2026, Sam will read 60 words a minute with 95% accuracy.", "", None, []),
    ("By July 2027, Sam will improve his reading age by 6 months, measured by a reading test.", "", None, []),
    ("Sam will write three sentences with capital letters and full stops independently.", "", DATE, []),
    ("Sam will ask for help with a help card on 4 out of 5 occasions.", "Seen in 4 of 5 lessons.", DATE, []),
    ("By the end of the spring term, Sam will count to 20 without help.", "", None, []),
    ("Sam will increase his reading speed to 50 words a minute.", "", DATE, []),
    ("Within 8 weeks, Sam will tie his shoelaces without help.", "", None, []),
    ("By May 2027 Sam will swim 25 metres.", "", None, []),
    ("Sam will have read five books from the class library.", "", DATE, []),
    ("Sam will stay in his seat for 10 minutes in 4 of 5 lessons.", "", DATE, []),
]


def outcome(description: str, success_criteria: str = "", target_date: str | None = DATE) -> Outcome:
    return Outcome(
        id="O1",
        need_ids=["N1"],
        description=description,
        success_criteria=success_criteria,
        baseline="Reads 38 words a minute.",
        target_date=target_date,
    )


@pytest.mark.parametrize(
    ("description", "criteria", "target_date", "rules"),
    OUTCOMES,
    ids=[row[0].strip() or "blank" for row in OUTCOMES],
)
def test_each_outcome_gets_exactly_its_findings(description, criteria, target_date, rules):
    findings = check_outcome(outcome(description, criteria, target_date))
    assert [finding.rule for finding in findings] == rules
    assert {finding.item_id for finding in findings} <= {"O1"}


@pytest.mark.parametrize(
    ("description", "rule", "quoted"),
    [
        ("Sam will improve his reading.", "vague_verb", '"improve"'),
        ("Sam will be better at maths.", "vague_verb", '"be better at"'),
        ("Sam will have 1:1 support.", "provision_as_outcome", '"will have" and "1:1 support"'),
        ("Sam will attend a group.", "provision_as_outcome", '"will attend"'),
        ("Staff will remind Sam.", "about_adults", '"Staff will"'),
    ],
    ids=["vague verb", "vague phrase", "two provision phrases", "attend a group", "adults act"],
)
def test_findings_quote_the_words_they_found(description, rule, quoted):
    messages = {finding.rule: finding.message for finding in check_outcome(outcome(description))}
    assert quoted in messages[rule]


def test_a_date_only_in_the_target_date_field_counts_as_a_date():
    assert "no_date" not in [
        f.rule for f in check_outcome(outcome("Sam will read 10 words.", target_date=DATE))
    ]


def test_a_missing_starting_point_gets_advice_not_a_problem():
    findings = check_outcome(outcome("Sam will read 10 words.").model_copy(update={"baseline": ""}))
    assert [(f.rule, f.severity) for f in findings] == [("no_baseline", "advice")]


def test_a_target_after_the_next_review_is_named_with_the_review_date():
    plan = example_plan()
    late = plan.outcomes[0].model_copy(update={"target_date": plan.next_review_date.replace(year=2027)})
    findings = check_outcome(late, plan)
    assert [f.rule for f in findings] == ["target_after_review"]
    assert "7 December 2026" in findings[0].message


def test_every_example_outcome_is_clean_in_its_plan():
    plan = example_plan()
    assert [f for o in plan.outcomes for f in check_outcome(o, plan)] == []


def test_user_words_with_braces_are_quoted_not_formatted():
    findings = check_outcome(outcome("{found} will improve {name}"))
    assert '"improve"' in findings[0].message


def test_the_sentence_frame_has_every_part_of_a_good_outcome():
    frame = outcome_sentence_frame()
    for part in (
        "[date]",
        "[name]",
        "[observable action]",
        "[conditions]",
        "[how often / how well]",
        "[method]",
    ):
        assert part in frame
