#!/usr/bin/env python3.11
"""Set iteration order oracle for Taipan (run with python3.11).

  gen_set_order_vectors.py vectors         prints kSetOrderCases for tests/unit/dict_test.cpp:
                                            random add/discard/pop sequences on int sets, the
                                            resulting repr, the popped values and the frozenset hash
  gen_set_order_vectors.py programs N DIR  writes N random differential programs (set algebra,
                                            builders, dict views over ints, floats and tuples) to
                                            DIR; run them with tests/run_corpus.py --corpus DIR

Strings are left out on purpose: their hashes depend on PYTHONHASHSEED. None too: its hash
is its address in CPython 3.11.
"""
import random
import sys


def vectors():
    r = random.Random(5)
    for _ in range(40):
        ops = []
        spread = r.choice([10, 40, 100, 1000, 2**30, 2**46])
        neg = r.random() < 0.3
        for _ in range(r.randint(1, 60)):
            c = r.random()
            v = r.randint(-spread if neg else 0, spread)
            if c < 0.65:
                ops.append(("a", v))
            elif c < 0.85:
                ops.append(("d", r.choice([o[1] for o in ops]) if ops else v))
            else:
                ops.append(("p", 0))
        s, popped = set(), []
        for op, v in ops:
            if op == "a":
                s.add(v)
            elif op == "d":
                s.discard(v)
            elif s:
                popped.append(s.pop())
        enc = " ".join("%s%d" % (op, v) if op != "p" else "p" for op, v in ops)
        print('    {"%s", "%s", "%s", %dLL},' % (enc, repr(s), " ".join(map(str, popped)), hash(frozenset(s))))


def rint(r):
    c = r.random()
    if c < 0.4: return r.randint(0, 40)
    if c < 0.55: return r.randint(-20, 20)
    if c < 0.7: return r.choice([8, 16, 32, 64, 128, 256, 512, 1024]) * r.randint(0, 9) + r.randint(0, 3)
    if c < 0.8: return r.randint(-10**6, 10**6)
    if c < 0.86: return r.randint(-2**70, 2**70)
    if c < 0.9: return r.choice([-1, -2, 2**61 - 1, 2**61, -(2**61), 2**47, 2**47 - 1, -(2**47), 2**63])
    if c < 0.95: return r.randint(0, 200) / 4
    return (r.randint(0, 5), r.randint(0, 5))


def elems(r):
    return [rint(r) for _ in range(r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 20, 40, 70]))]


def src(r):
    k, es = r.random(), elems(r)
    if k < 0.25: return "{%s}" % ", ".join(map(repr, es)) if es else "set()"
    if k < 0.4: return "set(%r)" % (es,)
    if k < 0.5: return "set(range(%d, %d, %d))" % (r.randint(-30, 30), r.randint(-30, 200), r.choice([1, 2, 3, 7, -1, -3]))
    if k < 0.6: return "{(x %s) if type(x) is int else x for x in %r}" % (r.choice(["", "* 8", "* 32 + 1", "% 13", "- 50"]), es)
    if k < 0.7: return "set(dict.fromkeys(%r))" % (es,)
    if k < 0.8: return "frozenset(%r)" % (es,)
    if k < 0.9: return "set({%s})" % ", ".join("%r: 0" % (e,) for e in es)
    return "mk(%r)" % (es,)


def other(r):
    k = r.random()
    if k < 0.5: return src(r)
    if k < 0.7: return repr(elems(r))
    if k < 0.8: return "dict.fromkeys(%r)" % (elems(r),)
    if k < 0.9: return "iter(%r)" % (elems(r),)
    return "s%d" % r.randint(0, 2)


def program(seed):
    r = random.Random(seed)
    out = ["def mk(xs):", "    s = set()", "    for x in xs: s.add(x)", "    return s", ""]
    for i in range(3):
        out.append("s%d = %s" % (i, src(r)))
        out.append("print(s%d)" % i)
    for _ in range(r.randint(10, 30)):
        a = "s%d" % r.randint(0, 2)
        m = "%s = set(%s); " % (a, a)
        k = r.randint(0, 24)
        step = [
            lambda: m + "%s.add(%r); print(%s)" % (a, rint(r), a),
            lambda: m + "%s.discard(%r); print(%s)" % (a, rint(r), a),
            lambda: m + "\nfor _ in range(%d):\n    if %s: print(%s.pop(), end=' ')\nprint(%s)" % (r.randint(1, 5), a, a, a),
            lambda: "print(%s.union(%s), %s | %s)" % (a, other(r), a, src(r)),
            lambda: "print(%s.intersection(%s), %s & %s)" % (a, other(r), a, src(r)),
            lambda: "print(%s.difference(%s), %s - %s)" % (a, other(r), a, src(r)),
            lambda: "print(%s.symmetric_difference(%s), %s ^ %s)" % (a, other(r), a, src(r)),
            lambda: m + "%s.update(%s); print(%s)" % (a, other(r), a),
            lambda: m + "%s.intersection_update(%s); print(%s)" % (a, other(r), a),
            lambda: m + "%s.difference_update(%s); print(%s)" % (a, other(r), a),
            lambda: m + "%s.symmetric_difference_update(%s); print(%s)" % (a, other(r), a),
            lambda: m + "%s |= %s; print(%s)" % (a, src(r), a),
            lambda: m + "%s &= %s; print(%s)" % (a, src(r), a),
            lambda: m + "%s -= %s; print(%s)" % (a, src(r), a),
            lambda: m + "%s ^= %s; print(%s)" % (a, src(r), a),
            lambda: "print(%s.copy(), frozenset(%s), hash(frozenset(%s)))" % (a, a, a),
            lambda: "print(%s <= %s, %s < %s, %s == %s, %s.issubset(%s), %s.issuperset(%s), %s.isdisjoint(%s))"
                    % (a, src(r), a, src(r), a, src(r), a, other(r), a, other(r), a, other(r)),
            lambda: "print(%s.union(%s, %s), %s.intersection(%s, %s), %s.difference(%s, %s))"
                    % (a, other(r), other(r), a, other(r), other(r), a, other(r), other(r)),
            lambda: m + "\nfor x in %r: %s.discard(x)\nprint(%s)" % (elems(r), a, a),
            lambda: m + "\nfor x in %r: %s.add(x)\nprint(%s)" % (elems(r), a, a),
            lambda: "print(dict.fromkeys(%s), {x: 1 for x in %s})" % (a, a),
            lambda: "d = dict.fromkeys(%r); print(d.keys() & %s, d.keys() | %s, d.keys() - %s, d.keys() ^ %s, %s - d.keys())"
                    % (elems(r), other(r), other(r), other(r), other(r), a),
            lambda: m + "%s.clear(); %s.update(%s); print(%s)" % (a, a, other(r), a),
            lambda: m + "\nwhile len(%s) > %d: %s.pop()\n%s.add(%r); print(%s)" % (a, r.randint(0, 5), a, a, rint(r), a),
            lambda: "print({frozenset(%s): 1, frozenset(%s): 2}, {*%s, *%s})" % (a, src(r), a, src(r)),
        ][k]
        out.append(step())
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if sys.argv[1:2] == ["vectors"]:
        vectors()
    elif sys.argv[1:2] == ["programs"]:
        for seed in range(int(sys.argv[2])):
            with open("%s/set_fuzz_%d.py" % (sys.argv[3], seed), "w") as f:
                f.write(program(seed))
    else:
        print(__doc__)
