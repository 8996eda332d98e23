"""The same simulation as examples/embed/main.cpp, with the host's `world` module written in
Python and run by CPython: the embed test compares the two outputs line by line."""
import os
import sys
import types


class World:
    def __init__(self):
        self.entities = {}  # id -> [kind, x, y, hp], in spawn order
        self.next_id = 1

    def module(self):
        m = types.ModuleType("world")
        m.spawn = self.spawn
        m.position = lambda i: [self.entities[i][1], self.entities[i][2]]
        m.kind = lambda i: self.entities[i][0]
        m.move = self.move
        m.damage = self.damage
        m.entities = lambda: [i for i, e in self.entities.items() if e[3] > 0]
        m.log = lambda line: print("[script] " + line)
        return m

    def spawn(self, kind, x, y):
        i = self.next_id
        self.next_id += 1
        self.entities[i] = [kind, x, y, 100]
        return i

    def move(self, i, dx, dy):
        e = self.entities[i]
        e[1] = min(max(e[1] + dx, 0.0), 40.0)
        e[2] = min(max(e[2] + dy, 0.0), 40.0)

    def damage(self, i, amount):
        e = self.entities[i]
        e[3] = max(e[3] - amount, 0)


def main():
    w = World()
    sys.modules["world"] = w.module()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import behaviours
    behaviours.setup(42)
    hits = 0
    for t in range(200):
        hits = behaviours.tick(t)
        if t % 50 == 49:
            alive = sum(1 for e in w.entities.values() if e[3] > 0)
            print("t=%d alive=%d hits=%d" % (t + 1, alive, hits))
    for i, (kind, x, y, hp) in w.entities.items():
        print("%d %s %.6f %.6f %d" % (i, kind, x, y, hp))


main()
