# match: class patterns with positional/keyword sub-patterns and __match_args__, builtin
# class patterns (int(x), str() ...), guards, or-patterns with captures, mapping rest,
# nested sequences, value patterns with dotted names, as-patterns.
from dataclasses import dataclass
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: int
class Rect:
    __match_args__ = ('w', 'h')
    def __init__(self, w, h):
        self.w, self.h = w, h
def describe(s):
    match s:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'some point'
        case Circle(Point(0, 0), r=r):
            return f'centered circle r={r}'
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f'big circle at x={cx}'
        case Rect(w, h) if w == h:
            return f'square {w}'
        case Rect(w, h):
            return f'rect {w}x{h}'
        case int(n) | float(n) if n < 0:
            return f'negative {n}'
        case bool(b):
            return f'bool {b}'
        case int(n):
            return f'int {n}'
        case str() as text if len(text) > 3:
            return f'long str {text}'
        case str(text):
            return f'str {text}'
        case Color.RED:
            return 'red!'
        case Color():
            return 'other color'
        case [Point(x=0), *rest]:
            return f'list starting on y axis + {len(rest)}'
        case [int(a), int(b)] | (int(a), int(b), _):
            return f'pair {a},{b}'
        case {'type': 'move', 'to': [x, y], **rest}:
            return f'move {x},{y} extra={sorted(rest)}'
        case {'type': t}:
            return f'type {t}'
        case _:
            return f'unknown {type(s).__name__}'
for v in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 4), Circle(Point(7, 1), 20), Circle(Point(1, 1), 2),
          Rect(2, 2), Rect(2, 3), -5, -2.5, True, 7, 'hello', 'hi', Color.RED, Color.GREEN, [Point(0, 1), 1, 2], [1, 2], (3, 4, 5),
          {'type': 'move', 'to': [1, 2], 'speed': 3, 'a': 0}, {'type': 'jump'}, None, 3.5]:
    print(describe(v))
class Bad:
    __match_args__ = ('a',)
try:
    match Bad():
        case Bad(x, y):
            pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print('TypeError', e)
match {'k': 1, 'j': 2}:
    case {'k': 1, **others}:
        print('others', others)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d] as inner] as mid]:
        print(a, b, c, d, inner, mid)
match 'abc':
    case [*chars]:
        print('sequence?', chars)
    case _:
        print('str is not a sequence pattern')
