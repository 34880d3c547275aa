from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data
d = LowerDict({"A": 1})
d["B"] = 2
print(sorted(d.data.items()), d["a"], "b" in d, len(d), d.get("C", 0))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.pop(), len(s), s + [9], s[0], isinstance(s[0:1], Stack))
s.extend([7, 8]); s.sort(reverse=True); print(s.data)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
u = Shout("hey")
print(u.shout(), len(u), u + " you", "e" in u, u == "hey")
