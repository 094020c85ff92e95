"""`python -m sen_guide check`: prints each finding with its item id, exits 1 when there is any."""

import json
import subprocess
import sys

import pytest

from sen_guide.cli import main
from sen_guide.findings import check_words


def run_check(plan_text: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sen_guide", "check", "-"],
        input=plan_text,
        capture_output=True,
        text=True,
        check=False,
    )


def example_json() -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "sen_guide", "example"], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_the_example_plan_gets_no_findings_and_exits_0():
    checked = run_check(json.dumps(example_json()))
    assert (checked.returncode, checked.stdout.strip()) == (0, check_words().all_clear)


def test_an_orphan_outcome_is_named_and_the_check_exits_1():
    plan = example_json()
    plan["provision"][2]["outcome_ids"] = ["O1"]
    checked = run_check(json.dumps(plan))
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [
        "O3: No provision is linked to this outcome. (SEND Code of Practice 6.50)"
    ]


def test_a_file_that_is_not_a_plan_gets_the_loader_message_not_a_check(tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_text("not json")
    with pytest.raises(SystemExit) as stopped:
        main(["check", str(path)])
    assert stopped.value.code == 1
    assert capsys.readouterr().err.strip()


def test_a_blank_plan_lists_plan_level_findings_without_an_id(tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"schema_version": 1}))
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and not any(line.startswith(("N", "O", "P")) and ": " in line[:5] for line in lines)
