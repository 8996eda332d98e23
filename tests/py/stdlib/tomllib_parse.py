# tomllib (pure Python in 3.11): tables, arrays of tables, inline tables, dotted keys, strings
# (basic, literal, multi-line), numbers (hex/oct/bin, underscores, inf/nan), dates, errors.
import tomllib
doc = '''
title = "TOML \\"example\\""
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[servers.alpha]
ip = "10.0.0.1"
role = "frontend"
[servers.beta]
ip = "10.0.0.2"
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
[[products]]
name = "Nail"
color = "gray"
[misc]
hex = 0xDEAD_BEEF
oct = 0o755
bin = 0b1101
big = 1_000_000
flt = 6.626e-34
neg_inf = -inf
lit = 'C:\\Users\\path'
multi = """
Roses are red
  Violets are blue"""
ml_lit = \'\'\'
raw \\n text\'\'\'
site."google.com" = true
a.b.c = 1
local_date = 1979-05-27
local_time = 07:32:00.999
local_dt = 1979-05-27T07:32:00
'''
data = tomllib.loads(doc)
def show(d, indent=0):
    for k in d:
        v = d[k]
        if isinstance(v, dict):
            print(' ' * indent + f'[{k}]')
            show(v, indent + 2)
        else:
            print(' ' * indent + f'{k} = {v!r} ({type(v).__name__})')
show(data)
print(tomllib.loads('x = nan')['x'] != tomllib.loads('x = nan')['x'], tomllib.loads('v = 1.5', parse_float=str))
for bad in ['a = ', 'a = 1\na = 2', '[t]\n[t]', 'x = [1, 2', 'k = "unterminated', 'x = 1979-13-01', '= 1']:
    try:
        tomllib.loads(bad)
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), '->', e)
