// The npm package: `npm pack BUILD/package`, installed into an empty project, imported by
// name, runs Python. Usage: node tests/web/package_test.mjs BUILD_DIR
import assert from 'assert/strict';
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const build = path.resolve(process.argv[2] || 'build/wasm');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'taipan-npm-'));
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
try {
  const tgz = npm(['pack', path.join(build, 'package')], tmp).trim().split('\n').pop();
  const listing = execFileSync('tar', ['tzf', path.join(tmp, tgz)], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(listing, ['package/browser.md', 'package/package.json', 'package/taipan.js', 'package/taipan.wasm']);
  const app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), '{"name": "app", "private": true, "type": "module"}');
  npm(['install', path.join(tmp, tgz)], app);
  fs.writeFileSync(path.join(app, 'main.mjs'), `
import { Taipan, PythonError } from 'taipan-python';
const vm = await Taipan.load();
const m = vm.import('math');
console.log(m.factorial(15), typeof PythonError);
`);
  const out = execFileSync('node', ['main.mjs'], { cwd: app, encoding: 'utf8' });
  assert.equal(out, '1307674368000 function\n');
  console.log(`ok: ${tgz} installs and runs (${(fs.statSync(path.join(tmp, tgz)).size / 1024).toFixed(0)} KiB packed)`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
