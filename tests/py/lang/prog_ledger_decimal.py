# Double-entry ledger with decimal.Decimal: postings, rounding modes, interest, FX conversion, trial balance, statements.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation, getcontext
from collections import defaultdict
CENT = Decimal("0.01")
class LedgerError(Exception): pass
class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []
    def open(self, name, kind, currency="USD"):
        if name in self.accounts: raise LedgerError(f"duplicate account {name}")
        self.accounts[name] = {"kind": kind, "currency": currency, "balance": Decimal("0")}
    def post(self, date, memo, *lines):
        total = sum((amt for _, amt in lines), Decimal("0"))
        if total != 0: raise LedgerError(f"unbalanced entry {memo!r}: off by {total}")
        for acct, _ in lines:
            if acct not in self.accounts: raise LedgerError(f"unknown account {acct}")
        for acct, amt in lines:
            self.accounts[acct]["balance"] += amt
        self.journal.append((date, memo, lines))
    def balance(self, name): return self.accounts[name]["balance"]
    def trial(self):
        debits = sum((a["balance"] for a in self.accounts.values() if a["balance"] > 0), Decimal(0))
        credits = sum((-a["balance"] for a in self.accounts.values() if a["balance"] < 0), Decimal(0))
        return debits, credits
L = Ledger()
for n, k in [("cash", "asset"), ("bank", "asset"), ("receivable", "asset"), ("equity", "equity"), ("revenue", "income"),
             ("rent", "expense"), ("supplies", "expense"), ("interest", "income"), ("loan", "liability"), ("fees", "expense")]:
    L.open(n, k)
L.post("2024-01-01", "owner investment", ("bank", Decimal("10000.00")), ("equity", Decimal("-10000.00")))
L.post("2024-01-02", "loan", ("bank", Decimal("5000")), ("loan", Decimal("-5000")))
L.post("2024-01-03", "rent", ("rent", Decimal("1250.50")), ("bank", Decimal("-1250.50")))
for i, amt in enumerate(["199.99", "0.01", "45.455", "1000", "333.333"]):
    a = Decimal(amt).quantize(CENT, rounding=ROUND_HALF_UP)
    L.post(f"2024-01-{10 + i}", f"sale {i}", ("receivable", a), ("revenue", -a))
L.post("2024-01-20", "collect", ("bank", Decimal("1200.00")), ("receivable", Decimal("-1200.00")))
L.post("2024-01-21", "supplies split", ("supplies", Decimal("80.10")), ("fees", Decimal("1.90")), ("cash", Decimal("-82.00")))
for bad in [(("bank", Decimal("1")), ("equity", Decimal("-0.99"))), (("nope", Decimal("1")), ("bank", Decimal("-1")))]:
    try:
        L.post("2024-01-22", "bad", *bad)
    except LedgerError as e:
        print("rejected:", e)
try:
    L.open("cash", "asset")
except LedgerError as e:
    print("rejected:", e)
# monthly interest on bank with banker's rounding, 12 months compounding
rate = Decimal("0.0425") / 12
bal = L.balance("bank")
for month in range(1, 13):
    intr = (L.balance("bank") * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
    L.post(f"2024-{month:02d}-28", "interest", ("bank", intr), ("interest", -intr))
    if month in (1, 6, 12):
        print(f"month {month}: interest {intr} bank {L.balance('bank')}")
print("effective annual", ((L.balance("bank") / bal - 1) * 100).quantize(Decimal("0.0001")), "%")
# loan amortization schedule
def amortize(principal, annual, months):
    r = annual / 12
    pay = (principal * r / (1 - (1 + r) ** -months)).quantize(CENT, rounding=ROUND_HALF_UP)
    rows, bal = [], principal
    for m in range(1, months + 1):
        intr = (bal * r).quantize(CENT, rounding=ROUND_HALF_UP)
        princ = pay - intr if m < months else bal
        bal -= princ
        rows.append((m, intr, princ, bal))
    return pay, rows
pay, rows = amortize(Decimal("5000"), Decimal("0.06"), 12)
print("payment", pay)
for r in rows[:3] + rows[-2:]: print("  ", r)
print("total interest", sum(r[1] for r in rows))
# FX conversion with rounding down and allocation of remainders
rates = {"EUR": Decimal("0.9173"), "JPY": Decimal("151.38"), "GBP": Decimal("0.7891")}
for cur, rt in rates.items():
    conv = (Decimal("1234.56") * rt)
    q = Decimal("1") if cur == "JPY" else CENT
    print(cur, conv, conv.quantize(q, rounding=ROUND_DOWN), conv.quantize(q, rounding=ROUND_HALF_UP))
def allocate(total, weights):
    raw = [total * w / sum(weights) for w in weights]
    parts = [r.quantize(CENT, rounding=ROUND_DOWN) for r in raw]
    rem = int((total - sum(parts)) / CENT)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[:rem]: parts[i] += CENT
    return parts
print(allocate(Decimal("100.00"), [1, 1, 1]), allocate(Decimal("10.01"), [3, 2, 2, 1]))
# statement
groups = defaultdict(list)
for name, a in L.accounts.items(): groups[a["kind"]].append((name, a["balance"]))
for kind in sorted(groups):
    total = sum((b for _, b in groups[kind]), Decimal(0))
    print(f"{kind:<10}{total:>14,.2f}")
    for name, b in groups[kind]:
        print(f"   {name:<12}{b:>12}")
d, c = L.trial()
print("trial balance", d, c, d == c, len(L.journal), "entries")
# decimal context corners
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal("1.234565").quantize(Decimal("0.00001")))
    ctx.traps[InvalidOperation] = False
    print(Decimal("0") / Decimal("0"), Decimal("inf") - Decimal("inf"))
print(Decimal("1.10") + Decimal("2.205"), Decimal("2.50").normalize(), Decimal("1e3").to_integral(), Decimal(-0.0), Decimal("-0") == 0)
print(Decimal("3.14159").as_tuple(), Decimal(0.1), round(Decimal("2.675"), 2), round(Decimal("2.5")), float(Decimal("1.1")))
print(sorted([Decimal("1.5"), 1, 2.25, Decimal("-3")]), Decimal(10) ** -2, Decimal(2).sqrt(), getcontext().prec)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
