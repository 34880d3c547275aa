# graphlib: topological sorting of a graph, as CPython's graphlib.TopologicalSorter documents it.
# Kahn's algorithm: each node counts its predecessors not yet done; nodes whose count reaches
# zero become ready, in the order they do.

__all__ = ["TopologicalSorter", "CycleError"]

_PASSED_OUT = -1
_FINISHED = -2


class CycleError(ValueError):
    pass


class TopologicalSorter:
    def __init__(self, graph=None):
        self._waiting = {}      # node -> predecessors not done yet, or _PASSED_OUT/_FINISHED
        self._successors = {}   # node -> [nodes that name it as a predecessor]
        self._ready = None      # set up by prepare()
        self._out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _node(self, node):
        if node not in self._waiting:
            self._waiting[node] = 0
            self._successors[node] = []

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._node(node)
        self._waiting[node] += len(predecessors)
        for p in predecessors:
            self._node(p)
            self._successors[p].append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n for n, count in self._waiting.items() if count == 0]
        cycle = self._cycle()
        if cycle is not None:
            raise CycleError("nodes are in a cycle", cycle)

    def _cycle(self):
        # Depth-first search along successor edges; returns a cycle as [n0, ..., n0] or None.
        visited = set()
        for root in self._waiting:
            if root in visited:
                continue
            path = [root]
            on_path = {root: 0}
            positions = [0]
            visited.add(root)
            while path:
                succ = self._successors[path[-1]]
                k = positions[-1]
                if k >= len(succ):
                    del on_path[path.pop()]
                    positions.pop()
                    continue
                positions[-1] = k + 1
                nxt = succ[k]
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt not in visited:
                    visited.add(nxt)
                    on_path[nxt] = len(path)
                    path.append(nxt)
                    positions.append(0)
        return None

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._check_prepared()
        batch = tuple(self._ready)
        for n in batch:
            self._waiting[n] = _PASSED_OUT
        self._ready = []
        self._out += len(batch)
        return batch

    def is_active(self):
        self._check_prepared()
        return self._finished < self._out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check_prepared()
        for node in nodes:
            if node not in self._waiting:
                raise ValueError("node %r was not added using add()" % (node,))
            state = self._waiting[node]
            if state == _FINISHED:
                raise ValueError("node %r was already marked done" % (node,))
            if state != _PASSED_OUT:
                raise ValueError("node %r was not passed out (still not ready)" % (node,))
            self._waiting[node] = _FINISHED
            self._finished += 1
            for s in self._successors[node]:
                self._waiting[s] -= 1
                if self._waiting[s] == 0:
                    self._ready.append(s)

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)
