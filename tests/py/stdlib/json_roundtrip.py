# json on top of re (json's pure-Python scanner and encoder are regex driven): round trips,
# formatting options, and decode errors with their positions.
import json

docs = [
    {'a': [1, 2.5, None, True, False], 'b': 'h\u00e9llo\n"q"\t\\', 'c': {}, 'd': []},
    [1, -2, 3.25e-7, 1e300, 'x' * 5, {'nested': {'deeper': [[], [[]]]}}],
    'just a string \u2603 \U0001F600', 12345678901234567890, -0.0, None, True,
    {'keys': {'1': 1, 'z': 26, 'a': 1}, 'empty': ''},
]
for d in docs:
    s = json.dumps(d)
    back = json.loads(s)
    print(s, back == d, type(back).__name__)
print(json.dumps(docs[0], sort_keys=True, indent=2))
print(json.dumps(docs[1], separators=(',', ':')))
print(json.dumps('\u2603 \ud83d\ude00 \x7f', ensure_ascii=True), json.dumps('\u2603', ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [1, {'c': None}]}, indent='\t', sort_keys=True))
print(json.loads('  {"x" : [1 , 2 , {"y" : "z\\u00e9\\n\\ud83d\\ude00"}] ,"n":-1.5e3,"t":true,"f":null}  '))
print(json.loads('[1.0, 2, "3", 1E2, -0, 0.5]'), json.loads('"\\/\\b\\f\\r"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": [1, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
for bad in ['{"a": }', '[1, 2', '{"a" 1}', '"abc', '[1,]', 'nul', '{"a":1}x', '', '  ', '{"a":1,}',
            '"\\u12"', '[1\n,\n2\n,]', '{1: 2}', '[01]', '[-]', '{"a":1 "b":2}',
            '\ufeff[1]']:
    try:
        json.loads(bad)
        print(repr(bad), 'parsed')
    except json.JSONDecodeError as e:
        print(repr(bad), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [{(1, 2): 3}, object()]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
