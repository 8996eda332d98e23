# Unpacking error messages
def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

def u3(seq):
    a, b, c = seq
    return a, b, c
def u2(seq):
    a, b = seq
    return a, b
def ustar(seq):
    a, b, *c = seq
    return a, b, c
def ustar_end(seq):
    a, *b, c, d = seq
    return a, b, c, d

attempt("3 from 2", lambda: u3([1, 2]))
attempt("3 from 4", lambda: u3([1, 2, 3, 4]))
attempt("2 from 1", lambda: u2((1,)))
attempt("2 from 0", lambda: u2([]))
attempt("2 from str", lambda: u2("abc"))
attempt("2 from gen", lambda: u2(x for x in range(5)))
attempt("3 from iter short", lambda: u3(iter([1])))
attempt("int", lambda: u2(5))
attempt("None", lambda: u2(None))
attempt("star short", lambda: ustar([1]))
attempt("star end short", lambda: ustar_end([1, 2]))
attempt("star ok", lambda: ustar_end([1, 2, 3]))
attempt("dict", lambda: u3({"a": 1, "b": 2}))
attempt("set of one", lambda: u2({5}))
attempt("ok", lambda: u2("ab"))
def loop_unpack():
    out = []
    for a, b in [(1, 2), (3, 4, 5)]:
        out.append(a + b)
    return out
attempt("loop", loop_unpack)
def nested():
    (a, b), c = (1, 2, 3), 4
attempt("nested", nested)
def too_many_big():
    a, b = range(100)
attempt("range", too_many_big)
class Weird:
    def __iter__(self):
        return iter([1, 2, 3])
attempt("custom iter", lambda: u2(Weird()))
attempt("custom iter ok", lambda: u3(Weird()))
