"""The `agenda` and `plan-pdf` command line verbs, run as a user would run them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sen_guide.cases import example_plan
from sen_guide.questions import questions_for
from tests.pdf.reading import pdf_text, properties

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str = "", cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sen_guide", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture(scope="module")
def example_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "plan.json"
    path.write_text(run_cli("example").stdout)
    return path


@pytest.mark.parametrize(
    ("verb", "title"), [("agenda", "SEN support review meeting"), ("plan-pdf", "SEN support plan")]
)
def test_each_verb_writes_a_pdf_with_initials_and_a_draft_mark_when_asked(
    tmp_path, example_file, verb, title
):
    target = tmp_path / "out.pdf"
    done = run_cli(verb, str(example_file), "-o", str(target), "--initials", "--draft")
    text = pdf_text(target.read_bytes())
    assert done.returncode == 0, done.stderr
    assert (properties(target.read_bytes())["/Title"].startswith(title), "Draft for discussion" in text) == (
        True,
        True,
    )
    assert "Taylor" not in text and "S. T." in text


def test_without_an_output_path_the_agenda_gets_a_name_made_from_the_plan(tmp_path, example_file):
    done = run_cli("agenda", str(example_file), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "review-agenda-sam-taylor-2026-12-07.pdf").exists()


def test_a_bad_plan_file_gets_a_plain_message_and_no_pdf(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 99}')
    done = run_cli("agenda", str(bad), "-o", str(tmp_path / "out.pdf"))
    assert (done.returncode, (tmp_path / "out.pdf").exists()) == (1, False)
    assert "99" in done.stderr


@pytest.mark.parametrize("role", ["parent", "teacher"])
def test_the_agenda_can_print_the_questions_the_plan_raises_for_each_role(tmp_path, example_file, role):
    target = tmp_path / "agenda.pdf"
    done = run_cli("agenda", str(example_file), "-o", str(target), "--questions", role)
    text, questions = pdf_text(target.read_bytes()), questions_for(example_plan(), role)
    assert (done.returncode, len(questions) > 0) == (0, True), done.stderr
    assert [question for question in questions if " ".join(question.split()) not in text] == []
