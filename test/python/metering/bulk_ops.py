# The long C operations that are now metered give the same results as before: regex over long
# strings, json, heapq, struct with counts, factorial, set operations, bytearray and array bulk
# operations, int <-> bytes, hashing and base64 of large buffers.
import array, binascii, hashlib, heapq, json, math, re, struct

s = "abc123 " * 20000
print(len(re.sub("[0-9]+", "N", s)), len(re.compile(" ").split(s)), re.search("c1(2)3", s).group(1))
print(re.match("(a|ab)*c", "ab" * 12 + "c") is not None, re.match("(a|aa)*c", "a" * 18) is None)

data = [{"k": i, "v": [str(i), i * 0.5, None, True]} for i in range(3000)]
text = json.dumps(data)
print(len(text), json.loads(text) == data)

h = [(i * 7919) % 10007 for i in range(10000)]
heapq.heapify(h)
for i in range(100):
    heapq.heappush(h, i * 3)
print([heapq.heappop(h) for i in range(10)], len(h))

t = struct.unpack("<2000i", bytes(range(256)) * 31 + bytes(64))
print(len(t), sum(t), struct.calcsize("1000000i"), len(struct.pack("5000x")))

print(math.factorial(3000) % 1000000007)

a = set(range(0, 20000, 2))
b = frozenset(range(0, 20000, 4))
print(b <= a, a <= b, hash(b) == hash(frozenset(sorted(b))), len(a.copy()), a == set(a))

ba = bytearray(bytes(range(256)) * 400)
ba[1000:2000] = b"x" * 3000
ba[5:10] = b""
print(len(ba), ba[995:1005], (ba + ba)[-3:], ba == bytearray(ba), bytes(ba[:4]))
ar = array.array("i", range(50000))
ar.extend(ar[:20000])
print(len(ar), sum(ar), ar[-1])

n = 3 ** 5000
print(int.from_bytes(n.to_bytes(1000, "little"), "little") == n, (5).to_bytes(20000, "big")[-3:])
buf = bytes(range(256)) * 4096
print(binascii.hexlify(hashlib.sha256(buf).digest()[:8]), binascii.crc32(buf), len(binascii.b2a_base64(buf)))
print(binascii.a2b_base64(binascii.b2a_base64(buf)) == buf)
