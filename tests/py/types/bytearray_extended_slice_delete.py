# Regression: assigning an empty bytes-like to an extended slice of a bytearray deletes it (as
# del does), while a list raises ValueError for the same assignment.
for step in (2, 3, -1, -2):
    ba = bytearray(b'abcdefghij')
    ba[::step] = b''
    print(step, ba)
    ba = bytearray(b'abcdefghij')
    ba[1:8:step] = bytearray()
    print(step, ba)
    ba = bytearray(b'abcdefghij')
    ba[::step] = []
    print(step, ba)
    L = list(range(10))
    try:
        L[::step] = []
    except ValueError as e:
        print(e)
ba = bytearray(b'abc')
try:
    ba[::2] = b'xyz'
except ValueError as e:
    print(e)
ba[::2] = b'XY'
print(ba)
