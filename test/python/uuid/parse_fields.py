import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u))
print(u.hex, u.int, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.node, u.clock_seq)
print(u.urn, u.bytes, u.bytes_le)
for s in ["{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678"]:
    print(uuid.UUID(s) == u)
print(uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u)
