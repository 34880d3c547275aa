import base64
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(40))]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data)
print(base64.b64encode(b"hello world").decode(), base64.b64decode("aGVsbG8gd29ybGQ=").decode())
print(base64.standard_b64encode(b"hi"), base64.standard_b64decode(b"aGk="))
print(base64.b64decode("aGVs bG8=\n"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
