# sys.exit with None (status 0) after SystemExit variants are caught; exit code of non-int objects
import sys

def attempt(arg):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)

attempt(0)
attempt(42)
attempt(-1)
attempt("message")
attempt([1, 2])
attempt(None)
attempt(True)
try:
    raise SystemExit(1, "two args")
except SystemExit as e:
    print(e.code, e.args)
print(len(sys.argv), type(sys.argv).__name__)
def deep(n):
    if n == 0:
        sys.exit(None)
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
deep(3)
print("unreachable")
for i in range(3):
    print(i)
