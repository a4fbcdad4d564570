"""Read GraphML and GEXF files that may come from anyone, without trusting their XML.

networkx's readers parse with the standard library, which expands the entities
a document declares: a few hundred bytes of nested entities (the "billion
laughs") become gigabytes.  These readers first parse the file with
``defusedxml``, which refuses any DTD, entity declaration or external
reference, and hand it to networkx only when that parse finds none.  A graph
that ``kg build`` wrote has no DTD, so it always reads.

    read_graphml(path) -> nx.Graph (the class the file declares)
    read_gexf(path)    -> nx.Graph
"""
from __future__ import annotations

import io
import os

import networkx as nx

from extract import InputError


def read_graphml(path: str | os.PathLike) -> nx.Graph:
    """A GraphML file as a networkx graph; ``InputError`` if it declares a DTD or entities, or is not XML.

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> path = tempfile.mkdtemp() + "/g.graphml"
    >>> nx.write_graphml(nx.path_graph(3), path)
    >>> sorted(read_graphml(path).nodes())
    ['0', '1', '2']
    """
    data = _checked(path, "GraphML")
    try:
        return nx.parse_graphml(data)
    except (nx.NetworkXError, ValueError, KeyError) as e:
        raise InputError(os.fspath(path), f"not a GraphML graph ({type(e).__name__}: {e})",
                         "give a .graphml file written by kg build or networkx") from None


def read_gexf(path: str | os.PathLike) -> nx.Graph:
    """A GEXF file as a networkx graph; ``InputError`` if it declares a DTD or entities, or is not XML."""
    data = _checked(path, "GEXF")
    try:
        return nx.read_gexf(io.BytesIO(data))
    except (nx.NetworkXError, ValueError, KeyError) as e:
        raise InputError(os.fspath(path), f"not a GEXF graph ({type(e).__name__}: {e})",
                         "give a .gexf file written by kg build, networkx or Gephi") from None


def _checked(path: str | os.PathLike, kind: str) -> bytes:
    """The bytes of the file, once ``defusedxml`` has parsed them without finding a DTD or entity."""
    import defusedxml
    import defusedxml.ElementTree as safe_et

    shown = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise InputError(shown, f"cannot be read ({e.strerror or e})", "check the path") from None
    try:
        safe_et.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as e:
        raise InputError(shown, f"declares a DTD or entities ({type(e).__name__}), which a {kind} file does not "
                         "need and which can expand without bound", "remove the <!DOCTYPE ...> block") from None
    except safe_et.ParseError as e:
        raise InputError(shown, f"not well-formed XML ({e})", f"give a {kind} file") from None
    return data
