// Construction and methods of int, bool and float beyond the arithmetic core in int.cpp.
#include <cmath>
#include <cstring>

#include "runtime/numbers.h"
#include "runtime/str.h"

namespace taipan::runtime {

// int() and float() accept any Unicode decimal digit (e.g. Arabic-Indic), like CPython.
static std::string ascii_digits(std::string_view s) {
  bool plain = true;
  for (char c : s)
    if (uint8_t(c) >= 0x80) { plain = false; break; }
  if (plain) return std::string(s);
  std::string out;
  const char* p = s.data();
  const char* end = s.data() + s.size();
  while (p < end) {
    uint32_t cp = utf8_decode(p);
    int d = cp >= 0x80 ? unicode_decimal(cp) : -1;
    if (d >= 0) out += char('0' + d);
    else if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
             cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x85)
      out += ' ';
    else utf8_append(out, cp);
  }
  return out;
}

// ---------- int(x=0) / int(x, base) ----------
// int() of the bytes of a bytes-like object: the ValueError shows them as b'...' (CPython
// formats the data of bytes, bytearray and buffers alike with the bytes repr).
static Value int_from_byte_data(VM& vm, std::string_view data, int base) {
  BigInt parsed;
  if (!BigInt::parse(data, base, parsed))
    return raise(vm, vm.ValueError, "invalid literal for int() with base %d: %s", base, bytes_repr_body(data).c_str());
  return int_from_str(vm, data, base);
}

static Value int_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"", "base"};
  Value a[2];
  if (failed(parse_args(vm, "int", args, nargs, kwnames, names, 2, 0, a, 1))) return Value::null();
  Value x = a[0], base = a[1];
  if (x.is_null()) {
    if (!base.is_null()) return raise(vm, vm.TypeError, "int() missing string argument");
    return Value::small(0);
  }
  if (!base.is_null()) {
    int64_t b;
    if (failed(index_i64(vm, base, b))) return Value::null();
    if ((b != 0 && b < 2) || b > 36) return raise(vm, vm.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) {
      std::string t = ascii_digits(as_str(x)->view());
      BigInt parsed;
      if (t != as_str(x)->view() && BigInt::parse(t, int(b), parsed)) return new_int(vm, parsed);
      return int_from_str(vm, as_str(x)->view(), int(b));
    }
    if (is_layout(x, Layout::Bytes)) return int_from_byte_data(vm, x.as<Bytes>()->view(), int(b));
    if (is_layout(x, Layout::ByteArray)) return int_from_byte_data(vm, std::string_view(x.as<ByteArray>()->data, x.as<ByteArray>()->size), int(b));
    return raise(vm, vm.TypeError, "int() can't convert non-string with explicit base");
  }
  x = number_value(vm, x);
  if (x.is_small()) return x;
  if (x.is_bool()) return Value::small(x.is_true());
  if (is_exact(x, vm.int_type)) return x;
  if (x.is_double()) {
    double d = x.as_double();
    if (std::isnan(d)) return raise(vm, vm.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(vm, vm.OverflowError, "cannot convert float infinity to integer");
    if (std::fabs(d) < 9.0e15) return new_int(vm, int64_t(d));
    BigInt b;
    BigInt::from_double(d, b);
    return new_int(vm, b);
  }
  if (is_layout(x, Layout::Long)) return new_int(vm, x.as<Long>()->value());
  if (is_str(x)) {
    std::string t = ascii_digits(as_str(x)->view());
    BigInt parsed;
    if (t != as_str(x)->view() && BigInt::parse(t, 10, parsed)) return new_int(vm, parsed);
    return int_from_str(vm, as_str(x)->view(), 10);
  }
  if (is_layout(x, Layout::Bytes)) return int_from_byte_data(vm, x.as<Bytes>()->view(), 10);
  if (is_layout(x, Layout::ByteArray)) return int_from_byte_data(vm, std::string_view(x.as<ByteArray>()->data, x.as<ByteArray>()->size), 10);
  Root rx(vm, x);
  for (Str* n : {vm.s_int, vm.s_index, vm.s_trunc}) {
    Value f = lookup_special(vm, x, n);
    if (f.is_null()) {
      if (!vm.exc.is_null()) return f;
      continue;
    }
    Root rf(vm, f);
    Value r = call0(vm, f);
    if (r.is_null()) return r;
    if (!is_int(vm, r)) {
      if (n == vm.s_trunc) {
        Root rr(vm, r);
        Value idx = lookup_special(vm, r, vm.s_index);
        if (!idx.is_null()) return call0(vm, idx);
      }
      return raise(vm, vm.TypeError, "__%s__ returned non-int (type %s)", n == vm.s_int ? "int" : n == vm.s_index ? "index" : "trunc",
                   type_name(vm, r));
    }
    if (r.is_bool()) return Value::small(r.is_true());
    return r;
  }
  if (is_memoryview(x)) {
    std::string data;
    if (failed(memoryview_to_bytes(vm, x, data))) return Value::null();
    return int_from_byte_data(vm, data, 10);
  }
  return raise(vm, vm.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_name(vm, x));
}

static Value bool_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) return Value::false_();
  int t = truthy(vm, args[0]);
  if (t < 0) return Value::null();
  return Value::boolean(t);
}

static Value float_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) return Value::from_double(0.0);
  Value x = number_value(vm, args[0]);
  if (x.is_double()) return x;
  if (is_str(x) || is_layout(x, Layout::Bytes) || is_layout(x, Layout::ByteArray)) {
    std::string_view s = is_str(x) ? as_str(x)->view()
                         : is_layout(x, Layout::Bytes) ? x.as<Bytes>()->view()
                                                       : std::string_view(x.as<ByteArray>()->data, x.as<ByteArray>()->size);
    double d;
    std::string t = is_str(x) ? ascii_digits(s) : std::string(s);
    if (!parse_float(t, d)) {
      Root rx(vm, x);
      return raise(vm, vm.ValueError, "could not convert string to float: %R", x);
    }
    return Value::from_double(d);
  }
  double d;
  if (is_memoryview(x) && !is_number(vm, x)) {
    std::string data;
    if (failed(memoryview_to_bytes(vm, x, data))) return Value::null();
    if (!parse_float(data, d)) {
      Root rx(vm, x);
      return raise(vm, vm.ValueError, "could not convert string to float: %R", x);
    }
    return Value::from_double(d);
  }
  if (failed(to_double(vm, x, d))) {
    if (exc_matches(vm, vm.TypeError) && !is_number(vm, x)) {
      clear_exc(vm);
      return raise(vm, vm.TypeError, "float() argument must be a string or a real number, not '%s'", type_name(vm, x));
    }
    return Value::null();
  }
  return Value::from_double(d);
}

// ---------- int methods ----------
static Value int_bit_length(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_small()) {
    int64_t x = v.as_small();
    uint64_t u = x < 0 ? uint64_t(-x) : uint64_t(x);
    return Value::small(u ? 64 - __builtin_clzll(u) : 0);
  }
  return new_int_u64(vm, to_bigint(v).bit_length());
}
static Value int_bit_count(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_int_u64(vm, to_bigint(number_value(vm, self)).bit_count());
}
static Value int_round(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_bool()) v = Value::small(v.is_true());
  if (nargs == 0 || args[0].is_none()) return v;
  int64_t nd;
  if (failed(index_i64(vm, args[0], nd))) return Value::null();
  if (nd >= 0) return v;
  // Round to 10**-nd with ties to even.
  BigInt x = to_bigint(v);
  BigInt p = BigInt::pow(BigInt::from_i64(10), uint64_t(-nd));
  BigInt q, r;
  BigInt::divmod(x, p, q, r);
  BigInt twice = BigInt::lshift(r, 1);
  int c = BigInt::compare(twice, p);
  if (c > 0 || (c == 0 && !q.mag.empty() && (q.mag[0] & 1))) q = BigInt::add(q, BigInt::from_i64(1));
  return new_int(vm, BigInt::mul(q, p));
}
static Value int_self_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  return v.is_bool() ? Value::small(v.is_true()) : v;
}
static Value int_zero(VM& vm, Value, Value*, size_t, Tuple*) { return Value::small(0); }
static Value int_one(VM& vm, Value, Value*, size_t, Tuple*) { return Value::small(1); }
static Value int_format(VM& vm, Value self, Value* args, size_t, Tuple*) { return format_value(vm, number_value(vm, self), args[0]); }
static Value int_as_ratio(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value items[2] = {int_self_m(vm, self, nullptr, 0, nullptr), Value::small(1)};
  return new_tuple_from(vm, items, 2);
}
static Value int_to_bytes(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"length", "byteorder", "signed"};
  Value a[3];
  if (failed(parse_args(vm, "to_bytes", args, nargs, kwnames, names, 3, 0, a))) return Value::null();
  int64_t len = 1;
  if (!a[0].is_null() && failed(index_i64(vm, a[0], len))) return Value::null();
  if (len < 0) return raise(vm, vm.ValueError, "length argument must be non-negative");
  bool little = false;
  if (!a[1].is_null()) {
    if (!is_str(a[1])) return raise(vm, vm.TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(vm, a[1]));
    std::string_view bo = as_str(a[1])->view();
    if (bo == "little") little = true;
    else if (bo != "big") return raise(vm, vm.ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool sgn = !a[2].is_null() && truthy(vm, a[2]) == 1;
  std::string out;
  BigInt b = to_bigint(number_value(vm, self));
  if (!sgn && b.is_neg()) return raise(vm, vm.OverflowError, "can't convert negative int to unsigned");
  if (!b.to_bytes(size_t(len), little, sgn, out)) return raise(vm, vm.OverflowError, "int too big to convert");
  return new_bytes(vm, out);
}
static Value int_from_bytes(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"bytes", "byteorder", "signed"};
  Value a[3];
  if (failed(parse_args(vm, "from_bytes", args, nargs, kwnames, names, 3, 1, a))) return Value::null();
  std::string data;
  Value src = a[0];
  if (is_layout(src, Layout::Bytes)) data = std::string(src.as<Bytes>()->view());
  else if (is_layout(src, Layout::ByteArray)) data.assign(src.as<ByteArray>()->data, src.as<ByteArray>()->size);
  else if (str_unwrap(src)) return raise(vm, vm.TypeError, "cannot convert '%s' object to bytes", type_name(vm, src));
  else if (failed(bytes_from_object(vm, src, data, "bytes"))) return Value::null();  // PyBytes_FromObject
  bool little = false;
  if (!a[1].is_null()) {
    if (!is_str(a[1])) return raise(vm, vm.TypeError, "from_bytes() argument 'byteorder' must be str, not %s", type_name(vm, a[1]));
    std::string_view bo = as_str(a[1])->view();
    if (bo == "little") little = true;
    else if (bo != "big") return raise(vm, vm.ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool sgn = !a[2].is_null() && truthy(vm, a[2]) == 1;
  Value r = new_int(vm, BigInt::from_bytes(data, little, sgn));
  if (r.is_null() || self == Value::ptr(vm.int_type) || !is_layout(self, Layout::Type)) return r;
  return call1(vm, self, r);
}

// ---------- float methods ----------
static double fself(VM& vm, Value self) { return number_value(vm, self).as_double(); }
static Value float_is_integer(VM& vm, Value self, Value*, size_t, Tuple*) {
  double d = fself(vm, self);
  return Value::boolean(std::isfinite(d) && std::floor(d) == d);
}
static Value float_to_int(VM& vm, double d) {
  if (std::isnan(d)) return raise(vm, vm.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(vm, vm.OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(d) < 9.0e15) return new_int(vm, int64_t(d));
  BigInt b;
  BigInt::from_double(d, b);
  return new_int(vm, b);
}
static Value float_trunc(VM& vm, Value self, Value*, size_t, Tuple*) { return float_to_int(vm, std::trunc(fself(vm, self))); }
static Value float_floor(VM& vm, Value self, Value*, size_t, Tuple*) { return float_to_int(vm, std::floor(fself(vm, self))); }
static Value float_ceil(VM& vm, Value self, Value*, size_t, Tuple*) { return float_to_int(vm, std::ceil(fself(vm, self))); }
static Value float_round(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  double d = fself(vm, self);
  if (nargs == 0 || args[0].is_none()) {
    double r = std::nearbyint(d);  // ties to even under the default rounding mode
    return float_to_int(vm, r);
  }
  int64_t nd;
  if (failed(index_i64(vm, args[0], nd))) return Value::null();
  if (!std::isfinite(d) || d == 0.0) return Value::from_double(d);
  double out;
  if (!round_float(d, nd, out)) return raise(vm, vm.OverflowError, "rounded value too large to represent");
  return Value::from_double(out);
}
static Value float_format_m(VM& vm, Value self, Value* args, size_t, Tuple*) { return format_value(vm, number_value(vm, self), args[0]); }
static Value float_hex_m(VM& vm, Value self, Value*, size_t, Tuple*) { return new_str(vm, float_hex(fself(vm, self))); }
static Value float_fromhex_m(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "fromhex() argument must be str, not %s", type_name(vm, args[0]));
  double d;
  std::string err;
  if (!float_fromhex(as_str(args[0])->view(), d, err))
    return raise(vm, numfmt_error_kind(err) == NumfmtError::OverflowError ? vm.OverflowError : vm.ValueError, "%s", err.c_str());
  // A subclass gets cls(result), as CPython's float.fromhex does.
  if (is_layout(self, Layout::Type) && self.as<Type>() != vm.float_type)
    return call1(vm, self, Value::from_double(d));
  return Value::from_double(d);
}
static Value float_as_ratio(VM& vm, Value self, Value*, size_t, Tuple*) {
  double d = fself(vm, self);
  if (std::isinf(d)) return raise(vm, vm.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(vm, vm.ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  BigInt num;
  BigInt::from_double(m, num);
  BigInt den = BigInt::from_i64(1);
  if (e > 0) num = BigInt::lshift(num, uint64_t(e));
  else den = BigInt::lshift(den, uint64_t(-e));
  Value n = new_int(vm, num);
  if (n.is_null()) return n;
  Root rn(vm, n);
  Value dd = new_int(vm, den);
  if (dd.is_null()) return dd;
  Value items[2] = {n, dd};
  return new_tuple_from(vm, items, 2);
}
static Value float_self(VM& vm, Value self, Value*, size_t, Tuple*) { return number_value(vm, self); }
static Value float_zero(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(0.0); }

void init_float(VM& vm) {
  static const MethodDef float_methods[] = {
      {"is_integer", float_is_integer, 0, 0, 0}, {"__trunc__", float_trunc, 0, 0, 0},
      {"__floor__", float_floor, 0, 0, 0},       {"__ceil__", float_ceil, 0, 0, 0},
      {"__round__", float_round, 0, 1, 0},       {"__format__", float_format_m, 1, 1, 0},
      {"hex", float_hex_m, 0, 0, 0},             {"fromhex", float_fromhex_m, 1, 1, kBuiltinClassMethod},
      {"as_integer_ratio", float_as_ratio, 0, 0, 0}, {"conjugate", float_self, 0, 0, 0},
  };
  add_methods(vm, vm.float_type, float_methods);
  add_getter(vm, vm.float_type, "real", float_self);
  add_getter(vm, vm.float_type, "imag", float_zero);
  vm.float_type->native_new = new_builtin(vm, "float", float_new, Value::null(), 0, 1, 0);
  vm.float_type->native_new.as<Builtin>()->owner = vm.float_type;
}

void init_int_extra(VM& vm) {
  static const MethodDef int_methods[] = {
      {"bit_length", int_bit_length, 0, 0, 0},   {"bit_count", int_bit_count, 0, 0, 0},
      {"__round__", int_round, 0, 1, 0},         {"__trunc__", int_self_m, 0, 0, 0},
      {"__floor__", int_self_m, 0, 0, 0},        {"__ceil__", int_self_m, 0, 0, 0},
      {"__format__", int_format, 1, 1, 0},       {"conjugate", int_self_m, 0, 0, 0},
      {"as_integer_ratio", int_as_ratio, 0, 0, 0},
      {"to_bytes", int_to_bytes, 0, 3, kBuiltinKeywords},
      {"from_bytes", int_from_bytes, 1, 3, kBuiltinKeywords | kBuiltinClassMethod},
  };
  add_methods(vm, vm.int_type, int_methods);
  add_getter(vm, vm.int_type, "real", int_self_m);
  add_getter(vm, vm.int_type, "imag", int_zero);
  add_getter(vm, vm.int_type, "numerator", int_self_m);
  add_getter(vm, vm.int_type, "denominator", int_one);
  vm.int_type->native_new = new_builtin(vm, "int", int_new, Value::null(), 0, 2, kBuiltinKeywords);
  vm.int_type->native_new.as<Builtin>()->owner = vm.int_type;
  vm.bool_type->native_new = new_builtin(vm, "bool", bool_new, Value::null(), 0, 1, 0);
  vm.bool_type->native_new.as<Builtin>()->owner = vm.bool_type;
  vm.bool_type->tflags &= ~kTypeBaseType;
}

}  // namespace taipan::runtime
