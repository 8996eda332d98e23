// types.UnionType: what `int | str` makes (PEP 604). Iter layout: a = the args tuple
// (flattened, without repeats, None stored as NoneType). `X | Y` is defined for X and Y
// each None, a type, a types.GenericAlias or a union; for anything else type.__or__
// returns NotImplemented (so typing's own objects can take over). A union of one type is
// that type. isinstance/issubclass accept a union of plain types.
#include "runtime/objects.h"

namespace taipan::runtime {

namespace {

bool is_generic_alias(VM& vm, Value v) {
  if (!v.is_ptr()) return false;
  Type* t = v.as_ptr()->type;
  return t->layout == Layout::Iter && t->name->view() == "GenericAlias";
}

bool unionable(VM& vm, Value v) {
  return v.is_none() || is_layout(v, Layout::Type) || is_generic_alias(vm, v) || is_exact(v, vm.union_type);
}

Status add_arg(VM& vm, List* out, Value v) {
  if (v.is_none()) v = Value::ptr(vm.none_type);
  if (is_exact(v, vm.union_type)) {
    Tuple* a = v.as<Iter>()->a.as<Tuple>();
    for (uint32_t i = 0; i < a->size; i++)
      if (failed(add_arg(vm, out, a->items[i]))) return Status::Error;
    return Status::Ok;
  }
  for (uint32_t i = 0; i < out->size; i++) {
    Value o = out->items[i];
    // Types compare by identity; aliases by equality.
    if (o == v) return Status::Ok;
    if (is_generic_alias(vm, o) && is_generic_alias(vm, v)) {
      int e = eq(vm, o, v);
      if (e < 0) return Status::Error;
      if (e) return Status::Ok;
    }
  }
  return list_append(vm, out, v);
}

Value make_union(VM& vm, Value a, Value b) {
  Root ra(vm, a), rb(vm, b);
  List* l = new_list(vm, 0);
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l));
  if (failed(add_arg(vm, l, a)) || failed(add_arg(vm, l, b))) return Value::null();
  if (l->size == 1) return l->items[0];
  Value args = new_tuple_from(vm, l->items, l->size);
  if (args.is_null()) return args;
  Root rt(vm, args);
  Value u = new_iter(vm, vm.union_type, Value::none());
  if (u.is_null()) return u;
  u.as<Iter>()->a = args;
  return u;
}

Tuple* args_of(Value self) { return self.as<Iter>()->a.as<Tuple>(); }

Status repr_item(VM& vm, std::string& out, Value v) {
  if (v == Value::ptr(vm.none_type)) {
    out += "None";
    return Status::Ok;
  }
  if (is_layout(v, Layout::Type)) {
    Type* t = v.as<Type>();
    Value mod = dict_get_str(t->dict, vm.s_module);
    if (is_str(mod) && as_str(mod)->view() != "builtins") {
      out += as_str(mod)->view();
      out += '.';
    }
    out += t->qualname->view();
    return Status::Ok;
  }
  Value r = repr(vm, v);
  if (r.is_null()) return Status::Error;
  out += as_str(r)->view();
  return Status::Ok;
}

Value union_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Root rs(vm, self);
  std::string out;
  Tuple* a = args_of(self);
  for (uint32_t i = 0; i < a->size; i++) {
    if (i) out += " | ";
    if (failed(repr_item(vm, out, args_of(self)->items[i]))) return Value::null();
  }
  return new_str(vm, out);
}

Value union_args(VM&, Value self, Value*, size_t, Tuple*) { return self.as<Iter>()->a; }

Value union_parameters(VM& vm, Value self, Value*, size_t, Tuple*) {
  Root rs(vm, self);
  List* out = new_list(vm, 0);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  Str* params = vm.intern("__parameters__");
  Tuple* a = args_of(self);
  for (uint32_t i = 0; i < a->size; i++) {
    Value v = a->items[i];
    if (is_layout(v, Layout::Type)) continue;
    Value sub = getattr_opt(vm, v, params);
    if (!vm.exc.is_null()) return Value::null();
    if (!is_tuple(sub)) continue;
    for (uint32_t k = 0; k < sub.as<Tuple>()->size; k++) {
      Value p = sub.as<Tuple>()->items[k];
      bool seen = false;
      for (uint32_t j = 0; j < out->size; j++) seen = seen || out->items[j] == p;
      if (!seen && failed(list_append(vm, out, p))) return Value::null();
    }
    a = args_of(self);
  }
  return new_tuple_from(vm, out->items, out->size);
}

// Equal when the sets of args are equal.
Value union_eq_impl(VM& vm, Value self, Value other, bool ne) {
  if (!is_exact(other, vm.union_type)) return vm.not_implemented;
  Root rs(vm, self), ro(vm, other);
  Set* a = new_set(vm, true);
  if (!a) return raise_no_memory(vm);
  Root ra(vm, Value::ptr(a));
  Set* b = new_set(vm, true);
  if (!b) return raise_no_memory(vm);
  Root rb(vm, Value::ptr(b));
  if (failed(set_update(vm, a, self.as<Iter>()->a)) || failed(set_update(vm, b, other.as<Iter>()->a))) return Value::null();
  Value r = compare(vm, Value::ptr(a), Value::ptr(b), CmpOp::Eq);
  if (r.is_null()) return r;
  return Value::boolean(ne ? !r.is_true() : r.is_true());
}
Value union_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return union_eq_impl(vm, self, args[0], false); }
Value union_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return union_eq_impl(vm, self, args[0], true); }

Value union_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  Root rs(vm, self);
  Set* a = new_set(vm, true);
  if (!a) return raise_no_memory(vm);
  Root ra(vm, Value::ptr(a));
  if (failed(set_update(vm, a, self.as<Iter>()->a))) return Value::null();
  int64_t h;
  if (failed(hash(vm, Value::ptr(a), h))) return Value::null();
  return new_int(vm, h);
}

// isinstance(obj, union) / issubclass(cls, union): the args must all be plain types.
Value union_check(VM& vm, Value self, Value obj, bool instance) {
  Root rs(vm, self), ro(vm, obj);
  Tuple* a = args_of(self);
  for (uint32_t i = 0; i < a->size; i++)
    if (!is_layout(a->items[i], Layout::Type))
      return raise(vm, vm.TypeError, "%s() argument 2 cannot be a parameterized generic",
                   instance ? "isinstance" : "issubclass");
  Value args = self.as<Iter>()->a;
  Value f = dict_get_cstr(vm, vm.builtins->dict, instance ? "isinstance" : "issubclass");
  if (f.is_null()) return raise(vm, vm.SystemError, "no isinstance");
  return call2(vm, f, obj, args);
}
Value union_instancecheck(VM& vm, Value self, Value* args, size_t, Tuple*) { return union_check(vm, self, args[0], true); }
Value union_subclasscheck(VM& vm, Value self, Value* args, size_t, Tuple*) { return union_check(vm, self, args[0], false); }

}  // namespace

// type.__or__ / __ror__, and those of UnionType and GenericAlias
Value union_or(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!unionable(vm, self) || !unionable(vm, args[0])) return vm.not_implemented;
  return make_union(vm, self, args[0]);
}
Value union_ror(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!unionable(vm, self) || !unionable(vm, args[0])) return vm.not_implemented;
  return make_union(vm, args[0], self);
}

void init_union(VM& vm) {
  Type* u = vm.union_type;
  (void)dict_set_str(vm, u->dict, vm.s_module, Value::ptr(vm.intern("types")));
  u->name = vm.intern("types.UnionType");
  u->tflags &= ~kTypeBaseType;
  static const MethodDef methods[] = {
      {"__or__", union_or, 1, 1, 0},
      {"__ror__", union_ror, 1, 1, 0},
      {"__repr__", union_repr, 0, 0, 0},
      {"__eq__", union_eq, 1, 1, 0},
      {"__ne__", union_ne, 1, 1, 0},
      {"__hash__", union_hash, 0, 0, 0},
      {"__instancecheck__", union_instancecheck, 1, 1, 0},
      {"__subclasscheck__", union_subclasscheck, 1, 1, 0},
  };
  add_methods(vm, u, methods);
  add_getter(vm, u, "__args__", union_args);
  add_getter(vm, u, "__parameters__", union_parameters);
  static const MethodDef type_methods[] = {
      {"__or__", union_or, 1, 1, 0},
      {"__ror__", union_ror, 1, 1, 0},
  };
  add_methods(vm, vm.type_type, type_methods);
}

}  // namespace taipan::runtime
