"""Extraction on a Dask cluster, for archives one machine cannot parse in reasonable time.

The articles go to the cluster's workers in small batches; each worker process loads the spaCy
pipeline once (:func:`factcheck.nlp.load_model` is cached per process) and sends back claims
files, which the caller writes through the same atomic claims store as a local run. Workers must
run the same factcheck and pipeline as the caller: their pipeline label is checked against ours.
Run workers with one thread each (`dask worker ADDRESS --nthreads 1`): a spaCy pipeline is not
shared between threads.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from factcheck.errors import InputError
from factcheck.models import Article, ClaimsFile

BATCH = 8  # articles a task: enough to amortise a round trip, few enough to spread over workers
CONNECT_TIMEOUT = "10s"  # a scheduler that does not answer by then is reported unreachable


def _extract_batch(articles: Sequence[Article], model: str | None) -> tuple[str, list[ClaimsFile]]:
    """On a worker: the batch's claims files, and the pipeline label they were made by."""
    from factcheck import store
    from factcheck.extract import extract_many
    from factcheck.nlp import load_model, model_label

    pipeline = store.pipeline_label(model_label(model))
    return pipeline, extract_many(articles, load_model(model), pipeline)


def extract_on_cluster(articles: Sequence[Article], address: str, model: str | None,
                       pipeline: str) -> Iterator[ClaimsFile]:
    """The claims files of ``articles``, made on the Dask cluster whose scheduler is at
    ``address``, each batch as it completes (not in the articles' order)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise InputError("--dask-scheduler needs dask.distributed, the 'dask' extra: pip install '.[dask]' in "
                         "factcheck's folder") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as err:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({err})") from None
    with client:
        batches = [list(articles[i:i + BATCH]) for i in range(0, len(articles), BATCH)]
        futures = [client.submit(_extract_batch, batch, model, pure=False) for batch in batches]
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            theirs, files = future.result()
            if theirs != pipeline:
                raise InputError(f"a Dask worker runs another pipeline ({theirs}; here: {pipeline}); "
                                 "install the same factcheck on the workers")
            yield from files
