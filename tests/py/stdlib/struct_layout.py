# struct: calcsize, native alignment, Struct objects, pack_into/unpack_from/iter_unpack.
import struct

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))

for fmt in ["", " ", "x", "c", "b", "h", "i", "l", "q", "n", "e", "f", "d", "P", "?", "ci", "ic", "cq", "qc", "chi",
            "bhb", "cd", "c0i", "c0q", "3sd", "5pi", "hh", "ccccd", "2c2h2i", "10x", "b h i l q n e f d P ? 3s 3p x",
            "@ci", "=ci", "<ci", ">ci", "!ci", "<l", "<q", "=L", ">e", "<5s", "<0s", "2s2p", "100i", b"<ih", "<10000000q"]:
    show(lambda: struct.calcsize(fmt))
s = struct.Struct("<hiQ")
print(s.format, s.size, s.pack(1, -2, 3), s.unpack(s.pack(1, -2, 3)), type(s).__name__, type(s).__module__)
t = struct.Struct(b">HH")
print(t.format, type(t.format).__name__, t.size, t.pack(1, 2), t.unpack(b"\x00\x05\x00\x06"))
print(struct.Struct(format="<b").pack(-3), struct.Struct("i").size == struct.calcsize("i"), isinstance(s, struct.Struct))
print(s.unpack_from(b"\x00" * 20, 6), s.unpack_from(bytearray(range(20))), s.unpack_from(buffer=bytes(range(16)), offset=2))
print(struct.unpack_from("<h", b"\x01\x02\x03\x04", 2), struct.unpack_from("<h", b"\x01\x02\x03\x04", offset=-2))
print(struct.unpack_from("<h", buffer=b"\x05\x00"), struct.unpack_from("<2h", b"\x01\x00\x02\x00\x03\x00", -4))
buf = bytearray(12)
struct.pack_into("<hi", buf, 2, 7, -1)
print(buf)
struct.Struct(">H").pack_into(buf, -2, 0xABCD)
print(buf, struct.pack_into("<b", buf, 0, 5), buf[:1])
s2 = struct.Struct("<hh")
s2.pack_into(buf, 4, 1, 2)
print(buf)
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
print(list(struct.Struct(">HB").iter_unpack(bytes(range(9)))), list(struct.iter_unpack("<i", b"")))
print(list(struct.iter_unpack("c", bytearray(b"xyz"))), iter(it) is it)
class MyStruct(struct.Struct):
    def both(self, *v):
        return self.unpack(self.pack(*v))
m = MyStruct("<Bh")
print(m.both(250, -300), m.size, m.format, isinstance(m, struct.Struct), type(m).__name__)
print(struct._clearcache(), struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(sorted(n for n in dir(struct) if not n.startswith("_")), type(struct.__doc__).__name__)
print(sorted(n for n in dir(s) if not n.startswith("_")))
import _struct
print(sorted(n for n in dir(_struct) if not n.startswith("__")), struct.Struct is _struct.Struct, struct.__doc__ == _struct.__doc__)
print(struct.Struct("i") == struct.Struct("i"), struct.Struct.__name__, struct.Struct.__module__, repr(struct.Struct))
