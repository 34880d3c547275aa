from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        pass
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return "help"
class Impl(Base):
    def run(self):
        return "running"
print(Impl.create().run(), Base.helper())
try:
    Base.create()
except TypeError as e:
    print(e)
class Plugin(ABC):
    name = "base"
    @abstractmethod
    def execute(self, data): ...
    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.name)
class Upper(Plugin):
    name = "upper"
    def execute(self, data):
        return data.upper()
class Reverse(Plugin):
    name = "reverse"
    def execute(self, data):
        return "".join(reversed(data))
data = "hello"
for p in [Upper(), Reverse()]:
    data = p.execute(data)
    print(p, data)
