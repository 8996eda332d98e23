# colorsys conversions (rgb<->yiq/hls/hsv round trips on a grid) and secrets (only lengths, types and ranges, never values).
import colorsys, secrets, string

def r(t):
    return tuple(round(x, 6) for x in t)

grid = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3),
        (1, 1, 0), (0, 1, 1), (0.25, 0.75, 0.5), (0.33, 0.33, 0.34)]
for rgb in grid:
    yiq, hls, hsv = colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb)
    print(rgb, r(yiq), r(hls), r(hsv))
    print("  back:", r(colorsys.yiq_to_rgb(*yiq)), r(colorsys.hls_to_rgb(*hls)), r(colorsys.hsv_to_rgb(*hsv)))
for h in [0, 1 / 6, 2 / 6, 0.5, 4 / 6, 5 / 6, 1.0, 1.25, -0.25]:
    print(round(h, 4), r(colorsys.hsv_to_rgb(h, 1, 1)), r(colorsys.hls_to_rgb(h, 0.5, 1)), r(colorsys.hsv_to_rgb(h, 0, 0.7)))
print(r(colorsys.yiq_to_rgb(1, 1, 1)), r(colorsys.yiq_to_rgb(0, -1, -1)), r(colorsys.hls_to_rgb(0.3, 0.9, 0.5)))

for n in [0, 1, 5, 16, 33]:
    tb, th, tu = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(n, type(tb).__name__, len(tb), len(th), all(c in "0123456789abcdef" for c in th),
          all(c in string.ascii_letters + string.digits + "-_" for c in tu), len(tu) >= n)
print(len(secrets.token_bytes()), len(secrets.token_hex()), secrets.DEFAULT_ENTROPY)
vals = [secrets.randbelow(10) for _ in range(200)]
print(all(0 <= v < 10 for v in vals), min(secrets.randbelow(1) for _ in range(5)))
bits = [secrets.randbits(k) for k in (1, 8, 64) for _ in range(20)]
print(all(0 <= b < 2 ** 64 for b in bits), all(secrets.randbits(8) < 256 for _ in range(50)), secrets.randbits(0))
seq = ["a", "b", "c"]
print(all(secrets.choice(seq) in seq for _ in range(30)), secrets.choice("x"))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("", ""))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.choice([]),
            lambda: secrets.compare_digest("a", b"a"), lambda: secrets.token_bytes(-1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
sr = secrets.SystemRandom()
print(type(sr).__name__, 0 <= sr.random() < 1, sorted(sr.sample(range(5), 5)), len(sr.choices("ab", k=4)))
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for _ in range(12))
print(len(pw), all(c in alphabet for c in pw))
