// The embedding API (include/taipan/value.h, the "Embedding" block of taipan.h): handles on
// Python values, conversions both ways, host entries with budgets, native modules.
//
// Invariants:
// - Handles::slots holds every value an Object refers to; the GC visits it (a root visitor
//   registered with the VM). A free slot is null and is on Handles::free.
// - Handles::refs counts the live Objects of the table plus one for the Engine. The Engine's
//   destructor detaches the table (vm = nullptr, visitor removed); the table is freed when
//   refs reaches zero, so an Object outliving its Engine is inert, never dangling.
// - A host entry (Entry) is a call from C++ into Python; the outermost one sets the budgets
//   and clears them, and any interrupt request, when it ends. Errors are taken (vm.exc read
//   and cleared) only after the entry has ended, so formatting them runs without budgets.
// - A native function is a Builtin whose `self` is the small int index of its HostFn in
//   Handles::natives (a deque: references stay valid while functions are added).
#include "api/embed.h"
#include "api/sandbox.h"

#include <cstdio>
#include <deque>
#include <unordered_map>

#include "interp/frame.h"
#include "interp/import.h"
#include "runtime/nativetype.h"
#include "runtime/objects.h"

namespace taipan {

// Not `using namespace runtime`: runtime::Object would clash with taipan::Object. Runtime
// functions are found by argument-dependent lookup.
using runtime::Code;
using runtime::Dict;
using runtime::kBuiltinKeywords;
using runtime::kPendingInterrupt;
using runtime::Layout;
using runtime::List;
using runtime::Marker;
using runtime::Module;
using runtime::Root;
using runtime::RootVec;
using runtime::Str;
using runtime::Tuple;
using runtime::Type;
using runtime::Value;
using runtime::VM;

namespace detail {

struct HostClass;

// A C++ callable Python can call: a module function, a class's method, attribute accessor or
// constructor. Its Builtin's `self` is its index in Handles::natives.
struct Native {
  HostFn fn;
  std::string name;                 // for messages: "spawn", "Entity.move"
  std::vector<std::string> params;  // keyword names of the arguments after `implicit`; empty: none
  uint32_t implicit = 0;            // 1 for methods and accessors: the object comes first
  HostClass* cls = nullptr;         // the class whose object the first argument must be
};

// The object Python holds for a C++ object of a defined class (api/embed.cpp "Host classes").
struct HostObject : runtime::Object {
  void* ptr;                // the C++ object; null once the host released it
  void (*destroy)(void*);   // set while Python owns ptr (adopt, a constructor)
  HostClass* cls;           // null once the Engine is gone
};

struct HostClass {
  std::string name, module;
  const void* key = nullptr;
  void (*destroy)(void*) = nullptr;
  Type* type = nullptr;     // kept alive by visit_handles
  int64_t init = -1;        // index of the constructor in Handles::natives
  std::unordered_map<void*, HostObject*> live;  // the Python object of each wrapped pointer
};

struct Handles {
  VM* vm = nullptr;
  uint32_t refs = 1;
  std::vector<Value> slots;
  std::vector<uint32_t> free;
  uint64_t instruction_budget = 0;
  uint32_t time_budget_ms = 0;
  int entries = 0;  // host entries running (nested through native functions)
  std::deque<Native> natives;
  std::deque<HostClass> classes;  // Engine::define_class, in definition order
  // The argument Objects of native calls (HostCall::args), one frame per nesting depth. Each
  // keeps its handle slot for good; the slot holds an argument only while its call runs, so
  // a call makes and frees no handles for its arguments.
  std::deque<std::vector<Object>> arg_frames;
  size_t arg_depth = 0;

  uint32_t hold(Value v) {
    if (!free.empty()) {
      uint32_t s = free.back();
      free.pop_back();
      slots[s] = v;
      return s;
    }
    slots.push_back(v);
    return uint32_t(slots.size() - 1);
  }
  Object object(Value v) {
    refs++;
    return Object(this, hold(v));
  }
  void unhold(uint32_t s) {
    if (vm) {
      slots[s] = Value::null();
      free.push_back(s);
    }
  }
};

static void visit_handles(VM&, Marker& m, void* ctx) {
  auto* h = static_cast<Handles*>(ctx);
  for (Value v : h->slots) m.mark(v);
  for (HostClass& c : h->classes) m.mark(Value::ptr(c.type));
}

Handles* handles_create(VM& vm, const Options& options) {
  auto* h = new Handles;
  h->vm = &vm;
  h->instruction_budget = options.instruction_budget;
  h->time_budget_ms = options.time_budget_ms;
  vm.add_root_visitor(visit_handles, h);
  return h;
}

static void unref(Handles* h) {
  if (--h->refs == 0) delete h;
}

void handles_detach(Handles* h) {
  VM& vm = *h->vm;
  for (size_t i = 0; i < vm.root_visitors.size(); i++)
    if (vm.root_visitors[i].second == h) {
      vm.root_visitors.erase(vm.root_visitors.begin() + long(i));
      break;
    }
  h->vm = nullptr;
  h->slots.clear();
  h->free.clear();
  h->natives.clear();
  h->arg_frames.clear();
  // Objects still alive are finalized with the VM, after the table may be gone.
  for (HostClass& c : h->classes)
    for (auto& [ptr, o] : c.live) o->cls = nullptr;
  h->classes.clear();
  unref(h);
}

void fail_unchecked(const Error& e) {
  std::fprintf(stderr, "taipan: Result::value() on an error: %s: %s\n", e.type.c_str(), e.message.c_str());
  std::abort();
}

Error type_error(std::string message) { return Error{"TypeError", message, "TypeError: " + message + "\n"}; }

static std::string conv_what(const ConvError& e) { return e.expected + ", not " + e.actual; }

Error conversion_error(const ConvError& e) {
  return type_error((e.path.empty() ? "value" : "item " + e.path) + " must be " + conv_what(e));
}

Error arg_type_error(std::string_view fn, size_t index, const ConvError& e) {
  return type_error(std::string(fn) + "() argument " + std::to_string(index) + e.path + " must be " + conv_what(e));
}

Error arity_error(std::string_view fn, size_t expected, size_t given) {
  std::string m = std::string(fn) + "() takes " + std::to_string(expected) + " positional argument" +
                  (expected == 1 ? "" : "s") + " but " + std::to_string(given) + (given == 1 ? " was" : " were") +
                  " given";
  if (given < expected) {
    size_t missing = expected - given;
    m = std::string(fn) + "() missing " + std::to_string(missing) + " required positional argument" +
        (missing == 1 ? "" : "s");
  }
  return type_error(m);
}

}  // namespace detail

using detail::Handles;

namespace {

Error dead_engine() { return Error{"RuntimeError", "the Engine of this Object is gone", ""}; }

// The traceback print_exception writes, captured instead of reaching stderr.
thread_local std::string* g_capture = nullptr;
void capture_write(VM&, int, std::string_view s) {
  if (g_capture) g_capture->append(s);
}

std::string short_type_name(Type* t) {
  std::string n(t->name->view());
  size_t dot = n.rfind('.');
  return dot == std::string::npos ? n : n.substr(dot + 1);
}

// Takes the pending exception as an Error (the VM's exception state is clear afterwards).
Error take_error(VM& vm) {
  Error e;
  Value exc = vm.exc;
  if (exc.is_null()) return Error{"SystemError", "error return without exception set", ""};
  Root re(vm, exc);
  clear_exc(vm);
  if (exc.is_ptr() && exc.as_ptr()->type == vm.type_type)
    e.type = short_type_name(exc.as<Type>());
  else
    e.type = short_type_name(type_of(vm, exc));
  Value s = str(vm, exc);
  if (!s.is_null() && is_str(s)) e.message = std::string(as_str(s)->view());
  clear_exc(vm);
  if (vm.print_exception_hook) {
    std::string out;
    auto saved = vm.write_out;
    g_capture = &out;
    vm.write_out = capture_write;
    vm.print_exception_hook(vm, exc);
    vm.write_out = saved;
    g_capture = nullptr;
    clear_exc(vm);
    e.traceback = std::move(out);
  }
  if (e.traceback.empty()) e.traceback = e.type + (e.message.empty() ? "" : ": " + e.message) + "\n";
  return e;
}

// One call from the host into Python (see the invariants at the top). Without budgets it
// touches neither the clock nor the safe-point counter, and it clears a stale interrupt
// request only when there is one (an atomic read-modify-write costs more than the read).
struct Entry {
  explicit Entry(Handles& h) : h(h), vm(*h.vm) {
    if (h.entries++ == 0) {
      drop_interrupt();
      if (h.instruction_budget || h.time_budget_ms || vm.tick_budget || vm.deadline_ns)
        vm_set_budgets(vm, h.instruction_budget, int64_t(h.time_budget_ms) * 1000000);
    }
  }
  void end() {
    if (done) return;
    done = true;
    if (--h.entries == 0) {
      if (vm.tick_budget || vm.deadline_ns) vm_set_budgets(vm, 0, 0);
      drop_interrupt();
    }
  }
  void drop_interrupt() {
    if (vm.pending.load(std::memory_order_relaxed) & kPendingInterrupt)
      vm.pending.fetch_and(~uint32_t(kPendingInterrupt));
  }
  ~Entry() { end(); }
  Handles& h;
  VM& vm;
  bool done = false;
};

Result<Object> finish(Entry& en, Value r) {
  Root rr(en.vm, r);
  en.end();
  if (r.is_null()) return take_error(en.vm);
  return en.h.object(r);
}

Result<void> finish_void(Entry& en, Value r) {
  en.end();
  if (r.is_null()) return take_error(en.vm);
  return {};
}

// C++ -> Python: null with an exception on failure.
Value to_value(VM& vm, Handles& h, const Arg& a) {
  switch (a.kind()) {
    case Arg::Kind::None: return Value::none();
    case Arg::Kind::Bool: return Value::boolean(a.int_value() != 0);
    case Arg::Kind::Int: return a.unsigned_overflow() ? new_int_u64(vm, uint64_t(a.int_value())) : new_int(vm, a.int_value());
    case Arg::Kind::Float: return runtime::new_float(a.float_value());
    case Arg::Kind::Str: return new_str(vm, a.str_value());
    case Arg::Kind::Obj: {
      const Object& o = a.object();
      if (!o.valid()) return raise(vm, vm.ValueError, "an empty taipan::Object cannot be passed to Python");
      if (o.handles() != &h) return raise(vm, vm.ValueError, "a taipan::Object of another Engine cannot be passed here");
      return h.slots[o.slot()];
    }
    case Arg::Kind::List: {
      List* l = new_list(vm, a.items().size());
      if (!l) return raise_no_memory(vm);
      Root rl(vm, Value::ptr(l));
      for (const Arg& x : a.items()) {
        Value v = to_value(vm, h, x);
        if (v.is_null() || failed(list_append(vm, l, v))) return Value::null();
      }
      return rl.get();
    }
    case Arg::Kind::Dict: {
      Dict* d = new_dict(vm);
      if (!d) return raise_no_memory(vm);
      Root rd(vm, Value::ptr(d));
      for (const auto& [k, x] : a.entries()) {
        Value key = new_str(vm, k);
        if (key.is_null()) return key;
        Root rk(vm, key);
        Value v = to_value(vm, h, x);
        if (v.is_null() || failed(dict_set(vm, d, key, v))) return Value::null();
      }
      return rd.get();
    }
  }
  return Value::none();
}

Dict* main_globals(VM& vm) {
  Value m = dict_get_str(vm.modules, vm.s_main);
  if (is_layout(m, Layout::Module)) return m.as<Module>()->dict;
  m = new_module(vm, vm.s_main);
  if (m.is_null()) return nullptr;
  Root rm(vm, m);
  Dict* g = m.as<Module>()->dict;
  if (failed(dict_set_str(vm, g, vm.s_builtins, Value::ptr(vm.builtins)))) return nullptr;
  if (failed(dict_set_str(vm, vm.modules, vm.s_main, m))) return nullptr;
  return g;
}

// Python exception from a native function's Error: the builtin class named by its type.
Value raise_error(VM& vm, const Error& e) {
  Type* t = nullptr;
  if (e.type == "Interrupted") {
    t = vm.Interrupted;
  } else {
    Value c = dict_get_cstr(vm, vm.builtins->dict, e.type.c_str());
    if (c.is_ptr() && c.as_ptr()->type == vm.type_type && is_subtype(c.as<Type>(), vm.BaseException)) t = c.as<Type>();
  }
  if (!t) return raise(vm, vm.RuntimeError, "%s: %s", e.type.c_str(), e.message.c_str());
  return raise(vm, t, "%s", e.message.c_str());
}

// CPython's list of names in a message: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
std::string name_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    s += "'" + names[i] + "'";
  }
  return s;
}

// The arguments of a call of `n` in parameter order: keyword arguments put in their places by
// n.params (CPython's TypeErrors for unknown, repeated and missing ones). False with an
// exception raised.
bool place_arguments(VM& vm, const detail::Native& n, Value* args, size_t nargs, Tuple* kwnames,
                     std::vector<Value>& out) {
  size_t nkw = kwnames ? kwnames->size : 0;
  out.assign(args, args + nargs);
  const char* fname = n.name.c_str();
  if (n.params.empty()) {
    if (nkw) raise(vm, vm.TypeError, "%s() takes no keyword arguments", fname);
    return nkw == 0;
  }
  size_t total = n.implicit + n.params.size();
  if (nargs > total) return true;  // the callable's own check reports the count
  out.resize(total, Value::null());
  for (size_t k = 0; k < nkw; k++) {
    Value key = kwnames->items[k];
    std::string_view kn = is_str(key) ? as_str(key)->view() : std::string_view();
    size_t j = 0;
    while (j < n.params.size() && n.params[j] != kn) j++;
    if (j == n.params.size()) {
      raise(vm, vm.TypeError, "%s() got an unexpected keyword argument '%s'", fname, std::string(kn).c_str());
      return false;
    }
    if (!out[n.implicit + j].is_null()) {
      raise(vm, vm.TypeError, "%s() got multiple values for argument '%s'", fname, n.params[j].c_str());
      return false;
    }
    out[n.implicit + j] = args[nargs + k];
  }
  std::vector<std::string> missing;
  for (size_t j = 0; j < n.params.size(); j++)
    if (out[n.implicit + j].is_null()) missing.push_back(n.params[j]);
  if (!missing.empty()) {
    raise(vm, vm.TypeError, "%s() missing %zu required positional argument%s: %s", fname, missing.size(),
          missing.size() == 1 ? "" : "s", name_list(missing).c_str());
    return false;
  }
  return true;
}

detail::HostObject* host_object_of(Value v);
Value check_self(VM& vm, const detail::Native& n, const Value* args, size_t nargs);

// Calls native `idx` with arguments already in parameter order; `created` gets what a
// constructor made.
Value call_native(VM& vm, Handles& h, size_t idx, const Value* args, size_t nargs, void** created) {
  const detail::Native& n = h.natives[idx];
  if (n.cls && check_self(vm, n, args, nargs).is_null()) return Value::null();
  size_t depth = h.arg_depth++;
  if (h.arg_frames.size() <= depth) h.arg_frames.emplace_back();
  std::vector<Object>& frame = h.arg_frames[depth];  // a deque: stays put as deeper calls add frames
  while (frame.size() < nargs) frame.push_back(h.object(Value::null()));
  for (size_t i = 0; i < nargs; i++) h.slots[frame[i].slot()] = args[i];
  HostCall c{n.name, Args(frame.data(), nargs)};
  c.implicit = n.implicit;
  HostResult r = n.fn(c);
  if (h.vm)  // (not if the Engine went away during the call)
    for (size_t i = 0; i < nargs; i++) h.slots[frame[i].slot()] = Value::null();
  h.arg_depth--;
  if (!r.ok()) {
    if (!vm.exc.is_null()) return Value::null();
    return raise_error(vm, r.error());
  }
  if (created) *created = c.created;
  return to_value(vm, h, r.value());
}

// A call of native `idx` from Python: positional arguments go straight through; keyword
// arguments are first put in their places.
Value place_and_call(VM& vm, Handles& h, size_t idx, Value* args, size_t nargs, Tuple* kwnames,
                     void** created = nullptr) {
  const detail::Native& n = h.natives[idx];
  if ((!kwnames || kwnames->size == 0) && (n.params.empty() || nargs >= n.implicit + n.params.size()))
    return call_native(vm, h, idx, args, nargs, created);
  RootVec placed(vm);
  if (!place_arguments(vm, n, args, nargs, kwnames, placed.v)) return Value::null();
  return call_native(vm, h, idx, placed.v.data(), placed.v.size(), created);
}

Value native_entry(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Handles* h = detail::handles_of(vm);
  if (!h || !self.is_small() || size_t(self.as_small()) >= h->natives.size())
    return raise(vm, vm.SystemError, "native function of a gone Engine");
  return place_and_call(vm, *h, size_t(self.as_small()), args, nargs, kwnames);
}

size_t add_native(Handles& h, HostFn fn, std::string name, std::vector<std::string> params, uint32_t implicit = 0,
                  detail::HostClass* cls = nullptr) {
  h.natives.push_back(detail::Native{std::move(fn), std::move(name), std::move(params), implicit, cls});
  return h.natives.size() - 1;
}

}  // namespace

// ---- other hosts' glue (api/embed.h) ----

namespace detail {

EntryOutcome host_entry(VM& vm, Value (*fn)(VM&, void*), void* ctx, Value& out, Error& err, bool stop_value) {
  Handles* h = handles_of(vm);
  if (!h) {
    err = dead_engine();
    return EntryOutcome::Error;
  }
  Entry en(*h);
  Value r = fn(vm, ctx);
  Root rr(vm, r);
  en.end();
  if (!r.is_null()) {
    out = r;
    return EntryOutcome::Value;
  }
  if (stop_value && !vm.exc.is_null() && isinstance(vm, vm.exc, vm.StopIteration)) {
    Value exc = vm.exc;
    Root re(vm, exc);
    clear_exc(vm);
    Value v = getattr_cstr(vm, exc, "value");
    if (v.is_null()) {
      clear_exc(vm);
      v = Value::none();
    }
    out = v;
    return EntryOutcome::Stop;
  }
  err = take_error(vm);
  return EntryOutcome::Error;
}

Value raise_host_error(VM& vm, const Error& e) { return raise_error(vm, e); }

VM& vm_of(Engine& engine) { return *handles_of(engine.impl())->vm; }

}  // namespace detail

// ---- Object ----

Object::Object(const Object& o) : h_(o.h_) {
  if (!h_) return;
  h_->refs++;
  slot_ = h_->vm ? h_->hold(h_->slots[o.slot_]) : 0;
}

Object& Object::operator=(const Object& o) {
  if (this != &o) {
    Object copy(o);
    *this = std::move(copy);
  }
  return *this;
}

Object& Object::operator=(Object&& o) noexcept {
  if (this != &o) {
    release();
    h_ = o.h_;
    slot_ = o.slot_;
    o.h_ = nullptr;
  }
  return *this;
}

void Object::release() {
  if (!h_) return;
  h_->unhold(slot_);
  detail::unref(h_);
  h_ = nullptr;
}

bool Object::valid() const { return h_ && h_->vm; }

bool Object::is_none() const { return valid() && h_->slots[slot_].is_none(); }

std::string Object::type_name() const { return valid() ? runtime::type_name(*h_->vm, h_->slots[slot_]) : ""; }

Result<std::string> Object::repr() const {
  if (!valid()) return dead_engine();
  VM& vm = *h_->vm;
  Entry en(*h_);
  Value s = runtime::repr(vm, h_->slots[slot_]);
  en.end();
  if (s.is_null()) return take_error(vm);
  return std::string(as_str(s)->view());
}

Result<std::string> Object::str() const {
  if (!valid()) return dead_engine();
  VM& vm = *h_->vm;
  Entry en(*h_);
  Value s = runtime::str(vm, h_->slots[slot_]);
  en.end();
  if (s.is_null()) return take_error(vm);
  return std::string(as_str(s)->view());
}

Result<Object> Object::getattr(std::string_view name) const {
  if (!valid()) return dead_engine();
  VM& vm = *h_->vm;
  Entry en(*h_);
  Str* n = vm.intern(name);
  if (!n) return finish(en, Value::null());
  return finish(en, runtime::getattr(vm, h_->slots[slot_], n));
}

Result<void> Object::setattr(std::string_view name, const Arg& value) const {
  if (!valid()) return dead_engine();
  VM& vm = *h_->vm;
  Entry en(*h_);
  Str* n = vm.intern(name);
  if (!n) return finish_void(en, Value::null());
  Value v = to_value(vm, *h_, value);
  if (v.is_null()) return finish_void(en, v);
  Root rv(vm, v);
  if (failed(runtime::setattr(vm, h_->slots[slot_], n, v))) return finish_void(en, Value::null());
  return finish_void(en, Value::none());
}

Result<bool> Object::callable() const {
  if (!valid()) return dead_engine();
  Value r = is_callable(*h_->vm, h_->slots[slot_]);
  if (r.is_null()) return take_error(*h_->vm);
  return r.is_true();
}

Result<Object> Object::call_args(const std::vector<Arg>& args) const { return call_args(args.data(), args.size()); }

Result<Object> Object::call_args(const Arg* args, size_t n) const {
  if (!valid()) return dead_engine();
  VM& vm = *h_->vm;
  Entry en(*h_);
  constexpr size_t kInline = 8;
  Value inline_argv[kInline];
  std::vector<Value> heap_argv;
  Value* argv = inline_argv;
  if (n > kInline) {
    heap_argv.resize(n);
    argv = heap_argv.data();
  }
  runtime::RootArray rooted(vm, argv);
  for (size_t i = 0; i < n; i++) {
    Value v = to_value(vm, *h_, args[i]);
    if (v.is_null()) return finish(en, v);
    argv[i] = v;
    rooted.n = i + 1;
  }
  return finish(en, runtime::call(vm, h_->slots[slot_], argv, n));
}

namespace {
bool mismatch(detail::ConvError& e, const char* expected, VM& vm, Value v) {
  e.expected = expected;
  e.actual = type_name(vm, v);
  e.path.clear();
  return false;
}
bool dead(detail::ConvError& e) {
  e.expected = "a value of a live Engine";
  e.actual = "an empty or orphaned Object";
  e.path.clear();
  return false;
}
}  // namespace

bool Object::get_int(int64_t& out, detail::ConvError& e) const {
  if (!valid()) return dead(e);
  VM& vm = *h_->vm;
  Value v = h_->slots[slot_];
  if (v.is_small()) {
    out = v.as_small();
    return true;
  }
  if (!is_int(vm, v)) return mismatch(e, "int", vm, v);
  if (failed(int_to_i64(vm, v, out))) {
    clear_exc(vm);
    e.expected = "int that fits in 64 bits";
    e.actual = "a larger int";
    e.path.clear();
    return false;
  }
  return true;
}

bool Object::get_double(double& out, detail::ConvError& e) const {
  if (!valid()) return dead(e);
  VM& vm = *h_->vm;
  Value v = h_->slots[slot_];
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  if (!is_int(vm, v) && !isinstance(vm, v, vm.float_type)) return mismatch(e, "float", vm, v);
  if (failed(to_double(vm, v, out))) {
    clear_exc(vm);
    e.expected = "float";
    e.actual = "an int too large for a float";
    e.path.clear();
    return false;
  }
  return true;
}

bool Object::get_bool(bool& out, detail::ConvError& e) const {
  if (!valid()) return dead(e);
  Value v = h_->slots[slot_];
  if (!v.is_bool()) return mismatch(e, "bool", *h_->vm, v);
  out = v.is_true();
  return true;
}

bool Object::get_string(std::string& out, detail::ConvError& e) const {
  if (!valid()) return dead(e);
  Value v = h_->slots[slot_];
  if (!is_str(v)) return mismatch(e, "str", *h_->vm, v);
  out.assign(as_str(v)->view());
  return true;
}

bool Object::get_items(std::vector<Object>& out, detail::ConvError& e) const {
  if (!valid()) return dead(e);
  VM& vm = *h_->vm;
  Value v = h_->slots[slot_];
  out.clear();
  if (is_list(v)) {
    List* l = v.as<List>();
    for (uint32_t i = 0; i < l->size; i++) out.push_back(h_->object(l->items[i]));
    return true;
  }
  if (is_tuple(v)) {
    Tuple* t = v.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++) out.push_back(h_->object(t->items[i]));
    return true;
  }
  return mismatch(e, "list", vm, v);
}

bool Object::get_entries(std::vector<std::pair<std::string, Object>>& out, detail::ConvError& e) const {
  if (!valid()) return dead(e);
  VM& vm = *h_->vm;
  Value v = h_->slots[slot_];
  out.clear();
  if (!is_dict(v)) return mismatch(e, "dict", vm, v);
  uint32_t pos = 0;
  Value k, x;
  while (dict_next(v.as<Dict>(), pos, k, x)) {
    if (!is_str(k)) {
      mismatch(e, "str", vm, k);
      e.path = "[key]";
      return false;
    }
    out.emplace_back(std::string(as_str(k)->view()), h_->object(x));
  }
  return true;
}

// ---- Engine ----

Result<void> Engine::exec(std::string_view source) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  Entry en(h);
  Value code = interp::compile_source_text(vm, source, false, "<string>", "exec", 0, "exec");
  if (code.is_null()) return finish_void(en, code);
  Root rc(vm, code);
  Dict* g = main_globals(vm);
  if (!g) return finish_void(en, Value::null());
  return finish_void(en, interp::run_module_code(vm, code.as<Code>(), g));
}

Result<Object> Engine::eval(std::string_view expression) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  Entry en(h);
  Value code = interp::compile_source_text(vm, expression, false, "<string>", "eval", 0, "eval");
  if (code.is_null()) return finish(en, code);
  Root rc(vm, code);
  Dict* g = main_globals(vm);
  if (!g) return finish(en, Value::null());
  return finish(en, interp::run_module_code(vm, code.as<Code>(), g));
}

Result<Object> Engine::load(const std::string& path, std::string_view module_name) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  std::string name(module_name);
  if (name.empty()) {
    size_t slash = path.rfind('/');
    name = slash == std::string::npos ? path : path.substr(slash + 1);
    name = name.substr(0, name.find('.'));
  }
  if (name.empty()) return Error{"ValueError", "no module name for '" + path + "'", ""};
  Entry en(h);
  Str* n = vm.intern(name);
  if (!n) return finish(en, Value::null());
  Root rn(vm, Value::ptr(n));
  Value r = interp::exec_module_file(vm, n, path, false, "");
  if (r.is_null()) return finish(en, r);
  Value m = dict_get_str(vm.modules, n);
  return finish(en, m.is_null() ? r : m);
}

Result<Object> Engine::import(std::string_view name) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  if (name.empty()) return Error{"ValueError", "Empty module name", "ValueError: Empty module name\n"};
  Entry en(h);
  Str* n = vm.intern(name);
  if (!n) return finish(en, Value::null());
  Root rn(vm, Value::ptr(n));
  // Null globals: the host imports (the sandbox's allow-list does not apply).
  Value r = interp::import_name(vm, n, Value::null(), Value::none(), Value::small(0));
  if (r.is_null()) return finish(en, r);
  Value m = dict_get_str(vm.modules, n);
  return finish(en, m.is_null() ? r : m);
}

Result<Object> Engine::get_global(std::string_view name) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  Entry en(h);
  Dict* g = main_globals(vm);
  if (!g) return finish(en, Value::null());
  Str* n = vm.intern(name);
  if (!n) return finish(en, Value::null());
  Value v = dict_get_str(g, n);
  if (v.is_null()) v = raise(vm, vm.NameError, "name '%s' is not defined", std::string(name).c_str());
  return finish(en, v);
}

Result<void> Engine::set_global(std::string_view name, const Arg& value) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  Entry en(h);
  Dict* g = main_globals(vm);
  if (!g) return finish_void(en, Value::null());
  Root rg(vm, Value::ptr(g));
  Value v = to_value(vm, h, value);
  if (v.is_null()) return finish_void(en, v);
  Root rv(vm, v);
  Str* n = vm.intern(name);
  if (!n || failed(dict_set_str(vm, g, n, v))) return finish_void(en, Value::null());
  return finish_void(en, Value::none());
}

Result<Object> Engine::make(const Arg& value) {
  Handles& h = *detail::handles_of(impl_.get());
  Entry en(h);
  return finish(en, to_value(*h.vm, h, value));
}

Result<Object> Engine::define_module(std::string_view name,
                                     const std::vector<std::pair<std::string, Function>>& functions) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  Entry en(h);
  std::string n(name);
  detail::sandbox_allow_host_module(vm, n);
  Value m = native_module(vm, n.c_str());
  if (m.is_null()) return finish(en, m);
  if (!is_layout(m, Layout::Module)) return finish(en, raise(vm, vm.ValueError, "'%s' is not a module", n.c_str()));
  Root rm(vm, m);
  for (const auto& [fname, fn] : functions) {
    size_t idx = add_native(h, fn.fn(), fname, fn.params());
    Value b = new_builtin(vm, fname.c_str(), native_entry, Value::small(int64_t(idx)), 0, -1, kBuiltinKeywords);
    if (b.is_null()) return finish(en, b);
    Root rb(vm, b);
    if (failed(dict_set_str(vm, m.as<Module>()->dict, vm.intern(fname), b))) return finish(en, Value::null());
  }
  return finish(en, m);
}

void Engine::set_budgets(uint64_t instructions, uint32_t time_ms) {
  Handles& h = *detail::handles_of(impl_.get());
  h.instruction_budget = instructions;
  h.time_budget_ms = time_ms;
}

void Engine::interrupt() { runtime::vm_request_interrupt(*detail::handles_of(impl_.get())->vm); }

}  // namespace taipan

// ---- Host classes (Engine::define_class, taipan::Class<T>) ----
//
// A class is a builtin-like type (Opaque layout, not subclassable) whose objects are
// HostObjects. Its methods are Builtins flagged kBuiltinBindsLikeFunction whose `self` is a
// native index (so obj.m binds as a Python function does, and the native gets the object as
// its first argument); its attributes are properties whose getter and setter are such
// Builtins; its constructor is the type's native_new. HostClass::live maps each wrapped
// pointer to its one Python object (entries leave when the object is finalized or released),
// so the same C++ object always has the same Python identity.

namespace taipan {

using detail::HostClass;
using detail::HostObject;

namespace {

void host_trace(runtime::Object*, Marker&) {}

void host_finalize(VM&, runtime::Object* obj) {
  auto* o = static_cast<HostObject*>(obj);
  if (o->cls && o->ptr) o->cls->live.erase(o->ptr);
  if (o->ptr && o->destroy) o->destroy(o->ptr);
  o->ptr = nullptr;
  o->destroy = nullptr;
}

HostClass* class_by_key(Handles& h, const void* key) {
  for (HostClass& c : h.classes)
    if (c.key == key) return &c;
  return nullptr;
}

// The one Python object for `ptr` (made if needed); `owned`: Python now owns it.
Value host_value(VM& vm, HostClass& c, void* ptr, bool owned) {
  auto it = c.live.find(ptr);
  if (it != c.live.end()) {
    if (owned && !it->second->destroy) it->second->destroy = c.destroy;
    return Value::ptr(it->second);
  }
  auto* o = static_cast<HostObject*>(vm.heap.alloc(sizeof(HostObject), c.type));
  if (!o) return raise_no_memory(vm);
  o->ptr = ptr;
  o->destroy = owned ? c.destroy : nullptr;
  o->cls = &c;
  c.live[ptr] = o;
  return Value::ptr(o);
}

// cls(...) from Python: the class's constructor, whose new object Python owns.
Value host_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Handles* h = detail::handles_of(vm);
  HostClass* c = nullptr;
  if (h)
    for (HostClass& k : h->classes)
      if (self.is_ptr() && Value::ptr(k.type) == self) c = &k;
  if (!c) return raise(vm, vm.SystemError, "class of a gone Engine");
  if (c->init < 0) return raise(vm, vm.TypeError, "cannot create '%s.%s' instances", c->module.c_str(), c->name.c_str());
  void* made = nullptr;
  Value r = place_and_call(vm, *h, size_t(c->init), args, nargs, kwnames, &made);
  if (r.is_null()) return r;
  if (!made) return raise(vm, vm.SystemError, "the constructor of %s made no object", c->name.c_str());
  Value o = host_value(vm, *c, made, true);
  if (o.is_null()) c->destroy(made);
  return o;
}

}  // namespace

namespace {

detail::HostObject* host_object_of(Value v) {
  if (!v.is_ptr() || v.as_ptr()->type->trace != host_trace) return nullptr;
  return static_cast<HostObject*>(v.as_ptr());
}

// The first argument of a method or accessor must be a live object of its class.
Value check_self(VM& vm, const detail::Native& n, const Value* args, size_t nargs) {
  const HostClass& c = *n.cls;
  if (nargs == 0)
    return raise(vm, vm.TypeError, "unbound method %s() needs an argument", n.name.c_str());
  HostObject* o = host_object_of(args[0]);
  if (!o || o->cls != &c)
    return raise(vm, vm.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 n.name.substr(n.name.rfind('.') + 1).c_str(), c.name.c_str(), type_name(vm, args[0]));
  if (!o->ptr) return raise(vm, vm.ReferenceError, "the %s object was released by the host", c.name.c_str());
  return Value::none();
}

// A property of the class: getter and setter natives (the setter refuses when read-only).
Value host_property(VM& vm, Handles& h, HostClass& c, const ClassDef::Attribute& a) {
  std::string qual = c.name + "." + a.name;
  HostFn set = a.set;
  if (!set) {
    std::string msg = "attribute '" + a.name + "' of '" + c.name + "' objects is not writable";
    set = [msg](HostCall&) -> HostResult { return Error{"AttributeError", msg, ""}; };
  }
  size_t gi = add_native(h, a.get.fn(), qual, {}, 1, &c);
  size_t si = add_native(h, std::move(set), qual, {}, 1, &c);
  Value g = new_builtin(vm, a.name.c_str(), native_entry, Value::small(int64_t(gi)), 0, -1, 0);
  if (g.is_null()) return g;
  Root rg(vm, g);
  Value s = new_builtin(vm, a.name.c_str(), native_entry, Value::small(int64_t(si)), 0, -1, 0);
  if (s.is_null()) return s;
  Root rs(vm, s);
  Str* pn = vm.intern(a.name);  // interned names live as long as the VM
  if (!pn) return Value::null();
  auto* p = static_cast<runtime::Property*>(vm.heap.alloc(sizeof(runtime::Property), vm.property_type));
  if (!p) return raise_no_memory(vm);
  p->fget = g;
  p->fset = s;
  p->fdel = p->doc = Value::none();
  p->name = Value::ptr(pn);
  return Value::ptr(p);
}

}  // namespace

namespace detail {

Error attr_type_error(std::string_view qualname, const ConvError& e) {
  return type_error(std::string(qualname) + e.path + " must be " + conv_what(e));
}

}  // namespace detail

Result<Object> Engine::define_class(const ClassDef& def) {
  Handles& h = *detail::handles_of(impl_.get());
  VM& vm = *h.vm;
  if (def.name.empty() || def.module.empty() || !def.key || !def.destroy)
    return Error{"ValueError", "a class needs a module, a name, a key and a destroy function", ""};
  if (class_by_key(h, def.key))
    return Error{"ValueError", "a class is already defined for this C++ type: " + def.name, ""};
  Entry en(h);
  detail::sandbox_allow_host_module(vm, def.module);
  Value m = native_module(vm, def.module.c_str());
  if (m.is_null()) return finish(en, m);
  if (!is_layout(m, Layout::Module))
    return finish(en, raise(vm, vm.ValueError, "'%s' is not a module", def.module.c_str()));
  Root rm(vm, m);
  Type* t = new_builtin_type(vm, def.name.c_str(), Layout::Opaque, vm.object_type, false);
  if (!t) return finish(en, Value::null());
  Root rt(vm, Value::ptr(t));
  t->trace = host_trace;
  t->finalize = host_finalize;
  Value modname = new_str(vm, def.module);
  if (modname.is_null() || failed(dict_set_str(vm, t->dict, vm.s_module, modname))) return finish(en, Value::null());
  h.classes.push_back(HostClass{def.name, def.module, def.key, def.destroy, t, -1, {}});
  HostClass& c = h.classes.back();
  Value nn = new_builtin(vm, def.name.c_str(), host_new, Value::null(), 0, -1, kBuiltinKeywords);
  if (nn.is_null()) return finish(en, nn);
  nn.as<runtime::Builtin>()->owner = t;
  t->native_new = nn;
  if (def.init.fn()) c.init = int64_t(add_native(h, def.init.fn(), def.name, def.init.params()));
  for (const ClassDef::Member& mem : def.methods) {
    size_t idx = add_native(h, mem.fn.fn(), def.name + "." + mem.name, mem.fn.params(), 1, &c);
    Value b = new_builtin(vm, mem.name.c_str(), native_entry, Value::small(int64_t(idx)), 0, -1,
                          kBuiltinKeywords | runtime::kBuiltinBindsLikeFunction);
    if (b.is_null()) return finish(en, b);
    b.as<runtime::Builtin>()->owner = t;
    Root rb(vm, b);
    if (failed(dict_set_str(vm, t->dict, vm.intern(mem.name), b))) return finish(en, Value::null());
  }
  for (const ClassDef::Attribute& a : def.attributes) {
    Value p = host_property(vm, h, c, a);
    if (p.is_null()) return finish(en, p);
    Root rp(vm, p);
    if (failed(dict_set_str(vm, t->dict, vm.intern(a.name), p))) return finish(en, Value::null());
  }
  type_modified(vm, t);
  if (failed(dict_set_str(vm, m.as<Module>()->dict, vm.intern(def.name), Value::ptr(t)))) return finish(en, Value::null());
  return finish(en, Value::ptr(t));
}

Result<Object> Engine::wrap_host(const void* key, void* object, bool owned) {
  Handles& h = *detail::handles_of(impl_.get());
  HostClass* c = class_by_key(h, key);
  if (!c) return detail::type_error("no class is defined for this C++ type (Engine::define_class)");
  if (!object) return Error{"ValueError", "a null pointer has no Python object", ""};
  Entry en(h);
  return finish(en, host_value(*h.vm, *c, object, owned));
}

bool Engine::release_host(const void* key, void* object) {
  Handles& h = *detail::handles_of(impl_.get());
  HostClass* c = class_by_key(h, key);
  if (!c) return false;
  auto it = c->live.find(object);
  if (it == c->live.end()) return false;
  it->second->ptr = nullptr;
  it->second->destroy = nullptr;
  c->live.erase(it);
  return true;
}

bool Object::get_host(const void* key, void*& out, detail::ConvError& e) const {
  if (!valid()) return dead(e);
  VM& vm = *h_->vm;
  Value v = h_->slots[slot_];
  HostClass* c = class_by_key(*h_, key);
  std::string name = c ? c->name : "object of a defined class";
  HostObject* o = host_object_of(v);
  if (!o || !c || o->cls != c) return mismatch(e, name.c_str(), vm, v);
  if (!o->ptr) {
    e.expected = name;
    e.actual = "a released " + name;
    e.path.clear();
    return false;
  }
  out = o->ptr;
  return true;
}

}  // namespace taipan
