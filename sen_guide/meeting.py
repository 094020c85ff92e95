"""The next review meeting: when and where it is, who comes, and any interpreter or access needs (Code 6.65-6.69)."""

import datetime as dt

from sen_guide.plan import Attendee, SupportPlan
from sen_guide.plan_edits import Document, EditResult, edit_plan
from sen_guide.review import review_words


def set_meeting(plan: SupportPlan, meeting: dict) -> EditResult:
    """Set the next meeting's details; its date becomes the plan's next review date."""

    def change(document: Document) -> None:
        document["meeting"] = meeting
        if meeting.get("date"):
            document["next_review_date"] = meeting["date"]

    return edit_plan(plan, change)


def meeting_details(
    day: dt.date | None,
    start: dt.time | None,
    place: str,
    minutes: int | None,
    names: dict[str, str],
    others: str,
    access: str,
) -> dict:
    """The meeting part of a plan file from the meeting page's answers."""
    return {
        "date": day.isoformat() if day else None,
        "time": start.strftime("%H:%M") if start else "",
        "location": place.strip(),
        "length_minutes": minutes,
        "attendees": [{"name": name.strip(), "role": role} for role, name in names.items() if name.strip()]
        + parse_attendees(others),
        "access_needs": access.strip(),
    }


def parse_attendees(text: str) -> list[dict]:
    """People typed one a line as "name, role"; a line with no comma is a name with no role."""
    people = []
    for line in text.splitlines():
        name, _, role = line.partition(",")
        if name.strip() or role.strip():
            people.append({"name": name.strip(), "role": role.strip()})
    return people


def split_attendees(attendees: list[Attendee]) -> tuple[dict[str, str], str]:
    """Seed the meeting page: the first person in each usual role gets that role's box, the rest go in a list."""
    names: dict[str, str] = {}
    others = []
    usual = {role.casefold(): role for role in review_words().usual_roles}
    for person in attendees:
        role = usual.get(person.role.strip().casefold())
        if role and role not in names:
            names[role] = person.name
        else:
            others.append(f"{person.name}, {person.role}" if person.role else person.name)
    return names, "\n".join(others)
