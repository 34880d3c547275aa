import types
def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["x"] = 1
Dyn = types.new_class("Dyn", (), exec_body=body)
print(Dyn().greet(), Dyn.x, Dyn.__name__)
meta, ns, kw = types.prepare_class("P", (object,), {})
print(meta.__name__, ns, kw)
print(types.resolve_bases((int, str)))
g = types.GenericAlias(list, (int,))
print(g, g.__origin__, g.__args__, g([1, 2]))
