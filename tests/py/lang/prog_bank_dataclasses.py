# A bank simulation with dataclasses, enums, Decimal money, custom exceptions, a ledger
# with replay, interest with quantize, and a report sorted by balance.
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_EVEN
from enum import Enum, auto
import itertools
class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()
    TRANSFER = auto()
    INTEREST = auto()
class InsufficientFunds(Exception):
    def __init__(self, acct, amount):
        super().__init__(f'{acct} cannot pay {amount}')
        self.acct, self.amount = acct, amount
@dataclass(order=True)
class Txn:
    seq: int
    kind: Kind = field(compare=False)
    amount: Decimal = field(compare=False)
    src: str = field(default='', compare=False)
    dst: str = field(default='', compare=False)
@dataclass
class Account:
    owner: str
    balance: Decimal = Decimal('0.00')
    history: list = field(default_factory=list, repr=False)
    def apply(self, delta, txn):
        if self.balance + delta < 0:
            raise InsufficientFunds(self.owner, -delta)
        self.balance = (self.balance + delta).quantize(Decimal('0.01'), ROUND_HALF_EVEN)
        self.history.append(txn.seq)
class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []
        self.seq = itertools.count(1)
    def open(self, owner, initial='0'):
        self.accounts[owner] = Account(owner)
        if Decimal(initial):
            self.deposit(owner, initial)
    def _txn(self, kind, amount, src='', dst=''):
        t = Txn(next(self.seq), kind, Decimal(amount), src, dst)
        self.ledger.append(t)
        return t
    def deposit(self, who, amount):
        t = self._txn(Kind.DEPOSIT, amount, dst=who)
        self.accounts[who].apply(t.amount, t)
    def withdraw(self, who, amount):
        t = self._txn(Kind.WITHDRAW, amount, src=who)
        self.accounts[who].apply(-t.amount, t)
    def transfer(self, a, b, amount):
        t = self._txn(Kind.TRANSFER, amount, a, b)
        self.accounts[a].apply(-t.amount, t)
        self.accounts[b].apply(t.amount, t)
    def interest(self, rate):
        for acct in self.accounts.values():
            amt = (acct.balance * Decimal(rate)).quantize(Decimal('0.01'))
            if amt:
                t = self._txn(Kind.INTEREST, amt, dst=acct.owner)
                acct.apply(amt, t)
bank = Bank()
for who, amt in [('alice', '100.00'), ('bob', '50.50'), ('carol', '0')]:
    bank.open(who, amt)
ops = [('deposit', 'carol', '20.25'), ('transfer', 'alice', 'bob', '30.10'), ('withdraw', 'bob', '100'), ('withdraw', 'bob', '80.60'),
       ('transfer', 'carol', 'alice', '20.26'), ('interest', '0.0375'), ('deposit', 'alice', '0.005'), ('interest', '0.01')]
for op, *args in ops:
    try:
        getattr(bank, op)(*args)
        print(f'{op:9} {args} ok')
    except InsufficientFunds as e:
        print(f'{op:9} {args} FAILED: {e} ({e.amount})')
for acct in sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.owner)):
    print(acct, acct.history)
print(sum(a.balance for a in bank.accounts.values()), len(bank.ledger), max(bank.ledger), bank.ledger[0] < bank.ledger[1])
by_kind = {k.name: sum(t.amount for t in bank.ledger if t.kind is k) for k in Kind}
print(by_kind)
