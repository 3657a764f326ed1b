#!/usr/bin/env python3
"""Peer for `redflag bench link`: SciPy's connected_components on the same seeded graph.

The graph is drawn exactly as RandomBipartiteGraph does (SplitMix64: per edge an account, then
an identifier), vectorised with numpy. Timing covers building the sparse matrix and
connected_components, like the Swift side's union-find over the edge list.
Prints `T s` and the component count.
"""
import sys
import time

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def splitmix64(seed: int, count: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        states = np.uint64(seed) + GOLDEN * np.arange(1, count + 1, dtype=np.uint64)
        z = states
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def main() -> None:
    accounts, identifiers, edges, seed = (int(x) for x in sys.argv[1:5])
    draws = splitmix64(seed, 2 * edges)
    rows = (draws[0::2] % np.uint64(accounts)).astype(np.int64)
    cols = (draws[1::2] % np.uint64(identifiers)).astype(np.int64) + accounts
    nodes = accounts + identifiers
    started = time.perf_counter()
    graph = coo_matrix((np.ones(edges, dtype=np.int8), (rows, cols)), shape=(nodes, nodes)).tocsr()
    count, _ = connected_components(graph, directed=False)
    seconds = time.perf_counter() - started
    print(f"{seconds:.3f} s")
    print(f"{count} clusters")


if __name__ == "__main__":
    main()
