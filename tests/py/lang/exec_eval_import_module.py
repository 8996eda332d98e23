# exec/eval/compile with explicit namespaces and errors, importlib.import_module (absolute and
# relative), __import__ with fromlist, global statements in nested functions.
import importlib, sys
ns = {}
exec('x = 5\ndef f(y): return x + y\nclass K: z = x * 2', ns)
print(ns['x'], ns['f'](1), ns['K'].z, sorted(k for k in ns if k != '__builtins__'))
loc = {}
exec('a = 1; b = a + 1', {}, loc); print(loc)
print(eval('x * 2 + f(3)', ns), eval('[i * i for i in range(4)]'), eval('lambda q: q + 1')(1), eval('len(s)', {'s': 'abc'}))
code = compile('1 + 2', '<expr>', 'eval'); print(eval(code), code.co_filename, code.co_name)
code2 = compile('for i in range(3): out.append(i)', '<exec>', 'exec'); out = []; exec(code2); print(out)
try: eval('1 +')
except SyntaxError as e: print('SyntaxError', e.msg, e.lineno, e.offset)
try: exec('def f(:\n pass')
except SyntaxError as e: print('SyntaxError', e.msg, e.lineno)
try: eval('undefined_thing')
except NameError as e: print('NameError', e)
g = {'__builtins__': {}}
try: eval('len([])', g)
except NameError as e: print('NameError', e)
print(eval('__builtins__', {'__builtins__': {'a': 1}}), type(eval('__builtins__', {})).__name__)
json = importlib.import_module('json'); print(json.dumps([1]), importlib.import_module('os.path').join('a', 'b'), importlib.import_module('.path', 'os').sep)
m = __import__('collections.abc', fromlist=['Mapping']); print(m.__name__, m.Mapping.__name__)
m2 = __import__('xml.dom'); print(m2.__name__)
try: importlib.import_module('no_such_module_xyz')
except ModuleNotFoundError as e: print('ModuleNotFoundError', e.name)
print('json' in sys.modules, sys.modules['json'] is json)
counter = 0
def bump():
    global counter
    counter += 1
    def inner():
        global counter
        counter += 10
    inner()
bump(); bump(); print(counter)
src = '''
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            log.append(i)
'''
env = {'log': []}; exec(src, env); print(list(env['gen']()), env['log'])
print(compile('a = 1', 'f', 'single').co_consts[:1], eval(compile('[1, 2]', 'f', 'eval'))[1], type(compile('pass', 'x', 'exec')).__name__)
print(vars()['counter'], 'bump' in globals(), 'bump' in dir())
