// The _functools module: reduce, partial and cmp_to_key, as CPython 3.11's. functools.py
// imports all three (and _lru_cache_wrapper) inside try/except, so none is mandatory; the
// native ones are faster and give CPython's reprs and messages.
//
// partial: a class built like a Python class (heap-flagged type, Instance layout, a static
//   __new__), so instances get a __dict__ and attribute assignment as CPython's partial
//   objects do. The instance's base_value holds a Slice used as an immutable triple
//   (start = func, stop = args Tuple, step = keywords Dict); nothing unwraps a Slice.
// KeyWrapper (cmp_to_key): an Iter with seq = the cmp function, a = the wrapped object
//   (null for the key function itself).
#include <string>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

// ---------- reduce ----------

Value reduce_fn(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "reduce", nargs, kw, 2, 3))) return Value::null();
  Value it = get_iter(vm, args[1]);
  if (it.is_null()) {
    if (exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      return raise(vm, vm.TypeError, "reduce() arg 2 must support iteration");
    }
    return it;
  }
  Root rit(vm, it);
  Root acc(vm, nargs > 2 ? args[2] : Value::null());
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) {
      if (!vm.exc.is_null()) return x;
      break;
    }
    if (acc.get().is_null()) {
      acc = x;
      continue;
    }
    Root rx(vm, x);
    Value r = call2(vm, args[0], acc.get(), x);
    if (r.is_null()) return r;
    acc = r;
  }
  if (acc.get().is_null()) return raise(vm, vm.TypeError, "reduce() of empty iterable with no initial value");
  return acc.get();
}

// ---------- partial ----------

Slice* state_of(VM& vm, Value self) {
  if (is_layout(self, Layout::Instance) && is_layout(self.as<Instance>()->base_value, Layout::Slice))
    return self.as<Instance>()->base_value.as<Slice>();
  raise(vm, vm.TypeError, "descriptor requires a 'functools.partial' object but received a '%s'", type_name(vm, self));
  return nullptr;
}

Value partial_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw);

Value partial_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  // args[0] is the class (a static __new__).
  if (nargs < 1 || !is_layout(args[0], Layout::Type)) return raise(vm, vm.TypeError, "partial.__new__(X): X is not a type object");
  if (nargs < 2) return raise(vm, vm.TypeError, "type 'partial' takes at least one argument");
  Type* cls = args[0].as<Type>();
  Value func = args[1];
  if (is_callable(vm, func).is_false()) return raise(vm, vm.TypeError, "the first argument must be callable");
  RootVec pos(vm);
  Dict* kwd = new_dict(vm);
  if (!kwd) return Value::null();
  Root rdict(vm, Value::ptr(kwd));
  // A partial of a partial without instance attributes is flattened (CPython: same tp_call, no __dict__).
  Value fcall = type_lookup(type_of(vm, func), vm.s_call);
  if (is_layout(func, Layout::Instance) && is_layout(func.as<Instance>()->base_value, Layout::Slice) &&
      is_layout(fcall, Layout::Builtin) && fcall.as<Builtin>()->fn == partial_call && !func.as<Instance>()->dict &&
      func.as<Instance>()->shape && func.as<Instance>()->shape->count == 0) {
    Slice* inner = func.as<Instance>()->base_value.as<Slice>();
    Tuple* iargs = inner->stop.as<Tuple>();
    for (uint32_t i = 0; i < iargs->size; i++) pos.v.push_back(iargs->items[i]);
    if (failed(dict_merge(vm, kwd, inner->step, true))) return Value::null();
    func = func.as<Instance>()->base_value.as<Slice>()->start;
  }
  Root rf(vm, func);
  for (size_t i = 2; i < nargs; i++) pos.v.push_back(args[i]);
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = 0; i < nkw; i++)
    if (failed(dict_set(vm, kwd, kw->items[i], args[nargs + i]))) return Value::null();
  Value targs = new_tuple_from(vm, pos.v.data(), pos.v.size());
  if (targs.is_null()) return targs;
  Root rt(vm, targs);
  Value st = new_slice(vm, func, targs, rdict.get());
  if (st.is_null()) return st;
  Root rs(vm, st);
  Value inst = new_instance(vm, cls);
  if (inst.is_null()) return inst;
  inst.as<Instance>()->base_value = st;
  return inst;
}

Value partial_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Slice* st = state_of(vm, self);
  if (!st) return Value::null();
  Root rst(vm, Value::ptr(st));
  Tuple* pargs = st->stop.as<Tuple>();
  Dict* pkw = st->step.as<Dict>();
  size_t nkw = kw ? kw->size : 0;
  RootVec buf(vm);
  for (uint32_t i = 0; i < pargs->size; i++) buf.v.push_back(pargs->items[i]);
  for (size_t i = 0; i < nargs; i++) buf.v.push_back(args[i]);
  size_t npos = buf.v.size();
  if (pkw->size == 0) {
    for (size_t i = 0; i < nkw; i++) buf.v.push_back(args[nargs + i]);
    return call(vm, st->start, buf.v.data(), npos, nkw ? kw : nullptr);
  }
  // Merge: the partial's keywords, overridden by the call's.
  Dict* merged = dict_copy(vm, pkw);
  if (!merged) return Value::null();
  Root rm(vm, Value::ptr(merged));
  for (size_t i = 0; i < nkw; i++)
    if (failed(dict_set(vm, merged, kw->items[i], args[nargs + i]))) return Value::null();
  Tuple* names = new_tuple(vm, merged->size);
  if (!names) return raise_no_memory(vm);
  Root rn(vm, Value::ptr(names));
  uint32_t pos = 0, k = 0;
  Value key, value;
  while (dict_next(merged, pos, key, value)) {
    if (!is_str(key)) return raise(vm, vm.TypeError, "keywords must be strings");
    names->items[k++] = key;
    buf.v.push_back(value);
  }
  return call(vm, st->start, buf.v.data(), npos, names);
}

Value partial_func(VM& vm, Value self, Value*, size_t, Tuple*) {
  Slice* st = state_of(vm, self);
  return st ? st->start : Value::null();
}
Value partial_args(VM& vm, Value self, Value*, size_t, Tuple*) {
  Slice* st = state_of(vm, self);
  return st ? st->stop : Value::null();
}
Value partial_keywords(VM& vm, Value self, Value*, size_t, Tuple*) {
  Slice* st = state_of(vm, self);
  return st ? st->step : Value::null();
}

Value partial_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Slice* st = state_of(vm, self);
  if (!st) return Value::null();
  if (list_repr_enter(vm, self)) return new_str(vm, "...");
  Root rst(vm, Value::ptr(st));
  std::string s;
  auto piece = [&](Value v, bool use_str) -> bool {
    Value r = use_str ? str(vm, v) : repr(vm, v);
    if (r.is_null()) return false;
    s += as_str(r)->view();
    return true;
  };
  // CPython's tp_name: "functools.partial" for partial itself, the bare name for a subclass.
  Type* t = type_of(vm, self);
  if (t->base != vm.object_type) {
    s += t->name->view();
  } else {
    s += "functools.";
    s += t->name->view();
  }
  s += "(";
  bool ok = piece(st->start, false);
  Tuple* pargs = st->stop.as<Tuple>();
  for (uint32_t i = 0; ok && i < pargs->size; i++) {
    s += ", ";
    ok = piece(pargs->items[i], false);
  }
  if (ok) {
    RootVec kv(vm);
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(st->step.as<Dict>(), pos, k, v)) {
      kv.v.push_back(k);
      kv.v.push_back(v);
    }
    for (size_t i = 0; ok && i < kv.v.size(); i += 2) {
      s += ", ";
      ok = piece(kv.v[i], true);
      if (ok) {
        s += "=";
        ok = piece(kv.v[i + 1], false);
      }
    }
  }
  list_repr_leave(vm, self);
  if (!ok) return Value::null();
  s += ")";
  return new_str(vm, s);
}

Value partial_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  Slice* st = state_of(vm, self);
  if (!st) return Value::null();
  Root rst(vm, Value::ptr(st));
  Value d = instance_dict(vm, self.as<Instance>());
  if (d.is_null()) return d;
  Root rd(vm, d);
  Value dict_or_none = d.as<Dict>()->size ? d : Value::none();
  Value st4[4] = {st->start, st->stop, st->step, dict_or_none};
  Value state = new_tuple_from(vm, st4, 4);
  if (state.is_null()) return state;
  Root rstate(vm, state);
  Value fargs = new_tuple_from(vm, &st->start, 1);
  if (fargs.is_null()) return fargs;
  Root rfa(vm, fargs);
  Value items[3] = {Value::ptr(type_of(vm, self)), fargs, state};
  return new_tuple_from(vm, items, 3);
}

// partial.__setstate__((func, args, kwds, dict)): what pickle's BUILD calls with the state
// __reduce__ returns; the state replaces the partial's function, arguments and attributes.
Value partial_setstate(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!state_of(vm, self)) return Value::null();
  Value state = args[0];
  if (!is_tuple(state)) return raise(vm, vm.TypeError, "argument to __setstate__ must be a tuple");
  Tuple* t = state.as<Tuple>();
  if (t->size != 4) return raise(vm, vm.TypeError, "invalid partial state");
  Value func = t->items[0], fargs = t->items[1], kwds = t->items[2], d = t->items[3];
  bool kw_ok = kwds.is_none() || dict_unwrap(kwds) != nullptr;
  if (is_callable(vm, func).is_false() || !(is_tuple(fargs) || is_layout(fargs, Layout::Instance)) || !kw_ok ||
      (!d.is_none() && !dict_unwrap(d)))
    return raise(vm, vm.TypeError, "invalid partial state");
  Root rself(vm, self), rstate(vm, state);
  Value targs = fargs;
  if (!is_tuple(targs)) {
    targs = call1(vm, Value::ptr(vm.tuple_type), fargs);
    if (targs.is_null()) return targs;
    if (!is_tuple(targs)) return raise(vm, vm.TypeError, "invalid partial state");
  }
  Root rt(vm, targs);
  Dict* kwd = new_dict(vm);
  if (!kwd) return Value::null();
  Root rk(vm, Value::ptr(kwd));
  if (!kwds.is_none() && failed(dict_merge(vm, kwd, kwds, true))) return Value::null();
  Value st = new_slice(vm, t->items[0], targs, Value::ptr(kwd));
  if (st.is_null()) return st;
  self.as<Instance>()->base_value = st;
  if (!d.is_none()) {
    Dict* src = dict_unwrap(d);
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(src, pos, k, v)) {
      if (!is_str(k)) continue;
      if (failed(instance_set(vm, self.as<Instance>(), as_str(k), v))) return Value::null();
    }
  }
  return Value::none();
}

// ---------- cmp_to_key ----------

Type* keywrapper_type(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "_functools");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, "_KeyWrapper");
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

Value keywrapper(VM& vm, Value cmp, Value obj) {
  Type* t = keywrapper_type(vm);
  if (!t) return raise(vm, vm.SystemError, "functools.KeyWrapper is missing");
  Root ro(vm, obj);
  Value k = new_iter(vm, t, cmp);
  if (!k.is_null()) k.as<Iter>()->a = obj;
  return k;
}

Value cmp_to_key(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"mycmp"};
  Value a[1];
  if (failed(parse_old(vm, "cmp_to_key", args, nargs, kw, names, 1, 1, a))) return Value::null();
  return keywrapper(vm, a[0], Value::null());
}

Value kw_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected a KeyWrapper");
  static const char* const names[] = {"obj"};
  Value a[1];
  if (failed(parse_old(vm, "K", args, nargs, kw, names, 1, 1, a))) return Value::null();
  return keywrapper(vm, self.as<Iter>()->seq, a[0]);
}

Value kw_obj(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter) || self.as<Iter>()->a.is_null())
    return raise(vm, vm.AttributeError, "obj");
  return self.as<Iter>()->a;
}

Value kw_compare(VM& vm, Value self, Value other, CmpOp op) {
  Type* t = keywrapper_type(vm);
  if (!t || type_of(vm, other) != t || !is_layout(self, Layout::Iter))
    return raise(vm, vm.TypeError, "other argument must be K instance");
  Iter* a = self.as<Iter>();
  Iter* b = other.as<Iter>();
  if (a->a.is_null() || b->a.is_null()) return raise(vm, vm.AttributeError, "object");
  Value r = call2(vm, a->seq, a->a, b->a);
  if (r.is_null()) return r;
  Root rr(vm, r);
  return compare(vm, r, Value::small(0), op);
}
Value kw_lt(VM& vm, Value self, Value* args, size_t, Tuple*) { return kw_compare(vm, self, args[0], CmpOp::Lt); }
Value kw_le(VM& vm, Value self, Value* args, size_t, Tuple*) { return kw_compare(vm, self, args[0], CmpOp::Le); }
Value kw_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return kw_compare(vm, self, args[0], CmpOp::Eq); }
Value kw_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return kw_compare(vm, self, args[0], CmpOp::Ne); }
Value kw_gt(VM& vm, Value self, Value* args, size_t, Tuple*) { return kw_compare(vm, self, args[0], CmpOp::Gt); }
Value kw_ge(VM& vm, Value self, Value* args, size_t, Tuple*) { return kw_compare(vm, self, args[0], CmpOp::Ge); }

Value make_functools(VM& vm) {
  Value mv = native_module(vm, "_functools");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "reduce").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();

  Type* p = new_builtin_type(vm, "partial", Layout::Instance, vm.object_type, true);
  if (!p) return Value::null();
  Root rp(vm, Value::ptr(p));
  p->tflags |= kTypeHeap;
  (void)dict_set_str(vm, m->dict, p->name, Value::ptr(p));
  (void)dict_set_str(vm, p->dict, vm.s_module, Value::ptr(vm.intern("functools")));
  static const MethodDef partial_methods[] = {
      {"__new__", partial_new, 0, -1, kBuiltinKeywords | kBuiltinStatic},
      {"__call__", partial_call, 0, -1, kBuiltinKeywords},
      {"__repr__", partial_repr, 0, 0, 0},
      {"__reduce__", partial_reduce, 0, 0, 0},
      {"__setstate__", partial_setstate, 1, 1, 0},
  };
  add_methods(vm, p, partial_methods);
  add_readonly_member(vm, p, "func", partial_func);
  add_readonly_member(vm, p, "args", partial_args);
  add_readonly_member(vm, p, "keywords", partial_keywords);
  add_class_getitem(vm, p);

  // Registered as _KeyWrapper so that the module's names stay CPython's; its __name__ is KeyWrapper.
  Type* k = native_type(vm, m, "functools", "KeyWrapper", Layout::Iter, nullptr);
  if (!k) return Value::null();
  (void)dict_del(vm, m->dict, Value::ptr(k->qualname));
  (void)dict_set_cstr(vm, m->dict, "_KeyWrapper", Value::ptr(k));
  k->tflags &= ~kTypeBaseType;
  static const MethodDef kw_methods[] = {
      {"__call__", kw_call, 0, -1, kBuiltinKeywords},
      {"__lt__", kw_lt, 1, 1, 0}, {"__le__", kw_le, 1, 1, 0}, {"__eq__", kw_eq, 1, 1, 0},
      {"__ne__", kw_ne, 1, 1, 0}, {"__gt__", kw_gt, 1, 1, 0}, {"__ge__", kw_ge, 1, 1, 0},
  };
  add_methods(vm, k, kw_methods);
  add_getter(vm, k, "obj", kw_obj);
  (void)dict_set_str(vm, k->dict, vm.s_hash, Value::none());

  static const MethodDef fns[] = {
      {"reduce", reduce_fn, 0, -1, kBuiltinKeywords},
      {"cmp_to_key", cmp_to_key, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void init_functools(VM& vm) { register_native_module(vm, "_functools", make_functools); }

}  // namespace taipan::runtime
