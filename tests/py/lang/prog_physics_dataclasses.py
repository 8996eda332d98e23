# A small physics/game-style program: frozen dataclass vectors with operators, bouncing bodies
# simulated step by step, an enum state machine, a generic Stack and total_ordering cards.
import dataclasses, typing, enum, functools, json
@dataclasses.dataclass(frozen=True)
class Vec:
    x: float
    y: float
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
@dataclasses.dataclass
class Body:
    name: str
    pos: Vec
    vel: Vec
    mass: float = 1.0
    trail: list = dataclasses.field(default_factory=list, repr=False, compare=False)
    def step(self, dt, g=Vec(0, -9.8)):
        self.vel = self.vel + g * dt
        self.pos = self.pos + self.vel * dt
        if self.pos.y < 0:
            self.pos = Vec(self.pos.x, -self.pos.y * 0.5)
            self.vel = Vec(self.vel.x * 0.9, -self.vel.y * 0.5)
        self.trail.append(self.pos)
bodies = [Body('ball', Vec(0, 10), Vec(2, 0)), Body('rock', Vec(5, 3), Vec(-1, 4), 3.0)]
for t in range(60):
    for b in bodies:
        b.step(0.05)
for b in bodies:
    print(b.name, round(b.pos.x, 6), round(b.pos.y, 6), round(b.vel.norm, 6), len(b.trail), max(round(p.y, 4) for p in b.trail))
print(dataclasses.replace(bodies[0], name='copy') == bodies[0], dataclasses.replace(bodies[0], name='ball') == bodies[0], hash(Vec(1, 2)) == hash(Vec(1, 2)))
print(json.dumps(dataclasses.asdict(bodies[1]) | {'trail': None}, default=str)[:120])
class State(enum.Enum):
    IDLE = 'idle'; WALK = 'walk'; JUMP = 'jump'
TRANS = {(State.IDLE, 'go'): State.WALK, (State.WALK, 'stop'): State.IDLE, (State.WALK, 'up'): State.JUMP, (State.JUMP, 'land'): State.WALK, (State.IDLE, 'up'): State.JUMP}
s = State.IDLE; hist = [s.value]
for ev in ['go', 'up', 'land', 'stop', 'land', 'up', 'land']:
    s = TRANS.get((s, ev), s); hist.append(s.value)
print(hist)
T = typing.TypeVar('T')
class Stack(typing.Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
    def __len__(self): return len(self.items)
st: Stack[int] = Stack()
for i in range(5): st.push(i * i)
print(st.pop(), st.pop(), len(st), typing.get_type_hints(Stack.push), Stack[int].__origin__ is Stack)
@functools.total_ordering
@dataclasses.dataclass(eq=False)
class Card:
    rank: int
    suit: str
    def __eq__(self, o): return self.rank == o.rank
    def __lt__(self, o): return self.rank < o.rank
hand = [Card(10, 'h'), Card(3, 's'), Card(12, 'd'), Card(3, 'c')]
print([f'{c.rank}{c.suit}' for c in sorted(hand)], max(hand), Card(3, 'x') == Card(3, 'y'), Card(4, 'a') >= Card(3, 'b'))
