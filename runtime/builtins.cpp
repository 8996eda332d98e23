// The builtins module: builtin functions and the names of the builtin types.
#include <cmath>
#include <cstring>

#include "runtime/numbers.h"
#include "runtime/objects.h"

namespace taipan::runtime {

// print(*objects, sep=' ', end='\n', file=None, flush=False)
static Value bi_print(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  Value sep = kwarg(kwnames, args, nargs, "sep");
  Value end = kwarg(kwnames, args, nargs, "end");
  Value file = kwarg(kwnames, args, nargs, "file");
  Value flush = kwarg(kwnames, args, nargs, "flush");
  if (kwnames)
    for (uint32_t i = 0; i < kwnames->size; i++) {
      std::string_view k = as_str(kwnames->items[i])->view();
      if (k != "sep" && k != "end" && k != "file" && k != "flush")
        return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for print()", as_str(kwnames->items[i]));
    }
  if (!sep.is_null() && !sep.is_none() && !is_str(sep))
    return raise(vm, vm.TypeError, "sep must be None or a string, not %s", type_name(vm, sep));
  if (!end.is_null() && !end.is_none() && !is_str(end))
    return raise(vm, vm.TypeError, "end must be None or a string, not %s", type_name(vm, end));
  if (file.is_null() || file.is_none()) file = dict_get_cstr(vm, vm.sys->dict, "stdout");
  std::string out;
  for (size_t i = 0; i < nargs; i++) {
    if (i) out += is_str(sep) ? as_str(sep)->view() : " ";
    Value s = str(vm, args[i]);
    if (s.is_null()) return s;
    out += as_str(s)->view();
  }
  out += is_str(end) ? std::string(as_str(end)->view()) : "\n";
  Value native_out = dict_get_cstr(vm, vm.sys->dict, "__stdout__");
  Value native_err = dict_get_cstr(vm, vm.sys->dict, "__stderr__");
  if (file == native_out && !native_out.is_null()) {
    write_stdout(vm, out);
  } else if (file == native_err && !native_err.is_null()) {
    write_stderr(vm, out);
  } else {
    Root rf(vm, file);
    Value s = new_str(vm, out);
    if (s.is_null()) return s;
    Root rs(vm, s);
    Value r = call_method(vm, file, vm.s_write, &s, 1);
    if (r.is_null()) return r;
  }
  if (!flush.is_null() && truthy(vm, flush) == 1) {
    if (file == native_out) std::fflush(stdout);
    else if (!file.is_null()) {
      Value r = call_method(vm, file, vm.s_flush, nullptr, 0);
      if (r.is_null()) return r;
    }
  }
  return Value::none();
}

static Value bi_len(VM& vm, Value, Value* args, size_t, Tuple*) {
  int64_t n;
  if (failed(length(vm, args[0], n))) return Value::null();
  return new_int(vm, n);
}
static Value bi_repr(VM& vm, Value, Value* args, size_t, Tuple*) { return repr(vm, args[0]); }
static Value bi_ascii(VM& vm, Value, Value* args, size_t, Tuple*) { return ascii(vm, args[0]); }
static Value bi_abs(VM& vm, Value, Value* args, size_t, Tuple*) {
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

static Value minmax(VM& vm, Value* args, size_t nargs, Tuple* kwnames, bool is_max) {
  const char* fname = is_max ? "max" : "min";
  Value key = kwarg(kwnames, args, nargs, "key");
  Value dflt = kwarg(kwnames, args, nargs, "default");
  if (kwnames)
    for (uint32_t i = 0; i < kwnames->size; i++) {
      std::string_view k = as_str(kwnames->items[i])->view();
      if (k != "key" && k != "default")
        return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for %s()", as_str(kwnames->items[i]), fname);
    }
  if (key.is_none()) key = Value::null();
  if (nargs == 0) return raise(vm, vm.TypeError, "%s expected at least 1 argument, got 0", fname);
  if (nargs > 1 && !dflt.is_null())
    return raise(vm, vm.TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
  Value it;
  if (nargs == 1) {
    it = get_iter(vm, args[0]);
  } else {
    Value t = new_tuple_from(vm, args, nargs);
    if (t.is_null()) return t;
    Root rt(vm, t);
    it = get_iter(vm, t);
  }
  if (it.is_null()) return it;
  Root rit(vm, it), rbest(vm), rbestkey(vm);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) {
      if (!vm.exc.is_null()) return x;
      break;
    }
    Root rx(vm, x);
    Value k = x;
    if (!key.is_null()) {
      k = call1(vm, key, x);
      if (k.is_null()) return k;
    }
    Root rk(vm, k);
    if (rbest.value.is_null()) {
      rbest = x;
      rbestkey = k;
      continue;
    }
    int c = compare_bool(vm, k, rbestkey.value, is_max ? CmpOp::Gt : CmpOp::Lt);
    if (c < 0) return Value::null();
    if (c) {
      rbest = x;
      rbestkey = k;
    }
  }
  if (rbest.value.is_null()) {
    if (!dflt.is_null()) return dflt;
    return raise(vm, vm.ValueError, "%s() arg is an empty sequence", fname);
  }
  return rbest.value;
}
static Value bi_min(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return minmax(vm, args, nargs, kw, false); }
static Value bi_max(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return minmax(vm, args, nargs, kw, true); }

static Value bi_sum(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "start"};
  Value a[2];
  if (failed(parse_args(vm, "sum", args, nargs, kwnames, names, 2, 1, a, 1))) return Value::null();
  Value acc = a[1].is_null() ? Value::small(0) : a[1];
  if (is_str(acc)) return raise(vm, vm.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_layout(acc, Layout::Bytes)) return raise(vm, vm.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  Value it = get_iter(vm, a[0]);
  if (it.is_null()) return it;
  Root rit(vm, it), racc(vm, acc);
  // Float accumulation uses plain addition like CPython's fast path (no compensated sum in 3.11).
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? racc.value : x;
    Value cur = racc.value;
    if (cur.is_small() && x.is_small()) {
      int64_t s = cur.as_small() + x.as_small();
      if (Value::fits_small(s)) {
        racc = Value::small(s);
        continue;
      }
    } else if (cur.is_double() && x.is_double()) {
      racc = Value::from_double(cur.as_double() + x.as_double());
      continue;
    }
    Value r = binary_op(vm, cur, x, BinOp::Add, false);
    if (r.is_null()) return r;
    racc = r;
  }
}

static Value bi_isinstance(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value cls = args[1];
  if (is_layout(cls, Layout::Type)) {
    Type* t = cls.as<Type>();
    if (isinstance(vm, args[0], t)) return Value::true_();
    if (!(type_of(vm, cls)->tflags & kTypeHeap)) {
      // __class__ may differ (proxies); rare, keep it simple.
      return Value::false_();
    }
    Value ic = lookup_special(vm, cls, vm.s_instancecheck);
    if (ic.is_null()) return vm.exc.is_null() ? Value::false_() : ic;
    Root r(vm, ic);
    Value res = call1(vm, ic, args[0]);
    if (res.is_null()) return res;
    int t2 = truthy(vm, res);
    return t2 < 0 ? Value::null() : Value::boolean(t2);
  }
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    Root rc(vm, cls);
    for (uint32_t i = 0; i < t->size; i++) {
      Value sub[2] = {args[0], t->items[i]};
      Value r = bi_isinstance(vm, Value::null(), sub, 2, nullptr);
      if (r.is_null() || r.is_true()) return r;
    }
    return Value::false_();
  }
  Value ic = lookup_special(vm, cls, vm.s_instancecheck);
  if (!ic.is_null()) {
    Root r(vm, ic);
    Value res = call1(vm, ic, args[0]);
    if (res.is_null()) return res;
    int t2 = truthy(vm, res);
    return t2 < 0 ? Value::null() : Value::boolean(t2);
  }
  return raise(vm, vm.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static Value bi_issubclass(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value cls = args[1];
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++) {
      Value sub[2] = {args[0], t->items[i]};
      Value r = bi_issubclass(vm, Value::null(), sub, 2, nullptr);
      if (r.is_null() || r.is_true()) return r;
    }
    return Value::false_();
  }
  if (is_layout(cls, Layout::Type) && (type_of(vm, cls)->tflags & kTypeHeap)) {
    Value sc = lookup_special(vm, cls, vm.s_subclasscheck);
    if (!sc.is_null()) {
      Root r(vm, sc);
      Value res = call1(vm, sc, args[0]);
      if (res.is_null()) return res;
      int t2 = truthy(vm, res);
      return t2 < 0 ? Value::null() : Value::boolean(t2);
    }
  }
  if (is_exact(cls, vm.union_type)) {
    Value sc = lookup_special(vm, cls, vm.s_subclasscheck);
    if (sc.is_null()) return sc;
    Root r(vm, sc);
    Value res = call1(vm, sc, args[0]);
    if (res.is_null()) return res;
    int t2 = truthy(vm, res);
    return t2 < 0 ? Value::null() : Value::boolean(t2);
  }
  if (!is_layout(args[0], Layout::Type)) return raise(vm, vm.TypeError, "issubclass() arg 1 must be a class");
  if (!is_layout(cls, Layout::Type))
    return raise(vm, vm.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return Value::boolean(is_subtype(args[0].as<Type>(), cls.as<Type>()));
}

static Str* attr_name(VM& vm, Value v) {
  if (!is_str(v)) {
    raise(vm, vm.TypeError, "attribute name must be string, not '%s'", type_name(vm, v));
    return nullptr;
  }
  return vm.intern(as_str(v));
}

static Value bi_getattr(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  Str* n = attr_name(vm, args[1]);
  if (!n) return Value::null();
  if (nargs == 3) {
    Value v = getattr_opt(vm, args[0], n);
    if (v.is_null() && vm.exc.is_null()) return args[2];
    return v;
  }
  return getattr(vm, args[0], n);
}
static Value bi_setattr(VM& vm, Value, Value* args, size_t, Tuple*) {
  Str* n = attr_name(vm, args[1]);
  if (!n || failed(setattr(vm, args[0], n, args[2]))) return Value::null();
  return Value::none();
}
static Value bi_delattr(VM& vm, Value, Value* args, size_t, Tuple*) {
  Str* n = attr_name(vm, args[1]);
  if (!n || failed(delattr(vm, args[0], n))) return Value::null();
  return Value::none();
}
static Value bi_hasattr(VM& vm, Value, Value* args, size_t, Tuple*) {
  Str* n = attr_name(vm, args[1]);
  if (!n) return Value::null();
  Value v = getattr_opt(vm, args[0], n);
  if (v.is_null()) return vm.exc.is_null() ? Value::false_() : v;
  return Value::true_();
}

static Value bi_iter(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs == 2) {
    if (is_callable(vm, args[0]).is_false()) return raise(vm, vm.TypeError, "iter(v, w): v must be callable");
    Value it = new_iter(vm, vm.callable_iter_type, args[0]);
    if (it.is_null()) return it;
    it.as<Iter>()->a = args[1];
    return it;
  }
  return get_iter(vm, args[0]);
}
static Value bi_next(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  Value it = args[0];
  if (type_lookup(type_of(vm, it), vm.s_next).is_null() && type_of(vm, it)->layout != Layout::Iter)
    return raise(vm, vm.TypeError, "'%s' object is not an iterator", type_name(vm, it));
  Value v;
  if (type_of(vm, it)->layout == Layout::Iter) {
    v = iter_next(vm, it);
  } else if (type_of(vm, it) == vm.generator_type && vm.gen_next_hook) {
    Value stop = Value::null();
    v = vm.gen_next_hook(vm, it, &stop);
    if (v.is_null() && vm.exc.is_null()) {
      if (nargs == 2) return args[1];
      if (stop.is_null() || stop.is_none()) return raise_value(vm, Value::ptr(vm.StopIteration));
      Root rs(vm, stop);
      Value t = new_tuple_from(vm, &stop, 1);
      if (t.is_null()) return t;
      return raise_value(vm, new_exception(vm, vm.StopIteration, t));
    }
  } else {
    Value f = lookup_special(vm, it, vm.s_next);
    if (f.is_null()) return f;
    Root rf(vm, f);
    v = call0(vm, f);
  }
  if (!v.is_null()) return v;
  if (!vm.exc.is_null()) {
    if (nargs == 2 && exc_matches(vm, vm.StopIteration)) {
      clear_exc(vm);
      return args[1];
    }
    return v;
  }
  if (nargs == 2) return args[1];
  return raise_value(vm, Value::ptr(vm.StopIteration));
}

static Value bi_sorted(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) return raise(vm, vm.TypeError, "sorted expected 1 argument, got %zu", nargs);
  Value key = kwarg(kwnames, args, nargs, "key");
  Value rev = kwarg(kwnames, args, nargs, "reverse");
  if (kwnames)
    for (uint32_t i = 0; i < kwnames->size; i++) {
      std::string_view k = as_str(kwnames->items[i])->view();
      if (k != "key" && k != "reverse")
        return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for sort()", as_str(kwnames->items[i]));
    }
  Value l = sequence_to_list(vm, args[0]);
  if (l.is_null()) return l;
  if (l == args[0]) {
    l = new_list_from(vm, l.as<List>()->items, l.as<List>()->size);
    if (l.is_null()) return l;
  }
  Root rl(vm, l);
  int r = rev.is_null() ? 0 : truthy(vm, rev);
  if (r < 0) return Value::null();
  if (failed(list_sort(vm, l.as<List>(), key.is_none() ? Value::null() : key, r))) return Value::null();
  return l;
}

static Value any_all(VM& vm, Value iterable, bool any) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? Value::boolean(!any) : x;
    int t = truthy(vm, x);
    if (t < 0) return Value::null();
    if (t == any) return Value::boolean(any);
  }
}
static Value bi_any(VM& vm, Value, Value* args, size_t, Tuple*) { return any_all(vm, args[0], true); }
static Value bi_all(VM& vm, Value, Value* args, size_t, Tuple*) { return any_all(vm, args[0], false); }

static Value bi_chr(VM& vm, Value, Value* args, size_t, Tuple*) {
  int64_t c;
  if (!is_int(vm, args[0]) && !isinstance(vm, args[0], vm.int_type)) {
    if (args[0].is_double()) return raise(vm, vm.TypeError, "'float' object cannot be interpreted as an integer");
  }
  if (failed(index_i64(vm, args[0], c))) {
    if (exc_matches(vm, vm.IndexError) || exc_matches(vm, vm.OverflowError)) {
      clear_exc(vm);
      return raise(vm, vm.OverflowError, "Python int too large to convert to C int");
    }
    return Value::null();
  }
  if (c > INT32_MAX || c < INT32_MIN) return raise(vm, vm.OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10ffff) return raise(vm, vm.ValueError, "chr() arg not in range(0x110000)");
  return new_str_char(vm, uint32_t(c));
}
static Value bi_ord(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (is_str(v)) {
    Str* s = as_str(v);
    if (s->length != 1)
      return raise(vm, vm.TypeError, "ord() expected a character, but string of length %zu found", size_t(s->length));
    const char* p = s->data;
    return Value::small(utf8_decode(p));
  }
  if (is_layout(v, Layout::Bytes) || is_layout(v, Layout::ByteArray)) {
    size_t n = is_layout(v, Layout::Bytes) ? v.as<Bytes>()->size : v.as<ByteArray>()->size;
    const char* d = is_layout(v, Layout::Bytes) ? v.as<Bytes>()->data : v.as<ByteArray>()->data;
    if (n != 1) return raise(vm, vm.TypeError, "ord() expected a character, but string of length %zu found", n);
    return Value::small(uint8_t(d[0]));
  }
  return raise(vm, vm.TypeError, "ord() expected string of length 1, but %s found", type_name(vm, v));
}

static Value int_base_string(VM& vm, Value v, int base, const char* prefix) {
  Value i = index_value(vm, v);
  if (i.is_null()) return i;
  BigInt b = to_bigint(i);
  std::string digits = BigInt::abs(b).to_string(base);
  std::string s = (b.is_neg() ? "-" : "") + std::string(prefix) + digits;
  return new_str(vm, s);
}
static Value bi_hex(VM& vm, Value, Value* args, size_t, Tuple*) { return int_base_string(vm, args[0], 16, "0x"); }
static Value bi_oct(VM& vm, Value, Value* args, size_t, Tuple*) { return int_base_string(vm, args[0], 8, "0o"); }
static Value bi_bin(VM& vm, Value, Value* args, size_t, Tuple*) { return int_base_string(vm, args[0], 2, "0b"); }

static Value bi_id(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (v.is_ptr()) return new_int_u64(vm, uint64_t(reinterpret_cast<uintptr_t>(v.as_ptr())));
  return new_int_u64(vm, v.bits() & ((uint64_t(1) << 62) - 1));
}
static Value bi_hash(VM& vm, Value, Value* args, size_t, Tuple*) {
  int64_t h;
  if (failed(hash(vm, args[0], h))) return Value::null();
  return new_int(vm, h);
}
static Value bi_callable(VM& vm, Value, Value* args, size_t, Tuple*) { return is_callable(vm, args[0]); }

static Value bi_divmod(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value a = args[0], b = args[1];
  if (is_number(vm, a) && is_number(vm, b)) {
    Value q = binary_op(vm, a, b, BinOp::FloorDiv, false);
    if (q.is_null()) {
      if (exc_matches(vm, vm.ZeroDivisionError) && !a.is_double() && !b.is_double()) {
        clear_exc(vm);
        return raise(vm, vm.ZeroDivisionError, "integer division or modulo by zero");
      }
      if (exc_matches(vm, vm.ZeroDivisionError)) {
        clear_exc(vm);
        return raise(vm, vm.ZeroDivisionError, "float divmod()");
      }
      return q;
    }
    Root rq(vm, q);
    Value m = binary_op(vm, a, b, BinOp::Mod, false);
    if (m.is_null()) return m;
    Value items[2] = {q, m};
    return new_tuple_from(vm, items, 2);
  }
  Value f = lookup_special(vm, a, vm.intern("__divmod__"));
  if (!f.is_null()) {
    Root rf(vm, f);
    Value r = call1(vm, f, b);
    if (r.is_null() || r != vm.not_implemented) return r;
  } else if (!vm.exc.is_null()) {
    return f;
  }
  f = lookup_special(vm, b, vm.intern("__rdivmod__"));
  if (!f.is_null()) {
    Root rf(vm, f);
    Value r = call1(vm, f, a);
    if (r.is_null() || r != vm.not_implemented) return r;
  }
  return raise(vm, vm.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(vm, a), type_name(vm, b));
}

static Value bi_pow(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"base", "exp", "mod"};
  Value a[3];
  if (failed(parse_args(vm, "pow", args, nargs, kwnames, names, 3, 2, a))) return Value::null();
  if (!a[2].is_null() && !a[2].is_none()) {
    if (is_number(vm, a[0]) && is_number(vm, a[1]) && is_number(vm, a[2])) return int_powmod(vm, a[0], a[1], a[2]);
    // complex takes part through its ternary __pow__, which refuses any modulus.
    double re, im;
    auto num_or_complex = [&](Value v) { return is_number(vm, v) || complex_parts(vm, v, re, im); };
    if ((complex_parts(vm, a[0], re, im) || complex_parts(vm, a[1], re, im) || complex_parts(vm, a[2], re, im)) &&
        num_or_complex(a[0]) && num_or_complex(a[1]))
      return raise(vm, vm.ValueError, "complex modulo");
    // Three-argument pow of other types goes to __pow__(exp, mod).
    Value f = lookup_special(vm, a[0], vm.binop_names[int(BinOp::Pow)][0]);
    if (f.is_null()) {
      if (!vm.exc.is_null()) return f;
      return raise(vm, vm.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(vm, a[0]),
                   type_name(vm, a[1]), type_name(vm, a[2]));
    }
    Root rf(vm, f);
    Value r = call2(vm, f, a[1], a[2]);
    if (!r.is_null() && r == vm.not_implemented)
      return raise(vm, vm.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(vm, a[0]),
                   type_name(vm, a[1]), type_name(vm, a[2]));
    return r;
  }
  return binary_op(vm, a[0], a[1], BinOp::Pow, false);
}

static Value bi_round(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"number", "ndigits"};
  Value a[2];
  if (failed(parse_args(vm, "round", args, nargs, kwnames, names, 2, 1, a))) return Value::null();
  Value f = lookup_special(vm, a[0], vm.s_round);
  if (f.is_null()) {
    if (!vm.exc.is_null()) return f;
    return raise(vm, vm.TypeError, "type %s doesn't define __round__ method", type_name(vm, a[0]));
  }
  Root rf(vm, f);
  if (a[1].is_null() || a[1].is_none()) return call0(vm, f);
  return call1(vm, f, a[1]);
}

static Value bi_globals(VM& vm, Value, Value*, size_t, Tuple*) { return vm.frame_hook(vm, 0); }
static Value bi_locals(VM& vm, Value, Value*, size_t, Tuple*) { return vm.frame_hook(vm, 1); }
static Value bi_vars(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs == 0) return vm.frame_hook(vm, 1);
  Value d = getattr_opt(vm, args[0], vm.s_dict);
  if (d.is_null()) {
    if (!vm.exc.is_null()) return d;
    return raise(vm, vm.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}
static Value bi_dir(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  Value l;
  if (nargs == 0) {
    Value loc = vm.frame_hook(vm, 1);
    if (loc.is_null()) return loc;
    Root rl(vm, loc);
    l = sequence_to_list(vm, loc);
  } else {
    Value f = lookup_special(vm, args[0], vm.s_dir);
    if (f.is_null()) return vm.exc.is_null() ? raise(vm, vm.TypeError, "object does not provide __dir__") : f;
    Root rf(vm, f);
    Value r = call0(vm, f);
    if (r.is_null()) return r;
    Root rr(vm, r);
    l = sequence_to_list(vm, r);
    if (!l.is_null() && l == r) l = new_list_from(vm, l.as<List>()->items, l.as<List>()->size);
  }
  if (l.is_null()) return l;
  Root rl(vm, l);
  if (failed(list_sort(vm, l.as<List>(), Value::null(), false))) return Value::null();
  return l;
}
static Value bi_format(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  return format_value(vm, args[0], nargs > 1 ? args[1] : Value::ptr(vm.s_empty));
}
static Value bi_input(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  Value s = nargs ? str(vm, args[0]) : Value::null();
  if (nargs && s.is_null()) return s;
  if (vm.input_hook) {  // the host shows the prompt itself
    Root rs(vm, s);
    std::string line;
    if (!vm.input_hook(vm, s.is_null() ? std::string_view() : as_str(s)->view(), line))
      return raise(vm, vm.EOFError, "EOF when reading a line");
    return new_str(vm, line);
  }
  if (nargs) write_stdout(vm, as_str(s)->view());
  std::fflush(stdout);
  std::string line;
  int c;
  bool any = false;
  while ((c = std::fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') break;
    line += char(c);
  }
  if (!any) return raise(vm, vm.EOFError, "EOF when reading a line");
  return new_str(vm, line);
}
// Registry of native modules.
void register_native_module(VM& vm, const char* name, ModuleInit init) { vm.native_modules[name] = init; }
Value find_native_module(VM& vm, std::string_view name) {
  auto it = vm.native_modules.find(std::string(name));
  if (it == vm.native_modules.end()) return Value::null();
  return it->second(vm);
}

void init_builtins(VM& vm) {
  Value m = new_module(vm, vm.intern("builtins"));
  vm.builtins = m.as<Module>();
  (void)dict_set_str(vm, vm.builtins->dict, vm.s_doc,
                     new_str(vm, "Built-in functions, types, exceptions, and other objects."));
  static const MethodDef fns[] = {
      {"print", bi_print, 0, -1, kBuiltinKeywords},
      {"len", bi_len, 1, 1, 0},
      {"repr", bi_repr, 1, 1, 0},
      {"ascii", bi_ascii, 1, 1, 0},
      {"abs", bi_abs, 1, 1, 0},
      {"min", bi_min, 0, -1, kBuiltinKeywords},
      {"max", bi_max, 0, -1, kBuiltinKeywords},
      {"sum", bi_sum, 1, 2, kBuiltinKeywords},
      {"isinstance", bi_isinstance, 2, 2, 0},
      {"issubclass", bi_issubclass, 2, 2, 0},
      {"getattr", bi_getattr, 2, 3, 0},
      {"setattr", bi_setattr, 3, 3, 0},
      {"delattr", bi_delattr, 2, 2, 0},
      {"hasattr", bi_hasattr, 2, 2, 0},
      {"iter", bi_iter, 1, 2, 0},
      {"next", bi_next, 1, 2, 0},
      {"sorted", bi_sorted, 0, -1, kBuiltinKeywords},
      {"any", bi_any, 1, 1, 0},
      {"all", bi_all, 1, 1, 0},
      {"chr", bi_chr, 1, 1, 0},
      {"ord", bi_ord, 1, 1, 0},
      {"hex", bi_hex, 1, 1, 0},
      {"oct", bi_oct, 1, 1, 0},
      {"bin", bi_bin, 1, 1, 0},
      {"id", bi_id, 1, 1, 0},
      {"hash", bi_hash, 1, 1, 0},
      {"callable", bi_callable, 1, 1, 0},
      {"divmod", bi_divmod, 2, 2, 0},
      {"pow", bi_pow, 0, 3, kBuiltinKeywords},
      {"round", bi_round, 0, 2, kBuiltinKeywords},
      {"globals", bi_globals, 0, 0, 0},
      {"locals", bi_locals, 0, 0, 0},
      {"vars", bi_vars, 0, 1, 0},
      {"dir", bi_dir, 0, 1, 0},
      {"format", bi_format, 1, 2, 0},
      {"input", bi_input, 0, 1, 0},
  };
  add_functions(vm, vm.builtins, fns);
  Dict* d = vm.builtins->dict;
  struct { const char* name; Type* t; } types[] = {
      {"object", vm.object_type}, {"type", vm.type_type}, {"int", vm.int_type}, {"bool", vm.bool_type},
      {"float", vm.float_type}, {"complex", vm.complex_type}, {"str", vm.str_type}, {"bytes", vm.bytes_type}, {"bytearray", vm.bytearray_type},
      {"tuple", vm.tuple_type}, {"list", vm.list_type}, {"dict", vm.dict_type}, {"set", vm.set_type},
      {"frozenset", vm.frozenset_type}, {"range", vm.range_type}, {"slice", vm.slice_type},
      {"property", vm.property_type}, {"classmethod", vm.classmethod_type}, {"staticmethod", vm.staticmethod_type},
      {"super", vm.super_type}, {"enumerate", vm.enumerate_type}, {"zip", vm.zip_type}, {"map", vm.map_type},
      {"filter", vm.filter_type}, {"reversed", vm.reversed_type},
  };
  for (auto& t : types) (void)dict_set_cstr(vm, d, t.name, Value::ptr(t.t));
#define X(field, name, base) (void)dict_set_cstr(vm, d, name, Value::ptr(vm.field));
  TAIPAN_EXCEPTIONS(X)
#undef X
  (void)dict_set_cstr(vm, d, "EnvironmentError", Value::ptr(vm.OSError));
  (void)dict_set_cstr(vm, d, "IOError", Value::ptr(vm.OSError));
  (void)dict_set_cstr(vm, d, "None", Value::none());
  (void)dict_set_cstr(vm, d, "True", Value::true_());
  (void)dict_set_cstr(vm, d, "False", Value::false_());
  (void)dict_set_cstr(vm, d, "NotImplemented", vm.not_implemented);
  (void)dict_set_cstr(vm, d, "Ellipsis", vm.ellipsis);
  (void)dict_set_cstr(vm, d, "__debug__", Value::true_());
  (void)dict_set_str(vm, vm.modules, vm.intern("builtins"), m);
  // __module__ of builtin types is "builtins"
  init_builtins_extra(vm);
}

}  // namespace taipan::runtime
