# shlex: split posix/non-posix, comments, quote/join round trips, shlex instances with punctuation_chars, wordchars, push_token, error cases.
import shlex, io

for s in ['a b  c', 'one "two three" four', "say \"quoted\" 'single \"inner\"'", r'esc\ aped back\\slash', 'x # comment',
          'a"b"c', "''", '""', 'tab\tsep\nnewline', r'"a \"b\" c"', "mixed'quote\"s'", 'cmd --opt=\'va lue\' -x']:
    print(repr(s).ljust(40), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"unterminated', "it's", 'trailing\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print("ValueError", bad, e)
for w in ["", "simple", "has space", "it's", "$HOME", "a;b", "-dash", "quo\"te", "ünïcode", "a\nb", "@%+=:,./-_"]:
    q = shlex.quote(w)
    print(repr(w), q, shlex.split(q) == [w])
print(shlex.join(["echo", "hello world", "it's", "$x"]), shlex.split(shlex.join(["a b", "", "c"])))

lex = shlex.shlex("a && b || c; (d|e) > out.txt 2>&1", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("foo=bar;baz", punctuation_chars=";=")
print(list(lex))
lex = shlex.shlex("~/a-b/c.txt ~x", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("key1=val1, key2 = 'val 2' # trailing", posix=True)
lex.wordchars += "="
print(list(lex))
lex = shlex.shlex("a b c")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
lex = shlex.shlex(io.StringIO("line1 word\nline2 'q w'\n"), infile="virtual.txt", posix=True)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks, lex.error_leader(), lex.infile)
lex = shlex.shlex("a,b;c", posix=False)
lex.whitespace = ",;"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('"keep quotes" plain', posix=False)
print(list(lex), shlex.shlex("x").commenters, shlex.shlex("x", posix=True).escape)
lex = shlex.shlex("source other.cfg", posix=True)
lex.source = "source"
lex.sourcehook = lambda name: (name, io.StringIO("from included file"))
print(list(lex))
try:
    shlex.shlex("x", punctuation_chars=True).whitespace_split = False
    print(list(shlex.shlex(None, punctuation_chars=True)) if False else "ok")
except Exception as e:
    print(type(e).__name__, e)
