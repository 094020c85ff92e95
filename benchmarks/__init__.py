"""The benchmark (`make bench`): the app measured against bare Streamlit and fpdf2 baselines in one run."""
