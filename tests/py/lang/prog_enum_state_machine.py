# Enum-driven state machines: vending machine and TCP-like connection with Enum/IntEnum/Flag/auto, transition tables, guards.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
@unique
class VState(Enum):
    IDLE = auto(); HAS_MONEY = auto(); DISPENSING = auto(); OUT_OF_ORDER = auto()
    def __str__(self): return self.name.lower()
class Coin(IntEnum):
    NICKEL = 5; DIME = 10; QUARTER = 25; DOLLAR = 100
class Perm(Flag):
    NONE = 0; READ = auto(); WRITE = auto(); ADMIN = auto()
    RW = READ | WRITE
class TransitionError(Exception): pass
class Vending:
    PRICES = {"A1": 65, "A2": 100, "B1": 35}
    def __init__(self, stock):
        self.state = VState.IDLE
        self.balance = 0
        self.stock = dict(stock)
        self.log = []
    def _go(self, new, why):
        self.log.append((self.state.name, new.name, why))
        self.state = new
    def insert(self, coin):
        if self.state in (VState.OUT_OF_ORDER, VState.DISPENSING):
            raise TransitionError(f"cannot insert in state {self.state}")
        coin = Coin(coin)
        self.balance += coin
        self._go(VState.HAS_MONEY, f"+{coin.name}")
    def select(self, code):
        if self.state is not VState.HAS_MONEY:
            raise TransitionError(f"select needs money, state={self.state}")
        price = self.PRICES.get(code)
        if price is None: raise TransitionError(f"unknown item {code}")
        if self.stock.get(code, 0) == 0: raise TransitionError(f"{code} sold out")
        if self.balance < price: raise TransitionError(f"need {price - self.balance} more for {code}")
        self._go(VState.DISPENSING, code)
        self.stock[code] -= 1
        self.balance -= price
        change = self.make_change()
        self._go(VState.IDLE, f"change {change}")
        if not any(self.stock.values()): self._go(VState.OUT_OF_ORDER, "empty")
        return code, change
    def make_change(self):
        out = []
        for c in sorted(Coin, reverse=True):
            while self.balance >= c:
                out.append(c.name); self.balance -= c
        return out
    def refund(self):
        if self.state is not VState.HAS_MONEY: return []
        ch = self.make_change(); self._go(VState.IDLE, "refund"); return ch
vm = Vending({"A1": 1, "A2": 1, "B1": 1})
script = [("insert", 25), ("insert", 25), ("select", "A1"), ("insert", 10), ("insert", 10), ("insert", 10), ("insert", 5), ("select", "A1"),
          ("select", "A1"), ("insert", 100), ("select", "A1"), ("select", "B1"), ("refund",), ("insert", 100), ("insert", 3), ("select", "Z9"),
          ("select", "A2"), ("insert", 25)]
for step in script:
    try:
        r = getattr(vm, step[0])(*step[1:])
        print(step, "->", r, "| state", vm.state, "balance", vm.balance)
    except (TransitionError, ValueError) as e:
        print(step, "!!", type(e).__name__, e, "| state", vm.state)
for entry in vm.log: print("  ", entry)
class Conn(Enum):
    CLOSED = "closed"; LISTEN = "listen"; SYN_SENT = "syn-sent"; SYN_RCVD = "syn-rcvd"; ESTABLISHED = "established"
    FIN_WAIT = "fin-wait"; CLOSE_WAIT = "close-wait"; LAST_ACK = "last-ack"; TIME_WAIT = "time-wait"
    @property
    def is_open(self): return self in (Conn.ESTABLISHED, Conn.CLOSE_WAIT)
TABLE = {
    (Conn.CLOSED, "passive_open"): Conn.LISTEN, (Conn.CLOSED, "active_open"): Conn.SYN_SENT,
    (Conn.LISTEN, "rcv_syn"): Conn.SYN_RCVD, (Conn.SYN_SENT, "rcv_syn_ack"): Conn.ESTABLISHED,
    (Conn.SYN_RCVD, "rcv_ack"): Conn.ESTABLISHED, (Conn.ESTABLISHED, "close"): Conn.FIN_WAIT,
    (Conn.ESTABLISHED, "rcv_fin"): Conn.CLOSE_WAIT, (Conn.CLOSE_WAIT, "close"): Conn.LAST_ACK,
    (Conn.LAST_ACK, "rcv_ack"): Conn.CLOSED, (Conn.FIN_WAIT, "rcv_fin"): Conn.TIME_WAIT, (Conn.TIME_WAIT, "timeout"): Conn.CLOSED,
}
def run(events, state=Conn.CLOSED):
    trace = [state.value]
    for ev in events:
        nxt = TABLE.get((state, ev))
        if nxt is None:
            trace.append(f"<{ev}?>"); continue
        state = nxt; trace.append(state.value)
    return state, trace
for evs in (["passive_open", "rcv_syn", "rcv_ack", "rcv_fin", "close", "rcv_ack"], ["active_open", "rcv_syn_ack", "close", "rcv_fin", "timeout"],
            ["active_open", "close", "rcv_syn_ack", "rcv_fin"]):
    st, tr = run(evs)
    print(st, st.is_open, " -> ".join(tr))
reach = {Conn.CLOSED}
frontier = [Conn.CLOSED]
while frontier:
    s = frontier.pop()
    for (a, ev), b in TABLE.items():
        if a is s and b not in reach: reach.add(b); frontier.append(b)
print("reachable", [s.name for s in Conn if s in reach], "unreachable", [s.name for s in Conn if s not in reach])
print(Conn("listen"), Conn["FIN_WAIT"].value, len(Conn), list(VState)[:2], VState.IDLE.value, repr(VState.DISPENSING))
print(Coin.DIME + Coin.NICKEL, Coin(25) is Coin.QUARTER, sorted(Coin)[0], Coin.DOLLAR > 50, int(Coin.DIME), f"{Coin.DIME}", f"{Coin.DIME!r}", str(Coin.DIME))
p = Perm.READ | Perm.WRITE
print(p, p is Perm.RW, Perm.ADMIN in p, Perm.READ in p, bool(Perm.NONE), ~Perm.READ, list(Perm.RW), Perm(3), Perm(0))
print(repr(Perm.READ | Perm.ADMIN), (Perm.RW & ~Perm.WRITE).name, Perm.RW.value, [m.name for m in Perm])
class Mode(IntFlag):
    X = 1; W = 2; R = 4
print(Mode.R | Mode.W, Mode(7), int(Mode.R | 1), Mode(8) if False else "skip", Mode.R | 8, repr(Mode(0)))
try:
    Coin(7)
except ValueError as e:
    print("ValueError", e)
try:
    Conn["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1
except ValueError as e:
    print("ValueError", e)
class Alias(Enum):
    A = 1; B = 1; C = 2
print(list(Alias), Alias.B is Alias.A, Alias.__members__["B"], [n for n in Alias.__members__])
try:
    VState.IDLE = 5
except AttributeError as e:
    print("AttributeError", e)
print(hash(VState.IDLE) == hash(VState.IDLE), {VState.IDLE: 1}[VState.IDLE], VState.IDLE == 1, isinstance(Coin.DIME, int))
