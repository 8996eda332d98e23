# bytes indexing returns ints; slicing returns bytes.
b = b"hello world"
print(b[0], b[-1], b[4], type(b[0]).__name__, [b[i] for i in range(-3, 0)])
print(b[0:5], b[6:], b[::-1], b[::2], b[-5:], b[100:], b[2:2], type(b[1:2]).__name__)
print(b[1:2] == b"e", b[1] == ord("e"), b[1] == b"e", chr(b[1]))
print(list(b), tuple(b"\x00\xff"), [x for x in b"abc"], sum(b"\x01\x02\x03"))
for bad in (11, -12, 2 ** 64):
    try:
        b[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    b[0] = 72
except TypeError as e:
    print("TypeError:", e)
print(104 in b, b"ell" in b, b"" in b, b"xyz" in b, 0 in b"\x00")
try:
    256 in b
except ValueError as e:
    print("ValueError:", e)
try:
    "h" in b
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"hello")
ba[0] = 74
print(ba, ba[0], ba[1:3], ba[::-1])
ba[1:3] = b"ELL"
print(ba, len(ba))
del ba[0]
print(ba)
ba.append(33)
ba.extend(b"??")
print(ba, ba.pop(), ba)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
for x in b"AZ":
    print(x, hex(x), bin(x))
print(b"abc"[::-1][0], b"x" * 3, 3 * b"ab", b"ab" * 0)
