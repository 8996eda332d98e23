# Uncaught exception raised with 'from'; last stderr line is the outer exception
class ParseError(Exception):
    pass

def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"invalid integer: {s!r}") from e

def parse_all(items):
    out = []
    for item in items:
        out.append(parse_int(item))
        print("parsed", item, "->", out[-1])
    return out

print(parse_all(["1", "22", "-3"]))
try:
    parse_all(["4", "x"])
except ParseError as e:
    print("handled:", e, "| cause:", type(e.__cause__).__name__)
print("now failing for real")
parse_all(["5", "6.5", "7"])
print("unreachable")
for i in range(3):
    print(i)
print("end")
