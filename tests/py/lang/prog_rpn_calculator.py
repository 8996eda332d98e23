# Reverse-Polish calculator with error handling
class CalcError(Exception):
    pass

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "**": lambda a, b: a ** b,
    "max": max,
}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise CalcError(f"stack underflow at {tok!r}")
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == "neg":
            stack.append(-stack.pop())
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise CalcError(f"unknown token {tok!r}") from None
    if len(stack) != 1:
        raise CalcError(f"expected one result, stack is {stack}")
    return stack[0]

tests = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "2.5 dup *",
         "1 2 swap -", "3 neg 4 max", "1 +", "1 2", "4 0 /", "2 x *", "1e3 2 *", "9 2 // neg"]
for t in tests:
    try:
        print(f"{t:20} -> {rpn(t)!r}")
    except CalcError as e:
        print(f"{t:20} CalcError: {e}")
    except ZeroDivisionError as e:
        print(f"{t:20} ZeroDivisionError: {e}")
