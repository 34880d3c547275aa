from collections.abc import MutableMapping
class CaseInsensitiveDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._store = {}
        self.update(*args, **kw)
    def __getitem__(self, key):
        return self._store[key.lower()][1]
    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)
    def __delitem__(self, key):
        del self._store[key.lower()]
    def __iter__(self):
        return (k for k, v in self._store.values())
    def __len__(self):
        return len(self._store)
h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
print(h["content-type"], h["ACCEPT"], len(h), "CONTENT-TYPE" in h, sorted(h))
h["content-type"] = "application/json"
print(h.get("Content-Type"), sorted(h.keys()), h.pop("accept"), len(h))
print(h.setdefault("X-New", "1"), sorted(h.items()), h == {"content-type": "application/json", "X-New": "1"})
h.clear()
print(len(h), list(h))
