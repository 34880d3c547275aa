import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns.a, ns.b, ns.c, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
del ns.c
print(ns, sorted(vars(ns)) if "vars" in dir(__import__("builtins")) else sorted(ns.__dict__))
cfg = types.SimpleNamespace(**{"host": "localhost", "port": 80})
cfg.port += 1
print(cfg.host, cfg.port, repr(types.SimpleNamespace()))
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=1))
