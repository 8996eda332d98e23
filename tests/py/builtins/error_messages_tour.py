# Error messages of common failures across builtins and the language, compared with CPython.
class A:
    def __init__(self): self.x = 1
    def __eq__(self, o): return NotImplemented
    def __repr__(self): return 'A()'
print(A() == A(), A() != A(), A() in [A()], [A()] == [A()])
class B:
    def __lt__(self, o): return True
try: print(sorted([B(), B()]) is not None)
except TypeError as e: print(e)
try: A() < A()
except TypeError as e: print(e)
try: [1] < (1,)
except TypeError as e: print(e)
try: None + 1
except TypeError as e: print(e)
try: 'a' * 'b'
except TypeError as e: print(e)
try: [].foo
except AttributeError as e: print(e, getattr(e, "name", "NONAME"), getattr(e, "obj", "NOOBJ"))
try: len(5)
except TypeError as e: print(e)
try: int('abc')
except ValueError as e: print(e)
try: {}['k']
except KeyError as e: print(e, repr(e), e.args)
try: (1, 2)[5]
except IndexError as e: print(e)
try: 'abc'.index('z')
except ValueError as e: print(e)
try: [1].remove(2)
except ValueError as e: print(e)
try: f = lambda x: x; f(1, 2)
except TypeError as e: print(e)
def g(a, /, b, *, c): pass
for call in [lambda: g(1, 2), lambda: g(a=1, b=2, c=3), lambda: g(1, 2, 3), lambda: g(1, b=2, c=3, d=4), lambda: g()]:
    try: call()
    except TypeError as e: print(e)
try: import nonexistent_mod
except ModuleNotFoundError as e: print(e, getattr(e, "name", "NONAME"))
try: from os import nonexistent_name
except ImportError as e: print(e)
try: x = undefined_name
except NameError as e: print(e, getattr(e, "name", "NONAME"))
def h():
    try: return y_local
    except UnboundLocalError as e: print(e)
    y_local = 1
h()
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 2 ** -1 % 0
except ZeroDivisionError as e: print(e)
try: int(float('inf'))
except OverflowError as e: print(e)
try: int(float('nan'))
except ValueError as e: print(e)
try: [1, 2, 3][1:2] = 5
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: hash([])
except TypeError as e: print(e)
try: {[]: 1}
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next([])
except TypeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: (1).x = 2
except AttributeError as e: print(e)
try: 'abc'[0] = 'x'
except TypeError as e: print(e)
try: del (1, 2)[0]
except TypeError as e: print(e)
try: print(**{'sep': 1})
except TypeError as e: print(e)
try: sum(['a', 'b'], '')
except TypeError as e: print(e)
try: max()
except TypeError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: ord('ab')
except TypeError as e: print(e)
try: int('5', 1)
except ValueError as e: print(e)
try: range(1, 2, 0)
except ValueError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: set().pop()
except KeyError as e: print(e)
try: 'a'.join([1])
except TypeError as e: print(e)
try: '{}'.format()
except IndexError as e: print(e)
try: '{x}'.format()
except KeyError as e: print(e)
try: f'{1:abc}'
except ValueError as e: print(e)
try: bytes([256])
except ValueError as e: print(e)
try: b'a' + 'b'
except TypeError as e: print(e)
try: isinstance(1, 1)
except TypeError as e: print(e)
try: super()
except RuntimeError as e: print(e)
class C: pass
try: C(1)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: frozenset().add(1)
except AttributeError as e: print(e)
try: list.append(1, 2)
except TypeError as e: print(e)
try: getattr(1, 'x')
except AttributeError as e: print(e)
try: (lambda: (yield))().send(1)
except TypeError as e: print(e)
try: memoryview('abc')
except TypeError as e: print(e)
try: complex('1+')
except ValueError as e: print(e)
try: float('1e')
except ValueError as e: print(e)
try: round(1.5, 'a')
except TypeError as e: print(e)
try: sorted([1, 'a'])
except TypeError as e: print(e)
try: min([])
except ValueError as e: print(e)
try: enumerate(1)
except TypeError as e: print(e)
try: dict([1])
except TypeError as e: print(e)
try: dict([(1,)])
except ValueError as e: print(e)
try: 'x' in 5
except TypeError as e: print(e)
try: [] + ()
except TypeError as e: print(e)
try: -'a'
except TypeError as e: print(e)
try: ~1.5
except TypeError as e: print(e)
try: abs('a')
except TypeError as e: print(e)
try: 1 << -1
except ValueError as e: print(e)
try: pow(2, 3, 0)
except ValueError as e: print(e)
try: pow(2.0, 3, 5)
except TypeError as e: print(e)
