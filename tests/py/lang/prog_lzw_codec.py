# LZW compressor/decompressor with variable code widths, bit packing into bytes, dictionary reset, round-trips.
import random
class BitWriter:
    def __init__(self):
        self.buf = bytearray(); self.acc = 0; self.nbits = 0
    def write(self, code, width):
        self.acc |= code << self.nbits
        self.nbits += width
        while self.nbits >= 8:
            self.buf.append(self.acc & 0xFF); self.acc >>= 8; self.nbits -= 8
    def flush(self):
        if self.nbits: self.buf.append(self.acc & 0xFF)
        self.acc = self.nbits = 0
        return bytes(self.buf)
class BitReader:
    def __init__(self, data):
        self.data = data; self.pos = 0; self.acc = 0; self.nbits = 0
    def read(self, width):
        while self.nbits < width:
            if self.pos >= len(self.data): return None
            self.acc |= self.data[self.pos] << self.nbits
            self.pos += 1; self.nbits += 8
        code = self.acc & ((1 << width) - 1)
        self.acc >>= width; self.nbits -= width
        return code
CLEAR, END, FIRST = 256, 257, 258
MAXBITS = 12
def compress(data):
    w = BitWriter()
    table = {bytes([i]): i for i in range(256)}
    nxt, width = FIRST, 9
    stats = {"codes": 0, "resets": 0, "max_width": 9}
    cur = b""
    for byte in data:
        cand = cur + bytes([byte])
        if cand in table:
            cur = cand; continue
        w.write(table[cur], width); stats["codes"] += 1
        if nxt < (1 << MAXBITS):
            table[cand] = nxt; nxt += 1
            if nxt > (1 << width) and width < MAXBITS:
                width += 1; stats["max_width"] = max(stats["max_width"], width)
        else:
            w.write(CLEAR, width); stats["resets"] += 1
            table = {bytes([i]): i for i in range(256)}
            nxt, width = FIRST, 9
        cur = bytes([byte])
    if cur:
        w.write(table[cur], width); stats["codes"] += 1
    w.write(END, width)
    return w.flush(), stats
def decompress(blob):
    r = BitReader(blob)
    table = {i: bytes([i]) for i in range(256)}
    nxt, width = FIRST, 9
    out = bytearray()
    prev = None
    while True:
        code = r.read(width)
        if code is None: raise ValueError("truncated stream")
        if code == END: break
        if code == CLEAR:
            table = {i: bytes([i]) for i in range(256)}
            nxt, width, prev = FIRST, 9, None
            continue
        if code in table:
            entry = table[code]
        elif code == nxt and prev is not None:
            entry = prev + prev[:1]
        else:
            raise ValueError(f"bad code {code} at width {width}")
        out += entry
        if prev is not None and nxt < (1 << MAXBITS):
            table[nxt] = prev + entry[:1]; nxt += 1
            if nxt + 1 > (1 << width) and width < MAXBITS:
                width += 1
        prev = entry
    return bytes(out)
rng = random.Random(77)
words = ["alpha", "beta", "gamma", "delta", "taipan", "python", "vm", "bytecode", "the", "a", "of"]
samples = {
    "empty": b"",
    "single": b"x",
    "repeat": b"ab" * 500,
    "tobeornot": b"TOBEORNOTTOBEORTOBEORNOT#",
    "kwkwk": b"abababababababab",
    "text": " ".join(rng.choice(words) for _ in range(1500)).encode(),
    "random": bytes(rng.randrange(256) for _ in range(6000)),
    "runs": b"".join(bytes([rng.randrange(4) + 65]) * rng.randrange(1, 30) for _ in range(200)),
    "binary": bytes(range(256)) * 4,
}
for name, data in samples.items():
    blob, st = compress(data)
    back = decompress(blob)
    ratio = len(blob) / len(data) if data else 0
    print(f"{name:10} in={len(data):6} out={len(blob):6} ratio={ratio:.3f} ok={back == data} {st} head={blob[:8].hex()}")
blob, _ = compress(b"TOBEORNOTTOBEORTOBEORNOT#")
print("codes:", [c for c in iter(lambda r=BitReader(blob): r.read(9), None)][:20])
for bad in (blob[:5], b"\xff\xff\xff\xff"):
    try:
        decompress(bad)
    except ValueError as e:
        print("ValueError", e)
w = BitWriter()
for i in range(20): w.write(i, 5)
packed = w.flush(); r = BitReader(packed)
print(packed.hex(), [r.read(5) for _ in range(20)])
