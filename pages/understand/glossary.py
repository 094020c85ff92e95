"""Understand: the glossary, every term from content/glossary.yaml, with a box to find one."""

import streamlit as st

from sen_guide.guidance import glossary

words = glossary()
st.title(words.title)
st.markdown(words.intro)
query = st.text_input(words.search_label, key="glossary_query")
matches = words.find(query)
if not matches:
    st.info(words.no_match)
for entry in matches:
    st.markdown(f"**{entry.term}**  \n{entry.meaning}")
