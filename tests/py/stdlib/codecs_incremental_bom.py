# codecs: incremental encoders/decoders fed byte by byte, utf-16/32 BOM handling, utf-8-sig, StreamReader/Writer, iterencode/iterdecode, lookup/register_error.
import codecs, io

text = "Aé€😀\n"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "latin-1", "cp1252", "ascii"]:
    try:
        whole = text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.start, e.end, e.reason)
        continue
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(whole[i:i + 1]) for i in range(len(whole))]
    pieces.append(dec.decode(b"", final=True))
    encd = codecs.getincrementalencoder(enc)()
    chunks = b"".join(encd.encode(ch) for ch in text) + encd.encode("", final=True)
    print(enc.ljust(10), whole.hex(" ", 4), [p for p in pieces if p], chunks == whole)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
for data in [codecs.BOM_UTF16_BE + "hi".encode("utf-16-be"), codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), b"h\x00i\x00",
             codecs.BOM_UTF32_BE + "hi".encode("utf-32-be")]:
    for enc in ("utf-16", "utf-32"):
        try:
            print(enc, repr(data.decode(enc)), end=" | ")
        except UnicodeDecodeError as e:
            print(enc, "UnicodeDecodeError", e.reason, end=" | ")
    print()
print("hi".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig"))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate(), repr(dec.decode(b"\xac")), dec.getstate())
dec.setstate((b"\xf0\x9f", 0))
print(repr(dec.decode(b"\x98\x80")))
dec.reset()
try:
    dec.decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end, e.reason)
d16 = codecs.getincrementaldecoder("utf-16")()
print(repr(d16.decode(b"\xff")), repr(d16.decode(b"\xfeA")), repr(d16.decode(b"\x00")), d16.getstate()[1])
e16 = codecs.getincrementalencoder("utf-16")()
print(e16.encode("a"), e16.encode("b"), e16.getstate())
e16.reset()
print(e16.encode("c"))
print(list(codecs.iterencode(["ab", "", "é"], "utf-16-le")), "".join(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")))

buf = io.BytesIO()
w = codecs.getwriter("utf-16")(buf)
w.write("line one\n")
w.writelines(["two\n", "three\n"])
print(buf.getvalue()[:6], len(buf.getvalue()))
buf.seek(0)
r = codecs.getreader("utf-16")(buf)
print(r.readline(), r.readlines())
srw = codecs.StreamReaderWriter(io.BytesIO("x\ny\n".encode("latin-1")), codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(srw.read(), srw.encoding if hasattr(srw, "encoding") else None)
rec = codecs.StreamRecoder(io.BytesIO("é".encode("latin-1")), codecs.getencoder("utf-8"), codecs.getdecoder("utf-8"),
                           codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(rec.read())
info = codecs.lookup("UTF_8")
print(info.name, codecs.lookup("latin1").name, codecs.lookup("U16").name, info.encode("é"), info.decode(b"\xc3\xa9"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
def shout(exc):
    return ("<%s>" % ",".join(str(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
codecs.register_error("shout", shout)
print("aébç".encode("ascii", "shout"), codecs.lookup_error("shout") is shout)
print("a€b".encode("latin-1", "xmlcharrefreplace"), "a€b".encode("ascii", "backslashreplace"))
print(repr(b"a\xffb".decode("utf-8", "surrogateescape")), repr(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"x", "base64"))
# custom handlers returning bytes, skipping ahead, or bad results
codecs.register_error("as_bytes", lambda e: (b"[%d]" % e.start, e.end))
codecs.register_error("skip2", lambda e: ("~", min(e.end + 1, len(e.object))))
codecs.register_error("back", lambda e: ("", -1) if e.start < len(e.object) - 1 else ("!", e.end))
codecs.register_error("badret", lambda e: "nope")
codecs.register_error("oob", lambda e: ("", 100))
codecs.register_error("nonascii", lambda e: ("é", e.end))
print("xé€y".encode("ascii", "as_bytes"), "xéyz€w".encode("latin-1", "skip2"), "ab€cd€".encode("ascii", "back"))
print("a\ud800b".encode("utf-8", "as_bytes"), "a\ud800b".encode("utf-16-le", "skip2"))
for name in ("badret", "oob", "nonascii"):
    try:
        print("x€".encode("ascii", name))
    except (TypeError, IndexError, UnicodeEncodeError) as e:
        print(name, type(e).__name__, e)
try:
    "x€".encode("ascii", "never-registered")
except LookupError as e:
    print("LookupError", e)
