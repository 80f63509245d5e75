"""The temporal tagger: find time expressions in text and resolve them. No Qt here."""
from timeline_app.temporal.timex import Timex
from timeline_app.temporal.tagger import tag

__all__ = ["Timex", "tag"]
