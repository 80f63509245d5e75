"""The one way the app writes a file: atomically, and without harming what the path already is.

Every writer in the project (CSV export, images, other export formats, project files) goes
through this module. Use:

* ``with atomic_open(path, "w") as f: f.write(...)`` -- stream text (or ``"wb"`` bytes) into
  ``path``; nothing is visible at ``path`` until the block ends without an exception.
* ``write_text(path, data)`` / ``write_bytes(path, data)`` -- the same for a whole string.
* ``atomic_write(path, write)`` -- for a library that wants a file *name* (``QImage.save``,
  ``QSvgGenerator``, ``sqlite3.connect``): ``write(tmp)`` must fill the file named ``tmp``.

What ``path`` is decides how it is written:

* ``"-"``: standard output (bytes go to ``sys.stdout.buffer``). A failed or short write -- a
  full disk, a file-size limit, a reader that closed the pipe -- raises :class:`WriteError`
  (never a silent partial output), and stdout is then pointed at /dev/null so the
  interpreter's exit does not print a second error.
* a regular file, or a new name: a temporary ``.tmp-XXXX<ext>`` beside the target is written,
  flushed to disk, given the target's permissions and renamed over it, so a reader sees the old
  file or the whole new one. A new file gets ``0666 & ~umask`` (what ``open()`` would give); an
  existing one keeps its mode (and, where allowed, its owner). A file whose permissions forbid
  writing is refused (even for root), not replaced.
* a symlink: followed (also through chains); its target is what gets written, the link stays.
* a FIFO or a character device (``/dev/null``, a terminal): written directly, in place
  (opening a FIFO waits for a reader, as the shell's ``>`` does). Block devices, sockets and
  folders are refused.

Anything refused or failing raises :class:`WriteError`, an ``OSError`` whose ``strerror`` is one
line for the user ("read-only file ...", "no space left on device ..."). The temporary file is
removed on any exception (Ctrl-C included) and on SIGTERM / SIGHUP (``kill``, ``timeout``, a
closed terminal): handlers for those two are installed at the first write made from the main
thread; they remove live temporaries, then do what the signal did before (call the previous
handler, or die of the signal as by default).
"""
from __future__ import annotations

import atexit
import errno
import io
import os
import shutil
import signal
import stat
import sys
import tempfile
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

__all__ = ["WriteError", "atomic_open", "atomic_write", "write_text", "write_bytes", "track_temporary",
           "remove_temporary"]


class WriteError(OSError):
    """A write refused or failed. ``strerror`` (and ``str()``) is a one-line reason."""

    def __init__(self, code: int, reason: str, path: str = ""):
        super().__init__(code, reason, path)

    def __str__(self) -> str:
        return self.strerror


# ---- temporaries alive right now, removed on SIGTERM / SIGHUP / interpreter exit -----------
_live: set[str] = set()
_live_lock = threading.Lock()
_previous: dict[int, object] = {}
_CLEANUP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


def _remove_live() -> None:
    with _live_lock:
        paths = list(_live)
        _live.clear()
    for p in paths:
        _remove(p)


def _remove(path: str) -> None:
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.unlink(path)
    except OSError:
        pass


def _on_signal(signum, frame) -> None:
    _remove_live()
    prev = _previous.get(signum)
    if callable(prev):
        prev(signum, frame)
        return
    signal.signal(signum, signal.SIG_DFL)  # die of the signal, as the process would have
    os.kill(os.getpid(), signum)


def _install_handlers() -> None:
    if threading.current_thread() is not threading.main_thread():
        return  # only the main thread may set handlers; a later main-thread write installs them
    for sig in _CLEANUP_SIGNALS:
        if sig in _previous:
            continue
        try:
            cur = signal.getsignal(sig)
            if cur is signal.SIG_IGN or cur is _on_signal:
                continue  # ignored (nohup): the process will not die of it, nothing to clean
            signal.signal(sig, _on_signal)
            _previous[sig] = cur
        except (ValueError, OSError):
            pass


def _forget_live() -> None:
    """In a forked child (a worker of ``export --jobs``): the parent's temporaries are the
    parent's. Without this, a worker stopped by SIGTERM (``Pool.terminate``) would remove the
    file its parent is still writing."""
    global _live_lock
    _live_lock = threading.Lock()
    _live.clear()


atexit.register(_remove_live)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_live)


def _track(tmp: str) -> None:
    with _live_lock:
        _live.add(tmp)
    _install_handlers()


def _untrack(tmp: str) -> None:
    with _live_lock:
        _live.discard(tmp)
    _remove(tmp)


def track_temporary(path: str) -> None:
    """Have the temporary file or folder ``path`` (another module's: the CSV spool of
    ``core/batch.py``) removed on SIGTERM / SIGHUP and at exit, like this module's own."""
    _track(path)


def remove_temporary(path: str) -> None:
    """Remove the file or folder ``path`` now and stop tracking it."""
    _untrack(path)


# ---- what the path is ----------------------------------------------------------------------
def _umask() -> int:
    try:
        with open("/proc/self/status") as f:  # Linux: read without changing it (thread-safe)
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "no space left on device"
    if e.errno == errno.EFBIG:
        return "file too large for the file system or the file-size limit"
    if e.errno == errno.EPIPE:
        return "the reader closed the pipe"
    if e.errno == errno.EROFS:
        return "read-only file system"
    return (e.strerror or str(e)).lower() if e.strerror else str(e)


def _target(path: str) -> tuple[str, str, os.stat_result | None]:
    """``(kind, real_path, stat)``; kind is "stdout", "special" or "file". Refusals raise."""
    if path == "-":
        return "stdout", path, None
    real = os.path.realpath(path)  # through any symlinks; a dangling link names the file to create
    try:
        st = os.stat(real)
    except FileNotFoundError:
        folder = os.path.dirname(real)
        if not os.path.isdir(folder):
            raise WriteError(errno.ENOENT, f"no such folder: {folder}", path) from None
        return "file", real, None
    except OSError as e:
        raise WriteError(e.errno or errno.EIO, _reason(e), path) from None
    m = st.st_mode
    if stat.S_ISDIR(m):
        raise WriteError(errno.EISDIR, "is a folder; give a file name", path)
    if stat.S_ISFIFO(m) or stat.S_ISCHR(m):
        return "special", real, st
    if stat.S_ISBLK(m):
        raise WriteError(errno.EPERM, "a disk device; refusing to write over it", path)
    if not stat.S_ISREG(m):
        raise WriteError(errno.EPERM, "a socket or other special file; not written", path)
    if not m & 0o222:
        raise WriteError(errno.EACCES, "read-only file (its permissions forbid writing); "
                                       "not replaced - choose another name or change its permissions", path)
    if not os.access(real, os.W_OK):
        raise WriteError(errno.EACCES, "permission denied", path)
    return "file", real, st


def _discard_stdout() -> None:
    """After stdout failed: point fd 1 at /dev/null so the exit-time flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


# ---- writing -------------------------------------------------------------------------------
class _Sink(io.RawIOBase):
    """Writes to a file descriptor, all of each chunk or an OSError.

    Python's buffered files return a short count from ``write`` when the disk fills or a
    file-size limit is hit part way (and text files ignore that count), so a full disk could
    pass for a finished file. Here every chunk is written to the end or raises.
    """

    def __init__(self, fd: int, close_fd: bool):
        super().__init__()
        self._fd, self._close_fd = fd, close_fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def write(self, b) -> int:
        view = memoryview(b).cast("B")
        done = 0
        while done < len(view):
            n = os.write(self._fd, view[done:])
            if n <= 0:
                raise OSError(errno.ENOSPC, "no space left on device")
            done += n
        return done

    def close(self) -> None:
        if not self.closed and self._close_fd:
            os.close(self._fd)
        super().close()


def _file_object(fd: int, binary: bool, encoding: str, newline: str | None, close_fd: bool):
    sink = _Sink(fd, close_fd)
    return sink if binary else io.TextIOWrapper(sink, encoding=encoding, newline=newline)


def _close_quietly(f) -> None:
    try:
        f.close()
    except (OSError, ValueError):
        pass


@contextmanager
def atomic_open(path: str, mode: str = "w", *, encoding: str = "utf-8", newline: str | None = "") -> Iterator:
    """A file object to write ``path`` through (see the module docstring). ``mode`` is "w"
    (text, ``encoding``, ``newline`` as for ``open``; default: no newline translation) or "wb"
    (unbuffered: write large chunks)."""
    if mode not in ("w", "wb"):
        raise ValueError("atomic_open writes only: mode 'w' or 'wb'")
    path = os.fspath(path)
    kind, real, st = _target(path)
    binary = mode == "wb"

    if kind == "file":
        with _temporary(path, real, st) as tmp:
            f = _file_object(os.open(tmp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)), binary,
                             encoding, newline, True)
            try:
                yield f
                f.flush()
                os.fsync(f.fileno())
                f.close()
            finally:
                _close_quietly(f)
        return

    if kind == "stdout":
        try:
            sys.stdout.flush()
            fd = sys.stdout.fileno()
        except (OSError, ValueError, AttributeError):  # replaced by a non-file (a test's capture)
            yield sys.stdout.buffer if binary and hasattr(sys.stdout, "buffer") else sys.stdout
            return
    else:
        try:
            fd = os.open(real, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError as e:
            raise WriteError(e.errno or errno.EIO, _reason(e), path) from None
    f = _file_object(fd, binary, encoding, newline, kind == "special")
    try:
        try:
            yield f
            f.flush()
            f.close()
        finally:
            _close_quietly(f)
    except WriteError:
        raise
    except OSError as e:
        if kind == "stdout":
            _discard_stdout()
        raise WriteError(e.errno or errno.EIO, f"output incomplete: {_reason(e)}", path) from None


@contextmanager
def _temporary(path: str, real: str, st: os.stat_result | None) -> Iterator[str]:
    """A temporary file name beside ``real``; renamed over it when the block succeeds, removed
    otherwise. OSErrors become WriteError."""
    folder = os.path.dirname(real)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=os.path.splitext(real)[1], dir=folder)
    except OSError as e:
        raise WriteError(e.errno or errno.EIO, f"cannot create a file in {folder} ({_reason(e)})", path) from None
    os.close(fd)
    _track(tmp)
    try:
        try:
            yield tmp
            if st is None:
                os.chmod(tmp, 0o666 & ~_umask())
            else:
                os.chmod(tmp, stat.S_IMODE(st.st_mode))
                if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                    try:
                        os.chown(tmp, st.st_uid, st.st_gid)
                    except OSError:
                        pass  # not allowed for a non-root user: the file becomes theirs, as with any editor
            os.replace(tmp, real)
        except WriteError:
            raise
        except OSError as e:
            raise WriteError(e.errno or errno.EIO, _reason(e), path) from None
        try:
            dfd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dfd)  # the rename itself reaches the disk
            finally:
                os.close(dfd)
        except OSError:
            pass
    finally:
        _untrack(tmp)  # after a successful rename there is nothing left to remove


def atomic_write(path: str, write: Callable[[str], None]) -> None:
    """Have ``write(tmp)`` fill the file named ``tmp``; it then becomes ``path`` (see the module
    docstring). For stdout or a special file the bytes are copied there once ``write`` is done."""
    path = os.fspath(path)
    kind, real, st = _target(path)
    if kind == "file":
        with _temporary(path, real, st) as tmp:
            write(tmp)
        return
    fd, tmp = tempfile.mkstemp(prefix="timeline-app-", suffix=os.path.splitext(path)[1])
    os.close(fd)
    _track(tmp)
    try:
        write(tmp)
        with open(tmp, "rb") as src, atomic_open(path, "wb") as dst:
            shutil.copyfileobj(src, dst)
    finally:
        _untrack(tmp)


def write_text(path: str, data: str, encoding: str = "utf-8") -> None:
    """Write the string ``data`` to ``path`` (or stdout for "-"), atomically; no newline translation."""
    with atomic_open(path, "w", encoding=encoding, newline="") as f:
        f.write(data)


def write_bytes(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` (or stdout for "-"), atomically."""
    with atomic_open(path, "wb") as f:
        f.write(data)
