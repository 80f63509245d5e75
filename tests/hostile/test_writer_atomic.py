"""The one writer (timeline_app.core.atomic): what the output path already is must survive.

Issue 10 items 5 and 6. Every input is made here: a FIFO by os.mkfifo, a character device by
os.openpty (a terminal; never /dev/null itself, which a regression would destroy for the whole
machine when run as root), a full disk by RLIMIT_FSIZE in a subprocess, a closed pipe by closing
the read end before the child writes.
"""
from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from timeline_app.core.atomic import WriteError, atomic_open, atomic_write, write_text

REPO = Path(__file__).resolve().parents[2]
EXE = [sys.executable, "-m", "timeline_app"]


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".tmp-")]


def test_a_fifo_is_written_into_not_replaced(tmp_path):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    write_text(str(fifo), "a,b\n1,2\n")
    reader.join(10)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got == [b"a,b\n1,2\n"]
    assert _temporaries(tmp_path) == []


def test_a_character_device_is_written_into_not_replaced(tmp_path):
    master, slave = os.openpty()
    try:
        tty = os.ttyname(slave)
        write_text(tty, "hello\n")
        assert stat.S_ISCHR(os.stat(tty).st_mode)
        assert b"hello" in os.read(master, 100)
        # the same through a symlink, and through the callback form used for images
        link = tmp_path / "tty-link"
        link.symlink_to(tty)
        atomic_write(str(link), lambda tmp: Path(tmp).write_bytes(b"image bytes"))
        assert link.is_symlink() and b"image bytes" in os.read(master, 100)
    finally:
        os.close(master)
        os.close(slave)


def test_a_symlink_is_followed_to_its_target(tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    chain = tmp_path / "chain.csv"
    chain.symlink_to(link)
    write_text(str(chain), "new")
    assert chain.is_symlink() and link.is_symlink()
    assert target.read_text() == "new"
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "not-yet.csv")
    write_text(str(dangling), "created")
    assert dangling.is_symlink() and (tmp_path / "not-yet.csv").read_text() == "created"


def test_a_read_only_file_is_refused_not_replaced(tmp_path):
    f = tmp_path / "keep.csv"
    f.write_text("precious")
    f.chmod(0o444)
    with pytest.raises(WriteError) as e:
        write_text(str(f), "clobbered")
    assert "read-only" in str(e.value) and "\n" not in str(e.value)
    assert f.read_text() == "precious" and stat.S_IMODE(f.stat().st_mode) == 0o444
    assert _temporaries(tmp_path) == []


def test_block_devices_sockets_and_folders_are_refused(tmp_path):
    import socket

    with pytest.raises(WriteError, match="folder"):
        write_text(str(tmp_path), "x")
    sock_path = tmp_path / "s.sock"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(sock_path))
        with pytest.raises(WriteError, match="socket"):
            write_text(str(sock_path), "x")
        assert stat.S_ISSOCK(os.stat(sock_path).st_mode)
    finally:
        s.close()
    with pytest.raises(WriteError, match="no such folder"):
        write_text(str(tmp_path / "missing" / "x.csv"), "x")


def test_new_files_get_the_umask_and_existing_files_keep_their_mode(tmp_path):
    old = os.umask(0o027)
    try:
        new = tmp_path / "new.csv"
        write_text(str(new), "x")
        assert stat.S_IMODE(new.stat().st_mode) == 0o640
    finally:
        os.umask(old)
    existing = tmp_path / "shared.csv"
    existing.write_text("old")
    existing.chmod(0o664)
    write_text(str(existing), "new")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o664 and existing.read_text() == "new"


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_an_exception_while_writing_leaves_the_old_file_and_no_temporary(tmp_path, exc):
    f = tmp_path / "out.csv"
    f.write_text("old")
    with pytest.raises(exc):
        with atomic_open(str(f)) as out:
            out.write("half")
            raise exc()
    assert f.read_text() == "old"
    assert _temporaries(tmp_path) == []


_HANG_WHILE_WRITING = textwrap.dedent("""
    import sys, time
    from timeline_app.core.atomic import atomic_open
    with atomic_open(sys.argv[1]) as f:
        f.write("x" * 1_000_000)
        f.flush()
        print("ready", flush=True)
        time.sleep(60)
""")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminating_signal_removes_the_temporary(tmp_path, sig):
    out = tmp_path / "big.csv"
    p = subprocess.Popen([sys.executable, "-c", _HANG_WHILE_WRITING, str(out)], stdout=subprocess.PIPE,
                         text=True, cwd=REPO, preexec_fn=lambda: signal.signal(sig, signal.SIG_DFL))  # even under nohup
    try:
        assert p.stdout.readline().strip() == "ready"
        assert len(_temporaries(tmp_path)) == 1  # the write is under way
        p.send_signal(sig)
        p.wait(30)
    finally:
        p.kill()
    assert p.returncode == -sig  # still dies of the signal, as `timeout` and shells expect
    assert _temporaries(tmp_path) == [] and not out.exists()


def _sample_copy(tmp_path: Path) -> str:
    from timeline_app.cli import SAMPLE

    f = tmp_path / "article.md"
    f.write_bytes(Path(SAMPLE).read_bytes())
    return str(f)


def _limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_stdout_into_a_full_disk_is_an_error(tmp_path):
    art = _sample_copy(tmp_path)
    with open(tmp_path / "captured.csv", "wb") as sink:
        r = subprocess.run(EXE + ["export", art, "-o", "-"], stdout=sink, stderr=subprocess.PIPE, text=True,
                           preexec_fn=_limit_file_size, timeout=120, cwd=REPO)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert lines[-1].startswith("error: -: cannot write (output incomplete") and "Traceback" not in r.stderr
    assert (tmp_path / "captured.csv").stat().st_size <= 4096


def test_stdout_into_a_closed_pipe_is_an_error(tmp_path):
    art = _sample_copy(tmp_path)
    p = subprocess.Popen(EXE + ["export", art, "-o", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd=REPO)
    p.stdout.close()  # the reader goes away before a byte is written
    watchdog = threading.Timer(120, p.kill)
    watchdog.start()
    try:
        err = p.stderr.read()
        p.wait(120)
    finally:
        watchdog.cancel()
    assert p.returncode == 2, err
    assert err.strip().splitlines()[-1].startswith("error: -: cannot write (output incomplete: the reader closed")
    assert "Traceback" not in err and "Exception ignored" not in err


def test_export_to_a_fifo_from_the_command_line(tmp_path):
    art = _sample_copy(tmp_path)
    fifo = tmp_path / "events.csv"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    r = subprocess.run(EXE + ["export", art, "-o", str(fifo)], capture_output=True, text=True, timeout=120,
                       cwd=REPO)
    reader.join(30)
    assert r.returncode == 0, r.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and got[0].startswith("document,sentence_index")


def _wait_until_blocked_opening_the_fifo(pid: int) -> None:
    """Until the child sits in open() on the FIFO (Linux shows it in /proc/PID/wchan).

    "ready" is printed before main() imports what it needs; under load a fixed sleep could send
    the signal before main()'s handler is in place. Where /proc does not say (another kernel),
    fall back to a pause that is ample on an idle machine."""
    wchan = f"/proc/{pid}/wchan"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with open(wchan) as f:
                state = f.read().strip()
        except OSError:
            break
        if state in ("", "0"):      # hidden by the kernel: cannot tell
            break
        if "partner" in state or "fifo" in state:
            return
        time.sleep(0.05)
    time.sleep(1.0)


def test_ctrl_c_is_one_line_not_a_traceback(tmp_path):
    art = _sample_copy(tmp_path)
    fifo = tmp_path / "nobody-reads.csv"
    os.mkfifo(fifo)  # opening it for writing waits for a reader: the export is stuck inside main()
    code = ("import sys; from timeline_app.cli import main; print('ready', flush=True); "
            f"sys.exit(main(['export', {art!r}, '-o', {str(fifo)!r}]))")
    # A shell's background job (`make test &`) starts children with SIGINT ignored, and Python
    # then installs no KeyboardInterrupt handler: give the child the default disposition back.
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd=REPO, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert p.stdout.readline().strip() == "ready"
        _wait_until_blocked_opening_the_fifo(p.pid)
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=30)
    finally:
        p.kill()
    assert p.returncode == 130, err
    assert "Traceback" not in err and err.strip().splitlines()[-1] == "interrupted"


def test_a_full_disk_never_replaces_the_old_file_with_a_short_one(tmp_path):
    # A guard, not one of the failures: Python's buffered write returns a short count at
    # the limit (a text file ignores it), so the writer checks every chunk itself; this keeps a
    # 4 KB stub from ever being renamed over the good old file.
    art = _sample_copy(tmp_path)
    out = tmp_path / "events.csv"
    out.write_text("the old, complete export\n")
    r = subprocess.run(EXE + ["export", art, "-o", str(out)], capture_output=True, text=True,
                       preexec_fn=_limit_file_size, timeout=120, cwd=REPO)
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith(f"error: {out}: cannot write (file too large")
    assert out.read_text() == "the old, complete export\n"
    assert _temporaries(tmp_path) == []


def test_a_forked_worker_stopped_by_sigterm_leaves_the_parents_temporary_alone(tmp_path):
    # export --jobs forks workers while the output is being written; Pool.terminate() sends them
    # SIGTERM, and the writer's handler in a worker must not remove the parent's temporary.
    out = tmp_path / "events.csv"
    with atomic_open(str(out)) as f:
        f.write("header\n")
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: say it runs, then wait to be terminated
            os.write(ready_w, b"r")
            time.sleep(30)
            os._exit(0)
        assert os.read(ready_r, 1) == b"r"  # a signal before that could be lost in the fork itself
        os.close(ready_r)
        os.close(ready_w)
        os.kill(pid, signal.SIGTERM)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM
        assert len(_temporaries(tmp_path)) == 1
        f.write("row\n")
    assert out.read_text() == "header\nrow\n"
