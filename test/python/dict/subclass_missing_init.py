# dict subclasses: __missing__ on d[k], and __init__ that fills self before or without super().__init__()


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"


d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))


class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


c = Counting()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(sorted(c.items()))


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no such key: {key}")


try:
    Strict()["x"]
except KeyError as e:
    print("KeyError", e)


class Plain(dict):
    pass


try:
    Plain()["nope"]
except KeyError as e:
    print("KeyError", e)


class Template(dict):
    def __missing__(self, key):
        return "{" + key + "}"


t = Template(greeting="Hello")
print(t["greeting"] + ", " + t["name"] + "!")


class Registry(dict):
    def __init__(self, items):
        for k, v in items:
            self[k.lower()] = v


r = Registry([("A", 1), ("B", 2)])
print(r, len(r), type(r).__name__, isinstance(r, dict))


class Config(dict):
    def __init__(self, defaults, **overrides):
        self.update(defaults)
        self.update(overrides)
        self.source = "code"


cfg = Config({"debug": False, "port": 80}, port=8080)
print(cfg, cfg.source, cfg["port"], list(cfg.keys()))


class Late(dict):
    def __init__(self, *args, **kwargs):
        self["first"] = 0
        super().__init__(*args, **kwargs)


print(Late({"x": 1}, y=2))


class Sized(dict):
    def __init__(self):
        print("empty at start:", len(self), bool(self), list(self))
        self.setdefault("k", []).append(1)


print(Sized())


class Attr(dict):
    def __init__(self, **kw):
        for k, v in kw.items():
            self[k] = v

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


a = Attr(host="localhost", port=5432)
print(a.host, a.port, a)
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
