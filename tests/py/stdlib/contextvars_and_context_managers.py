# contextvars with copy_context/run and tokens, context managers as classes with __enter__/
# __exit__ return values, nested with and exceptions swallowed or re-raised, and a
# transaction-style rollback helper.
import contextvars, contextlib
request_id = contextvars.ContextVar('request_id', default='none')
depth = contextvars.ContextVar('depth')
def handler():
    return f'{request_id.get()} depth={depth.get(0)}'
print(handler())
tok = request_id.set('req-1')
ctx = contextvars.copy_context()
request_id.set('req-2')
print(handler(), ctx.run(handler), ctx[request_id], request_id in ctx, len(ctx) >= 1)
request_id.reset(tok)
print(handler())
def nested(n):
    t = depth.set(n)
    try:
        return handler() if n == 0 else nested(n - 1) + ' | ' + handler()
    finally:
        depth.reset(t)
print(nested(2), depth.get('unset'))
try:
    depth.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
c2 = contextvars.Context()
print(c2.run(lambda: (request_id.set('inside'), request_id.get())[1]), request_id.get(), list(c2.keys()) == [request_id])
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('  rolled back because', et.__name__, ev)
            return et is KeyError
        print('  committed', sorted(self.store.items()))
        return False
db = {'a': 1}
with Transaction(db) as s:
    s['b'] = 2
with Transaction(db) as s:
    s['c'] = 3
    raise KeyError('missing')
print(db)
try:
    with Transaction(db) as s:
        s['d'] = 4
        raise ValueError('bad value')
except ValueError as e:
    print('propagated', e, db)
class Tracer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('  enter', self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print('  exit', self.name, exc[0].__name__ if exc[0] else None)
with Tracer('outer') as o, Tracer('inner') as i:
    print('  body', o, i)
try:
    with Tracer('x'):
        with Tracer('y'):
            1 / 0
except ZeroDivisionError:
    print('  caught')
@contextlib.contextmanager
def temp_value(d, k, v):
    old = d.get(k, '<absent>')
    d[k] = v
    try:
        yield d
    finally:
        if old == '<absent>':
            del d[k]
        else:
            d[k] = old
cfg = {'mode': 'prod'}
with temp_value(cfg, 'mode', 'test'), temp_value(cfg, 'debug', True):
    print(sorted(cfg.items()))
print(cfg)
