"""Writing new documents into the RDF store: transactions of 64 graphs (``MARSAD_STORE_BULK=0``) against
Oxigraph's bulk loader in batches of 1,024 (the default), on the same graphs, alternately.

    python benchmarks/store_load.py [PATH] [--limit N] [--rounds 2] [--bulk-batch 1024]

PATH is a .jsonl of articles (default: ../shared/corpus/moroccan-news/articles.jsonl). Every document goes
once through the stages of ``marsad.loaders.pipeline.process`` (not timed); the conforming graphs are then
written into a fresh on-disk store by ``RdfStore.replace_graphs``, once with ``bulk_load=False`` in batches of
64 and once with ``bulk_load=True`` in batches of ``--bulk-batch``, each round in that order, flushing after
about every 1,024 documents as ingest does. It prints, per way and round, the wall and CPU seconds of this
process (``time.process_time``: the bulk loader's threads included) per graph, then the least of each and
their ratio. Both stores are checked to hold the same quads.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from measure import first_lines, load_average

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.loaders import pipeline
from marsad.loaders.read import read_paths
from marsad.store import RdfStore

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"
TRANSACTION_BATCH = 64
FLUSH_EVERY = 1024


def graphs_of(path: Path) -> list[tuple[str, str]]:
    docs = [d for d in read_paths([path], settings=Settings()) if not isinstance(d, DocumentError)]
    pipeline.preflight()
    graphs = []
    for doc in docs:
        result = pipeline.process(doc)
        if result.conforms and result.error is None:
            graphs.append((result.graph_iri, result.ntriples))
    return graphs


def load(graphs: list[tuple[str, str]], folder: Path, *, bulk: bool, batch: int) -> tuple[float, float, str]:
    """Wall and CPU seconds of writing ``graphs`` into a fresh store under ``folder``, and the store's digest."""
    store = RdfStore(folder / "store", bulk_load=bulk)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        for start in range(0, len(graphs), batch):
            store.replace_graphs(graphs[start:start + batch])
            if (start + batch) // FLUSH_EVERY > start // FLUSH_EVERY:
                store.flush()
        store.flush()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        return wall, cpu, store.digest()[0]
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", type=Path, default=CORPUS, help="a .jsonl of articles")
    ap.add_argument("--limit", type=int, default=0, help="only the first N lines")
    ap.add_argument("--rounds", type=int, default=2, help="times each way is run, alternately")
    ap.add_argument("--bulk-batch", type=int, default=1024, help="graphs per bulk load")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="marsad-store-load-") as tmp:
        path = first_lines(args.path, args.limit, Path(tmp) / "first.jsonl") if args.limit else args.path
        graphs = graphs_of(path)
        print(f"{len(graphs)} graphs, {sum(nt.count(chr(10)) for _, nt in graphs)} triples; "
              f"load average before: {load_average()}")
        runs: dict[str, list[tuple[float, float]]] = {"transactions": [], "bulk": []}
        digests = set()
        for round_ in range(args.rounds):
            for label, bulk, batch in (("transactions", False, TRANSACTION_BATCH), ("bulk", True, args.bulk_batch)):
                folder = Path(tmp) / f"{label}-{round_}"
                wall, cpu, digest = load(graphs, folder, bulk=bulk, batch=batch)
                digests.add(digest)
                runs[label].append((wall, cpu))
                print(f"round {round_ + 1} {label:<12} (batches of {batch}): wall {1000 * wall / len(graphs):.2f} ms, "
                      f"CPU {1000 * cpu / len(graphs):.2f} ms a graph", flush=True)
        print(f"load average after: {load_average()}")
        if len(digests) != 1:
            raise SystemExit("the stores differ: the two ways did not write the same quads")
        least = {label: (min(w for w, _ in r), min(c for _, c in r)) for label, r in runs.items()}
        print("the stores hold the same quads; least of each, per graph: "
              + "; ".join(f"{label} wall {1000 * w / len(graphs):.2f} ms, CPU {1000 * c / len(graphs):.2f} ms"
                          for label, (w, c) in least.items()))
        print(f"ratio (transactions / bulk): wall {least['transactions'][0] / least['bulk'][0]:.2f}x, "
              f"CPU {least['transactions'][1] / least['bulk'][1]:.2f}x")


if __name__ == "__main__":
    main()
