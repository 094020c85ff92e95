"""Rules that span a whole plan: ids are unique, links point at real items, dates are in order."""

from typing import TYPE_CHECKING

from pydantic_core import PydanticCustomError

from sen_guide.content import file_messages

if TYPE_CHECKING:
    from sen_guide.plan import SupportPlan

RULES_ERROR = "plan_rules"


def check_plan_rules(plan: "SupportPlan") -> None:
    """Raise one error carrying every broken rule as a plain sentence, so users see them all."""
    problems = [*_duplicate_ids(plan), *_dangling_links(plan), *_dates_out_of_order(plan)]
    if problems:
        raise PydanticCustomError(RULES_ERROR, "; ".join(problems), {"problems": problems})


def _duplicate_ids(plan: "SupportPlan") -> list[str]:
    problems = []
    for label, items in (("need", plan.needs), ("outcome", plan.outcomes), ("provision", plan.provision)):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                problems.append(_say("duplicate_id", kind=label, ref=item.id))
            seen.add(item.id)
    return problems


def _dangling_links(plan: "SupportPlan") -> list[str]:
    need_ids = {need.id for need in plan.needs}
    outcome_ids = {outcome.id for outcome in plan.outcomes}
    provision_ids = {item.id for item in plan.provision}
    problems = []
    for number, outcome in enumerate(plan.outcomes, start=1):
        problems += [
            _say("outcome_links_missing_need", number=number, ref=ref)
            for ref in outcome.need_ids
            if ref not in need_ids
        ]
    for number, item in enumerate(plan.provision, start=1):
        problems += [
            _say("provision_links_missing_outcome", number=number, ref=ref)
            for ref in item.outcome_ids
            if ref not in outcome_ids
        ]
    for number, review in enumerate(plan.reviews, start=1):
        problems += [
            _say("review_rates_missing_outcome", number=number, ref=entry.outcome_id)
            for entry in review.outcome_progress
            if entry.outcome_id not in outcome_ids
        ]
        problems += [
            _say("review_reports_missing_provision", number=number, ref=entry.provision_id)
            for entry in review.provision_delivered
            if entry.provision_id not in provision_ids
        ]
    return problems


def _dates_out_of_order(plan: "SupportPlan") -> list[str]:
    """Active targets and the review date may not come before the cycle starts (past reviews and closed outcomes may)."""
    start = plan.start_date
    if start is None:
        return []
    problems = [
        _say("target_before_start", number=number)
        for number, outcome in enumerate(plan.outcomes, start=1)
        if outcome.status == "active" and outcome.target_date is not None and outcome.target_date < start
    ]
    if plan.next_review_date is not None and plan.next_review_date < start:
        problems.append(_say("review_before_start"))
    return problems


def _say(rule: str, **values: object) -> str:
    return file_messages().rules[rule].format(**values)
