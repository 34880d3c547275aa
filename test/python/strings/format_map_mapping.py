# str.format_map looks fields up in the mapping itself: __missing__ and __getitem__ are used
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("{greeting}, {name}!".format_map(Default(greeting="Hello")))
print("{a} {b:>5} {c[0]} {d.real}".format_map(Default(a=1, b="x", c=[7], d=3)))


class Env:
    def __init__(self, **values):
        self.values = values

    def __getitem__(self, key):
        return self.values.get(key, key.upper())


print("{user}@{host}:{port}".format_map(Env(user="root", port=22)))
print("{x:{w}} | {{literal}} | {x}".format_map(Default(x=3.5, w=8)))
print("{0}".format_map({}) if False else "plain dict:", "{k}".format_map({"k": "v"}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)


class Strict(dict):
    pass


try:
    "{nope}".format_map(Strict())
except KeyError as e:
    print("KeyError", e)
