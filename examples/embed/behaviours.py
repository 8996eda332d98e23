# Entity behaviour for examples/embed: the C++ host owns the world (positions, health) and
# exposes it as the native module `world`; this script decides what each entity does.
import world

SPEED = {"wanderer": 1.0, "chaser": 1.5, "turret": 0.0}
state = {"hits": 0}


def setup(seed):
    """Spawns the starting entities; returns their ids."""
    ids = []
    for i in range(6):
        kind = ("wanderer", "chaser", "turret")[i % 3]
        ids.append(world.spawn(kind, float(i * 7 % 11), float(i * 5 % 13)))
    world.log("spawned %d entities (seed %d)" % (len(ids), seed))
    return ids


def nearest(me, kind):
    mx, my = world.position(me)
    best, best_d = None, 1e9
    for other in world.entities():
        if other == me or world.kind(other) != kind:
            continue
        ox, oy = world.position(other)
        d = (ox - mx) ** 2 + (oy - my) ** 2
        if d < best_d:
            best, best_d = other, d
    return best, best_d


def update(me, t):
    kind = world.kind(me)
    if kind == "wanderer":
        # A fixed pattern: a square walk.
        dx, dy = [(1, 0), (0, 1), (-1, 0), (0, -1)][(t // 5 + me) % 4]
        world.move(me, dx * SPEED[kind], dy * SPEED[kind])
    elif kind == "chaser":
        target, d = nearest(me, "wanderer")
        if target is not None:
            (mx, my), (tx, ty) = world.position(me), world.position(target)
            step = SPEED[kind] / max(d ** 0.5, 1e-9)
            world.move(me, (tx - mx) * min(step, 1.0), (ty - my) * min(step, 1.0))
            if d < 4.0:
                world.damage(target, 7)
                state["hits"] += 1
    elif kind == "turret" and t % 10 == 0:
        target, d = nearest(me, "chaser")
        if target is not None and d < 150.0:
            world.damage(target, 3)
            state["hits"] += 1


def tick(t):
    for me in world.entities():
        update(me, t)
    return state["hits"]
