// Smoke test of the browser build (build/wasm/taipan.js + taipan.wasm) under Node, posing as
// a page: load the ES module, put a .pyc in its in-memory file system, run it with callMain,
// and check its output, its exit status and the no-compiler error of exec().
// Usage: node tests/wasm/browser_smoke.mjs BUILD_DIR
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const build = path.resolve(process.argv[2] || 'build/wasm');
const source = 'import sys\nprint("hello", 2**70, sorted({3, 1, 2}))\n' +
  'try:\n    exec("x = 1")\nexcept RuntimeError as e:\n    print("no compiler:", "precompile" in str(e))\nsys.exit(3)\n';
// Marshalled code as a .pyc: 16-byte header (magic, flags, 8 bytes unused with flags 0) + code.
const pyc = execFileSync('python3.11', ['-c',
  'import sys, marshal, importlib.util as u; c = compile(sys.stdin.read(), "main.py", "exec"); ' +
  'sys.stdout.buffer.write(u.MAGIC_NUMBER + bytes(12) + marshal.dumps(c))'], { input: source });

globalThis.window = globalThis;  // the module was built for ENVIRONMENT=web,worker
globalThis.location = { href: 'file://' + build + '/' };
const { default: createTaipan } = await import(path.join(build, 'taipan.js'));
const lines = [];
const vm = await createTaipan({
  wasmBinary: fs.readFileSync(path.join(build, 'taipan.wasm')),
  print: (s) => lines.push(s), printErr: (s) => lines.push('stderr: ' + s),
});
vm.FS.writeFile('/main.pyc', pyc);
let status;
try {
  status = vm.callMain(['/main.pyc']);
} catch (e) {
  status = e && e.status;  // sys.exit() ends main through exit()
}
const expected = ['hello 1180591620717411303424 [1, 2, 3]', 'no compiler: True'];
const ok = JSON.stringify(lines) === JSON.stringify(expected) && status === 3;
console.log(ok ? 'browser smoke: ok' : `browser smoke: FAIL status=${status} output=${JSON.stringify(lines)}`);
process.exit(ok ? 0 : 1);
