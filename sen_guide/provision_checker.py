"""The provision checker: quotes vague wording and names what is missing, never suggesting a number."""

from sen_guide.findings import Finding, check_item
from sen_guide.plan import Provision


def check_provision(item: Provision) -> list[Finding]:
    """Findings for one provision item: vague words, and a missing who, how often, how long or how many weeks."""
    return check_item(item, "provision", item.id)
