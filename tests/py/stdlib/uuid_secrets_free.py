# uuid parsing and formatting from fixed values (no randomness): fields, variants, versions,
# uuid3/uuid5 name-based (md5/sha1 through hashlib), int/bytes/hex round trips, comparisons.
import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes.hex(), u.bytes_le.hex(), u.fields, u.version, u.variant, u.urn, u.time_low, u.node)
for s in ['{12345678-1234-5678-1234-567812345678}', 'urn:uuid:12345678123456781234567812345678', '12345678123456781234567812345678']:
    print(uuid.UUID(s) == u)
print(uuid.UUID(int=1), uuid.UUID(bytes=bytes(range(16))), uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_X500, uuid.UUID(int=0) < u, sorted([u, uuid.UUID(int=5)])[0], hash(u) == hash(uuid.UUID(str(u))), str(uuid.UUID(int=2**128 - 1)))
for bad in ['xyz', '12345678-1234-5678-1234-56781234567']:
    try: uuid.UUID(bad)
    except ValueError as e: print('ValueError', e)
