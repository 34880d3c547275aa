import uuid
records = {}
for name in ["ann", "bob", "cid"]:
    records[uuid.uuid4()] = name
print(len(records), all(isinstance(k, uuid.UUID) for k in records))
key = next(iter(records))
print(records[uuid.UUID(str(key))] in ("ann", "bob", "cid"), records[uuid.UUID(hex=key.hex)] == records[key])
short = [str(k)[:8] for k in records]
print(len(short), all(len(s) == 8 for s in short))
