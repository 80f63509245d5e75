"""The desktop window (all Qt lives here)."""
from timeline_app.gui._binding_check import check_binding as _check_binding

_check_binding()
