"""The Understand pages and the glossary, run in AppTest as a visitor would see them."""

import pytest

from sen_guide.content import page_words
from sen_guide.guidance import glossary, guidance_pages, page_path

PAGES = guidance_pages()
GLOSSARY = page_path("glossary")


def shown_terms(app) -> list[str]:
    """The glossary entries on screen: each is one Markdown block starting with its term in bold."""
    return [block.value for block in app.markdown if block.value.startswith("**")]


@pytest.mark.parametrize("page", PAGES, ids=[page.slug for page in PAGES])
def test_each_understand_page_renders_with_its_title_and_sources(app, page):
    app.switch_page(page_path(page.slug)).run()
    assert not app.exception
    assert app.title[0].value == page.title
    assert app.expander[0].label == page_words("guidance")["sources_heading"]
    assert all(f"- {source}" in app.expander[0].markdown[0].value for source in page.sources)


def test_the_glossary_lists_every_term(app):
    app.switch_page(GLOSSARY).run()
    assert not app.exception
    assert len(shown_terms(app)) == len(glossary().terms)


def test_finding_a_word_narrows_the_glossary(app):
    app.switch_page(GLOSSARY).run()
    app.text_input(key="glossary_query").input("senco").run()
    assert [term.split("**")[1] for term in shown_terms(app)] == [
        entry.term for entry in glossary().find("senco")
    ]
    assert not app.info


def test_a_word_not_in_the_glossary_says_so(app):
    app.switch_page(GLOSSARY).run()
    app.text_input(key="glossary_query").input("<b>xyzzy</b>").run()
    assert shown_terms(app) == []
    assert len(app.info) == 1
