"""The need checker: a friendly nudge when a need is only a label, and what a need still lacks."""

from sen_guide.findings import Finding, check_item
from sen_guide.plan import Need


def check_need(need: Need) -> list[Finding]:
    """Findings for one need: blank, only a label such as "autism", no area or no evidence."""
    return check_item(need, "need", need.id)
