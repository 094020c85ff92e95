"""The plan health check: the example is clean, and each gap in a plan is named once, with its source."""

import datetime as dt

import pytest

from sen_guide.cases import example_plan
from sen_guide.health_check import check_plan
from sen_guide.plan import Need, Outcome, SupportPlan


def example_with(**changes: object) -> SupportPlan:
    return example_plan().model_copy(update=changes)


def pupil_with(**changes: object) -> SupportPlan:
    plan = example_plan()
    return plan.model_copy(update={"pupil": plan.pupil.model_copy(update=changes)})


def unlink_provision(provision_id: str) -> SupportPlan:
    plan = example_plan()
    provision = [
        item.model_copy(update={"outcome_ids": []}) if item.id == provision_id else item
        for item in plan.provision
    ]
    return plan.model_copy(update={"provision": provision})


def relink_p3_to_o1() -> SupportPlan:
    plan = example_plan()
    provision = [
        item.model_copy(update={"outcome_ids": ["O1"]}) if item.id == "P3" else item
        for item in plan.provision
    ]
    return plan.model_copy(update={"provision": provision})


def extra_outcomes(count: int) -> SupportPlan:
    plan = example_plan()
    extra = [
        outcome.model_copy(update={"id": f"X{number}"})
        for number, outcome in enumerate([plan.outcomes[0]] * count, start=1)
    ]
    provision = [plan.provision[0].model_copy(update={"outcome_ids": ["O1", "O2", *(o.id for o in extra)]})]
    return plan.model_copy(
        update={"outcomes": plan.outcomes + extra, "provision": provision + plan.provision[1:]}
    )


def unlinked_need() -> SupportPlan:
    plan = example_plan()
    need = Need(
        id="N3", area="sensory_and_physical", description="Finds it hard to hear in the hall.", evidence="x"
    )
    return plan.model_copy(update={"needs": [*plan.needs, need]})


def outcome_with_no_need() -> SupportPlan:
    plan = example_plan()
    return plan.model_copy(
        update={"outcomes": [plan.outcomes[0].model_copy(update={"need_ids": []}), *plan.outcomes[1:]]}
    )


# (what is wrong, the plan, the (item id, rule) pairs the health check should give)
PLANS = [
    ("the example", example_plan, []),
    ("an orphan outcome", relink_p3_to_o1, [("O3", "outcome_without_provision")]),
    ("provision linked to nothing", lambda: unlink_provision("P2"), [("P2", "provision_without_outcome")]),
    ("a need with no outcome", unlinked_need, [("N3", "need_without_outcome")]),
    ("an outcome with no need", outcome_with_no_need, [("O1", "outcome_without_need")]),
    ("no pupil views", lambda: pupil_with(pupil_views=""), [(None, "no_pupil_views")]),
    ("no parent views", lambda: pupil_with(parent_views=" "), [(None, "no_parent_views")]),
    ("no review date", lambda: example_with(next_review_date=None), [(None, "no_review_date")]),
    ("no start date", lambda: example_with(start_date=None), [(None, "no_start_date")]),
    ("no expected progress", lambda: example_with(expected_progress=""), [(None, "no_expected_progress")]),
    (
        "review 15 weeks on",
        lambda: example_with(next_review_date=dt.date(2026, 12, 28)),
        [(None, "review_too_late")],
    ),
    ("review 14 weeks on", lambda: example_with(next_review_date=dt.date(2026, 12, 21)), []),
    ("five outcomes", lambda: extra_outcomes(2), [(None, "too_many_outcomes")]),
    ("four outcomes", lambda: extra_outcomes(1), []),
    (
        "provision missing who and how often",
        lambda: example_with(
            provision=[
                example_plan().provision[0].model_copy(update={"who": "", "sessions_per_week": None}),
                *example_plan().provision[1:],
            ]
        ),
        [("P1", "no_who"), ("P1", "no_frequency")],
    ),
]


@pytest.mark.parametrize(("plan", "expected"), [row[1:] for row in PLANS], ids=[row[0] for row in PLANS])
def test_each_plan_gets_exactly_its_findings(plan, expected):
    assert [(finding.item_id, finding.rule) for finding in check_plan(plan())] == expected


def test_a_blank_plan_is_told_everything_it_still_needs():
    rules = [finding.rule for finding in check_plan(SupportPlan())]
    assert rules == [
        "no_needs",
        "no_outcomes",
        "no_provision",
        "no_pupil_views",
        "no_parent_views",
        "no_start_date",
        "no_expected_progress",
        "no_review_date",
    ]


def test_vague_wording_in_any_part_reaches_the_health_check():
    plan = example_plan()
    vague = plan.outcomes[0].model_copy(
        update={"description": "Sam will improve his reading.", "success_criteria": ""}
    )
    findings = check_plan(plan.model_copy(update={"outcomes": [vague, *plan.outcomes[1:]]}))
    assert [(f.item_id, f.rule) for f in findings] == [("O1", "vague_verb"), ("O1", "no_measure")]


def test_achieved_outcomes_are_history_and_are_not_checked():
    plan = example_plan()
    done = Outcome(id="O9", description="Sam will improve.", status="achieved")
    assert check_plan(plan.model_copy(update={"outcomes": [*plan.outcomes, done]})) == []


def test_every_finding_says_why_and_cites_where_it_comes_from():
    for finding in check_plan(SupportPlan()) + check_plan(relink_p3_to_o1()) + check_plan(extra_outcomes(3)):
        assert finding.why and finding.source


def test_the_review_warning_says_how_many_weeks():
    (finding,) = check_plan(example_with(next_review_date=dt.date(2027, 1, 18)))
    assert "about 18 weeks" in finding.message and "14 weeks" in finding.message


def test_findings_cannot_be_changed_after_they_are_made():
    (finding,) = check_plan(relink_p3_to_o1())
    with pytest.raises(ValueError):
        finding.message = "changed"
