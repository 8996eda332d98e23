// The page's VM: the C functions taipan.js calls (web/bridge.js, web/api.js). One Engine per
// wasm instance (Taipan.load makes a new instance for each VM).
//
// The program runs cooperatively (Engine::start_*/resume): each step runs for a time slice
// and returns whether the program paused and until when (time.sleep, taipan.next_frame), and
// JavaScript schedules the next step. Between steps, JavaScript calls into Python (event
// handlers, vm.call): each such call is one host entry, with the handler time budget.
//
// Results come back as a JsVal (web/js_bridge.h) whose strings live in `g_result` until the
// next call; JavaScript reads them at once. Errors leave their type, message and traceback in
// `g_error` for tp_error().
#include <emscripten.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "api/embed.h"
#include "interp/import.h"
#include "runtime/objects.h"
#include "runtime/vm.h"
#include "taipan/taipan.h"
#include "web/js_bridge.h"

extern "C" {
// web/library_taipan.js
void taipan_js_output(int fd, const char* text, uint32_t len);
int taipan_js_input(const char* prompt, uint32_t len, taipan::web::JsVal* out);
}

namespace taipan::web {

using runtime::Root;
using runtime::RootVec;

namespace {

std::unique_ptr<Engine> g_engine;
VM* g_vm = nullptr;  // tp_init's; else the VM that imported js (web/js_module.cpp)
VM* vm_() { return g_vm ? g_vm : js_vm(); }
Arena g_result;
Error g_error;

struct RunOut {
  int32_t paused;
  int32_t status;
  double wake_in_ms;
  int32_t wait_frame;
  int32_t pad;
};

int put_run(const Engine::Run& r, RunOut* out) {
  out->paused = r.paused;
  out->status = r.status;
  out->wake_in_ms = r.wake_in_ms;
  out->wait_frame = r.wait_frame;
  return r.paused ? 1 : 0;
}

std::vector<std::string> split_argv(const char* argv, uint32_t argc) {
  std::vector<std::string> v;
  for (uint32_t i = 0; i < argc; i++) {
    v.emplace_back(argv);
    argv += v.back().size() + 1;
  }
  return v;
}

// The result of one host entry as a JsVal: 0, or -1 with g_error set.
using detail::EntryOutcome;
using detail::host_entry;

int give(EntryOutcome o, Value v, JsVal* out) {
  if (o == EntryOutcome::Error) return -1;
  Root rv(*vm_(), v);
  g_result = Arena();
  if (failed(to_js(*vm_(), v, *out, g_result))) {
    g_error = Error{"TypeError", "", ""};
    Value e = vm_()->exc;
    Root re(*vm_(), e);
    runtime::clear_exc(*vm_());
    Value s = runtime::str(*vm_(), e);
    if (!s.is_null() && runtime::is_str(s)) g_error.message = std::string(runtime::as_str(s)->view());
    runtime::clear_exc(*vm_());
    g_error.traceback = g_error.type + ": " + g_error.message + "\n";
    return -1;
  }
  return 0;
}

// Converts JS arguments; every JsVal is converted (each frees what JS allocated) even after
// a failure. Null (and an exception) on failure.
bool take_args(VM& vm, const JsVal* args, int nargs, RootVec& out) {
  bool ok = true;
  for (int i = 0; i < nargs; i++) {
    Value v = from_js(vm, args[i]);
    if (v.is_null()) {
      ok = false;
      continue;
    }
    out.v.push_back(v);
  }
  return ok;
}

struct CallCtx {
  Value callable;
  const JsVal* args;
  int nargs;
};

Value do_call(VM& vm, void* p) {
  auto* c = static_cast<CallCtx*>(p);
  RootVec argv(vm);
  if (!take_args(vm, c->args, c->nargs, argv)) return Value::null();
  return runtime::call(vm, c->callable, argv.v.data(), argv.v.size());
}

// Runs fn(vm) as one host entry and hands its value to JS.
template <class F>
int entry(JsVal* out, F&& fn, bool stop = false, EntryOutcome* outcome = nullptr) {
  Value r = Value::null();
  auto thunk = [](VM& vm, void* ctx) { return (*static_cast<F*>(ctx))(vm); };
  EntryOutcome o = host_entry(*vm_(), thunk, &fn, r, g_error, stop);
  if (outcome) *outcome = o;
  return give(o, r, out);
}

runtime::Dict* main_dict(VM& vm) {
  Value m = runtime::dict_get_str(vm.modules, vm.s_main);
  return runtime::is_layout(m, runtime::Layout::Module) ? m.as<runtime::Module>()->dict : nullptr;
}

void write_out(int fd, std::string_view text) { taipan_js_output(fd, text.data(), uint32_t(text.size())); }

bool read_line(std::string_view prompt, std::string& line) {
  JsVal v{};
  if (taipan_js_input(prompt.data(), uint32_t(prompt.size()), &v) != 1) return false;
  if (v.tag == kStr) {
    char* p = reinterpret_cast<char*>(uintptr_t(v.ref));
    line.assign(p ? p : "", size_t(v.num));
    std::free(p);
  }
  return true;
}

}  // namespace

extern "C" {

// One VM for this instance. max_heap_mb 0: no cap. handler_budget_ms: the wall-clock budget
// of each call from JavaScript into Python (event handlers); 0: none.
EMSCRIPTEN_KEEPALIVE int tp_init(double max_heap_mb, double handler_budget_ms, int has_input) {
  if (g_engine) return 0;
  Options o;
  o.max_heap = size_t(max_heap_mb * 1024 * 1024);
  o.output = write_out;
  if (has_input) o.input = read_line;
  o.time_budget_ms = uint32_t(handler_budget_ms);
  // The page's own program, as the command line's: its files are the instance's in-memory
  // file system (vm.FS), and the browser itself is the sandbox (no processes or sockets).
  o.allow_all();
  g_engine = std::make_unique<Engine>(o);
  g_vm = &detail::vm_of(*g_engine);
  return 1;
}

EMSCRIPTEN_KEEPALIVE int tp_start_bundle(const char* bytes, uint32_t len, const char* argv, uint32_t argc, int only,
                                         double slice_ms, RunOut* out) {
  return put_run(g_engine->start_bundle(std::string_view(bytes, len), split_argv(argv, argc), only != 0, slice_ms), out);
}

EMSCRIPTEN_KEEPALIVE int tp_start_main(const char* path, const char* argv, uint32_t argc, double slice_ms, RunOut* out) {
  return put_run(g_engine->start_main(path, split_argv(argv, argc), slice_ms), out);
}

EMSCRIPTEN_KEEPALIVE int tp_resume(double slice_ms, RunOut* out) { return put_run(g_engine->resume(slice_ms), out); }

EMSCRIPTEN_KEEPALIVE int tp_paused() { return g_engine->paused() ? 1 : 0; }

// The stop button: KeyboardInterrupt at the program's next safe point (or in the running
// host entry).
EMSCRIPTEN_KEEPALIVE void tp_interrupt() { runtime::vm_request_interrupt(*vm_()); }

EMSCRIPTEN_KEEPALIVE int tp_get(const char* name, JsVal* out) {
  std::string n(name);
  return entry(out, [&](VM& vm) -> Value {
    runtime::Dict* g = main_dict(vm);
    Value v = g ? runtime::dict_get_str(g, vm.intern(n)) : Value::null();
    if (v.is_null()) return runtime::raise(vm, vm.NameError, "name '%s' is not defined", n.c_str());
    return v;
  });
}

EMSCRIPTEN_KEEPALIVE int tp_import(const char* name, JsVal* out) {
  std::string n(name);
  return entry(out, [&](VM& vm) -> Value {
    runtime::Str* s = vm.intern(n);
    Root rs(vm, Value::ptr(s));
    Value r = interp::import_name(vm, s, Value::none(), Value::none(), Value::small(0));
    if (r.is_null()) return r;
    Value m = runtime::dict_get_str(vm.modules, s);  // the submodule itself for dotted names
    return m.is_null() ? r : m;
  });
}

EMSCRIPTEN_KEEPALIVE int tp_py_call(uint32_t id, const JsVal* args, int nargs, JsVal* out) {
  Value f = pyref_get(*vm_(), id);
  CallCtx c{f, args, nargs};
  return entry(out, [&](VM& vm) -> Value {
    if (c.callable.is_null()) {
      RootVec ignored(vm);
      (void)take_args(vm, c.args, c.nargs, ignored);
      return runtime::raise(vm, vm.RuntimeError, "a Python object given to JavaScript was already released");
    }
    return do_call(vm, &c);
  });
}

// obj.name for a proxy's property read: 0 with the value, 1 when it cannot be read (JS sees
// undefined, as for a missing property), in one call rather than hasattr then getattr.
EMSCRIPTEN_KEEPALIVE int tp_py_getattr(uint32_t id, const char* name, JsVal* out) {
  std::string n(name);
  bool absent = false;
  int rc = entry(out, [&](VM& vm) -> Value {
    Value o = pyref_get(vm, id);
    Value r = o.is_null() ? Value::null() : runtime::getattr_opt(vm, o, vm.intern(n));
    if (r.is_null()) {
      runtime::clear_exc(vm);
      absent = true;
      return Value::none();
    }
    return r;
  });
  return absent ? 1 : rc;
}

EMSCRIPTEN_KEEPALIVE int tp_py_setattr(uint32_t id, const char* name, const JsVal* value, JsVal* out) {
  std::string n(name);
  return entry(out, [&](VM& vm) -> Value {
    Value v = from_js(vm, *value);
    if (v.is_null()) return v;
    Root rv(vm, v);
    Value o = pyref_get(vm, id);
    if (o.is_null()) return runtime::raise(vm, vm.RuntimeError, "a Python object given to JavaScript was already released");
    if (failed(runtime::setattr(vm, o, vm.intern(n), v))) return Value::null();
    return Value::none();
  });
}

// hasattr(obj, name): 1, 0 (errors count as absent, as hasattr does for AttributeError).
EMSCRIPTEN_KEEPALIVE int tp_py_hasattr(uint32_t id, const char* name) {
  VM& vm = *vm_();
  Value o = pyref_get(vm, id);
  if (o.is_null()) return 0;
  Value r = runtime::getattr_opt(vm, o, vm.intern(name));
  runtime::clear_exc(vm);
  return r.is_null() ? 0 : 1;
}

// str(obj) (which 0) or repr(obj) (which 1), as a string.
EMSCRIPTEN_KEEPALIVE int tp_py_text(uint32_t id, int which, JsVal* out) {
  return entry(out, [&](VM& vm) -> Value {
    Value o = pyref_get(vm, id);
    if (o.is_null()) return runtime::raise(vm, vm.RuntimeError, "a Python object given to JavaScript was already released");
    return which ? runtime::repr(vm, o) : runtime::str(vm, o);
  });
}

// proxy.toJs(): a list, tuple or dict converted deeply (other objects as themselves).
EMSCRIPTEN_KEEPALIVE int tp_py_value(uint32_t id, JsVal* out) {
  return entry(out, [&](VM& vm) -> Value {
    Value o = pyref_get(vm, id);
    if (o.is_null()) return runtime::raise(vm, vm.RuntimeError, "a Python object given to JavaScript was already released");
    return o;
  });
}

// One step of a coroutine that JavaScript drives as a Promise: send(value), or throw the
// JavaScript error `value` as js.JsException. 0: it yielded *out (a promise to wait for);
// 1: it returned *out; -1: it raised.
EMSCRIPTEN_KEEPALIVE int tp_py_step(uint32_t id, int throw_in, const JsVal* value, JsVal* out) {
  EntryOutcome o;
  int rc = entry(
      out,
      [&](VM& vm) -> Value {
        Value coro = pyref_get(vm, id);
        Value v = from_js(vm, *value);
        if (v.is_null()) return v;
        Root rv(vm, v);
        if (coro.is_null()) return runtime::raise(vm, vm.RuntimeError, "a Python coroutine given to JavaScript was already released");
        if (!throw_in) return runtime::call_method(vm, coro, vm.intern("send"), &v, 1);
        Value exc = make_js_exception(vm, v);
        if (exc.is_null()) return exc;
        Root re(vm, exc);
        return runtime::call_method(vm, coro, vm.intern("throw"), &exc, 1);
      },
      true, &o);
  if (rc != 0) return -1;
  return o == EntryOutcome::Stop ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void tp_py_release(uint32_t id) {
  if (vm_()) pyref_release(*vm_(), id);
}

// The last error: 0 its type name, 1 str(exception), 2 the traceback as Python prints it.
EMSCRIPTEN_KEEPALIVE const char* tp_error(int which) {
  return which == 0 ? g_error.type.c_str() : which == 1 ? g_error.message.c_str() : g_error.traceback.c_str();
}

}  // extern "C"

}  // namespace taipan::web
