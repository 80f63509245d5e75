"""The desktop window. All Qt code of the app lives in this package."""
from timeline_app.gui._none_refcount import guard as _guard

_guard()
