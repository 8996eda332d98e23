// The shared pieces of native modules' types and errors (runtime/nativetype.h).
#include "runtime/nativetype.h"

#include "runtime/bigint.h"

namespace taipan::runtime {

Value native_no_instances(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = is_layout(self, Layout::Type) ? self.as<Type>() : nullptr;
  return raise(vm, vm.TypeError, "cannot create '%s' instances", t ? t->name->data : "?");
}

static Value readonly_member(VM& vm, Value, Value*, size_t, Tuple*) {
  return raise(vm, vm.AttributeError, "readonly attribute");
}

void add_readonly_member(VM& vm, Type* t, const char* name, NativeFn getter) {
  add_getter(vm, t, name, getter);
  Value prop = dict_get_cstr(vm, t->dict, name);
  if (!is_layout(prop, Layout::Property)) return;
  Root rp(vm, prop);
  Value f = new_builtin(vm, name, readonly_member, Value::null(), 1, 2, 0);
  if (f.is_null()) return;
  prop.as<Property>()->fset = f;
  prop.as<Property>()->fdel = f;
}

Value add_exception_class(VM& vm, Module* m, const char* modname, const char* name, Type* base) {
  Tuple* bases = new_tuple(vm, 1);
  if (!bases) return raise_no_memory(vm);
  bases->items[0] = Value::ptr(base);
  Root rb(vm, Value::ptr(bases));
  Dict* ns = new_dict(vm);
  if (!ns) return raise_no_memory(vm);
  Root rns(vm, Value::ptr(ns));
  if (failed(dict_set_str(vm, ns, vm.s_module, Value::ptr(vm.intern(modname))))) return Value::null();
  Value cls = build_class(vm, Value::ptr(vm.type_type), vm.intern(name), bases, ns, Value::null());
  if (cls.is_null()) return cls;
  Root rc(vm, cls);
  if (failed(dict_set_cstr(vm, m->dict, name, cls))) return Value::null();
  return cls;
}

Status uint32_mask_arg(VM& vm, Value v, uint32_t& out) {
  if (!is_int(vm, v)) {
    Value iv = index_value(vm, v);
    if (iv.is_null()) return Status::Error;
    v = iv;
  }
  BigInt m = BigInt::bit_and(to_bigint(v), BigInt::from_i64(0xFFFFFFFFll));
  out = uint32_t(m.to_i64());
  return Status::Ok;
}

}  // namespace taipan::runtime
