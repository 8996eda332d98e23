# quopri encode/decode (quotetabs, header mode, soft line breaks), uu-style binascii b2a_uu/a2b_uu, crc_hqx, hexlify separators.
import quopri, binascii, io

samples = [b"plain ascii text", b"caf\xc3\xa9 = 100%", b"tab\there and trailing space ", b"=3D already", b"line1\nline2\n",
           b"x" * 100, b"under_score and spaces", b"\x00\x01\x7f\x80\xff", b"dot\n.\nline", b"ends with tab\t"]
for s in samples:
    enc = quopri.encodestring(s)
    encq = quopri.encodestring(s, quotetabs=True)
    # (header mode with trailing blanks differs between binascii.b2a_qp and quopri's Python fallback)
    ench = quopri.encodestring(s.rstrip(b" \t"), header=True)
    print(enc, encq, ench)
    print(quopri.decodestring(enc) == s, quopri.decodestring(encq) == s, quopri.decodestring(ench, header=True) == s.rstrip(b" \t"))
print(quopri.decodestring(b"soft=\nbreak =41=42=4a=4A =\r\nend"), quopri.decodestring(b"bad=zz=4"), quopri.decodestring(b"a_b", header=True))
inp, out = io.BytesIO(b"hello=world\ttab \n"), io.BytesIO()
quopri.encode(inp, out, quotetabs=False)
print(out.getvalue())
inp, out = io.BytesIO(out.getvalue()), io.BytesIO()
quopri.decode(inp, out)
print(out.getvalue())

for s in samples[:5] + [b"", b"a", b"ab", b"abc", bytes(range(45))]:
    u = binascii.b2a_uu(s)
    ub = binascii.b2a_uu(s, backtick=True)
    print(u, ub, binascii.a2b_uu(u) == s, binascii.a2b_uu(ub) == s)
try:
    binascii.b2a_uu(b"x" * 46)
except binascii.Error as e:
    print("Error", e)
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"\n"), binascii.a2b_uu(b"!80``\n"))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc32(b"123456789"),
      binascii.crc32(b"6789", binascii.crc32(b"12345")))
print(binascii.hexlify(b"\x01\x02\xab\xcd", "-"), binascii.hexlify(b"\x01\x02\xab\xcd\xef", ":", 2),
      binascii.hexlify(b"\x01\x02\xab\xcd\xef", b" ", -2), binascii.b2a_hex(b"xyz"), binascii.unhexlify("6869"))
print(binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64(b"aG Vs\nbG8="))
for bad in [b"abc", b"a===", b"ab=c"]:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("Error", e)
