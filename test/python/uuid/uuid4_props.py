import uuid
ids = [uuid.uuid4() for _ in range(50)]
print(all(i.version == 4 for i in ids), all(i.variant == uuid.RFC_4122 for i in ids))
print(len(set(ids)), all(len(str(i)) == 36 for i in ids), all(str(i)[14] == "4" for i in ids))
print(all(str(i)[19] in "89ab" for i in ids), all(uuid.UUID(str(i)) == i for i in ids))
print(all(i.hex == str(i).replace("-", "") for i in ids))
