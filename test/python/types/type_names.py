import types
def f(): pass
g = (x for x in [])
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g, types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), type(None) is types.NoneType)
print(isinstance(C().m, types.MethodType), isinstance(f, types.MethodType), type(...) is types.EllipsisType)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0))
try:
    mp["k"] = 2
except TypeError:
    print("TypeError: read-only")
print(types.new_class("Dyn", (object,), exec_body=lambda ns: ns.update({"x": 5})).x)
