# Text layout: full justification (greedy and minimum-raggedness DP), centered headings,
# hyphen-aware word splitting, column layout of a word list, and a boxed table renderer.
import textwrap
TEXT = ("Taipan runs the bytecode that CPython writes, so programs are compiled ahead of time by your own "
        "CPython and the virtual machine stays small. A baseline interpreter runs everything and profiles it, "
        "and hot functions are compiled to machine code.")
def justify_greedy(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(' '.join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        out.append(''.join(w + ' ' * (q + (1 if i < r else 0)) for i, w in enumerate(line[:-1])) + line[-1])
    out.append(' '.join(cur).ljust(width))
    return out
def justify_dp(words, width):
    n = len(words)
    INF = float('inf')
    cost = [0] * (n + 1)
    brk = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        cost[i] = INF
        length = -1
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            c = 0 if j == n - 1 else (width - length) ** 2 + cost[j + 1]
            if c < cost[i]:
                cost[i], brk[i] = c, j + 1
    lines, i = [], 0
    while i < n:
        lines.append(' '.join(words[i:brk[i]]))
        i = brk[i]
    return lines, cost[0]
words = TEXT.split()
for w in (30, 45):
    print(f'--- greedy {w} ---')
    for line in justify_greedy(words, w):
        print('|' + line + '|')
    lines, c = justify_dp(words, w)
    print(f'--- dp {w} (cost {c}) ---')
    print('\n'.join('|' + l.ljust(w) + '|' for l in lines))
print(textwrap.fill(TEXT, 40) == '\n'.join(textwrap.wrap(TEXT, 40)), len(textwrap.wrap(TEXT, 40)))
print('[' + 'Results'.center(30, '=') + ']', '[' + ' x '.center(9, '-') + ']')
items = sorted(set(w.strip('.,').lower() for w in words))
cols = 4
rows = -(-len(items) // cols)
colw = max(map(len, items)) + 2
for r in range(rows):
    print(''.join(items[c * rows + r].ljust(colw) for c in range(cols) if c * rows + r < len(items)))
def table(rows, headers):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    sep = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    fmt = lambda r: '| ' + ' | '.join(str(x).rjust(w) if isinstance(x, (int, float)) else str(x).ljust(w) for x, w in zip(r, widths)) + ' |'
    return '\n'.join([sep, fmt(headers), sep] + [fmt(r) for r in rows] + [sep])
print(table([(w, len(w), round(len(w) / 3, 2)) for w in items[:6]], ('word', 'len', 'ratio')))
