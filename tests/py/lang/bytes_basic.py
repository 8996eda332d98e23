# bytes and bytearray basics
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b + b" world", b * 2, b"l" in b, 104 in b, b.upper(), b.find(b"l"))
print(bytes([65, 66, 67]), bytes(3), bytes(range(5)), list(b"AB"))
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8").decode("utf-8"))
print(b.split(b"l"), b"-".join([b"a", b"b"]), b.replace(b"l", b"L"), b.startswith(b"he"))
print(b"abc" == b"abc", b"abc" < b"abd", b"" == bytes(), bool(b""), bool(b"\x00"))
print(b.hex(), bytes.fromhex("68 69"), b"\x00\xff\n", repr(b"'"), repr(b'"'))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 90
ba.extend(b"ef")
print(ba, len(ba), ba[0], bytes(ba), ba.pop(), ba)
del ba[1:3]
print(ba)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "x".encode("ascii") + "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
print(b"%d-%s" % (5, b"x"), b"abc".count(b"b"), b" x ".strip(), b"A".lower())
print(hash(b"ab") == hash(b"ab"), {b"k": 1}[b"k"], bytes(b"copy"), bytearray(3))
print([c for c in b"hi"], sum(b"\x01\x02"), max(b"az"), sorted(b"cab"))
print(b"abc".isalpha(), b"123".isdigit(), b"Hi There".title(), b"ab".center(6, b"*"))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), int.from_bytes(b"\xff", "big", signed=True))
