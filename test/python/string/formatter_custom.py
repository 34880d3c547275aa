import string
class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)
f = DefaultFormatter()
print(f.format("{name} is {age} from {city}", name="ann", age=30))
print(f.format("{0}-{1}", "a", "b"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - set(used)
        if unused:
            raise ValueError("unused: %s" % sorted(unused))
try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print(e)
print(Strict().format("{a}{b}", a=1, b=2))
