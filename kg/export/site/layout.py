"""A fast force-directed layout for the overview, computed once in Python.

networkx's ``spring_layout`` is exact (every pair of nodes repels every other)
and takes over a minute for 5,000 nodes without SciPy; ``forceatlas2_layout``
is as slow.  Here each node is pushed away from a fresh random sample of other
nodes on every iteration (the sample's push is scaled up to stand for all of
them), pulled along its edges, and held by a weak gravity, with a temperature
that cools to zero: Fruchterman-Reingold with sampled repulsion.  The cost per
iteration is ``n * sample + edges`` instead of ``n * n``, and the seed makes
the result the same on every run, so that rebuilt sites diff cleanly.
"""
from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np


GRAVITY = 1.0


def force_layout(G: nx.Graph, *, iterations: int = 120, sample: int = 48, seed: int = 7,
                 scale: float = 1000.0) -> dict[Hashable, tuple[float, float]]:
    """Positions of the nodes of ``G`` in a square of side about ``2 * scale``.

    Graphs of up to ``4 * sample`` nodes get exact repulsion.

    Examples
    --------
    >>> pos = force_layout(nx.path_graph(4))
    >>> sorted(pos) == [0, 1, 2, 3]
    True
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in G.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    k = 1.0 / np.sqrt(n)                       # ideal edge length in a unit square
    pos = rng.random((n, 2)) - 0.5
    exact = n <= 4 * sample
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = _repulsion(pos, k, rng, sample=None if exact else sample)
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-9)
            pull = delta * (dist / k)[:, None]
            np.subtract.at(disp, pairs[:, 0], pull)
            np.add.at(disp, pairs[:, 1], pull)
        disp -= pos * GRAVITY                  # keeps components from drifting apart
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    extent = np.abs(pos).max() or 1.0
    pos *= scale / extent
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, pos)}


def _repulsion(pos: np.ndarray, k: float, rng: np.random.Generator, *, sample: int | None) -> np.ndarray:
    """The push on each node from all others (exact) or from ``sample`` random others, scaled up.

    The sampled push is computed partner by partner on rows of all nodes (``(sample, n)`` arrays, x and y
    apart) and summed in partner order, the order of the earlier ``(n, sample, 2)`` form, so the
    positions are the same to the last bit, at less than half the cost.
    """
    n = len(pos)
    if sample is None:
        delta = pos[:, None, :] - pos[None, :, :]
        dist2 = np.maximum((delta ** 2).sum(axis=2), 1e-9)
        np.fill_diagonal(dist2, np.inf)
        return (delta * (k * k / dist2)[:, :, None]).sum(axis=1)
    partners = rng.integers(0, n - 1, size=(n, sample))
    partners += partners >= np.arange(n)[:, None]          # never a node itself
    x, y = pos[:, 0], pos[:, 1]
    dx = x - x[partners.T]                                  # row j: each node's offset from its j-th partner
    dy = y - y[partners.T]
    weight = (k * k) / np.maximum(dx * dx + dy * dy, 1e-9)
    dx *= weight
    dy *= weight
    push = np.empty((n, 2))
    px, py = push[:, 0], push[:, 1]
    px[:] = dx[0]
    py[:] = dy[0]
    for j in range(1, sample):                              # one partner at a time: numpy's sum over an
        px += dx[j]                                         # axis may add in another order
        py += dy[j]
    return push * ((n - 1) / sample)
