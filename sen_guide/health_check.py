"""The plan health check: what a whole plan still lacks, from missing views to outcomes with no support."""

from collections.abc import Callable

from sen_guide.findings import Finding, check_item, rule_set
from sen_guide.need_checker import check_need
from sen_guide.outcome_checker import check_outcome
from sen_guide.plan import Need, Outcome, Provision, SupportPlan
from sen_guide.provision_checker import check_provision

# A relation returns the values its message needs when it finds something, or None when all is well.
Values = dict[str, object] | None


def _need_without_outcome(need: Need, plan: SupportPlan) -> Values:
    linked = {need_id for outcome in plan.active_outcomes() for need_id in outcome.need_ids}
    return None if need.id in linked else {}


def _outcome_without_need(outcome: Outcome, plan: SupportPlan) -> Values:
    return None if outcome.need_ids else {}


def _outcome_without_provision(outcome: Outcome, plan: SupportPlan) -> Values:
    return {} if outcome in plan.outcomes_without_provision() else None


def _provision_without_outcome(item: Provision, plan: SupportPlan) -> Values:
    return {} if item in plan.provision_without_outcome() else None


def _review_too_late(plan: SupportPlan, limit: int) -> Values:
    if plan.start_date is None or plan.next_review_date is None:
        return None
    days = (plan.next_review_date - plan.start_date).days
    return {"weeks": round(days / 7), "limit": limit} if days > limit * 7 else None


def _too_many_outcomes(plan: SupportPlan, limit: int) -> Values:
    count = len(plan.active_outcomes())
    return {"count": count, "limit": limit} if count > limit else None


ITEM_RELATIONS: dict[str, Callable] = {
    "need_without_outcome": _need_without_outcome,
    "outcome_without_need": _outcome_without_need,
    "outcome_without_provision": _outcome_without_provision,
    "provision_without_outcome": _provision_without_outcome,
}
PLAN_RELATIONS: dict[str, tuple[Callable[[SupportPlan, int], Values], str]] = {
    "review_too_late": (_review_too_late, "review_weeks"),
    "too_many_outcomes": (_too_many_outcomes, "outcomes"),
}


def check_plan(plan: SupportPlan) -> list[Finding]:
    """Every finding for a plan: the plan as a whole first, then each need, active outcome and provision item."""
    findings = check_item(plan, "plan", None) + _plan_relations(plan)
    for need in plan.needs:
        findings += check_need(need) + _item_relations(need, plan, "need_without_outcome")
    for outcome in plan.active_outcomes():
        findings += check_outcome(outcome, plan)
        findings += _item_relations(outcome, plan, "outcome_without_need", "outcome_without_provision")
    for item in plan.provision:
        findings += check_provision(item) + _item_relations(item, plan, "provision_without_outcome")
    return findings


def review_timing_findings(plan: SupportPlan) -> list[Finding]:
    """Only the finding about a review set too long after the start, for the review-date page."""
    return [finding for finding in _plan_relations(plan) if finding.rule == "review_too_late"]


def _plan_relations(plan: SupportPlan) -> list[Finding]:
    rules = rule_set("plan")
    findings = []
    for rule, (relation, limit_name) in PLAN_RELATIONS.items():
        values = relation(plan, rules.limits[limit_name])
        if values is not None:
            findings.append(rules.relations[rule].finding(rule, None, **values))
    return findings


def _item_relations(item: Need | Outcome | Provision, plan: SupportPlan, *rules: str) -> list[Finding]:
    relations = rule_set("plan").relations
    findings = []
    for rule in rules:
        values = ITEM_RELATIONS[rule](item, plan)
        if values is not None:
            findings.append(relations[rule].finding(rule, item.id, **values))
    return findings
