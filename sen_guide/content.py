"""Loads the words and reference data in content/, each file checked against a small model."""

from functools import cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, RootModel

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
Model = TypeVar("Model", bound=BaseModel)


class ContentFile(BaseModel):
    """Base for content files: a misspelt key is an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldLabels(ContentFile):
    items: dict[str, str]
    sections: dict[str, str]
    fields: dict[str, str]


class FileMessages(ContentFile):
    file: dict[str, str]
    value: dict[str, str]
    rules: dict[str, str]


@cache
def load_content(name: str, model: type[Model]) -> Model:
    """Read content/NAME.yaml once per process; content is the same for every user."""
    text = (CONTENT_DIR / f"{name}.yaml").read_text(encoding="utf-8")
    return model.model_validate(yaml.safe_load(text))


def read_markdown(name: str) -> str:
    """Read a guidance page from content/NAME.md."""
    return (CONTENT_DIR / f"{name}.md").read_text(encoding="utf-8")


def field_labels() -> FieldLabels:
    return load_content("field_labels", FieldLabels)


def file_messages() -> FileMessages:
    return load_content("file_messages", FileMessages)


class PageWords(RootModel[dict[str, str]]):
    """Words on one of the app's own pages, by key."""


def page_words(page: str) -> dict[str, str]:
    """The words for one page of the app, from content/pages/PAGE.yaml."""
    return load_content(f"pages/{page}", PageWords).root
