"""The Understand section's words: guidance pages in content/guidance/ and the glossary, each checked."""

from functools import cache

import yaml
from pydantic import Field

from sen_guide.content import CONTENT_DIR, ContentFile, load_content

GUIDANCE_DIR = CONTENT_DIR / "guidance"
FENCE = "---"


class FrontMatter(ContentFile):
    """The few lines between the `---` fences at the top of a guidance page."""

    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    order: int
    sources: list[str] = Field(min_length=1)


class GuidancePage(FrontMatter):
    """One guidance page: its front matter, its file name (the slug) and its Markdown body."""

    slug: str
    body: str = Field(min_length=1)


class GlossaryTerm(ContentFile):
    term: str = Field(min_length=1)
    meaning: str = Field(min_length=1)


class Glossary(ContentFile):
    """The one glossary: page words and every term, in alphabetical order."""

    title: str
    intro: str
    search_label: str
    no_match: str
    terms: list[GlossaryTerm] = Field(min_length=1)

    def find(self, query: str) -> list[GlossaryTerm]:
        """The terms whose name or meaning holds the query, ignoring case; all of them for a blank query."""
        wanted = query.strip().casefold()
        return [entry for entry in self.terms if wanted in f"{entry.term} {entry.meaning}".casefold()]


def parse_guidance(slug: str, text: str) -> GuidancePage:
    """Split a page into front matter and body, and check the front matter against its model."""
    front, fence, body = text.removeprefix(f"{FENCE}\n").partition(f"\n{FENCE}\n")
    if not text.startswith(f"{FENCE}\n") or not fence:
        raise ValueError(f"content/guidance/{slug}.md must start with front matter between '---' lines")
    matter = FrontMatter.model_validate(yaml.safe_load(front))
    return GuidancePage(**matter.model_dump(), slug=slug, body=body.strip())


@cache
def guidance_pages() -> list[GuidancePage]:
    """Every guidance page, in reading order; read once per process (the words are the same for all)."""
    paths = sorted(GUIDANCE_DIR.glob("*.md"))
    pages = [parse_guidance(path.stem, path.read_text(encoding="utf-8")) for path in paths]
    return sorted(pages, key=lambda page: page.order)


def guidance_page(slug: str) -> GuidancePage:
    """One guidance page by its file name; a KeyError names a slug with no page."""
    pages = {page.slug: page for page in guidance_pages()}
    return pages[slug]


def next_guidance_page(slug: str) -> GuidancePage | None:
    """The page to read after this one, or None after the last."""
    slugs = [page.slug for page in guidance_pages()]
    position = slugs.index(slug) + 1
    return guidance_pages()[position] if position < len(slugs) else None


def page_path(slug: str) -> str:
    """The Streamlit page file that shows a guidance page (one thin file per page)."""
    return f"pages/understand/{slug}.py"


def glossary() -> Glossary:
    return load_content("glossary", Glossary)
