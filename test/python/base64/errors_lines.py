import base64, binascii
for bad in ["abc", "a", "ab=c"]:
    try:
        base64.b64decode(bad)
        print("decoded?", bad)
    except ValueError as e:
        print("error:", e)
try:
    base64.b64decode("ab$=", validate=True)
except ValueError as e:
    print("error:", e)
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(b"eHh4\n"))
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
