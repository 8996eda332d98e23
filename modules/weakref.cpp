// _weakref: weak references as far as Taipan's collector supports them, which is not at all
// yet. A `ref` here holds a strong reference to its referent, so it never dies and its
// callback never runs; `proxy` returns the object itself; getweakrefcount/getweakrefs report
// nothing. That is enough for the pure-Python code built on them (WeakSet and abc's _py_abc,
// WeakValueDictionary, collections.OrderedDict's links) to run with CPython's results while
// their objects stay alive; what differs is that objects held only weakly are not
// reclaimed (docs/compatibility.md).
//
// A ref uses the Iter layout: seq = referent, a = callback (or None), index = cached hash,
// end = 1 once the hash is cached.
#include <cstdio>

#include "runtime/nativetype.h"
#include "runtime/objects.h"

namespace taipan::runtime {

namespace {

Type* ref_type(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "_weakref");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, "ref");
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

// The ref object behind self (a ref, or a Python subclass instance wrapping one); null if none.
Iter* ref_of(VM& vm, Value v) {
  Type* rt = ref_type(vm);
  if (!rt) return nullptr;
  if (is_exact(v, rt)) return v.as<Iter>();
  if (is_layout(v, Layout::Instance)) {
    Value b = v.as<Instance>()->base_value;
    if (is_exact(b, rt)) return b.as<Iter>();
  }
  return nullptr;
}

bool weakrefable(VM& vm, Value v) {
  if (!v.is_ptr()) return false;  // ints, floats, bool, None
  Type* t = v.as_ptr()->type;
  return !(t == vm.int_type || t == vm.str_type || t == vm.bytes_type || t == vm.bytearray_type ||
           t == vm.tuple_type || t == vm.list_type || t == vm.dict_type);
}

Value ref_ctor(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "ref() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return raise(vm, vm.TypeError, "__new__ expected %s 2 arguments, got %zu", nargs < 1 ? "at least" : "at most", nargs);
  if (!weakrefable(vm, args[0]))
    return raise(vm, vm.TypeError, "cannot create weak reference to '%s' object", type_name(vm, args[0]));
  Type* t = ref_type(vm);
  if (!t) return raise(vm, vm.SystemError, "_weakref is not initialised");
  Root r0(vm, args[0]), r1(vm, nargs > 1 ? args[1] : Value::none());
  auto* o = static_cast<Iter*>(vm.heap.alloc(sizeof(Iter), t));
  if (!o) return raise_no_memory(vm);
  o->seq = r0.get();
  o->a = r1.get();
  o->b = o->c = Value::none();
  o->index = o->end = o->step = 0;
  return Value::ptr(o);
}

Value ref_init(VM&, Value, Value*, size_t, Tuple*) { return Value::none(); }

Value ref_call(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* r = ref_of(vm, self);
  if (!r) return raise(vm, vm.TypeError, "expected a weakref");
  return r->seq;
}

Value ref_callback(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* r = ref_of(vm, self);
  if (!r) return raise(vm, vm.TypeError, "expected a weakref");
  return r->a;
}

Value ref_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* r = ref_of(vm, self);
  if (!r) return raise(vm, vm.TypeError, "expected a weakref");
  if (r->end) return new_int(vm, r->index);
  Root rs(vm, self);
  int64_t h;
  if (failed(hash(vm, r->seq, h))) return Value::null();
  r = ref_of(vm, self);
  r->index = h;
  r->end = 1;
  return new_int(vm, h);
}

Value ref_compare(VM& vm, Value self, Value other, bool want_eq) {
  Iter* a = ref_of(vm, self);
  Iter* b = ref_of(vm, other);
  if (!a || !b) return vm.not_implemented;
  int e = eq(vm, a->seq, b->seq);
  if (e < 0) return Value::null();
  return Value::boolean(want_eq ? e == 1 : e == 0);
}
Value ref_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return ref_compare(vm, self, args[0], true); }
Value ref_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return ref_compare(vm, self, args[0], false); }

Value ref_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* r = ref_of(vm, self);
  if (!r) return raise(vm, vm.TypeError, "expected a weakref");
  Root rs(vm, self);
  Value referent = r->seq;
  Root rr(vm, referent);
  Value name = getattr_opt(vm, referent, vm.intern("__name__"));
  clear_exc(vm);
  char buf[160];
  std::snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p", static_cast<void*>(self.as_ptr()),
                type_name(vm, referent), static_cast<void*>(referent.as_ptr()));
  std::string s = buf;
  if (is_str(name)) {
    Value nr = repr(vm, name);
    if (nr.is_null()) return nr;
    s += " (";
    s += as_str(nr)->view();
    s += ")";
  }
  s += ">";
  return new_str(vm, s);
}

Value getweakrefcount(VM&, Value, Value*, size_t, Tuple*) { return Value::small(0); }

Value getweakrefs(VM& vm, Value, Value*, size_t, Tuple*) {
  List* l = new_list(vm, 0);
  return l ? Value::ptr(l) : raise_no_memory(vm);
}

Value proxy(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (!weakrefable(vm, args[0]))
    return raise(vm, vm.TypeError, "cannot create weak reference to '%s' object", type_name(vm, args[0]));
  return args[0];
}

// _remove_dead_weakref(dict, key): deletes dict[key] if it is a dead ref (never, here).
Value remove_dead_weakref(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!is_dict(args[0])) return raise(vm, vm.TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", type_name(vm, args[0]));
  return Value::none();
}

Value make_weakref(VM& vm) {
  Value mv = native_module(vm, "_weakref");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "ref").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  Type* rt = native_type(vm, m, "weakref", "ReferenceType", Layout::Iter, ref_ctor);
  if (!rt) return Value::null();
  static const MethodDef ref_methods[] = {
      {"__init__", ref_init, 0, -1, kBuiltinKeywords},
      {"__call__", ref_call, 0, 0, 0},
      {"__hash__", ref_hash, 0, 0, 0},
      {"__eq__", ref_eq, 1, 1, 0},
      {"__ne__", ref_ne, 1, 1, 0},
      {"__repr__", ref_repr, 0, 0, 0},
  };
  add_methods(vm, rt, ref_methods);
  add_getter(vm, rt, "__callback__", ref_callback);
  (void)dict_set_cstr(vm, m->dict, "ref", Value::ptr(rt));
  for (const char* name : {"ProxyType", "CallableProxyType"}) {
    Type* t = native_type(vm, m, "weakref", name, Layout::Iter, nullptr);
    if (!t) return Value::null();
    t->tflags &= ~kTypeBaseType;
  }
  static const MethodDef fns[] = {
      {"getweakrefcount", getweakrefcount, 1, 1, 0},
      {"getweakrefs", getweakrefs, 1, 1, 0},
      {"proxy", proxy, 1, 2, 0},
      {"_remove_dead_weakref", remove_dead_weakref, 2, 2, 0},
  };
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void init_weakref(VM& vm) { register_native_module(vm, "_weakref", make_weakref); }

}  // namespace taipan::runtime
