"""The command line, `python -m sen_guide`: example, validate and schema (later verbs add to VERBS)."""

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from sen_guide.cases import DEFAULT_CASE, case_names, example_plan
from sen_guide.cli_pdf import add_agenda, add_plan_pdf
from sen_guide.findings import check_words
from sen_guide.health_check import check_plan
from sen_guide.plan_file import dump_plan, load_plan, plan_schema


def read_plan_argument(path: str):
    """Read a plan from a path or '-' for standard input; print the errors and exit 1 when bad."""
    data = sys.stdin.buffer.read() if path == "-" else _read_file(path)
    result = load_plan(data)
    if result.plan is None:
        for message in result.errors:
            print(message, file=sys.stderr)
        raise SystemExit(1)
    return result.plan


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        print(f"Could not open {path}: {error.strerror}.", file=sys.stderr)
        raise SystemExit(2) from None


def _example(args: argparse.Namespace) -> int:
    sys.stdout.write(dump_plan(example_plan(args.case)).decode("utf-8") + "\n")
    return 0


def _validate(args: argparse.Namespace) -> int:
    read_plan_argument(args.file)
    print("The plan is valid.")
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(plan_schema(), indent=2))
    return 0


def _check(args: argparse.Namespace) -> int:
    findings = check_plan(read_plan_argument(args.file))
    for finding in findings:
        print(finding.line())
    if not findings:
        print(check_words().all_clear)
    return 1 if findings else 0


def _add_example(verbs: argparse._SubParsersAction) -> None:
    verb = verbs.add_parser("example", help="print a complete fictional plan as JSON")
    verb.add_argument("--case", choices=case_names(), default=DEFAULT_CASE)
    verb.set_defaults(run=_example)


def _add_validate(verbs: argparse._SubParsersAction) -> None:
    verb = verbs.add_parser("validate", help="check a plan file; exit 1 when it is not valid")
    verb.add_argument("file", help="the plan file, or - to read standard input")
    verb.set_defaults(run=_validate)


def _add_schema(verbs: argparse._SubParsersAction) -> None:
    verbs.add_parser("schema", help="print the JSON Schema of the plan file").set_defaults(run=_schema)


def _add_check(verbs: argparse._SubParsersAction) -> None:
    verb = verbs.add_parser("check", help="print what the plan still needs; exit 1 when there is anything")
    verb.add_argument("file", help="the plan file, or - to read standard input")
    verb.set_defaults(run=_check)


VERBS: list[Callable[[argparse._SubParsersAction], None]] = [
    _add_example,
    _add_validate,
    _add_schema,
    _add_check,
    add_agenda,
    add_plan_pdf,
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sen_guide", description="SEN Support Guide tools")
    verbs = parser.add_subparsers(required=True, metavar="VERB")
    for add_verb in VERBS:
        add_verb(verbs)
    args = parser.parse_args(argv)
    return args.run(args)
