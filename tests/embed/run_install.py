"""The installed package, as a C++ developer uses it: `cmake --install` the build tree into a
scratch prefix, build examples/embed against it with find_package(Taipan) (static and shared
library) and with pkg-config, run the demo, and compare its output with the same simulation
run by CPython (examples/embed/reference.py, where the host's `world` module is Python)."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "embed")


def sh(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        print("FAIL: %s\n%s%s" % (" ".join(cmd), p.stdout[-3000:], p.stderr[-3000:]))
        sys.exit(1)
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, help="the configured and built Taipan build tree")
    args = ap.parse_args()
    want = sh([sys.executable, os.path.join(EXAMPLE, "reference.py")])
    script = os.path.join(EXAMPLE, "behaviours.py")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "prefix")
        sh(["cmake", "--install", args.build, "--prefix", prefix])
        for needed in ["include/taipan/taipan.h", "include/taipan/value.h", "lib/libtaipan.a",
                       "lib/libtaipan.so", "lib/cmake/Taipan/TaipanConfig.cmake", "lib/pkgconfig/taipan.pc"]:
            if not os.path.exists(os.path.join(prefix, needed)):
                print("FAIL: the install lacks %s" % needed)
                failures += 1
        b = os.path.join(tmp, "build")
        sh(["cmake", "-S", EXAMPLE, "-B", b, "-DCMAKE_PREFIX_PATH=" + prefix, "-DCMAKE_BUILD_TYPE=Release"])
        sh(["cmake", "--build", b, "-j", "2"])
        programs = [os.path.join(b, "embed_demo"), os.path.join(b, "embed_demo_shared")]
        if shutil.which("pkg-config"):
            env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, "lib", "pkgconfig"))
            flags = sh(["pkg-config", "--cflags", "--libs", "--static", "taipan"], env=env).split()
            exe = os.path.join(tmp, "embed_demo_pc")
            sh(["g++", "-O1", os.path.join(EXAMPLE, "main.cpp"), "-o", exe] + flags)
            programs.append(exe)
        else:
            print("note: pkg-config is not installed; the .pc file was checked for presence only")
        for exe in programs:
            got = subprocess.run([exe, script], capture_output=True, text=True, timeout=120,
                                 env=dict(os.environ, LD_LIBRARY_PATH=os.path.join(prefix, "lib")))
            if got.returncode != 0 or got.stdout != want:
                failures += 1
                print("FAIL %s (exit %d)\n--- want\n%s--- got\n%s%s" % (os.path.basename(exe), got.returncode, want,
                                                                         got.stdout, got.stderr[-2000:]))
    print("embed install: %d of %d programs match CPython's run of the same simulation, %d failures"
          % (len(programs) - failures, len(programs), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
