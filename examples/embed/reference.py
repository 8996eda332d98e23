"""The same simulation as examples/embed/main.cpp, with the host's `world` module written in
Python and run by CPython: the embed test compares the two outputs line by line."""
import os
import sys
import types


class Entity:
    def __init__(self, id, kind, x, y):
        self.id, self.kind, self.x, self.y, self.hp = id, kind, x, y, 100

    def move(self, dx, dy):
        self.x = min(max(self.x + dx, 0.0), 40.0)
        self.y = min(max(self.y + dy, 0.0), 40.0)

    def damage(self, amount):
        self.hp = max(self.hp - amount, 0)


class World:
    def __init__(self):
        self.entities = {}  # id -> Entity, in spawn order
        self.next_id = 1

    def module(self):
        m = types.ModuleType("world")
        m.Entity = Entity
        m.spawn = self.spawn
        m.entities = lambda: [e for e in self.entities.values() if e.hp > 0]
        m.log = lambda line: print("[script] " + line)
        return m

    def spawn(self, kind, x, y):
        e = Entity(self.next_id, kind, x, y)
        self.entities[e.id] = e
        self.next_id += 1
        return e


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
            alive = sum(1 for e in w.entities.values() if e.hp > 0)
            print("t=%d alive=%d hits=%d" % (t + 1, alive, hits))
    for i, e in w.entities.items():
        print("%d %s %.6f %.6f %d" % (i, e.kind, e.x, e.y, e.hp))


main()
