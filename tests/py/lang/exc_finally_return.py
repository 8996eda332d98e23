# return inside try/finally: finally overrides, swallows exceptions
def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"

def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("f4 x changed to", x)

def f5():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)

def f6():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("f6 finally", i)

def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f8 finally after except-return")

def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("replaced")
    finally:
        return "finally wins over except raise"

def f10(n):
    try:
        if n:
            return "early"
    finally:
        if n == 2:
            return "override"
    return "late"

for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
    print(f.__name__, "->", f())
print(f10(0), f10(1), f10(2))
