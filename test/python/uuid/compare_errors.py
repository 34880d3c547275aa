import uuid
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a == uuid.UUID("00000000-0000-0000-0000-000000000001"), sorted([b, a]) == [a, b], a != b)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.UUID(int=0))
d = {a: "one"}
print(d[uuid.UUID(int=1)], hash(a) == hash(uuid.UUID(int=1)))
for bad in ["nope", "1234", "12345678-1234-5678-1234-56781234567g"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    a.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    uuid.UUID(int=-1)
except ValueError as e:
    print("ValueError:", e)
print(uuid.UUID(int=5, version=4).version, str(uuid.UUID(int=5, version=4)))
