// The JavaScript API of taipan.js (--extern-post-js: after Emscripten's `createTaipan`).
//
//   import { Taipan } from './taipan.js';
//   const vm = await Taipan.load({ stdout: (s) => out.append(s) });
//   await vm.runBundle(await (await fetch('app.tpb')).arrayBuffer());   // resolves with the exit status
//   vm.call('on_click', 3, 4);          // a global of __main__, called with converted arguments
//   stopButton.onclick = () => vm.interrupt();
//
// Programs run cooperatively: a step runs for `sliceMs`, then the page gets the thread back;
// time.sleep(s) resumes after s seconds, taipan.next_frame() at the next animation frame.
// docs/browser.md has the whole API and the conversion rules.

// A task after the browser has handled pending events (no 4 ms clamp as with setTimeout).
function taipanYield(f) {
  if (typeof MessageChannel == 'function') {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); f(); };
    ch.port2.postMessage(0);
  } else {
    setTimeout(f, 0);
  }
}

class TaipanVM {
  constructor(module, options) {
    this.module = module;
    this.bridge = module.taipanBridge;
    this.sliceMs = options.sliceMs ?? 8;
    this._running = null;   // the running program: { timer, kind, resume }
    this._buffers = ['', '', ''];
    this._writers = { 1: options.stdout, 2: options.stderr };
    this.bridge.output = (fd, text) => this._write(fd, text);
    this.bridge.input = options.input || null;
  }

  // Line-buffered output: each callback call gets one line, without its newline, as
  // console.log wants it; a last line without a newline is given when the program ends.
  _write(fd, text) {
    const lines = (this._buffers[fd] + text).split('\n');
    this._buffers[fd] = lines.pop();
    const writer = this._writers[fd] || (fd == 2 ? console.error : console.log);
    for (const line of lines) writer(line);
  }
  _flush() {
    for (const fd of [1, 2]) {
      if (this._buffers[fd]) this._write(fd, '\n');
    }
  }

  get FS() { return this.module.FS; }
  get running() { return this._running !== null; }

  _argv(argv) {
    const joined = argv.map((a) => String(a) + '\0').join('');
    const bytes = new TextEncoder().encode(joined);
    const p = this.module._malloc(bytes.length + 1);
    this.module.HEAPU8.set(bytes, p);
    return p;
  }

  // Steps a program until it ends: resolves with its exit status (an uncaught exception has
  // been printed to stderr, as the command line does, and gives 1).
  _drive(start) {
    if (this._running) return Promise.reject(new Error('taipan: a program is already running in this VM'));
    const m = this.module;
    const out = m._malloc(24);
    return new Promise((resolve, reject) => {
      const run = { timer: null, kind: null, resume: null };
      this._running = run;
      const finish = (f) => {
        m._free(out);
        this._running = null;
        this._flush();
        f();
      };
      const step = (f) => {
        run.timer = null;
        let paused;
        try {
          paused = f();
        } catch (e) {
          finish(() => reject(e));
          return;
        }
        if (!paused) {
          const status = m.HEAP32[(out + 4) >> 2];
          finish(() => resolve(status));
          return;
        }
        const wake = m.HEAPF64[(out + 8) >> 3], frame = m.HEAP32[(out + 16) >> 2];
        run.resume = () => step(() => m._tp_resume(this.sliceMs, out));
        if (frame && typeof requestAnimationFrame == 'function') {
          run.kind = 'frame';
          run.timer = requestAnimationFrame(run.resume);
        } else if (frame || wake > 0) {
          run.kind = 'timeout';
          run.timer = setTimeout(run.resume, frame ? 16 : wake);
        } else {
          run.kind = 'yield';
          run.timer = 1;
          taipanYield(() => { if (run.timer === 1) run.resume(); });
        }
      };
      step(() => start(out));
    });
  }

  // Runs a bundle (tools/pack.py's output: ArrayBuffer or Uint8Array) as __main__.
  runBundle(bytes, { argv = ['app.tpb'], bundleOnly = true } = {}) {
    const m = this.module;
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    return this._drive((out) => {
      const p = m._malloc(data.length + 1);
      m.HEAPU8.set(data, p);
      const a = this._argv(argv);
      try {
        return m._tp_start_bundle(p, data.length, a, argv.length, bundleOnly ? 1 : 0, this.sliceMs, out);
      } finally {
        m._free(p);
        m._free(a);
      }
    });
  }

  // Runs one compiled module (a .pyc's bytes) as __main__.
  runPyc(bytes, { argv = ['main.pyc'] } = {}) {
    const path = '/' + String(argv[0]).replace(/^.*\//, '');
    this.module.FS.writeFile(path, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    return this.runFile(path, { argv: [path, ...argv.slice(1)] });
  }

  // Runs a .pyc (or bundle) already in the VM's file system (vm.FS).
  runFile(path, { argv = [path] } = {}) {
    const m = this.module;
    return this._drive((out) => {
      const p = this._argv([path]), a = this._argv(argv);
      try {
        return m._tp_start_main(p, a, argv.length, this.sliceMs, out);
      } finally {
        m._free(p);
        m._free(a);
      }
    });
  }

  // Stop button: KeyboardInterrupt in the running program at its next safe point (a
  // sleeping or frame-waiting program is woken for it).
  interrupt() {
    this.module._tp_interrupt();
    const run = this._running;
    if (run && run.timer !== null) {
      if (run.kind == 'frame') cancelAnimationFrame(run.timer);
      else if (run.kind == 'timeout') clearTimeout(run.timer);
      run.timer = null;
      const resume = run.resume;
      taipanYield(resume);
    }
  }

  _value(f) {
    return this.bridge.withScratch(0, (p, out) => {
      if (f(out) != 0) throw this.bridge.pyError();
      return this.bridge.read(out);
    });
  }
  // A global of __main__ (converted: numbers, strings, None; other objects as proxies).
  get(name) { return this.bridge.withName(name, (np) => this._value((out) => this.module._tp_get(np, out))); }
  // `import name`; the module as a proxy.
  import(name) { return this.bridge.withName(name, (np) => this._value((out) => this.module._tp_import(np, out))); }
  // Calls a global of __main__ (or any Python proxy) with converted arguments.
  call(f, ...args) {
    const fn = typeof f == 'string' ? this.get(f) : f;
    if (typeof fn != 'function') throw new TypeError(`taipan: ${f} is not callable`);
    return fn(...args);
  }
}

export const Taipan = {
  // options: stdout(line), stderr(line), input(prompt) -> string|null, sliceMs (8),
  // maxHeapMb (0: none), handlerBudgetMs (1000: each call from JS into Python),
  // locateFile / wasmBinary (where taipan.wasm is), print/printErr are not used.
  async load(options = {}) {
    const moduleArgs = {};
    if (options.locateFile) moduleArgs.locateFile = options.locateFile;
    if (options.wasmBinary) moduleArgs.wasmBinary = options.wasmBinary;
    else if (taipanNode && !options.locateFile)  // Node 20's fetch cannot read files: read it here
      moduleArgs.wasmBinary = require('fs').readFileSync(new URL('taipan.wasm', import.meta.url));
    const module = await createTaipan(moduleArgs);
    module._tp_init(options.maxHeapMb || 0, options.handlerBudgetMs ?? 1000, options.input ? 1 : 0);
    return new TaipanVM(module, options);
  },
  PythonError,
};
