"""The outcome checker: flags outcomes nobody could measure, quoting the words that make them vague."""

from sen_guide.findings import Finding, check_item, check_words, rule_set
from sen_guide.plan import Outcome, SupportPlan


def check_outcome(outcome: Outcome, plan: SupportPlan | None = None) -> list[Finding]:
    """Findings for one outcome; given the plan, also whether its target date falls after the next review."""
    findings = check_item(outcome, "outcome", outcome.id)
    review = plan.next_review_date if plan is not None else None
    if review is not None and outcome.target_date is not None and outcome.target_date > review:
        words = rule_set("outcome").relations["target_after_review"]
        findings.append(
            words.finding("target_after_review", outcome.id, review=f"{review.day} {review:%B %Y}")
        )
    return findings


def outcome_sentence_frame() -> str:
    """The sentence frame offered beside the outcome box, so a good outcome is easy to start."""
    return check_words().sentence_frame
