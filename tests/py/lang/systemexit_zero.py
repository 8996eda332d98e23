# raise SystemExit(0): clean exit status 0, with statements and finally still run
class Guard:
    def __enter__(self):
        print("guard enter")
        return self
    def __exit__(self, et, ev, tb):
        print("guard exit:", et.__name__ if et else None, ev.code if et else "")
        return False

def work(n):
    for i in range(n):
        print("work", i)
        if i == 2:
            raise SystemExit(0)

e = SystemExit(5)
print(e.code, e.args, str(e))
print(SystemExit("text").code, SystemExit().code, SystemExit(1, 2).code)
try:
    raise SystemExit
except SystemExit as ex:
    print("bare class:", ex.code)
with Guard():
    try:
        work(10)
    finally:
        print("finally before exit")
print("unreachable")
