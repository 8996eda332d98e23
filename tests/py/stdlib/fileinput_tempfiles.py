# fileinput over temp files: filename/lineno/filelineno/isfirstline, nextfile, inplace editing with backup, openhook encodings, FileInput API.
import fileinput, os, tempfile, io, sys

with tempfile.TemporaryDirectory() as d:
    paths = []
    for name, text in [("one.txt", "a1\na2\na3\n"), ("two.txt", "b1\nb2"), ("empty.txt", ""), ("three.txt", "c1\n")]:
        p = os.path.join(d, name)
        with open(p, "w") as f:
            f.write(text)
        paths.append(p)
    with fileinput.input(paths) as fi:
        for line in fi:
            print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), repr(line))
    with fileinput.input(paths) as fi:
        for line in fi:
            if fi.filelineno() == 2:
                fi.nextfile()
                continue
            print("skip-rest", os.path.basename(fi.filename()), repr(line))
    fi = fileinput.FileInput(paths[:2])
    print(fi.readline(), next(fi), fi.lineno(), fi.fileno() >= 0)
    fi.close()
    print(fi.filename() and os.path.basename(fi.filename()), fi.lineno())

    # in-place editing: stdout is redirected into the file, with a backup
    with fileinput.input(paths[0], inplace=True, backup=".bak") as fi:
        for line in fi:
            print(line.rstrip().upper() + "!")
    print(open(paths[0]).read().split(), open(paths[0] + ".bak").read().split())
    with fileinput.FileInput(paths[1], inplace=True) as fi:
        for line in fi:
            sys.stdout.write(line.replace("b", "B"))
    print(repr(open(paths[1]).read()), os.path.exists(paths[1] + ".bak"))

    lat = os.path.join(d, "latin.txt")
    with open(lat, "wb") as f:
        f.write("caf\xe9\nna\xefve\n".encode("latin-1"))
    with fileinput.input(lat, openhook=fileinput.hook_encoded("latin-1")) as fi:
        print([l for l in fi])
    with fileinput.input(lat, encoding="latin-1") as fi:
        print([l.strip() for l in fi])
    with fileinput.input(lat, mode="rb") as fi:
        print([l for l in fi])
    bad = os.path.join(d, "bad.txt")
    with open(bad, "wb") as f:
        f.write(b"ok\n\xff\xfe\n")
    with fileinput.input(bad, openhook=fileinput.hook_encoded("utf-8", errors="replace")) as fi:
        print([l for l in fi])
    try:
        with fileinput.input([os.path.join(d, "missing.txt")]) as fi:
            list(fi)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        fileinput.input(paths, mode="w")
    except ValueError as e:
        print("ValueError", e)
    print(fileinput.FileInput(paths)._files == tuple(paths))
    old_stdin = sys.stdin
    sys.stdin = io.StringIO("from stdin 1\nfrom stdin 2\n")
    try:
        with fileinput.input(["-"]) as fi:
            print([(fi.filename(), fi.isstdin(), l) for l in fi])
    finally:
        sys.stdin = old_stdin
