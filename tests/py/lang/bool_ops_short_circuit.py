# and/or return operand values and short-circuit evaluation
log = []
def v(x):
    log.append(x)
    return x
print(v(0) and v(1), log); log.clear()
print(v(2) and v(3), log); log.clear()
print(v(0) or v(4), log); log.clear()
print(v(5) or v(6), log); log.clear()
print(v("") or v([]) or v(None), log); log.clear()
print(v(1) and v(2) and v(0) and v(3), log); log.clear()
print(v(0) or v(0) and v(7), log); log.clear()
print((v(1) or v(2)) and v(3), log); log.clear()
print(not v(0), not v("x"), log); log.clear()
print(None and 1/0, 1 or 1/0, [] and "x", "a" and "b")
print(0 or 0.0 or "" or [] or {} or (), type(0 or 0.0).__name__)
print(True and 5, False or 0, 3 and True, [0] or [])
x = 7
print(x > 5 and "big" or "small", x < 5 and "big" or "small")
def safe_div(a, b):
    return b and a / b
print(safe_div(1, 2), safe_div(1, 0))
d = {}
val = d.get("k") or "default"
print(val)
items = None
print(len(items or []))
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        log.append(f"bool({self.v})")
        return bool(self.v)
    def __repr__(self):
        return f"Loud({self.v})"
print(Loud(0) or Loud(1), log); log.clear()
print(Loud(2) and Loud(0), log); log.clear()
if Loud(1) and Loud(2):
    print("if both truthy", log)
log.clear()
r = Loud(0) or Loud(0)
print(r, log); log.clear()
print(all(v(i) for i in [1, 0, 2]), log); log.clear()
print(any(v(i) for i in [0, 3, 4]), log)
