// The math module (natively; CPython's own is in C).
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/numbers.h"

namespace taipan::runtime {

static Status arg_double(VM& vm, Value v, double& out) {
  if (v.is_double()) { out = v.as_double(); return Status::Ok; }
  return to_double(vm, v, out);
}

static Value math_result(VM& vm, double r, double x, bool can_overflow = true) {
  if (std::isnan(r) && !std::isnan(x)) return raise(vm, vm.ValueError, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) return raise(vm, vm.OverflowError, "math range error");
    return raise(vm, vm.ValueError, "math domain error");
  }
  return Value::from_double(r);
}

#define MATH_FUNC1(name, expr, overflow)                                  \
  static Value m_##name(VM& vm, Value, Value* args, size_t, Tuple*) {   \
    double x;                                                             \
    if (failed(arg_double(vm, args[0], x))) return Value::null();         \
    return math_result(vm, expr, x, overflow);                            \
  }
MATH_FUNC1(sin, std::sin(x), false)
MATH_FUNC1(cos, std::cos(x), false)
MATH_FUNC1(tan, std::tan(x), false)
MATH_FUNC1(asin, std::asin(x), false)
MATH_FUNC1(acos, std::acos(x), false)
MATH_FUNC1(atan, std::atan(x), false)
MATH_FUNC1(sinh, std::sinh(x), true)
MATH_FUNC1(cosh, std::cosh(x), true)
MATH_FUNC1(tanh, std::tanh(x), true)
MATH_FUNC1(asinh, std::asinh(x), true)
MATH_FUNC1(acosh, std::acosh(x), false)
MATH_FUNC1(exp, std::exp(x), true)
MATH_FUNC1(exp2, std::exp2(x), true)
MATH_FUNC1(expm1, std::expm1(x), true)
MATH_FUNC1(log1p, x <= -1.0 ? NAN : std::log1p(x), false)
MATH_FUNC1(fabs, std::fabs(x), false)
MATH_FUNC1(erf, std::erf(x), false)
MATH_FUNC1(erfc, std::erfc(x), false)
MATH_FUNC1(gamma, (x <= 0 && std::floor(x) == x) ? NAN : std::tgamma(x), true)
MATH_FUNC1(lgamma, (x <= 0 && std::floor(x) == x) ? INFINITY : std::lgamma(x), true)
MATH_FUNC1(degrees, x * (180.0 / M_PI), true)
MATH_FUNC1(radians, x * (M_PI / 180.0), true)
MATH_FUNC1(cbrt, std::cbrt(x), false)
#undef MATH_FUNC1

static Value m_atanh(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  if (x >= 1.0 || x <= -1.0) return raise(vm, vm.ValueError, "math domain error");
  return Value::from_double(std::atanh(x));
}

static Value m_sqrt(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  if (x < 0) return raise(vm, vm.ValueError, "math domain error");
  return Value::from_double(std::sqrt(x));
}

// log of an int of any size, with `fn` (log, log2 or log10) as CPython's loghelper: an int
// that converts to a double is converted; a larger one is m * 2**e, so fn(m) + e * fn(2).
static Status log_of(VM& vm, Value v, double& out, double (*fn)(double) = [](double v) { return std::log(v); }) {
  if (is_int(vm, v) && !v.is_small() && !v.is_bool()) {
    BigInt b = to_bigint(v);
    if (b.is_neg() || b.is_zero()) {
      raise(vm, vm.ValueError, "math domain error");
      return Status::Error;
    }
    double d;
    if (b.to_double(d)) { out = fn(d); return Status::Ok; }
    size_t bits = b.bit_length();
    size_t shift = bits - 60;
    BigInt top = BigInt::rshift(b, shift);
    top.to_double(d);
    int e;
    double m = std::frexp(d, &e);  // b ~ m * 2**(e + shift), m in [0.5, 1)
    out = fn(m) + double(int64_t(shift) + e) * fn(2.0);
    return Status::Ok;
  }
  double x;
  if (failed(arg_double(vm, v, x))) return Status::Error;
  if (x <= 0 || std::isnan(x)) {
    if (std::isnan(x)) { out = x; return Status::Ok; }
    raise(vm, vm.ValueError, "math domain error");
    return Status::Error;
  }
  out = fn(x);
  return Status::Ok;
}

static Value m_log(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  double num;
  if (failed(log_of(vm, args[0], num))) return Value::null();
  if (nargs == 2) {
    double den;
    if (failed(log_of(vm, args[1], den))) return Value::null();
    if (den == 0.0) return raise(vm, vm.ZeroDivisionError, "float division by zero");
    return Value::from_double(num / den);
  }
  return Value::from_double(num);
}
static Value m_log2(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (is_int(vm, args[0]) && args[0].is_small() && args[0].as_small() > 0) return Value::from_double(std::log2(double(args[0].as_small())));
  double x;
  if (args[0].is_double()) {
    x = args[0].as_double();
    if (x <= 0) return raise(vm, vm.ValueError, "math domain error");
    return Value::from_double(std::log2(x));
  }
  if (failed(log_of(vm, args[0], x, [](double v) { return std::log2(v); }))) return Value::null();
  return Value::from_double(x);
}
static Value m_log10(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (args[0].is_double() || args[0].is_small()) {
    if (failed(arg_double(vm, args[0], x))) return Value::null();
    if (x <= 0) return raise(vm, vm.ValueError, "math domain error");
    return Value::from_double(std::log10(x));
  }
  if (failed(log_of(vm, args[0], x, [](double v) { return std::log10(v); }))) return Value::null();
  return Value::from_double(x);
}

static Value m_pow(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x, y;
  if (failed(arg_double(vm, args[0], x)) || failed(arg_double(vm, args[1], y))) return Value::null();
  if (x == 0.0 && y < 0 && std::isfinite(y)) return raise(vm, vm.ValueError, "math domain error");
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && std::floor(y) != y) return raise(vm, vm.ValueError, "math domain error");
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return raise(vm, vm.OverflowError, "math range error");
  return Value::from_double(r);
}
static Value m_atan2(VM& vm, Value, Value* args, size_t, Tuple*) {
  double y, x;
  if (failed(arg_double(vm, args[0], y)) || failed(arg_double(vm, args[1], x))) return Value::null();
  return Value::from_double(std::atan2(y, x));
}
static Value m_fmod(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x, y;
  if (failed(arg_double(vm, args[0], x)) || failed(arg_double(vm, args[1], y))) return Value::null();
  if (y == 0.0 && !std::isnan(x)) return raise(vm, vm.ValueError, "math domain error");
  if (std::isinf(x) && !std::isnan(y)) return raise(vm, vm.ValueError, "math domain error");
  return Value::from_double(std::fmod(x, y));
}
static Value m_copysign(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x, y;
  if (failed(arg_double(vm, args[0], x)) || failed(arg_double(vm, args[1], y))) return Value::null();
  return Value::from_double(std::copysign(x, y));
}
// The Euclidean norm of xs for hypot() and dist() with more than two coordinates: inf wins
// over nan; otherwise the squares, scaled by a power of two near the largest, are summed in
// long double with compensation, which rounds as CPython's vector_norm does in practice.
static double vector_norm(const std::vector<double>& xs) {
  double max = 0;
  bool nan = false;
  for (double x : xs) {
    if (std::isinf(x)) return INFINITY;
    if (std::isnan(x)) nan = true;
    else max = std::max(max, std::fabs(x));
  }
  if (nan) return NAN;
  if (max == 0 || xs.size() <= 1) return max;
  int e;
  std::frexp(max, &e);
  long double sum = 0, comp = 0;
  for (double x : xs) {
    long double v = std::ldexp(static_cast<long double>(x), -e);
    long double sq = v * v, t = sum + sq;
    comp += std::fabs(sum) >= std::fabs(sq) ? (sum - t) + sq : (sq - t) + sum;
    sum = t;
  }
  return std::ldexp(static_cast<double>(std::sqrt(sum + comp)), e);
}
static Value m_remainder(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x, y;
  if (failed(arg_double(vm, args[0], x)) || failed(arg_double(vm, args[1], y))) return Value::null();
  if (std::isnan(x) || std::isnan(y)) return Value::from_double(std::isnan(x) ? x : y);
  if (std::isinf(x) || y == 0.0) return raise(vm, vm.ValueError, "math domain error");
  return Value::from_double(std::remainder(x, y));
}
static Value m_nextafter(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x, y;
  if (failed(arg_double(vm, args[0], x)) || failed(arg_double(vm, args[1], y))) return Value::null();
  return Value::from_double(std::nextafter(x, y));
}
static Value m_ulp(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  if (std::isnan(x)) return Value::from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::from_double(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Value::from_double(x - std::nextafter(x, -INFINITY));
  return Value::from_double(up - x);
}
static Value m_hypot(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  double acc = 0;
  std::vector<double> xs;
  for (size_t i = 0; i < nargs; i++) {
    double x;
    if (failed(arg_double(vm, args[i], x))) return Value::null();
    xs.push_back(x);
  }
  if (xs.size() == 2) return Value::from_double(std::hypot(xs[0], xs[1]));
  (void)acc;
  return Value::from_double(vector_norm(xs));
}

static Value floor_ceil(VM& vm, Value v, bool floor) {
  if (v.is_small() || v.is_bool() || is_exact(v, vm.int_type)) return v.is_bool() ? Value::small(v.is_true()) : v;
  if (!v.is_double()) {
    Value f = lookup_special(vm, v, floor ? vm.s_floor : vm.s_ceil);
    if (!f.is_null()) {
      Root rf(vm, f);
      return call0(vm, f);
    }
    if (!vm.exc.is_null()) return Value::null();
  }
  double d;
  if (failed(arg_double(vm, v, d))) return Value::null();
  d = floor ? std::floor(d) : std::ceil(d);
  if (std::isnan(d)) return raise(vm, vm.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(vm, vm.OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(d) < 9.0e15) return new_int(vm, int64_t(d));
  BigInt b;
  BigInt::from_double(d, b);
  return new_int(vm, b);
}
static Value m_floor(VM& vm, Value, Value* args, size_t, Tuple*) { return floor_ceil(vm, args[0], true); }
static Value m_ceil(VM& vm, Value, Value* args, size_t, Tuple*) { return floor_ceil(vm, args[0], false); }
static Value m_trunc(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value f = lookup_special(vm, args[0], vm.s_trunc);
  if (f.is_null()) {
    if (!vm.exc.is_null()) return f;
    return raise(vm, vm.TypeError, "type %s doesn't define __trunc__ method", type_name(vm, args[0]));
  }
  Root rf(vm, f);
  return call0(vm, f);
}
static Value m_isnan(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  return Value::boolean(std::isnan(x));
}
static Value m_isinf(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  return Value::boolean(std::isinf(x));
}
static Value m_isfinite(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  return Value::boolean(std::isfinite(x));
}
static Value m_isclose(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"a", "b", "rel_tol", "abs_tol"};
  Value a[4];
  if (failed(parse_args(vm, "isclose", args, nargs, kwnames, names, 4, 2, a, 2))) return Value::null();
  double x, y, rt = 1e-9, at = 0.0;
  if (failed(arg_double(vm, a[0], x)) || failed(arg_double(vm, a[1], y))) return Value::null();
  if (!a[2].is_null() && failed(arg_double(vm, a[2], rt))) return Value::null();
  if (!a[3].is_null() && failed(arg_double(vm, a[3], at))) return Value::null();
  if (rt < 0 || at < 0) return raise(vm, vm.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::true_();
  if (std::isinf(x) || std::isinf(y)) return Value::false_();
  double diff = std::fabs(y - x);
  return Value::boolean((diff <= std::fabs(rt * y)) || (diff <= std::fabs(rt * x)) || (diff <= at));
}
static Value m_modf(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x, ip;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  double fp = std::modf(x, &ip);
  if (std::isinf(x)) fp = std::copysign(0.0, x);
  Value items[2] = {Value::from_double(fp), Value::from_double(ip)};
  return new_tuple_from(vm, items, 2);
}
static Value m_frexp(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  Value items[2] = {Value::from_double(m), Value::small(e)};
  return new_tuple_from(vm, items, 2);
}
static Value m_ldexp(VM& vm, Value, Value* args, size_t, Tuple*) {
  double x;
  int64_t e;
  if (failed(arg_double(vm, args[0], x))) return Value::null();
  if (!is_int(vm, args[1])) return raise(vm, vm.TypeError, "Expected an int as second argument to ldexp.");
  if (failed(int_to_i64(vm, args[1], e))) {
    clear_exc(vm);
    e = to_bigint(args[1]).is_neg() ? -100000 : 100000;
  }
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  double r = std::ldexp(x, int(e));
  if (std::isinf(r) && std::isfinite(x)) return raise(vm, vm.OverflowError, "math range error");
  return Value::from_double(r);
}

static Value m_gcd(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  BigInt g;
  for (size_t i = 0; i < nargs; i++) {
    Value v = index_value(vm, args[i]);
    if (v.is_null()) return v;
    BigInt b = BigInt::abs(to_bigint(v));
    BigInt a = g;
    while (!b.is_zero()) {
      BigInt q, r;
      BigInt::divmod(a, b, q, r);
      a = b;
      b = r;
    }
    g = a;
  }
  return new_int(vm, g);
}
static Value m_lcm(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  BigInt l = BigInt::from_i64(1);
  for (size_t i = 0; i < nargs; i++) {
    Value v = index_value(vm, args[i]);
    if (v.is_null()) return v;
    BigInt b = BigInt::abs(to_bigint(v));
    if (b.is_zero()) return Value::small(0);
    BigInt a = l, c = b;
    while (!c.is_zero()) {
      BigInt q, r;
      BigInt::divmod(a, c, q, r);
      a = c;
      c = r;
    }
    BigInt q, r;
    BigInt::divmod(BigInt::mul(l, b), a, q, r);
    l = q;
  }
  return new_int(vm, l);
}
static Value m_factorial(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (args[0].is_double()) return raise(vm, vm.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n;
  if (failed(index_i64(vm, args[0], n))) return Value::null();
  if (n < 0) return raise(vm, vm.ValueError, "factorial() not defined for negative values");
  // Product tree for speed.
  std::vector<BigInt> parts;
  BigInt acc = BigInt::from_i64(1);
  for (int64_t i = 2; i <= n; i++) {
    acc = BigInt::mul(acc, BigInt::from_i64(i));
    if (acc.mag.size() > 8) {
      parts.push_back(acc);
      acc = BigInt::from_i64(1);
    }
  }
  parts.push_back(acc);
  while (parts.size() > 1) {
    std::vector<BigInt> next;
    for (size_t i = 0; i + 1 < parts.size(); i += 2) next.push_back(BigInt::mul(parts[i], parts[i + 1]));
    if (parts.size() & 1) next.push_back(parts.back());
    parts.swap(next);
  }
  return new_int(vm, parts[0]);
}
static Value comb_perm(VM& vm, Value* args, size_t nargs, bool comb) {
  int64_t n, k;
  if (failed(index_i64(vm, args[0], n))) return Value::null();
  if (nargs < 2 || args[1].is_none()) k = n;
  else if (failed(index_i64(vm, args[1], k))) return Value::null();
  if (n < 0) return raise(vm, vm.ValueError, "n must be a non-negative integer");
  if (k < 0) return raise(vm, vm.ValueError, "k must be a non-negative integer");
  if (k > n) return Value::small(0);
  if (comb && k > n - k) k = n - k;
  BigInt r = BigInt::from_i64(1);
  for (int64_t i = 0; i < k; i++) {
    r = BigInt::mul(r, BigInt::from_i64(n - i));
    if (comb) {
      BigInt q, rem;
      BigInt::divmod(r, BigInt::from_i64(i + 1), q, rem);
      r = q;
    }
  }
  return new_int(vm, r);
}
static Value m_comb(VM& vm, Value, Value* args, size_t nargs, Tuple*) { return comb_perm(vm, args, nargs, true); }
static Value m_perm(VM& vm, Value, Value* args, size_t nargs, Tuple*) { return comb_perm(vm, args, nargs, false); }
static Value m_isqrt(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value v = index_value(vm, args[0]);
  if (v.is_null()) return v;
  BigInt n = to_bigint(v);
  if (n.is_neg()) return raise(vm, vm.ValueError, "isqrt() argument must be nonnegative");
  if (n.is_zero()) return Value::small(0);
  // Newton iteration from above.
  BigInt x = BigInt::lshift(BigInt::from_i64(1), (n.bit_length() + 1) / 2 + 1);
  for (;;) {
    BigInt q, r;
    BigInt::divmod(n, x, q, r);
    BigInt y = BigInt::rshift(BigInt::add(x, q), 1);
    if (BigInt::compare(y, x) >= 0) break;
    x = y;
  }
  return new_int(vm, x);
}
static Value m_fsum(VM& vm, Value, Value* args, size_t, Tuple*) {
  // Shewchuk's exact partial sums.
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  std::vector<double> partials;
  double special = 0.0, inf_sum = 0.0;
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) {
      if (!vm.exc.is_null()) return x;
      break;
    }
    double d;
    if (failed(arg_double(vm, x, d))) return Value::null();
    if (!std::isfinite(d)) {
      if (std::isinf(d)) inf_sum += d;
      special += d;
      continue;
    }
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(d) < std::fabs(y)) std::swap(d, y);
      double hi = d + y;
      double lo = y - (hi - d);
      if (lo != 0.0) partials[i++] = lo;
      d = hi;
    }
    partials.resize(i);
    partials.push_back(d);
  }
  if (special != 0.0) {
    if (std::isnan(inf_sum)) return raise(vm, vm.ValueError, "-inf + inf in fsum");
    return Value::from_double(special);
  }
  double hi = 0.0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::from_double(hi);
}
static Value m_prod(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  Value start = kwarg(kwnames, args, nargs, "start");
  Value acc = start.is_null() ? Value::small(1) : start;
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it), racc(vm, acc);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? racc.value : x;
    Value r = binary_op(vm, racc.value, x, BinOp::Mul, false);
    if (r.is_null()) return r;
    racc = r;
  }
}
static Value m_dist(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value p = sequence_to_list(vm, args[0]);
  if (p.is_null()) return p;
  Root rp(vm, p);
  Value q = sequence_to_list(vm, args[1]);
  if (q.is_null()) return q;
  List* a = p.as<List>();
  List* b = q.as<List>();
  if (a->size != b->size) return raise(vm, vm.ValueError, "both points must have the same number of dimensions");
  std::vector<double> diffs;
  for (uint32_t i = 0; i < a->size; i++) {
    double x, y;
    if (failed(arg_double(vm, a->items[i], x)) || failed(arg_double(vm, b->items[i], y))) return Value::null();
    diffs.push_back(x - y);
  }
  if (diffs.size() == 2) return Value::from_double(std::hypot(diffs[0], diffs[1]));
  return Value::from_double(vector_norm(diffs));
}

static Value make_math(VM& vm) {
  Value existing = dict_get_cstr(vm, vm.modules, "math");
  if (!existing.is_null()) return existing;
  Value m = new_module(vm, vm.intern("math"));
  if (m.is_null()) return m;
  Root rm(vm, m);
  static const MethodDef fns[] = {
      {"sin", m_sin, 1, 1, 0}, {"cos", m_cos, 1, 1, 0}, {"tan", m_tan, 1, 1, 0}, {"asin", m_asin, 1, 1, 0},
      {"acos", m_acos, 1, 1, 0}, {"atan", m_atan, 1, 1, 0}, {"atan2", m_atan2, 2, 2, 0}, {"sinh", m_sinh, 1, 1, 0},
      {"cosh", m_cosh, 1, 1, 0}, {"tanh", m_tanh, 1, 1, 0}, {"asinh", m_asinh, 1, 1, 0}, {"acosh", m_acosh, 1, 1, 0},
      {"atanh", m_atanh, 1, 1, 0}, {"exp", m_exp, 1, 1, 0}, {"exp2", m_exp2, 1, 1, 0}, {"expm1", m_expm1, 1, 1, 0},
      {"log", m_log, 1, 2, 0}, {"log2", m_log2, 1, 1, 0}, {"log10", m_log10, 1, 1, 0}, {"log1p", m_log1p, 1, 1, 0},
      {"sqrt", m_sqrt, 1, 1, 0}, {"cbrt", m_cbrt, 1, 1, 0}, {"pow", m_pow, 2, 2, 0}, {"fabs", m_fabs, 1, 1, 0},
      {"fmod", m_fmod, 2, 2, 0}, {"remainder", m_remainder, 2, 2, 0}, {"nextafter", m_nextafter, 2, 2, 0}, {"ulp", m_ulp, 1, 1, 0}, {"copysign", m_copysign, 2, 2, 0}, {"hypot", m_hypot, 0, -1, 0},
      {"floor", m_floor, 1, 1, 0}, {"ceil", m_ceil, 1, 1, 0}, {"trunc", m_trunc, 1, 1, 0},
      {"isnan", m_isnan, 1, 1, 0}, {"isinf", m_isinf, 1, 1, 0}, {"isfinite", m_isfinite, 1, 1, 0},
      {"isclose", m_isclose, 2, 4, kBuiltinKeywords}, {"modf", m_modf, 1, 1, 0}, {"frexp", m_frexp, 1, 1, 0},
      {"ldexp", m_ldexp, 2, 2, 0}, {"gcd", m_gcd, 0, -1, 0}, {"lcm", m_lcm, 0, -1, 0},
      {"factorial", m_factorial, 1, 1, 0}, {"comb", m_comb, 2, 2, 0}, {"perm", m_perm, 1, 2, 0},
      {"isqrt", m_isqrt, 1, 1, 0}, {"fsum", m_fsum, 1, 1, 0}, {"prod", m_prod, 1, 1, kBuiltinKeywords},
      {"dist", m_dist, 2, 2, 0}, {"erf", m_erf, 1, 1, 0}, {"erfc", m_erfc, 1, 1, 0}, {"gamma", m_gamma, 1, 1, 0},
      {"lgamma", m_lgamma, 1, 1, 0}, {"degrees", m_degrees, 1, 1, 0}, {"radians", m_radians, 1, 1, 0},
  };
  add_functions(vm, m.as<Module>(), fns);
  Dict* d = m.as<Module>()->dict;
  (void)dict_set_cstr(vm, d, "pi", Value::from_double(M_PI));
  (void)dict_set_cstr(vm, d, "e", Value::from_double(M_E));
  (void)dict_set_cstr(vm, d, "tau", Value::from_double(2 * M_PI));
  (void)dict_set_cstr(vm, d, "inf", Value::from_double(INFINITY));
  (void)dict_set_cstr(vm, d, "nan", Value::from_double(NAN));
  (void)dict_set_cstr(vm, vm.modules, "math", m);
  return m;
}

void init_math(VM& vm) { register_native_module(vm, "math", make_math); }

}  // namespace taipan::runtime
