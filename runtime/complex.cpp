// The builtin `complex` type, with CPython 3.11's semantics: construction (numbers,
// strings, __complex__/__float__/__index__), repr, arithmetic with int/float/complex
// operands, hashing, equality and __format__.
//
// A complex is a ComplexObject (below): the Opaque layout with two doubles after the
// header and no references, so its type traces nothing and needs no finalizer. Subclasses
// written in Python wrap a ComplexObject in Instance::base_value like other value types.
// Operators are special methods on the type (the int/float methods return NotImplemented
// for a complex operand, so `1 + 2j` reaches complex.__radd__ through binary_op).
#include <cmath>
#include <cstring>

#include "runtime/numbers.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

struct ComplexObject : Object {
  double real, imag;
};

struct Cx {
  double re, im;
};

// The complex value of a complex or of an instance of a complex subclass.
bool complex_of(Value v, Type* complex_type, Cx& out) {
  if (!v.is_ptr()) return false;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (!b.is_ptr()) return false;
    o = b.as_ptr();
  }
  if (o->type != complex_type) return false;
  auto* c = static_cast<ComplexObject*>(o);
  out = {c->real, c->imag};
  return true;
}

// ---------- the arithmetic of CPython's Py_complex helpers ----------

Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm, scaling by the larger component of the divisor. Sets *zero_div when
// the divisor is 0.
Cx c_quot(Cx a, Cx b, bool* zero_div) {
  double abs_re = b.re < 0 ? -b.re : b.re;
  double abs_im = b.im < 0 ? -b.im : b.im;
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      *zero_div = true;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a NaN in the divisor
}

// Polar-form power; *zero_pow when 0 is raised to a negative or complex power.
Cx c_pow(Cx a, Cx b, bool* zero_pow) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) *zero_pow = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

// Repeated squaring for a small integral exponent (n >= 0).
Cx c_powu(Cx x, long n) {
  Cx r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

Cx c_powi(Cx x, long n, bool* zero_pow) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n), zero_pow);
}

// abs(z) with C99's rules for infinities; *overflow when a finite z has an infinite modulus.
double c_abs(Cx z, bool* overflow) {
  if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
    if (std::isinf(z.re)) return std::fabs(z.re);
    if (std::isinf(z.im)) return std::fabs(z.im);
    return NAN;
  }
  double r = std::hypot(z.re, z.im);
  if (!std::isfinite(r)) *overflow = true;
  return r;
}

Value make(VM& vm, Cx c) { return new_complex(vm, c.re, c.im); }

// An operand of a binary operator as a complex: int (incl. bool and subclasses), float or
// complex. Returns 1 on success, 0 for "not a number" (NotImplemented), -1 on error.
int operand(VM& vm, Value v, Cx& out) {
  if (complex_of(v, vm.complex_type, out)) return 1;
  if (!is_number(vm, v)) return 0;
  double d;
  if (failed(to_double(vm, number_value(vm, v), d))) return -1;
  out = {d, 0.0};
  return 1;
}

// The receiver of a complex method (complex or a wrapped subclass value).
bool self_value(VM& vm, Value self, Cx& out) {
  if (complex_of(self, vm.complex_type, out)) return true;
  raise(vm, vm.TypeError, "descriptor requires a 'complex' object but received a '%s'", type_name(vm, self));
  return false;
}

// ---------- repr and format ----------

std::string complex_repr_text(Cx c) {
  if (c.re == 0.0 && !std::signbit(c.re)) return double_to_string(c.im, 'r', 0, 0) + "j";
  return "(" + double_to_string(c.re, 'r', 0, 0) + double_to_string(c.im, 'r', 0, kDtsfSign) + "j)";
}

// Inserts `sep` every three digits into the leading run of digits of `body` (no sign).
std::string group_leading_digits(const std::string& body, char sep) {
  size_t n = 0;
  while (n < body.size() && body[n] >= '0' && body[n] <= '9') n++;
  std::string out;
  for (size_t i = 0; i < n; i++) {
    if (i && (n - i) % 3 == 0) out += sep;
    out += body[i];
  }
  out.append(body, n, std::string::npos);
  return out;
}

// One part of a formatted complex: digits from PyOS_double_to_string, then the sign the
// spec asks for (`sign` is '+', ' ' or 0) and the digit grouping.
std::string format_part(double v, char code, int precision, unsigned flags, char sign, char grouping) {
  std::string s = double_to_string(v, code, precision, flags);
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.erase(0, 1);
  if (grouping) s = group_leading_digits(s, grouping);
  if (neg) return "-" + s;
  if (sign == '+' || sign == ' ') return std::string(1, sign) + s;
  return s;
}

bool format_complex(Cx c, std::string_view spec_text, std::string& out, std::string& err) {
  FormatSpec spec;
  if (!parse_format_spec(spec_text, spec, err, "complex")) return false;
  char32_t type = spec.type == kExplicitNulType ? 0xFFFF : spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default:
      err = unknown_format_code_message(spec.type, "complex");
      return false;
  }
  if (spec.precision > 0x7fffffff) {
    err = "precision too big";
    return false;
  }
  if (spec.fill == '0') {
    err = "Zero padding is not allowed in complex format specifier";
    return false;
  }
  if (spec.align == '=') {
    err = "'=' alignment flag is not allowed in complex format specifier";
    return false;
  }
  if (spec.width > (int64_t(1) << 28)) {
    err.clear();  // MemoryError
    return false;
  }
  unsigned flags = 0;
  if (spec.alternate) flags |= kDtsfAlt;
  if (spec.z) flags |= kDtsfNoNegZero;
  char code = char(type);
  int precision = int(spec.precision), default_precision = 6;
  bool skip_re = false, parens = false;
  if (code == 0) {
    code = 'r';
    default_precision = 0;
    if (c.re == 0.0 && !std::signbit(c.re)) skip_re = true;
    else parens = true;
  }
  if (code == 'n') code = 'g';
  if (precision < 0) precision = default_precision;
  else if (code == 'r') code = 'g';
  // 'n' uses the C locale's (empty) grouping.
  char grouping = spec.type == 'n' ? 0 : spec.grouping;
  std::string body;
  if (parens) body += '(';
  if (!skip_re) body += format_part(c.re, code, precision, flags, spec.sign, grouping);
  body += format_part(c.im, code, precision, flags, skip_re ? spec.sign : '+', grouping);
  body += 'j';
  if (parens) body += ')';
  int64_t len = int64_t(body.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  int64_t left = 0;
  switch (spec.align ? spec.align : '>') {
    case '<': left = 0; break;
    case '^': left = pad / 2; break;
    default: left = pad; break;
  }
  out.clear();
  for (int64_t i = 0; i < left; i++) utf8_append(out, uint32_t(spec.fill));
  out += body;
  for (int64_t i = left; i < pad; i++) utf8_append(out, uint32_t(spec.fill));
  return true;
}

// ---------- parsing complex(str) ----------

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool match_ci(std::string_view s, size_t i, const char* word) {
  size_t n = std::strlen(word);
  if (s.size() - i < n) return false;
  for (size_t k = 0; k < n; k++) {
    char ch = s[i + k];
    if (ch >= 'A' && ch <= 'Z') ch = char(ch + 32);
    if (ch != word[k]) return false;
  }
  return true;
}

// The longest prefix of s[i..] that is a float literal (what PyOS_string_to_double reads):
// returns its length (0 if none) and its value in out (out of range: +-inf).
size_t float_prefix(std::string_view s, size_t i, double& out) {
  size_t p = i;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) p++;
  size_t len = 0;
  if (match_ci(s, p, "infinity")) len = 8;
  else if (match_ci(s, p, "inf") || match_ci(s, p, "nan")) len = 3;
  if (len) {
    p += len;
  } else {
    size_t digits = 0;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') p++, digits++;
    if (p < s.size() && s[p] == '.') {
      p++;
      while (p < s.size() && s[p] >= '0' && s[p] <= '9') p++, digits++;
    }
    if (!digits) return 0;
    if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
      size_t q = p + 1;
      if (q < s.size() && (s[q] == '+' || s[q] == '-')) q++;
      size_t ed = 0;
      while (q < s.size() && s[q] >= '0' && s[q] <= '9') q++, ed++;
      if (ed) p = q;
    }
  }
  if (!parse_float(s.substr(i, p - i), out, true)) return 0;
  return p - i;
}

// Parses an ASCII complex literal; false means "complex() arg is a malformed string".
bool parse_complex_text(std::string_view s, Cx& out) {
  double x = 0.0, y = 0.0, z;
  size_t i = 0;
  bool bracket = false;
  while (i < s.size() && is_space(s[i])) i++;
  if (i < s.size() && s[i] == '(') {
    bracket = true;
    i++;
    while (i < s.size() && is_space(s[i])) i++;
  }
  auto at = [&](size_t k) { return k < s.size() ? s[k] : '\0'; };
  size_t n = float_prefix(s, i, z);
  if (n) {
    i += n;
    if (at(i) == '+' || at(i) == '-') {
      x = z;
      size_t m = float_prefix(s, i, y);
      if (m) {
        i += m;
      } else {
        y = at(i) == '+' ? 1.0 : -1.0;
        i++;
      }
      if (at(i) != 'j' && at(i) != 'J') return false;
      i++;
    } else if (at(i) == 'j' || at(i) == 'J') {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(i) == '+' || at(i) == '-') {
      y = at(i) == '+' ? 1.0 : -1.0;
      i++;
    } else {
      y = 1.0;
    }
    if (at(i) != 'j' && at(i) != 'J') return false;
    i++;
  }
  while (i < s.size() && is_space(s[i])) i++;
  if (bracket) {
    if (at(i) != ')') return false;
    i++;
    while (i < s.size() && is_space(s[i])) i++;
  }
  if (i != s.size()) return false;
  out = {x, y};
  return true;
}

Value complex_from_str(VM& vm, Value text) {
  // Unicode decimal digits and spaces become ASCII; any other non-ASCII character cannot
  // be part of a literal.
  std::string s;
  Str* str = as_str(text);
  const char* p = str->data;
  const char* end = p + str->nbytes;
  while (p < end) {
    uint32_t cp = utf8_decode(p);
    if (cp < 0x80) s += char(cp);
    else if (unicode_decimal(cp) >= 0) s += char('0' + unicode_decimal(cp));
    else if (unicode_isspace(cp)) s += ' ';
    else s += '?';
  }
  if (s.find('_') != std::string::npos) {
    // Underscores only between digits; embedded NULs are refused here.
    std::string dup;
    char prev = 0;
    bool ok = true;
    for (char ch : s) {
      if (ch == '\0') { ok = false; break; }
      if (ch == '_') {
        if (!(prev >= '0' && prev <= '9')) { ok = false; break; }
      } else {
        dup += ch;
        if (prev == '_' && !(ch >= '0' && ch <= '9')) { ok = false; break; }
      }
      prev = ch;
    }
    if (ok && prev == '_') ok = false;
    if (!ok) return raise(vm, vm.ValueError, "could not convert string to complex: %R", text);
    s = dup;
  }
  Cx c;
  if (!parse_complex_text(s, c)) return raise(vm, vm.ValueError, "complex() arg is a malformed string");
  return make(vm, c);
}

// ---------- construction ----------

bool has_float_or_index(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  return !type_lookup(t, vm.s_float).is_null() || !type_lookup(t, vm.s_index).is_null();
}

// float(v) for a number-like v (PyNumber_Float): the value as a double.
Status number_as_double(VM& vm, Value v, double& out) {
  Value nv = number_value(vm, v);
  if (nv.is_double() || is_int(vm, nv)) return to_double(vm, nv, out);
  Value f = lookup_special(vm, v, vm.s_float);
  if (f.is_null() && !vm.exc.is_null()) return Status::Error;
  if (!f.is_null()) {
    Root rf(vm, f);
    Value r = call0(vm, f);
    if (r.is_null()) return Status::Error;
    Value rv = number_value(vm, r);
    if (!rv.is_double()) {
      raise(vm, vm.TypeError, "%s.__float__ returned non-float (type %s)", type_name(vm, v), type_name(vm, r));
      return Status::Error;
    }
    out = rv.as_double();
    return Status::Ok;
  }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  return to_double(vm, i, out);
}

Value complex_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple* kwnames) {
  Value r = Value::null(), i = Value::null();
  size_t given = nargs + (kwnames ? kwnames->size : 0);
  if (given > 2) return raise(vm, vm.TypeError, "complex() takes at most 2 arguments (%zu given)", given);
  if (nargs > 0) r = args[0];
  if (nargs > 1) i = args[1];
  if (kwnames) {
    for (uint32_t k = 0; k < kwnames->size; k++) {
      std::string_view kn = as_str(kwnames->items[k])->view();
      Value* slot = kn == "real" ? &r : kn == "imag" ? &i : nullptr;
      if (!slot) return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for complex()", as_str(kwnames->items[k]));
      if (!slot->is_null())
        return raise(vm, vm.TypeError, "argument for complex() given by name ('%N') and position (%d)",
                     as_str(kwnames->items[k]), kn == "real" ? 1 : 2);
      *slot = args[nargs + k];
    }
  }
  if (r.is_null()) r = Value::small(0);
  Root rr(vm, r), ri(vm, i);
  if (is_exact(r, vm.complex_type) && i.is_null()) return r;
  if (is_str(r) || (is_layout(r, Layout::Instance) && is_str(r.as<Instance>()->base_value))) {
    if (!i.is_null()) return raise(vm, vm.TypeError, "complex() can't take second arg if first is a string");
    return complex_from_str(vm, is_str(r) ? r : r.as<Instance>()->base_value);
  }
  if (!i.is_null() && (is_str(i) || (is_layout(i, Layout::Instance) && is_str(i.as<Instance>()->base_value))))
    return raise(vm, vm.TypeError, "complex() second arg can't be a string");
  // __complex__ of the first argument.
  Cx cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_complex = false, ci_complex = false;
  if (!is_exact(r, vm.complex_type)) {
    Value f = lookup_special(vm, r, vm.s_complex);
    if (f.is_null() && !vm.exc.is_null()) return f;
    if (!f.is_null()) {
      Root rf(vm, f);
      Value res = call0(vm, f);
      if (res.is_null()) return res;
      if (!isinstance(vm, res, vm.complex_type))
        return raise(vm, vm.TypeError, "__complex__ returned non-complex (type %s)", type_name(vm, res));
      rr = res;
      r = res;
    }
  }
  if (complex_of(r, vm.complex_type, cr)) {
    cr_complex = true;
  } else if (!is_number(vm, r) && !has_float_or_index(vm, r)) {
    return raise(vm, vm.TypeError, "complex() first argument must be a string or a number, not '%s'", type_name(vm, r));
  }
  if (!i.is_null() && !complex_of(i, vm.complex_type, ci) && !is_number(vm, i) && !has_float_or_index(vm, i))
    return raise(vm, vm.TypeError, "complex() second argument must be a number, not '%s'", type_name(vm, i));
  if (!cr_complex && failed(number_as_double(vm, r, cr.re))) return Value::null();
  double im_total;
  if (i.is_null()) {
    im_total = cr.im;
  } else if (complex_of(i, vm.complex_type, ci)) {
    ci_complex = true;
    im_total = ci.re;
  } else {
    if (failed(number_as_double(vm, i, im_total))) return Value::null();
  }
  double re_total = cr.re;
  if (ci_complex) re_total -= ci.im;
  if (cr_complex && !i.is_null()) im_total += cr.im;
  return new_complex(vm, re_total, im_total);
}

// ---------- methods ----------

enum class Op { Add, Sub, Mul, Div, Pow };

Value arith(VM& vm, Value a, Value b, Op op) {
  Cx x, y;
  int ka = operand(vm, a, x);
  if (ka < 0) return Value::null();
  int kb = ka ? operand(vm, b, y) : 0;
  if (kb < 0) return Value::null();
  if (!ka || !kb) return vm.not_implemented;
  switch (op) {
    case Op::Add: return make(vm, {x.re + y.re, x.im + y.im});
    case Op::Sub: return make(vm, {x.re - y.re, x.im - y.im});
    case Op::Mul: return make(vm, c_prod(x, y));
    case Op::Div: {
      bool zero = false;
      Cx q = c_quot(x, y, &zero);
      if (zero) return raise(vm, vm.ZeroDivisionError, "complex division by zero");
      return make(vm, q);
    }
    case Op::Pow: {
      bool zero = false;
      Cx p;
      if (y.im == 0.0 && y.re == std::floor(y.re) && std::fabs(y.re) <= 100.0) p = c_powi(x, long(y.re), &zero);
      else p = c_pow(x, y, &zero);
      if (zero) return raise(vm, vm.ZeroDivisionError, "0.0 to a negative or complex power");
      if (std::isinf(p.re) || std::isinf(p.im)) return raise(vm, vm.OverflowError, "complex exponentiation");
      return make(vm, p);
    }
  }
  return vm.not_implemented;
}

Value m_add(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, self, args[0], Op::Add); }
Value m_radd(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, args[0], self, Op::Add); }
Value m_sub(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, self, args[0], Op::Sub); }
Value m_rsub(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, args[0], self, Op::Sub); }
Value m_mul(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, self, args[0], Op::Mul); }
Value m_rmul(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, args[0], self, Op::Mul); }
Value m_div(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, self, args[0], Op::Div); }
Value m_rdiv(VM& vm, Value self, Value* args, size_t, Tuple*) { return arith(vm, args[0], self, Op::Div); }

Value pow_checked(VM& vm, Value a, Value b, Value* args, size_t nargs) {
  Cx x, y;
  int ka = operand(vm, a, x);
  if (ka < 0) return Value::null();
  int kb = ka ? operand(vm, b, y) : 0;
  if (kb < 0) return Value::null();
  if (!ka || !kb) return vm.not_implemented;
  if (nargs > 1 && !args[1].is_none()) return raise(vm, vm.ValueError, "complex modulo");
  return arith(vm, a, b, Op::Pow);
}
Value m_pow(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return pow_checked(vm, self, args[0], args, nargs); }
Value m_rpow(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return pow_checked(vm, args[0], self, args, nargs); }

Value m_neg(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  return make(vm, {-c.re, -c.im});
}
Value m_pos(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  if (is_exact(self, vm.complex_type)) return self;
  return make(vm, c);
}
Value m_abs(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  bool overflow = false;
  double r = c_abs(c, &overflow);
  if (overflow) return raise(vm, vm.OverflowError, "absolute value too large");
  return Value::from_double(r);
}
Value m_bool(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  return Value::boolean(c.re != 0.0 || c.im != 0.0);
}
Value m_conjugate(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  return make(vm, {c.re, -c.im});
}
Value m_complex(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  if (is_exact(self, vm.complex_type)) return self;
  return make(vm, c);
}
Value m_real(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  return Value::from_double(c.re);
}
Value m_imag(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  return Value::from_double(c.im);
}
Value m_getnewargs(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  Value items[2] = {Value::from_double(c.re), Value::from_double(c.im)};
  return new_tuple_from(vm, items, 2);
}
Value m_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  return new_str(vm, complex_repr_text(c));
}
Value m_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  uint64_t combined = uint64_t(hash_double(c.re)) + 1000003u * uint64_t(hash_double(c.im));
  int64_t h = int64_t(combined);
  if (h == -1) h = -2;
  return new_int(vm, h);
}
Value m_format(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Cx c;
  if (!self_value(vm, self, c)) return Value::null();
  Value spec = args[0];
  if (!is_str(spec) && !(is_layout(spec, Layout::Instance) && is_str(spec.as<Instance>()->base_value)))
    return raise(vm, vm.TypeError, "__format__() argument must be str, not %s", type_name(vm, spec));
  Str* sp = is_str(spec) ? as_str(spec) : as_str(spec.as<Instance>()->base_value);
  if (sp->nbytes == 0) return str(vm, self);
  std::string out, err;
  if (!format_complex(c, sp->view(), out, err)) {
    switch (numfmt_error_kind(err)) {
      case NumfmtError::MemoryError: return raise_no_memory(vm);
      case NumfmtError::OverflowError: return raise(vm, vm.OverflowError, "%s", err.c_str());
      default: return raise(vm, vm.ValueError, "%s", err.c_str());
    }
  }
  return new_str(vm, out);
}

Value compare_eq(VM& vm, Value self, Value other, bool want_eq) {
  Cx a, b;
  if (!self_value(vm, self, a)) return Value::null();
  bool equal;
  Value ov = number_value(vm, other);
  if (complex_of(other, vm.complex_type, b)) {
    equal = a.re == b.re && a.im == b.im;
  } else if (is_number(vm, other) && !ov.is_double()) {
    // int: compare the real part exactly when the imaginary part is zero.
    if (a.im != 0.0) {
      equal = false;
    } else {
      return number_compare(vm, Value::from_double(a.re), ov, want_eq ? CmpOp::Eq : CmpOp::Ne);
    }
  } else if (ov.is_double()) {
    equal = a.re == ov.as_double() && a.im == 0.0;
  } else {
    return vm.not_implemented;
  }
  return Value::boolean(equal == want_eq);
}
Value m_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_eq(vm, self, args[0], true); }
Value m_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_eq(vm, self, args[0], false); }
Value m_unordered(VM& vm, Value, Value*, size_t, Tuple*) { return vm.not_implemented; }

}  // namespace

Value new_complex(VM& vm, double real, double imag) {
  auto* c = static_cast<ComplexObject*>(vm.heap.alloc(sizeof(ComplexObject), vm.complex_type));
  if (!c) return raise_no_memory(vm);
  c->real = real;
  c->imag = imag;
  return Value::ptr(c);
}

bool complex_parts(VM& vm, Value v, double& real, double& imag) {
  Cx c;
  if (!complex_of(v, vm.complex_type, c)) return false;
  real = c.re;
  imag = c.im;
  return true;
}

Status complex_arg(VM& vm, Value v, double& real, double& imag) {
  Cx c;
  if (!complex_of(v, vm.complex_type, c)) {
    Value f = lookup_special(vm, v, vm.s_complex);
    if (f.is_null() && !vm.exc.is_null()) return Status::Error;
    if (!f.is_null()) {
      Root rf(vm, f);
      Value r = call0(vm, f);
      if (r.is_null()) return Status::Error;
      if (!complex_of(r, vm.complex_type, c)) {
        raise(vm, vm.TypeError, "__complex__ returned non-complex (type %s)", type_name(vm, r));
        return Status::Error;
      }
    } else {
      Value nv = number_value(vm, v);
      if (!nv.is_double() && !is_int(vm, nv) && !has_float_or_index(vm, v)) {
        raise(vm, vm.TypeError, "must be real number, not %s", type_name(vm, v));
        return Status::Error;
      }
      c.im = 0.0;
      if (failed(number_as_double(vm, v, c.re))) return Status::Error;
    }
  }
  real = c.re;
  imag = c.im;
  return Status::Ok;
}

bool complex_quot(double ar, double ai, double br, double bi, double& real, double& imag) {
  bool zero = false;
  Cx q = c_quot({ar, ai}, {br, bi}, &zero);
  real = q.re;
  imag = q.im;
  return !zero;
}

Value complex_pow_reals(VM& vm, double base, double exp) {
  bool zero = false;
  Cx p = c_pow({base, 0.0}, {exp, 0.0}, &zero);
  if (zero) return raise(vm, vm.ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(p.re) || std::isinf(p.im)) return raise(vm, vm.OverflowError, "complex exponentiation");
  return make(vm, p);
}

void init_complex(VM& vm) {
  Type* t = vm.complex_type;
  t->tflags |= kTypeBaseType;
  static const MethodDef methods[] = {
      {"__add__", m_add, 1, 1, 0},          {"__radd__", m_radd, 1, 1, 0},
      {"__sub__", m_sub, 1, 1, 0},          {"__rsub__", m_rsub, 1, 1, 0},
      {"__mul__", m_mul, 1, 1, 0},          {"__rmul__", m_rmul, 1, 1, 0},
      {"__truediv__", m_div, 1, 1, 0},      {"__rtruediv__", m_rdiv, 1, 1, 0},
      {"__pow__", m_pow, 1, 2, 0},          {"__rpow__", m_rpow, 1, 2, 0},
      {"__neg__", m_neg, 0, 0, 0},          {"__pos__", m_pos, 0, 0, 0},
      {"__abs__", m_abs, 0, 0, 0},          {"__bool__", m_bool, 0, 0, 0},
      {"__eq__", m_eq, 1, 1, 0},            {"__ne__", m_ne, 1, 1, 0},
      {"__lt__", m_unordered, 1, 1, 0},     {"__le__", m_unordered, 1, 1, 0},
      {"__gt__", m_unordered, 1, 1, 0},     {"__ge__", m_unordered, 1, 1, 0},
      {"__hash__", m_hash, 0, 0, 0},        {"__repr__", m_repr, 0, 0, 0},
      {"__format__", m_format, 1, 1, 0},    {"__getnewargs__", m_getnewargs, 0, 0, 0},
      {"__complex__", m_complex, 0, 0, 0},  {"conjugate", m_conjugate, 0, 0, 0},
  };
  add_methods(vm, t, methods);
  add_getter(vm, t, "real", m_real);
  add_getter(vm, t, "imag", m_imag);
  t->native_new = new_builtin(vm, "complex", complex_new, Value::null(), 0, -1, kBuiltinKeywords);
  if (!t->native_new.is_null()) t->native_new.as<Builtin>()->owner = t;
}

}  // namespace taipan::runtime
