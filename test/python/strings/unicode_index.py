# Indexing, slicing, len and iteration of non-ascii strings.
s = "aé€😀" * 2000
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[-2], s[4001], s[7999])
print(s[1:5], s[-4:], s[3:3] == "", len(s[100:5000]), s[::-1][:4] if False else "")
count = 0
for i in range(0, len(s), 97):
    if s[i] == "€":
        count += 1
print(count, sum(1 for c in s if c == "😀"), "".join(c for c in s[:8]))
print(s.find("€"), s.rfind("a"), s.index("😀", 10), s.count("é"), s[5:].find("é"))
t = "ñandú"
print(t.replace("a", "A"), t[1:3], t[-1], len(t.encode()), t.encode().decode() == t)
try:
    s[len(s)]
except IndexError:
    print("IndexError")
print(s.startswith("aé"), s.endswith("😀"), s.split("€")[1], len(s.split("😀")))
