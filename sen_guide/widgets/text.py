"""Text on the page: user text shown as typed, the error summary, notices and checker findings."""

import streamlit as st

from sen_guide.plain_text import escape_markdown
from sen_guide.session import (
    take_notice,
)


def show_user_text(text: str, bold: bool = False) -> None:
    """Show text a user typed exactly as typed, never as Markdown or HTML."""
    st.markdown(f"**{escape_markdown(text)}**" if bold else escape_markdown(text))


def show_error_summary(title: str, messages: list[str], footer: str = "") -> None:
    """A GOV.UK-style error summary: a title, then each problem on its own line."""
    lines = "\n".join(f"- {escape_markdown(message)}" for message in messages)
    st.error(f"**{title}**\n\n{lines}" + (f"\n\n{footer}" if footer else ""), icon="⚠️")


def show_notice() -> None:
    """Show, once, the message left by the last change (e.g. "You opened the example plan")."""
    notice = take_notice()
    if notice:
        st.success(escape_markdown(notice), icon="✅")


def show_problems(problems: dict[str, str], title: str) -> None:
    """The error summary at the top of a page, when there is anything to fix."""
    if problems:
        show_error_summary(title, list(dict.fromkeys(problems.values())))


def show_summary_rows(rows: list[tuple[str, str]]) -> None:
    """Question and answer pairs, the answer shown exactly as typed."""
    for label, answer in rows:
        st.markdown(f"**{escape_markdown(label)}**  \n{escape_markdown(answer)}")


def show_findings(findings: list, heading: str, all_clear: str) -> None:
    """What a checker found: each message with why it matters and its source; or that all is clear."""
    st.markdown(f"**{escape_markdown(heading)}**")
    if not findings:
        st.success(escape_markdown(all_clear), icon="✅")
    for finding in findings:
        head = f"{finding.item_id}: " if finding.item_id else ""
        text = f"**{escape_markdown(head + finding.message)}**  \n{escape_markdown(finding.why)} ({finding.source})"
        (st.warning if finding.severity == "problem" else st.info)(text, icon="💡")
