// The cmath module, as CPython 3.11's: the elementary functions on complex numbers with
// C99 Annex G's results for infinities, NaNs and signed zeros, ValueError("math domain
// error") where Annex G signals divide-by-zero or invalid and OverflowError("math range
// error") where it signals overflow; phase, polar, rect, isfinite, isinf, isnan, isclose;
// and the constants pi, e, tau, inf, infj, nan, nanj.
//
// Each kernel computes a Cx and an Err. A kernel whose argument has an infinite or NaN part
// reads its result from a 7x7 table indexed by the kinds (Kind) of the real and imaginary
// parts; finite arguments use formulas that avoid spurious overflow and underflow, and
// give the same doubles as CPython's (the same operations in the same order).
#include <cfloat>
#include <cmath>

#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

struct Cx {
  double re, im;
};
enum class Err { None, Domain, Range };

// The kind of a double, in table order.
enum Kind { kNegInf, kNeg, kNegZero, kPosZero, kPos, kPosInf, kNaN };
Kind kind(double d) {
  if (std::isnan(d)) return kNaN;
  bool neg = std::signbit(d);
  if (std::isinf(d)) return neg ? kNegInf : kPosInf;
  if (d == 0.0) return neg ? kNegZero : kPosZero;
  return neg ? kNeg : kPos;
}

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;
constexpr double kInf = HUGE_VAL;
constexpr double kNan = __builtin_nan("");
const double kLarge = DBL_MAX / 4.0;        // beyond it, formulas are rescaled to avoid overflow
const double kSqrtLarge = std::sqrt(DBL_MAX / 4.0);
const double kLogLarge = std::log(DBL_MAX / 4.0);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;  // odd; 2**kScaleUp makes a subnormal normal
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

using Table = Cx[7][7];

// Annex G's special values. Rows: the real part's kind; columns: the imaginary part's.
// Entries for two finite parts are never read (X).
#define PI4 (0.25 * kPi)
#define PI2 (0.5 * kPi)
#define PI34 (0.75 * kPi)
#define INF kInf
#define NAN_ kNan
#define X \
  { 0.0, 0.0 }
const Table kAcos = {
    {{PI34, INF}, {kPi, INF}, {kPi, INF}, {kPi, -INF}, {kPi, -INF}, {PI34, -INF}, {NAN_, INF}},
    {{PI2, INF}, X, X, X, X, {PI2, -INF}, {NAN_, NAN_}},
    {{PI2, INF}, X, {PI2, 0.0}, {PI2, -0.0}, X, {PI2, -INF}, {PI2, NAN_}},
    {{PI2, INF}, X, {PI2, 0.0}, {PI2, -0.0}, X, {PI2, -INF}, {PI2, NAN_}},
    {{PI2, INF}, X, X, X, X, {PI2, -INF}, {NAN_, NAN_}},
    {{PI4, INF}, {0.0, INF}, {0.0, INF}, {0.0, -INF}, {0.0, -INF}, {PI4, -INF}, {NAN_, INF}},
    {{NAN_, INF}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, -INF}, {NAN_, NAN_}},
};
const Table kAcosh = {
    {{INF, -PI34}, {INF, -kPi}, {INF, -kPi}, {INF, kPi}, {INF, kPi}, {INF, PI34}, {INF, NAN_}},
    {{INF, -PI2}, X, X, X, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, {0.0, -PI2}, {0.0, PI2}, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, {0.0, -PI2}, {0.0, PI2}, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, X, X, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI4}, {INF, -0.0}, {INF, -0.0}, {INF, 0.0}, {INF, 0.0}, {INF, PI4}, {INF, NAN_}},
    {{INF, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {INF, NAN_}, {NAN_, NAN_}},
};
const Table kAsinh = {
    {{-INF, -PI4}, {-INF, -0.0}, {-INF, -0.0}, {-INF, 0.0}, {-INF, 0.0}, {-INF, PI4}, {-INF, NAN_}},
    {{-INF, -PI2}, X, X, X, X, {-INF, PI2}, {NAN_, NAN_}},
    {{-INF, -PI2}, X, {-0.0, -0.0}, {-0.0, 0.0}, X, {-INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, {0.0, -0.0}, {0.0, 0.0}, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, X, X, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI4}, {INF, -0.0}, {INF, -0.0}, {INF, 0.0}, {INF, 0.0}, {INF, PI4}, {INF, NAN_}},
    {{INF, NAN_}, {NAN_, NAN_}, {NAN_, -0.0}, {NAN_, 0.0}, {NAN_, NAN_}, {INF, NAN_}, {NAN_, NAN_}},
};
const Table kAtanh = {
    {{-0.0, -PI2}, {-0.0, -PI2}, {-0.0, -PI2}, {-0.0, PI2}, {-0.0, PI2}, {-0.0, PI2}, {-0.0, NAN_}},
    {{-0.0, -PI2}, X, X, X, X, {-0.0, PI2}, {NAN_, NAN_}},
    {{-0.0, -PI2}, X, {-0.0, -0.0}, {-0.0, 0.0}, X, {-0.0, PI2}, {-0.0, NAN_}},
    {{0.0, -PI2}, X, {0.0, -0.0}, {0.0, 0.0}, X, {0.0, PI2}, {0.0, NAN_}},
    {{0.0, -PI2}, X, X, X, X, {0.0, PI2}, {NAN_, NAN_}},
    {{0.0, -PI2}, {0.0, -PI2}, {0.0, -PI2}, {0.0, PI2}, {0.0, PI2}, {0.0, PI2}, {0.0, NAN_}},
    {{0.0, -PI2}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {0.0, PI2}, {NAN_, NAN_}},
};
const Table kCosh = {
    {{INF, NAN_}, X, {INF, 0.0}, {INF, -0.0}, X, {INF, NAN_}, {INF, NAN_}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{NAN_, 0.0}, X, {1.0, 0.0}, {1.0, -0.0}, X, {NAN_, 0.0}, {NAN_, 0.0}},
    {{NAN_, 0.0}, X, {1.0, -0.0}, {1.0, 0.0}, X, {NAN_, 0.0}, {NAN_, 0.0}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{INF, NAN_}, X, {INF, -0.0}, {INF, 0.0}, X, {INF, NAN_}, {INF, NAN_}},
    {{NAN_, NAN_}, {NAN_, NAN_}, {NAN_, 0.0}, {NAN_, 0.0}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}},
};
const Table kExp = {
    {{0.0, 0.0}, X, {0.0, -0.0}, {0.0, 0.0}, X, {0.0, 0.0}, {0.0, 0.0}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{NAN_, NAN_}, X, {1.0, -0.0}, {1.0, 0.0}, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{NAN_, NAN_}, X, {1.0, -0.0}, {1.0, 0.0}, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{INF, NAN_}, X, {INF, -0.0}, {INF, 0.0}, X, {INF, NAN_}, {INF, NAN_}},
    {{NAN_, NAN_}, {NAN_, NAN_}, {NAN_, -0.0}, {NAN_, 0.0}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}},
};
const Table kLog = {
    {{INF, -PI34}, {INF, -kPi}, {INF, -kPi}, {INF, kPi}, {INF, kPi}, {INF, PI34}, {INF, NAN_}},
    {{INF, -PI2}, X, X, X, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, {-INF, -kPi}, {-INF, kPi}, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, {-INF, -0.0}, {-INF, 0.0}, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI2}, X, X, X, X, {INF, PI2}, {NAN_, NAN_}},
    {{INF, -PI4}, {INF, -0.0}, {INF, -0.0}, {INF, 0.0}, {INF, 0.0}, {INF, PI4}, {INF, NAN_}},
    {{INF, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {INF, NAN_}, {NAN_, NAN_}},
};
const Table kSinh = {
    {{INF, NAN_}, X, {-INF, -0.0}, {-INF, 0.0}, X, {INF, NAN_}, {INF, NAN_}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{0.0, NAN_}, X, {-0.0, -0.0}, {-0.0, 0.0}, X, {0.0, NAN_}, {0.0, NAN_}},
    {{0.0, NAN_}, X, {0.0, -0.0}, {0.0, 0.0}, X, {0.0, NAN_}, {0.0, NAN_}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{INF, NAN_}, X, {INF, -0.0}, {INF, 0.0}, X, {INF, NAN_}, {INF, NAN_}},
    {{NAN_, NAN_}, {NAN_, NAN_}, {NAN_, -0.0}, {NAN_, 0.0}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}},
};
const Table kSqrt = {
    {{INF, -INF}, {0.0, -INF}, {0.0, -INF}, {0.0, INF}, {0.0, INF}, {INF, INF}, {NAN_, INF}},
    {{INF, -INF}, X, X, X, X, {INF, INF}, {NAN_, NAN_}},
    {{INF, -INF}, X, {0.0, -0.0}, {0.0, 0.0}, X, {INF, INF}, {NAN_, NAN_}},
    {{INF, -INF}, X, {0.0, -0.0}, {0.0, 0.0}, X, {INF, INF}, {NAN_, NAN_}},
    {{INF, -INF}, X, X, X, X, {INF, INF}, {NAN_, NAN_}},
    {{INF, -INF}, {INF, -0.0}, {INF, -0.0}, {INF, 0.0}, {INF, 0.0}, {INF, INF}, {INF, NAN_}},
    {{INF, -INF}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}, {INF, INF}, {NAN_, NAN_}},
};
const Table kTanh = {
    {{-1.0, 0.0}, X, {-1.0, -0.0}, {-1.0, 0.0}, X, {-1.0, 0.0}, {-1.0, 0.0}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{NAN_, NAN_}, X, {-0.0, -0.0}, {-0.0, 0.0}, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{NAN_, NAN_}, X, {0.0, -0.0}, {0.0, 0.0}, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{1.0, 0.0}, X, {1.0, -0.0}, {1.0, 0.0}, X, {1.0, 0.0}, {1.0, 0.0}},
    {{NAN_, NAN_}, {NAN_, NAN_}, {NAN_, -0.0}, {NAN_, 0.0}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}},
};
const Table kRect = {
    {{INF, NAN_}, X, {-INF, 0.0}, {-INF, -0.0}, X, {INF, NAN_}, {INF, NAN_}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{0.0, 0.0}, X, {-0.0, 0.0}, {-0.0, -0.0}, X, {0.0, 0.0}, {0.0, 0.0}},
    {{0.0, 0.0}, X, {0.0, -0.0}, {0.0, 0.0}, X, {0.0, 0.0}, {0.0, 0.0}},
    {{NAN_, NAN_}, X, X, X, X, {NAN_, NAN_}, {NAN_, NAN_}},
    {{INF, NAN_}, X, {INF, -0.0}, {INF, 0.0}, X, {INF, NAN_}, {INF, NAN_}},
    {{NAN_, NAN_}, {NAN_, NAN_}, {NAN_, 0.0}, {NAN_, 0.0}, {NAN_, NAN_}, {NAN_, NAN_}, {NAN_, NAN_}},
};
#undef PI4
#undef PI2
#undef PI34
#undef INF
#undef NAN_
#undef X

bool finite(Cx z) { return std::isfinite(z.re) && std::isfinite(z.im); }
Cx lookup(const Table& t, Cx z) { return t[kind(z.re)][kind(z.im)]; }
Cx neg(Cx z) { return {-z.re, -z.im}; }
// i*z and -i*z: the rotations that map sin/tan/asin/atan onto their hyperbolic forms.
Cx times_i(Cx z) { return {-z.im, z.re}; }
Cx times_minus_i(Cx z) { return {z.im, -z.re}; }

// log(hypot(x/2, y/2)) + 2 ln 2: log|z| for a z so large that hypot(x, y) could overflow.
double log_abs_large(Cx z) { return std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0; }

Cx c_sqrt(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) return lookup(kSqrt, z);
  if (z.re == 0.0 && z.im == 0.0) return {0.0, z.im};
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.re >= 0.0) return {s, std::copysign(d, z.im)};
  return {d, std::copysign(s, z.im)};
}

Cx c_acos(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) return lookup(kAcos, z);
  Cx r;
  if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
    r.re = std::atan2(std::fabs(z.im), z.re);
    double l = log_abs_large(z);
    r.im = z.re < 0.0 ? -std::copysign(l, z.im) : std::copysign(l, -z.im);
    return r;
  }
  Err e;
  Cx s1 = c_sqrt({1.0 - z.re, -z.im}, e);
  Cx s2 = c_sqrt({1.0 + z.re, z.im}, e);
  r.re = 2.0 * std::atan2(s1.re, s2.re);
  r.im = std::asinh(s2.re * s1.im - s2.im * s1.re);
  return r;
}

Cx c_acosh(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) return lookup(kAcosh, z);
  if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) return {log_abs_large(z), std::atan2(z.im, z.re)};
  Err e;
  Cx s1 = c_sqrt({z.re - 1.0, z.im}, e);
  Cx s2 = c_sqrt({z.re + 1.0, z.im}, e);
  return {std::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * std::atan2(s1.im, s2.re)};
}

Cx c_asinh(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) return lookup(kAsinh, z);
  if (std::fabs(z.re) > kLarge || std::fabs(z.im) > kLarge) {
    double l = log_abs_large(z);
    double re = z.im >= 0.0 ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
    return {re, std::atan2(z.im, std::fabs(z.re))};
  }
  Err e;
  Cx s1 = c_sqrt({1.0 + z.im, -z.re}, e);
  Cx s2 = c_sqrt({1.0 - z.im, z.re}, e);
  return {std::asinh(s1.re * s2.im - s2.re * s1.im), std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

Cx c_asin(Cx z, Err& err) { return times_minus_i(c_asinh(times_i(z), err)); }

Cx c_atanh(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) return lookup(kAtanh, z);
  if (z.re < 0.0) return neg(c_atanh(neg(z), err));
  double ay = std::fabs(z.im);
  if (z.re > kSqrtLarge || ay > kSqrtLarge) {
    double h = std::hypot(z.re / 2.0, z.im / 2.0);
    return {z.re / 4.0 / h / h, -std::copysign(kPi / 2.0, -z.im)};
  }
  if (z.re == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {
      err = Err::Domain;
      return {kInf, z.im};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))), std::copysign(std::atan2(2.0, -ay) / 2, z.im)};
  }
  return {std::log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
          -std::atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0};
}

Cx c_atan(Cx z, Err& err) { return times_minus_i(c_atanh(times_i(z), err)); }

// For cosh, sinh and exp: an infinite real part with a finite nonzero imaginary part gives
// infinities (or zeros) whose signs come from cos(y) and sin(y).
Err overflowed(Cx r) { return std::isinf(r.re) || std::isinf(r.im) ? Err::Range : Err::None; }

Cx c_cosh(Cx z, Err& err) {
  if (!finite(z)) {
    Cx r;
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      r.re = std::copysign(kInf, std::cos(z.im));
      r.im = z.re > 0 ? std::copysign(kInf, std::sin(z.im)) : -std::copysign(kInf, std::sin(z.im));
    } else {
      r = lookup(kCosh, z);
    }
    err = std::isinf(z.im) && !std::isnan(z.re) ? Err::Domain : Err::None;
    return r;
  }
  Cx r;
  if (std::fabs(z.re) > kLogLarge) {
    double x1 = z.re - std::copysign(1.0, z.re);
    r = {std::cos(z.im) * std::cosh(x1) * kE, std::sin(z.im) * std::sinh(x1) * kE};
  } else {
    r = {std::cos(z.im) * std::cosh(z.re), std::sin(z.im) * std::sinh(z.re)};
  }
  err = overflowed(r);
  return r;
}

Cx c_cos(Cx z, Err& err) { return c_cosh(times_i(z), err); }

Cx c_sinh(Cx z, Err& err) {
  if (!finite(z)) {
    Cx r;
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      r.re = z.re > 0 ? std::copysign(kInf, std::cos(z.im)) : -std::copysign(kInf, std::cos(z.im));
      r.im = std::copysign(kInf, std::sin(z.im));
    } else {
      r = lookup(kSinh, z);
    }
    err = std::isinf(z.im) && !std::isnan(z.re) ? Err::Domain : Err::None;
    return r;
  }
  Cx r;
  if (std::fabs(z.re) > kLogLarge) {
    double x1 = z.re - std::copysign(1.0, z.re);
    r = {std::cos(z.im) * std::sinh(x1) * kE, std::sin(z.im) * std::cosh(x1) * kE};
  } else {
    r = {std::cos(z.im) * std::sinh(z.re), std::sin(z.im) * std::cosh(z.re)};
  }
  err = overflowed(r);
  return r;
}

Cx c_sin(Cx z, Err& err) { return times_minus_i(c_sinh(times_i(z), err)); }

Cx c_tanh(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) {
    Cx r;
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      r = {z.re > 0 ? 1.0 : -1.0, std::copysign(0.0, 2.0 * std::sin(z.im) * std::cos(z.im))};
    } else {
      r = lookup(kTanh, z);
    }
    if (std::isinf(z.im) && std::isfinite(z.re)) err = Err::Domain;
    return r;
  }
  if (std::fabs(z.re) > kLogLarge)
    return {std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) * std::exp(-2.0 * std::fabs(z.re))};
  double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1.0 / std::cosh(z.re);
  double txty = tx * ty;
  double denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

Cx c_tan(Cx z, Err& err) { return times_minus_i(c_tanh(times_i(z), err)); }

Cx c_exp(Cx z, Err& err) {
  if (!finite(z)) {
    Cx r;
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
      if (z.re > 0) r = {std::copysign(kInf, std::cos(z.im)), std::copysign(kInf, std::sin(z.im))};
      else r = {std::copysign(0.0, std::cos(z.im)), std::copysign(0.0, std::sin(z.im))};
    } else {
      r = lookup(kExp, z);
    }
    err = std::isinf(z.im) && (std::isfinite(z.re) || (std::isinf(z.re) && z.re > 0)) ? Err::Domain : Err::None;
    return r;
  }
  Cx r;
  if (z.re > kLogLarge) {
    double l = std::exp(z.re - 1.0);
    r = {l * std::cos(z.im) * kE, l * std::sin(z.im) * kE};
  } else {
    double l = std::exp(z.re);
    r = {l * std::cos(z.im), l * std::sin(z.im)};
  }
  err = overflowed(r);
  return r;
}

Cx c_log(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) return lookup(kLog, z);
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  Cx r;
  if (ax > kLarge || ay > kLarge) {
    r.re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0.0 && ay == 0.0) {
      err = Err::Domain;
      return {-kInf, std::atan2(z.im, z.re)};
    }
    // |z| subnormal: rescale so that hypot keeps its precision.
    r.re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double big = ax > ay ? ax : ay, small = ax > ay ? ay : ax;
      r.re = std::log1p((big - 1) * (big + 1) + small * small) / 2.0;
    } else {
      r.re = std::log(h);
    }
  }
  r.im = std::atan2(z.im, z.re);
  return r;
}

Cx c_log10(Cx z, Err& err) {
  Cx r = c_log(z, err);
  return {r.re / kLn10, r.im / kLn10};
}

// atan2(z.imag, z.real) with C99's results for infinities and zeros.
double c_phase(Cx z) {
  if (std::isnan(z.re) || std::isnan(z.im)) return kNan;
  if (std::isinf(z.im)) {
    if (std::isinf(z.re)) return std::copysign(z.re > 0 ? 0.25 * kPi : 0.75 * kPi, z.im);
    return std::copysign(0.5 * kPi, z.im);
  }
  if (std::isinf(z.re) || z.im == 0.0) return std::copysign(std::signbit(z.re) ? kPi : 0.0, z.im);
  return std::atan2(z.im, z.re);
}

// abs(z) as complex.__abs__ computes it; err = Range when a finite z overflows.
double c_abs(Cx z, Err& err) {
  err = Err::None;
  if (!finite(z)) {
    if (std::isinf(z.re)) return std::fabs(z.re);
    if (std::isinf(z.im)) return std::fabs(z.im);
    return kNan;
  }
  double r = std::hypot(z.re, z.im);
  if (std::isinf(r)) err = Err::Range;
  return r;
}

// ---------- the Python functions ----------

Value math_error(VM& vm, Err err) {
  if (err == Err::Domain) return raise(vm, vm.ValueError, "math domain error");
  return raise(vm, vm.OverflowError, "math range error");
}

// A METH_O function's argument check: "cmath.f() takes exactly one argument (N given)".
Status one_arg(VM& vm, const char* name, size_t nargs, Tuple* kw) {
  if (kw && kw->size) {
    raise(vm, vm.TypeError, "cmath.%s() takes no keyword arguments", name);
    return Status::Error;
  }
  if (nargs != 1) {
    raise(vm, vm.TypeError, "cmath.%s() takes exactly one argument (%zu given)", name, nargs);
    return Status::Error;
  }
  return Status::Ok;
}

Status cx_arg(VM& vm, Value v, Cx& out) { return complex_arg(vm, v, out.re, out.im); }

// A double argument (PyFloat_AsDouble): a real number, never a complex.
Status real_arg(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return Status::Ok;
  }
  double re, im;
  if (complex_parts(vm, v, re, im)) {
    raise(vm, vm.TypeError, "must be real number, not %s", type_name(vm, v));
    return Status::Error;
  }
  return complex_arg(vm, v, out, im);
}

using Kernel = Cx (*)(Cx, Err&);

Value apply(VM& vm, const char* name, Kernel fn, Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (failed(one_arg(vm, name, nargs, kw)) || failed(cx_arg(vm, args[0], z))) return Value::null();
  Err err;
  Cx r = fn(z, err);
  if (err != Err::None) return math_error(vm, err);
  return new_complex(vm, r.re, r.im);
}

#define CMATH_KERNELS(X)                                                                        \
  X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atanh) X(cos) X(cosh) X(exp) X(log10) X(sin)      \
  X(sinh) X(sqrt) X(tan) X(tanh)

#define X(name) \
  Value cm_##name(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return apply(vm, #name, c_##name, args, nargs, kw); }
CMATH_KERNELS(X)
#undef X

Value cm_log(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "log", nargs, kw, 1, 2))) return Value::null();
  Cx x;
  if (failed(cx_arg(vm, args[0], x))) return Value::null();
  Err err;
  Cx r = c_log(x, err);
  if (nargs > 1) {
    Cx base;
    if (failed(cx_arg(vm, args[1], base))) return Value::null();
    Cx lb = c_log(base, err);
    if (!complex_quot(r.re, r.im, lb.re, lb.im, r.re, r.im)) err = Err::Domain;
  }
  if (err != Err::None) return math_error(vm, err);
  return new_complex(vm, r.re, r.im);
}

Value cm_phase(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (failed(one_arg(vm, "phase", nargs, kw)) || failed(cx_arg(vm, args[0], z))) return Value::null();
  return new_float(c_phase(z));
}

Value cm_polar(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (failed(one_arg(vm, "polar", nargs, kw)) || failed(cx_arg(vm, args[0], z))) return Value::null();
  double phi = c_phase(z);
  Err err;
  double r = c_abs(z, err);
  if (err != Err::None) return math_error(vm, err);
  Value items[2] = {new_float(r), new_float(phi)};
  return new_tuple_from(vm, items, 2);
}

Value cm_rect(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "rect", nargs, kw, 2, 2))) return Value::null();
  double r, phi;
  if (failed(real_arg(vm, args[0], r)) || failed(real_arg(vm, args[1], phi))) return Value::null();
  Cx z;
  Err err = Err::None;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      double c = std::copysign(kInf, std::cos(phi)), s = std::copysign(kInf, std::sin(phi));
      z = r > 0 ? Cx{c, s} : Cx{-c, -s};
    } else {
      z = kRect[kind(r)][kind(phi)];
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) err = Err::Domain;
  } else if (phi == 0.0) {
    z = {r, r * phi};
  } else {
    z = {r * std::cos(phi), r * std::sin(phi)};
  }
  if (err != Err::None) return math_error(vm, err);
  return new_complex(vm, z.re, z.im);
}

Value cm_isfinite(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (failed(one_arg(vm, "isfinite", nargs, kw)) || failed(cx_arg(vm, args[0], z))) return Value::null();
  return Value::boolean(finite(z));
}
Value cm_isinf(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (failed(one_arg(vm, "isinf", nargs, kw)) || failed(cx_arg(vm, args[0], z))) return Value::null();
  return Value::boolean(std::isinf(z.re) || std::isinf(z.im));
}
Value cm_isnan(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Cx z;
  if (failed(one_arg(vm, "isnan", nargs, kw)) || failed(cx_arg(vm, args[0], z))) return Value::null();
  return Value::boolean(std::isnan(z.re) || std::isnan(z.im));
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Value cm_isclose(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"a", "b", "rel_tol", "abs_tol"};
  if (nargs > 2) return raise(vm, vm.TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
  Value given[4] = {Value::null(), Value::null(), Value::null(), Value::null()};
  for (size_t i = 0; i < nargs; i++) given[i] = args[i];
  int duplicate = -1;
  for (uint32_t i = 0; kw && i < kw->size; i++) {
    Str* k = as_str(kw->items[i]);
    size_t j = 0;
    while (j < 4 && k->view() != names[j]) j++;
    if (j == 4) return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for isclose()", k);
    if (!given[j].is_null()) {
      if (duplicate < 0) duplicate = int(j);
      continue;
    }
    given[j] = args[nargs + i];
  }
  for (size_t j = 0; j < 2; j++)
    if (given[j].is_null())
      return raise(vm, vm.TypeError, "isclose() missing required argument '%s' (pos %zu)", names[j], j + 1);
  if (duplicate >= 0)
    return raise(vm, vm.TypeError, "argument for isclose() given by name ('%s') and position (%d)", names[duplicate],
                 duplicate + 1);
  Cx a, b;
  double rel_tol = 1e-09, abs_tol = 0.0;
  if (failed(cx_arg(vm, given[0], a)) || failed(cx_arg(vm, given[1], b))) return Value::null();
  if (!given[2].is_null() && failed(real_arg(vm, given[2], rel_tol))) return Value::null();
  if (!given[3].is_null() && failed(real_arg(vm, given[3], abs_tol))) return Value::null();
  if (rel_tol < 0.0 || abs_tol < 0.0) return raise(vm, vm.ValueError, "tolerances must be non-negative");
  if (a.re == b.re && a.im == b.im) return Value::true_();
  if (std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)) return Value::false_();
  Err err;
  double diff = c_abs({a.re - b.re, a.im - b.im}, err);
  bool close = diff <= rel_tol * c_abs(b, err) || diff <= rel_tol * c_abs(a, err) || diff <= abs_tol;
  return Value::boolean(close);
}

Value make_cmath(VM& vm) {
  Value mv = native_module(vm, "cmath");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "sqrt").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  (void)dict_set_str(vm, m->dict, vm.s_doc,
                     new_str(vm, "This module provides access to mathematical functions for complex\nnumbers."));
  static const MethodDef fns[] = {
#define X(name) {#name, cm_##name, 0, -1, kBuiltinKeywords},
      CMATH_KERNELS(X)
#undef X
      {"log", cm_log, 0, -1, kBuiltinKeywords},
      {"phase", cm_phase, 0, -1, kBuiltinKeywords},
      {"polar", cm_polar, 0, -1, kBuiltinKeywords},
      {"rect", cm_rect, 0, -1, kBuiltinKeywords},
      {"isfinite", cm_isfinite, 0, -1, kBuiltinKeywords},
      {"isinf", cm_isinf, 0, -1, kBuiltinKeywords},
      {"isnan", cm_isnan, 0, -1, kBuiltinKeywords},
      {"isclose", cm_isclose, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  (void)dict_set_cstr(vm, m->dict, "pi", new_float(kPi));
  (void)dict_set_cstr(vm, m->dict, "e", new_float(kE));
  (void)dict_set_cstr(vm, m->dict, "tau", new_float(2 * kPi));
  (void)dict_set_cstr(vm, m->dict, "inf", new_float(kInf));
  (void)dict_set_cstr(vm, m->dict, "nan", new_float(kNan));
  (void)dict_set_cstr(vm, m->dict, "infj", new_complex(vm, 0.0, kInf));
  (void)dict_set_cstr(vm, m->dict, "nanj", new_complex(vm, 0.0, kNan));
  return mv;
}

}  // namespace

void init_cmath(VM& vm) { register_native_module(vm, "cmath", make_cmath); }

}  // namespace taipan::runtime
