# Mutating dicts and sets while iterating: which mutations raise, and what the iteration saw.
def run(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__ + ":", e)

def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
run("grow", grow)

def replace_same_size():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 10] = 1
    return seen, d
run("replace", replace_same_size)

def replace_many():
    out = []
    for n in range(1, 12):
        d = dict.fromkeys(range(n))
        seen = []
        try:
            for k in d:
                seen.append(k)
                del d[k]
                d[k + 100] = 0
            out.append((n, "ok", seen))
        except RuntimeError as e:
            out.append((n, str(e), seen))
    return out
for x in replace_many(): print(x)

def values_mut():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[3] = 3
run("values", values_mut)

def items_replace():
    d = {1: 1, 2: 2}
    r = []
    for k, v in d.items():
        r.append(k)
        d.pop(k)
        d[k * 10] = v
    return r
run("items", items_replace)

def sticky():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    del d[2]
    try:
        out.append(next(it))
    except Exception as e:
        out.append(type(e).__name__)
    return out
run("sticky", sticky)

def rev():
    d = {1: 1, 2: 2, 3: 3}
    r = []
    for k in reversed(d):
        r.append(k)
        d[k] = 0
    it = reversed(d)
    next(it)
    d[5] = 5
    try:
        next(it)
    except RuntimeError as e:
        r.append(str(e))
    return r, d
run("rev", rev)

def popitem_iter():
    d = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}
    r = []
    for k in d:
        r.append(k)
        d.popitem()
        d[k + 50] = 0
    return r
run("popitem_iter", popitem_iter)

def popitem_reuse():
    d = dict.fromkeys(range(5))
    d.popitem()
    d[10] = 1
    r = []
    for k in d:
        r.append(k)
        del d[k]
        d[k + 20] = 0
    return r
run("popitem_reuse", popitem_reuse)

def clear_iter():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d.clear()
    d[7] = d[8] = 0
    return list(it)
run("clear_iter", clear_iter)

def lh():
    d = dict.fromkeys(range(5))
    it = iter(d)
    next(it)
    a = it.__length_hint__()
    d[9] = 0
    return a, it.__length_hint__()
run("lh", lh)

def copy_iter():
    out = []
    for n in range(2, 10):
        d = dict.fromkeys(range(n))
        del d[0]
        for maker in (dict.copy, dict, lambda x: {**x}):
            c = maker(d)
            seen = []
            try:
                for k in c:
                    seen.append(k)
                    del c[k]
                    c[k + 100] = 0
                out.append((n, "ok", len(seen)))
            except RuntimeError as e:
                out.append((n, str(e)[:20], len(seen)))
    return out
for x in copy_iter(): print(x)

def setdefault_iter():
    d = {1: 1}
    for k in d:
        d.setdefault(k, 5)
        d.setdefault(2, 5)
run("setdefault_iter", setdefault_iter)

def set_mut():
    s = {1, 2}
    for x in s:
        s.add(3)
run("set_mut", set_mut)

def set_mut2():
    s = {1, 2}
    r = []
    for x in s:
        r.append(x)
        s.discard(x)
        s.add(x + 8)
    return r, s
run("set_mut2", set_mut2)

def set_sticky():
    s = {1, 2}
    it = iter(s)
    s.add(5)
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    s.discard(5)
    try:
        out.append(next(it))
    except Exception as e:
        out.append(type(e).__name__)
    return out, it.__length_hint__()
run("set_sticky", set_sticky)
