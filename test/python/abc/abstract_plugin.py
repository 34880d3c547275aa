from abc import ABC, abstractmethod
class Exporter(ABC):
    registry = {}
    @abstractmethod
    def export(self, rows):
        ...
    def run(self, rows):
        return self.export([r for r in rows if r])
class CSVExporter(Exporter):
    def export(self, rows):
        return "\n".join(",".join(str(c) for c in r) for r in rows)
class JSONishExporter(Exporter):
    def export(self, rows):
        return "[" + ", ".join(repr(list(r)) for r in rows) + "]"
rows = [(1, "a"), (), (2, "b")]
for cls in (CSVExporter, JSONishExporter):
    print(cls.__name__, "->", cls().run(rows))
class Incomplete(Exporter):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)
class Base(ABC):
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass
class Mid(Base):
    def a(self): return "a"
class Leaf(Mid):
    def b(self): return "b"
try:
    Mid()
except TypeError as e:
    print(e)
print(Leaf().a() + Leaf().b())
