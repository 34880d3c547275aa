import uuid
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.NAMESPACE_DNS.version, uuid.NAMESPACE_DNS.variant, uuid.NAMESPACE_URL.time_low)
ids = sorted([uuid.UUID(int=i * 0x1000) for i in (3, 1, 2)])
print([str(i) for i in ids])
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID("00000000-0000-0000-c000-000000000000").variant, uuid.UUID("00000000-0000-0000-e000-000000000000").variant)
