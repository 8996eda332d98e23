# Deterministic corners of small modules: uuid parsing and name-based uuid3/uuid5, fields and
# variants; colorsys conversions; keyword lists.
import uuid, colorsys, keyword
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes[:4], u.bytes_le[:4])
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(int=1), uuid.UUID(bytes=b'\x00' * 16), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x/'), uuid.NAMESPACE_OID)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=5) < uuid.UUID(int=6), str(uuid.UUID(hex='0' * 32)))
for bad in ['xyz', '1234', '12345678-1234-5678-1234-5678123456789']:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print('ValueError', e)
for rgb in [(1, 0, 0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0, 0, 0)]:
    print([tuple(round(c, 6) for c in f(*rgb)) for f in (colorsys.rgb_to_hsv, colorsys.rgb_to_hls, colorsys.rgb_to_yiq)])
print(tuple(round(c, 6) for c in colorsys.hsv_to_rgb(0.6, 0.5, 0.8)), tuple(round(c, 6) for c in colorsys.hls_to_rgb(0.1, 0.3, 0.9)), tuple(round(c, 6) for c in colorsys.yiq_to_rgb(0.5, 0.1, -0.1)))
print(len(keyword.kwlist), keyword.kwlist[:6], keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.softkwlist, keyword.iskeyword('async'))
