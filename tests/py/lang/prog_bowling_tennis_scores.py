# Game scoring state machines: ten-pin bowling (strikes, spares, tenth frame) validated on
# known games, tennis scoring with deuce/advantage and tie-breaks, and a darts checkout finder.
import itertools
def bowling(rolls):
    score, i = 0, 0
    frames = []
    for frame in range(10):
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            score += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(score)
    return score, frames
games = {'perfect': [10] * 12, 'gutter': [0] * 20, 'all spares': [5] * 21, 'mixed': [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
         'nines': [9, 0] * 10}
for name, rolls in games.items():
    print(f'{name:10}', *bowling(rolls))
class Tennis:
    NAMES = ['0', '15', '30', '40']
    def __init__(self):
        self.points = [0, 0]
        self.games = [0, 0]
        self.sets = []
        self.tiebreak = False
    def point(self, p):
        o = 1 - p
        self.points[p] += 1
        a, b = self.points[p], self.points[o]
        need = 7 if self.tiebreak else 4
        if a >= need and a - b >= 2:
            self.win_game(p)
    def win_game(self, p):
        self.points = [0, 0]
        self.games[p] += 1
        g, h = self.games[p], self.games[1 - p]
        if (g >= 6 and g - h >= 2) or (self.tiebreak and g == 7):
            self.sets.append(tuple(self.games))
            self.games = [0, 0]
            self.tiebreak = False
        elif self.games == [6, 6]:
            self.tiebreak = True
    def call(self):
        a, b = self.points
        if self.tiebreak:
            return f'tiebreak {a}-{b}'
        if a >= 3 and b >= 3:
            return 'deuce' if a == b else f'advantage {"A" if a > b else "B"}'
        return f'{self.NAMES[a]}-{self.NAMES[b]}'
t = Tennis()
calls = []
seq = [0, 0, 1, 1, 0, 1, 1, 0, 0, 0] + [0, 0, 0, 0] * 4 + [1, 1, 1, 1] * 5 + [0, 0, 0, 0] + [1, 1, 1, 1] + [0, 1] * 6 + [0, 0]
for p in seq:
    t.point(p)
    calls.append(t.call())
print(calls[:10], t.sets, t.games, t.call())
SEGMENTS = [(f'{m}{n}' if m != 'S' else str(n), n * k) for n in range(1, 21) for m, k in (('S', 1), ('D', 2), ('T', 3))] + [('25', 25), ('BULL', 50)]
def checkouts(total, darts=3):
    doubles = [s for s in SEGMENTS if s[0].startswith('D') or s[0] == 'BULL']
    found = []
    for n in range(1, darts + 1):
        for combo in itertools.product(SEGMENTS, repeat=n - 1):
            for d in doubles:
                if sum(s[1] for s in combo) + d[1] == total:
                    found.append(tuple(s[0] for s in combo) + (d[0],))
        if found:
            return n, sorted(found)[:3], len(found)
    return None
for total in [2, 40, 50, 100, 141, 170, 169]:
    print(total, checkouts(total))
