# sys.exit(3): exit status 3, stdout preserved, finally blocks run
import sys

def cleanup():
    print("cleanup in finally")

def main():
    total = 0
    for i in range(5):
        total += i
        print("step", i, total)
    try:
        if total > 5:
            print("exiting with 3")
            sys.exit(3)
        print("not reached")
    finally:
        cleanup()

try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(1)
    except Exception:
        print("Exception does not catch SystemExit")
except SystemExit:
    print("BaseException-level catch works")
main()
print("unreachable")
