# Event-sourcing store with namedtuples: append-only log, projections, snapshots, replay to a version, optimistic concurrency.
from collections import namedtuple, defaultdict, OrderedDict
import json
Event = namedtuple("Event", "stream version kind data")
Snapshot = namedtuple("Snapshot", ["stream", "version", "state"])
Item = namedtuple("Item", "sku qty price", defaults=(1, 0))
class ConcurrencyError(Exception): pass
class Store:
    def __init__(self):
        self.log = []
        self.by_stream = defaultdict(list)
        self.snapshots = {}
        self.subscribers = []
    def append(self, stream, expected, kind, **data):
        cur = len(self.by_stream[stream])
        if expected != cur:
            raise ConcurrencyError(f"{stream}: expected version {expected}, at {cur}")
        ev = Event(stream, cur + 1, kind, data)
        self.log.append(ev); self.by_stream[stream].append(ev)
        for sub in self.subscribers: sub(ev)
        return ev.version
    def events(self, stream, after=0, upto=None):
        return [e for e in self.by_stream[stream] if e.version > after and (upto is None or e.version <= upto)]
def apply(state, ev):
    items = dict(state["items"])
    if ev.kind == "Created":
        return {"customer": ev.data["customer"], "items": {}, "status": "open", "paid": 0}
    if ev.kind == "ItemAdded":
        old = items.get(ev.data["sku"], Item(ev.data["sku"], 0, ev.data["price"]))
        items[ev.data["sku"]] = old._replace(qty=old.qty + ev.data["qty"])
    elif ev.kind == "ItemRemoved":
        old = items[ev.data["sku"]]
        if old.qty <= ev.data["qty"]: del items[ev.data["sku"]]
        else: items[ev.data["sku"]] = old._replace(qty=old.qty - ev.data["qty"])
    elif ev.kind == "Paid":
        return {**state, "paid": state["paid"] + ev.data["amount"], "status": "paid" if state["paid"] + ev.data["amount"] >= total(state) else "partial"}
    elif ev.kind == "Shipped":
        return {**state, "status": "shipped"}
    return {**state, "items": items}
def total(state): return sum(i.qty * i.price for i in state["items"].values())
EMPTY = {"customer": None, "items": {}, "status": "new", "paid": 0}
def load(store, stream, upto=None):
    snap = store.snapshots.get(stream)
    state, ver = EMPTY, 0
    if snap and (upto is None or snap.version <= upto):
        state, ver = snap.state, snap.version
    for ev in store.events(stream, ver, upto):
        state = apply(state, ev)
        ver = ev.version
    return state, ver
store = Store()
counts = defaultdict(int)
revenue_by_customer = defaultdict(int)
store.subscribers.append(lambda ev: counts.__setitem__(ev.kind, counts[ev.kind] + 1))
store.subscribers.append(lambda ev: revenue_by_customer.__setitem__(load(store, ev.stream)[0]["customer"], revenue_by_customer[load(store, ev.stream)[0]["customer"]] + ev.data["amount"]) if ev.kind == "Paid" else None)
v = store.append("order-1", 0, "Created", customer="ann")
v = store.append("order-1", v, "ItemAdded", sku="A1", qty=2, price=300)
v = store.append("order-1", v, "ItemAdded", sku="B7", qty=1, price=1250)
v = store.append("order-1", v, "ItemAdded", sku="A1", qty=1, price=300)
w = store.append("order-2", 0, "Created", customer="bob")
w = store.append("order-2", w, "ItemAdded", sku="C3", qty=5, price=99)
try:
    store.append("order-1", 2, "ItemRemoved", sku="A1", qty=1)
except ConcurrencyError as e:
    print("ConcurrencyError:", e)
v = store.append("order-1", v, "ItemRemoved", sku="A1", qty=1)
state, ver = load(store, "order-1")
store.snapshots["order-1"] = Snapshot("order-1", ver, state)
v = store.append("order-1", v, "Paid", amount=1000)
v = store.append("order-1", v, "Paid", amount=850)
v = store.append("order-1", v, "Shipped", carrier="ups")
w = store.append("order-2", w, "ItemRemoved", sku="C3", qty=5)
w = store.append("order-2", w, "ItemAdded", sku="D4", qty=3, price=10)
w = store.append("order-2", w, "Paid", amount=10)
for stream in ("order-1", "order-2"):
    for upto in range(1, len(store.by_stream[stream]) + 1):
        st, ver = load(store, stream, upto)
        print(stream, ver, st["status"], st["paid"], total(st), sorted((i.sku, i.qty) for i in st["items"].values()))
print("snapshot", store.snapshots["order-1"].version, store.snapshots["order-1"]._asdict()["stream"])
print("counts", sorted(counts.items()), "revenue", sorted(revenue_by_customer.items()))
print(Event._fields, Item._field_defaults, Item("Z"), Item("Z", 2)._asdict(), Event._make(["s", 1, "k", {}]))
e = store.log[1]
print(e, e.data["sku"], e[1], len(e), e._replace(version=99).version, e.version, isinstance(e, tuple))
stream, version, *rest = e
print(stream, version, rest)
log_json = json.dumps([e._asdict() for e in store.log[:3]])
print(log_json)
reloaded = [Event(**d) for d in json.loads(log_json)]
print(reloaded == store.log[:3], reloaded[0] == ("order-1", 1, "Created", {"customer": "ann"}))
try:
    Item()
except TypeError as ex:
    print("TypeError", ex)
try:
    e.version = 3
except AttributeError as ex:
    print("AttributeError")  # the message differs: no native _collections._tuplegetter (see report)
try:
    namedtuple("Bad", "a a")
except ValueError as ex:
    print("ValueError", ex)
print(namedtuple("R", "a def _x", rename=True)._fields)
by_kind = OrderedDict()
for ev in store.log: by_kind.setdefault(ev.kind, []).append(ev.version)
by_kind.move_to_end("Created")
print(list(by_kind.items()))
