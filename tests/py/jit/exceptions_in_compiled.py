# Exceptions raised, caught and propagated through compiled functions, with tracebacks.
import sys

def risky(i):
    if i == 77:
        raise ValueError("bad %d" % i)
    return i * 2

def loop(n):
    total = 0
    for i in range(n):
        try:
            total += risky(i)
        except ValueError as e:
            total -= 1
            print("caught", e)
    return total

for _ in range(5):
    print(loop(100))

def unbound(flag):
    if flag:
        x = 1
    return x

for _ in range(30):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def deep(n):
    return deep(n + 1) + 1

try:
    deep(0)
except RecursionError as e:
    print("RecursionError", type(e).__name__)

def finally_order(n):
    log = []
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            log.append(i)
        finally:
            log.append(-i)
    return log
for _ in range(10):
    r = finally_order(10)
print(r)

def tb_line(i):
    x = [1, 2, 3]
    return x[i]
for _ in range(20):
    tb_line(1)
try:
    tb_line(10)
except IndexError as e:
    print("IndexError", e, type(sys.exc_info()[1]).__name__)
tb_line(5)
