"""Writers of the graph: GraphML, GEXF, node-link JSON and the HTML explorer.

Every writer takes the graph and a path, never changes the graph it is given,
and writes through ``atomic_path`` so that a failed run leaves the previous
file in place rather than half a file.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _written_through(path: str | os.PathLike) -> Path:
    """The path a writer replaces for ``path``: a symbolic link's target (the link itself stays)."""
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _special(path: Path) -> bool:
    """Whether ``path`` exists and is neither a regular file nor a folder (a device, a FIFO, a socket)."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success move it into place, on failure remove it.

    Only a regular file is ever replaced.  Through a symbolic link, the link's
    target is written (the link stays); a device or FIFO (``-o /dev/null``) is
    written into directly, as a shell redirection would.
    """
    target = _written_through(path)
    if _special(target):
        yield target
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_umask())   # mkstemp makes 0600; outputs are ordinary files
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def remove_leftovers(folder: str | os.PathLike, names: Iterable[str], *, before: float) -> list[Path]:
    """Remove the temporaries that killed runs left in ``folder``; return what was removed.

    A run killed while writing ``NAME`` through :func:`atomic_path` or
    :func:`atomic_dir` leaves a hidden ``.NAME.*`` file or folder beside it.
    Only entries last changed before ``before`` (a ``time.time()``, say when
    this run began) are removed, so that the temporaries of a run still going
    on are not.
    """
    root = Path(folder)
    prefixes = tuple(f".{name}." for name in names)
    removed = []
    try:
        entries = list(root.iterdir())
    except FileNotFoundError:
        return removed
    for entry in sorted(entries):
        if not entry.name.startswith(prefixes):
            continue
        try:
            if entry.lstat().st_mtime >= before:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except FileNotFoundError:
            continue        # removed meanwhile
        removed.append(entry)
    return removed


@contextlib.contextmanager
def atomic_dir(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary directory beside ``path``; on success it replaces ``path`` whole.

    Through a symbolic link, the link's target is replaced (the link stays).
    """
    target = _written_through(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    os.chmod(tmp, 0o777 & ~_umask())
    try:
        yield tmp
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
