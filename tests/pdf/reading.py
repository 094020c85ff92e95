"""Reading PDFs back as people and screen readers would: text, properties and bookmarks."""

import re
from io import BytesIO

from pypdf import PdfReader

CONTROL = re.compile(r"[\x00-\x08]")  # shaped Bengali extracts with stray control characters


def reader(data: bytes) -> PdfReader:
    return PdfReader(BytesIO(data))


def pdf_text(data: bytes) -> str:
    """All the text, with every run of whitespace made one space, so wrapped lines read as one."""
    text = "\n".join(page.extract_text() for page in reader(data).pages)
    return " ".join(CONTROL.sub("", text).split())


def page_texts(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader(data).pages]


def outline_titles(data: bytes) -> list[str]:
    """Every bookmark title, nested ones included."""

    def walk(items) -> list[str]:
        titles = []
        for item in items:
            titles.extend(walk(item) if isinstance(item, list) else [item.title])
        return titles

    return walk(reader(data).outline)


def properties(data: bytes) -> dict[str, str]:
    pdf = reader(data)
    found = {key: str(value) for key, value in (pdf.metadata or {}).items()}
    found["/Lang"] = str(pdf.trailer["/Root"].get("/Lang", ""))
    return found
