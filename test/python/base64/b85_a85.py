import base64
for data in [b"", b"a", b"abc", b"hello world", bytes(range(20))]:
    e85 = base64.b85encode(data)
    a85 = base64.a85encode(data)
    print(e85, base64.b85decode(e85) == data, a85, base64.a85decode(a85) == data)
print(base64.a85encode(b"hello world", adobe=True), base64.b85encode(b"abc", pad=True))
print(base64.a85encode(b"\0\0\0\0"), base64.a85encode(b"    ", foldspaces=True), base64.a85decode(b"z"))
