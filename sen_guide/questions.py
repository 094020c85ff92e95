"""Questions to take to a review meeting, built from the plan's own gaps, for a parent or a teacher."""

from sen_guide.content import ContentFile, load_content
from sen_guide.forms import Role
from sen_guide.plan import SupportPlan
from sen_guide.review import stuck_outcomes

QUOTE_LIMIT = 60


class ParentQuestions(ContentFile):
    always: list[str]
    no_success_criteria: str
    no_who: str
    no_review_date: str
    missed_sessions: str
    not_as_planned: str
    no_specialist: str


class TeacherChecklist(ContentFile):
    always: list[str]
    outcome_data: str
    attendance: str
    pupil_views: str


class QuestionWords(ContentFile):
    parent: ParentQuestions
    teacher: TeacherChecklist
    specialist_words: list[str]


def question_words() -> QuestionWords:
    """The wording of every question, from content/questions.yaml."""
    return load_content("questions", QuestionWords)


def questions_for(plan: SupportPlan, role: Role) -> list[str]:
    """A parent's questions raised by the plan's gaps, or a teacher's checklist before the meeting."""
    return _parent_questions(plan) if role == "parent" else _teacher_checklist(plan)


def _parent_questions(plan: SupportPlan) -> list[str]:
    words = question_words().parent
    questions = [
        words.no_success_criteria.format(number=number, outcome=quote(outcome.description))
        for number, outcome in enumerate(plan.outcomes, start=1)
        if outcome.status == "active" and not outcome.success_criteria.strip()
    ]
    questions += [
        words.no_who.format(what=quote(item.what or item.id))
        for item in plan.provision
        if not item.who.strip()
    ]
    if plan.next_review_date is None and (plan.meeting is None or plan.meeting.date is None):
        questions.append(words.no_review_date)
    questions += _delivery_questions(plan, words)
    if stuck_outcomes(plan) and not has_specialist(plan):
        questions.append(words.no_specialist)
    return questions + words.always


def _delivery_questions(plan: SupportPlan, words: ParentQuestions) -> list[str]:
    """Support that did not happen is a different problem from support that did not work."""
    if not plan.reviews:
        return []
    what = {item.id: item.what or item.id for item in plan.provision}
    questions = []
    for entry in plan.reviews[-1].provision_delivered:
        if entry.sessions_missed:
            questions.append(
                words.missed_sessions.format(
                    missed=entry.sessions_missed, what=quote(what[entry.provision_id])
                )
            )
        elif entry.as_planned in ("partly", "no"):
            questions.append(words.not_as_planned.format(what=quote(what[entry.provision_id])))
    return questions


def _teacher_checklist(plan: SupportPlan) -> list[str]:
    words = question_words().teacher
    checklist = [
        words.outcome_data.format(number=number, outcome=quote(outcome.description))
        for number, outcome in enumerate(plan.outcomes, start=1)
        if outcome.status == "active"
    ]
    checklist += [words.attendance.format(what=quote(item.what or item.id)) for item in plan.provision]
    return [*checklist, words.pupil_views, *words.always]


def has_specialist(plan: SupportPlan) -> bool:
    """Whether any meeting, review or provision item names a specialist (Code 6.58-6.62)."""
    people = [
        *(plan.meeting.attendees if plan.meeting else []),
        *(p for r in plan.reviews for p in r.attendees),
    ]
    texts = [person.role for person in people] + [item.who for item in plan.provision]
    words = question_words().specialist_words
    return any(word in text.casefold() for text in texts for word in words)


def quote(text: str) -> str:
    """A short quote from user text: one line, cut at a word with an ellipsis when long."""
    flat = " ".join(text.split())
    if len(flat) <= QUOTE_LIMIT:
        return flat
    return flat[:QUOTE_LIMIT].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def edited_questions(text: str) -> list[str]:
    """The questions a user typed, one a line, without blank lines or list marks at the start."""
    lines = (line.strip().lstrip("-•*").strip() for line in text.splitlines())
    return [line for line in lines if line]
