// The JS half of interp/host_python.h: runs the host CPython for the .py compiler and
// compile()/exec()/eval() of source text. Node only (child_process, synchronously); in the
// browser there is no host python and it reports -1 (and 0 for the argc == 0 probe).
mergeInto(LibraryManager.library, {
  taipan_host_python__deps: ['malloc'],
  taipan_host_python: function(argv, argc, input, inputLen, out, outLen, err, errLen) {
    var node = typeof process == 'object' && typeof require == 'function' && process.versions && process.versions.node;
    if (argc == 0) return node ? 1 : 0;
    if (!node) return -1;
    var args = [];
    for (var i = 0; i < argc; i++) args.push(UTF8ToString(HEAP32[(argv >> 2) + i]));
    var r = require('child_process').spawnSync(args[0], args.slice(1), {
      input: HEAPU8.slice(input, input + inputLen), maxBuffer: 1 << 30, stdio: 'pipe'});
    if (r.error) return -1;
    function give(buf, p, lenp) {
      var m = _malloc(buf.length + 1);
      HEAPU8.set(buf, m);
      HEAP32[p >> 2] = m;
      HEAP32[lenp >> 2] = buf.length;
    }
    give(r.stdout, out, outLen);
    give(r.stderr, err, errLen);
    return r.status === null ? 255 : r.status;
  },
});

// The js module's imports (web/js_bridge.h), forwarded to web/bridge.js (--pre-js, which
// defines TJ in the module's scope). Node's taipan-node has no bridge.js: there the module
// reaches Node's globalThis through the same code.
mergeInto(LibraryManager.library, {
  taipan_js_get: function(h, k, out) { return TJ.get(h, k, out); },
  taipan_js_set: function(h, k, v) { return TJ.set(h, k, v); },
  taipan_js_delete: function(h, k) { return TJ.del(h, k); },
  taipan_js_has: function(h, k) { return TJ.has(h, k); },
  taipan_js_call: function(f, self, args, n, out) { return TJ.call(f, self, args, n, out); },
  taipan_js_new: function(f, args, n, out) { return TJ.construct(f, args, n, out); },
  taipan_js_length: function(h) { return TJ.length(h); },
  taipan_js_to_array: function(h, out) { return TJ.toArray(h, out); },
  taipan_js_to_py: function(h, out) { return TJ.toPy(h, out); },
  taipan_js_describe: function(h, what, out) { return TJ.describe(h, what, out); },
  taipan_js_truthy: function(h) { return TJ.handles[h] ? 1 : 0; },
  taipan_js_equal: function(a, b) { return TJ.handles[a] === TJ.handles[b] ? 1 : 0; },
  taipan_js_is_function: function(h) { return typeof TJ.handles[h] == 'function' ? 1 : 0; },
  taipan_js_identity: function(h) { return TJ.identity(h); },
  taipan_js_release: function(h) { TJ.release(h); },
  taipan_js_make: function(v, out) { return TJ.make(v, out); },
  taipan_js_view: function(p, n, kind, out) { return TJ.view(p, n, kind, out); },
  taipan_js_take_error: function(out) { TJ.takeError(out); },
  taipan_js_output: function(fd, p, n) {
    var text = TJ.text(p, n);
    if (TJ.output) TJ.output(fd, text);
    else (fd == 2 ? console.error : console.log)(text);
  },
  taipan_js_input: function(p, n, out) {
    if (!TJ.input) return 0;
    var line = TJ.input(TJ.text(p, n));
    if (line === null || line === undefined) return 0;
    TJ.write(String(line), out);
    return 1;
  },
});
