"""Turns pydantic's validation errors into plain sentences that name the field and say how to fix it."""

import types
import typing
from collections.abc import Sequence

from annotated_types import Ge, Gt, Le
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from sen_guide.content import field_labels, file_messages
from sen_guide.fields import TEXT_LIMIT
from sen_guide.plan import SupportPlan
from sen_guide.plan_rules import RULES_ERROR

NUMBER_ERRORS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
MESSAGE_FOR_TYPE = {
    "missing": "missing",
    "extra_forbidden": "unknown_key",
    "string_too_long": "too_long",
    "string_too_short": "empty",
    "float_type": "number",
    "float_parsing": "number",
    "int_type": "whole_number",
    "int_parsing": "whole_number",
    "int_from_float": "whole_number",
    "finite_number": "number",
    "string_type": "text",
    "list_type": "list",
    "model_type": "group",
    "model_attributes_type": "group",
    "dict_type": "group",
    "literal_error": "choice",
    "enum": "choice",
    "string_pattern_mismatch": "id_pattern",
    "date_format": "date_format",
    "impossible_date": "impossible_date",
    "time_format": "time_format",
}


def describe_errors(error: ValidationError) -> list[str]:
    """One plain sentence per problem, never quoting what the user typed."""
    return list(dict.fromkeys(describe_error_details(error).values()))


def describe_error_details(error: ValidationError) -> dict[str, str]:
    """Plain sentences keyed by the dotted place of each problem ("pupil.name", "provision.1.who")."""
    details: dict[str, str] = {}
    for detail in error.errors(include_input=False, include_url=False):
        if detail["type"] == RULES_ERROR:
            for number, problem in enumerate(detail["ctx"]["problems"]):
                details[f"plan.{number}"] = problem
        else:
            place = ".".join(str(part) for part in detail["loc"])
            details[place] = _describe_one(detail["type"], detail["loc"], detail.get("ctx") or {})
    return details


def _describe_one(kind: str, loc: Sequence[str | int], ctx: dict) -> str:
    templates = file_messages().value
    if loc and loc[0] == "schema_version":
        return templates["version"].format(where=_where(loc))
    if kind == "extra_forbidden":
        return templates["unknown_key"].format(where=_where(loc[:-1]) or "The plan", key=str(loc[-1])[:40])
    if kind in NUMBER_ERRORS:
        low, high, low_exclusive = _bounds(loc)
        key = "above_and_at_most" if low_exclusive else "between"
        return templates[key].format(where=_where(loc), low=_number(low), high=_number(high))
    values = {"where": _where(loc), "limit": f"{TEXT_LIMIT:,}", "choices": _choices(ctx)}
    return templates[MESSAGE_FOR_TYPE.get(kind, "other")].format(**values)


def _where(loc: Sequence[str | int]) -> str:
    """Name a place in the plan the way a person would: "Provision 2: minutes per session"."""
    labels = field_labels()
    parts: list[str] = []
    parts_done = 0
    for index, part in enumerate(loc):
        if isinstance(part, int):
            container = str(loc[index - 1]) if index else ""
            parts.append(f"{labels.items.get(container, 'Item')} {part + 1}")
            parts_done = index + 1
        elif part in labels.sections and index + 1 < len(loc):
            parts.append(labels.sections[part])
            parts_done = index + 1
    field = next((str(p) for p in reversed(loc[parts_done:]) if isinstance(p, str)), "")
    field = field if field not in labels.items or parts_done < len(loc) else ""
    head = ", ".join(parts)
    label = labels.fields.get(field, field.replace("_", " "))
    if not head:
        return label[:1].upper() + label[1:]
    return f"{head}: {label}" if label else head


def _choices(ctx: dict) -> str:
    return str(ctx.get("expected", "")).replace("'", "")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _bounds(loc: Sequence[str | int]) -> tuple[float | None, float | None, bool]:
    """Read the field's range from the model, so the message and the rule never disagree."""
    info = _field_info(loc)
    low: float | None = None
    high: float | None = None
    low_exclusive = False
    for marker in _metadata(info.annotation) + list(info.metadata) if info else []:
        if isinstance(marker, Ge):
            low = float(marker.ge)  # type: ignore[arg-type]
        elif isinstance(marker, Gt):
            low, low_exclusive = float(marker.gt), True  # type: ignore[arg-type]
        elif isinstance(marker, Le):
            high = float(marker.le)  # type: ignore[arg-type]
    return low, high, low_exclusive


def _field_info(loc: Sequence[str | int]) -> FieldInfo | None:
    model: type[BaseModel] | None = SupportPlan
    info = None
    for part in loc:
        if isinstance(part, int):
            continue
        if model is None or part not in model.model_fields:
            return None
        info = model.model_fields[part]
        model = _inner_model(info.annotation)
    return info


def _inner_model(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _metadata(annotation: object) -> list[object]:
    """Constraints hidden inside Optional[Annotated[...]] wrappers."""
    found: list[object] = list(getattr(annotation, "__metadata__", ()))
    for marker in list(found):
        found.extend(getattr(marker, "metadata", ()))
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        for arg in typing.get_args(annotation):
            found.extend(_metadata(arg))
    return found
