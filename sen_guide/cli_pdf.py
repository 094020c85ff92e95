"""The command line verbs that print documents: `agenda` and `plan-pdf`."""

import argparse
import sys
from pathlib import Path


def _write(args: argparse.Namespace, render_name: str) -> int:
    # Imported here: cli imports this module, and fpdf2 should load only when a PDF is asked for.
    from sen_guide import pdf
    from sen_guide.agenda import AgendaOptions
    from sen_guide.cli import read_plan_argument
    from sen_guide.questions import questions_for

    plan = read_plan_argument(args.file)
    questions = questions_for(plan, args.questions) if args.questions else None
    options = AgendaOptions(initials=args.initials, draft=args.draft, questions=questions)
    result = getattr(pdf, render_name)(plan, options)
    target = Path(args.output or result.filename)
    try:
        target.write_bytes(result.data)
    except OSError as error:
        print(f"Could not write {target}: {error.strerror}.", file=sys.stderr)
        return 2
    print(f"Wrote {target}. Fonts used: {', '.join(result.fonts_used)}.")
    return 0


def _add_options(verb: argparse.ArgumentParser) -> None:
    verb.add_argument("file", help="the plan file, or - to read standard input")
    verb.add_argument("-o", "--output", help="where to write the PDF (default: a name made from the plan)")
    verb.add_argument(
        "--initials", action="store_true", help="show the pupil's initials, never the full name"
    )
    verb.add_argument("--draft", action="store_true", help='mark every page "Draft for discussion"')


def add_agenda(verbs: argparse._SubParsersAction) -> None:
    verb = verbs.add_parser("agenda", help="write the review meeting agenda as a PDF")
    _add_options(verb)
    verb.add_argument(
        "--questions",
        choices=["parent", "teacher"],
        help="print the questions the plan raises for a parent, or a teacher's checklist",
    )
    verb.set_defaults(run=lambda args: _write(args, "render_agenda_pdf"))


def add_plan_pdf(verbs: argparse._SubParsersAction) -> None:
    verb = verbs.add_parser("plan-pdf", help="write the SEN support plan as a PDF")
    _add_options(verb)
    verb.set_defaults(run=lambda args: _write(args, "render_plan_pdf"), questions=None)
