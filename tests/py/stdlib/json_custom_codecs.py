# json: custom JSONEncoder.default, object_hook/object_pairs_hook, parse_float/parse_int/
# parse_constant, separators/indent/sort_keys, ensure_ascii, allow_nan, errors with positions.
import json
from decimal import Decimal
from fractions import Fraction
from dataclasses import dataclass, asdict
@dataclass
class P:
    x: int
    y: float
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, P):
            return {'__P__': asdict(o)}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        if isinstance(o, Fraction):
            return str(o)
        return super().default(o)
obj = {'p': P(1, 2.5), 's': {3, 1, 2}, 'c': 1 + 2j, 'f': Fraction(1, 3), 'n': None, 'b': [True, False]}
s = json.dumps(obj, cls=Enc, sort_keys=True)
print(s)
def hook(d):
    if '__P__' in d:
        return P(**d['__P__'])
    return d
print(json.loads(s, object_hook=hook))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.1, 2, 3e2]', parse_float=Decimal, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.dumps({'b': [1, {'c': None}], 'a': 'é☃'}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent='\t'), json.dumps({'k': 1, 'j': 2}, separators=(',', ':')), json.dumps('é☃\n"'), json.dumps('é☃', ensure_ascii=False))
print(json.dumps([float('nan'), float('inf')]), json.dumps({1: 'int key', 2.5: 'float', True: 't', None: 'n'}))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError', str(e)[:48])
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"unterminated', '[1] x', '', '{"a": 01}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e.msg, e.lineno, e.colno, e.pos)
circ = []; circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError', e)
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads(' {"nested": {"deep": [1, [2, [3]]]}} ')['nested'], json.JSONDecoder().raw_decode('{"a": 1} trailing'))
enc = json.JSONEncoder(indent=1)
print(list(enc.iterencode({'x': [1, 2]})))
print(json.dumps(Decimal('1.5') if False else 1.5), json.dumps(10**30), json.dumps(-0.0), json.dumps(1e-7), json.dumps(123456789.123456789))
