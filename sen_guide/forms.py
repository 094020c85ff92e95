"""Forms as data: each question's label, hint, kind and "required" message live in content/forms/."""

import datetime as dt
from typing import Literal

from pydantic import Field

from sen_guide.content import ContentFile, load_content
from sen_guide.dates import long_date

Role = Literal["parent", "teacher"]
ROLES: tuple[Role, ...] = ("parent", "teacher")


class Question(ContentFile):
    """One question on a form; `hints` may differ by role, the data never does."""

    key: str
    label: str
    kind: Literal["text", "long_text", "date", "choice", "dropdown", "choices", "number"] = "text"
    hint: str = ""
    hints: dict[Role, str] = Field(default_factory=dict)
    required: str = ""
    min_value: float | None = None
    max_value: float | None = None

    def hint_for(self, role: Role) -> str:
        """The hint for this role, or the shared hint."""
        return self.hints.get(role, self.hint)


class FormSpec(ContentFile):
    """A form: a title, an intro per role, its questions and the words on its buttons."""

    title: str
    intro: str = ""
    intros: dict[Role, str] = Field(default_factory=dict)
    questions: list[Question]
    save_button: str
    saved: str

    def intro_for(self, role: Role) -> str:
        return self.intros.get(role, self.intro)


def form_spec(name: str) -> FormSpec:
    """The form described in content/forms/NAME.yaml."""
    return load_content(f"forms/{name}", FormSpec)


def missing_answers(spec: FormSpec, values: dict[str, object]) -> dict[str, str]:
    """The "required" message of every required question left blank, by question key."""
    return {
        question.key: question.required
        for question in spec.questions
        if question.required and values.get(question.key) in (None, "", [])
    }


def summary_rows(
    spec: FormSpec, values: dict, choices: dict[str, list[tuple]], not_provided: str
) -> list[tuple[str, str]]:
    """(question, answer) rows for a check-answers summary; blank answers read "Not provided"."""
    return [
        (question.label, _shown(values.get(question.key), choices.get(question.key, []), not_provided))
        for question in spec.questions
    ]


def _shown(value: object, options: list[tuple], not_provided: str) -> str:
    labels = {option[0]: option[1] for option in options}
    if value in (None, "", []):
        return not_provided
    if isinstance(value, list):
        return ", ".join(str(labels.get(item, item)) for item in value)
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(labels.get(value, value))
