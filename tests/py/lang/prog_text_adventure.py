# A text adventure as a state machine: rooms, items, a scripted list of commands, a parser
# with synonyms, inventory, locked doors and a score; prints the whole transcript.
from dataclasses import dataclass, field
@dataclass
class Room:
    name: str
    desc: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked: dict = field(default_factory=dict)
class Game:
    SYN = {'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'get': 'take', 'grab': 'take', 'l': 'look', 'i': 'inventory'}
    def __init__(self):
        self.rooms = {
            'hall': Room('hall', 'A dusty hall.', {'north': 'library', 'east': 'kitchen'}, ['lamp']),
            'library': Room('library', 'Shelves of books.', {'south': 'hall', 'up': 'attic'}, ['book', 'key'], {'up': 'key'}),
            'kitchen': Room('kitchen', 'Smells of bread.', {'west': 'hall'}, ['bread']),
            'attic': Room('attic', 'Dark and cramped.', {'down': 'library'}, ['treasure']),
        }
        self.here = 'hall'
        self.inv = []
        self.score = 0
        self.moves = 0
        self.over = False
    def say(self, *a):
        print('  ' + ' '.join(str(x) for x in a))
    def parse(self, line):
        words = [self.SYN.get(w, w) for w in line.lower().split()]
        if words and words[0] in ('north', 'south', 'east', 'west', 'up', 'down'):
            words = ['go'] + words
        return words
    def do(self, line):
        print('>', line)
        words = self.parse(line)
        if not words:
            return self.say('Say something.')
        verb, *rest = words
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return self.say(f"I don't know how to {verb!r}.")
        self.moves += 1
        handler(*rest)
    def cmd_look(self, *_):
        r = self.rooms[self.here]
        self.say(f'[{r.name}] {r.desc}', 'Exits:', ', '.join(sorted(r.exits)), '| Items:', ', '.join(r.items) or 'none')
    def cmd_go(self, direction=None, *_):
        r = self.rooms[self.here]
        if direction not in r.exits:
            return self.say("You can't go that way.")
        need = r.locked.get(direction)
        if need and need not in self.inv:
            return self.say(f'The way {direction} is locked.')
        if need:
            self.say(f'You unlock the way with the {need}.')
            del r.locked[direction]
        self.here = r.exits[direction]
        self.cmd_look()
    def cmd_take(self, item=None, *_):
        r = self.rooms[self.here]
        if item == 'all':
            for it in list(r.items):
                self.cmd_take(it)
            return
        if item not in r.items:
            return self.say(f'No {item} here.')
        r.items.remove(item)
        self.inv.append(item)
        self.score += 10 if item != 'treasure' else 100
        self.say(f'Taken: {item}.')
        if item == 'treasure':
            self.say('You win!')
            self.over = True
    def cmd_drop(self, item=None, *_):
        if item not in self.inv:
            return self.say(f"You don't have {item}.")
        self.inv.remove(item)
        self.rooms[self.here].items.append(item)
        self.say(f'Dropped {item}.')
    def cmd_inventory(self, *_):
        self.say('You carry:', ', '.join(sorted(self.inv)) or 'nothing')
    def cmd_eat(self, item=None, *_):
        if item == 'bread' and 'bread' in self.inv:
            self.inv.remove('bread')
            self.score += 5
            return self.say('Delicious.')
        self.say("You can't eat that.")
g = Game()
script = ['look', 'get lamp', 'e', 'grab bread', 'eat bread', 'eat lamp', 'w', 'n', 'up', 'take book', 'take key', 'i', 'drop book', 'up', 'dance', '', 'take all', 'west']
for line in script:
    if g.over:
        break
    g.do(line)
print('score', g.score, 'moves', g.moves, 'room', g.here, 'inventory', sorted(g.inv))
