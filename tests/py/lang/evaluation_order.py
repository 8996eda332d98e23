# Evaluation order of operands, arguments, subscripts and assignments
log = []
def t(label, value=None):
    log.append(label)
    return label if value is None else value

def reset(title):
    print(title, log)
    log.clear()

t("a", 1) + t("b", 2) * t("c", 3)
reset("binary ops:")
def f(*args, **kwargs):
    return args
f(t("x"), t("y"), k=t("z"), *[t("star")])
reset("call args:")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
reset("dict literal:")
lst = [t("e1"), t("e2"), t("e3")]
reset("list literal:")
obj = {"key": [0, 0]}
t("container", obj)[t("sub", "key")][t("idx", 1)] = t("value", 5)
reset("assignment (value first):")
print(obj)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
a = b = t("chained", [])
reset("chained assign:")
print(a is b)
t("lhs", 1) < t("mid", 2) < t("rhs", 3)
reset("chained compare:")
t("cond", True) and t("then", 1)
reset("and:")
t("cond", False) or t("other", 0) or t("last", 1)
reset("or:")
t("yes") if t("test", False) else t("no")
reset("ternary:")
[t(f"item{i}") for i in range(2) if t(f"filter{i}", True)]
reset("comprehension:")
class C:
    def __init__(self):
        self.v = {}
c = C()
t("obj", c).v[t("k", "key")] = t("val", 1)
reset("attribute subscript store:")
x = t("base", 2) ** t("exp", 3)
reset("power:")
y = -t("neg", 5)
z = t("l", [1]) + t("r", [2])
reset("unary and concat:")
print(x, y, z)
print(f"{t('f1')}{t('f2')}")
reset("f-string:")
