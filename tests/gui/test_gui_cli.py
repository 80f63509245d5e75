"""`timeline-app` as a command: the screenshot mode, the no-display message, export without Qt."""
import os
import subprocess
import sys

from PySide6.QtGui import QImage

from timeline_app.cli import SAMPLE

EXE = [sys.executable, "-m", "timeline_app"]


def _env(**kw):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(kw)
    return env


def test_screenshot_renders_the_window_to_a_png(tmp_path):
    out = tmp_path / "shot.png"
    r = subprocess.run(EXE + ["--screenshot", str(out)], env=_env(QT_QPA_PLATFORM="offscreen"),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1400, 900)


def test_screenshot_of_a_bad_file_names_it_and_fails(tmp_path):
    out = tmp_path / "shot.png"
    r = subprocess.run(EXE + [str(tmp_path / "missing.txt"), "--screenshot", str(out)],
                       env=_env(QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "missing.txt" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()


def test_no_display_is_one_line_with_the_ways_out():
    r = subprocess.run(EXE + [SAMPLE], env=_env(), capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "display" in lines[0] and "offscreen" in lines[0] and "xvfb" in lines[0].lower()


def test_export_and_table_never_import_qt(tmp_path):
    code = (f"import sys\nfrom timeline_app.cli import main\n"
            f"assert main(['export', {SAMPLE!r}, '-o', {str(tmp_path / 'o.csv')!r}]) == 0\n"
            f"assert main(['--table', {SAMPLE!r}]) == 0\n"
            f"assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Saturday" in r.stdout or "DATE" in r.stdout


def test_a_bad_window_argument_is_one_line():
    r = subprocess.run(EXE + ["--reference-date", "yesterday"], env=_env(QT_QPA_PLATFORM="offscreen"),
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "yesterday" in r.stderr
