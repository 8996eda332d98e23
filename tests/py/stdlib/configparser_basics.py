# configparser: reading from a string, defaults, interpolation (basic and extended), typed
# getters, fallbacks, sections API, writing back out, errors for duplicates and missing keys.
import configparser, io
text = '''
[DEFAULT]
base = /srv
debug = no
[paths]
data = %(base)s/data
logs = %(data)s/logs
[server]
port = 8080
ratio = 0.75
enabled = yes
name = web  ; inline comment kept
# comment line
multi = first
   second
   third
'''
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults(), 'paths' in cp, cp.has_option('server', 'base'))
print(cp['paths']['logs'], cp.get('paths', 'logs', raw=True), cp.getint('server', 'port'), cp.getfloat('server', 'ratio'), cp.getboolean('server', 'enabled'), cp.getboolean('server', 'debug'))
print(repr(cp['server']['multi']), repr(cp['server']['name']), cp.get('server', 'missing', fallback='fb'), cp['server'].get('nope', 'd2'), cp.getint('server', 'nope', fallback=0))
print(sorted(cp['server'].keys()), dict(cp.items('paths')))
cp['new'] = {'k': 'v', 'n': '3'}
cp.set('new', 'x', '%(n)s%%')
print(cp.get('new', 'x'), cp.remove_option('new', 'k'), cp.options('new'))
out = io.StringIO(); cp.write(out); print(out.getvalue())
ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string('[a]\nx = 1\n[b]\ny = ${a:x}2\nz = $$literal')
print(ex['b']['y'], ex['b']['z'])
raw = configparser.RawConfigParser(); raw.read_string('[s]\nk = %(nope)s'); print(raw.get('s', 'k'))
for bad in ['[s]\na=1\na=2', '[s]\n[s]', 'no section']:
    try:
        configparser.ConfigParser().read_string(bad)
    except configparser.Error as e:
        print(type(e).__name__, str(e).splitlines()[0])
try:
    cp.get('paths', 'nope')
except configparser.NoOptionError as e:
    print('NoOptionError', e)
try:
    cp.get('nosuch', 'x')
except configparser.NoSectionError as e:
    print('NoSectionError', e)
bad = configparser.ConfigParser(); bad.read_string('[s]\nk = %(k)s')
try:
    bad.get('s', 'k')
except configparser.InterpolationError as e:
    print(type(e).__name__)
try:
    cp.getint('server', 'name')
except ValueError as e:
    print('ValueError', e)
