"""Reusable Streamlit pieces: the error summary, user text shown safely, the notice after a change."""

import streamlit as st

from sen_guide.plain_text import escape_markdown
from sen_guide.session import take_notice


def show_user_text(text: str) -> None:
    """Show text a user typed exactly as typed, never as Markdown or HTML."""
    st.markdown(escape_markdown(text))


def show_error_summary(title: str, messages: list[str], footer: str = "") -> None:
    """A GOV.UK-style error summary: a title, then each problem on its own line."""
    lines = "\n".join(f"- {escape_markdown(message)}" for message in messages)
    st.error(f"**{title}**\n\n{lines}" + (f"\n\n{footer}" if footer else ""), icon="⚠️")


def show_notice() -> None:
    """Show, once, the message left by the last change (e.g. "You opened the example plan")."""
    notice = take_notice()
    if notice:
        st.success(escape_markdown(notice), icon="✅")
