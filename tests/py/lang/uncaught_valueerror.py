# Program ends with an uncaught ValueError: stderr last line "ValueError: bad"
def validate(items):
    out = []
    for item in items:
        print("validating", item)
        if item < 0:
            raise ValueError("bad")
        out.append(item * 2)
    return out

print(validate([1, 2, 3]))
try:
    validate([1, -1])
except ValueError as e:
    print("first failure handled:", e)

def process():
    results = []
    for batch in ([4, 5], [6, -7, 8]):
        results.append(validate(batch))
        print("batch done", results[-1])
    return results

print("starting process")
process()
print("never printed")
