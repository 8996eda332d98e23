// The atexit module, as CPython 3.11's: register/unregister/_run_exitfuncs/_clear/_ncallbacks.
// The embedding API calls atexit_run() when the main program ends (normally, on SystemExit
// or after printing an uncaught exception).
//
// vm.atexit_callbacks is a list (made on first use) of (func, args, kwargs) tuples in
// registration order; unregister() replaces an entry by None, so, as in CPython, the
// count _ncallbacks() reports does not shrink until the callbacks run or _clear().
// Callbacks run last-registered first; an exception in one is reported as CPython's
// unraisable hook does ("Exception ignored in atexit callback: <repr>", its traceback,
// its type and message) and the others still run.
#include <string>

#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

List* callbacks(VM& vm) {
  if (vm.atexit_callbacks.is_null()) {
    List* l = new_list(vm);
    if (!l) {
      raise_no_memory(vm);
      return nullptr;
    }
    vm.atexit_callbacks = Value::ptr(l);
  }
  return vm.atexit_callbacks.as<List>();
}

// Prints an exception raised by a callback, without its chain, as an unraisable one.
void report(VM& vm, Value func, Value exc) {
  Root rf(vm, func), re(vm, exc);
  std::string head = "Exception ignored in atexit callback: ";
  Value r = repr(vm, func);
  if (r.is_null()) {
    clear_exc(vm);
    head += "<object repr() failed>";
  } else {
    head += as_str(r)->view();
  }
  write_stderr(vm, head + "\n");
  if (is_exception(vm, exc) && vm.print_exception_hook) {
    Exception* e = exc.as<Exception>();
    Root cause(vm, e->cause), context(vm, e->context);
    bool suppress = e->suppress_context;
    e->cause = e->context = Value::none();
    vm.print_exception_hook(vm, exc);
    e = exc.as<Exception>();
    e->cause = cause.get();
    e->context = context.get();
    e->suppress_context = suppress;
  } else {
    Value s = str(vm, exc);
    std::string line = type_name(vm, exc);
    if (s.is_null()) clear_exc(vm);
    else if (as_str(s)->nbytes) line += std::string(": ") + std::string(as_str(s)->view());
    write_stderr(vm, line + "\n");
  }
  clear_exc(vm);
}

Value ae_register(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (nargs == 0) return raise(vm, vm.TypeError, "register() takes at least 1 argument (0 given)");
  Value c = is_callable(vm, args[0]);
  if (c.is_null()) return c;
  if (!c.is_true()) return raise(vm, vm.TypeError, "the first argument must be callable");
  Value rest = new_tuple_from(vm, args + 1, nargs - 1);
  if (rest.is_null()) return rest;
  Root rr(vm, rest);
  Dict* kwargs = new_dict(vm);
  if (!kwargs) return raise_no_memory(vm);
  Root rk(vm, Value::ptr(kwargs));
  for (uint32_t i = 0; kw && i < kw->size; i++)
    if (failed(dict_set(vm, kwargs, kw->items[i], args[nargs + i]))) return Value::null();
  Value items[3] = {args[0], rest, Value::ptr(kwargs)};
  Value entry = new_tuple_from(vm, items, 3);
  if (entry.is_null()) return entry;
  Root re(vm, entry);
  List* l = callbacks(vm);
  if (!l || failed(list_append(vm, l, entry))) return Value::null();
  return args[0];
}

Value ae_unregister(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "atexit.unregister() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "atexit.unregister() takes exactly one argument (%zu given)", nargs);
  List* l = callbacks(vm);
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  for (uint32_t i = 0; i < l->size; i++) {
    Value entry = l->items[i];
    if (!is_tuple(entry)) continue;
    Root re(vm, entry);
    int r = eq(vm, entry.as<Tuple>()->items[0], args[0]);
    if (r < 0) return Value::null();
    if (r && i < l->size && l->items[i] == entry) l->items[i] = Value::none();
  }
  return Value::none();
}

Value ae_run(VM& vm, Value, Value*, size_t, Tuple*) {
  atexit_run(vm);
  return Value::none();
}

Value ae_clear(VM& vm, Value, Value*, size_t, Tuple*) {
  List* l = callbacks(vm);
  if (!l || failed(list_resize(vm, l, 0))) return Value::null();
  return Value::none();
}

Value ae_ncallbacks(VM& vm, Value, Value*, size_t, Tuple*) {
  List* l = callbacks(vm);
  return l ? Value::small(l->size) : Value::null();
}

Value make_atexit(VM& vm) {
  Value mv = native_module(vm, "atexit");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "register").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  (void)dict_set_str(vm, m->dict, vm.s_doc,
                     new_str(vm,
                             "allow programmer to define multiple exit functions to be executed\nupon normal "
                             "program termination.\n\nTwo public functions, register and unregister, are "
                             "defined.\n"));
  static const MethodDef fns[] = {
      {"register", ae_register, 0, -1, kBuiltinKeywords},
      {"unregister", ae_unregister, 0, -1, kBuiltinKeywords},
      {"_run_exitfuncs", ae_run, 0, 0, 0},
      {"_clear", ae_clear, 0, 0, 0},
      {"_ncallbacks", ae_ncallbacks, 0, 0, 0},
  };
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void atexit_run(VM& vm) {
  if (vm.atexit_callbacks.is_null()) return;
  Value saved = vm.exc;
  Root rs(vm, saved);
  clear_exc(vm);
  List* l = vm.atexit_callbacks.as<List>();
  Root rl(vm, Value::ptr(l));
  for (int64_t i = int64_t(l->size) - 1; i >= 0; i--) {
    if (i >= int64_t(l->size)) continue;
    Value entry = l->items[i];
    if (!is_tuple(entry)) continue;
    Root re(vm, entry);
    Tuple* t = entry.as<Tuple>();
    Value r = call_ex(vm, t->items[0], t->items[1], t->items[2]);
    if (r.is_null()) {
      Value exc = vm.exc;
      clear_exc(vm);
      report(vm, entry.as<Tuple>()->items[0], exc);
    }
  }
  (void)list_resize(vm, l, 0);
  vm.exc = saved;
}

void init_atexit(VM& vm) { register_native_module(vm, "atexit", make_atexit); }

}  // namespace taipan::runtime
