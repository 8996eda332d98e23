# json: dumps options (indent forms, sort_keys, separators, default, ensure_ascii, allow_nan,
# skipkeys, check_circular), non-str keys coercion, JSONEncoder subclass, loads hooks, and the
# JSONDecodeError messages with line/column positions.
import json
from collections import OrderedDict
doc = {'b': [1, 2.5, None, True], 'a': {'nested': 'é\u2028\n'}, 3: 'int key', 1.5: 'float key', None: 'none', False: 'f'}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=False, indent=2, ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent='\t'), json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps([[]], indent=1))
print(json.dumps({'x': 1, 'y': 2}, separators=(',', ':')), json.dumps([1, 2], separators=(' ; ', '=')))
class P:
    def __init__(self, v): self.v = v
print(json.dumps({'p': P(3)}, default=lambda o: {'P': o.v}), json.dumps(P(1), default=vars))
try: json.dumps(P(1))
except TypeError as e: print(e)
try: json.dumps({(1, 2): 3})
except TypeError as e: print(e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True), json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(str(e).split(':')[0])  # the pure encoder (no _json) adds ': nan'
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]), list(Enc().iterencode({'a': [1]})))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, 1e400, -0.0, 12345678901234567890]'), json.loads('"\\ud83d\\ude00 \\u00e9"'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads(' [ ] '), json.loads('"x"'), json.loads('null'), json.loads(b'[1]'))
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '{"a":1,}', 'tru', '"abc', '[1]x', '{1: 2}', '01', '[-]', 'NaN1', '\ufeff[1]', '{"a":\n  [1,\n   }']:
    try:
        json.loads(bad)
        print(repr(bad), 'ok')
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, e.lineno, e.colno, e.pos)
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.loads('1', parse_int=float), json.loads('1.5', parse_float=str))
print(json.dumps('\x00\x1f\x7f\u0100\U0001f600'), json.dumps('\x00\x7f\u0100', ensure_ascii=False), json.dumps(b'x'.decode()), json.dumps(True), json.dumps(10**30))
