"""Runs axe-core (WCAG 2.2 A and AA rules) on a page and splits what it finds into ours and Streamlit's."""

from dataclasses import dataclass
from pathlib import Path

import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

ALLOW_LIST = Path(__file__).with_name("axe_allowlist.yaml")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}
INSIDE = "([target, selector]) => !!document.querySelector(target)?.closest(selector)"


@dataclass(frozen=True)
class Allowed:
    """A violation that comes from Streamlit's own markup: the rule, where it sits, and why it is not ours."""

    rule: str
    element: str
    why: str


@dataclass(frozen=True)
class Finding:
    """One serious or critical violation on one element of one page."""

    page: str
    rule: str
    impact: str
    html: str
    target: str
    help: str

    def __str__(self) -> str:
        return f"{self.page}: {self.rule} ({self.impact}) {self.help}\n    {self.target}  {self.html[:160]}"


def allow_list() -> list[Allowed]:
    return [Allowed(**entry) for entry in yaml.safe_load(ALLOW_LIST.read_text(encoding="utf-8")) or []]


def audit(page: Page, name: str) -> list[Finding]:
    """Every serious or critical WCAG 2.2 A/AA violation axe finds on the page as it is now."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    violations = Axe().run(page, options=options).response["violations"]
    return [
        Finding(name, rule["id"], rule["impact"], node["html"], str(node["target"][-1]), rule["help"])
        for rule in violations
        if rule["impact"] in BLOCKING
        for node in rule["nodes"]
    ]


def allowed_by(page: Page, finding: Finding, allowed: list[Allowed]) -> Allowed | None:
    """The allow-list entry covering this finding: same rule, element inside the named Streamlit part."""
    for entry in allowed:
        if entry.rule == finding.rule and page.evaluate(INSIDE, [finding.target, entry.element]):
            return entry
    return None
