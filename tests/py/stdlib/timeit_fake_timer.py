# timeit.Timer with a fake deterministic timer: timeit/repeat/autorange counts, setup/stmt strings and callables, globals, template source, errors.
import timeit

class FakeTimer:
    """Each call advances the clock by `step`; the result is deterministic."""
    def __init__(self, step=0.001):
        self.now = 0.0
        self.step = step
        self.calls = 0
    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now

counter = {"n": 0}
def work():
    counter["n"] += 1

ft = FakeTimer()
t = timeit.Timer(work, timer=ft)
print(round(t.timeit(number=5), 6), counter["n"], ft.calls)
print([round(x, 6) for x in t.repeat(repeat=3, number=2)], counter["n"], ft.calls)

work_clock = lambda: counter["n"] * 0.001  # time advances with the work done
calls = []
n, total = timeit.Timer(work, timer=work_clock).autorange(callback=lambda number, time_taken: calls.append((number, round(time_taken, 4))))
print(n, round(total, 4), calls)

t = timeit.Timer("x = sum(range(10)); acc.append(x)", setup="acc = []", timer=FakeTimer())
print(round(t.timeit(number=3), 6))
g = {"data": [3, 1, 2], "out": []}
t = timeit.Timer("out.append(sorted(data))", globals=g, timer=FakeTimer())
t.timeit(number=4)
print(g["out"])
t = timeit.Timer("for i in range(3):\n    s.append(i)", setup="s = []\nimport math", timer=FakeTimer())
print(round(t.timeit(number=2), 6))
print(round(timeit.timeit("pass", number=10, timer=FakeTimer(0.5)), 6),
      [round(x, 6) for x in timeit.repeat("pass", repeat=2, number=7, timer=FakeTimer(0.25))])
print(timeit.default_number, timeit.default_repeat, timeit.default_timer.__name__ if hasattr(timeit.default_timer, "__name__") else "")
print("def inner(_it, _timer" in timeit.template, timeit.dummy_src_name)
for bad in [("return 1", "pass"), ("pass", "break"), ("x = (", "pass")]:
    try:
        timeit.Timer(bad[0], bad[1])
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__, e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.Timer("pass", setup=3.5)
except ValueError as e:
    print("ValueError", e)
import io, contextlib
err = io.StringIO()
t = timeit.Timer("1/0", timer=FakeTimer())
try:
    t.timeit(number=1)
except ZeroDivisionError:
    with contextlib.redirect_stderr(err):
        t.print_exc()
print(err.getvalue().strip().splitlines()[-1])
