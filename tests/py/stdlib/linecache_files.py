# linecache: getline/getlines on real files, cache invalidation with checkcache, lazycache via module globals.
import linecache, os, tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "sample.py")
    with open(p, "w") as f:
        f.write("first = 1\nsecond = 2\n\n# comment\nlast = 'no newline'")
    for n in [0, 1, 2, 3, 4, 5, 6, -1]:
        print(n, repr(linecache.getline(p, n)))
    lines = linecache.getlines(p)
    print(len(lines), lines[-1])
    print(p in linecache.cache, len(linecache.cache[p]), linecache.cache[p][0] == os.path.getsize(p))

    # change the file: the cache is stale until checkcache()
    with open(p, "w") as f:
        f.write("changed = True\nmore = 1\nand_more = 2\n")
    os.utime(p, (2000000000, 2000000000))
    print(repr(linecache.getline(p, 1)))
    linecache.checkcache(p)
    print(repr(linecache.getline(p, 1)), len(linecache.getlines(p)))
    linecache.updatecache(p)
    print(linecache.getlines(p))

    os.remove(p)
    linecache.checkcache()
    print(p in linecache.cache, repr(linecache.getline(p, 1)), linecache.getlines(p))
    print(repr(linecache.getline(os.path.join(d, "nope.py"), 1)))

    # latin-1 file with a coding cookie
    q = os.path.join(d, "latin.py")
    with open(q, "wb") as f:
        f.write("# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode("latin-1"))
    print(repr(linecache.getline(q, 2)))

    # lazycache: a loader from the module globals provides the source
    class Loader:
        def get_source(self, name):
            return "line A\nline B\n" if name == "virtual_mod" else None
    g = {"__name__": "virtual_mod", "__loader__": Loader()}
    print(linecache.lazycache("virtual_file.py", g), linecache.lazycache("virtual_file.py", g))
    print(len(linecache.cache["virtual_file.py"]), callable(linecache.cache["virtual_file.py"][0]))
    print(repr(linecache.getline("virtual_file.py", 2)), len(linecache.cache["virtual_file.py"]))
    print(linecache.lazycache("", g), linecache.lazycache("<x>", None), linecache.lazycache("<y>", {"__name__": "m"}))
    linecache.cache["<manual>"] = (None, None, ["a\n", "b\n"], "<manual>")
    print(linecache.getlines("<manual>"), linecache.getline("<manual>", 2))
    linecache.clearcache()
    print(linecache.cache == {}, linecache.getline("<manual>", 1) == "")
