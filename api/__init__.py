"""The query API and web pages (FastAPI + Jinja2)."""
