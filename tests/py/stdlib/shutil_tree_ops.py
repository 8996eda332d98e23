# shutil in a temporary directory: copyfile/copy/copy2, copytree with ignore patterns, move, rmtree, errors.
import os, shutil, stat, tempfile

def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for f in sorted(filenames):
            with open(os.path.join(dirpath, f)) as fh:
                out.append((os.path.normpath(os.path.join(rel, f)), fh.read()))
        if not filenames and not dirnames:
            out.append((rel + "/", None))
    return out

with tempfile.TemporaryDirectory() as top:
    src = os.path.join(top, "src")
    for rel, text in [("a.txt", "alpha"), ("b.py", "print(1)"), ("tmp.log", "junk"), ("pkg/__init__.py", ""),
                      ("pkg/mod.py", "x = 1"), ("pkg/__pycache__/mod.pyc", "bin"), ("pkg/data/d.txt", "data"),
                      ("empty/.keep", "")]:
        p = os.path.join(src, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)
    print(tree(src))

    # copyfile / copy / copy2
    dst = shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(top, "a_copy.txt"))
    print(os.path.basename(dst), open(dst).read())
    os.chmod(os.path.join(src, "b.py"), 0o640)
    d2 = shutil.copy(os.path.join(src, "b.py"), top)
    print(os.path.basename(d2), oct(stat.S_IMODE(os.stat(d2).st_mode)))
    os.utime(os.path.join(src, "a.txt"), (1000000000, 1000000000))
    d3 = shutil.copy2(os.path.join(src, "a.txt"), os.path.join(top, "a2.txt"))
    print(int(os.stat(d3).st_mtime), shutil.copymode is not None)
    try:
        shutil.copyfile(dst, dst)
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(top, "missing"), os.path.join(top, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)

    # copytree with ignore
    ign = shutil.ignore_patterns("*.log", "__pycache__")
    print(sorted(ign(src, os.listdir(src))), sorted(ign("pkg", ["__pycache__", "mod.py"])))
    out = shutil.copytree(src, os.path.join(top, "dst"), ignore=ign)
    print(os.path.basename(out), tree(out))
    try:
        shutil.copytree(src, os.path.join(top, "dst"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(src, os.path.join(top, "dst"), dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.py"))
    print([r for r, _ in tree(os.path.join(top, "dst"))])
    seen = []
    def mycopy(s, d):
        seen.append(os.path.basename(s))
        return shutil.copy2(s, d)
    shutil.copytree(os.path.join(src, "pkg"), os.path.join(top, "pkg2"), copy_function=mycopy)
    print(sorted(seen))

    # move: rename file, move into dir, move dir
    m1 = shutil.move(os.path.join(top, "a_copy.txt"), os.path.join(top, "renamed.txt"))
    os.mkdir(os.path.join(top, "box"))
    m2 = shutil.move(os.path.join(top, "renamed.txt"), os.path.join(top, "box"))
    m3 = shutil.move(os.path.join(top, "pkg2"), os.path.join(top, "box", "pkg3"))
    print([os.path.relpath(m, top) for m in (m1, m2, m3)], tree(os.path.join(top, "box")))
    try:
        shutil.move(os.path.join(top, "box", "renamed.txt"), os.path.join(top, "box"))
    except shutil.Error as e:
        print("shutil.Error", "already exists" in str(e))

    # rmtree and its error hook
    shutil.rmtree(os.path.join(top, "dst"))
    print(os.path.exists(os.path.join(top, "dst")), sorted(os.listdir(top)))
    errs = []
    shutil.rmtree(os.path.join(top, "nope"), onerror=lambda fn, p, ei: errs.append((callable(fn), os.path.basename(p), ei[0].__name__)))
    print(errs[0], len(errs) >= 1)
    shutil.rmtree(os.path.join(top, "nope"), ignore_errors=True)
    try:
        shutil.rmtree(os.path.join(top, "nope"))
    except FileNotFoundError:
        print("rmtree missing -> FileNotFoundError")
    print(shutil.which("definitely-not-a-command-xyz"), callable(shutil.get_terminal_size))
    print(sorted(n for n, _ in shutil.get_archive_formats() if n in ("zip", "tar", "gztar")), shutil.rmtree.avoids_symlink_attacks in (True, False))
