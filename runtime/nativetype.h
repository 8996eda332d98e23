// Helpers for native modules that define their own types (itertools, _collections,
// _functools): creating a type owned by a module, and CPython's argument-count messages.
//
// A type made by native_type() is named "module.name" (CPython's tp_name, which messages
// show; __name__ and __qualname__ are the bare name). It is a builtin type (not a heap type) whose native constructor
// is called as ctor(type, args...) with every argument, keywords included; the ctor checks
// its own arguments. It also gets a `__new__`, so that a Python subclass constructs through
// the ctor and wraps the result (Instance::base_value), like subclasses of list or dict.
// Methods called on such a subclass receive the wrapped object; a method that also accepts
// a bare Instance (object.__new__(Sub)) must check the layout it reads.
#pragma once
#include <string>

#include "runtime/objects.h"

namespace taipan::runtime {

inline Type* native_type(VM& vm, Module* m, const char* modname, const char* name, Layout layout, NativeFn ctor,
                         Type* base = nullptr) {
  Type* t = new_builtin_type(vm, name, layout, base ? base : vm.object_type, true);
  if (!t) return nullptr;
  Root rt(vm, Value::ptr(t));
  (void)dict_set_str(vm, m->dict, t->name, Value::ptr(t));
  (void)dict_set_str(vm, t->dict, vm.s_module, Value::ptr(vm.intern(modname)));
  // CPython's tp_name ("itertools.count") for messages; __name__ reads qualname ("count").
  t->name = vm.intern(std::string(modname) + "." + name);
  if (ctor) {
    Value nn = new_builtin(vm, name, ctor, Value::null(), 0, -1, kBuiltinKeywords);
    if (nn.is_null()) return nullptr;
    nn.as<Builtin>()->owner = t;
    t->native_new = nn;
    // list.__new__ is the generic "construct through native_new" descriptor.
    Value ln = dict_get_str(vm.list_type->dict, vm.s_new);
    if (is_layout(ln, Layout::Builtin)) {
      Value b = new_builtin(vm, "__new__", ln.as<Builtin>()->fn, Value::null(), 1, -1, kBuiltinKeywords | kBuiltinStatic);
      if (b.is_null()) return nullptr;
      b.as<Builtin>()->owner = t;
      Root rb(vm, b);
      (void)dict_set_str(vm, t->dict, vm.s_new, b);
    }
  }
  type_modified(vm, t);
  return t;
}

// The constructor of a type Python code may not instantiate (native_type(..., ctor)):
// "cannot create 'module.Name' instances", as CPython's types without tp_new.
Value native_no_instances(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);
// A read-only data member (CPython's PyMemberDef with READONLY): assigning or deleting it
// raises "readonly attribute", where a getter-only property says "... is not writable".
void add_readonly_member(VM& vm, Type* t, const char* name, NativeFn getter);
// `class NAME(BASE): __module__ = MODNAME`, stored as m.NAME; the class, or null.
Value add_exception_class(VM& vm, Module* m, const char* modname, const char* name, Type* base);
// An int taken bitwise as 32 bits (CPython's `unsigned int(bitwise=True)`, the CRC arguments):
// any int (or __index__) modulo 2**32.
Status uint32_mask_arg(VM& vm, Value v, uint32_t& out);

// The native object behind `v` whose type traces with `trace` (the tag of a native type's
// layout): `v` itself, or the object a Python subclass instance wraps (Instance::base_value);
// nullptr otherwise.
template <typename T>
T* native_of(Value v, TraceFn trace) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->trace == trace) return static_cast<T*>(o);
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (b.is_ptr() && b.as_ptr()->type->trace == trace) return static_cast<T*>(b.as_ptr());
  }
  return nullptr;
}

// Argument Clinic's checks for a positional-only signature without keywords:
// "f() takes no keyword arguments", "f expected 2 arguments, got 1", "f expected at least ...".
inline Status check_positional(VM& vm, const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (kwnames && kwnames->size) {
    raise(vm, vm.TypeError, "%s() takes no keyword arguments", name);
    return Status::Error;
  }
  if (nargs >= min && nargs <= max) return Status::Ok;
  if (min == max)
    raise(vm, vm.TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    raise(vm, vm.TypeError, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
  else
    raise(vm, vm.TypeError, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
  return Status::Error;
}

// Makes a module registered in sys.modules (the native module init pattern).
inline Value native_module(VM& vm, const char* name) {
  Value existing = dict_get_cstr(vm, vm.modules, name);
  if (!existing.is_null()) return existing;
  Value m = new_module(vm, vm.intern(name));
  if (m.is_null()) return m;
  Root rm(vm, m);
  if (failed(dict_set_cstr(vm, vm.modules, name, m))) return Value::null();
  return m;
}

}  // namespace taipan::runtime
