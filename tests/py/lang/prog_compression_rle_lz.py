# Compression algorithms by hand: run-length encoding, LZ77 with a sliding window, and a
# Burrows-Wheeler transform with move-to-front; each round-trips several inputs and reports sizes.
def rle_encode(data):
    out, i = bytearray(), 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def rle_decode(enc):
    return b''.join(bytes([enc[i + 1]]) * enc[i] for i in range(0, len(enc), 2))
def lz77_encode(data, window=64, maxlen=15):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while k < maxlen and i + k < len(data) and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        nxt = data[i + best_len] if i + best_len < len(data) else None
        out.append((best_off, best_len, nxt))
        i += best_len + 1
    return out
def lz77_decode(tokens):
    out = bytearray()
    for off, ln, nxt in tokens:
        for _ in range(ln):
            out.append(out[-off])
        if nxt is not None:
            out.append(nxt)
    return bytes(out)
def bwt(s):
    s = s + '\0'
    rot = sorted(s[i:] + s[:i] for i in range(len(s)))
    return ''.join(r[-1] for r in rot)
def ibwt(t):
    table = [''] * len(t)
    for _ in range(len(t)):
        table = sorted(t[i] + table[i] for i in range(len(t)))
    return next(r for r in table if r.endswith('\0'))[:-1]
def mtf(s):
    alphabet = sorted(set(s))
    out = []
    for ch in s:
        i = alphabet.index(ch)
        out.append(i)
        alphabet.insert(0, alphabet.pop(i))
    return out
inputs = [b'aaaaabbbbbbbbbbcccd', b'abcabcabcabcabcabcXabcabc', b'the rain in spain stays mainly in the plain', bytes(range(20)), b'z' * 600, b'']
for data in inputs:
    r = rle_encode(data)
    lz = lz77_encode(data)
    print(len(data), len(r), rle_decode(r) == data, len(lz), lz77_decode(lz) == data, lz[:3])
for text in ['banana', 'abracadabra', 'mississippi', 'the rain in spain']:
    t = bwt(text)
    print(repr(t), ibwt(t) == text, mtf(t))
