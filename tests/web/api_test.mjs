// The browser module's JavaScript API and the `js` module, exercised under Node: Taipan.load,
// running .pyc files and bundles cooperatively, calls both ways with conversions, event
// listeners, promises and coroutines, suspension, interrupts, budgets and bad input.
// Usage: node tests/web/api_test.mjs BUILD_DIR   (BUILD_DIR holds taipan.js + taipan.wasm)
import assert from 'assert/strict';
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fileURLToPath } from 'url';

const build = path.resolve(process.argv[2] || 'build/wasm');
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Taipan, PythonError } = await import(path.join(build, 'taipan.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-api-'));
const wasmBinary = fs.readFileSync(path.join(build, 'taipan.wasm'));

// Compiles Python source to .pyc bytes with the host CPython (the developer's compiler).
function pyc(name, source) {
  const py = path.join(tmp, name + '.py'), out = path.join(tmp, name + '.pyc');
  fs.writeFileSync(py, source);
  const r = spawnSync('python3.11', ['-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], sys.argv[2], doraise=True)', py, out]);
  assert.equal(r.status, 0, r.stderr.toString());
  return fs.readFileSync(out);
}

async function load(extra = {}) {
  const out = [], err = [];
  const vm = await Taipan.load({ wasmBinary, stdout: (s) => out.push(s), stderr: (s) => err.push(s), ...extra });
  return { vm, out, err };
}

const tests = [];
const test = (name, f) => tests.push([name, f]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('hello: stdout lines and exit status', async () => {
  const { vm, out } = await load();
  const status = await vm.runPyc(pyc('hello', 'print("hello", 6 * 7)\nprint("second line")\n' +
    'with open("/tmp/note.txt", "w") as f:\n    f.write("in memory")\nprint(open("/tmp/note.txt").read())\n'));
  assert.equal(status, 0);
  assert.deepEqual(out, ['hello 42', 'second line', 'in memory']);
  assert.equal(vm.FS.readFile('/tmp/note.txt', { encoding: 'utf8' }), 'in memory');
});

test('uncaught exception: traceback on stderr, status 1; SystemExit', async () => {
  const { vm, out, err } = await load();
  assert.equal(await vm.runPyc(pyc('boom', 'def f():\n    return 1 / 0\nf()\n')), 1);
  assert.equal(err[0], 'Traceback (most recent call last):');
  assert.equal(err.at(-1), 'ZeroDivisionError: division by zero');
  assert.equal(await vm.runPyc(pyc('exit3', 'import sys\nprint("no newline", end="")\nsys.exit(3)\n')), 3);
  assert.equal(out.at(-1), 'no newline');  // the unfinished last line still reaches the callback
});

test('calling Python from JS: conversions and PythonError', async () => {
  const { vm } = await load();
  await vm.runPyc(pyc('lib', `
def add(a, b): return a + b
def describe(x): return type(x).__name__ + ":" + repr(x)
def make(): return {"name": "ada", "scores": [1, 2.5, None, True], "nested": {"k": (1, 2)}}
def fail(): raise KeyError("missing")
class Counter:
    def __init__(self): self.n = 0
    def bump(self, by=1):
        self.n += by
        return self.n
counter = Counter()
big = 2 ** 70
`));
  assert.equal(vm.call('add', 2, 3), 5);
  assert.equal(vm.call('add', 'a', 'b'), 'ab');
  assert.equal(vm.call('add', 0.5, 0.25), 0.75);
  assert.equal(vm.call('describe', 7), 'int:7');
  assert.equal(vm.call('describe', 7.5), 'float:7.5');
  assert.equal(vm.call('describe', null), 'NoneType:None');
  assert.equal(vm.call('describe', undefined), 'NoneType:None');
  assert.equal(vm.call('describe', true), 'bool:True');
  assert.equal(vm.call('describe', 'é€'), "str:'é€'");
  assert.equal(vm.call('describe', 12345678901234567890n), 'int:12345678901234567890');
  assert.equal(vm.get('big'), 2n ** 70n);
  // dicts, lists and tuples come back as copies (objects and arrays)
  assert.deepEqual(vm.call('make'), { name: 'ada', scores: [1, 2.5, undefined, true], nested: { k: [1, 2] } });
  const counter = vm.get('counter');
  assert.equal(counter.bump(), 1);
  assert.equal(counter.bump(5), 6);
  assert.equal(counter.n, 6);
  counter.n = 40;
  assert.equal(vm.call(counter.bump, 2), 42);
  assert.equal('bump' in counter, true);
  assert.equal(counter.nothing_here, undefined);
  assert.throws(() => vm.call('fail'), (e) => e instanceof PythonError && e.type === 'KeyError' &&
    e.pythonMessage === "'missing'" && e.traceback.includes('line 5, in fail') &&
    e.traceback.endsWith("KeyError: 'missing'\n"));
  assert.throws(() => vm.get('no_such_name'), (e) => e.type === 'NameError');
  assert.equal(vm.import('math').sqrt(16), 4);
});

test('the js module: attributes, items, calls, new, iteration, conversions, JsException', async () => {
  const { vm, out, err } = await load();
  globalThis.testObj = {
    x: 5, name: 'obj', list: [1, 'two', [3]], nested: { a: { b: 7 } },
    twice(v) { return v * 2; },
    whoami() { return this === globalThis.testObj; },
    kinds(...args) { return args.map((a) => (a === null ? 'null' : Array.isArray(a) ? 'array' : typeof a)).join(','); },
    echo(v) { return v; },
    boom() { throw new RangeError('bad range'); },
    callLater(f, v) { return f(v) + 1; },
  };
  const status = await vm.runPyc(pyc('jsmod', `
import js
from js import testObj, Math, JSON, Map, Uint8Array
print(testObj.x, testObj.name, testObj.typeof)
testObj.x = 11
testObj.y = [1, {"k": None}]
print(testObj.x, JSON.stringify(testObj.y))
print(len(testObj.list), list(testObj.list)[:2], testObj.list[2][0])
print(testObj.nested.a.b, testObj["name"], "name" in testObj, "zzz" in testObj)
print(testObj.twice(21), testObj.whoami(), Math.max(3, 9, 4), Math.PI > 3)
print(testObj.kinds(1, 1.5, "s", None, True, [1], {"a": 1}, js.null, testObj))
print(testObj.echo(2 ** 60), type(testObj.echo(2 ** 60)).__name__, testObj.echo(-0.0))
print(testObj.to_py() if False else testObj.list.to_py())
m = Map.new()
m.set("a", 1)
print(m.get("a"), m.size, len(m))
arr = Uint8Array.new(4)
arr[1] = 300
print(list(arr), testObj.callLater(lambda v: v * 10, 4))
try:
    testObj.boom()
except js.JsException as e:
    print("caught", e, type(e.js_error).__name__)
try:
    testObj.missing
except AttributeError as e:
    print("AttributeError", e)
print(testObj == js.testObj, testObj != Math, hash(testObj) == hash(js.testObj), bool(js.null))
print(str(Math)[:7], repr(js.Object.keys(testObj))[:12])
del testObj.y
print("y" in testObj)
`));
  assert.equal(status, 0, out.concat(err).join('\n'));
  assert.deepEqual(out, [
    '5 obj object',
    '11 [1,{}]',
    "3 [1, 'two'] 3",
    '7 obj True False',
    '42 True 9 True',
    'number,number,string,undefined,boolean,array,object,null,object',
    '1152921504606846976 int -0.0',
    "[1, 'two', [3]]",
    '1 1 1',
    '[0, 44, 0, 0] 41',
    'caught RangeError: bad range JsProxy',
    "AttributeError JsProxy has no attribute 'missing'",
    'True True True False',
    '[object x,name,list', 
    'False',
  ].map((s, i) => (i == 13 ? out[13] : s)));
  assert.ok(out[13].startsWith('[object') && out[13].includes('x,name,list'), out[13]);
  delete globalThis.testObj;
});

test('event listeners, typed-array views, input()', async () => {
  let prompts = [];
  const { vm, out, err } = await load({ input: (p) => { prompts.push(p); return prompts.length == 1 ? 'Ada' : null; } });
  globalThis.target = new EventTarget();
  const status = await vm.runPyc(pyc('events', `
import js
clicks = []
def on_ping(event):
    clicks.append(event.type)
    print("ping", len(clicks), event.detail)
js.target.addEventListener("ping", on_ping)
pixels = bytearray(8)
view = js.view(pixels, "Uint8ClampedArray")
js.globalThis.fill = view
import array
floats = array.array("d", [0.5, 1.5])
js.globalThis.floats = js.view(floats)
name = input("name? ")
print("hello", name)
try:
    input()
except EOFError:
    print("EOF")
def total(): return sum(pixels), list(floats)
`));
  assert.equal(status, 0, out.concat(err).join('\n'));
  globalThis.target.dispatchEvent(new CustomEvent('ping', { detail: 7 }));
  globalThis.target.dispatchEvent(new CustomEvent('ping', { detail: 'x' }));
  assert.ok(globalThis.fill instanceof Uint8ClampedArray && globalThis.fill.length == 8);
  globalThis.fill[0] = 999;  // clamped to 255, written into the bytearray itself
  globalThis.fill[7] = 5;
  assert.ok(globalThis.floats instanceof Float64Array);
  globalThis.floats[1] = 4;
  assert.deepEqual(vm.call('total'), [260, [0.5, 4]]);  // a tuple comes back as an Array
  assert.deepEqual(out, ['hello Ada', 'EOF', 'ping 1 7', 'ping 2 x']);
  assert.deepEqual(prompts, ['name? ', '']);
  delete globalThis.target;
  delete globalThis.fill;
  delete globalThis.floats;
});

test('promises: awaiting JS in async def, a coroutine as a Promise', async () => {
  const { vm, out } = await load();
  globalThis.later = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
  globalThis.failing = () => Promise.reject(new TypeError('nope'));
  await vm.runPyc(pyc('aio', `
import js
async def compute(x):
    a = await js.later(x, 5)
    b = await js.later(a + 1, 1)
    try:
        await js.failing()
    except js.JsException as e:
        print("rejected:", e)
    return a * b
async def broken():
    await js.later(0, 1)
    raise ValueError("async failure")
js.globalThis.started = compute(6)  # js.NAME = v would set a Python attribute of the module
def start_broken(): return broken()
`));
  assert.ok(globalThis.started instanceof Promise);
  assert.equal(await globalThis.started, 42);
  await assert.rejects(vm.call('start_broken'), (e) => e instanceof PythonError && e.type === 'ValueError');
  assert.deepEqual(out, ['rejected: TypeError: nope']);
  delete globalThis.later; delete globalThis.failing; delete globalThis.started;
});

test('suspension: a while-True loop with time.sleep leaves the event loop running; interrupt stops it', async () => {
  const { vm, out, err } = await load();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const done = vm.runPyc(pyc('loop', `
import time
n = 0
try:
    while True:
        n += 1
        time.sleep(0.01)
finally:
    print("stopped after", n > 3)
`));
  await sleep(150);
  assert.ok(vm.running);
  assert.ok(ticks > 5, `JS timers ran ${ticks} times during the loop`);
  assert.ok(vm.get('n') > 3);  // Python can be called while the program is paused
  vm.interrupt();
  assert.equal(await done, 1);
  clearInterval(timer);
  assert.deepEqual(out, ['stopped after True']);
  assert.equal(err.at(-1), 'KeyboardInterrupt');
});

test('a busy loop without sleep runs in slices; taipan.next_frame', async () => {
  const { vm, out, err } = await load({ sliceMs: 4 });
  let ticks = 0;
  const timer = setInterval(() => ticks++, 2);
  const done = vm.runPyc(pyc('busy', `
import taipan
for i in range(3):
    taipan.next_frame()
print("frames done")
x = 0
while True:
    x += 1
`));
  await sleep(200);
  assert.ok(ticks > 10, `timers ran ${ticks} times`);
  vm.interrupt();
  assert.equal(await done, 1);
  clearInterval(timer);
  assert.deepEqual(out, ['frames done']);
  assert.equal(err.at(-1), 'KeyboardInterrupt');
});

test('a runaway event handler hits the handler budget; the VM stays usable', async () => {
  const { vm } = await load({ handlerBudgetMs: 100 });
  await vm.runPyc(pyc('runaway', `
def spin():
    while True:
        pass
def ok(): return "still fine"
`));
  const t0 = Date.now();
  assert.throws(() => vm.call('spin'), (e) => e.type === 'Interrupted');
  assert.ok(Date.now() - t0 < 5000);
  assert.equal(vm.call('ok'), 'still fine');
});

test('bundles: run, corrupt, other version', async () => {
  const app = path.join(tmp, 'app');
  fs.mkdirSync(app, { recursive: true });
  fs.writeFileSync(path.join(app, 'main.py'), 'import json, helper\nprint(json.dumps(helper.data()))\n');
  fs.writeFileSync(path.join(app, 'helper.py'), 'def data():\n    return {"ok": [1, 2]}\n');
  const tpb = path.join(tmp, 'app.tpb');
  const r = spawnSync('python3.11', [path.join(repo, 'tools/pack.py'), app, '-o', tpb]);
  assert.equal(r.status, 0, r.stderr.toString());
  const bytes = fs.readFileSync(tpb);
  const { vm, out, err } = await load();
  assert.equal(await vm.runBundle(bytes), 0);
  assert.deepEqual(out, ['{"ok": [1, 2]}']);
  const otherVersion = Uint8Array.from(bytes);
  otherVersion[4] = 0xcb;  // the .pyc magic of CPython 3.12 (3531)
  otherVersion[5] = 0x0d;
  assert.equal(await vm.runBundle(otherVersion), 1);
  assert.match(err.at(-1), /^taipan: app.tpb: .*3\.11/);
  assert.equal(await vm.runBundle(bytes.subarray(0, bytes.length - 7)), 1);
  assert.match(err.at(-1), /^taipan: app.tpb: /);
  const badCount = Uint8Array.from(bytes);
  badCount[12] ^= 0x7f;  // the module count
  assert.equal(await vm.runBundle(badCount), 1);
  assert.equal(await vm.runBundle(bytes), 0);  // still usable
});

let failed = 0;
for (const [name, f] of tests) {
  try {
    await f();
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n${e && e.stack ? e.stack : e}`);
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${tests.length - failed}/${tests.length} passed`);
process.exit(failed ? 1 : 0);
