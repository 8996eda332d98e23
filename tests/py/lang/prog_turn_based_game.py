# A turn-based game loop: entities with components (dicts of dataclasses), a seeded random AI,
# combat resolution with dice, status effects that expire, a message log and a final summary;
# the loop runs for a fixed number of turns so the output is deterministic.
import random
from dataclasses import dataclass, field
@dataclass
class Stats:
    hp: int
    atk: int
    defense: int
@dataclass
class Entity:
    name: str
    stats: Stats
    pos: tuple
    effects: dict = field(default_factory=dict)
    kills: int = 0
    @property
    def alive(self):
        return self.stats.hp > 0
rng = random.Random(4242)
W, H = 8, 6
ents = [Entity('hero', Stats(70, 9, 4), (0, 0)), Entity('orc', Stats(18, 5, 2), (7, 5)), Entity('goblin', Stats(10, 3, 1), (7, 0)), Entity('troll', Stats(25, 7, 4), (0, 5))]
log = []
def dist(a, b):
    return abs(a.pos[0] - b.pos[0]) + abs(a.pos[1] - b.pos[1])
def roll(n, sides):
    return sum(rng.randint(1, sides) for _ in range(n))
def step_towards(e, target):
    x, y = e.pos
    tx, ty = target.pos
    options = []
    if x != tx:
        options.append((x + (1 if tx > x else -1), y))
    if y != ty:
        options.append((x, y + (1 if ty > y else -1)))
    occupied = {o.pos for o in ents if o.alive and o is not e}
    options = [p for p in options if p not in occupied and 0 <= p[0] < W and 0 <= p[1] < H]
    if options:
        e.pos = rng.choice(options)
def attack(a, b, turn):
    dmg = max(0, a.stats.atk + roll(1, 6) - b.stats.defense - (2 if 'shield' in b.effects else 0))
    if 'rage' in a.effects:
        dmg *= 2
    b.stats.hp -= dmg
    log.append(f'{turn:2}: {a.name} hits {b.name} for {dmg} ({max(b.stats.hp, 0)} left)')
    if not b.alive:
        a.kills += 1
        log.append(f'{turn:2}: {b.name} dies')
    if rng.random() < 0.2:
        b.effects['poison'] = 3
        log.append(f'{turn:2}: {b.name} is poisoned')
for turn in range(1, 31):
    for e in ents:
        if not e.alive:
            continue
        for eff in list(e.effects):
            if eff == 'poison':
                e.stats.hp -= 1
            e.effects[eff] -= 1
            if e.effects[eff] == 0:
                del e.effects[eff]
                log.append(f'{turn:2}: {e.name} recovers from {eff}')
        if not e.alive:
            log.append(f'{turn:2}: {e.name} succumbs')
            continue
        foes = [o for o in ents if o.alive and o is not e and (o.name == 'hero') != (e.name == 'hero')]
        if not foes:
            continue
        target = min(foes, key=lambda o: (dist(e, o), o.name))
        if e.name == 'hero' and e.stats.hp < 12 and 'shield' not in e.effects and rng.random() < 0.5:
            e.effects['shield'] = 2
            log.append(f'{turn:2}: hero raises a shield')
        elif e.name == 'troll' and rng.random() < 0.15:
            e.effects['rage'] = 1
        if dist(e, target) == 1:
            attack(e, target, turn)
        else:
            step_towards(e, target)
    if not ents[0].alive or all(not o.alive for o in ents[1:]):
        break
print('\n'.join(log))
for e in ents:
    print(f'{e.name:7} hp={e.stats.hp:3} pos={e.pos} kills={e.kills} effects={sorted(e.effects)}')
print('turns', turn, 'winner', 'hero' if ents[0].alive else 'monsters')
