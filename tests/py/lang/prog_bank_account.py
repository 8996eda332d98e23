# Bank account simulation with transactions, errors and history
class InsufficientFunds(Exception):
    pass

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
print(alice, bob, bank.total())
ops = [("deposit", alice.id, 50), ("transfer", alice.id, bob.id, 120), ("withdraw", bob.id, 200),
       ("deposit", bob.id, -5), ("transfer", bob.id, alice.id, 20), ("transfer", alice.id, 99, 1)]
for op in ops:
    try:
        if op[0] == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        elif op[0] == "withdraw":
            bank.accounts[op[1]].withdraw(op[2])
        else:
            bank.transfer(*op[1:])
        print("ok   ", op, list(bank.accounts.values()))
    except InsufficientFunds as e:
        print("fail ", op, "InsufficientFunds:", e)
    except (ValueError, KeyError) as e:
        print("fail ", op, type(e).__name__, e)
print(alice.history)
print(bob.history)
print("total", bank.total())
