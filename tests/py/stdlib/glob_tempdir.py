# glob in a temporary directory: *, ?, [], recursive **, hidden files, root_dir, iglob, escape, has_magic.
import glob, os, tempfile

with tempfile.TemporaryDirectory() as top:
    layout = ["a.txt", "b.txt", "c.py", ".hidden.txt", "data1.csv", "data2.csv", "data10.csv",
              "sub/x.txt", "sub/y.py", "sub/deep/z.txt", "sub/deep/.dot.py", "other/[weird].txt",
              "other/star*.txt", "other/q?.md", "empty_dir/"]
    for rel in layout:
        p = os.path.join(top, rel)
        if rel.endswith("/"):
            os.makedirs(p, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(rel)

    def show(pattern, **kw):
        res = glob.glob(pattern, root_dir=top, **kw)
        print(pattern.ljust(22), kw or "", sorted(res))

    for pat in ["*", "*.txt", "?.txt", "[ab].txt", "[!ab].*", "data?.csv", "data*.csv", "data[0-9][0-9].csv",
                "sub/*", "*/*.txt", "*/*/*", "**", "**/*.txt", "**/*.py", "sub/**", "sub/**/", "*/",
                "other/*", "nothing*", "sub"]:
        show(pat)
    for pat in ["**/*.txt", "**", "**/*.py", "sub/**/*"]:
        show(pat, recursive=True)
    show("*.txt", include_hidden=True)
    show("**/*.py", recursive=True, include_hidden=True)

    print(glob.escape("other/[weird].txt"), glob.escape("star*.txt"), glob.escape("q?.md"), glob.escape("//?/c:/a*"))
    show(glob.escape("other/[weird].txt"))
    show("other/" + glob.escape("star*") + ".txt")
    show("other/[[]weird].txt")
    print([glob.has_magic(s) for s in ["abc", "a*c", "a?c", "a[b]c", b"a*", b"abc"]])

    old = os.getcwd()
    os.chdir(top)
    try:
        print(sorted(glob.glob("*.csv")), sorted(glob.iglob("sub/*.py")))
        print(sorted(glob.glob(b"*.py")), sorted(glob.glob("./sub/deep/*")))
        it = glob.iglob("**/*.txt", recursive=True)
        print(type(it).__name__ in ("generator", "itertools.chain", "chain"), sorted(it))
    finally:
        os.chdir(old)
    abs_res = glob.glob(os.path.join(top, "sub", "*.txt"))
    print([os.path.relpath(p, top) for p in abs_res])
