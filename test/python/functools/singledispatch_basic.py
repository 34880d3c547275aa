from functools import singledispatch
@singledispatch
def show(obj):
    return "object: %r" % (obj,)
@show.register(int)
def _(obj):
    return "int: %d" % obj
@show.register(list)
def _(obj):
    return "list of %d: [%s]" % (len(obj), ", ".join(show(x) for x in obj))
def show_str(obj):
    return "str: " + obj
show.register(str, show_str)
print(show(5))
print(show("hi"))
print(show([1, "a", 2.5]))
print(show(True))
print(show(None))
class Base: pass
class Child(Base): pass
@show.register(Base)
def _(obj):
    return "a " + type(obj).__name__
print(show(Child()))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.registry[object])
