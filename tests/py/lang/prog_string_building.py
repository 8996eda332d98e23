# String building: join, accumulation, formatting a table, word wrap, run-length encoding
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
acc = ""
for i in range(1, 6):
    acc += f"{i}^2={i * i}; "
print(acc.rstrip("; "))

def rle(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)
def unrle(code):
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
enc = rle("aaabccddddde")
print(enc, unrle(enc), unrle(rle("x" * 12 + "yz")))

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        lines.append(line)
    return lines
for l in wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16):
    print(f"[{l:<16}]")

rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 10.0)]
header = f"{'item':<8}|{'qty':>5}|{'price':>8}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<8}|{qty:>5}|{price:>8.2f}")
print("=" * len(header))
print(f"{'total':<8}|{sum(r[1] for r in rows):>5}|{sum(r[1] * r[2] for r in rows):>8.2f}")
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
print(" ".join(w[::-1] for w in "reverse each word".split()))
print("".join(sorted("building", reverse=True)), "-".join("abc").upper().center(11, "*"))
