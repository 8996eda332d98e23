# filecmp: cmp shallow/deep, cmpfiles, dircmp attributes (common/left_only/diff_files/subdirs), report output, clear_cache.
import filecmp, os, tempfile, io, contextlib

def write(p, text, mtime=None):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f:
        f.write(text)
    if mtime is not None:
        os.utime(p, (mtime, mtime))

with tempfile.TemporaryDirectory() as top:
    a, b = os.path.join(top, "a"), os.path.join(top, "b")
    for base in (a, b):
        write(os.path.join(base, "same.txt"), "identical\n", 1000000000)
        write(os.path.join(base, "sub", "deep.txt"), "deep same\n", 1000000000)
    write(os.path.join(a, "changed.txt"), "version A\n", 1000000000)
    write(os.path.join(b, "changed.txt"), "version B\n", 1000000000)
    write(os.path.join(a, "sametime_samesize.txt"), "aaaa\n", 1000000000)
    write(os.path.join(b, "sametime_samesize.txt"), "bbbb\n", 1000000000)
    write(os.path.join(a, "only_a.txt"), "a\n")
    write(os.path.join(b, "only_b.txt"), "b\n")
    write(os.path.join(a, "sub", "diff.txt"), "1\n", 1000000000)
    write(os.path.join(b, "sub", "diff.txt"), "22\n", 1000000000)
    os.mkdir(os.path.join(a, "only_dir_a"))
    write(os.path.join(a, "kind"), "file\n")
    os.mkdir(os.path.join(b, "kind"))
    write(os.path.join(a, ".hidden"), "h\n")
    write(os.path.join(b, ".hidden"), "h\n")

    j = lambda *p: os.path.join(*p)
    print(filecmp.cmp(j(a, "same.txt"), j(b, "same.txt")), filecmp.cmp(j(a, "changed.txt"), j(b, "changed.txt")))
    print("shallow fooled:", filecmp.cmp(j(a, "sametime_samesize.txt"), j(b, "sametime_samesize.txt")),
          "deep:", filecmp.cmp(j(a, "sametime_samesize.txt"), j(b, "sametime_samesize.txt"), shallow=False))
    filecmp.clear_cache()
    print(filecmp.cmpfiles(a, b, ["same.txt", "changed.txt", "missing.txt", "sub/deep.txt", "sametime_samesize.txt"], shallow=False))
    print(filecmp.cmpfiles(a, b, ["same.txt", "sametime_samesize.txt"]))

    d = filecmp.dircmp(a, b, ignore=["only_b.txt"], hide=[os.curdir, os.pardir, ".hidden"])
    for attr in ("left_list", "right_list", "common", "left_only", "right_only", "common_dirs", "common_files",
                 "common_funny", "same_files", "diff_files", "funny_files"):
        print(attr.ljust(13), sorted(getattr(d, attr)))
    print(sorted(d.subdirs), sorted(d.subdirs["sub"].same_files), sorted(d.subdirs["sub"].diff_files))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        d.report_full_closure()
    print(out.getvalue().replace(top, "TOP"))
    d2 = filecmp.dircmp(a, b)
    print(sorted(d2.left_only), sorted(d2.right_only), sorted(d2.common))
    print(sorted(filecmp.DEFAULT_IGNORES)[:5])
    try:
        d.nonexistent_attr
    except AttributeError as e:
        print("AttributeError", e)
