"""SEN Support Guide: the plan model, its checks and documents, with no Streamlit in the core."""
