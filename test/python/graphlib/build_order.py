from graphlib import CycleError, TopologicalSorter

deps = {
    "app": ["lib", "config"],
    "lib": ["utils", "log"],
    "config": ["utils"],
    "tests": ["app"],
    "utils": [],
}
print(list(TopologicalSorter(deps).static_order()))

ts = TopologicalSorter()
for node, preds in deps.items():
    ts.add(node, *sorted(preds))
ts.prepare()
step = 1
while ts.is_active():
    ready = ts.get_ready()
    print(f"step {step}: build {', '.join(sorted(ready))}")
    ts.done(*ready)
    step += 1

try:
    list(TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]}).static_order())
except CycleError as e:
    print("cycle:", e.args[0], len(e.args[1]) - 1, "nodes")
try:
    ts2 = TopologicalSorter({"x": {"y"}})
    ts2.prepare()
    ts2.done("x")
except ValueError as e:
    print("ValueError:", e)
