"""Publishing a build's output folder whole: all old or all new, and only what we wrote.

``kg build -o DIR`` writes every output (``articles.jsonl``, the graph files, the
explorer) into a hidden staging folder beside ``DIR`` (``.DIR.build-XXXX``), then
swaps the two folders in one step:

- on Linux with ``renameat2(RENAME_EXCHANGE)`` (kernel 3.15 and later; every
  local file system we know of), so that a reader of ``DIR`` sees either the old
  build or the new one, never a mix, whatever happens to the build (``kill -9``,
  a full disk, a second build running at the same time: the last swap wins);
- where that call is missing (another OS, a file system that refuses it, ``DIR``
  a mount point), entry by entry with ``os.replace``: each file and folder is
  whole, but a reader may see new files beside old ones for that moment.

Because the folder is replaced whole, ``DIR`` may only hold what kg build wrote
there before: ``DIR/.kg-manifest.json`` lists it.  A folder written by an older
release (no manifest) counts as ours when it holds only the names kg build
writes, with the kinds of file it writes in them, plus ``.gitkeep``.  Anything
else, or an input inside ``DIR``, makes :func:`check_output_folder` refuse the
folder with a clear error before any work is done.

A rebuild fills the staging folder with hard links to the unchanged explorer
pages of the published build (``os.link``) and writes only what changed
(``kg.export.site.build.PageCache``): publishing stays one swap, and the state
the next rebuild reads (``.kg-state.json``) is swapped in with the outputs it
describes.

Each staging folder has a lock file beside it (``.DIR.build-XXXX.lock``), held
with ``flock`` for the life of its build, so that the clean-up of what killed
builds left behind (:func:`remove_dead_stages`) never touches the staging
folder of a build still running.
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract import UsageError

MANIFEST = ".kg-manifest.json"
# What a build of this release writes at the top of its folder, and, for the folders, the files inside them.
# A folder without a manifest that holds only these (and .gitkeep) was written by kg build before manifests.
KNOWN_FILES = frozenset({"articles.jsonl", "graph.graphml", "graph.gexf", "graph.json", "index.html", ".gitkeep",
                         ".kg-state.json"})
KNOWN_FOLDERS = {"lib": (".js", ".css"), "static": (".js", ".css", ".svg", ".png", ".woff2"), "data": (".js",),
                 "person": (".html",), "org": (".html",), "event": (".html",)}
# temporaries of our writers inside the folder (.graph.json.XXXX.tmp, .site.XXXX) that a killed run can leave
LEFTOVER_PREFIXES = tuple(f".{name}." for name in KNOWN_FILES | {"site"})

_RENAME_EXCHANGE = 2


def _manifest(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"entries": []}          # unreadable: nothing in the folder is known to be ours
    return data if isinstance(data, dict) else {"entries": []}


def _looks_ours(entry: Path) -> bool:
    """Whether an entry of a folder without a manifest is one that kg build writes."""
    if entry.is_symlink():
        return False
    if entry.name in KNOWN_FILES:
        return entry.is_file()
    suffixes = KNOWN_FOLDERS.get(entry.name)
    if suffixes is None or not entry.is_dir():
        return False
    return all(f.is_file() and not f.is_symlink() and f.name.endswith(suffixes) for f in entry.iterdir())


def foreign_entries(folder: Path) -> list[str]:
    """The entries of ``folder`` that kg build did not write (sorted); [] for a missing or empty folder."""
    try:
        entries = sorted(folder.iterdir())
    except FileNotFoundError:
        return []
    manifest = _manifest(folder)
    ours = set(manifest.get("entries", ())) if manifest is not None else None
    out = []
    for entry in entries:
        name = entry.name
        if name in (MANIFEST, ".gitkeep") or name.startswith(LEFTOVER_PREFIXES):
            continue
        if ours is not None:
            if name not in ours:
                out.append(name)
        elif not _looks_ours(entry):
            out.append(name)
    return out


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output_folder(out: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = (),
                        store: str | os.PathLike | None = None) -> Path:
    """The folder a build may replace whole, resolved through links; raise ``UsageError`` if it may not.

    Refused: a file; a folder that holds an input, the store, or files kg build did
    not write; the current folder or one above it (it would be swapped from under
    the shell).
    """
    shown = os.fspath(out)
    folder = Path(out).resolve()
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{shown} is a file; kg build writes a folder of outputs: give a folder with -o")
    if _inside(Path.cwd().resolve(), folder):
        raise UsageError(f"-o {shown} is the current folder or holds it; kg build replaces its output folder "
                         "whole: give a folder of its own, e.g. -o output")
    if store is not None and _inside(Path(store).resolve(), folder):
        raise UsageError(f"the store {store} is inside the output folder {shown}, which kg build replaces "
                         f"whole; keep it elsewhere (--db, default {Path('.kg') / 'store.sqlite'})")
    for item in inputs:
        if _inside(Path(item).resolve(), folder):
            raise UsageError(f"the input {os.fspath(item)} is inside the output folder {shown}, which kg build "
                             "replaces whole; give the outputs a folder of their own, e.g. -o output")
    others = foreign_entries(folder)
    if others:
        listed = ", ".join(others[:4]) + (f" and {len(others) - 4} more" if len(others) > 4 else "")
        raise UsageError(f"the output folder {shown} holds files kg build did not write ({listed}); kg build "
                         "replaces its output folder whole: give a new or empty folder with -o, or move them out")
    return folder


def _stage_prefix(folder: Path) -> str:
    return f".{folder.name}.build-"


def remove_dead_stages(folder: Path) -> list[Path]:
    """Remove the staging folders that killed builds of ``folder`` left beside it; return them.

    Each staging folder ``.DIR.build-XXXX`` has a lock file ``.DIR.build-XXXX.lock`` beside it, locked by
    its build while it runs: a staging folder whose lock is held is kept.
    """
    removed = []
    try:
        entries = sorted(folder.parent.iterdir())
    except FileNotFoundError:
        return removed
    prefix = _stage_prefix(folder)
    locks = {e.name for e in entries if e.name.startswith(prefix) and e.name.endswith(".lock")}
    for entry in entries:
        if not entry.name.startswith(prefix) or entry.name.endswith(".lock"):
            continue
        lock = entry.with_name(entry.name + ".lock")
        if lock.name in locks:
            try:
                fd = os.open(lock, os.O_RDONLY)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue                    # a running build's
            try:
                _remove(entry)
                lock.unlink(missing_ok=True)
            finally:
                os.close(fd)
        else:
            _remove(entry)                  # its build removed the lock first, then died
        removed.append(entry)
    return removed


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _locked_stage(folder: Path) -> tuple[Path, int]:
    """A new staging folder beside ``folder`` and the descriptor of its held lock."""
    while True:
        fd, lock = tempfile.mkstemp(prefix=_stage_prefix(folder), suffix=".lock", dir=folder.parent)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            same = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False                    # a clean-up took it between the two calls: take another
        if same:
            stage = Path(lock[: -len(".lock")])
            os.mkdir(stage, 0o777)
            return stage, fd
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd = -100
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EXDEV, errno.EBUSY, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), os.fspath(b))


def move_over(src: Path, dst: Path, aside: Path) -> None:
    """Move ``src`` to ``dst`` over what stands there: a folder is moved to ``aside`` first and removed
    once ``src`` is in place, a file is replaced in one step, a link is removed (never followed)."""
    if dst.is_dir() and not dst.is_symlink():
        os.replace(dst, aside)
        os.replace(src, dst)
        shutil.rmtree(aside, ignore_errors=True)
        return
    if dst.is_symlink():
        dst.unlink()
    os.replace(src, dst)


def _replace_entries(stage: Path, folder: Path, old_entries: Iterable[str]) -> None:
    """The fallback: move each staged entry over the old one, then remove old entries not written again."""
    new = {p.name for p in stage.iterdir()}
    for name in sorted(new - {MANIFEST}) + [MANIFEST]:
        move_over(stage / name, folder / name, stage / f".old-{name}")
    for name in set(old_entries) - new:
        path = folder / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


@contextlib.contextmanager
def publishing(folder: Path) -> Iterator[Path]:
    """Yield a staging folder beside ``folder``; on success it becomes ``folder`` in one swap.

    ``folder`` must have passed :func:`check_output_folder`.  On failure (an
    exception, ``KeyboardInterrupt``) the staging folder is removed and ``folder``
    is as it was.  The manifest is written here, listing what the stage holds.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_stages(folder)
    stage, lock = _locked_stage(folder)
    try:
        yield stage
        if (folder / ".gitkeep").is_file() and not (stage / ".gitkeep").exists():
            shutil.copyfile(folder / ".gitkeep", stage / ".gitkeep")
        entries = sorted(p.name for p in stage.iterdir() if p.name != MANIFEST)
        (stage / MANIFEST).write_text(json.dumps({"written_by": "officials-kg", "entries": entries},
                                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not folder.exists():
            with contextlib.suppress(FileExistsError):
                os.mkdir(folder)                # then swap with it: two builds may both get here
        old_entries = [p.name for p in folder.iterdir()]
        if not _exchange(stage, folder):
            _replace_entries(stage, folder, old_entries)
    finally:
        shutil.rmtree(stage, ignore_errors=True)     # after the swap, the old build
        Path(f"{stage}.lock").unlink(missing_ok=True)
        os.close(lock)

