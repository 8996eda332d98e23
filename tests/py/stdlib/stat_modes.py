# stat: filemode strings, S_IS* predicates, S_IMODE/S_IFMT, permission bits on real temp files/dirs, constants.
import os, stat, tempfile

modes = [0o100644, 0o100755, 0o040755, 0o120777, 0o020666, 0o060660, 0o010600, 0o140777, 0o104755, 0o102755,
         0o041777, 0o101000, 0o100000, 0o107777]
for m in modes:
    preds = [n for n in ("S_ISDIR", "S_ISREG", "S_ISLNK", "S_ISCHR", "S_ISBLK", "S_ISFIFO", "S_ISSOCK") if getattr(stat, n)(m)]
    print(oct(m).ljust(10), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), preds)
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IFIFO, stat.S_IFSOCK, stat.S_IFCHR, stat.S_IFBLK)
print(stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.S_IRWXU, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR,
      stat.S_IRWXG, stat.S_IRWXO, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID, stat.ST_SIZE, stat.ST_ATIME,
      stat.ST_MTIME, stat.ST_CTIME)
print(stat.UF_NODUMP, stat.UF_IMMUTABLE, stat.SF_ARCHIVED, stat.FILE_ATTRIBUTE_DIRECTORY if hasattr(stat, "FILE_ATTRIBUTE_DIRECTORY") else None)
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
old = os.umask(0o022)
try:
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, "file.txt")
        with open(f, "w") as fh:
            fh.write("12345")
        for perm in (0o600, 0o644, 0o755, 0o400, 0o4755, 0o1777 & 0o777):
            os.chmod(f, perm)
            st = os.stat(f)
            print(oct(perm), stat.filemode(st.st_mode), stat.S_ISREG(st.st_mode), oct(stat.S_IMODE(st.st_mode)),
                  st.st_size, st[stat.ST_SIZE], bool(st.st_mode & stat.S_IXUSR))
        os.chmod(f, 0o644)
        sub = os.path.join(d, "sub")
        os.mkdir(sub, 0o750)
        st = os.stat(sub)
        print(stat.filemode(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
        link = os.path.join(d, "ln")
        os.symlink(f, link)
        print(stat.filemode(os.lstat(link).st_mode)[0], stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISREG(os.stat(link).st_mode))
        fifo_r, fifo_w = os.pipe()
        print(stat.S_ISFIFO(os.fstat(fifo_r).st_mode), stat.filemode(os.fstat(fifo_r).st_mode)[0])
        os.close(fifo_r); os.close(fifo_w)
        os.chmod(f, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)
        print(stat.filemode(os.stat(f).st_mode))
finally:
    os.umask(old)
