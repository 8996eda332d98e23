# gettext: NullTranslations, GNUTranslations from a .mo built in memory (plurals, contexts, fallback), module-level API.
import gettext, io, struct

def make_mo(messages, big_endian=False):
    """Build a GNU .mo file: messages is a dict of msgid (bytes) -> msgstr (bytes)."""
    keys = sorted(messages)
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(messages[k] + b"\0" for k in keys)
    n = len(keys)
    key_start = 7 * 4 + 16 * n
    value_start = key_start + len(ids)
    koffsets, voffsets = [], []
    off = 0
    for k in keys:
        koffsets += [len(k), key_start + off]
        off += len(k) + 1
    off = 0
    for k in keys:
        voffsets += [len(messages[k]), value_start + off]
        off += len(messages[k]) + 1
    e = ">" if big_endian else "<"
    magic = 0x950412de
    head = struct.pack(e + "Iiiiiii", magic, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    return head + struct.pack(e + "%di" % (2 * n), *koffsets) + struct.pack(e + "%di" % (2 * n), *voffsets) + ids + strs

header = (b"Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n")
msgs = {
    b"": header,
    b"Hello": "Cze\u015b\u0107".encode(),
    b"file\0files": "plik\0pliki\0plik\u00f3w".encode(),
    b"menu\x04Open": b"Otworz (menu)",
    b"Open": b"Otworz",
    b"ctx\x04apple\0apples": b"jablko\0jablka\0jablek",
}

null = gettext.NullTranslations()
print(null.gettext("Hello"), null.ngettext("file", "files", 1), null.ngettext("file", "files", 2))
print(null.pgettext("menu", "Open"), null.npgettext("ctx", "apple", "apples", 5), null.info(), null.charset())

for be in (False, True):
    t = gettext.GNUTranslations(io.BytesIO(make_mo(msgs, be)))
    print("big-endian" if be else "little-endian", t.gettext("Hello"), t.gettext("Missing"), t.charset())
    print([t.ngettext("file", "files", n) for n in (0, 1, 2, 4, 5, 12, 22, 25, 101)])
    print(t.pgettext("menu", "Open"), t.gettext("Open"), t.pgettext("other", "Open"))
    print([t.npgettext("ctx", "apple", "apples", n) for n in (1, 3, 7)], t.npgettext("zz", "a", "b", 1))
    print(sorted(t.info().items()))
    print(t.plural(1), t.plural(3), t.plural(11), t.plural(23))

class Fallback(gettext.NullTranslations):
    def gettext(self, message):
        return "FB:" + message
t = gettext.GNUTranslations(io.BytesIO(make_mo(msgs)))
t.add_fallback(Fallback())
print(t.gettext("Hello"), t.gettext("Unknown"), t.ngettext("x", "xs", 2))

for expr in ["n != 1", "n > 1", "0", "n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2"]:
    f = gettext.c2py(expr)
    print(expr.ljust(50), [f(n) for n in (0, 1, 2, 3, 5, 11, 21, 111)])
for bad in ["n +", "import os", "n ** 2", "(n"]:
    try:
        gettext.c2py(bad)
    except (ValueError, SyntaxError) as e:
        print("bad", repr(bad), type(e).__name__)

try:
    gettext.GNUTranslations(io.BytesIO(b"\x00" * 28))
except OSError as e:
    print("OSError", e.args[1] if len(e.args) > 1 else e)

tr = gettext.translation("no-such-domain", localedir="/nonexistent", fallback=True)
print(type(tr).__name__, tr.gettext("abc"))
try:
    gettext.translation("no-such-domain", localedir="/nonexistent", languages=["xx"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(gettext.find("no-such-domain", "/nonexistent", ["de"]), gettext.find("x", "/nonexistent", ["de"], all=True))
print(gettext.gettext("plain"), gettext.ngettext("one", "many", 3), gettext.dgettext("d", "m"), gettext.pgettext("c", "m"))
_ = null.gettext
print(_("translated via _"))
null.install()
print(_("installed builtins _"))
import builtins
print(builtins._ is not None)
del builtins._
