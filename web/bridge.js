// The JavaScript half of the Python <-> JavaScript bridge (--pre-js of taipan.js: it runs
// inside the module, next to HEAP32, _malloc and the exports). web/js_bridge.h describes the
// transfer format (JsVal) and the lifetimes; web/library_taipan.js forwards the C imports
// here; web/api.js builds Taipan.load on Module.taipanBridge.

var TJ = {
  // JS values Python holds: index 0 unused, 1 globalThis, 2 null (js.null); freed slots reused.
  handles: [undefined, globalThis, null],
  free: [],
  // Python objects JS holds: proxy -> pyref id (to give the object back to Python as itself).
  pyids: new WeakMap(),
  identities: new WeakMap(),
  nextIdentity: 1,
  error: undefined,        // the JS exception of the last failed bridge call
  decoder: new TextDecoder('utf-8'),
  encoder: new TextEncoder(),
  output: null,            // (fd, text) => void, set by web/api.js
  input: null,             // (prompt) => string | null
  registry: typeof FinalizationRegistry == 'function'
    ? new FinalizationRegistry((id) => { if (!TJ.dead) _tp_py_release(id); }) : null,
  dead: false,

  hold(v) {
    if (TJ.free.length) {
      const h = TJ.free.pop();
      TJ.handles[h] = v;
      return h;
    }
    TJ.handles.push(v);
    return TJ.handles.length - 1;
  },
  release(h) {
    if (h > 2 && h < TJ.handles.length) {
      TJ.handles[h] = undefined;
      TJ.free.push(h);
    }
  },

  // A string into malloc'd UTF-8 (C frees it): [pointer, byte count].
  cstr(s) {
    const bytes = TJ.encoder.encode(s);
    const p = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAPU8[p + bytes.length] = 0;
    return [p, bytes.length];
  },
  text(p, n) { return TJ.decoder.decode(HEAPU8.subarray(p, p + n)); },

  // JS -> JsVal at p (shallow: objects become handles).
  write(v, p) {
    let tag = 6, ref = 0, num = 0;
    switch (typeof v) {
      case 'undefined': tag = 0; break;
      case 'boolean': tag = 2; num = v ? 1 : 0; break;
      case 'number':
        tag = Number.isInteger(v) && Math.abs(v) <= 9007199254740992 && !Object.is(v, -0) ? 3 : 4;
        num = v;
        break;
      case 'string': tag = 5; [ref, num] = TJ.cstr(v); break;
      case 'bigint': tag = 8; [ref, num] = TJ.cstr(v.toString()); break;
      default:
        if (v === null) {
          tag = 1;
        } else {
          const id = TJ.pyids.get(v);
          if (id !== undefined) { tag = 7; ref = id; } else { ref = TJ.hold(v); }
        }
    }
    HEAP32[p >> 2] = tag;
    HEAPU32[(p + 4) >> 2] = ref;
    HEAPF64[(p + 8) >> 3] = num;
  },

  // JS -> JsVal at p, arrays and plain objects converted all the way down (proxy.to_py()).
  writeDeep(v, p, depth) {
    const plain = v !== null && typeof v == 'object' && !TJ.pyids.has(v) &&
      (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
    if (!plain || depth > 64) return TJ.write(v, p);
    const array = Array.isArray(v);
    const items = array ? v : Object.entries(v).flat();
    const m = _malloc(16 * items.length + 16);
    for (let i = 0; i < items.length; i++) TJ.writeDeep(items[i], m + 16 * i, depth + 1);
    HEAP32[p >> 2] = array ? 9 : 10;
    HEAPU32[(p + 4) >> 2] = m;
    HEAPF64[(p + 8) >> 3] = array ? items.length : items.length / 2;
  },

  // JsVal at p -> JS.
  read(p) {
    const tag = HEAP32[p >> 2], ref = HEAPU32[(p + 4) >> 2], num = HEAPF64[(p + 8) >> 3];
    switch (tag) {
      case 0: return undefined;
      case 1: return null;
      case 2: return num !== 0;
      case 3: case 4: return num;
      case 5: return TJ.text(ref, num);
      case 6: return TJ.handles[ref];
      case 7: return TJ.pyProxy(ref);
      case 8: return BigInt(TJ.text(ref, num));
      case 9: {
        const a = new Array(num);
        for (let i = 0; i < num; i++) a[i] = TJ.read(ref + 16 * i);
        return a;
      }
      case 10: {
        const o = {};
        for (let i = 0; i < num; i++) o[TJ.read(ref + 32 * i)] = TJ.read(ref + 32 * i + 16);
        return o;
      }
      case 11: return HEAPU8.slice(ref, ref + num);
      case 12: return TJ.pyPromise(ref);
    }
    throw new Error('taipan: unknown value tag ' + tag);
  },
  readArgs(p, n) {
    const a = new Array(n);
    for (let i = 0; i < n; i++) a[i] = TJ.read(p + 16 * i);
    return a;
  },

  // Runs f (a bridge operation for C): 0, or -1 with the exception kept for take_error.
  guard(f) {
    try {
      f();
      return 0;
    } catch (e) {
      TJ.error = e;
      return -1;
    }
  },

  // ---- calls into Python ----

  // The PythonError of the last failed tp_* call.
  pyError() {
    const s = (w) => UTF8ToString(_tp_error(w));
    return new PythonError(s(0), s(1), s(2));
  },
  // Runs a tp_* function given scratch for `n` argument JsVals plus the result.
  withScratch(n, f) {
    const p = _malloc(16 * (n + 1));
    try {
      return f(p, p + 16 * n);
    } finally {
      _free(p);
    }
  },
  pyCall(id, args) {
    return TJ.withScratch(args.length, (p, out) => {
      for (let i = 0; i < args.length; i++) TJ.write(args[i], p + 16 * i);
      if (_tp_py_call(id, p, args.length, out) != 0) throw TJ.pyError();
      return TJ.read(out);
    });
  },
  withName(name, f) {
    const [p] = TJ.cstr(String(name));
    try {
      return f(p);
    } finally {
      _free(p);
    }
  },
  pyGet(id, name) {
    return TJ.withName(name, (np) => TJ.withScratch(0, (p, out) => {
      const rc = _tp_py_getattr(id, np, out);
      if (rc < 0) throw TJ.pyError();
      return rc == 1 ? undefined : TJ.read(out);
    }));
  },
  pySet(id, name, value) {
    TJ.withName(name, (np) => TJ.withScratch(1, (p, out) => {
      TJ.write(value, p);
      if (_tp_py_setattr(id, np, p, out) != 0) throw TJ.pyError();
    }));
  },
  pyText(id, which) {
    return TJ.withScratch(0, (p, out) => {
      if (_tp_py_text(id, which, out) != 0) throw TJ.pyError();
      return TJ.read(out);
    });
  },
  // proxy.toJs(): the object converted deeply when it is a list, tuple or dict.
  pyValue(id) {
    return TJ.withScratch(0, (p, out) => {
      if (_tp_py_value(id, out) != 0) throw TJ.pyError();
      return HEAP32[out >> 2] == 7 ? TJ.pyProxy(HEAPU32[(out + 4) >> 2]) : TJ.read(out);
    });
  },

  // A Python object as a JS value: a Proxy over a function, so that it can be called (a
  // Python callable as an event listener) and its attributes read and set. Released to
  // Python's GC when V8 collects the proxy.
  pyProxy(id) {
    const target = function () {};
    const proxy = new Proxy(target, {
      get(t, key) {
        if (key === Symbol.toPrimitive) return (hint) => (hint === 'number' ? NaN : TJ.pyText(id, 0));
        if (typeof key === 'symbol') return undefined;
        switch (key) {
          case 'toString': return () => TJ.pyText(id, 0);
          case 'toJs': return () => TJ.pyValue(id);
          case 'then': case 'toJSON': case 'constructor': case 'prototype': return undefined;
        }
        return TJ.pyGet(id, key);
      },
      set(t, key, value) {
        if (typeof key === 'symbol') return false;
        TJ.pySet(id, key, value);
        return true;
      },
      has(t, key) { return typeof key === 'string' && TJ.withName(key, (np) => _tp_py_hasattr(id, np)) == 1; },
      apply(t, self, args) { return TJ.pyCall(id, args); },
    });
    TJ.pyids.set(proxy, id);
    if (TJ.registry) TJ.registry.register(proxy, id);
    return proxy;
  },

  // A Python coroutine as a Promise: each step runs until the coroutine awaits a JS promise
  // (or anything else, which is treated as an already-resolved promise), then goes on when
  // that settles.
  pyPromise(id) {
    return new Promise((resolve, reject) => {
      const step = (throwIn, value) => {
        let rc, result;
        try {
          [rc, result] = TJ.withScratch(1, (p, out) => {
            TJ.write(value, p);
            const r = _tp_py_step(id, throwIn, p, out);
            if (r < 0) throw TJ.pyError();
            return [r, TJ.read(out)];
          });
        } catch (e) {
          _tp_py_release(id);
          reject(e);
          return;
        }
        if (rc == 1) {
          _tp_py_release(id);
          resolve(result);
        } else {
          Promise.resolve(result).then((v) => step(0, v), (e) => step(1, e));
        }
      };
      queueMicrotask(() => step(0, undefined));
    });
  },

  // ---- the C imports (web/library_taipan.js) ----

  get(h, k, out) { return TJ.guard(() => TJ.write(TJ.handles[h][TJ.read(k)], out)); },
  set(h, k, v) { return TJ.guard(() => { TJ.handles[h][TJ.read(k)] = TJ.read(v); }); },
  del(h, k) { return TJ.guard(() => { delete TJ.handles[h][TJ.read(k)]; }); },
  has(h, k) {
    let r = 0;
    const rc = TJ.guard(() => {
      const o = TJ.handles[h], key = TJ.read(k);
      r = (Array.isArray(o) || ArrayBuffer.isView(o)) ? o.includes(key)
        : (o instanceof Set || o instanceof Map) ? o.has(key) : key in o;
    });
    return rc < 0 ? -1 : (r ? 1 : 0);
  },
  call(f, self, args, n, out) {
    return TJ.guard(() => TJ.write(Reflect.apply(TJ.handles[f], self ? TJ.handles[self] : undefined, TJ.readArgs(args, n)), out));
  },
  construct(f, args, n, out) {
    return TJ.guard(() => TJ.write(Reflect.construct(TJ.handles[f], TJ.readArgs(args, n)), out));
  },
  length(h) {
    const o = TJ.handles[h];
    if (o === null || o === undefined) return -1;
    if (typeof o.length == 'number') return o.length;
    if (typeof o.size == 'number') return o.size;
    return -1;
  },
  toArray(h, out) {
    return TJ.guard(() => {
      const o = TJ.handles[h];
      if (o === null || o === undefined || (typeof o[Symbol.iterator] != 'function' && typeof o.length != 'number'))
        throw new TypeError(String(o) + ' is not iterable');
      const a = Array.from(o);
      const m = _malloc(16 * a.length + 16);
      for (let i = 0; i < a.length; i++) TJ.write(a[i], m + 16 * i);
      HEAP32[out >> 2] = 9;
      HEAPU32[(out + 4) >> 2] = m;
      HEAPF64[(out + 8) >> 3] = a.length;
    });
  },
  toPy(h, out) { return TJ.guard(() => TJ.writeDeep(TJ.handles[h], out, 0)); },
  describe(h, what, out) {
    return TJ.guard(() => TJ.write(what == 1 ? typeof TJ.handles[h] : String(TJ.handles[h]), out));
  },
  identity(h) {
    const o = TJ.handles[h];
    if ((typeof o != 'object' && typeof o != 'function') || o === null) return 0;
    let id = TJ.identities.get(o);
    if (id === undefined) TJ.identities.set(o, (id = TJ.nextIdentity++));
    return id;
  },
  make(v, out) { return TJ.guard(() => TJ.write(TJ.read(v), out)); },
  view(p, n, kind, out) {
    return TJ.guard(() => {
      const name = UTF8ToString(kind), C = globalThis[name];
      if (typeof C != 'function' || typeof C.BYTES_PER_ELEMENT != 'number') throw new TypeError(name + ' is not a typed array type');
      const size = C.BYTES_PER_ELEMENT;
      if (n % size || p % size) throw new RangeError(`${name}: ${n} bytes at ${p} are not a whole number of aligned ${size}-byte items`);
      TJ.write(new C(HEAPU8.buffer, p, n / size), out);
    });
  },
  takeError(out) {
    const e = TJ.error;
    TJ.error = undefined;
    TJ.write(e, out);
  },
};

Module['taipanBridge'] = TJ;
