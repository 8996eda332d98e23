# Building and splitting larger strings: join of many parts, split/rsplit on long text, replace
# counts, find in loops, str multiplication, and io.StringIO accumulation, with digests.
import io
parts = [str(i * i) for i in range(3000)]
s = ','.join(parts)
print(len(s), s[:30], s[-30:], s.count(','), s.split(',')[1234], s.rsplit(',', 3)[1:], len(s.split(',', 100)))
r = s.replace('1', 'one', 500); print(len(r), r.count('one'), r.find('one', 1000), r.rfind('one'))
pos, hits = 0, 0
while (pos := s.find('44', pos)) != -1: hits += 1; pos += 1
print(hits, s.index('999'), '9801' in s, s.startswith('0,1,4'), s.endswith('8994001'))
buf = io.StringIO()
for i in range(2000): buf.write('%d;' % (i % 97))
v = buf.getvalue(); print(len(v), v[:20], sum(int(x) for x in v.split(';') if x), v.count('96;'))
lines = '\n'.join('line %d: %s' % (i, 'x' * (i % 7)) for i in range(500))
print(len(lines.splitlines()), max(lines.splitlines(), key=len), sum(len(l) for l in lines.splitlines()), lines.upper()[-12:])
w = ('abc' * 1000).translate(str.maketrans('abc', 'xyz')); print(w[:9], len(w), w.count('yz'), ('-' * 50).center(60, '*'))
