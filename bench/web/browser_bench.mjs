// Taipan against Pyodide and MicroPython in the same headless Chromium session: start-up
// (script start to a hello-world line) and the time of each bench program at a browser-sized
// input, medians of several runs, with ratios; outputs are compared with Taipan's.
//
//   bash scripts/build.sh wasm && (cd bench/web && npm install)
//   node bench/web/browser_bench.mjs [--runs 3] [--only fib,nbody] [--markdown FILE]
//
// Needs Debian's chromium and playwright-core (tests/web/package.json or bench/web).
import { spawnSync } from 'child_process';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const runs = Number(opt('--runs', 3));
const only = opt('--only', '');
const build = path.resolve(opt('--build', path.join(repo, 'build/wasm')));
const require = createRequire(import.meta.url);
const pwPath = [path.join(here, 'node_modules/playwright-core'), path.join(repo, 'tests/web/node_modules/playwright-core')]
  .find((p) => fs.existsSync(p));
if (!pwPath) throw new Error('playwright-core is missing: npm install in tests/web or bench/web');
const { chromium } = require(pwPath);
const modules = path.join(here, 'node_modules');
for (const m of ['pyodide', '@micropython/micropython-webassembly-pyscript'])
  if (!fs.existsSync(path.join(modules, m))) throw new Error(`${m} is missing: (cd bench/web && npm install)`);

// Browser-sized inputs: about a twentieth of the native defaults' work.
const SIZES = { fib: 30, fannkuch: 8, float: 50000, generators: 2, mandelbrot: 200, nbody: 25000, nqueens: 8,
  pidigits: 1500, raytrace: 80, richards: 3, sort: 10, spectral_norm: 130, unstable_types: 2000, wordcount: 60 };
const programs = Object.keys(SIZES).filter((p) => !only || only.split(',').includes(p));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-bench-'));
fs.writeFileSync(path.join(tmp, 'hello.py'), 'print("hello")\n');
for (const p of programs) fs.copyFileSync(path.join(repo, 'bench/programs', p + '.py'), path.join(tmp, p + '.py'));
const r = spawnSync('python3.11', ['-c', `
import py_compile, sys, os
for f in sys.argv[1:]:
    py_compile.compile(f, f[:-3] + '.pyc', doraise=True)`, ...['hello', ...programs].map((p) => path.join(tmp, p + '.py'))]);
if (r.status !== 0) throw new Error(r.stderr.toString());

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.json': 'application/json', '.zip': 'application/zip', '.py': 'text/plain' };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file;
  if (url === '/bench.html') file = path.join(here, 'bench.html');
  else if (url.startsWith('/node_modules/')) file = path.join(modules, url.slice(14));
  else if (url.startsWith('/programs/') || url.startsWith('/bench-pyc/')) file = path.join(tmp, path.basename(url));
  else file = path.join(build, url);
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.TAIPAN_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

async function measure(runtime, program) {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/bench.html?runtime=${runtime}&program=${program}&size=${SIZES[program]}&runs=${runs}`);
    await page.waitForFunction(() => window.benchResult, null, { timeout: 600000, polling: 100 });
    return await page.evaluate(() => window.benchResult);
  } finally {
    await page.close();
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const RUNTIMES = ['taipan', 'pyodide', 'micropython'];
const rows = [];
const startups = { taipan: [], pyodide: [], micropython: [] };
for (const program of programs) {
  const row = { program, size: SIZES[program] };
  for (const rt of RUNTIMES) {
    const res = await measure(rt, program);
    if (res.startupMs !== undefined) startups[rt].push(res.startupMs);
    row[rt] = res.error ? { error: res.error } : { ms: median(res.times), output: res.output };
  }
  const t = row.taipan;
  for (const rt of ['pyodide', 'micropython']) {
    if (row[rt].ms && t.ms) row[rt].ratio = t.ms / row[rt].ms;
    if (row[rt].ms && t.ms) row[rt].same = row[rt].output === t.output;
  }
  rows.push(row);
  const cell = (c, rt) => (c.error ? `error (${c.error.slice(0, 60)})` : `${c.ms.toFixed(0)} ms` +
    (c.ratio ? ` (Taipan ${c.ratio.toFixed(2)}x${c.same ? '' : ', output differs'})` : ''));
  console.log(`${program.padEnd(15)} ${String(row.size).padStart(6)}  taipan ${cell(t)}  pyodide ${cell(row.pyodide, 'pyodide')}  micropython ${cell(row.micropython, 'micropython')}`);
}
await browser.close();
server.close();
fs.rmSync(tmp, { recursive: true, force: true });

const geo = (rt) => {
  const rs = rows.filter((r) => r[rt].ratio).map((r) => r[rt].ratio);
  return rs.length ? Math.exp(rs.reduce((a, x) => a + Math.log(x), 0) / rs.length) : NaN;
};
const su = (rt) => (startups[rt].length ? median(startups[rt]) : NaN);
console.log(`start-up to first line (median of ${programs.length} page loads): taipan ${su('taipan').toFixed(0)} ms, ` +
  `pyodide ${su('pyodide').toFixed(0)} ms, micropython ${su('micropython').toFixed(0)} ms`);
console.log(`geometric mean of Taipan's time / theirs: pyodide ${geo('pyodide').toFixed(2)}x, micropython ${geo('micropython').toFixed(2)}x ` +
  '(below 1: Taipan is faster)');

const md = opt('--markdown', '');
if (md) {
  const lines = ['| program | size | Taipan | Pyodide | Taipan/Pyodide | MicroPython | Taipan/MicroPython |', '|---|---|---|---|---|---|---|'];
  const c = (x) => (x.error ? 'fails' : `${x.ms.toFixed(0)} ms`);
  const q = (x) => (x.ratio ? `${x.ratio.toFixed(2)}x${x.same ? '' : ' (output differs)'}` : '');
  for (const r of rows) lines.push(`| ${r.program} | ${r.size} | ${c(r.taipan)} | ${c(r.pyodide)} | ${q(r.pyodide)} | ${c(r.micropython)} | ${q(r.micropython)} |`);
  lines.push(`| **geometric mean** | | | | **${geo('pyodide').toFixed(2)}x** | | **${geo('micropython').toFixed(2)}x** |`);
  lines.push('', `Start-up to the first printed line (median): Taipan ${su('taipan').toFixed(0)} ms, Pyodide ${su('pyodide').toFixed(0)} ms, MicroPython ${su('micropython').toFixed(0)} ms.`);
  fs.writeFileSync(md, lines.join('\n') + '\n');
}
