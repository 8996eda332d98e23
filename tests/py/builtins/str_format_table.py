# Report formatting: column alignment with computed widths, thousands separators, percentages,
# truncation with precision, centered titles, and format_map with a dict subclass for defaults.
rows = [('widget', 1234, 0.1234, 12.5), ('gadget', 98, 0.5, 1999.99), ('thingamajig', 1000000, 0.000789, 0.5), ('x', 0, 1.0, -3.25)]
w = max(len(r[0]) for r in rows)
title = ' Inventory '
print(f'{title:=^{w + 40}}')
print(f"{'name':<{w}} | {'qty':>10} | {'share':>8} | {'price':>10}")
for name, qty, share, price in rows:
    print(f'{name:<{w}} | {qty:>10,} | {share:>8.2%} | {price:>10.2f}')
print('{:-<{}}'.format('', w + 40))
total = sum(r[1] for r in rows)
print('{0:<{1}} | {2:>10_} | {3:>8} | {4:>10.1e}'.format('total', w, total, '', sum(r[3] for r in rows)))
class Defaults(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{name} has {count} items in {place}'.format_map(Defaults(name='shop', count=3)))
print('{:.3}|{:.0}|{:10.4}|{!r:.4}'.format('truncate', 'gone', 'abcdefgh', 'repr'), '{:^9.3s}|'.format('centered'))
print(format(1234567.891, ',.2f'), format(-1234567, '_d'), format(0.000012345, '.3e'), format(1e-7, 'g'), format(123456789, '.2e'), format(0.5, '.0%'))
