# global statement and module-level name binding
count = 0
def bump():
    global count
    count += 1
    return count
print(bump(), bump(), count)

def create():
    global created_later
    created_later = "now exists"
create()
print(created_later)

x = "module"
def read_only():
    return x
def shadowing():
    x = "local"
    return x
print(read_only(), shadowing(), x)

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y
y = "global y"
print(unbound())

def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)

def nested():
    def inner():
        global count
        count = 100
    inner()
nested()
print(count)

def del_global():
    global temp
    del temp
temp = 1
del_global()
try:
    temp
except NameError as e:
    print("NameError:", e)

try:
    undefined_name_xyz
except NameError as e:
    print(e)
def in_loop():
    global total
    total = 0
    for i in range(5):
        total += i
in_loop()
print(total)
print("count" in globals(), "nonexistent" in globals())
g = globals()
g["injected"] = 42
print(injected)
