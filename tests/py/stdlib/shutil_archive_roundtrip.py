# shutil.make_archive / unpack_archive round trips (zip, tar, gztar) and the format registries.
import os, shutil, tempfile, zipfile, tarfile

with tempfile.TemporaryDirectory() as top:
    base = os.path.join(top, "proj")
    for rel, text in [("README", "hello\n"), ("src/main.py", "print('hi')\n"), ("src/util/helpers.py", "X = 1\n" * 20)]:
        p = os.path.join(base, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)
    basic = ("zip", "tar", "gztar")  # bztar/xztar need _bz2/_lzma
    print(sorted(n for n, _ in shutil.get_archive_formats() if n in basic))
    print(sorted((n, tuple(e)) for n, e, _ in shutil.get_unpack_formats() if n in basic))
    for fmt in ["zip", "tar", "gztar"]:
        arch = shutil.make_archive(os.path.join(top, "out_" + fmt), fmt, root_dir=base)
        print(fmt, os.path.basename(arch))
        if fmt == "zip":
            with zipfile.ZipFile(arch) as z:
                print(sorted(z.namelist()))
        else:
            with tarfile.open(arch) as t:
                print(sorted(t.getnames()))
        dest = os.path.join(top, "unpacked_" + fmt)
        shutil.unpack_archive(arch, dest)
        got = []
        for dp, dn, fn in os.walk(dest):
            dn.sort()
            for f in sorted(fn):
                with open(os.path.join(dp, f)) as fh:
                    got.append((os.path.relpath(os.path.join(dp, f), dest), len(fh.read())))
        print(got)
    arch = shutil.make_archive(os.path.join(top, "sub"), "zip", root_dir=base, base_dir="src")
    with zipfile.ZipFile(arch) as z:
        print(sorted(z.namelist()))
    try:
        shutil.make_archive(os.path.join(top, "x"), "rar", root_dir=base)
    except ValueError as e:
        print("ValueError", e)
    try:
        shutil.unpack_archive(os.path.join(top, "x.unknown"))
    except shutil.ReadError as e:
        print("ReadError", "Unknown archive format" in str(e))

    def my_archiver(base_name, base_dir, **kw):
        path = base_name + ".lst"
        with open(path, "w") as f:
            for dp, dn, fn in os.walk(base_dir):
                dn.sort()
                for n in sorted(fn):
                    f.write(os.path.join(dp, n) + "\n")
        return path
    shutil.register_archive_format("lst", my_archiver, description="file list")
    out = shutil.make_archive(os.path.join(top, "listing"), "lst", root_dir=base)
    print(os.path.basename(out), open(out).read().split())
    shutil.unregister_archive_format("lst")
    print("lst" in dict(shutil.get_archive_formats()))
