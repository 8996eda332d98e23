# Random bytes and bytearray through their methods, hex/fromhex, and the % operator.
import random, binascii
random.seed(66)
def rb(n=10):
    return bytes(random.choice(b'ab c\tAZ09-\x00\xff\n') for _ in range(random.randint(0, n)))
acc = 0
for i in range(375):
    s, t = rb(), rb(2)
    n = random.randint(-1, 3)
    ba = bytearray(s)
    res = [s.split(t or None, n), s.rsplit(t or None, n), s.partition(t or b'a'), s.strip(t or None),
           s.find(t), s.rfind(t), s.count(t), s.replace(t or b'a', b'#', n), s.center(12, b'-'),
           s.hex(), s.hex(':', 2) if s else '', bytes.fromhex(s.hex()) == s, s.upper(), s.title(),
           s.isalnum(), s.isspace(), s.splitlines(), s.expandtabs(4), s.zfill(8), s.swapcase(),
           s.startswith(t), s.endswith((t, b'z')), list(s[:3]), s.translate(None, b'a '),
           b'%s|%r|%5d|%x' % (s[:3], t, len(s), i)]
    ba.extend(t); ba.insert(0, 65); 
    if ba: ba.pop()
    ba.reverse()
    try:
        ba.remove(97)
    except ValueError as e:
        res.append(str(e))
    res.append(bytes(ba))
    o = repr(res)
    acc = (acc * 3 + binascii.crc32(o.encode())) % (1 << 61)
    if i % 25 == 0:
        print(o[:220])
print(acc)
