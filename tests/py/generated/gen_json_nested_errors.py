# Random malformed JSON texts made by mutating valid documents (deleting, duplicating or
# swapping characters): loads results or the JSONDecodeError position, compared with CPython.
import json, random, binascii
random.seed(2468)
base = ['{"a": [1, 2.5, {"b": null}], "c": "text"}', '[true, false, null, -0.5e3, "xy"]', '{"k": {"k": {"k": []}}}', '"plain"', '12345', '[[[[]]]]']
acc = 0
for i in range(375):
    s = list(random.choice(base))
    for _ in range(random.randint(1, 3)):
        op = random.randint(0, 3)
        p = random.randrange(len(s)) if s else 0
        if op == 0 and s: del s[p]
        elif op == 1 and s: s.insert(p, s[p])
        elif op == 2: s.insert(p, random.choice(',:[]{}"0- x'))
        elif op == 3 and len(s) > 1:
            q = random.randrange(len(s)); s[p], s[q] = s[q], s[p]
    text = ''.join(s)
    try:
        out = repr(json.loads(text))
    except json.JSONDecodeError as e:
        out = 'E %s @%d:%d:%d' % (e.msg, e.pos, e.lineno, e.colno)
    acc = (acc * 3 + binascii.crc32(out.encode())) % (1 << 61)
    if i % 25 == 0: print(repr(text), '->', out[:80])
print(acc)
