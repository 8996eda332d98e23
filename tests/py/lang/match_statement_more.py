# match: literal, capture, wildcard, sequence with star, mapping with **rest, class patterns
# with positional __match_args__ and keywords, guards, or-patterns, value patterns, nested.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Color:
    RED = 'red'
def describe(v):
    match v:
        case 0 | 1 as small: return f'small {small}'
        case int(n) if n < 0: return f'negative {n}'
        case float() | complex(): return 'inexact number'
        case str() as s if s.isdigit(): return 'digit string'
        case Color.RED: return 'the color red'
        case str(s): return f'string {s!r}'
        case []: return 'empty list'
        case [x]: return f'one item {x}'
        case [x, y, *rest] if not rest: return f'pair {x},{y}'
        case [first, *_, last]: return f'seq {first}..{last}'
        case {'kind': 'circle', 'r': r}: return f'circle r={r}'
        case {'kind': k, **rest}: return f'kind {k} extra {sorted(rest)}'
        case Point(x=0, y=0): return 'origin'
        case Point(0, y): return f'on y axis {y}'
        case Point(x, y) if x == y: return f'diagonal {x}'
        case Point(): return 'some point'
        case (a, b): return 'unreachable tuple?'
        case _: return 'other ' + type(v).__name__
for v in [0, 1, -5, 2.5, 1j, '42', 'red', 'hi', [], [7], [1, 2], (1, 2, 3), {'kind': 'circle', 'r': 2},
          {'kind': 'sq', 'a': 1, 'b': 2}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), None, {1, 2}, 99]:
    print(repr(v), '->', describe(v))
def cmd(c):
    match c.split():
        case ['go', ('north' | 'south') as d]: return 'go ' + d
        case ['take', *items] if items: return 'take ' + '+'.join(items)
        case ['quit' | 'exit']: return 'bye'
        case _: return '?'
print([cmd(c) for c in ['go north', 'go west', 'take a b', 'take', 'exit', '']])
match {'a': 1}:
    case {'b': _}: print('no')
    case {}: print('empty mapping pattern matches any mapping')
match 'abc':
    case [*_]: print('str is not a sequence pattern')
    case _: print('str skipped')
