# The gc module: the flags, thresholds and lists programs read and set, and collect().
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(1000, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)


class Node:
    def __init__(self):
        self.other = None


for _ in range(100):
    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle, unreachable after the loop
del a, b
print(gc.collect() >= 0, isinstance(gc.collect(2), int))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.garbage, gc.callbacks, len(gc.get_count()), len(gc.get_stats()))
print(sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node()))
print(gc.get_debug(), gc.DEBUG_LEAK, gc.get_freeze_count())
