"""The application API (see ``service.py``): one object the CLI, HTTP API and web pages share."""

from promissory.app.service import DayCountResult, NoteSummary, Promissory, Recorded, View

__all__ = ["DayCountResult", "NoteSummary", "Promissory", "Recorded", "View"]
