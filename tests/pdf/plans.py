"""Plans for the PDF tests, made from the example so each test changes only what it is about."""

from sen_guide.cases import example_plan
from sen_guide.plan import SupportPlan


def plan_with(**changes) -> SupportPlan:
    """The example plan with some top-level parts replaced, checked by the model as a file would be."""
    document = example_plan().model_dump(mode="json")
    document.update(changes)
    return SupportPlan.model_validate(document)


def pupil_named(name: str, **changes) -> SupportPlan:
    document = example_plan().model_dump(mode="json")
    document["pupil"].update(name=name, **changes)
    return SupportPlan.model_validate(document)


def big_plan(outcomes: int = 100, provision: int = 150) -> SupportPlan:
    """A plan far larger than any real one, to show size only costs time, never a failure."""
    document = example_plan().model_dump(mode="json")
    document["outcomes"] = [
        {
            "id": f"O{n}",
            "need_ids": ["N1"],
            "description": f"Outcome number {n}: Sam will read {n} words a minute.",
            "success_criteria": "Two checks in a row.",
            "baseline": "Not yet.",
            "target_date": "2026-12-07",
        }
        for n in range(1, outcomes + 1)
    ]
    document["provision"] = [
        {
            "id": f"P{n}",
            "outcome_ids": [f"O{n % outcomes + 1}"],
            "what": f"Support item {n}",
            "who": "Teaching assistant",
        }
        | {"sessions_per_week": 2, "session_minutes": 20, "duration_weeks": 10}
        for n in range(1, provision + 1)
    ]
    return SupportPlan.model_validate(document)
