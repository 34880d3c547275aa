import keyword
print(keyword.kwlist)
print(len(keyword.kwlist), keyword.softkwlist)
for w in ["for", "async", "await", "match", "case", "print", "True", "none", "_", "nonlocal"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
def safe_name(n):
    return n + "_" if keyword.iskeyword(n) else n
print([safe_name(n) for n in ["class", "id", "from", "to"]])
