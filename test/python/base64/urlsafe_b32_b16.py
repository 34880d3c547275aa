import base64
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
for data in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"hello world"]:
    e32 = base64.b32encode(data)
    print(e32, base64.b32decode(e32) == data, base64.b32hexencode(data), base64.b16encode(data))
print(base64.b16decode("48656C6C6F"), base64.b16decode("48656c6c6f", casefold=True), base64.b32decode("nbswy3dp", casefold=True))
