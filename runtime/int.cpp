// int: small ints are unboxed (value.h); larger values are Long objects holding a BigInt.
// This file holds the arithmetic core used by every tier and the int type's methods.
#include <cmath>

#include "runtime/numbers.h"

namespace taipan::runtime {

bool is_number(VM& vm, Value v) {
  if (v.is_small() || v.is_double() || v.is_bool()) return true;
  if (!v.is_ptr()) return false;
  Layout l = v.as_ptr()->type->layout;
  if (l == Layout::Long) return true;
  if (l == Layout::Instance) {
    Value b = v.as<Instance>()->base_value;
    return !b.is_null() && (b.is_small() || b.is_double() || b.is_bool() || is_layout(b, Layout::Long));
  }
  return false;
}

Value number_value(VM& vm, Value v) {
  if (v.is_ptr() && v.as_ptr()->type->layout == Layout::Instance) {
    Value b = v.as<Instance>()->base_value;
    if (!b.is_null()) return b;
  }
  return v;
}

static Value float_op(VM& vm, double x, double y, BinOp op) {
  switch (op) {
    case BinOp::Add: return Value::from_double(x + y);
    case BinOp::Sub: return Value::from_double(x - y);
    case BinOp::Mul: return Value::from_double(x * y);
    case BinOp::TrueDiv:
      if (y == 0.0) return raise(vm, vm.ZeroDivisionError, "float division by zero");
      return Value::from_double(x / y);
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y == 0.0)
        return raise(vm, vm.ZeroDivisionError, op == BinOp::Mod ? "float modulo" : "float floor division by zero");
      double mod = std::fmod(x, y);
      double div = (x - mod) / y;
      if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
          mod += y;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, y);
      }
      if (op == BinOp::Mod) return Value::from_double(mod);
      double floordiv;
      if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, x / y);
      }
      return Value::from_double(floordiv);
    }
    case BinOp::Pow: {
      if (y == 0.0) return Value::from_double(1.0);
      if (std::isnan(x)) return Value::from_double(x);
      if (x == 0.0 && y < 0.0 && std::isfinite(y))
        return raise(vm, vm.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && std::floor(y) != y)
        return complex_pow_reals(vm, x, y);  // a negative base to a fractional power
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return raise(vm, vm.OverflowError, "(34, 'Numerical result out of range')");
      return Value::from_double(r);
    }
    default:
      return vm.not_implemented;
  }
}

static Value big_result(VM& vm, const BigInt& b) { return new_int(vm, b); }

// Before computing a result that can be far bigger than its operands (products, powers,
// left shifts): MemoryError unless `bits` fit under the heap cap and in the machine's memory,
// twice over (the result is built in a temporary and then copied into its Long).
static bool room_for_bits(VM& vm, double bits) {
  double bytes = bits / 4 + 64;
  if (bytes < double(1 << 20)) return true;  // small results: the heap allocation checks them
  if (bytes >= 1e18 || bytes >= double(SIZE_MAX) || !vm.heap.has_room(size_t(bytes))) {  // size_t: 32 bits in wasm32
    raise_no_memory(vm);
    return false;
  }
  return true;
}

static Value int_op(VM& vm, Value a, Value b, BinOp op) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.as_small(), y = b.as_small(), r;
    switch (op) {
      case BinOp::Add: return new_int(vm, x + y);
      case BinOp::Sub: return new_int(vm, x - y);
      case BinOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return new_int(vm, r);
        break;
      case BinOp::FloorDiv:
      case BinOp::Mod: {
        if (y == 0)
          return raise(vm, vm.ZeroDivisionError, op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) { q -= 1; m += y; }
        return new_int(vm, op == BinOp::Mod ? m : q);
      }
      case BinOp::TrueDiv:
        if (y == 0) return raise(vm, vm.ZeroDivisionError, "division by zero");
        return Value::from_double(double(x) / double(y));
      case BinOp::And: return Value::small(x & y);
      case BinOp::Or: return Value::small(x | y);
      case BinOp::Xor: return Value::small(x ^ y);
      case BinOp::LShift:
        if (y < 0) return raise(vm, vm.ValueError, "negative shift count");
        if (x == 0) return Value::small(0);
        if (y < 16 && Value::fits_small(x << y) && ((x << y) >> y) == x) return Value::small(x << y);
        break;
      case BinOp::RShift:
        if (y < 0) return raise(vm, vm.ValueError, "negative shift count");
        return Value::small(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
      case BinOp::Pow:
        if (y < 0) break;
        {
          int64_t result = 1, base = x;
          int64_t e = y;
          bool overflow = false;
          while (e > 0) {
            if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
            e >>= 1;
            if (e > 0) overflow |= __builtin_mul_overflow(base, base, &base);
            if (overflow) break;
          }
          if (!overflow) return new_int(vm, result);
        }
        break;
      default:
        return vm.not_implemented;
    }
  }
  // Both operands fit in 64 bits: 128-bit intermediate results avoid BigInt temporaries.
  {
    auto fits = [](Value v, int64_t& out) {
      if (v.is_small()) { out = v.as_small(); return true; }
      const Long* l = v.as<Long>();
      if (!l->fits_i64()) return false;
      out = l->to_i64();
      return true;
    };
    int64_t x, y;
    if (fits(a, x) && fits(b, y)) {
      __int128 r;
      bool done = true;
      switch (op) {
        case BinOp::Add: r = __int128(x) + y; break;
        case BinOp::Sub: r = __int128(x) - y; break;
        case BinOp::Mul: r = __int128(x) * y; break;
        case BinOp::And: r = x & y; break;
        case BinOp::Or: r = x | y; break;
        case BinOp::Xor: r = x ^ y; break;
        case BinOp::RShift:
          if (y < 0) return raise(vm, vm.ValueError, "negative shift count");
          r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
          break;
        case BinOp::FloorDiv:
        case BinOp::Mod: {
          if (y == 0)
            return raise(vm, vm.ZeroDivisionError, op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
          __int128 q = __int128(x) / y, m = __int128(x) % y;
          if (m != 0 && ((m < 0) != (y < 0))) { q -= 1; m += y; }
          r = op == BinOp::Mod ? m : q;
          break;
        }
        default: done = false; break;
      }
      if (done) {
        if (r >= INT64_MIN && r <= INT64_MAX) return new_int(vm, int64_t(r));
        BigInt hi = BigInt::lshift(BigInt::from_i64(int64_t(r >> 64)), 64);
        return new_int(vm, BigInt::add(hi, BigInt::from_u64(uint64_t(r))));
      }
    }
  }
  BigInt x = to_bigint(a), y = to_bigint(b);
  switch (op) {
    case BinOp::Add: return big_result(vm, BigInt::add(x, y));
    case BinOp::Sub: return big_result(vm, BigInt::sub(x, y));
    case BinOp::Mul:
      if (!room_for_bits(vm, double(x.bit_length()) + double(y.bit_length()))) return Value::null();
      return big_result(vm, BigInt::mul(x, y));
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y.is_zero())
        return raise(vm, vm.ZeroDivisionError, op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      BigInt q, r;
      BigInt::divmod(x, y, q, r);
      return big_result(vm, op == BinOp::Mod ? r : q);
    }
    case BinOp::TrueDiv: {
      if (y.is_zero()) return raise(vm, vm.ZeroDivisionError, "division by zero");
      double d;
      if (!BigInt::true_divide(x, y, d))
        return raise(vm, vm.OverflowError, "integer division result too large for a float");
      return Value::from_double(d);
    }
    case BinOp::And: return big_result(vm, BigInt::bit_and(x, y));
    case BinOp::Or: return big_result(vm, BigInt::bit_or(x, y));
    case BinOp::Xor: return big_result(vm, BigInt::bit_xor(x, y));
    case BinOp::LShift: {
      if (y.is_neg()) return raise(vm, vm.ValueError, "negative shift count");
      if (x.is_zero()) return Value::small(0);
      if (!y.fits_i64()) return raise_no_memory(vm);
      if (!room_for_bits(vm, double(x.bit_length()) + double(y.to_i64()))) return Value::null();
      return big_result(vm, BigInt::lshift(x, uint64_t(y.to_i64())));
    }
    case BinOp::RShift: {
      if (y.is_neg()) return raise(vm, vm.ValueError, "negative shift count");
      if (!y.fits_i64()) return Value::small(x.is_neg() ? -1 : 0);
      return big_result(vm, BigInt::rshift(x, uint64_t(y.to_i64())));
    }
    case BinOp::Pow: {
      if (y.is_neg()) {
        double dx, dy;
        if (!x.to_double(dx) || !y.to_double(dy)) return raise(vm, vm.OverflowError, "int too large to convert to float");
        if (dx == 0.0) return raise(vm, vm.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_op(vm, dx, dy, BinOp::Pow);
      }
      if (!y.fits_i64()) {
        if (x.is_zero() || (x.fits_i64() && (x.to_i64() == 1))) return big_result(vm, x);
        if (x.fits_i64() && x.to_i64() == -1) return Value::small(y.mag[0] & 1 ? -1 : 1);
        return raise(vm, vm.MemoryError, "");
      }
      int64_t e = y.to_i64();
      if (!room_for_bits(vm, double(x.bit_length()) * double(e))) return Value::null();
      return big_result(vm, BigInt::pow(x, uint64_t(e)));
    }
    default:
      return vm.not_implemented;
  }
}

Value number_binop(VM& vm, Value a, Value b, BinOp op) {
  if (!is_number(vm, a) || !is_number(vm, b)) return vm.not_implemented;
  a = number_value(vm, a);
  b = number_value(vm, b);
  if (a.is_double() || b.is_double()) {
    if (op == BinOp::And || op == BinOp::Or || op == BinOp::Xor || op == BinOp::LShift ||
        op == BinOp::RShift || op == BinOp::MatMul)
      return vm.not_implemented;
    double x, y;
    if (a.is_double()) x = a.as_double();
    else if (failed(to_double(vm, a, x))) return Value::null();
    if (b.is_double()) y = b.as_double();
    else if (failed(to_double(vm, b, y))) return Value::null();
    return float_op(vm, x, y, op);
  }
  if (a.is_bool() && b.is_bool() && (op == BinOp::And || op == BinOp::Or || op == BinOp::Xor)) {
    bool x = a.is_true(), y = b.is_true();
    return Value::boolean(op == BinOp::And ? (x && y) : op == BinOp::Or ? (x || y) : (x != y));
  }
  if (a.is_bool()) a = Value::small(a.is_true());
  if (b.is_bool()) b = Value::small(b.is_true());
  return int_op(vm, a, b, op);
}

static int cmp_int_double(const BigInt& i, double d) {
  // returns sign of (i - d); d finite
  double t = std::trunc(d);
  BigInt bt;
  BigInt::from_double(t, bt);
  int c = BigInt::compare(i, bt);
  if (c != 0) return c;
  double frac = d - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

Value number_compare(VM& vm, Value a, Value b, CmpOp op) {
  if (!is_number(vm, a) || !is_number(vm, b)) return vm.not_implemented;
  a = number_value(vm, a);
  b = number_value(vm, b);
  if (a.is_bool()) a = Value::small(a.is_true());
  if (b.is_bool()) b = Value::small(b.is_true());
  int c;
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    if (std::isnan(x) || std::isnan(y)) return Value::boolean(op == CmpOp::Ne);
    c = x < y ? -1 : x > y;
  } else if (a.is_double() || b.is_double()) {
    bool swap = b.is_double() == false;  // make `b` the double
    Value iv = swap ? b : a;
    double d = swap ? a.as_double() : b.as_double();
    if (std::isnan(d)) return Value::boolean(op == CmpOp::Ne);
    if (std::isinf(d)) c = d > 0 ? -1 : 1;
    else if (iv.is_small()) {
      double x = double(iv.as_small());
      c = x < d ? -1 : x > d;
    } else {
      c = cmp_int_double(to_bigint(iv), d);
    }
    if (swap) c = -c;
  } else if (a.is_small() && b.is_small()) {
    int64_t x = a.as_small(), y = b.as_small();
    c = x < y ? -1 : x > y;
  } else {
    c = BigInt::compare(to_bigint(a), to_bigint(b));
  }
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    case CmpOp::Ge: return Value::boolean(c >= 0);
  }
  return Value::null();
}

Value int_powmod(VM& vm, Value a, Value b, Value m) {
  if (!is_int(vm, number_value(vm, a)) || !is_int(vm, number_value(vm, b)) || !is_int(vm, number_value(vm, m)))
    return raise(vm, vm.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  BigInt x = to_bigint(number_value(vm, a)), e = to_bigint(number_value(vm, b)), md = to_bigint(number_value(vm, m));
  if (md.is_zero()) return raise(vm, vm.ValueError, "pow() 3rd argument cannot be 0");
  if (e.is_neg()) {
    BigInt inv;
    if (!BigInt::modinv(x, md, inv)) return raise(vm, vm.ValueError, "base is not invertible for the given modulus");
    x = inv;
    e = BigInt::negate(e);
  }
  return new_int(vm, BigInt::powmod(x, e, md));
}

// ---------- int type methods ----------

static Value int_self(VM& vm, Value self) { return number_value(vm, self); }

#define BINOP_METHODS(n, sym, d, r, i)                                                    \
  static Value int_##n(VM& vm, Value self, Value* args, size_t, Tuple*) {                \
    Value o = number_value(vm, args[0]);                                                  \
    if (o.is_double() || !is_number(vm, o)) return vm.not_implemented;                   \
    return number_binop(vm, int_self(vm, self), o, BinOp::n);                             \
  }                                                                                       \
  static Value int_r##n(VM& vm, Value self, Value* args, size_t, Tuple*) {               \
    Value o = number_value(vm, args[0]);                                                  \
    if (o.is_double() || !is_number(vm, o)) return vm.not_implemented;                   \
    return number_binop(vm, o, int_self(vm, self), BinOp::n);                             \
  }                                                                                       \
  static Value float_##n(VM& vm, Value self, Value* args, size_t, Tuple*) {              \
    Value o = number_value(vm, args[0]);                                                  \
    if (!is_number(vm, o)) return vm.not_implemented;                                     \
    double x, y;                                                                          \
    if (failed(to_double(vm, number_value(vm, self), x)) || failed(to_double(vm, o, y))) \
      return Value::null();                                                               \
    return number_binop(vm, Value::from_double(x), Value::from_double(y), BinOp::n);      \
  }                                                                                       \
  static Value float_r##n(VM& vm, Value self, Value* args, size_t, Tuple*) {             \
    Value o = number_value(vm, args[0]);                                                  \
    if (!is_number(vm, o)) return vm.not_implemented;                                     \
    double x, y;                                                                          \
    if (failed(to_double(vm, number_value(vm, self), x)) || failed(to_double(vm, o, y))) \
      return Value::null();                                                               \
    return number_binop(vm, Value::from_double(y), Value::from_double(x), BinOp::n);      \
  }
TAIPAN_BINOPS(BINOP_METHODS)
#undef BINOP_METHODS

#define CMP_METHOD(name, op)                                                              \
  static Value num_##name(VM& vm, Value self, Value* args, size_t, Tuple*) {             \
    return number_compare(vm, number_value(vm, self), number_value(vm, args[0]), CmpOp::op); \
  }
CMP_METHOD(lt, Lt) CMP_METHOD(le, Le) CMP_METHOD(eq, Eq) CMP_METHOD(ne, Ne) CMP_METHOD(gt, Gt) CMP_METHOD(ge, Ge)
#undef CMP_METHOD

static Value num_neg(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_bool()) v = Value::small(v.is_true());
  if (v.is_ptr()) return new_int(vm, BigInt::negate(v.as<Long>()->value()));
  return unary_neg(vm, v);
}
static Value num_pos(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_bool()) return Value::small(v.is_true());
  return v;
}
static Value num_abs(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_bool()) v = Value::small(v.is_true());
  if (v.is_small()) return new_int(vm, v.as_small() < 0 ? -v.as_small() : v.as_small());
  if (v.is_double()) return Value::from_double(std::fabs(v.as_double()));
  return new_int(vm, BigInt::abs(v.as<Long>()->value()));
}
static Value int_invert(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_bool()) v = Value::small(v.is_true());
  if (v.is_small()) return Value::small(~v.as_small());
  return new_int(vm, BigInt::invert(v.as<Long>()->value()));
}
static Value num_bool(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_double()) return Value::boolean(v.as_double() != 0.0);
  if (v.is_bool()) return v;
  if (v.is_small()) return Value::boolean(v.as_small() != 0);
  return Value::boolean(!v.as<Long>()->is_zero());
}
static Value num_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t h;
  if (failed(hash(vm, number_value(vm, self), h))) return Value::null();
  return new_int(vm, h);
}
static Value int_repr_m(VM& vm, Value self, Value*, size_t, Tuple*) { return int_repr(vm, number_value(vm, self)); }
static Value bool_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return str(vm, self); }
static Value float_repr_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_str(vm, float_repr(number_value(vm, self).as_double()));
}
static Value num_int(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = number_value(vm, self);
  if (v.is_bool()) return Value::small(v.is_true());
  if (v.is_double()) {
    double d = v.as_double();
    if (std::isnan(d)) return raise(vm, vm.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(vm, vm.OverflowError, "cannot convert float infinity to integer");
    BigInt b;
    BigInt::from_double(d, b);
    return new_int(vm, b);
  }
  return v;
}
static Value num_float(VM& vm, Value self, Value*, size_t, Tuple*) {
  double d;
  if (failed(to_double(vm, number_value(vm, self), d))) return Value::null();
  return Value::from_double(d);
}

Value int_repr(VM& vm, Value v) {
  if (v.is_small()) return str(vm, v);
  if (v.is_bool()) return str(vm, Value::small(v.is_true()));
  BigInt b = v.as<Long>()->value();
  // The estimate is the number of digits or one more: only its edge case needs the digits.
  size_t estimate = b.decimal_digits_estimate();
  std::string s = estimate > 4300 + 1 ? std::string() : b.to_string(10);
  if (estimate > 4300 + 1 || s.size() - (b.is_neg() ? 1 : 0) > 4300)
    return raise(vm, vm.ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  return new_str(vm, s);
}

Value int_from_str(VM& vm, std::string_view s, int base) {
  BigInt b;
  std::string_view t = s;
  while (!t.empty() && (t.front() == ' ' || (t.front() >= '\t' && t.front() <= '\r'))) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || (t.back() >= '\t' && t.back() <= '\r'))) t.remove_suffix(1);
  if (base == 10 && t.size() > 4300 + 1) {
    size_t digits = 0;
    for (char c : t) digits += (c >= '0' && c <= '9');
    if (digits > 4300)
      return raise(vm, vm.ValueError,
                   "Exceeds the limit (4300 digits) for integer string conversion: value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                   digits);
  }
  if (!BigInt::parse(s, base, b)) {
    Value sv = new_str(vm, s);
    if (sv.is_null()) return sv;
    return raise(vm, vm.ValueError, "invalid literal for int() with base %d: %R", base, sv);
  }
  return new_int(vm, b);
}

void init_int(VM& vm) {
  static const MethodDef int_methods[] = {
#define X(n, sym, d, r, i) {d, int_##n, 1, 1, 0}, {r, int_r##n, 1, 1, 0},
      TAIPAN_BINOPS(X)
#undef X
      {"__lt__", num_lt, 1, 1, 0}, {"__le__", num_le, 1, 1, 0}, {"__eq__", num_eq, 1, 1, 0},
      {"__ne__", num_ne, 1, 1, 0}, {"__gt__", num_gt, 1, 1, 0}, {"__ge__", num_ge, 1, 1, 0},
      {"__neg__", num_neg, 0, 0, 0}, {"__pos__", num_pos, 0, 0, 0}, {"__abs__", num_abs, 0, 0, 0},
      {"__invert__", int_invert, 0, 0, 0}, {"__bool__", num_bool, 0, 0, 0}, {"__hash__", num_hash, 0, 0, 0},
      {"__repr__", int_repr_m, 0, 0, 0}, {"__int__", num_int, 0, 0, 0}, {"__index__", num_int, 0, 0, 0},
      {"__float__", num_float, 0, 0, 0},
  };
  add_methods(vm, vm.int_type, int_methods);
  static const MethodDef bool_methods[] = {{"__repr__", bool_repr, 0, 0, 0}};
  add_methods(vm, vm.bool_type, bool_methods);
  static const MethodDef float_methods[] = {
#define X(n, sym, d, r, i) {d, float_##n, 1, 1, 0}, {r, float_r##n, 1, 1, 0},
      TAIPAN_BINOPS(X)
#undef X
      {"__lt__", num_lt, 1, 1, 0}, {"__le__", num_le, 1, 1, 0}, {"__eq__", num_eq, 1, 1, 0},
      {"__ne__", num_ne, 1, 1, 0}, {"__gt__", num_gt, 1, 1, 0}, {"__ge__", num_ge, 1, 1, 0},
      {"__neg__", num_neg, 0, 0, 0}, {"__pos__", num_pos, 0, 0, 0}, {"__abs__", num_abs, 0, 0, 0},
      {"__bool__", num_bool, 0, 0, 0}, {"__hash__", num_hash, 0, 0, 0}, {"__repr__", float_repr_m, 0, 0, 0},
      {"__int__", num_int, 0, 0, 0}, {"__float__", num_float, 0, 0, 0},
  };
  add_methods(vm, vm.float_type, float_methods);
  // float's bitwise ops do not exist: remove them so reflected dispatch reports the right error.
  for (Str* n : {vm.binop_names[int(BinOp::And)][0], vm.binop_names[int(BinOp::Or)][0], vm.binop_names[int(BinOp::Xor)][0],
                 vm.binop_names[int(BinOp::LShift)][0], vm.binop_names[int(BinOp::RShift)][0], vm.binop_names[int(BinOp::MatMul)][0],
                 vm.binop_names[int(BinOp::And)][1], vm.binop_names[int(BinOp::Or)][1], vm.binop_names[int(BinOp::Xor)][1],
                 vm.binop_names[int(BinOp::LShift)][1], vm.binop_names[int(BinOp::RShift)][1], vm.binop_names[int(BinOp::MatMul)][1]}) {
    (void)dict_del(vm, vm.float_type->dict, Value::ptr(n));
  }
  (void)dict_del(vm, vm.int_type->dict, Value::ptr(vm.binop_names[int(BinOp::MatMul)][0]));
  (void)dict_del(vm, vm.int_type->dict, Value::ptr(vm.binop_names[int(BinOp::MatMul)][1]));
  init_int_extra(vm);
}

}  // namespace taipan::runtime
