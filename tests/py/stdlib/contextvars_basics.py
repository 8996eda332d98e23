# contextvars: ContextVar get/set/reset, Token, Context mapping and run(), copy_context().
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar('v')
w = ContextVar('w', default=42)
print(v.name, w.name, w.get(), v.get('dflt'), w.get(7))
try:
    v.get()
except LookupError as e:
    print('LookupError', e.args[0] is v)

t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name='), str(e).endswith('has already been used once'))
try:
    w.reset(t)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
v.reset(t)
print(v.get('gone'))

# repr shapes (addresses removed)
r = repr(w)
print(r[:r.index(' at 0x')], r.endswith('>'))
r = repr(v)
print(r[:r.index(' at 0x')])
r = repr(v.set(5))
print(r[:r.index(' var=')], ' var=<ContextVar name=' in r)

# Context as a mapping
ctx = copy_context()
print(type(ctx).__name__, type(ctx).__module__, len(ctx), v in ctx, w in ctx, ctx[v], ctx.get(w), ctx.get(w, 'no'))
print(sorted(var.name for var in ctx), sorted(var.name for var in ctx.keys()), list(ctx.values()), [(k.name, x) for k, x in ctx.items()])
try:
    ctx[w]
except KeyError as e:
    print('KeyError', e.args[0] is w)
for bad in (lambda: ctx['v'], lambda: ctx.get(1), lambda: 1 in ctx):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# run() isolates changes
def job(a, b=0):
    v.set(a + b)
    w.set('changed')
    return v.get(), w.get()

print(ctx.run(job, 10, b=5))
print(ctx[v], ctx[w], v.get(), w.get())
print(copy_context()[v], ctx == ctx.copy(), ctx == copy_context(), ctx != copy_context())

def reenter():
    return ctx.run(lambda: 1)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context: <_contextvars.Context object at'), str(e).endswith('is already entered'))

# a token from one context is rejected in another
tok = ctx.run(v.set, 99)
try:
    v.reset(tok)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
ctx.run(v.reset, tok)
print(ctx[v])

# an empty Context
empty = Context()
print(len(empty), list(empty), empty.run(v.get, 'none-here'), empty.run(w.get))

# errors
for bad in (lambda: ContextVar(), lambda: ContextVar(1), lambda: ContextVar('a', 1), lambda: Context(1),
            lambda: Token(), lambda: v.reset(1), lambda: ctx.run(), lambda: hash(ctx), lambda: v.set(),
            lambda: copy_context(1), lambda: v.get(1, 2)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
print(ContextVar[int], Token[str], hash(v) == hash(v), {v: 1}[v])
print(contextvars.__all__)
