# CSV report generator: csv.reader/DictReader/writer over io.StringIO, quoting dialects, grouping, pivot table, totals.
import csv, io
from collections import defaultdict
from statistics import mean, median
RAW = '''region,rep,product,date,units,unit_price,notes
North,Alice,Widget,2024-01-05,10,2.50,
North,Bob,Gadget,2024-01-07,3,10.00,"rush, gift wrap"
South,Carol,Widget,2024-01-09,7,2.50,"said ""hello"""
South,Carol,Gizmo,2024-02-01,1,99.99,
East,Dan,Widget,2024-02-03,25,2.25,bulk
North,Alice,Gizmo,2024-02-14,2,95.00,"multi
line note"
East,Erin,Gadget,2024-03-01,6,9.50,
South,Frank,Widget,2024-03-03,0,2.50,cancelled
West,Gina,Gadget,2024-03-15,4,10.00,
North,Bob,Widget,2024-03-20,12,2.40,
West,Gina,Gizmo,2024-03-21,1,100.00,
East,Dan,Gizmo,2024-03-30,3,97.50,
'''
rows = list(csv.DictReader(io.StringIO(RAW)))
print(len(rows), "rows; fields:", list(rows[0].keys()))
print("notes with specials:", [r["notes"] for r in rows if r["notes"]])
for r in rows:
    r["units"] = int(r["units"]); r["unit_price"] = float(r["unit_price"])
    r["revenue"] = round(r["units"] * r["unit_price"], 2)
    r["month"] = r["date"][:7]
def group(key):
    g = defaultdict(list)
    for r in rows: g[r[key]].append(r)
    return dict(sorted(g.items()))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "orders", "units", "revenue", "avg_order", "median_order"])
for region, rs in group("region").items():
    revs = [r["revenue"] for r in rs]
    w.writerow([region, len(rs), sum(r["units"] for r in rs), f"{sum(revs):.2f}", f"{mean(revs):.2f}", f"{median(revs):.2f}"])
print(out.getvalue(), end="")
months = sorted({r["month"] for r in rows})
products = sorted({r["product"] for r in rows})
pivot = {p: {m: 0.0 for m in months} for p in products}
for r in rows: pivot[r["product"]][r["month"]] += r["revenue"]
print(f"{'product':<8}" + "".join(f"{m:>10}" for m in months) + f"{'total':>10}")
for p in products:
    vals = [pivot[p][m] for m in months]
    print(f"{p:<8}" + "".join(f"{v:>10.2f}" for v in vals) + f"{sum(vals):>10.2f}")
col_tot = [sum(pivot[p][m] for p in products) for m in months]
print(f"{'total':<8}" + "".join(f"{v:>10.2f}" for v in col_tot) + f"{sum(col_tot):>10.2f}")
reps = sorted(((sum(r["revenue"] for r in rs), rep) for rep, rs in group("rep").items()), reverse=True)
print("top reps:", [(rep, f"{rev:.2f}") for rev, rep in reps[:3]])
# DictWriter with quoting styles and extras
for quoting, name in [(csv.QUOTE_MINIMAL, "minimal"), (csv.QUOTE_ALL, "all"), (csv.QUOTE_NONNUMERIC, "nonnumeric")]:
    buf = io.StringIO()
    dw = csv.DictWriter(buf, fieldnames=["rep", "units", "notes"], extrasaction="ignore", quoting=quoting, lineterminator="\n")
    dw.writeheader()
    for r in rows[1:3] + rows[5:6]:
        dw.writerow(r)
    print(f"--- {name}"); print(buf.getvalue(), end="")
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quotechar="'", escapechar="\\", quoting=csv.QUOTE_NONE, lineterminator="|")
w.writerow(["a;b", "it's", 3.5, None, True])
print(repr(buf.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError", e)
# round trip through a custom dialect
csv.register_dialect("pipes", delimiter="|", quotechar='"', doublequote=True, skipinitialspace=True, lineterminator="\n")
buf = io.StringIO()
w = csv.writer(buf, dialect="pipes")
data = [["id", "text"], [1, 'has | pipe'], [2, 'has "quotes"'], [3, ""], [4, " lead"]]
w.writerows(data)
print(buf.getvalue(), end="")
back = list(csv.reader(io.StringIO(buf.getvalue()), dialect="pipes"))
print(back, csv.list_dialects().count("pipes"))
print(list(csv.reader(['a, "b,c" ,d', '"unterminated'], skipinitialspace=True)))
try:
    list(csv.reader(['"a"b"c'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
sn = csv.Sniffer()
d = sn.sniff("x;y;z\n1;2;3\n4;5;6\n")
print("sniffed delimiter", repr(d.delimiter), sn.has_header("name,age\nann,3\nbob,5\n"))
