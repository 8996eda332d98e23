# Uncaught custom exception with a custom __str__; last stderr line "InsufficientFunds: need 150, have 100"
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need = need
        self.have = have
    def __str__(self):
        return f"need {self.need}, have {self.have}"

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        print("withdrew", amount, "balance", self.balance)

acct = Account(300)
acct.withdraw(100)
try:
    acct.withdraw(1000)
except BankError as e:
    print("handled:", e, e.args)
acct.withdraw(100)
acct.withdraw(150)
print("unreachable")
