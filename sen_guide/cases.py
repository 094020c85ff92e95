"""Fictional case studies from content/cases/, each holding a complete example plan."""

from functools import cache

import yaml

from sen_guide.content import CONTENT_DIR, ContentFile
from sen_guide.plan import SupportPlan

CASES_DIR = CONTENT_DIR / "cases"
DEFAULT_CASE = "sam"


class CaseStudy(ContentFile):
    title: str
    summary: str
    plan: SupportPlan


@cache
def _case(name: str) -> CaseStudy:
    text = (CASES_DIR / f"{name}.yaml").read_text(encoding="utf-8")
    return CaseStudy.model_validate(yaml.safe_load(text))


def case_names() -> list[str]:
    """The names of every case study, in a stable order."""
    return sorted(path.stem for path in CASES_DIR.glob("*.yaml"))


def case_study(name: str = DEFAULT_CASE) -> CaseStudy:
    """A case study by name; its plan is a fresh copy, so edits never touch the shared one."""
    case = _case(name)
    return case.model_copy(update={"plan": case.plan.model_copy(deep=True)})


def example_plan(name: str = DEFAULT_CASE) -> SupportPlan:
    """The example plan of a case study."""
    return case_study(name).plan
