"""Changes to a plan, checked by the model: the result is a new plan or messages by field."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError

from sen_guide.catalogue import CatalogueEntry
from sen_guide.content import file_messages
from sen_guide.forms import FormSpec, missing_answers
from sen_guide.plan import SupportPlan
from sen_guide.plan_errors import describe_error_details

Document = dict


@dataclass(frozen=True)
class EditResult:
    """A changed plan, or the problems that stopped the change (keyed by the last part of their place)."""

    plan: SupportPlan | None = None
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def summary(self) -> list[str]:
        return list(self.problems.values())


def edit_plan(plan: SupportPlan, change: Callable[[Document], None]) -> EditResult:
    """Apply `change` to a copy of the plan's JSON form and validate the result as a whole."""
    document = plan.model_dump(mode="json")
    change(document)
    try:
        return EditResult(plan=SupportPlan.model_validate(document))
    except ValidationError as error:
        return EditResult(problems=describe_error_details(error))


def update_section(plan: SupportPlan, section: str, values: dict) -> EditResult:
    """Set fields of a part of the plan ("pupil") or, with section "", of the plan itself."""

    def change(document: Document) -> None:
        (document[section] if section else document).update(values)

    return edit_plan(plan, change)


def save_item(plan: SupportPlan, items: str, values: dict) -> EditResult:
    """Add an item to a list (needs, outcomes, provision) or replace the one with the same id."""

    def change(document: Document) -> None:
        listed = document[items]
        positions = [n for n, item in enumerate(listed) if item["id"] == values["id"]]
        if positions:
            listed[positions[0]] = {**listed[positions[0]], **values}
        else:
            listed.append(values)

    return edit_plan(plan, change)


def next_id(plan: SupportPlan, items: str, prefix: str) -> str:
    """A fresh id such as "N3" for a new item in that list."""
    return fresh_id(prefix, {item.id for item in getattr(plan, items)})


def fresh_id(prefix: str, used: set[str]) -> str:
    """One more than the highest number used so far, so an id is never reused for another item."""
    numbers = [
        int(ref[len(prefix) :]) for ref in used if ref.startswith(prefix) and ref[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


def remove_need(plan: SupportPlan, need_id: str) -> EditResult:
    """Remove a need and unlink it from every outcome, so no link is left dangling."""

    def change(document: Document) -> None:
        document["needs"] = [need for need in document["needs"] if need["id"] != need_id]
        for outcome in document["outcomes"]:
            outcome["need_ids"] = [ref for ref in outcome["need_ids"] if ref != need_id]

    return edit_plan(plan, change)


def remove_outcome(plan: SupportPlan, outcome_id: str) -> EditResult:
    """Remove an outcome no review has rated and unlink it from provision; reviewed ones are closed instead."""
    reviewed = any(
        entry.outcome_id == outcome_id for review in plan.reviews for entry in review.outcome_progress
    )

    def change(document: Document) -> None:
        if reviewed:
            _by_id(document["outcomes"], outcome_id)["status"] = "closed"
            return
        document["outcomes"] = [o for o in document["outcomes"] if o["id"] != outcome_id]
        for item in document["provision"]:
            item["outcome_ids"] = [ref for ref in item["outcome_ids"] if ref != outcome_id]

    return edit_plan(plan, change)


def replace_provision(plan: SupportPlan, rows: list[dict]) -> EditResult:
    """Replace the provision list with the rows of the provision table; an item a past review reported
    on stays, since the review must keep pointing at it (SEND Code of Practice 6.72-6.73)."""
    kept = {row.get("id") for row in rows}
    reviewed = {entry.provision_id for review in plan.reviews for entry in review.provision_delivered}
    removed = sorted(reviewed - kept)
    if removed:
        message = file_messages().rules["reviewed_provision_removed"]
        return EditResult(problems={f"provision.{ref}": message.format(ref=ref) for ref in removed})

    def change(document: Document) -> None:
        document["provision"] = rows

    return edit_plan(plan, change)


def _by_id(items: list[dict], item_id: str) -> dict:
    return next(item for item in items if item["id"] == item_id)


def answer_form(plan: SupportPlan, spec: FormSpec, place: str, answers: dict) -> EditResult:
    """Check a form's required answers, then apply them at `place` ("pupil", "" or "needs")."""
    missing = missing_answers(spec, answers)
    if missing:
        where = item_place(plan, place, answers["id"]) if place in ITEM_LISTS else place
        return EditResult(problems={_join(where, key): message for key, message in missing.items()})
    return apply_answers(plan, place, answers)


def apply_answers(plan: SupportPlan, place: str, answers: dict) -> EditResult:
    """Apply answers as typed, required or not, so a half-filled page is kept as a draft."""
    values = {key: _json_ready(value) for key, value in answers.items()}
    if place in ITEM_LISTS:
        return save_item(plan, place, values)
    return update_section(plan, place, values)


def problems_under(problems: dict[str, str], place: str) -> dict[str, str]:
    """The problems of one part of the plan, keyed by field name, for messages beside the fields."""
    prefix = f"{place}." if place else ""
    return {key.removeprefix(prefix): message for key, message in problems.items() if key.startswith(prefix)}


ITEM_LISTS = ("needs", "outcomes", "provision")


def item_place(plan: SupportPlan, items: str, item_id: str) -> str:
    """Where an item is, or will be once added, in its list: "needs.2"."""
    listed = getattr(plan, items)
    index = next((n for n, item in enumerate(listed) if item.id == item_id), len(listed))
    return f"{items}.{index}"


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _json_ready(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


DEFAULT_OUTCOME_WEEKS = 8


def outcome_defaults(plan: SupportPlan) -> dict:
    """A new outcome's starting answers: active, due 8 weeks after the plan starts (6-12 is usual)."""
    start = plan.start_date or dt.date.today()
    return {"status": "active", "target_date": start + dt.timedelta(weeks=DEFAULT_OUTCOME_WEEKS)}


def add_catalogue_example(plan: SupportPlan, entry: CatalogueEntry) -> EditResult:
    """Add an example from the catalogue as a new provision row, with no invented numbers."""
    item = entry.to_provision(next_id(plan, "provision", "P"))
    return save_item(plan, "provision", item.model_dump(mode="json"))
