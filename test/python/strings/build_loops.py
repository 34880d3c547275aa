# Strings built piece by piece, and the repr/json of big containers (linear time).
import json
s = ""
for i in range(20000):
    s += "ab"
print(len(s), s[:6], s[-4:])
parts = []
for i in range(50000):
    parts.append(str(i))
joined = ",".join(parts)
print(len(joined), joined[:20], joined[-12:])
b = bytes(i & 255 for i in range(70000))
print(len(b), b[:5], b[-3:], sum(b))
big = list(range(100000))
r = repr(big)
print(len(r), r[:15], r[-15:])
print(len(str([str(i) for i in range(30000)])))
doc = [[i, "item%d" % i, ["a", "b\n", 'q"'], [i, -i]] for i in range(3000)]
text = json.dumps(doc)
print(len(text), text[:60])
back = json.loads(text)
print(back == doc, back[-1])
long_text = "x" * 100000 + "\n\t\\'\"" + "y" * 100000
rr = repr(long_text)
print(len(rr), rr[:5], rr[100000:100012])
print(len(json.dumps(long_text)), json.dumps(long_text)[99998:100012])
bb = repr(bytes(range(256)) * 300)
print(len(bb), bb[:40])
fmt = "".join("%d-%s;" % (i, "v" * (i % 5)) for i in range(20000))
print(len(fmt), fmt[:30])
fmt2 = "".join("{}:{:>4}|".format(i, i % 97) for i in range(20000))
print(len(fmt2), fmt2[-30:])
