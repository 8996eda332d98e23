# An inventory report: records parsed from CSV text, grouped and aggregated with itertools
# and collections, formatted as an aligned table with totals, percentages and a bar chart.
import csv, io, itertools
from collections import defaultdict
from decimal import Decimal
DATA = """sku,category,name,qty,price
A-100,tools,Hammer,12,9.99
A-101,tools,Screwdriver set,30,14.50
A-102,tools,Wrench,7,11.25
B-200,garden,Hose 20m,5,24.90
B-201,garden,Rake,14,8.75
B-202,garden,Seeds (pack),120,1.20
C-300,kitchen,Knife,25,19.99
C-301,kitchen,Cutting board,18,12.00
C-302,kitchen,Kettle,0,29.95
"""
rows = list(csv.DictReader(io.StringIO(DATA)))
for r in rows:
    r['qty'] = int(r['qty'])
    r['price'] = Decimal(r['price'])
    r['value'] = r['qty'] * r['price']
total = sum(r['value'] for r in rows)
W = 16
print(f"{'SKU':<6} {'Name':<{W}} {'Qty':>5} {'Price':>8} {'Value':>9}")
print('-' * (6 + W + 5 + 8 + 9 + 4))
for cat, group in itertools.groupby(sorted(rows, key=lambda r: (r['category'], r['sku'])), key=lambda r: r['category']):
    group = list(group)
    print(f'[{cat}]')
    for r in group:
        flag = ' (out of stock)' if r['qty'] == 0 else ''
        print(f"{r['sku']:<6} {r['name'][:W]:<{W}} {r['qty']:>5} {r['price']:>8.2f} {r['value']:>9.2f}{flag}")
    sub = sum(r['value'] for r in group)
    print(f"{'':<6} {'subtotal':<{W}} {sum(r['qty'] for r in group):>5} {'':>8} {sub:>9.2f} {sub / total:>7.1%}")
print('=' * 50)
print(f"{'TOTAL':<{6 + W + 1}} {sum(r['qty'] for r in rows):>5} {'':>8} {total:>9.2f}")
by_cat = defaultdict(Decimal)
for r in rows:
    by_cat[r['category']] += r['value']
scale = max(by_cat.values()) / 30
for cat, v in sorted(by_cat.items(), key=lambda kv: -kv[1]):
    print(f'{cat:>8} |{"#" * int(v / scale):<30}| {v:,.2f}')
low = [r['name'] for r in rows if r['qty'] < 10]
print('reorder:', ', '.join(sorted(low)), '| most valuable:', max(rows, key=lambda r: r['value'])['name'], '| avg price:', (sum(r['price'] for r in rows) / len(rows)).quantize(Decimal('0.01')))
