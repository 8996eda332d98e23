#!/usr/bin/env node
// `node taipan-node.mjs FILE.py|FILE.pyc [args]`: the native `taipan` command, run on the
// WebAssembly build. taipan-node.cjs is the same VM as taipan.wasm, linked with direct
// access to the host's files (NODERAWFS) and the host python3.11 as compiler; it reads its
// arguments and exits with the program's status.
//
// It runs on a worker thread for the stack: natives that call back into Python (__init__,
// __repr__, sorted's key) nest on the wasm call stack, and V8's default limit (about 1 MB)
// is hit long before interp/interpreter.cpp's guard raises RecursionError (6 MiB of the
// 8 MiB shadow stack; with -Oz that takes about 3 MB of V8 stack). A worker's stack size is
// set at its creation, so the guard fires first with a wide margin.
import { Worker } from 'worker_threads';

const worker = new Worker(new URL('./taipan-node.cjs', import.meta.url), {
  argv: process.argv.slice(2),
  resourceLimits: { stackSizeMb: 64 },
});
worker.on('exit', (code) => process.exit(code));
worker.on('error', (e) => {
  process.stderr.write(`taipan-node: ${e && e.stack ? e.stack : e}\n`);
  process.exit(70);
});
