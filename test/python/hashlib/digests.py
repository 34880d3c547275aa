import hashlib
for name in ("sha256", "sha1", "md5"):
    h = hashlib.new(name, b"abc")
    print(name, h.hexdigest(), h.digest_size, h.name)
h = hashlib.sha256()
h.update(b"hello ")
snapshot = h.copy()
h.update(b"world")
print(h.hexdigest(), snapshot.hexdigest(), h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(hashlib.md5(b"").digest(), hashlib.sha1(b"").hexdigest())
data = bytes(range(256)) * 40
print(hashlib.sha256(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.md5(data).hexdigest())
m = hashlib.md5()
for i in range(100):
    m.update(str(i).encode())
print(m.hexdigest(), m.hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
