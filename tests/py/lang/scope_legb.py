# LEGB name resolution: local, enclosing, global, builtin
x = "global x"
len_calls = []
def show():
    print(x)
show()
def local_shadow():
    x = "local x"
    print(x)
local_shadow()
print(x)
def enclosing():
    x = "enclosing x"
    def inner():
        print(x)
    inner()
    def inner_local():
        x = "inner local"
        print(x)
    inner_local()
    print(x)
enclosing()
def builtin_shadow():
    len = lambda s: "shadowed len"
    return len("abc")
print(builtin_shadow(), len("abc"))
def uses_builtin():
    return max([1, 5, 2])
max = lambda s: "global max shadows builtin"
print(uses_builtin())
del max
print(uses_builtin())
def class_scope():
    y = "function y"
    class C:
        y = "class y"
        def method(self):
            return y
        attr = y
    return C().method(), C.attr
print(class_scope())
def late_global():
    return later
later = "defined after function"
print(late_global())
def param_shadow(x):
    return x
print(param_shadow("param x"), x)
def nested_levels():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            return a + b + c
        return l3()
    return l2()
print(nested_levels())
def assign_after_use():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
assign_after_use()
def conditional_def(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(conditional_def(True), conditional_def(False))
print(type(print).__name__, print is __builtins__.print if hasattr(__builtins__, "print") else True)
