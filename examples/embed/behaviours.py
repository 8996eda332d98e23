# Entity behaviour for examples/embed: the C++ host owns the world (positions, health) and
# exposes it as the native module `world`, whose Entity objects are the host's entities;
# this script decides what each entity does.
import math

import world

SPEED = {"wanderer": 1.0, "chaser": 1.5, "turret": 0.0}
state = {"hits": 0}


def setup(seed):
    """Spawns the starting entities; returns them."""
    ents = []
    for i in range(6):
        kind = ("wanderer", "chaser", "turret")[i % 3]
        ents.append(world.spawn(kind, x=float(i * 7 % 11), y=float(i * 5 % 13)))
    world.log("spawned %d entities (seed %d)" % (len(ents), seed))
    return ents


def nearest(me, kind):
    best, best_d = None, 1e9
    for other in world.entities():
        if other is me or other.kind != kind:
            continue
        d = (other.x - me.x) ** 2 + (other.y - me.y) ** 2
        if d < best_d:
            best, best_d = other, d
    return best, best_d


def update(me, t):
    kind = me.kind
    if kind == "wanderer":
        # A fixed pattern: a square walk.
        dx, dy = [(1, 0), (0, 1), (-1, 0), (0, -1)][(t // 5 + me.id) % 4]
        me.move(dx * SPEED[kind], dy * SPEED[kind])
    elif kind == "chaser":
        target, d = nearest(me, "wanderer")
        if target is not None:
            step = SPEED[kind] / max(math.sqrt(d), 1e-9)
            me.move((target.x - me.x) * min(step, 1.0), (target.y - me.y) * min(step, 1.0))
            if d < 4.0:
                target.damage(7)
                state["hits"] += 1
    elif kind == "turret" and t % 10 == 0:
        target, d = nearest(me, "chaser")
        if target is not None and d < 150.0:
            target.damage(amount=3)
            state["hits"] += 1


def tick(t):
    for me in world.entities():
        update(me, t)
    return state["hits"]
