"""
python3-igraph timings for the centrality benchmark, on the edge lists that
bench/centrality.bench.ts writes (one "u v" pair per line). Prints a JSON list
of {file, task, ms, runs} on stdout; the TypeScript script adds the rows to
bench/results/centrality.md when run with --igraph.

Run with the Debian interpreter (python3-igraph 0.10): /usr/bin/python3 bench/igraph_centrality.py <edges.txt>...
Exact betweenness and closeness run up to 10,000 nodes only (as the
JavaScript side does for exact computations).
"""
import json
import statistics
import sys
import time

import igraph as ig


def timed(run, rounds):
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        run()
        ms = (time.perf_counter() - t0) * 1000
        times.append(ms)
        if ms > 20_000:
            break
    return statistics.median(times), len(times)


results = []
for path in sys.argv[1:]:
    g = ig.Graph.Read_Edgelist(path, directed=False)
    tasks = [
        ('PageRank', lambda: g.pagerank(), 7),
        ('eigenvector', lambda: g.eigenvector_centrality(scale=False), 7),
    ]
    if g.vcount() <= 10_000:
        tasks = [
            ('exact betweenness', lambda: g.betweenness(directed=False), 3),
            ('closeness (exact)', lambda: g.closeness(), 3),
            ('harmonic closeness (exact)', lambda: g.harmonic_centrality(), 3),
        ] + tasks
    for task, run, rounds in tasks:
        ms, runs = timed(run, rounds)
        results.append({'file': path, 'task': task, 'ms': ms, 'runs': runs})
        print(f'{path} {task}: {ms:.1f} ms ({runs})', file=sys.stderr)
json.dump(results, sys.stdout)
