text = "café ñ"
print(text.encode("latin-1"), text.encode("utf-8"), "abc".encode("ascii"))
print(text.encode("ascii", "ignore"), text.encode("ascii", errors="replace"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9x".decode("utf-8", "ignore"))
print(b"\xff\xfeok".decode("ascii", "replace"), "ok".encode(encoding="UTF-8"))
for fn in (lambda: text.encode("ascii"), lambda: b"\xff".decode(), lambda: b"ab\xc3".decode("utf-8"),
           lambda: "x".encode("klingon"), lambda: b"\x80".decode("ascii")):
    try:
        fn()
    except UnicodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
    except LookupError as e:
        print(type(e).__name__, e)
