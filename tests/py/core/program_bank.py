class InsufficientFunds(Exception):
    pass
class Account:
    count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {amount - self.balance:.2f} more")
        self.balance -= amount
        self.history.append(("wd", amount))
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f} ({len(self.history)} ops)"
accts = [Account("ann", 100), Account("bob"), Account("cy", 50.5)]
for a in accts:
    for amt in (10, -5, 200, 30):
        try:
            if amt < 0:
                a.deposit(amt)
            elif amt > 100:
                a.withdraw(amt)
            else:
                a.deposit(amt)
        except (ValueError, InsufficientFunds) as e:
            print(type(e).__name__, e)
    print(a)
print(Account.count, sorted(a.owner for a in accts), sum(a.balance for a in accts))
