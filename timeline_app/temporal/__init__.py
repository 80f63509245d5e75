"""The temporal tagger: find time expressions in text and resolve them. No Qt here."""
# first: the tagger's modules compiled, where ``make compiled`` built them for today's sources
from timeline_app.temporal import accel as _accel

_accel.install()

from timeline_app.temporal.timex import Timex  # noqa: E402
from timeline_app.temporal.tagger import tag  # noqa: E402

__all__ = ["Timex", "tag"]
