"""Extraction over every core of this machine, or over a Dask cluster, in input order.

    with open_executor(jobs=4) as ex:                 # 4 worker processes (jobs=1: this process)
        for item, records in ex.extract(items, job=lambda s: (s, config)):
            ...
    open_executor(scheduler="tcp://10.0.0.5:8786")    # an existing Dask cluster (dask.distributed)
    open_executor(dask=True, jobs=4)                  # a Dask LocalCluster of 4 workers on this machine

``extract`` yields ``(item, result)`` for every item, in the order given,
so the output is the same whatever runs it.  ``job(item)`` gives the
arguments of the task, ``(Source, ExtractConfig)``, or None for an item that
needs no extraction (a source already in the store): it comes back with
``result=None``, in its place.  The task is ``extract_one`` (the result is
its list of records) unless ``task`` names another module-level function of
the same arguments, such as the store's extraction with signatures.

Sources travel in batches of about ``batch_chars`` characters and at most
``window`` batches are in flight, so memory stays bounded however long the
input (streaming).  Reading the inputs and using the results stay in the
calling process, so bad inputs are reported there as before.  A worker builds
the Extractor of a configuration once (``extract.extractor`` keeps one per
configuration and process), with its lexicons and NER backend.  The local pool starts only when
a second batch comes, and a Dask cluster is reached only when the first batch
does: a run over one small file, or with nothing to extract, starts nothing.

Workers ignore Ctrl-C; the caller's ``KeyboardInterrupt`` leaves the ``with``
block, which cancels what is queued and closes the pool or the Dask client.
A local worker whose parent was killed outright (SIGKILL) ends within a second.
A user error raised in a worker (``OfficialsKgError``) is raised again in the
caller with its class and message.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from extract import MissingDependency, OfficialsKgError, UsageError

T = TypeVar("T")
Job = tuple[Any, Any]        # the task's arguments: (extract.records.Source, extract.pipeline.ExtractConfig)
Task = Callable[..., Any]     # a module-level function (workers import it by name)

LOCAL_BATCH_CHARS = 16_000   # about 0.1 s of extraction: pickling a batch costs a few per cent of that
DASK_BATCH_CHARS = 64_000    # a Dask task costs milliseconds of scheduling: larger batches
BATCH_ITEMS = 256            # at most this many items (sources, or stored ones passed through) a batch
DASK_INSTALL = "pip install 'officials-kg[dask]'"
CONNECT_TIMEOUT = "20s"      # how long to try to reach a Dask scheduler


def default_jobs() -> int:
    """The number of CPUs this process may use (``-j`` by default)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------
# what a worker runs
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Failed:
    """A user error raised in a worker, sent back as a value (its class may not pickle as an exception)."""

    cls: type
    message: str
    state: dict

    def error(self) -> OfficialsKgError:
        e = self.cls.__new__(self.cls)
        Exception.__init__(e, self.message)
        e.__dict__.update(self.state)
        return e


def extract_one(source, config) -> list:
    """The records of one source under ``config`` (the default task): the process's one Extractor for it."""
    from extract import extractor

    return extractor(config)(source)


def _run(task: Task | None, jobs: Sequence[Job]) -> list:
    task = task or extract_one
    return [task(*j) for j in jobs]


def extract_batch(task: Task | None, jobs: Sequence[Job]) -> list | _Failed:
    """What a worker runs: ``task(*job)`` for each job (``extract_one`` if ``task`` is None).

    A user error comes back as ``_Failed``, to be raised again by the caller."""
    try:
        return _run(task, jobs)
    except OfficialsKgError as e:
        return _Failed(type(e), str(e), dict(vars(e)))


def warm(config) -> None:
    """Build the process's Extractor for ``config`` (its lexicons and NER backend) before the first job."""
    from extract import extractor

    extractor(config)


def _init_worker(config, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the parent decides what Ctrl-C does
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="orphan-watch").start()
    try:
        warm(config)
    except OfficialsKgError:
        pass        # the first batch raises it again, and the parent reports it


def _exit_with(parent: int, every: float = 1.0) -> None:
    """End this worker once ``parent`` is gone (killed with SIGKILL, it cannot close the pool)."""
    while True:
        time.sleep(every)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:     # the pid is someone else's now: ours is gone
            os._exit(1)


# ---------------------------------------------------------------------------
# executors
# ---------------------------------------------------------------------------

@dataclass
class _Batch:
    task: Task | None
    entries: list[tuple[Any, Job | None]]
    jobs: list[Job] = field(default_factory=list)
    future: Any = None              # concurrent.futures.Future or distributed.Future; None: run here

    def __post_init__(self) -> None:
        self.jobs = [j for _, j in self.entries if j is not None]


class Executor:
    """Runs the extraction of a stream of items; ``with`` closes it.  This one runs it in this process."""

    kind = "this process"
    batch_chars = 0
    batch_items = 1
    window = 0

    def __init__(self) -> None:
        self.remote_batches = 0     # batches that ran elsewhere (a worker process, a Dask worker)

    def extract(self, items: Iterable[T], *, job: Callable[[T], Job | None],
                task: Task | None = None) -> Iterator[tuple[T, Any]]:
        """``(item, task(*job(item)))`` for each item, in order; None where ``job(item)`` is None.

        ``task`` is ``extract_one`` unless given (a module-level function, for the workers)."""
        pending: deque[_Batch] = deque()
        entries: list[tuple[Any, Job | None]] = []
        chars = 0
        try:
            for item in items:
                j = job(item)
                entries.append((item, j))
                if j is not None:
                    chars += len(j[0].text) + 1
                if chars >= self.batch_chars or len(entries) >= self.batch_items:
                    pending.append(self._send(_Batch(task, entries)))
                    entries, chars = [], 0
                    while len(pending) > self.window:
                        yield from self._receive(pending.popleft())
            if entries:
                pending.append(self._send(_Batch(task, entries)))
            while pending:
                yield from self._receive(pending.popleft())
        finally:
            for batch in pending:
                if batch.future is not None:
                    batch.future.cancel()

    def _send(self, batch: _Batch) -> _Batch:
        return batch

    def _receive(self, batch: _Batch) -> Iterator[tuple[Any, list | None]]:
        if not batch.jobs:
            results: list | _Failed = []
        elif batch.future is None:
            results = _run(batch.task, batch.jobs)          # here: errors raise as they are, with their traceback
        else:
            results = self._result(batch.future)
            self.remote_batches += 1
        if isinstance(results, _Failed):
            raise results.error()
        it = iter(results)
        for item, j in batch.entries:
            yield item, (next(it) if j is not None else None)

    def _result(self, future) -> list | _Failed:
        return future.result()

    def close(self, *, cancel: bool = False) -> None:
        pass

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(cancel=exc_type is not None)


class ProcessPool(Executor):
    """``jobs`` worker processes on this machine (forkserver where the system has it, else spawn)."""

    kind = "process pool"
    batch_chars = LOCAL_BATCH_CHARS
    batch_items = BATCH_ITEMS

    def __init__(self, jobs: int) -> None:
        super().__init__()
        self.jobs = jobs
        self.window = 2 * jobs
        self._pool = None
        self._waiting: _Batch | None = None     # the first batch, held until a second one shows a pool is worth it

    def _send(self, batch: _Batch) -> _Batch:
        if not batch.jobs:
            return batch
        if self._pool is None:
            if self._waiting is None:
                self._waiting = batch
                return batch
            self._start(self._waiting.jobs[0][1])
            self._submit(self._waiting)
            self._waiting = None
        self._submit(batch)
        return batch

    def _receive(self, batch: _Batch) -> Iterator[tuple[Any, list | None]]:
        if batch is self._waiting:          # the input ended within one batch: it runs here, no pool
            self._waiting = None
        return super()._receive(batch)

    def _start(self, config) -> None:
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if ctx.get_start_method() == "forkserver":
            ctx.set_forkserver_preload(["kg.parallel", "extract.pipeline"])
        self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx, initializer=_init_worker,
                                         initargs=(config, os.getpid()))

    def _submit(self, batch: _Batch) -> None:
        batch.future = self._pool.submit(extract_batch, batch.task, batch.jobs)

    def close(self, *, cancel: bool = False) -> None:
        if self._pool is not None:
            # interrupted or failed: queued batches are dropped, and workers stop after their current batch
            self._pool.shutdown(wait=not cancel, cancel_futures=True)
            self._pool = None


class DaskCluster(Executor):
    """Extraction on the workers of a Dask cluster (``scheduler`` address), or of a new ``LocalCluster``.

    The workers need officials-kg installed, in the version the client runs:
    they import ``kg.parallel`` to run a batch.
    """

    kind = "dask"
    batch_chars = DASK_BATCH_CHARS
    batch_items = BATCH_ITEMS

    def __init__(self, *, scheduler: str | None = None, jobs: int | None = None, processes: bool = True) -> None:
        super().__init__()
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise MissingDependency("--dask and --scheduler", "distributed", DASK_INSTALL) from None
        self.address = scheduler
        self.jobs = jobs or default_jobs()
        self.window = 4
        self._processes = processes
        self._client = None
        self._cluster = None

    def _connect(self) -> None:
        from distributed import Client, LocalCluster

        if self.address:
            try:
                self._client = Client(self.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as e:
                raise UsageError(f"cannot reach the Dask scheduler at {self.address!r} ({e}); check the address "
                                 "(tcp://HOST:8786) and that `dask scheduler` runs there") from None
        else:
            self._cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=self._processes,
                                         dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(self._cluster, set_as_default=False)
            self.address = self._cluster.scheduler_address
        self.window = max(4, 2 * sum(self._client.nthreads().values()))

    def _send(self, batch: _Batch) -> _Batch:
        if batch.jobs:
            if self._client is None:
                self._connect()
            batch.future = self._client.submit(extract_batch, batch.task, batch.jobs, pure=False)
        return batch

    def _result(self, future) -> list | _Failed:
        try:
            return future.result()
        except ModuleNotFoundError as e:
            if (e.name or "").split(".")[0] in ("kg", "extract"):
                raise UsageError(f"the Dask workers of {self.address} cannot import officials-kg ({e}); install "
                                 f"it on every worker, in the version the client runs: {DASK_INSTALL}") from None
            raise
        finally:
            future.release()

    def close(self, *, cancel: bool = False) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def open_executor(*, jobs: int | None = None, scheduler: str | None = None, dask: bool = False,
                  processes: bool = True) -> Executor:
    """The executor for ``-j JOBS``, ``--scheduler ADDRESS`` or ``--dask``.

    ``jobs`` (default: all CPUs) is the number of local worker processes, or the
    number of workers of the LocalCluster that ``dask=True`` starts; 1 runs in
    this process.  ``scheduler`` connects to a running Dask cluster (``jobs`` is
    then ignored: the cluster has its own workers).  ``processes=False`` runs a
    LocalCluster's workers as threads of this process (for tests).

    >>> with open_executor(jobs=1) as ex:
    ...     ex.kind
    'this process'
    """
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise UsageError(f"-j/--jobs must be a whole number of at least 1 (got {jobs!r}); "
                         f"leave it out to use all {default_jobs()} CPUs")
    if scheduler is not None and not scheduler.strip():
        raise UsageError("--scheduler needs the address of a Dask scheduler, e.g. tcp://10.0.0.5:8786")
    if scheduler or dask:
        return DaskCluster(scheduler=scheduler or None, jobs=jobs, processes=processes)
    n = jobs or default_jobs()
    return Executor() if n == 1 else ProcessPool(n)
