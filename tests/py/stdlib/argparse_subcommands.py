# argparse: subcommands with their own options, mutually exclusive groups, nargs variants,
# choices/type/default/action (count, append, store_const), parse_known_args, help text with a
# fixed width, and error messages captured through a parser that raises instead of exiting.
import argparse, io, os
os.environ['COLUMNS'] = '80'
class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)
p = Parser(prog='tool', description='A tool with subcommands.')
p.add_argument('-v', '--verbose', action='count', default=0)
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--csv', action='store_const', const='csv', dest='fmt')
sub = p.add_subparsers(dest='cmd', required=True)
a = sub.add_parser('add', help='add items')
a.add_argument('items', nargs='+', type=int)
a.add_argument('--tag', action='append', default=[])
r = sub.add_parser('rm', help='remove')
r.add_argument('name')
r.add_argument('--force', '-f', action='store_true')
r.add_argument('--level', choices=['low', 'high'], default='low')
s = sub.add_parser('show')
s.add_argument('what', nargs='?', default='all')
s.add_argument('--limit', type=int, default=10)
for argv in [['add', '1', '2', '3', '--tag', 'x', '--tag', 'y'], ['-vv', '--json', 'rm', 'file', '-f', '--level', 'high'], ['show'], ['--csv', 'show', 'users', '--limit', '3'],
             ['add'], ['rm'], ['show', '--limit', 'x'], ['--json', '--csv', 'show'], ['bogus'], ['rm', 'a', '--level', 'mid'], []]:
    try:
        ns = p.parse_args(argv)
        print(argv, sorted(vars(ns).items()))
    except ValueError as e:
        print(argv, 'error:', e)
ns, extra = p.parse_known_args(['show', '--unknown', 'x'])
print(ns.cmd, extra)
help_text = a.format_help()
print(help_text)
print(p.format_usage())
q = Parser(prog='q')
q.add_argument('pos', nargs=2)
q.add_argument('--opt', nargs='*', default=None)
q.add_argument('--n', type=float, required=True)
q.add_argument('rest', nargs=argparse.REMAINDER)
for argv in [['a', 'b', '--n', '1.5', '--opt', 'x', 'y'], ['--n', '2', 'a', 'b', 'tail', '--z'], ['a', 'b', '--n', '1.5', '--opt', 'x', 'y', 'tail', '--z']]:
    try:
        print(sorted(vars(q.parse_args(argv)).items()))
    except ValueError as e:
        print('error:', e)
try:
    q.parse_args(['a', 'b'])
except ValueError as e:
    print('error:', e)
