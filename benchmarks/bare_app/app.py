"""The baseline: the smallest Streamlit app with navigation, started and measured exactly as the real one is."""

import streamlit as st

st.navigation([st.Page("hello.py", title="Hello", default=True)]).run()
