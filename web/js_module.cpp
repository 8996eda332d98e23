// The `js` module (WebAssembly builds): the JavaScript world seen from Python.
//
//   from js import document, console, window   # any global of the page (globalThis.NAME)
//   console.log("hi", 42)                      # calls, with arguments converted
//   canvas = document.getElementById("c")      # JS objects come back as js.JsProxy
//   canvas.width = 320                         # attributes, items, `new`: Uint8Array.new(16)
//   canvas.addEventListener("click", handler)  # a Python callable becomes a JS function
//   data = await js.fetch(url)                 # JS promises are awaitable in `async def`
//   img = ImageData.new(js.view(pixels, "Uint8ClampedArray"), w, h)   # zero-copy typed array
//
// The conversion rules (docs/browser.md) are implemented here (Python -> JS: to_js; JS ->
// Python: from_js) and in web/bridge.js; the transfer format is in web/js_bridge.h.
#include <emscripten.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "runtime/nativetype.h"
#include "runtime/objects.h"
#include "runtime/str.h"
#include "runtime/vm.h"
#include "web/js_bridge.h"

namespace taipan::web {

using namespace runtime;

namespace {

constexpr uint32_t kGlobalThis = 1;  // handles that web/bridge.js reserves
constexpr uint32_t kJsNull = 2;
constexpr uint32_t kReservedHandles = 3;

// A JS value held by Python. `parent` is the object a function was read from (its `this`
// when called: document.getElementById keeps document).
struct JsProxy : Object {
  uint32_t handle;
  Value parent;
};

// `await proxy`: yields the proxy once (the promise, to whoever drives the coroutine: the
// JS side's step function), then returns what is sent back (the promise's value).
struct JsAwaiter : Object {
  Value proxy;
  int state;
};

struct State {
  Type* proxy = nullptr;
  Type* awaiter = nullptr;
  Value exc_type = Value::null();  // js.JsException
  std::vector<Value> pyrefs{Value::null()};  // id 0 is never used
  std::vector<uint32_t> free;
};

VM* g_last_vm = nullptr;

std::unordered_map<VM*, State*>& states() {
  static std::unordered_map<VM*, State*> m;
  return m;
}

State& state(VM& vm) {
  auto& m = states();
  auto it = m.find(&vm);
  if (it != m.end()) return *it->second;
  State* s = new State;
  m[&vm] = s;
  vm.add_root_visitor(
      [](VM&, Marker& mk, void* ctx) {
        auto* st = static_cast<State*>(ctx);
        if (st->proxy) mk.mark(Value::ptr(st->proxy));
        if (st->awaiter) mk.mark(Value::ptr(st->awaiter));
        mk.mark(st->exc_type);
        for (Value v : st->pyrefs) mk.mark(v);
      },
      s);
  return *s;
}

void trace_proxy(Object* o, Marker& m) { m.mark(static_cast<JsProxy*>(o)->parent); }
void finalize_proxy(VM&, Object* o) {
  uint32_t h = static_cast<JsProxy*>(o)->handle;
  if (h >= kReservedHandles) taipan_js_release(h);
}
void trace_awaiter(Object* o, Marker& m) { m.mark(static_cast<JsAwaiter*>(o)->proxy); }

JsProxy* as_proxy(Value v) { return native_of<JsProxy>(v, trace_proxy); }

// A new JsProxy owning `handle` (released here if the allocation fails).
Value new_proxy(VM& vm, uint32_t handle) {
  State& st = state(vm);
  auto* p = static_cast<JsProxy*>(vm.heap.alloc(sizeof(JsProxy), st.proxy));
  if (!p) {
    if (handle >= kReservedHandles) taipan_js_release(handle);
    return raise_no_memory(vm);
  }
  p->handle = handle;
  p->parent = Value::null();
  return Value::ptr(p);
}

JsVal str_val(std::string_view s, Arena& arena) {
  arena.bytes.emplace_back(s);
  const std::string& b = arena.bytes.back();
  return JsVal{kStr, uint32_t(uintptr_t(b.data())), double(b.size())};
}

// The result of a bridge call: its value, or js.JsException.
Value result(VM& vm, int rc, const JsVal& out) {
  if (rc != 0) return raise_pending_js_error(vm);
  return from_js(vm, out);
}

#define PROXY_SELF(name)                                                     \
  JsProxy* self = as_proxy(self_v);                                          \
  if (!self) return raise(vm, vm.TypeError, "%s needs a JsProxy", name)

// ---- JsProxy methods ----

Value p_getattr(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__getattr__");
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string");
  Arena arena;
  JsVal key = str_val(as_str(args[0])->view(), arena), out{};
  int rc = taipan_js_get(self->handle, &key, &out);
  if (rc == 0 && out.tag == kUndefined)
    return raise(vm, vm.AttributeError, "JsProxy has no attribute '%s'", std::string(as_str(args[0])->view()).c_str());
  bool fn = rc == 0 && out.tag == kJsObj && taipan_js_is_function(out.ref) == 1;
  Value r = result(vm, rc, out);
  if (fn && as_proxy(r)) as_proxy(r)->parent = self_v;
  return r;
}

Value p_setattr(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__setattr__");
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string");
  Arena arena;
  JsVal key = str_val(as_str(args[0])->view(), arena), val{};
  if (failed(to_js(vm, args[1], val, arena))) return Value::null();
  if (taipan_js_set(self->handle, &key, &val) != 0) return raise_pending_js_error(vm);
  return Value::none();
}

Value p_delattr(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__delattr__");
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string");
  Arena arena;
  JsVal key = str_val(as_str(args[0])->view(), arena);
  if (taipan_js_delete(self->handle, &key) != 0) return raise_pending_js_error(vm);
  return Value::none();
}

Value p_getitem(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__getitem__");
  Arena arena;
  JsVal key{}, out{};
  if (failed(to_js(vm, args[0], key, arena))) return Value::null();
  int rc = taipan_js_get(self->handle, &key, &out);
  if (rc == 0 && out.tag == kUndefined) {
    Value k = args[0];
    if (is_int(vm, k)) return raise(vm, vm.IndexError, "JsProxy index out of range");
    Value t = new_tuple_from(vm, &k, 1);
    if (t.is_null()) return t;
    Root rt(vm, t);
    Value e = new_exception(vm, vm.KeyError, t);
    return e.is_null() ? e : raise_value(vm, e);
  }
  return result(vm, rc, out);
}

Value p_setitem(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__setitem__");
  Arena arena;
  JsVal key{}, val{};
  if (failed(to_js(vm, args[0], key, arena)) || failed(to_js(vm, args[1], val, arena))) return Value::null();
  if (taipan_js_set(self->handle, &key, &val) != 0) return raise_pending_js_error(vm);
  return Value::none();
}

Value p_delitem(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__delitem__");
  Arena arena;
  JsVal key{};
  if (failed(to_js(vm, args[0], key, arena))) return Value::null();
  if (taipan_js_delete(self->handle, &key) != 0) return raise_pending_js_error(vm);
  return Value::none();
}

// Positional arguments, then keywords as one trailing object ({once: true}).
Status call_args(VM& vm, Value* args, size_t nargs, Tuple* kwnames, std::vector<JsVal>& out, Arena& arena) {
  size_t npos = nargs - (kwnames ? kwnames->size : 0);
  out.resize(npos);
  for (size_t i = 0; i < npos; i++)
    if (failed(to_js(vm, args[i], out[i], arena))) return Status::Error;
  if (kwnames && kwnames->size) {
    arena.vals.emplace_back(2 * kwnames->size);
    std::vector<JsVal>& kv = arena.vals.back();
    for (uint32_t i = 0; i < kwnames->size; i++) {
      kv[2 * i] = str_val(as_str(kwnames->items[i])->view(), arena);
      if (failed(to_js(vm, args[npos + i], kv[2 * i + 1], arena))) return Status::Error;
    }
    out.push_back(JsVal{kObject, uint32_t(uintptr_t(kv.data())), double(kwnames->size)});
  }
  return Status::Ok;
}

Value p_call(VM& vm, Value self_v, Value* args, size_t nargs, Tuple* kwnames) {
  PROXY_SELF("__call__");
  Arena arena;
  std::vector<JsVal> argv;
  if (failed(call_args(vm, args, nargs, kwnames, argv, arena))) return Value::null();
  JsProxy* parent = as_proxy(self->parent);
  JsVal out{};
  int rc = taipan_js_call(self->handle, parent ? parent->handle : 0, argv.data(), int(argv.size()), &out);
  return result(vm, rc, out);
}

Value p_new(VM& vm, Value self_v, Value* args, size_t nargs, Tuple* kwnames) {
  PROXY_SELF("new");
  Arena arena;
  std::vector<JsVal> argv;
  if (failed(call_args(vm, args, nargs, kwnames, argv, arena))) return Value::null();
  JsVal out{};
  int rc = taipan_js_new(self->handle, argv.data(), int(argv.size()), &out);
  return result(vm, rc, out);
}

Value p_len(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("__len__");
  double n = taipan_js_length(self->handle);
  if (n < 0) return raise(vm, vm.TypeError, "object of type 'JsProxy' has no len()");
  return new_int(vm, int64_t(n));
}

Value p_iter(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("__iter__");
  JsVal out{};
  Value items = result(vm, taipan_js_to_array(self->handle, &out), out);
  if (items.is_null()) return items;
  Root ri(vm, items);
  return get_iter(vm, items);
}

Value p_contains(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__contains__");
  Arena arena;
  JsVal key{};
  if (failed(to_js(vm, args[0], key, arena))) return Value::null();
  int r = taipan_js_has(self->handle, &key);
  if (r < 0) return raise_pending_js_error(vm);
  return Value::boolean(r == 1);
}

Value describe(VM& vm, JsProxy* self, int what) {
  JsVal out{};
  return result(vm, taipan_js_describe(self->handle, what, &out), out);
}

Value p_str(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("__str__");
  return describe(vm, self, 0);
}

Value p_typeof(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("typeof");
  return describe(vm, self, 1);
}

Value p_bool(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("__bool__");
  return Value::boolean(taipan_js_truthy(self->handle) == 1);
}

Value p_eq(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__eq__");
  JsProxy* other = as_proxy(args[0]);
  if (!other) return vm.not_implemented;
  return Value::boolean(taipan_js_equal(self->handle, other->handle) == 1);
}

Value p_ne(VM& vm, Value self_v, Value* args, size_t, Tuple*) {
  PROXY_SELF("__ne__");
  JsProxy* other = as_proxy(args[0]);
  if (!other) return vm.not_implemented;
  return Value::boolean(taipan_js_equal(self->handle, other->handle) != 1);
}

Value p_hash(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("__hash__");
  return new_int(vm, int64_t(taipan_js_identity(self->handle)));
}

Value p_to_py(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("to_py");
  JsVal out{};
  return result(vm, taipan_js_to_py(self->handle, &out), out);
}

Value p_await(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  PROXY_SELF("__await__");
  auto* a = static_cast<JsAwaiter*>(vm.heap.alloc(sizeof(JsAwaiter), state(vm).awaiter));
  if (!a) return raise_no_memory(vm);
  a->proxy = self_v;
  a->state = 0;
  return Value::ptr(a);
}

// ---- the awaiter ----

JsAwaiter* as_awaiter(Value v) {
  return v.is_ptr() && v.as_ptr()->type->trace == trace_awaiter ? static_cast<JsAwaiter*>(v.as_ptr()) : nullptr;
}

Value aw_send_value(VM& vm, Value self_v, Value v) {
  JsAwaiter* a = as_awaiter(self_v);
  if (!a) return raise(vm, vm.TypeError, "send() needs a js awaiter");
  if (a->state == 0) {
    a->state = 1;
    return a->proxy;
  }
  a->state = 2;
  if (v.is_none()) return raise_value(vm, Value::ptr(vm.StopIteration));
  Root rv(vm, v);
  Value t = new_tuple_from(vm, &v, 1);
  if (t.is_null()) return t;
  Root rt(vm, t);
  Value e = new_exception(vm, vm.StopIteration, t);
  return e.is_null() ? e : raise_value(vm, e);
}

Value aw_iter(VM&, Value self_v, Value*, size_t, Tuple*) { return self_v; }
Value aw_next(VM& vm, Value self_v, Value*, size_t, Tuple*) { return aw_send_value(vm, self_v, Value::none()); }
Value aw_send(VM& vm, Value self_v, Value* args, size_t, Tuple*) { return aw_send_value(vm, self_v, args[0]); }
Value aw_throw(VM& vm, Value self_v, Value* args, size_t nargs, Tuple*) {
  if (JsAwaiter* a = as_awaiter(self_v)) a->state = 2;
  return raise_value(vm, nargs > 1 && !args[1].is_none() ? args[1] : args[0]);
}
Value aw_close(VM& vm, Value self_v, Value*, size_t, Tuple*) {
  if (JsAwaiter* a = as_awaiter(self_v)) a->state = 2;
  return Value::none();
}

// ---- module functions ----

// `from js import document`: globalThis.document (PEP 562's module __getattr__).
Value m_getattr(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string");
  std::string name(as_str(args[0])->view());
  if (name.size() > 1 && name[0] == '_' && name[1] == '_')  // __path__, __spec__ ...: not JS's
    return raise(vm, vm.AttributeError, "module 'js' has no attribute '%s'", name.c_str());
  Arena arena;
  JsVal key = str_val(name, arena), out{};
  int rc = taipan_js_get(kGlobalThis, &key, &out);
  if (rc == 0 && out.tag == kUndefined) return raise(vm, vm.AttributeError, "module 'js' has no attribute '%s'", name.c_str());
  return result(vm, rc, out);
}

// js.to_js(x): x converted as for a call argument, made once: a list becomes a JS Array
// (a JsProxy), which later calls then pass without converting again.
Value m_to_js(VM& vm, Value, Value* args, size_t, Tuple*) {
  Arena arena;
  JsVal v{}, out{};
  if (failed(to_js(vm, args[0], v, arena))) return Value::null();
  return result(vm, taipan_js_make(&v, &out), out);
}

// js.view(buffer, kind=None): a typed array over the memory of a bytearray, array.array or
// contiguous memoryview, with no copy. It is valid while the buffer is neither resized nor
// freed and the wasm memory does not grow (then make a new one: it is cheap).
Value m_view(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"buffer", "kind"};
  Value a[2];
  if (failed(parse_args(vm, "view", args, nargs, kwnames, names, 2, 1, a))) return Value::null();
  std::string_view data;
  if (!bytes_view(a[0], data))
    return raise(vm, vm.TypeError, "view() needs a bytearray, array.array or contiguous memoryview, not '%s'",
                 type_name(vm, a[0]));
  if (is_layout(a[0], Layout::Bytes))
    return raise(vm, vm.TypeError, "view() of bytes: bytes are immutable, use a bytearray");
  std::string kind = "Uint8Array";
  if (!a[1].is_null() && !a[1].is_none()) {
    if (!is_str(a[1])) return raise(vm, vm.TypeError, "view() kind must be a str");
    kind = std::string(as_str(a[1])->view());
  } else if (a[0].is_ptr() && a[0].as_ptr()->type->layout == Layout::ByteArray && a[0].as_ptr()->type != vm.bytearray_type) {
    // array.array: its typecode (runtime object flags) picks the element type.
    switch (char(a[0].as_ptr()->flags)) {
      case 'b': kind = "Int8Array"; break;
      case 'h': kind = "Int16Array"; break;
      case 'H': kind = "Uint16Array"; break;
      case 'i': case 'l': kind = "Int32Array"; break;
      case 'I': case 'L': case 'u': kind = "Uint32Array"; break;
      case 'q': kind = "BigInt64Array"; break;
      case 'Q': kind = "BigUint64Array"; break;
      case 'f': kind = "Float32Array"; break;
      case 'd': kind = "Float64Array"; break;
      default: break;
    }
  }
  JsVal out{};
  int rc = taipan_js_view(data.data(), uint32_t(data.size()), kind.c_str(), &out);
  return result(vm, rc, out);
}

Value make_js(VM& vm) {
  Value mv = native_module(vm, "js");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  State& st = state(vm);
  g_last_vm = &vm;

  Type* t = native_type(vm, m, "js", "JsProxy", Layout::Opaque, nullptr);
  if (!t) return Value::null();
  t->trace = trace_proxy;
  t->finalize = finalize_proxy;
  t->tflags &= ~kTypeBaseType;
  st.proxy = t;
  static const MethodDef methods[] = {
      {"__getattr__", p_getattr, 1, 1, 0},
      {"__setattr__", p_setattr, 2, 2, 0},
      {"__delattr__", p_delattr, 1, 1, 0},
      {"__getitem__", p_getitem, 1, 1, 0},
      {"__setitem__", p_setitem, 2, 2, 0},
      {"__delitem__", p_delitem, 1, 1, 0},
      {"__call__", p_call, 0, -1, kBuiltinKeywords},
      {"new", p_new, 0, -1, kBuiltinKeywords},
      {"__len__", p_len, 0, 0, 0},
      {"__iter__", p_iter, 0, 0, 0},
      {"__contains__", p_contains, 1, 1, 0},
      {"__repr__", p_str, 0, 0, 0},
      {"__str__", p_str, 0, 0, 0},
      {"__bool__", p_bool, 0, 0, 0},
      {"__eq__", p_eq, 1, 1, 0},
      {"__ne__", p_ne, 1, 1, 0},
      {"__hash__", p_hash, 0, 0, 0},
      {"__await__", p_await, 0, 0, 0},
      {"to_py", p_to_py, 0, 0, 0},
  };
  add_methods(vm, t, methods);
  add_getter(vm, t, "typeof", p_typeof);
  type_modified(vm, t);
  t->tflags |= kTypeHasGetattr | kTypeHasSetattr;  // attribute access goes to JavaScript

  Type* at = native_type(vm, m, "js", "_JsAwaiter", Layout::Opaque, nullptr);
  if (!at) return Value::null();
  at->trace = trace_awaiter;
  at->finalize = nullptr;
  at->tflags &= ~kTypeBaseType;
  st.awaiter = at;
  static const MethodDef aw_methods[] = {
      {"__iter__", aw_iter, 0, 0, 0},   {"__next__", aw_next, 0, 0, 0},   {"send", aw_send, 1, 1, 0},
      {"throw", aw_throw, 1, 3, 0},     {"close", aw_close, 0, 0, 0},
  };
  add_methods(vm, at, aw_methods);
  type_modified(vm, at);

  // js.JsException(Exception): a JavaScript exception; .js_error is the thrown value.
  Value exc = add_exception_class(vm, m, "js", "JsException", vm.Exception);
  if (exc.is_null()) return exc;
  st.exc_type = exc;

  static const MethodDef fns[] = {
      {"__getattr__", m_getattr, 1, 1, 0},
      {"to_js", m_to_js, 1, 1, 0},
      {"view", m_view, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  Value null_proxy = new_proxy(vm, kJsNull);
  if (null_proxy.is_null() || failed(dict_set_cstr(vm, m->dict, "null", null_proxy))) return Value::null();
  return mv;
}

}  // namespace

// ---- conversions ----

Status to_js(VM& vm, Value v, JsVal& out, Arena& arena, int depth) {
  if (depth > 64) {
    raise(vm, vm.ValueError, "to JavaScript: nested deeper than 64 levels (or a cycle)");
    return Status::Error;
  }
  out = JsVal{kUndefined, 0, 0};
  if (v.is_none()) return Status::Ok;
  if (v.is_bool()) {
    out = JsVal{kBool, 0, v.is_true() ? 1.0 : 0.0};
    return Status::Ok;
  }
  if (v.is_double()) {
    out = JsVal{kFloat, 0, v.as_double()};
    return Status::Ok;
  }
  if (is_int(vm, v)) {
    int64_t i;
    if (v.is_small() || (int_to_i64(vm, v, i) == Status::Ok && std::llabs(i) <= (int64_t(1) << 53))) {
      if (v.is_small()) i = v.as_small();
      out = JsVal{kInt, 0, double(i)};
      return Status::Ok;
    }
    clear_exc(vm);
    Value s = int_repr(vm, v);
    if (s.is_null()) return Status::Error;
    out = str_val(as_str(s)->view(), arena);
    out.tag = kBigInt;
    return Status::Ok;
  }
  if (is_str(v)) {
    out = str_val(as_str(v)->view(), arena);
    return Status::Ok;
  }
  if (JsProxy* p = as_proxy(v)) {
    out = JsVal{kJsObj, p->handle, 0};
    return Status::Ok;
  }
  if (is_list(v) || is_tuple(v)) {
    size_t n = is_list(v) ? v.as<List>()->size : v.as<Tuple>()->size;
    arena.vals.emplace_back(n);
    std::vector<JsVal>& items = arena.vals.back();
    for (size_t i = 0; i < n; i++) {
      // Re-read each time: a conversion may run no Python code, but stay safe with lists.
      size_t size = is_list(v) ? v.as<List>()->size : v.as<Tuple>()->size;
      if (i >= size) break;
      Value x = is_list(v) ? v.as<List>()->items[i] : v.as<Tuple>()->items[i];
      if (failed(to_js(vm, x, items[i], arena, depth + 1))) return Status::Error;
    }
    out = JsVal{kArray, uint32_t(uintptr_t(items.data())), double(n)};
    return Status::Ok;
  }
  if (is_dict(v)) {
    Dict* d = v.as<Dict>();
    arena.vals.emplace_back();
    std::vector<JsVal>& kv = arena.vals.back();
    uint32_t pos = 0;
    Value k, x;
    while (dict_next(d, pos, k, x)) {
      JsVal key{};
      if (is_str(k)) {
        key = str_val(as_str(k)->view(), arena);
      } else if (is_int(vm, k) || k.is_double()) {
        Value s = repr(vm, k);
        if (s.is_null()) return Status::Error;
        key = str_val(as_str(s)->view(), arena);
      } else {
        raise(vm, vm.TypeError, "to JavaScript: dict keys must be str, int or float, not '%s'", type_name(vm, k));
        return Status::Error;
      }
      JsVal val{};
      if (failed(to_js(vm, x, val, arena, depth + 1))) return Status::Error;
      kv.push_back(key);
      kv.push_back(val);
    }
    out = JsVal{kObject, uint32_t(uintptr_t(kv.data())), double(kv.size() / 2)};
    return Status::Ok;
  }
  if (is_layout(v, Layout::Bytes) || is_exact(v, vm.bytearray_type)) {
    std::string_view data;
    (void)bytes_view(v, data);
    out = str_val(data, arena);
    out.tag = kBytes;
    return Status::Ok;
  }
  out = JsVal{is_exact(v, vm.coroutine_type) ? kPyCoro : kPyObj, pyref_hold(vm, v), 0};
  return Status::Ok;
}

Value from_js(VM& vm, const JsVal& v) {
  switch (v.tag) {
    case kUndefined:
    case kNull: return Value::none();
    case kBool: return Value::boolean(v.num != 0);
    case kInt: return new_int(vm, int64_t(v.num));
    case kFloat: return new_float(v.num);
    case kStr:
    case kBigInt: {
      char* p = reinterpret_cast<char*>(uintptr_t(v.ref));
      std::string_view s(p ? p : "", size_t(v.num));
      Value r = v.tag == kStr ? new_str(vm, s) : int_from_str(vm, s, 10);
      std::free(p);
      return r;
    }
    case kJsObj: return new_proxy(vm, v.ref);
    case kPyObj: {
      Value r = pyref_get(vm, v.ref);
      return r.is_null() ? raise(vm, vm.RuntimeError, "a Python object given to JavaScript was already released") : r;
    }
    case kArray:
    case kObject: {
      auto* items = reinterpret_cast<JsVal*>(uintptr_t(v.ref));
      size_t n = size_t(v.num) * (v.tag == kObject ? 2 : 1);
      Value r = Value::null();
      size_t i = 0;
      if (v.tag == kArray) {
        List* l = new_list(vm, n);
        if (l) {
          Root rl(vm, Value::ptr(l));
          for (; i < n; i++) {
            Value x = from_js(vm, items[i]);
            if (x.is_null() || failed(list_append(vm, l, x))) break;
          }
          if (i == n) r = rl.get();
          else i++;
        }
      } else {
        Dict* d = new_dict(vm);
        if (d) {
          Root rd(vm, Value::ptr(d));
          for (; i < n; i += 2) {
            Value k = from_js(vm, items[i]);
            if (k.is_null()) { i += 1; break; }
            Root rk(vm, k);
            Value x = from_js(vm, items[i + 1]);
            if (x.is_null()) { i += 2; break; }
            if (failed(dict_set(vm, d, k, x))) { i += 2; break; }
          }
          if (i >= n && vm.exc.is_null()) r = rd.get();
        }
      }
      // What was not converted still owns malloc'd strings and handles.
      for (; i < n; i++) {
        if (items[i].tag == kStr || items[i].tag == kBigInt || items[i].tag == kArray || items[i].tag == kObject) {
          Value ignored = from_js(vm, items[i]);
          (void)ignored;
        } else if (items[i].tag == kJsObj && items[i].ref >= kReservedHandles) {
          taipan_js_release(items[i].ref);
        }
      }
      std::free(items);
      if (r.is_null() && vm.exc.is_null()) return raise_no_memory(vm);
      return r;
    }
    default: return raise(vm, vm.SystemError, "js bridge: unknown value tag %d", int(v.tag));
  }
}

Value make_js_exception(VM& vm, Value jsval) {
  Root rj(vm, jsval);
  // The message: String(error) ("TypeError: x is not a function"; a PythonError's traceback).
  Value msg = Value::null();
  if (JsProxy* p = as_proxy(jsval)) msg = describe(vm, p, 0);
  else msg = str(vm, jsval);
  if (msg.is_null()) return msg;
  Root rm(vm, msg);
  Value args = new_tuple_from(vm, &msg, 1);
  if (args.is_null()) return args;
  Root ra(vm, args);
  Value e = call(vm, state(vm).exc_type, args.as<Tuple>()->items, 1);
  if (e.is_null()) return e;
  Root re(vm, e);
  if (failed(setattr(vm, e, vm.intern("js_error"), jsval))) return Value::null();
  return e;
}

Value raise_pending_js_error(VM& vm) {
  JsVal err{};
  taipan_js_take_error(&err);
  Value jsval = from_js(vm, err);
  if (jsval.is_null()) return jsval;
  Value e = make_js_exception(vm, jsval);
  return e.is_null() ? e : raise_value(vm, e);
}

VM* js_vm() { return g_last_vm; }

uint32_t pyref_hold(VM& vm, Value v) {
  State& st = state(vm);
  if (!st.free.empty()) {
    uint32_t id = st.free.back();
    st.free.pop_back();
    st.pyrefs[id] = v;
    return id;
  }
  st.pyrefs.push_back(v);
  return uint32_t(st.pyrefs.size() - 1);
}

Value pyref_get(VM& vm, uint32_t id) {
  State& st = state(vm);
  return id && id < st.pyrefs.size() ? st.pyrefs[id] : Value::null();
}

void pyref_release(VM& vm, uint32_t id) {
  State& st = state(vm);
  if (!id || id >= st.pyrefs.size() || st.pyrefs[id].is_null()) return;
  st.pyrefs[id] = Value::null();
  st.free.push_back(id);
}

}  // namespace taipan::web

namespace taipan::runtime {
void init_js_module(VM& vm) { register_native_module(vm, "js", web::make_js); }
}  // namespace taipan::runtime
