"""Checks run while a person types: the answers so far are checked as a draft item, if they make one."""

from collections.abc import Callable

from pydantic import BaseModel, ValidationError

from sen_guide.findings import Finding


def findings_for_answers(
    model: type[BaseModel], answers: dict, check: Callable[..., list[Finding]], *context: object
) -> list[Finding]:
    """The checker's findings once a description is typed; none while the answers do not make a valid item."""
    if not str(answers.get("description") or "").strip():
        return []
    try:
        item = model.model_validate(answers)
    except ValidationError:
        return []
    return check(item, *context)
