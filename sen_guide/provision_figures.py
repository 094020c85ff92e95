"""Provision figures in words: hours per item and in total, and the notional £6,000 threshold."""

from sen_guide.plan import SupportPlan

NOTIONAL_THRESHOLD_GBP = 6_000  # DfE notional SEN budget operational guide: "up to £6,000 per pupil"


def hours_lines(plan: SupportPlan, words: dict[str, str]) -> list[str]:
    """One line per item with its hours, then the plan's totals, in the page's own words."""
    lines = []
    for item in plan.provision:
        if item.total_hours is None:
            lines.append(words["item_unknown"].format(id=item.id))
            continue
        lines.append(
            words["item_line"].format(
                id=item.id,
                hours_week=words["hours_week"].format(hours=_hours(item.hours_per_week or 0, words)),
                hours_total=words["hours_total"].format(hours=_hours(item.total_hours, words)),
            )
        )
    lines.append(
        words["total_line"].format(
            hours_week=_hours(plan.hours_per_week, words), hours_total=_hours(plan.total_hours, words)
        )
    )
    return lines


def is_over_threshold(plan: SupportPlan) -> bool:
    """Whether the costed provision adds up to more than the notional £6,000."""
    return (plan.total_cost_gbp or 0) > NOTIONAL_THRESHOLD_GBP


def _hours(value: float, words: dict[str, str]) -> str:
    number = f"{value:.1f}".removesuffix(".0")
    return words["hour" if number == "1" else "hours"].format(hours=number)
