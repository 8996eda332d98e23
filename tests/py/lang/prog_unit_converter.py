# A unit converter with exact Fractions: a conversion graph between length/mass/volume/time
# units found by BFS, composite units (km/h to m/s), temperature with offsets, and formatted
# results with both exact and rounded values.
from fractions import Fraction as F
from collections import deque
FACTORS = [('km', 'm', 1000), ('m', 'cm', 100), ('cm', 'mm', 10), ('mi', 'ft', 5280), ('ft', 'in', 12), ('in', 'cm', F(254, 100)),
           ('kg', 'g', 1000), ('lb', 'oz', 16), ('lb', 'g', F(45359237, 100000)), ('h', 'min', 60), ('min', 's', 60), ('day', 'h', 24),
           ('gal', 'qt', 4), ('qt', 'pt', 2), ('l', 'ml', 1000), ('gal', 'l', F(3785411784, 1000000000))]
graph = {}
for a, b, f in FACTORS:
    graph.setdefault(a, {})[b] = F(f)
    graph.setdefault(b, {})[a] = 1 / F(f)
def factor(src, dst):
    if src == dst:
        return F(1)
    seen, q = {src: F(1)}, deque([src])
    while q:
        u = q.popleft()
        for v, f in sorted(graph.get(u, {}).items()):
            if v not in seen:
                seen[v] = seen[u] * f
                if v == dst:
                    return seen[v]
                q.append(v)
    raise ValueError(f'cannot convert {src} to {dst}')
def convert(value, src, dst):
    if '/' in src:
        (a, b), (c, d) = src.split('/'), dst.split('/')
        return F(value) * factor(a, c) / factor(b, d)
    return F(value) * factor(src, dst)
def temp(value, src, dst):
    v = F(value)
    c = {'C': v, 'F': (v - 32) * F(5, 9), 'K': v - F(27315, 100)}[src]
    return {'C': c, 'F': c * F(9, 5) + 32, 'K': c + F(27315, 100)}[dst]
for v, s, d in [(1, 'mi', 'km'), (5, 'km', 'mi'), (12, 'in', 'mm'), (1, 'lb', 'kg'), (3, 'day', 's'), (1, 'gal', 'ml'), (100, 'km/h', 'm/s'), (60, 'mi/h', 'km/h'), (1, 'oz', 'g')]:
    r = convert(v, s, d)
    print(f'{v} {s} = {float(r):.6g} {d}  (exact {r})')
for v, s, d in [(100, 'C', 'F'), (-40, 'F', 'C'), (0, 'K', 'C'), (98.6, 'F', 'K')]:
    r = temp(v, s, d)
    print(f'{v}{s} = {float(r):.4f}{d}', r)
for bad in [('kg', 'm'), ('parsec', 'm')]:
    try:
        convert(1, *bad)
    except ValueError as e:
        print('ValueError', e)
print(factor('mi', 'mm'), factor('mm', 'mi') * factor('mi', 'mm') == 1, sorted(graph)[:6])
