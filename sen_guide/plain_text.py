"""Makes user-typed text safe to show inside Markdown: it is shown as typed, never as formatting."""

import re

# Every ASCII punctuation mark Markdown may treat as syntax, plus $ (maths) and : (emoji codes).
MARKDOWN_SIGNS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&\"'=^])")


def escape_markdown(text: str) -> str:
    """Backslash-escape every sign Markdown could act on, and keep line breaks as typed."""
    escaped = MARKDOWN_SIGNS.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")
