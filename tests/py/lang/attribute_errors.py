# AttributeError messages in many situations
class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
class B(A):
    pass

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

a = A()
attempt("instance missing", lambda: a.x)
attempt("subclass instance missing", lambda: B().nothing)
attempt("class missing", lambda: A.x)
attempt("int attr", lambda: (5).foo)
attempt("str attr", lambda: "s".foo)
attempt("list attr", lambda: [].push)
attempt("None attr", lambda: None.value)
attempt("dict attr", lambda: {}.has_key)
attempt("module-like func attr", lambda: len.foo)
attempt("tuple attr", lambda: ().append)
attempt("type attr", lambda: int.nothing)
attempt("existing", lambda: a.inst)
attempt("existing class attr", lambda: a.cls_attr)
del a.inst
attempt("deleted", lambda: a.inst)
def del_missing():
    del a.never
attempt("del missing", del_missing)
def del_class_attr_via_instance():
    del a.cls_attr
attempt("del class attr via instance", del_class_attr_via_instance)
def set_on_builtin():
    "x".y = 1
attempt("set on str", set_on_builtin)
def set_on_list_method():
    [].append = 5
attempt("set list method", set_on_list_method)
def set_on_builtin_type():
    int.y = 1
attempt("set on int type", set_on_builtin_type)
def f():
    pass
f.custom = "functions accept attrs"
attempt("func custom", lambda: f.custom)
attempt("func missing", lambda: f.missing)
print(isinstance(AttributeError("x"), Exception))
try:
    a.zzz
except AttributeError as e:
    print(repr(e), e.args)
print(getattr(a, "zzz", "dflt"), hasattr(a, "zzz"))
