from collections import ChainMap
builtins_ = {"len": "builtin-len", "x": "builtin-x"}
globals_ = {"x": "global-x", "y": "global-y"}
scope = ChainMap({}, globals_, builtins_)
def lookup(name):
    return scope[name] if name in scope else "NameError"
print(lookup("x"), lookup("y"), lookup("len"), lookup("z"))
local = scope.new_child({"x": "local-x"})
print(local["x"], local.parents["x"], local.maps[0], len(local.maps))
local["z"] = "local-z"
print(local["z"], "z" in scope, sorted(local.keys()))
print(len(local), local.get("missing", "dflt"))
