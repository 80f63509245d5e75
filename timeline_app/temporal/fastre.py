"""``re`` for the modules of ``temporal/``, with ``compile`` taking its code from the start-up
store (``startcache.py``): ``from timeline_app.temporal import fastre as re``. Everything else
is ``re``'s own."""
from re import *  # noqa: F401,F403
from re import Match, Pattern, RegexFlag, error, escape  # noqa: F401

from timeline_app.temporal.startcache import compile  # noqa: F401
