"""The README's "Beyond one machine" recipe, run on a local Dask cluster (two worker processes):
the rows are the ones `timeline-app export` writes, byte for byte, both through a bag of file
paths and through pandas partitions of texts (``events_partition``: what
``dask.dataframe.map_partitions`` and PySpark's ``mapInPandas`` call). Skipped only when dask is not installed (the `dask` and `test` extras have it)."""
from __future__ import annotations

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")

import dask.bag as db  # noqa: E402
import pandas as pd  # noqa: E402

from articles import write_articles  # noqa: E402
from timeline_app.cli import main  # noqa: E402
from timeline_app.core.batch import events_partition, process_file  # noqa: E402
from timeline_app.core.export import csv_header, events_csv  # noqa: E402
from timeline_app.core.loaders import load_document  # noqa: E402


def test_a_local_cluster_gives_the_rows_export_gives(tmp_path, capsys):
    paths = write_articles(tmp_path / "articles", 200)
    out = tmp_path / "export.csv"
    assert main(["export", "--jobs", "2", "-o", str(out), *paths]) == 0
    capsys.readouterr()
    expected = out.read_text(encoding="utf-8")
    assert expected.count("\n") > 600

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        # 1. files on a file system every worker sees: the README's recipe, partitions taken in order
        bag = db.from_sequence(paths, npartitions=6).map(process_file, as_csv=True)
        parts = client.compute(bag.to_delayed())
        out, seen = [csv_header()], []
        for part in parts:
            for r in part.result():
                assert not r.error, r.error
                seen.append(r.path)
                out.append(r.csv)
            part.release()
        assert seen == paths
        assert "".join(out) == expected

        # 2. texts in a dataframe (from Parquet, a database ...): the events frame per partition
        docs = [load_document(p) for p in paths]
        texts = pd.DataFrame({"document": [d.path for d in docs], "text": [d.text for d in docs],
                              "reference_date": [d.reference_date.isoformat() for d in docs]})
        parts = [texts.iloc[i:i + 80] for i in range(0, len(texts), 80)]
        frames = db.from_sequence(parts, npartitions=len(parts)).map(events_partition).compute()
        events = pd.concat(frames, ignore_index=True)
        assert events_csv(events) == expected
        assert list(events_partition(texts.iloc[:0]).columns) == list(events.columns)
