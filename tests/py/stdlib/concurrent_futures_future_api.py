# concurrent.futures.Future without threads: states, results/exceptions, callbacks (order, after completion, raising), cancel, wait/as_completed on done futures.
import concurrent.futures as cf
import io, contextlib, logging

def state(f):
    return (f._state, f.done(), f.running(), f.cancelled())

f = cf.Future()
print(state(f), repr(f).split(" at ")[0] if " at " in repr(f) else repr(f))
log = []
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: log.append(("cb2", fut.done())))
print(f.set_running_or_notify_cancel(), state(f), f.cancel())
f.set_result(42)
print(state(f), f.result(), f.result(timeout=0), f.exception(), log)
f.add_done_callback(lambda fut: log.append(("late", fut.result())))
print(log)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(" at ")[0], str(e).split("state=")[1])

g = cf.Future()
err = ValueError("bad value")
g.set_exception(err)
print(state(g), g.exception() is err, type(g.exception()).__name__)
try:
    g.result()
except ValueError as e:
    print("result() raises", e)
try:
    g.set_exception(KeyError("again"))
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

c = cf.Future()
cancelled_seen = []
c.add_done_callback(lambda fut: cancelled_seen.append(fut.cancelled()))
print(c.cancel(), c.cancel(), state(c), cancelled_seen, c.set_running_or_notify_cancel())
try:
    c.result()
except cf.CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)
try:
    c.exception()
except cf.CancelledError:
    print("exception() -> CancelledError")

t = cf.Future()
try:
    t.result(timeout=0)
except cf.TimeoutError:
    print("TimeoutError", cf.TimeoutError is TimeoutError)
try:
    t.exception(timeout=0.01)
except TimeoutError:
    print("exception timeout")

bad_cb = cf.Future()
bad_cb.add_done_callback(lambda fut: 1 / 0)
bad_cb.add_done_callback(lambda fut: log.append("after-bad"))
stream = io.StringIO()
handler = logging.StreamHandler(stream)
lg = logging.getLogger("concurrent.futures")
lg.addHandler(handler)
lg.propagate = False
bad_cb.set_result("x")
lg.removeHandler(handler)
print(log[-1], "exception calling callback" in stream.getvalue(), "ZeroDivisionError" in stream.getvalue())

futs = []
for i in range(5):
    fu = cf.Future()
    if i % 2:
        fu.set_result(i * 10)
    elif i == 2:
        fu.set_exception(RuntimeError("two"))
    futs.append(fu)
done, not_done = cf.wait(futs, timeout=0)
print(len(done), len(not_done), sorted(f.result() for f in done if not f.exception()))
d2, nd2 = cf.wait(futs, timeout=0, return_when=cf.FIRST_EXCEPTION)
print(len(d2), len(nd2), cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
d3, nd3 = cf.wait(futs[1:4:2], return_when=cf.ALL_COMPLETED)
print(len(d3), len(nd3))
futs[0].set_result(0)
futs[4].cancel()
futs[4].set_running_or_notify_cancel()
got = []
for fu in cf.as_completed(futs, timeout=0):
    got.append("cancelled" if fu.cancelled() else repr(fu.exception()) if fu.exception() else fu.result())
print(sorted(map(str, got)))
pending = cf.Future()
try:
    list(cf.as_completed([pending], timeout=0))
except cf.TimeoutError as e:
    print("TimeoutError", e)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.InvalidStateError, cf._base.Error), cf.Executor.__name__)
class Inline(cf.Executor):
    def submit(self, fn, /, *args, **kwargs):
        fut = cf.Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as e:
            fut.set_exception(e)
        return fut
with Inline() as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 0])), ex.submit(divmod, 17, 5).result(), type(ex.submit(int, "x").exception()).__name__)
    it = ex.map(lambda x: 10 // x, [5, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError:
        print("map re-raises ZeroDivisionError")
