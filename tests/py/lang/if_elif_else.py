# if / elif / else branching
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-5, 0, 3, 10, 99, 100, 10 ** 6):
    print(n, classify(n))

def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizz(i) for i in range(1, 21)))

x = 7
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        print("5 < x <= 6")
else:
    print("x <= 5")

if []:
    print("empty list truthy?")
elif {}:
    print("empty dict truthy?")
elif "0":
    print("string '0' is truthy")

y = 0
if y: pass
else: print("y falsy")
if y == 0: print("one-liner"); print("second statement")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 50, 90, 80)])
