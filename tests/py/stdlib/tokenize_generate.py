# tokenize.generate_tokens over io.StringIO: token types/exact types/positions, f-strings, continuation lines, errors, untokenize.
import tokenize, token, io

src = '''def f(a, *b, c=1.5e3, **d) -> "ret":
    """doc"""
    x = a ** 2 // 3 @ m  # comment
    if x >= 10 and not (b or d):
        return [i for i in range(0x1F) if i != 0o7]
    s = f"{x!r:>{width}}" + rb'raw' + 'it\\'s'
    y = (1 +
         2) \\
        + 3
    async def g(): await h()
    lambda: ...
    return x, y, -1j, 0b101, 1_000
'''
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type].ljust(10), token.tok_name[tok.exact_type].ljust(12), repr(tok.string).ljust(24), tok.start, tok.end)

toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
pairs = [(t.type, t.string) for t in toks]
print(repr(tokenize.untokenize(pairs)[:60]))

for bad in ["x = (1,\n", "s = 'unterminated\n", "  x = 1\n y = 2\n", 'x = """never closed\n']:
    try:
        out = [(token.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO(bad).readline)]
        print("ok", out)
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args[0])

print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET + 1), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES["**="] == token.DOUBLESTAREQUAL, token.tok_name[token.OP], token.N_TOKENS > 60)
print(sorted(k for k, v in token.EXACT_TOKEN_TYPES.items() if len(k) == 3))
b = io.BytesIO("# -*- coding: latin-1 -*-\nx = 'é'\n".encode("latin-1"))
print(tokenize.detect_encoding(b.readline))
b.seek(0)
print([(token.tok_name[t.type], t.string) for t in tokenize.tokenize(b.readline)][:6])
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfprint(1)\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"x = 1\n").readline))
