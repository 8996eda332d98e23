# Private name mangling with double underscores
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "protected"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret method"
    def reveal(self):
        return self.__secret()

a = Account(100)
print(a.balance(), a.reveal(), a._protected)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, a._Account__secret())
print(sorted(vars(a)))

class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self._Account__balance
s = Sub()
print(s.both(), sorted(vars(s)))
print(s.balance())

class Dunder:
    def __init__(self):
        self.__magic__ = "not mangled"
        self.__x = 1
print(sorted(vars(Dunder())))

class _Leading:
    def __init__(self):
        self.__v = "leading underscore class"
print(sorted(vars(_Leading())))

class M:
    __cls_private = "class private"
    def get(self):
        return M.__cls_private, self.__cls_private
print(M().get(), M._M__cls_private)
print(hasattr(M, "__cls_private"), hasattr(M, "_M__cls_private"))
class N:
    def method(self):
        __local = 5
        return __local
    def getattr_string(self):
        self.__z = 1
        return getattr(self, "__z", "not found via string"), getattr(self, "_N__z")
print(N().method(), N().getattr_string())
