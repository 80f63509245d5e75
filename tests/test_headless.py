"""core/ and temporal/ must run without Qt: import them with PySide6 blocked."""
import subprocess
import sys

CODE = r"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("Qt is blocked in this test: " + name)
        return None
sys.meta_path.insert(0, Block())
import pkgutil, importlib
import timeline_app.core, timeline_app.temporal
for pkg in (timeline_app.core, timeline_app.temporal):
    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(m.name)
from timeline_app.cli import main
print("ok")
"""


def test_core_and_temporal_import_without_qt():
    r = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
