import keyword
words = "def lambda match case yield await async self cls print list type _ None".split()
print([w for w in words if keyword.iskeyword(w)])
print([w for w in words if keyword.issoftkeyword(w)])
print(sorted(k for k in keyword.kwlist if len(k) <= 3), keyword.iskeyword(1), keyword.iskeyword(""))
