# contextlib: nested redirect_stdout/redirect_stderr, suppress with several types and subclasses, ContextDecorator and contextmanager as decorators, chdir, ExitStack callback error chaining, closing and reentrant/reusable managers.
import contextlib
import io
import os
import sys
import tempfile

outer, inner, err = io.StringIO(), io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("to outer")
    with contextlib.redirect_stdout(inner) as target:
        print("to inner", target is inner)
        with contextlib.redirect_stderr(err):
            print("to err", file=sys.stderr)
            sys.stderr.write("raw err\n")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()), repr(err.getvalue()))
rs = contextlib.redirect_stdout(io.StringIO())
with rs:
    with rs:
        print("reentrant use")
print("stdout restored", sys.stdout is sys.__stdout__ or True)

for exc in (KeyError("k"), IndexError("i"), LookupError("l"), ValueError("v")):
    try:
        with contextlib.suppress(KeyError, IndexError):
            raise exc
        print("suppressed", type(exc).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)
with contextlib.suppress():
    print("suppress() with no types")
try:
    with contextlib.suppress():
        raise OSError("nothing suppressed")
except OSError as e:
    print("OSError", e)


class track(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


@track("deco")
def work(x):
    print("working", x)
    return x * 2


print(work(3), work(4))


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)


@tag("fn")
def decorated():
    print("inside decorated")
    return "ret"


print(decorated(), decorated())
try:
    with tag("err"):
        raise ZeroDivisionError("in tag")
except ZeroDivisionError as e:
    print("propagated", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            print("body runs")
    except RuntimeError as e:
        print("RuntimeError", e)


@contextlib.contextmanager
def converts():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted") from e


try:
    with converts():
        raise KeyError("orig")
except ValueError as e:
    print("converted", repr(e.__cause__), e.__suppress_context__)

# chdir
start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with contextlib.chdir(d):
        print("changed", os.path.realpath(os.getcwd()) == os.path.realpath(d))
        with open("f.txt", "w") as fh:
            fh.write("x")
        print(os.listdir("."))
    print("restored", os.getcwd() == start)

# ExitStack: exceptions raised by callbacks chain through __context__
def raiser(exc):
    raise exc


try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser, KeyError("first registered"))
        stack.callback(raiser, IndexError("second registered"))
        raise ValueError("body")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print("chain", chain)


class Res:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


r = Res()
with contextlib.closing(r) as got:
    print(got is r, r.closed)
print(r.closed)
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)
stack = contextlib.ExitStack()
stack.callback(print, "callback via close()")
stack.close()
try:
    with contextlib.ExitStack() as s:
        s.enter_context(object())
except TypeError as e:
    print("TypeError", e)
