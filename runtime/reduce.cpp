// object.__reduce_ex__'s default reduction (CPython's _common_reduce), what pickle and copy
// use for instances of ordinary classes.
//
// Protocol 2 and later: (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems),
// or (copyreg.__newobj_ex__, (cls, args, kwargs), ...) when __getnewargs_ex__ gives keyword
// arguments. newargs come from __getnewargs_ex__ / __getnewargs__, or from the wrapped
// value of a subclass of an immutable builtin (int, str, tuple, ...). state is
// __getstate__() when the class defines one, else object.__getstate__'s default: the
// instance dict (None when empty), or (dict or None, {slot: value}) when __slots__ hold
// values. Protocols 0 and 1 delegate to copyreg._reduce_ex. copyreg is imported on demand.
#include "runtime/objects.h"

namespace taipan::runtime {

namespace {

Value copyreg_attr(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "copyreg");
  if (!is_layout(m, Layout::Module)) {
    Value imp = dict_get_cstr(vm, vm.builtins->dict, "__import__");
    if (imp.is_null()) return raise(vm, vm.ImportError, "copyreg is not imported");
    Value name_s = new_str(vm, "copyreg");
    if (name_s.is_null()) return name_s;
    m = call1(vm, imp, name_s);
    if (m.is_null()) return m;
  }
  if (!is_layout(m, Layout::Module)) return raise(vm, vm.ImportError, "copyreg is not imported");
  Value f = dict_get_cstr(vm, m.as<Module>()->dict, name);
  if (f.is_null()) return raise(vm, vm.AttributeError, "module 'copyreg' has no attribute '%s'", name);
  return f;
}

Value call_method0(VM& vm, Value obj, const char* name) {
  Value m = getattr_cstr(vm, obj, name);
  if (m.is_null()) return m;
  return call0(vm, m);
}

}  // namespace

// object.__getstate__() (CPython 3.11's default state): the instance dict, None when empty;
// with values in __slots__, (that or None, {slot: value} in copyreg._slotnames order).
Value object_default_state(VM& vm, Value self) {
  if (!is_layout(self, Layout::Instance) && !is_layout(self, Layout::Exception)) return Value::none();
  Root rself(vm, self);
  Type* cls = type_of(vm, self);
  std::vector<Str*> slots;
  if (failed(type_slot_names(vm, cls, slots))) return Value::null();
  Value d = instance_dict(vm, self.as<Instance>());
  if (d.is_null()) return d;
  if (slots.empty()) return is_dict(d) && d.as<Dict>()->size > 0 ? d : Value::none();
  Root rd(vm, d);
  Dict* sd = new_dict(vm);
  if (!sd) return raise_no_memory(vm);
  Root rsd(vm, Value::ptr(sd));
  for (Str* n : slots) {
    Value v = dict_get_str(d.as<Dict>(), n);
    if (!v.is_null() && failed(dict_set_str(vm, sd, n, v))) return Value::null();
  }
  Value state = Value::none();
  Root rst(vm);
  if (!(cls->tflags & kTypeSlotsOnly) && d.as<Dict>()->size > sd->size) {
    Dict* rest = new_dict(vm);
    if (!rest) return raise_no_memory(vm);
    rst.value = state = Value::ptr(rest);
    Dict* src = rd.value.as<Dict>();
    Value items = sequence_to_list(vm, Value::ptr(src));
    if (items.is_null()) return items;
    Root ri(vm, items);
    for (uint32_t i = 0; i < items.as<List>()->size; i++) {
      Value k = items.as<List>()->items[i];
      if (!is_str(k) || !dict_get_str(sd, as_str(k)).is_null()) continue;
      if (failed(dict_set_str(vm, rest, as_str(k), dict_get_str(src, as_str(k))))) return Value::null();
    }
  }
  if (sd->size == 0) return state;
  Value pair[2] = {state, Value::ptr(sd)};
  return new_tuple_from(vm, pair, 2);
}

Value object_common_reduce(VM& vm, Value self, Value protocol) {
  Root rself(vm, self);
  int64_t proto = 0;
  if (!protocol.is_null() && failed(index_i64(vm, protocol, proto))) return Value::null();
  if (proto < 2) {
    Value f = copyreg_attr(vm, "_reduce_ex");
    if (f.is_null()) return f;
    Value p = Value::small(proto);
    return call2(vm, f, self, p);
  }
  Type* cls = type_of(vm, self);
  if (!is_layout(self, Layout::Instance))
    return raise(vm, vm.TypeError, "cannot pickle '%s' object", type_name(vm, self));
  Value args = Value::null(), kwargs = Value::none();
  Root ra(vm), rk(vm);
  if (!type_lookup(cls, vm.intern("__getnewargs_ex__")).is_null()) {
    Value r = call_method0(vm, self, "__getnewargs_ex__");
    if (r.is_null()) return r;
    if (!is_tuple(r) || r.as<Tuple>()->size != 2)
      return raise(vm, vm.TypeError, "__getnewargs_ex__ should return a tuple of length 2, not '%s'", type_name(vm, r));
    args = r.as<Tuple>()->items[0];
    kwargs = r.as<Tuple>()->items[1];
    if (!is_tuple(args))
      return raise(vm, vm.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                   type_name(vm, args));
    if (!is_dict(kwargs))
      return raise(vm, vm.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                   type_name(vm, kwargs));
  } else if (!type_lookup(cls, vm.intern("__getnewargs__")).is_null()) {
    args = call_method0(vm, self, "__getnewargs__");
    if (args.is_null()) return args;
    if (!is_tuple(args))
      return raise(vm, vm.TypeError, "__getnewargs__ should return a tuple, not '%s'", type_name(vm, args));
  } else {
    args = vm.empty_tuple;
  }
  ra.value = args;
  rk.value = kwargs;
  bool hasargs = args.as<Tuple>()->size > 0;
  Value newobj, newargs;
  if (is_dict(kwargs) && kwargs.as<Dict>()->size > 0) {
    newobj = copyreg_attr(vm, "__newobj_ex__");
    if (newobj.is_null()) return newobj;
    Root rn(vm, newobj);
    Value items[3] = {Value::ptr(cls), args, kwargs};
    newargs = new_tuple_from(vm, items, 3);
    if (newargs.is_null()) return newargs;
    hasargs = true;
  } else {
    newobj = copyreg_attr(vm, "__newobj__");
    if (newobj.is_null()) return newobj;
    Root rn(vm, newobj);
    Tuple* a = args.as<Tuple>();
    Tuple* t = new_tuple(vm, a->size + 1);
    if (!t) return raise_no_memory(vm);
    a = ra.value.as<Tuple>();
    t->items[0] = Value::ptr(cls);
    for (uint32_t i = 0; i < a->size; i++) t->items[i + 1] = a->items[i];
    newargs = Value::ptr(t);
  }
  Root rnewobj(vm, newobj), rnewargs(vm, newargs);
  (void)hasargs;
  // state
  Value state;
  Value getstate = type_lookup(cls, vm.intern("__getstate__"));
  if (!getstate.is_null() && getstate != dict_get_cstr(vm, vm.object_type->dict, "__getstate__")) {
    state = call_method0(vm, self, "__getstate__");
    if (state.is_null()) return state;
  } else {
    state = object_default_state(vm, self);
    if (state.is_null()) return state;
  }
  Root rstate(vm, state);
  Value listitems = Value::none(), dictitems = Value::none();
  Root rl(vm), rd(vm);
  if (isinstance(vm, self, vm.list_type)) {
    listitems = get_iter(vm, self);
    if (listitems.is_null()) return listitems;
    rl.value = listitems;
  }
  if (isinstance(vm, self, vm.dict_type)) {
    Value items = call_method0(vm, self, "items");
    if (items.is_null()) return items;
    Root ri(vm, items);
    dictitems = get_iter(vm, items);
    if (dictitems.is_null()) return dictitems;
    rd.value = dictitems;
  }
  Value out[5] = {newobj, newargs, state, listitems, dictitems};
  return new_tuple_from(vm, out, 5);
}

}  // namespace taipan::runtime
