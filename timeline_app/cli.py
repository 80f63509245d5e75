"""Command line: ``timeline-app [FILE... | PROJECT.timeline]`` (the window) and
``timeline-app export FILE... | PROJECT.timeline``."""
from __future__ import annotations

import argparse
import gc
import os
import sys
from contextlib import contextmanager
from datetime import date

#: the bundled sample article: package data, so an installed wheel has it too
#: (resources/kharkiv-offensive.md in the source tree is a link to it)
SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample", "kharkiv-offensive.md")


def _date_arg(s: str) -> date:
    from timeline_app.core.document import parse_reference_date

    try:
        return parse_reference_date(s)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _formats():
    from timeline_app.core.exports import FORMATS  # no pandas, no Qt: cheap

    return FORMATS


def _export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline-app export",
                                description="Tag the files' time expressions and write the events: CSV (default), the app's "
                                            "JSON, TimelineJS JSON or spreadsheet, TimeML, or a self-contained web page.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--reference-date", type=_date_arg, metavar="YYYY-MM-DD",
                   help="the publication date relative expressions hang on (default: found in each document, "
                        "else the file's modification date)")
    p.add_argument("--output", "-o", default="-", metavar="OUT",
                   help="file to write, or - for stdout (default); a folder for TimeML of several documents")
    p.add_argument("--format", "-f", choices=list(_formats()), metavar="FORMAT",
                   help="csv (default), json, timelinejs, timelinejs-csv, tml or html; without it the output's "
                        "extension decides (.csv .json .tml .html, .timelinejs.json, .timelinejs.csv)")
    p.add_argument("--group-by", choices=["document", "tag"], default="document",
                   help="TimelineJS groups: the event's document (default) or its first tag")
    p.add_argument("--title", default="", help="the title of a TimelineJS or HTML timeline")
    p.add_argument("--mode", choices=["auto", "news", "narrative"], default="auto",
                   help="anchor relative dates on the publication date (news) or the last date mentioned "
                        "(narrative); auto decides per document")
    p.add_argument("--jobs", "-j", type=_positive_int, default=None, metavar="N",
                   help="processes tagging in parallel (default: the machine's cores); the CSV is the "
                        "same, in the files' order, whatever N")
    return p


def _positive_int(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {s!r}")
    return n


class _NoDocuments(Exception):
    """No file could be read: the output is left as it was."""


def export_main(argv: list[str]) -> int:
    parser = _export_parser()

    def one_line_error(message: str):  # argparse's usage block would bury the one thing that is wrong
        print(f"error: {message} (see timeline-app export --help)", file=sys.stderr)
        raise SystemExit(2)

    parser.error = one_line_error
    args = parser.parse_args(argv)
    projects = [f for f in args.files if f.lower().endswith(".timeline")]
    if projects:
        if len(args.files) > 1:
            one_line_error("export one project at a time, without other files")
        return export_project(projects[0], args)
    from timeline_app.core.exports import resolve_format
    from timeline_app.core.loaders import expand_paths

    fmt = resolve_format(args.format, args.output)
    if fmt == "csv" and _pool_likely(args):
        from timeline_app.core.batch import start_pool_server

        start_pool_server()   # (it readies the tagger on another core while the files are listed)
    files, skipped, errors = expand_paths(args.files)
    if skipped:
        print(f"note: skipped {skipped} file{'s' if skipped != 1 else ''} in folders "
              "(unsupported type or hidden)", file=sys.stderr)
    if fmt == "csv":
        return _export_csv(args, files, errors)
    from timeline_app.core.loaders import load_files

    docs, load_errors = load_files(files, args.reference_date)
    errors += load_errors
    for e in errors:
        print(f"error: {e.path}: {e.reason}", file=sys.stderr)
    if not docs:
        return 2
    for d in docs:
        for w in getattr(d, "warnings", ()):
            print(f"warning: {d.path}: {w}", file=sys.stderr)
        if args.reference_date is None:
            print(f"{d.path}: reference date {d.reference_date} ({d.reference_source})", file=sys.stderr)
    # the other formats carry events (mentions grouped, headlines), as the window shows them
    from timeline_app.core.workspace import Workspace, prepare

    ws = Workspace(mode=args.mode, reference_date=args.reference_date)
    ws.add_prepared([prepare(d, args.mode) for d in docs])
    failed = _write_workspace(fmt, ws, args)
    return failed if failed else (1 if errors else 0)


def _write_workspace(fmt: str, ws, args) -> int:
    """Write a Workspace's curated events in ``fmt`` (not CSV); 0, or 2 after one error line."""
    from timeline_app.core.exports import ExportUsageError, write_export
    from timeline_app.core.exports.workspace import bundle_from_workspace

    try:
        notes = write_export(fmt, bundle_from_workspace(ws, title=args.title), args.output, group_by=args.group_by)
    except ExportUsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"error: {args.output}: cannot write ({e.strerror or e})", file=sys.stderr)
        return 2
    for n in notes:
        print(n, file=sys.stderr)
    return 0


def _pool_likely(args) -> bool:
    """Whether the CSV export of ``args.files`` will tag on a process pool (several files or a
    folder, and more than one job): then its fork server is started before the files are listed."""
    if len(args.files) < 2 and not os.path.isdir(args.files[0]):
        return False
    if args.jobs is not None:
        return args.jobs > 1
    from timeline_app.core.batch import default_jobs

    return default_jobs() > 1


@contextmanager
def _set_aside():
    """``tagger.startup_set_aside`` for a process that tags nothing itself (the pool's workers tag):
    what it imported is out of the collector's full passes while the rows are written."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _export_csv(args, files: list[str], errors: list) -> int:
    """CSV on every core: the files are tagged by ``--jobs`` processes and each document's rows are
    streamed to the output as it is done, in input order. Nothing of the corpus is kept: memory is
    bounded by the documents in flight (see core/batch.py). Only what this uses is imported: no
    pandas, no numpy, no Qt (cold start, see README)."""
    from timeline_app.core.atomic import atomic_open
    from timeline_app.core.batch import iter_results, pool_jobs
    from timeline_app.core.export import csv_header

    if pool_jobs(len(files), args.jobs) == 1:
        # tagged here: the tagger imported now, so that it is set aside with the rest
        import timeline_app.core.events  # noqa: F401
        from timeline_app.temporal.tagger import startup_set_aside
    else:
        startup_set_aside = _set_aside   # (the pool's processes import the tagger, this one never does)

    for e in errors:
        print(f"error: {e.path}: {e.reason}", file=sys.stderr)
    bar = _progress_bar(files)
    say = (lambda line: bar.write(line, file=sys.stderr)) if bar is not None else \
        (lambda line: print(line, file=sys.stderr))
    failed = len(errors)
    try:
        # the output is opened first, so an unwritable one is reported before any tagging; when no
        # file can be read, _NoDocuments leaves it as it was
        # (what was imported is never garbage: out of the collector's full passes meanwhile)
        with startup_set_aside(), atomic_open(args.output, "w") as out:
            started = False
            for res in iter_results(files, args.reference_date, args.mode, jobs=args.jobs, as_csv=True):
                if bar is not None:
                    bar.update(res.size)
                if res.error:
                    failed += 1
                    say(f"error: {res.path}: {res.error}")
                    continue
                for w in res.warnings:
                    say(f"warning: {res.path}: {w}")
                if args.reference_date is None:
                    say(f"{res.path}: reference date {res.reference_date} ({res.reference_source})")
                if not started:
                    out.write(csv_header())
                    started = True
                res.write_csv(out)   # a big document's rows from its spool file, a piece at a time
            if not started:
                raise _NoDocuments()
    except _NoDocuments:
        return 2
    except OSError as e:
        print(f"error: {args.output}: cannot write ({e.strerror or e})", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    return 1 if failed else 0


def export_project(path: str, args) -> int:
    """`timeline-app export PROJECT.timeline`: the curated events (deleted ones left out, the
    user's dates and headlines); CSV columns: the contract's first, then event_id, headline,
    status, tags, note, starred, then the extras."""
    from timeline_app.core.export import write_events_csv
    from timeline_app.core.exports import resolve_format
    from timeline_app.core.workspace import CURATED_COLUMNS

    if args.reference_date is not None or args.mode != "auto":
        print("note: --reference-date and --mode are ignored for a project (it keeps each document's)",
              file=sys.stderr)
    ws = _open_project(path)
    if ws is None:
        return 2
    for st in ws.document_states():
        if st.status != "ok":
            print(f"warning: {st.message}", file=sys.stderr)
    fmt = resolve_format(args.format, args.output)
    try:
        if fmt != "csv":
            return _write_workspace(fmt, ws, args)
        write_events_csv(ws.export_frame(), args.output, columns=CURATED_COLUMNS)
    except OSError as e:
        print(f"error: {args.output}: cannot write ({e.strerror or e})", file=sys.stderr)
        return 2
    finally:
        ws.close()
    return 0


def _progress_bar(files: list[str]):
    """A byte-counting progress bar on stderr when it is a terminal; None in a pipe or a log."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty or len(files) < 2:
        return None
    from tqdm import tqdm

    from timeline_app.core.batch import file_size

    return tqdm(total=sum(file_size(f) for f in files), unit="B", unit_scale=True, unit_divisor=1024,
                file=sys.stderr, desc="tagging", leave=False, dynamic_ncols=True)


def print_table(files: list[str], reference_date: date | None = None, mode: str = "auto") -> int:
    """The mentions of ``files`` as text, read as the window and ``export`` read them: against
    ``reference_date`` when given (else each document's own) and in ``mode``."""
    from timeline_app.core.events import events_frame
    from timeline_app.core.loaders import load_paths

    docs, errors = load_paths(files or [SAMPLE], reference_date)
    for e in errors:
        print(f"error: {e.path}: {e.reason}", file=sys.stderr)
    df = events_frame(docs, mode)
    for d in docs:
        print(f"{d.name}: reference date {d.reference_date} ({d.reference_source})")
    for r in df.itertuples():
        when = f"{r.start:%Y-%m-%d %H:%M}" if r.start is not None and str(r.start) != "NaT" else "(undated)"
        print(f"{when:17}  {r.timex_type:8} {r.timex_value:14} {r.expression!r}")
    return 0



def _open_project(path: str):
    """The project at ``path`` as a Workspace, or None after one ``error:`` line on stderr."""
    from timeline_app.core.project import ProjectError
    from timeline_app.core.workspace import Workspace

    try:
        return Workspace.open(path)
    except ProjectError as e:
        print(f"error: {e}", file=sys.stderr)
        return None

def print_project_table(path: str) -> int:
    """A project's events as text: when, status, headline (and the expression)."""
    ws = _open_project(path)
    if ws is None:
        return 2
    for st in ws.document_states():
        print(f"{st.document.name}: reference date {st.document.reference_date} ({st.document.reference_source})"
              + (f" - {st.message}" if st.message else ""))
    for r in ws.events.itertuples():
        when = r.timex_value if str(r.start) == "NaT" else f"{r.start:%Y-%m-%d}"
        print(f"{when:12} {r.status:9} {r.headline}  [{r.expression}]")
    ws.close()
    return 0


def _window_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="timeline-app",
                                description="Open articles in the timeline window (the bundled sample when no "
                                            "file is given). `timeline-app export --help` for CSV export.")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--reference-date", type=_date_arg, metavar="YYYY-MM-DD",
                   help="the publication date relative expressions hang on (default: found in each document)")
    p.add_argument("--mode", choices=["auto", "news", "narrative"], default="auto",
                   help="how relative dates are anchored (see `timeline-app export --help`)")
    p.add_argument("--screenshot", metavar="OUT.png",
                   help="load the files, fit the timeline, render the window (1400x900) to a PNG and exit")
    p.add_argument("--table", action="store_true", help="print the events as a text table instead of a window")
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C: one line, no traceback (a file being written was removed)
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`timeline-app export x.txt | head`): stop quietly, like other tools
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0


def _main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "export":
        return export_main(argv[1:])
    parser = _window_parser()

    def one_line_error(message: str):
        print(f"error: {message} (see timeline-app --help)", file=sys.stderr)
        raise SystemExit(2)

    parser.error = one_line_error
    args = parser.parse_args(argv)
    projects = [f for f in args.files if f.lower().endswith(".timeline")]
    if projects:
        if len(args.files) > 1:
            one_line_error("open one project at a time, without other files")
        from timeline_app.core.project import ProjectError, connect_checked

        try:   # refuse a foreign or damaged file in one line before any window opens
            connect_checked(projects[0])[0].close()
        except ProjectError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        if args.table:
            return print_project_table(projects[0])
    if args.table:
        return print_table(args.files, args.reference_date, args.mode)
    try:
        from timeline_app.gui.app import run  # Qt is imported only here: `export` never loads it
    except RuntimeError as e:  # a Qt binding the app refuses (gui/_binding_check.py)
        print(f"error: {e}", file=sys.stderr)
        return 2

    if projects:
        import inspect

        if "project" not in inspect.signature(run).parameters:
            print("error: this build's window cannot open projects yet (use `timeline-app export "
                  f"{projects[0]}`)", file=sys.stderr)
            return 2
        return run([], reference_date=args.reference_date, screenshot=args.screenshot, mode=args.mode,
                   project=os.path.abspath(projects[0]))
    return run(args.files or [SAMPLE], reference_date=args.reference_date, screenshot=args.screenshot,
               mode=args.mode)


if __name__ == "__main__":
    sys.exit(main())
