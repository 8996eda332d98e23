# Sorting and comparing dataclasses: order=True field-by-field comparison, field(compare=False),
# key functions with attrgetter, frozen instances in sets/dicts, sorting stability with ties.
from dataclasses import dataclass, field
from operator import attrgetter
import random
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)
    def __str__(self): return f'{self.major}.{self.minor}.{self.patch}{self.label}'
random.seed(8)
vs = [Version(random.randint(0, 2), random.randint(0, 3), random.randint(0, 2), random.choice(['', '-rc', '-beta'])) for _ in range(15)]
print([str(v) for v in sorted(vs)])
print([str(v) for v in sorted(vs, key=attrgetter('patch', 'major'), reverse=True)])
print(str(max(vs)), str(min(vs)), Version(1, 2) == Version(1, 2, label='x'), Version(1) < Version(1, 0, 1), len(set(vs)), Version(1, 2) <= Version(1, 2))
try: Version(1) < (1, 0, 0)
except TypeError as e: print(e)
d = {Version(1): 'one', Version(2): 'two'}; print(d[Version(1, label='alias')])
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(2, 'b'), Task(1, 'a'), Task(2, 'a'), Task(1, 'z')]
print([t.name for t in sorted(tasks)], [t.name for t in sorted(tasks, reverse=True)], Task(1, 'x') == Task(1, 'y'))
