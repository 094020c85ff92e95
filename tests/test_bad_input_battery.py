"""Bad plan files by the hundred, through the upload page's loader: plain messages, the plan kept."""

import datetime as dt
import json
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sen_guide import session
from sen_guide.cases import example_plan
from sen_guide.fields import TEXT_LIMIT
from sen_guide.plan import YEAR_GROUPS, SupportPlan
from sen_guide.plan_file import MAX_FILE_MB, MAX_MESSAGES, dump_plan, load_plan
from tests.strategies import plans

JARGON = ("validation error", "input_value", "type=", "pydantic", "traceback", "errors.pydantic.dev", "Error")
EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True, scope="module")
def _quiet_bare_mode():
    """Session state outside `streamlit run` works but warns on every access; the warning is not news."""
    logger = logging.getLogger("streamlit")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


def assert_refused_plainly(data: bytes) -> None:
    """The loader refuses the file with plain sentences, and opening it leaves the current plan alone."""
    result = load_plan(data)
    assert result.plan is None
    assert 1 <= len(result.errors) <= MAX_MESSAGES + 1
    for message in result.errors:
        assert message[:1].isupper() and message.endswith("."), message
        assert not any(word in message for word in JARGON), message
    held = example_plan()
    session.replace_plan(held)
    session.take_notice()
    assert session.open_plan_file(data, "opened") == result.errors
    assert session.current_plan() is held
    assert session.take_notice() == ""


def example_document() -> dict:
    return json.loads(dump_plan(example_plan()))


def example_with(path: str, value: object) -> bytes:
    """The example plan file with one value (at a dotted path such as "provision.1.who") replaced."""
    document = example_document()
    *parents, last = [int(part) if part.isdigit() else part for part in path.split(".")]
    target = document
    for part in parents:
        target = target[part]
    target[last] = value
    return json.dumps(document, ensure_ascii=False).encode()


def example_without(key: str) -> bytes:
    document = example_document()
    del document[key]
    return json.dumps(document).encode()


def nested(depth: int, inner: bytes = b"") -> bytes:
    return b"[" * depth + inner + b"]" * depth


CRAFTED = {
    "empty": b"",
    "only spaces and newlines": b"  \n\t \r\n",
    "only a byte-order mark": b"\xef\xbb\xbf",
    "broken json": b'{"schema_version": 1, "pupil": ',
    "a plan then rubbish": dump_plan(example_plan()) + b" rubbish",
    "a png picture": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff",
    "nul bytes": b"\x00" * 200,
    "utf-16 plan": dump_plan(example_plan()).decode().encode("utf-16"),
    "latin-1 text": '{"schema_version": 1, "pupil": {"name": "Zoë"}}'.encode("latin-1"),
    "huge file": b'{"schema_version": 1, "pupil": {"name": "' + b"a" * (MAX_FILE_MB << 20) + b'"}}',
    "name past the text limit": example_with("pupil.name", "a" * (TEXT_LIMIT + 1)),
    "arabic views past the text limit": example_with("pupil.pupil_views", "ب" * (TEXT_LIMIT + 1)),
    "nested 100,000 deep": nested(100_000),
    "nested 500 deep inside the pupil": b'{"schema_version": 1, "pupil": ' + nested(500) + b"}",
    "a list": b"[1, 2, 3]",
    "a string": b'"a plan"',
    "null": b"null",
    "a number": b"42",
    "no version": example_without("schema_version"),
    "version 0": example_with("schema_version", 0),
    "version 2": example_with("schema_version", 2),
    "version 99": example_with("schema_version", 99),
    "version as text": example_with("schema_version", "1"),
    "version true": example_with("schema_version", True),
    "version null": example_with("schema_version", None),
    "version 1.5": example_with("schema_version", 1.5),
    "version as an emoji": example_with("schema_version", "🧩"),
    "provision links a missing outcome": example_with("provision.0.outcome_ids", ["O99"]),
    "outcome links a missing need": example_with("outcomes.0.need_ids", ["N99"]),
    "review rates a missing outcome": example_with(
        "reviews", [{"outcome_progress": [{"outcome_id": "O99", "rating": "achieved"}]}]
    ),
    "two needs share an id": example_with("needs.1.id", example_plan().needs[0].id),
    "500 minutes a session": example_with("provision.0.session_minutes", 500),
    "negative weeks": example_with("provision.0.duration_weeks", -3),
    "no weeks": example_with("provision.0.duration_weeks", 0),
    "26 sessions a week": example_with("provision.0.sessions_per_week", 26),
    "group of nobody": example_with("provision.0.group_size", 0),
    "negative cost": example_with("provision.0.cost_per_week_gbp", -5),
    "not-a-number sessions": dump_plan(example_plan()).replace(
        b'"session_minutes": 20', b'"session_minutes": NaN'
    ),
    "infinite cost": example_with("provision.0.cost_per_week_gbp", 1e400),
    "a number 5,000 digits long": b'{"schema_version": 1, "provision": [{"id": "P1", "group_size": '
    + b"9" * 5000
    + b"}]}",
    "30 february": example_with("start_date", "2026-02-30"),
    "month 13": example_with("pupil.date_of_birth", "2016-13-01"),
    "date written the british way": example_with("next_review_date", "25/11/2026"),
    "date as a number": example_with("start_date", 20261125),
    "clock time 25:99": example_with("meeting", {"time": "25:99"}),
    "target before the start": example_with("outcomes.0.target_date", "2000-01-01"),
    "script tag as the year group": example_with("pupil.year_group", "<script>alert(1)</script>"),
    "script tag as a key": example_with("pupil.<script>alert(1)</script>", "x"),
    "right-to-left override as the area": example_with("needs.0.area", "\u202ecognition_and_learning"),
    "emoji in an id": example_with("needs.0.id", "N😀"),
    "lone surrogate in the name": b'{"schema_version": 1, "pupil": {"name": "\\ud800"}}',
    "unknown key at the top": example_with("notes", "hello"),
    "area not one of the four": example_with("needs.0.area", "behaviour"),
    "needs as a mapping": example_with("needs", {"N1": "reading"}),
    "pupil as text": example_with("pupil", "Sam"),
    "a thousand unknown keys": json.dumps({"schema_version": 1} | {f"k{n}": n for n in range(1000)}).encode(),
}


@pytest.mark.parametrize("data", CRAFTED.values(), ids=CRAFTED.keys())
def test_a_crafted_bad_file_gets_plain_messages_and_keeps_the_plan(data):
    assert_refused_plainly(data)


def test_the_crafted_files_really_differ_from_the_example():
    assert len(CRAFTED) >= 30
    assert load_plan(dump_plan(example_plan())).plan == example_plan()


# Generated bad files: each strategy below can only produce files a plan reader must refuse.
TEXT_FIELDS = ("name", "school", "senco", "strengths", "pupil_views", "parent_views")
RANGES = {  # field: values outside the range the file format allows
    "sessions_per_week": st.floats(-1e6, 0) | st.floats(25.001, 1e6),
    "session_minutes": st.integers(max_value=4) | st.integers(min_value=241),
    "duration_weeks": st.integers(max_value=0) | st.integers(min_value=53),
    "group_size": st.integers(max_value=0) | st.integers(min_value=41),
    "cost_per_week_gbp": st.floats(-1e6, -0.01) | st.floats(10_000.01, 1e9),
}
not_one = st.one_of(
    st.integers().filter(lambda n: n != 1),
    st.floats(allow_nan=False).filter(lambda n: n != 1),
    st.text(),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
)
not_a_date = st.one_of(
    st.text(max_size=12).filter(lambda text: not _is_iso_date(text)),
    st.builds("{:04d}-{:02d}-{:02d}".format, st.integers(1, 9999), st.integers(13, 99), st.integers(1, 28)),
    st.builds("{:04d}-02-{:02d}".format, st.integers(1, 9999), st.integers(30, 99)),
)
not_text = st.one_of(
    st.integers(), st.booleans(), st.lists(st.text(), max_size=2), st.dictionaries(st.text(), st.text())
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def _is_iso_date(text: str) -> bool:
    try:
        return len(text) == 10 and dt.date.fromisoformat(text) is not None
    except ValueError:
        return False


def _with_provision(document: dict) -> dict:
    if not document["provision"]:
        document["provision"].append({"id": "P1"})
    return document["provision"][0]


@st.composite
def broken_plans(draw) -> bytes:
    """A valid generated plan with exactly one thing made wrong."""
    document = json.loads(dump_plan(draw(plans())))
    fault = draw(
        st.sampled_from(["version", "no_version", "range", "link", "date", "long", "type", "key", "choice"])
    )
    if fault == "version":
        document["schema_version"] = draw(not_one)
    elif fault == "no_version":
        del document["schema_version"]
    elif fault == "range":
        field = draw(st.sampled_from(sorted(RANGES)))
        _with_provision(document)[field] = draw(RANGES[field])
    elif fault == "link":
        _with_provision(document)["outcome_ids"] = ["missing-outcome"]
    elif fault == "date":
        document[draw(st.sampled_from(["start_date", "next_review_date"]))] = draw(not_a_date)
    elif fault == "long":
        document["pupil"][draw(st.sampled_from(TEXT_FIELDS))] = draw(st.text(min_size=1, max_size=3)) * (
            TEXT_LIMIT + 1
        )
    elif fault == "type":
        document["pupil"][draw(st.sampled_from(TEXT_FIELDS))] = draw(not_text)
    elif fault == "key":
        document[draw(st.text(min_size=1).filter(lambda key: key not in SupportPlan.model_fields))] = 1
    else:
        document["pupil"]["year_group"] = draw(st.text().filter(lambda text: text not in YEAR_GROUPS))
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except (ValueError, RecursionError):
        return False
    return True


@given(broken_plans())
@settings(EXAMPLES, max_examples=250)
def test_a_generated_plan_with_one_fault_gets_plain_messages_and_keeps_the_plan(data):
    assert_refused_plainly(data)


@given(st.binary(max_size=2000).filter(lambda data: not _is_json(data)))
@EXAMPLES
def test_generated_bytes_that_are_not_json_get_plain_messages_and_keep_the_plan(data):
    assert_refused_plainly(data)


@given(json_values.filter(lambda value: not (isinstance(value, dict) and "schema_version" in value)))
@EXAMPLES
def test_generated_json_that_is_not_a_plan_gets_plain_messages_and_keeps_the_plan(value):
    assert_refused_plainly(json.dumps(value).encode())


@given(plans(), st.floats(0, 1, exclude_max=True))
@EXAMPLES
def test_a_plan_file_cut_short_gets_plain_messages_and_keeps_the_plan(plan, fraction):
    data = dump_plan(plan)
    assert_refused_plainly(data[: int(len(data) * fraction)])
