// The _operator module: the C half of Lib/operator.py (which ends with
// `from _operator import *`), as CPython 3.11's: the operator functions with CPython's
// argument errors, length_hint, _compare_digest, and the itemgetter, attrgetter and
// methodcaller types with CPython's reprs and __reduce__.
//
// The three callable types use the Iter layout (traced by trace_iter):
//   itemgetter:   seq = tuple of items, index = number of items
//   attrgetter:   seq = tuple of names, each a Str or (when dotted) a tuple of Str parts;
//                 a = tuple of the names as given (for repr and __reduce__)
//   methodcaller: seq = the method name (Str), a = tuple of arguments, b = dict of keywords
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

// ---------- argument checks with CPython's messages ----------

Status no_keywords(VM& vm, const char* name, Tuple* kw) {
  if (kw && kw->size) {
    raise(vm, vm.TypeError, "_operator.%s() takes no keyword arguments", name);
    return Status::Error;
  }
  return Status::Ok;
}
// A METH_O function: "_operator.f() takes exactly one argument (N given)".
Status one_arg(VM& vm, const char* name, size_t nargs, Tuple* kw) {
  if (failed(no_keywords(vm, name, kw))) return Status::Error;
  if (nargs != 1) {
    raise(vm, vm.TypeError, "_operator.%s() takes exactly one argument (%zu given)", name, nargs);
    return Status::Error;
  }
  return Status::Ok;
}
// An Argument Clinic function with positional-only parameters.
Status n_args(VM& vm, const char* name, size_t nargs, Tuple* kw, size_t min, size_t max) {
  if (failed(no_keywords(vm, name, kw))) return Status::Error;
  return check_positional(vm, name, nargs, nullptr, min, max);
}

#define ARGS1(name) \
  if (failed(one_arg(vm, name, nargs, kw))) return Value::null()
#define ARGS2(name) \
  if (failed(n_args(vm, name, nargs, kw, 2, 2))) return Value::null()

// ---------- the operator functions ----------

#define OPERATOR_BINARY(X)                                                                       \
  X(add, Add, false) X(sub, Sub, false) X(mul, Mul, false) X(matmul, MatMul, false)              \
  X(truediv, TrueDiv, false) X(floordiv, FloorDiv, false) X(mod, Mod, false) X(pow, Pow, false)  \
  X(lshift, LShift, false) X(rshift, RShift, false) X(and_, And, false) X(or_, Or, false)        \
  X(xor, Xor, false) X(iadd, Add, true) X(isub, Sub, true) X(imul, Mul, true)                    \
  X(imatmul, MatMul, true) X(itruediv, TrueDiv, true) X(ifloordiv, FloorDiv, true)               \
  X(imod, Mod, true) X(ipow, Pow, true) X(ilshift, LShift, true) X(irshift, RShift, true)        \
  X(iand, And, true) X(ior, Or, true) X(ixor, Xor, true)

#define X(name, op, inplace)                                                  \
  Value op_##name(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {      \
    ARGS2(#name);                                                             \
    return binary_op(vm, args[0], args[1], BinOp::op, inplace);               \
  }
OPERATOR_BINARY(X)
#undef X

#define OPERATOR_COMPARE(X) X(lt, Lt) X(le, Le) X(eq, Eq) X(ne, Ne) X(gt, Gt) X(ge, Ge)
#define X(name, op)                                                      \
  Value op_##name(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { \
    ARGS2(#name);                                                        \
    return compare(vm, args[0], args[1], CmpOp::op);                     \
  }
OPERATOR_COMPARE(X)
#undef X

Value op_not(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("not_");
  int t = truthy(vm, args[0]);
  return t < 0 ? Value::null() : Value::boolean(t == 0);
}
Value op_truth(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("truth");
  int t = truthy(vm, args[0]);
  return t < 0 ? Value::null() : Value::boolean(t == 1);
}
Value op_is(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("is_");
  return Value::boolean(args[0] == args[1]);
}
Value op_is_not(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("is_not");
  return Value::boolean(args[0] != args[1]);
}
Value op_index(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("index");
  return index_value(vm, args[0]);
}
Value op_abs(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("abs");
  Value v = args[0];
  if (v.is_small()) return new_int(vm, v.as_small() < 0 ? -v.as_small() : v.as_small());
  if (v.is_double()) return Value::from_double(std::fabs(v.as_double()));
  Value f = lookup_special(vm, v, vm.s_abs);
  if (f.is_null()) {
    if (!vm.exc.is_null()) return f;
    return raise(vm, vm.TypeError, "bad operand type for abs(): '%s'", type_name(vm, v));
  }
  Root rf(vm, f);
  return call0(vm, f);
}
Value op_neg(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("neg");
  return unary_neg(vm, args[0]);
}
Value op_pos(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("pos");
  return unary_pos(vm, args[0]);
}
Value op_inv(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("inv");
  return unary_invert(vm, args[0]);
}
Value op_invert(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS1("invert");
  return unary_invert(vm, args[0]);
}

// PySequence_Check: a __getitem__ that is not a dict's.
bool is_sequence(VM& vm, Value v) {
  if (isinstance(vm, v, vm.dict_type)) return false;
  return !type_lookup(type_of(vm, v), vm.s_getitem).is_null();
}
// Builtin sequences concatenate themselves (their own error for a wrong right operand).
bool own_concat(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return !(t->tflags & kTypeHeap) && !type_lookup(t, vm.s_getitem).is_null() &&
         !type_lookup(t, vm.binop_names[int(BinOp::Add)][0]).is_null();
}
Value concat(VM& vm, Value* args, bool inplace) {
  Value a = args[0], b = args[1];
  bool base_seq = own_concat(vm, a);
  if (!base_seq && is_layout(a, Layout::Instance)) base_seq = own_concat(vm, a.as<Instance>()->base_value);
  if (!base_seq && !(is_sequence(vm, a) && is_sequence(vm, b)))
    return raise(vm, vm.TypeError, "'%s' object can't be concatenated", type_name(vm, a));
  return binary_op(vm, a, b, BinOp::Add, inplace);
}
Value op_concat(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("concat");
  return concat(vm, args, false);
}
Value op_iconcat(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("iconcat");
  return concat(vm, args, true);
}

Value op_contains(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("contains");
  int r = contains(vm, args[0], args[1]);
  return r < 0 ? Value::null() : Value::boolean(r == 1);
}

// countOf / indexOf: iterate, comparing by identity and then ==.
Value search(VM& vm, Value seq, Value x, bool count) {
  Value it = get_iter(vm, seq);
  if (it.is_null()) {
    if (exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      return raise(vm, vm.TypeError, "argument of type '%s' is not iterable", type_name(vm, seq));
    }
    return it;
  }
  Root rit(vm, it), rx(vm, x);
  int64_t n = 0, i = 0;
  for (;; i++) {
    Value item = iter_next(vm, it);
    if (item.is_null()) break;
    int r = eq(vm, item, x);
    if (r < 0) return Value::null();
    if (r) {
      if (!count) return new_int(vm, i);
      n++;
    }
  }
  if (!vm.exc.is_null()) return Value::null();
  if (count) return new_int(vm, n);
  return raise(vm, vm.ValueError, "sequence.index(x): x not in sequence");
}
Value op_countOf(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("countOf");
  return search(vm, args[0], args[1], true);
}
Value op_indexOf(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("indexOf");
  return search(vm, args[0], args[1], false);
}

Value op_getitem(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("getitem");
  return getitem(vm, args[0], args[1]);
}
Value op_setitem(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(n_args(vm, "setitem", nargs, kw, 3, 3))) return Value::null();
  if (failed(setitem(vm, args[0], args[1], args[2]))) return Value::null();
  return Value::none();
}
Value op_delitem(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  ARGS2("delitem");
  if (failed(delitem(vm, args[0], args[1]))) return Value::null();
  return Value::none();
}

Value op_call(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (nargs == 0) return raise(vm, vm.TypeError, "call expected at least 1 argument, got 0");
  return call(vm, args[0], args + 1, nargs - 1, kw);
}

// A Py_ssize_t argument: __index__, OverflowError beyond 64 bits.
Status ssize(VM& vm, Value v, int64_t& out) {
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  if (failed(int_to_i64(vm, i, out))) {
    clear_exc(vm);
    raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
    return Status::Error;
  }
  return Status::Ok;
}

Value op_length_hint(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(n_args(vm, "length_hint", nargs, kw, 1, 2))) return Value::null();
  Value o = args[0];
  int64_t dflt = 0;
  if (nargs > 1 && failed(ssize(vm, args[1], dflt))) return Value::null();
  Root ro(vm, o);
  if (!type_lookup(type_of(vm, o), vm.s_len).is_null()) {
    int64_t n;
    if (!failed(length(vm, o, n))) return new_int(vm, n);
    if (!exc_matches(vm, vm.TypeError)) return Value::null();
    clear_exc(vm);
  }
  Value hint = lookup_special(vm, o, vm.s_length_hint);
  if (hint.is_null()) return vm.exc.is_null() ? new_int(vm, dflt) : Value::null();
  Root rh(vm, hint);
  Value r = call0(vm, hint);
  if (r.is_null()) {
    if (!exc_matches(vm, vm.TypeError)) return r;
    clear_exc(vm);
    return new_int(vm, dflt);
  }
  if (r == vm.not_implemented) return new_int(vm, dflt);
  if (!is_int(vm, r)) return raise(vm, vm.TypeError, "__length_hint__ must be an integer, not %s", type_name(vm, r));
  int64_t n;
  if (failed(int_to_i64(vm, r, n))) {
    clear_exc(vm);
    return raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (n < 0) return raise(vm, vm.ValueError, "__length_hint__() should return >= 0");
  return new_int(vm, n);
}

// Timing-independent comparison of ASCII strs or bytes-like objects.
Value op_compare_digest(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(n_args(vm, "_compare_digest", nargs, kw, 2, 2))) return Value::null();
  Value a = args[0], b = args[1];
  std::string_view x, y;
  Str* sa = str_unwrap(a);
  Str* sb = str_unwrap(b);
  if (sa && sb) {
    if (!sa->ascii || !sb->ascii)
      return raise(vm, vm.TypeError, "comparing strings with non-ASCII characters is not supported");
    x = sa->view();
    y = sb->view();
  } else {
    bool ba = bytes_view(a, x), bb = bytes_view(b, y);
    if (!ba && !bb)
      return raise(vm, vm.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                   type_name(vm, a), type_name(vm, b));
    if (!ba) return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, a));
    if (!bb) return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, b));
  }
  // Always walk all of y, so the time depends on y's length only.
  unsigned result = x.size() == y.size() ? 0 : 1;
  const std::string_view& left = x.size() == y.size() ? x : y;
  for (size_t i = 0; i < y.size(); i++) result |= unsigned(uint8_t(left[i]) ^ uint8_t(y[i]));
  return Value::boolean(result == 0);
}

// ---------- itemgetter, attrgetter, methodcaller ----------

Type* operator_type(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "_operator");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

Iter* of_type(VM& vm, Value self, const char* name) {
  Type* t = operator_type(vm, name);
  if (t && is_exact(self, t)) return self.as<Iter>();
  raise(vm, vm.TypeError, "descriptor requires a 'operator.%s' object but received a '%s'", name, type_name(vm, self));
  return nullptr;
}

// Positional arguments of a constructor as a tuple (keywords refused with CPython's message).
Value ctor_tuple(VM& vm, const char* name, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "%s() takes no keyword arguments", name);
  if (nargs == 0) return raise(vm, vm.TypeError, "%s expected 1 argument, got 0", name);
  return new_tuple_from(vm, args, nargs);
}

Status call_check(VM& vm, const char* name, size_t nargs, Tuple* kw) {
  if (kw && kw->size) {
    raise(vm, vm.TypeError, "%s() takes no keyword arguments", name);
    return Status::Error;
  }
  return check_positional(vm, name, nargs, nullptr, 1, 1);
}

// "operator.name(x)" for one part, "operator.name(x, y)" for several (the tuple's repr).
Value parts_repr(VM& vm, const char* name, Value self, Tuple* parts) {
  int entered = repr_enter(vm, self);
  if (entered < 0) return Value::null();
  if (entered == 1) return new_str(vm, std::string("operator.") + name + "(...)");
  Value r = parts->size == 1 ? repr(vm, parts->items[0]) : repr(vm, Value::ptr(parts));
  repr_leave(vm, self);
  if (r.is_null()) return r;
  std::string out = std::string("operator.") + name;
  if (parts->size == 1) out += "(";
  out += as_str(r)->view();
  if (parts->size == 1) out += ")";
  return new_str(vm, out);
}

Value reduce_with(VM& vm, Value self, Value args_tuple) {
  Root ra(vm, args_tuple);
  Value items[2] = {Value::ptr(type_of(vm, self)), args_tuple};
  return new_tuple_from(vm, items, 2);
}

Value itemgetter_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  Value items = ctor_tuple(vm, "itemgetter", args, nargs, kw);
  if (items.is_null()) return items;
  return new_iter(vm, type.as<Type>(), items, int64_t(nargs));
}

Value itemgetter_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Iter* g = of_type(vm, self, "itemgetter");
  if (!g || failed(call_check(vm, "itemgetter", nargs, kw))) return Value::null();
  Tuple* items = g->seq.as<Tuple>();
  if (items->size == 1) return getitem(vm, args[0], items->items[0]);
  Root rs(vm, self);
  Tuple* out = new_tuple(vm, items->size);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  for (uint32_t i = 0; i < out->size; i++) {
    Value v = getitem(vm, args[0], g->seq.as<Tuple>()->items[i]);
    if (v.is_null()) return v;
    out->items[i] = v;
  }
  return ro.get();
}
Value itemgetter_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* g = of_type(vm, self, "itemgetter");
  return g ? parts_repr(vm, "itemgetter", self, g->seq.as<Tuple>()) : Value::null();
}
Value itemgetter_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* g = of_type(vm, self, "itemgetter");
  return g ? reduce_with(vm, self, g->seq) : Value::null();
}

Value attrgetter_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  Value given = ctor_tuple(vm, "attrgetter", args, nargs, kw);
  if (given.is_null()) return given;
  Root rg(vm, given);
  Tuple* names = new_tuple(vm, nargs);
  if (!names) return raise_no_memory(vm);
  Root rn(vm, Value::ptr(names));
  for (size_t i = 0; i < nargs; i++) {
    Str* s = str_unwrap(given.as<Tuple>()->items[i]);
    if (!s) return raise(vm, vm.TypeError, "attribute name must be a string");
    std::string_view text = s->view();
    if (text.find('.') == std::string_view::npos) {
      names->items[i] = Value::ptr(vm.intern(text));
      continue;
    }
    RootVec parts(vm);
    size_t start = 0;
    for (;;) {
      size_t dot = text.find('.', start);
      std::string_view part = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      Str* p = vm.intern(part);
      if (!p) return raise_no_memory(vm);
      parts.v.push_back(Value::ptr(p));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    Value t = new_tuple_from(vm, parts.v.data(), parts.v.size());
    if (t.is_null()) return t;
    names->items[i] = t;
  }
  Value g = new_iter(vm, type.as<Type>(), Value::ptr(names), int64_t(nargs));
  if (g.is_null()) return g;
  g.as<Iter>()->a = given;
  return g;
}

Value get_attr_path(VM& vm, Value obj, Value name) {
  if (is_str(name)) return getattr(vm, obj, as_str(name));
  Tuple* parts = name.as<Tuple>();
  Root rn(vm, name);
  Root cur(vm, obj);
  for (uint32_t i = 0; i < parts->size; i++) {
    Value v = getattr(vm, cur.get(), as_str(parts->items[i]));
    if (v.is_null()) return v;
    cur = v;
  }
  return cur.get();
}

Value attrgetter_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Iter* g = of_type(vm, self, "attrgetter");
  if (!g || failed(call_check(vm, "attrgetter", nargs, kw))) return Value::null();
  Tuple* names = g->seq.as<Tuple>();
  if (names->size == 1) return get_attr_path(vm, args[0], names->items[0]);
  Root rs(vm, self);
  Tuple* out = new_tuple(vm, names->size);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  for (uint32_t i = 0; i < out->size; i++) {
    Value v = get_attr_path(vm, args[0], g->seq.as<Tuple>()->items[i]);
    if (v.is_null()) return v;
    out->items[i] = v;
  }
  return ro.get();
}
Value attrgetter_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* g = of_type(vm, self, "attrgetter");
  return g ? parts_repr(vm, "attrgetter", self, g->a.as<Tuple>()) : Value::null();
}
Value attrgetter_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* g = of_type(vm, self, "attrgetter");
  return g ? reduce_with(vm, self, g->a) : Value::null();
}

Value methodcaller_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  if (nargs == 0) return raise(vm, vm.TypeError, "methodcaller needs at least one argument, the method name");
  Str* name = str_unwrap(args[0]);
  if (!name) return raise(vm, vm.TypeError, "method name must be a string");
  Value rest = new_tuple_from(vm, args + 1, nargs - 1);
  if (rest.is_null()) return rest;
  Root rr(vm, rest);
  Dict* kwargs = new_dict(vm);
  if (!kwargs) return raise_no_memory(vm);
  Root rk(vm, Value::ptr(kwargs));
  for (uint32_t i = 0; kw && i < kw->size; i++)
    if (failed(dict_set(vm, kwargs, kw->items[i], args[nargs + i]))) return Value::null();
  Str* iname = vm.intern(name);
  if (!iname) return raise_no_memory(vm);
  Value m = new_iter(vm, type.as<Type>(), Value::ptr(iname));
  if (m.is_null()) return m;
  m.as<Iter>()->a = rest;
  m.as<Iter>()->b = Value::ptr(kwargs);
  return m;
}

Value methodcaller_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Iter* c = of_type(vm, self, "methodcaller");
  if (!c || failed(call_check(vm, "methodcaller", nargs, kw))) return Value::null();
  Root rs(vm, self);
  Value method = getattr(vm, args[0], as_str(c->seq));
  if (method.is_null()) return method;
  Root rm(vm, method);
  return call_ex(vm, method, c->a, c->b);
}

Value methodcaller_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* c = of_type(vm, self, "methodcaller");
  if (!c) return Value::null();
  int entered = repr_enter(vm, self);
  if (entered < 0) return Value::null();
  if (entered == 1) return new_str(vm, "operator.methodcaller(...)");
  Root rs(vm, self);
  std::string out = "operator.methodcaller(";
  auto add_repr = [&](Value v) {
    Value r = repr(vm, v);
    if (r.is_null()) return false;
    out += as_str(r)->view();
    return true;
  };
  bool ok = add_repr(c->seq);
  Tuple* rest = c->a.as<Tuple>();
  for (uint32_t i = 0; ok && i < rest->size; i++) {
    out += ", ";
    ok = add_repr(rest->items[i]);
  }
  uint32_t pos = 0;
  Value k, v;
  while (ok && dict_next(c->b.as<Dict>(), pos, k, v)) {
    out += ", ";
    out += as_str(k)->view();
    out += "=";
    ok = add_repr(v);
  }
  repr_leave(vm, self);
  if (!ok) return Value::null();
  out += ")";
  return new_str(vm, out);
}

Value methodcaller_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* c = of_type(vm, self, "methodcaller");
  if (!c) return Value::null();
  Root rs(vm, self);
  Tuple* rest = c->a.as<Tuple>();
  if (c->b.as<Dict>()->size == 0) {
    RootVec items(vm);
    items.v.push_back(c->seq);
    for (uint32_t i = 0; i < rest->size; i++) items.v.push_back(rest->items[i]);
    Value t = new_tuple_from(vm, items.v.data(), items.v.size());
    if (t.is_null()) return t;
    return reduce_with(vm, self, t);
  }
  // (functools.partial(methodcaller, name, **kwargs), args)
  Value ft = find_native_module(vm, "_functools");
  if (ft.is_null()) return raise(vm, vm.SystemError, "_functools is missing");
  Value partial = dict_get_cstr(vm, ft.as<Module>()->dict, "partial");
  if (partial.is_null()) return raise(vm, vm.SystemError, "_functools.partial is missing");
  Root rp(vm, partial);
  Value pargs[2] = {Value::ptr(type_of(vm, self)), c->seq};
  Value targs = new_tuple_from(vm, pargs, 2);
  if (targs.is_null()) return targs;
  Root rt(vm, targs);
  Value p = call_ex(vm, partial, targs, c->b);
  if (p.is_null()) return p;
  Root rpp(vm, p);
  Value items[2] = {p, c->a};
  return new_tuple_from(vm, items, 2);
}

Value make_operator(VM& vm) {
  Value mv = native_module(vm, "_operator");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "add").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  (void)dict_set_str(vm, m->dict, vm.s_doc,
                     new_str(vm,
                             "Operator interface.\n\nThis module exports a set of functions implemented in C "
                             "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, "
                             "y)\nis equivalent to the expression x+y.  The function names are those\nused for "
                             "special methods; variants without leading and trailing\n'__' are also provided for "
                             "convenience."));
  static const MethodDef fns[] = {
#define X(name, op, inplace) {#name, op_##name, 0, -1, kBuiltinKeywords},
      OPERATOR_BINARY(X)
#undef X
#define X(name, op) {#name, op_##name, 0, -1, kBuiltinKeywords},
      OPERATOR_COMPARE(X)
#undef X
      {"not_", op_not, 0, -1, kBuiltinKeywords},
      {"truth", op_truth, 0, -1, kBuiltinKeywords},
      {"is_", op_is, 0, -1, kBuiltinKeywords},
      {"is_not", op_is_not, 0, -1, kBuiltinKeywords},
      {"index", op_index, 0, -1, kBuiltinKeywords},
      {"abs", op_abs, 0, -1, kBuiltinKeywords},
      {"neg", op_neg, 0, -1, kBuiltinKeywords},
      {"pos", op_pos, 0, -1, kBuiltinKeywords},
      {"inv", op_inv, 0, -1, kBuiltinKeywords},
      {"invert", op_invert, 0, -1, kBuiltinKeywords},
      {"concat", op_concat, 0, -1, kBuiltinKeywords},
      {"iconcat", op_iconcat, 0, -1, kBuiltinKeywords},
      {"contains", op_contains, 0, -1, kBuiltinKeywords},
      {"countOf", op_countOf, 0, -1, kBuiltinKeywords},
      {"indexOf", op_indexOf, 0, -1, kBuiltinKeywords},
      {"getitem", op_getitem, 0, -1, kBuiltinKeywords},
      {"setitem", op_setitem, 0, -1, kBuiltinKeywords},
      {"delitem", op_delitem, 0, -1, kBuiltinKeywords},
      {"call", op_call, 0, -1, kBuiltinKeywords},
      {"length_hint", op_length_hint, 0, -1, kBuiltinKeywords},
      {"_compare_digest", op_compare_digest, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);

  struct Kind {
    const char* name;
    NativeFn ctor, call, repr, reduce;
  };
  static const Kind kinds[] = {
      {"itemgetter", itemgetter_ctor, itemgetter_call, itemgetter_repr, itemgetter_reduce},
      {"attrgetter", attrgetter_ctor, attrgetter_call, attrgetter_repr, attrgetter_reduce},
      {"methodcaller", methodcaller_ctor, methodcaller_call, methodcaller_repr, methodcaller_reduce},
  };
  for (const Kind& k : kinds) {
    Type* t = native_type(vm, m, "operator", k.name, Layout::Iter, k.ctor);
    if (!t) return Value::null();
    t->tflags &= ~kTypeBaseType;
    const MethodDef methods[] = {
        {"__call__", k.call, 0, -1, kBuiltinKeywords},
        {"__repr__", k.repr, 0, 0, 0},
        {"__reduce__", k.reduce, 0, 0, 0},
        {"__reduce_ex__", k.reduce, 1, 1, 0},
    };
    add_methods(vm, t, methods);
  }
  return mv;
}

}  // namespace

void init_operator(VM& vm) { register_native_module(vm, "_operator", make_operator); }

}  // namespace taipan::runtime
