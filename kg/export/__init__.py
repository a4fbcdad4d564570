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

from extract import UsageError


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


# What the files kg writes begin with (after white space): a JSON object (kg extract's records, graph.json,
# FtM entities: see ours_to_replace) or an XML declaration or root of GraphML or GEXF, in the first _HEAD bytes.
_XML_HEADS = (b"<?xml", b"<graphml", b"<gexf")
_XML_ROOTS = (b"<graphml", b"<gexf")
_HEAD = 2048


def ours_to_replace(path: Path) -> bool:
    """Whether the regular file ``path`` may be replaced by a kg output: it is empty, or it reads as a file
    kg writes (JSON Lines or JSON beginning with an object, GraphML, GEXF), not a file of another kind
    (``-o /etc/passwd``, a mistyped input, a document)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return False            # what cannot be read cannot be told to be ours
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head:
        return True
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0]
        return (first.startswith((b'{"schema_version"', b'{"id": "okg-'))        # kg extract, FtM entities
                or first.strip() == b"{" and b'"directed"' in head)                # graph.json
    return head.startswith(_XML_HEADS) and any(root in head for root in _XML_ROOTS)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success move it into place, on failure remove it.

    Only a regular file is ever replaced, and only one that is empty or reads as a kg output
    (:func:`ours_to_replace`): any other existing file is refused with a ``UsageError`` before anything is
    written.  Through a symbolic link, the link's target is written (the link stays); a device or FIFO
    (``-o /dev/null``) is written into directly, as a shell redirection would.
    """
    target = _written_through(path)
    if _special(target):
        yield target
        return
    if target.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name for this output")
    if target.exists() and not ours_to_replace(target):
        raise UsageError(f"{path}: exists and is not a file kg wrote (kg replaces only its own outputs); "
                         "give a new file name, or move that file away first")
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
