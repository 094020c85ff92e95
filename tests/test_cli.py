"""The command line: example, validate and schema, run as a user would run them."""

import json
import subprocess
import sys

import pytest

from sen_guide.cli import main


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sen_guide", *args], input=stdin, capture_output=True, text=True, check=False
    )


def test_the_example_validates_through_a_pipe():
    example = run_cli("example")
    checked = run_cli("validate", "-", stdin=example.stdout)
    assert (example.returncode, checked.returncode) == (0, 0)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda plan: plan["provision"][0].update(outcome_ids=["O42"]), "outcome O42"),
        (lambda plan: plan["provision"][0].update(duration_weeks=-1), "number of weeks"),
        (lambda plan: plan.update(schema_version=99), "version 99"),
    ],
    ids=["dangling outcome", "negative duration", "version 99"],
)
def test_validate_fails_with_a_message_naming_the_problem(tmp_path, capsys, change, words):
    plan = json.loads(run_cli("example").stdout)
    change(plan)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan))
    with pytest.raises(SystemExit) as stopped:
        main(["validate", str(path)])
    assert stopped.value.code == 1
    assert words in capsys.readouterr().err


def test_schema_prints_a_json_schema_with_the_contract_keys(capsys):
    main(["schema"])
    schema = json.loads(capsys.readouterr().out)
    assert {"pupil", "needs", "outcomes", "provision", "meeting", "reviews"} <= set(schema["properties"])
