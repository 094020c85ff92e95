"""The bare page every page of the app is compared with."""

import streamlit as st

st.write("Hello")
