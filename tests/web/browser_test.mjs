// Taipan in headless Chromium (Debian's chromium driven by playwright-core): every demo page
// opens and runs without console errors, the game's canvas changes and the arrow keys move
// the player, the busy loop leaves the page responsive and Stop ends it, and bad input (a
// corrupt bundle, a bundle for another CPython, an exception in an event handler, a runaway
// handler) leaves the page alive with the Python traceback in the console. Also prints the
// start-up time of a hello-world bundle.
// Usage: node tests/web/browser_test.mjs BUILD_DIR   (needs playwright-core: tests/web/package.json)
import assert from 'assert/strict';
import { spawnSync } from 'child_process';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const build = path.resolve(process.argv[2] || 'build/wasm');
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.TAIPAN_PLAYWRIGHT || path.join(here, 'node_modules/playwright-core'));
const executablePath = process.env.TAIPAN_CHROMIUM || '/usr/bin/chromium';

// Test fixtures: bundles made by the packer, and the harness page.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-browser-'));
function pack(name, source) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'main.py'), source);
  const r = spawnSync('python3.11', [path.join(repo, 'tools/pack.py'), dir, '-o', path.join(tmp, name + '.tpb'), '--sources']);
  assert.equal(r.status, 0, r.stderr.toString());
}
pack('hello', 'print("hello from Taipan")\n');
pack('handlers', `
import js
from js import document
def on_click(event):
    print("clicked", event.type)
    return 1 / 0
def on_spin(event):
    while True:
        pass
button = document.createElement("button")
button.id = "bad"
document.body.appendChild(button)
button.addEventListener("click", on_click)
button.addEventListener("spin", on_spin)
print("handlers ready")
`);
// What the standard library compiles at run time, in a page with no compiler; CPython's
// output for the same program is the expected one.
const generatedSource = `
from dataclasses import dataclass, field, FrozenInstanceError
from collections import namedtuple
import typing

@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = "spades"
    tags: list = field(default_factory=list, compare=False, hash=False)

cards = sorted([Card(12, "hearts"), Card(3), Card(12, "clubs")])
print(cards[0], cards[-1] > cards[0], Card(3) == Card(3, tags=[1]))
try:
    cards[0].rank = 1
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    Card()
except TypeError as e:
    print(e)
Point = namedtuple("Point", "x y")
print(Point(1, y=2)._replace(x=5))
class Tree:
    def add(self, child: "typing.Optional[Tree]", weights: "list[float] | None" = None) -> "Tree":
        return self
print(typing.get_type_hints(Tree.add))
print(eval("len(xs) + xs[0] if xs else 0", {"xs": [4, 5]}))
`;
pack('generated', generatedSource);
const generatedExpected = spawnSync('python3.11', ['-c', generatedSource]);
assert.equal(generatedExpected.status, 0, generatedExpected.stderr.toString());
fs.copyFileSync(path.join(here, 'pages/harness.html'), path.join(tmp, 'harness.html'));

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.py': 'text/plain', '.tpb': 'application/octet-stream' };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = url.startsWith('/tests/') ? path.join(tmp, url.slice(7)) : path.join(build, url);
  if (!file.startsWith(tmp) && !file.startsWith(build)) file = '/nonexistent';
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(404);
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

// A page with its console errors and uncaught exceptions recorded.
async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e && e.message ? e.message : e)));
  await page.goto(base + url);
  return { page, errors };
}
const waitFor = (page, f, arg, timeout = 20000) => page.waitForFunction(f, arg, { timeout, polling: 50 });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The page answers a trivial evaluate quickly: its main thread is not blocked.
async function responsive(page) {
  const t = Date.now();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  return Date.now() - t;
}

const tests = [];
const test = (name, f) => tests.push([name, f]);

test('start-up: hello-world bundle', async () => {
  const { page, errors } = await open('/tests/harness.html');
  await waitFor(page, () => document.body.dataset.ready === '1');
  const s = await page.evaluate(() => window.startup);
  assert.equal(s.status, 0);
  assert.deepEqual(s.lines, ['hello from Taipan']);
  assert.deepEqual(errors, []);
  console.log(`     start-up to first line: ${s.ms.toFixed(1)} ms (target: 50 ms): importing taipan.js ` +
    `${s.importMs.toFixed(1)} ms, Taipan.load (compiling the wasm, building the VM) ${s.loadMs.toFixed(1)} ms, ` +
    `fetching and running the bundle ${s.runMs.toFixed(1)} ms`);
  await page.close();
});

test('demo: Coin Chase (canvas changes, keys move the player, Stop)', async () => {
  const { page, errors } = await open('/demos/game/');
  await waitFor(page, () => Number(document.body.dataset.frames) > 10);
  const shot = () => page.evaluate(() => document.getElementById('screen').toDataURL());
  const a = await shot();
  await sleep(300);
  const b = await shot();
  assert.notEqual(a, b, 'the canvas changes between frames');
  const pos = async () => (await page.evaluate(() => document.body.dataset.player)).split(',').map(Number);
  const [x0, y0] = await pos();
  await page.keyboard.down('ArrowLeft');
  await sleep(400);
  await page.keyboard.up('ArrowLeft');
  const [x1, y1] = await pos();
  assert.ok(x1 < x0 - 20, `ArrowLeft moved the player from x=${x0} to x=${x1}`);
  await page.keyboard.down('ArrowDown');
  await sleep(400);
  await page.keyboard.up('ArrowDown');
  const [, y2] = await pos();
  assert.ok(y2 > y1 + 20, `ArrowDown moved the player from y=${y1} to y=${y2}`);
  assert.ok(await responsive(page) < 1000);
  assert.deepEqual(errors, []);
  await page.click('#stop');
  await waitFor(page, () => document.body.dataset.state === 'exited 1');
  assert.ok(errors.some((e) => e.includes('KeyboardInterrupt')), 'the stop shows as KeyboardInterrupt');
  await page.close();
});

test('demo: Mandelbrot (pixels through ImageData change)', async () => {
  const { page, errors } = await open('/demos/mandelbrot/');
  await waitFor(page, () => document.body.dataset.state === 'running');
  const sample = () => page.evaluate(() => {
    const c = document.getElementById('screen');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let sum = 0, lit = 0;
    for (let i = 0; i < d.length; i += 4) { sum = (sum * 31 + d[i] + d[i + 1] * 7 + d[i + 2] * 13) >>> 0; if (d[i + 3]) lit++; }
    return { sum, lit };
  });
  await waitFor(page, () => {
    const c = document.getElementById('screen');
    const d = c.getContext('2d').getImageData(0, 0, c.width, 12).data;
    return d[3] === 255;
  });
  const a = await sample();
  await sleep(1500);
  const b = await sample();
  assert.ok(b.lit > 0 && (a.sum !== b.sum || a.lit !== b.lit), 'the image is drawn and keeps changing');
  assert.ok(await responsive(page) < 1000);
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo: busy loop (page stays responsive, Stop ends it)', async () => {
  const { page, errors } = await open('/demos/busy/');
  await waitFor(page, () => Number(document.getElementById('count').textContent) >= 200000);
  const n1 = Number(await page.evaluate(() => document.getElementById('count').textContent));
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await responsive(page));
  const n2 = Number(await page.evaluate(() => document.getElementById('count').textContent));
  assert.ok(n2 > n1, 'the loop goes on while the page answers');
  assert.ok(Math.max(...times) < 500, `page answered in ${times.join(', ')} ms`);
  assert.deepEqual(errors, []);
  await page.click('#stop');
  await waitFor(page, () => document.body.dataset.state === 'exited 1', undefined, 5000);
  await page.close();
});

test('bad input: corrupt and other-version bundles, exceptions and runaway loops in handlers', async () => {
  const { page, errors } = await open('/tests/harness.html');
  await waitFor(page, () => document.body.dataset.ready === '1');
  const r = await page.evaluate(async () => {
    const good = new Uint8Array(await (await fetch('/tests/hello.tpb')).arrayBuffer());
    const other = good.slice();
    other[4] = 0xcb;  // CPython 3.12's .pyc magic
    other[5] = 0x0d;
    const truncated = good.slice(0, good.length - 9);
    const statuses = [await vm.runBundle(other), await vm.runBundle(truncated), await vm.runBundle(good)];
    const handlers = await vm.runBundle(await (await fetch('/tests/handlers.tpb')).arrayBuffer());
    return { statuses, handlers, lines: window.lines.slice() };
  });
  assert.deepEqual(r.statuses, [1, 1, 0]);
  assert.equal(r.handlers, 0);
  assert.ok(errors.some((e) => /taipan: app.tpb: .*3\.11/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('taipan: app.tpb: ')), 'truncated bundle refused');
  // An exception in a Python event handler: reported with its traceback, the page lives on.
  await page.click('#bad');
  await waitFor(page, () => window.lines.includes('clicked click'));
  await sleep(100);
  assert.ok(errors.some((e) => e.includes('Traceback') && e.includes('ZeroDivisionError: division by zero') && e.includes('on_click')),
    errors.join('\n---\n'));
  // A runaway handler: stopped by the handler budget (1 s), reported, the page lives on.
  const t = Date.now();
  await page.evaluate(() => { try { document.getElementById('bad').dispatchEvent(new Event('spin')); } catch (e) { console.error(String(e.message)); } });
  assert.ok(Date.now() - t < 10000);
  assert.ok(errors.some((e) => e.includes('Interrupted')), errors.join('\n---\n'));
  assert.ok(await responsive(page) < 1000);
  assert.equal(await page.evaluate(() => vm.import('math').factorial(10)), 3628800);
  await page.close();
});

test('no compiler: @dataclass, namedtuple and typing forward references run as in CPython', async () => {
  const { page, errors } = await open('/tests/harness.html');
  await waitFor(page, () => document.body.dataset.ready === '1');
  const r = await page.evaluate(async () => {
    const from = window.lines.length;
    const status = await vm.runBundle(await (await fetch('/tests/generated.tpb')).arrayBuffer());
    return { status, lines: window.lines.slice(from) };
  });
  assert.deepEqual(errors, []);
  assert.equal(r.status, 0);
  assert.deepEqual(r.lines.join('\n').trim().split('\n'), generatedExpected.stdout.toString().trim().split('\n'));
  await page.close();
});

let failed = 0;
try {
  for (const [name, f] of tests) {
    try {
      await f();
      console.log(`ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}\n${e && e.stack ? e.stack : e}`);
    }
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${tests.length - failed}/${tests.length} passed`);
process.exit(failed ? 1 : 0);
