"""Reads and writes plan files (versioned JSON); any bad file becomes plain messages, never an exception."""

import json
from dataclasses import dataclass, field

from pydantic import ValidationError

from sen_guide.content import file_messages
from sen_guide.plan import SCHEMA_VERSION, SupportPlan
from sen_guide.plan_errors import describe_errors

MAX_FILE_MB = 5
MAX_MESSAGES = 10


@dataclass(frozen=True)
class LoadResult:
    """Either a plan, or the plain messages that say why the file could not be used."""

    plan: SupportPlan | None = None
    errors: list[str] = field(default_factory=list)


def dump_plan(plan: SupportPlan) -> bytes:
    """The plan file a user downloads: readable, stable JSON in UTF-8."""
    return plan.model_dump_json(indent=2).encode("utf-8")


def load_plan(data: bytes | str) -> LoadResult:
    """Read a plan file; every way a file can be wrong ends in a LoadResult with messages."""
    messages = file_messages().file
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if not raw.strip():
        return _fail(messages["empty"])
    if len(raw) > MAX_FILE_MB * 1024 * 1024:
        return _fail(messages["too_big"].format(limit=MAX_FILE_MB))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _fail(messages["not_text"])
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: a file nested thousands deep
        return _fail(messages["not_json"])
    return validate_plan(document)


def validate_plan(document: object) -> LoadResult:
    """Check a parsed JSON document is a plan of this app's format version."""
    messages = file_messages().file
    if not isinstance(document, dict):
        return _fail(messages["not_a_plan"])
    if "schema_version" not in document:
        return _fail(messages["no_version"])
    found = document["schema_version"]
    if found != SCHEMA_VERSION or isinstance(found, bool):
        shown = found if isinstance(found, int | float) and not isinstance(found, bool) else "unknown"
        return _fail(messages["unknown_version"].format(found=shown, expected=SCHEMA_VERSION))
    try:
        return LoadResult(plan=SupportPlan.model_validate(document))
    except ValidationError as error:
        return LoadResult(errors=_shorten(describe_errors(error)))
    except RecursionError:
        return _fail(messages["not_a_plan"])


def plan_schema() -> dict:
    """The JSON Schema of the file format, for other tools."""
    return SupportPlan.model_json_schema(mode="validation")


def _shorten(sentences: list[str]) -> list[str]:
    if len(sentences) <= MAX_MESSAGES:
        return sentences
    more = file_messages().file["too_many_errors"].format(count=len(sentences) - MAX_MESSAGES)
    return [*sentences[:MAX_MESSAGES], more]


def _fail(message: str) -> LoadResult:
    return LoadResult(errors=[message])
