"""A guidance page from content/guidance, with its sources, next link and glossary link."""

import streamlit as st

from sen_guide.content import page_words
from sen_guide.guidance import guidance_page, next_guidance_page, page_path


def show_guidance(slug: str) -> None:
    """Show one Understand page from content/guidance/: its words, a way onward, and its sources."""
    page, words = guidance_page(slug), page_words("guidance")
    st.title(page.title)
    st.markdown(page.summary)
    st.markdown(page.body)
    st.divider()
    following = next_guidance_page(slug)
    if following is not None:
        label = words["next_link"].format(title=following.title)
        st.page_link(page_path(following.slug), label=label, icon=":material/arrow_forward:")
    st.page_link(page_path("glossary"), label=words["glossary_link"], icon=":material/menu_book:")
    with st.expander(words["sources_heading"]):
        st.markdown("\n".join([words["sources_intro"], "", *(f"- {source}" for source in page.sources)]))
    st.caption(words["disclaimer"])
