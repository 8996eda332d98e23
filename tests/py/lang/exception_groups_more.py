# ExceptionGroup and except*: splitting by type, nested groups, derive, subgroup/split with
# predicates, re-raising unhandled parts, notes, and BaseExceptionGroup wrapping.
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [ValueError('v2'), KeyError('k')])])
print(repr(eg), eg.message, len(eg.exceptions), str(eg))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))), eg.subgroup(OSError))
try:
    raise eg
except* ValueError as g:
    print('caught values', [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print('caught types', repr(g))
except* KeyError:
    print('caught key')
try:
    try:
        raise ExceptionGroup('x', [ValueError(1), OSError(2)])
    except* ValueError:
        print('handled value part')
except ExceptionGroup as rest:
    print('unhandled rest', repr(rest))
try:
    raise ValueError('plain')
except* ValueError as g:
    print('plain wrapped', repr(g))
e = ValueError('noted'); e.add_note('first note'); e.add_note('second')
print(e.__notes__)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '!', excs)
me = MyEG('mine', [ValueError(1), TypeError(2)])
print(repr(me.split(TypeError)), type(me.subgroup(ValueError)).__name__)
bg = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup('b', [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup('m', []), lambda: ExceptionGroup('m', [1]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('m', [KeyboardInterrupt()])]:
    try: bad()
    except (TypeError, ValueError) as err: print(type(err).__name__, err)
try:
    try: raise ExceptionGroup('g', [ValueError('a')])
    except* ValueError: raise KeyError('inside handler')
except KeyError as k: print('new exception from handler', repr(k), type(k.__context__).__name__)
