import argparse, copy
p = argparse.ArgumentParser(prog='prog', description='demo')
p.add_argument('files', nargs='*'); p.add_argument('-v', '--verbose', action='store_true'); p.add_argument('-n', type=int, default=3)
p.add_argument('--mode', choices=['a', 'b'], default='a')
print(p.parse_args(['x', 'y', '-v', '-n', '5', '--mode', 'b']))
print(p.format_help())
try: p.parse_args(['--mode', 'c'])
except SystemExit as e: print('exit', e.code)
class P:
    def __init__(self): self.items = [1, [2]]
a = P(); b = copy.deepcopy(a); print(b.items, b.items[1] is a.items[1])
