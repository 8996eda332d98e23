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
