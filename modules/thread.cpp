// _thread for a single-threaded VM: locks and re-entrant locks with CPython's methods and
// messages, get_ident, TIMEOUT_MAX, error. Taipan runs one thread, so a lock can only be
// released by the code that holds it: acquiring a held lock without blocking (or with a
// timeout) fails at once, and a blocking acquire of a held lock, which would wait forever
// in CPython, raises RuntimeError instead. start_new_thread raises RuntimeError.
//
// Lock objects use the Iter layout: index = 1 while held (lock) or the recursion count
// (RLock); end = the owner's ident (RLock).
#include <unistd.h>

#include <cstdio>

#include "runtime/nativetype.h"
#include "runtime/objects.h"

namespace taipan::runtime {

namespace {

constexpr int64_t kThreadIdent = 1;  // the one thread's ident (CPython: pthread_self())
constexpr double kTimeoutMax = 9223372036.0;  // CPython's value on Linux

Type* module_type(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "_thread");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

Iter* lock_of(VM& vm, Value v, const char* type) {
  Type* t = module_type(vm, type);
  if (t && is_exact(v, t)) return v.as<Iter>();
  if (t && is_layout(v, Layout::Instance) && is_exact(v.as<Instance>()->base_value, t))
    return v.as<Instance>()->base_value.as<Iter>();
  raise(vm, vm.TypeError, "descriptor requires a '_thread.%s' object but received '%s'", type, type_name(vm, v));
  return nullptr;
}

Value new_lock_of(VM& vm, const char* type) {
  Type* t = module_type(vm, type);
  if (!t) return raise(vm, vm.SystemError, "_thread is not initialised");
  auto* o = static_cast<Iter*>(vm.heap.alloc(sizeof(Iter), t));
  if (!o) return raise_no_memory(vm);
  o->seq = o->a = o->b = o->c = Value::none();
  o->index = o->end = o->step = 0;
  return Value::ptr(o);
}

// acquire(blocking=True, timeout=-1): 1 can take it now, 0 cannot; -1 error.
int acquire_args(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames, bool& blocking, double& timeout) {
  static const char* const names[] = {"blocking", "timeout"};
  Value a[2];
  if (failed(parse_args(vm, fname, args, nargs, kwnames, names, 2, 0, a))) return -1;
  blocking = true;
  timeout = -1;
  if (!a[0].is_null()) {
    int t = truthy(vm, a[0]);
    if (t < 0) return -1;
    blocking = t;
  }
  if (!a[1].is_null() && failed(to_double(vm, a[1], timeout))) return -1;
  if (!blocking && timeout != -1) {
    raise(vm, vm.ValueError, "can't specify a timeout for a non-blocking call");
    return -1;
  }
  if (timeout < 0 && timeout != -1) {
    raise(vm, vm.ValueError, "timeout value must be positive");
    return -1;
  }
  if (timeout > kTimeoutMax) {
    raise(vm, vm.OverflowError, "timeout value is too large");
    return -1;
  }
  return 0;
}

Value deadlock(VM& vm) {
  return raise(vm, vm.RuntimeError, "deadlock: a blocking acquire() of a lock this thread already holds (Taipan runs one thread)");
}

Value lock_acquire(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Iter* l = lock_of(vm, self, "lock");
  if (!l) return Value::null();
  bool blocking;
  double timeout;
  if (acquire_args(vm, "acquire", args, nargs, kwnames, blocking, timeout) < 0) return Value::null();
  l = lock_of(vm, self, "lock");
  if (!l->index) {
    l->index = 1;
    return Value::true_();
  }
  if (blocking && timeout == -1) return deadlock(vm);
  return Value::false_();
}

Value lock_release(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "lock");
  if (!l) return Value::null();
  if (!l->index) return raise(vm, vm.RuntimeError, "release unlocked lock");
  l->index = 0;
  return Value::none();
}

Value lock_exit(VM& vm, Value self, Value*, size_t, Tuple*) { return lock_release(vm, self, nullptr, 0, nullptr); }

Value lock_locked(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "lock");
  if (!l) return Value::null();
  return Value::boolean(l->index != 0);
}

Value lock_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "lock");
  if (!l) return Value::null();
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s _thread.lock object at %p>", l->index ? "locked" : "unlocked",
                static_cast<void*>(self.as_ptr()));
  return new_str(vm, buf);
}

Value lock_ctor(VM& vm, Value, Value*, size_t nargs, Tuple* kwnames) {
  if (nargs || (kwnames && kwnames->size)) return raise(vm, vm.TypeError, "cannot create '_thread.lock' instances");
  return new_lock_of(vm, "lock");
}

Value rlock_ctor(VM& vm, Value, Value*, size_t, Tuple*) { return new_lock_of(vm, "RLock"); }

Value rlock_acquire(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Iter* l = lock_of(vm, self, "RLock");
  if (!l) return Value::null();
  bool blocking;
  double timeout;
  if (acquire_args(vm, "acquire", args, nargs, kwnames, blocking, timeout) < 0) return Value::null();
  l = lock_of(vm, self, "RLock");
  l->index++;
  l->end = kThreadIdent;
  return Value::true_();
}

Value rlock_release(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "RLock");
  if (!l) return Value::null();
  if (l->index == 0) return raise(vm, vm.RuntimeError, "cannot release un-acquired lock");
  if (--l->index == 0) l->end = 0;
  return Value::none();
}

Value rlock_exit(VM& vm, Value self, Value*, size_t, Tuple*) { return rlock_release(vm, self, nullptr, 0, nullptr); }

Value rlock_is_owned(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "RLock");
  if (!l) return Value::null();
  return Value::boolean(l->index != 0);
}

Value rlock_recursion_count(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "RLock");
  if (!l) return Value::null();
  return Value::small(l->index);
}

// _acquire_restore((count, owner)) and _release_save() -> (count, owner), used by Condition.
Value rlock_release_save(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "RLock");
  if (!l) return Value::null();
  if (l->index == 0) return raise(vm, vm.RuntimeError, "cannot release un-acquired lock");
  Value items[2] = {Value::small(l->index), Value::small(l->end)};
  l->index = 0;
  l->end = 0;
  return new_tuple_from(vm, items, 2);
}

Value rlock_acquire_restore(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "RLock");
  if (!l) return Value::null();
  if (!is_tuple(args[0]) || args[0].as<Tuple>()->size != 2) return raise(vm, vm.TypeError, "_acquire_restore expects (count, owner)");
  int64_t count, owner;
  if (failed(index_i64(vm, args[0].as<Tuple>()->items[0], count)) || failed(index_i64(vm, args[0].as<Tuple>()->items[1], owner)))
    return Value::null();
  l = lock_of(vm, self, "RLock");
  l->index = count;
  l->end = owner;
  return Value::none();
}

Value rlock_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* l = lock_of(vm, self, "RLock");
  if (!l) return Value::null();
  char buf[128];
  std::snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%lld count=%lld at %p>", l->index ? "locked" : "unlocked",
                static_cast<long long>(l->end), static_cast<long long>(l->index), static_cast<void*>(self.as_ptr()));
  return new_str(vm, buf);
}

Value allocate_lock(VM& vm, Value, Value*, size_t, Tuple*) { return new_lock_of(vm, "lock"); }
Value get_ident(VM&, Value, Value*, size_t, Tuple*) { return Value::small(kThreadIdent); }
Value get_native_id(VM&, Value, Value*, size_t, Tuple*) { return Value::small(int64_t(::getpid())); }
Value thread_count(VM&, Value, Value*, size_t, Tuple*) { return Value::small(0); }
Value stack_size(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  int64_t size = 0;
  if (nargs && failed(index_i64(vm, args[0], size))) return Value::null();
  if (size != 0 && size < 32768) return raise(vm, vm.ValueError, "size not valid: %lld bytes", static_cast<long long>(size));
  return Value::small(0);
}
Value start_new_thread(VM& vm, Value, Value*, size_t, Tuple*) {
  return raise(vm, vm.RuntimeError, "can't start new thread: Taipan runs a single thread");
}
Value daemon_threads_allowed(VM&, Value, Value*, size_t, Tuple*) { return Value::true_(); }
Value interrupt_main(VM&, Value, Value*, size_t, Tuple*) { return Value::none(); }

// _local.__new__(cls, *args, **kw): with one thread, a thread-local object is an ordinary
// object; arguments are refused unless a subclass defines __init__ (as CPython does).
Value local_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1 || !is_layout(args[0], Layout::Type))
    return raise(vm, vm.TypeError, "_local.__new__(X): X is not a type object");
  Type* cls = args[0].as<Type>();
  if (nargs > 1 || (kw && kw->size)) {
    Value init = type_lookup(cls, vm.s_init);
    if (init == type_lookup(vm.object_type, vm.s_init))
      return raise(vm, vm.TypeError, "Initialization arguments are not supported");
  }
  return new_instance(vm, cls);
}

// _thread._local, made like `class _local: __module__ = '_thread'; __new__ = local_new`.
Value make_local_type(VM& vm) {
  Tuple* bases = new_tuple(vm, 1);
  if (!bases) return raise_no_memory(vm);
  bases->items[0] = Value::ptr(vm.object_type);
  Root rb(vm, Value::ptr(bases));
  Dict* ns = new_dict(vm);
  if (!ns) return raise_no_memory(vm);
  Root rns(vm, Value::ptr(ns));
  (void)dict_set_str(vm, ns, vm.s_module, Value::ptr(vm.intern("_thread")));
  (void)dict_set_str(vm, ns, vm.s_doc, new_str(vm, "Thread-local data"));
  Value nw = new_builtin(vm, "__new__", local_new, Value::null(), 1, -1, kBuiltinKeywords | kBuiltinStatic);
  if (nw.is_null()) return nw;
  Root rnw(vm, nw);
  (void)dict_set_str(vm, ns, vm.s_new, nw);
  return build_class(vm, Value::ptr(vm.type_type), vm.intern("_local"), bases, ns, Value::null());
}

Value make_thread(VM& vm) {
  Value mv = native_module(vm, "_thread");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "lock").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  Type* lt = native_type(vm, m, "_thread", "lock", Layout::Iter, lock_ctor);
  if (!lt) return Value::null();
  lt->tflags &= ~kTypeBaseType;
  static const MethodDef lock_methods[] = {
      {"acquire", lock_acquire, 0, 2, kBuiltinKeywords},
      {"acquire_lock", lock_acquire, 0, 2, kBuiltinKeywords},
      {"__enter__", lock_acquire, 0, 2, kBuiltinKeywords},
      {"release", lock_release, 0, 0, 0},
      {"release_lock", lock_release, 0, 0, 0},
      {"__exit__", lock_exit, 0, -1, 0},
      {"locked", lock_locked, 0, 0, 0},
      {"locked_lock", lock_locked, 0, 0, 0},
      {"__repr__", lock_repr, 0, 0, 0},
  };
  add_methods(vm, lt, lock_methods);
  (void)dict_set_cstr(vm, m->dict, "LockType", Value::ptr(lt));

  Type* rt = native_type(vm, m, "_thread", "RLock", Layout::Iter, rlock_ctor);
  if (!rt) return Value::null();
  static const MethodDef rlock_methods[] = {
      {"acquire", rlock_acquire, 0, 2, kBuiltinKeywords},
      {"__enter__", rlock_acquire, 0, 2, kBuiltinKeywords},
      {"release", rlock_release, 0, 0, 0},
      {"__exit__", rlock_exit, 0, -1, 0},
      {"_is_owned", rlock_is_owned, 0, 0, 0},
      {"_recursion_count", rlock_recursion_count, 0, 0, 0},
      {"_release_save", rlock_release_save, 0, 0, 0},
      {"_acquire_restore", rlock_acquire_restore, 1, 1, 0},
      {"__repr__", rlock_repr, 0, 0, 0},
  };
  add_methods(vm, rt, rlock_methods);

  static const MethodDef fns[] = {
      {"allocate_lock", allocate_lock, 0, 0, 0},
      {"allocate", allocate_lock, 0, 0, 0},
      {"_set_sentinel", allocate_lock, 0, 0, 0},
      {"get_ident", get_ident, 0, 0, 0},
      {"get_native_id", get_native_id, 0, 0, 0},
      {"_count", thread_count, 0, 0, 0},
      {"stack_size", stack_size, 0, 1, 0},
      {"start_new_thread", start_new_thread, 0, -1, kBuiltinKeywords},
      {"start_new", start_new_thread, 0, -1, kBuiltinKeywords},
      {"daemon_threads_allowed", daemon_threads_allowed, 0, 0, 0},
      {"interrupt_main", interrupt_main, 0, 1, 0},
  };
  add_functions(vm, m, fns);
  (void)dict_set_cstr(vm, m->dict, "TIMEOUT_MAX", Value::from_double(kTimeoutMax));
  (void)dict_set_cstr(vm, m->dict, "error", Value::ptr(vm.RuntimeError));
  Value local = make_local_type(vm);
  if (local.is_null()) return local;
  (void)dict_set_cstr(vm, m->dict, "_local", local);
  return mv;
}

}  // namespace

void init_thread(VM& vm) { register_native_module(vm, "_thread", make_thread); }

}  // namespace taipan::runtime
