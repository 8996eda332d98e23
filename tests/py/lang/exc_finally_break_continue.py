# break/continue inside try/finally and except
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop i =", i)

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break in finally swallowed the exception, i=%d" % i
print(swallow())

def cont_in_finally():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            out.append(i)
            continue
    return out
print(cont_in_finally())

n = 0
while True:
    n += 1
    try:
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
print("n =", n)

for i in range(3):
    try:
        try:
            if i == 1:
                raise ValueError("one")
        except ValueError:
            print("caught", i, "continue")
            continue
        finally:
            print("inner finally", i)
        print("end of body", i)
    finally:
        print("outer finally", i)

def return_in_loop():
    for x in "abc":
        try:
            if x == "b":
                return x
        finally:
            print("finally for", x)
print(return_in_loop())
results = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(("ok", i))
    except ValueError as e:
        results.append(("err", e.args[0]))
        continue
    else:
        results.append(("else", i))
print(results)
