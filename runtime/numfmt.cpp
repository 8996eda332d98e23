// See numfmt.h.
#include "runtime/numfmt.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace taipan::runtime {

namespace {

// Shortest digits that round-trip: digits without dot, and decpt such that
// value = 0.DIGITS * 10**decpt. d must be finite and > 0.
void shortest_digits(double d, std::string& digits, int& decpt) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, r.ptr);
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  int exp = std::atoi(s.c_str() + e + 1);
  digits.clear();
  for (char c : mant)
    if (c != '.') digits += c;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  decpt = exp + 1;
}

// Correctly rounded digits with `prec` digits after the point ('f') via glibc's exact printf.
std::string fixed(double d, int prec) {
  int n = std::snprintf(nullptr, 0, "%.*f", prec, d);
  std::string s(size_t(n) + 1, '\0');
  std::snprintf(s.data(), s.size(), "%.*f", prec, d);
  s.resize(size_t(n));
  return s;
}
std::string printf_fmt(double d, int prec, char conv, bool alt) {
  char f[16];
  std::snprintf(f, sizeof f, "%%%s.*%c", alt ? "#" : "", conv);
  int n = std::snprintf(nullptr, 0, f, prec, d);
  std::string s(size_t(n) + 1, '\0');
  std::snprintf(s.data(), s.size(), f, prec, d);
  s.resize(size_t(n));
  return s;
}

size_t cp_len(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) out += char(cp);
  else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// Inserts a separator every `every` digits into the integer digits string.
std::string group(std::string_view digits, char sep, int every) {
  std::string out;
  size_t n = digits.size();
  for (size_t i = 0; i < n; i++) {
    if (i && (n - i) % size_t(every) == 0) out += sep;
    out += digits[i];
  }
  return out;
}

// Pads sign+prefix+body to the spec's width with its fill and alignment.
std::string pad(const FormatSpec& spec, std::string_view sign_prefix, std::string_view body, char default_align) {
  char align = spec.align ? spec.align : default_align;
  char32_t fill = spec.fill;
  size_t len = cp_len(sign_prefix) + cp_len(body);
  std::string out;
  if (spec.width < 0 || size_t(spec.width) <= len) {
    out += sign_prefix;
    out += body;
    return out;
  }
  size_t padn = size_t(spec.width) - len;
  auto fillrun = [&](size_t k) {
    for (size_t i = 0; i < k; i++) append_utf8(out, fill);
  };
  switch (align) {
    case '<': out += sign_prefix; out += body; fillrun(padn); break;
    case '^': fillrun(padn / 2); out += sign_prefix; out += body; fillrun(padn - padn / 2); break;
    case '=': out += sign_prefix; fillrun(padn); out += body; break;
    default: fillrun(padn); out += sign_prefix; out += body; break;
  }
  return out;
}

// Zero padding inside a grouped number: CPython inserts separators into the padding too.
std::string zero_pad_grouped(std::string_view intpart, size_t min_len, char sep, int every) {
  std::string digits(intpart);
  if (!sep) {
    while (digits.size() < min_len) digits.insert(digits.begin(), '0');
    return digits;
  }
  std::string g = group(digits, sep, every);
  while (g.size() < min_len) {
    digits.insert(digits.begin(), '0');
    g = group(digits, sep, every);
  }
  return g;
}

}  // namespace

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  std::string digits;
  int decpt;
  shortest_digits(std::fabs(d), digits, decpt);
  std::string out = d < 0 ? "-" : "";
  int n = int(digits.size());
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0.";
      out.append(size_t(-decpt), '0');
      out += digits;
    } else if (decpt >= n) {
      out += digits;
      out.append(size_t(decpt - n), '0');
      out += ".0";
    } else {
      out += digits.substr(0, size_t(decpt));
      out += ".";
      out += digits.substr(size_t(decpt));
    }
  } else {
    out += digits[0];
    if (n > 1) {
      out += ".";
      out += digits.substr(1);
    }
    int e = decpt - 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    out += buf;
  }
  return out;
}

bool parse_format_spec(std::string_view s, FormatSpec& o, std::string& err) {
  o = FormatSpec();
  size_t i = 0;
  // fill + align: the fill may be any code point
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (!s.empty()) {
    size_t cl = 1;
    unsigned char c0 = uint8_t(s[0]);
    if (c0 >= 0xF0) cl = 4;
    else if (c0 >= 0xE0) cl = 3;
    else if (c0 >= 0xC0) cl = 2;
    if (s.size() > cl && is_align(s[cl])) {
      char32_t cp = 0;
      if (cl == 1) cp = c0;
      else {
        cp = c0 & (0xFF >> (cl + 1));
        for (size_t k = 1; k < cl; k++) cp = (cp << 6) | (uint8_t(s[k]) & 0x3F);
      }
      o.fill = cp;
      o.align = s[cl];
      i = cl + 1;
    } else if (is_align(s[0])) {
      o.align = s[0];
      i = 1;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) o.sign = s[i++];
  if (i < s.size() && s[i] == 'z') {
    o.z = true;
    i++;
  }
  if (i < s.size() && s[i] == '#') {
    o.alternate = true;
    i++;
  }
  if (i < s.size() && s[i] == '0') {
    o.zero_pad = true;
    if (!o.align) {
      o.fill = '0';
      o.align = '=';
    }
    i++;
  }
  size_t start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
  if (i > start) {
    if (i - start > 9) {
      err = "Too many decimal digits in format string";
      return false;
    }
    o.width = std::atoi(std::string(s.substr(start, i - start)).c_str());
  }
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
    o.grouping = s[i++];
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
      err = "Cannot specify both ',' and '_'.";
      if (s[i] == o.grouping) err = std::string("Cannot specify '") + o.grouping + "' with '" + o.grouping + "'.";
      return false;
    }
  }
  if (i < s.size() && s[i] == '.') {
    i++;
    start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
    if (i == start) {
      err = "Format specifier missing precision";
      return false;
    }
    if (i - start > 9) {
      err = "Too many decimal digits in format string";
      return false;
    }
    o.precision = std::atoi(std::string(s.substr(start, i - start)).c_str());
  }
  if (s.size() - i > 1) {
    err = "Invalid format specifier";
    return false;
  }
  if (i < s.size()) o.type = s[i];
  if (o.grouping) {
    char t = o.type;
    bool ok = t == 0 || t == 'd' || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%' ||
              (o.grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X'));
    if (!ok) {
      err = std::string("Cannot specify '") + o.grouping + "' with '" + t + "'.";
      return false;
    }
  }
  return true;
}

bool format_float(double v, const FormatSpec& spec, std::string& out, std::string& err) {
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default:
      err = std::string("Unknown format code '") + type + "' for object of type 'float'";
      return false;
  }
  if (spec.align == '=' && false) {}
  bool neg = std::signbit(v) && !std::isnan(v);
  double a = std::fabs(v);
  std::string body;
  int prec = spec.precision;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (!std::isfinite(a)) {
    body = std::isnan(a) ? "nan" : "inf";
    if (upper) body = std::isnan(a) ? "NAN" : "INF";
    if (type == '%') body += "%";
  } else {
    switch (type) {
      case 'f': case 'F': body = fixed(a, prec < 0 ? 6 : prec); if (spec.alternate && body.find('.') == std::string::npos) body += "."; break;
      case 'e': case 'E': body = printf_fmt(a, prec < 0 ? 6 : prec, type, spec.alternate); break;
      case 'g': case 'G': case 'n': body = printf_fmt(a, prec < 0 ? 6 : (prec == 0 ? 1 : prec), type == 'n' ? 'g' : type, spec.alternate); break;
      case '%': body = fixed(a * 100.0, prec < 0 ? 6 : prec) + "%"; break;
      default:
        if (prec < 0) {
          body = float_repr(a);
        } else {
          // Like 'g', but switches to exponent notation one digit earlier and keeps at
          // least one digit after the point in fixed notation (CPython's repr-style mode).
          int p = prec == 0 ? 1 : prec;
          std::string e = printf_fmt(a, p - 1, 'e', spec.alternate);
          int exp = std::atoi(e.c_str() + e.find('e') + 1);
          if (exp < -4 || exp >= p - 1) {
            if (!spec.alternate) {
              size_t epos = e.find('e');
              std::string mant = e.substr(0, epos);
              if (mant.find('.') != std::string::npos) {
                while (mant.back() == '0') mant.pop_back();
                if (mant.back() == '.') mant.pop_back();
              }
              e = mant + e.substr(epos);
            }
            body = e;
          } else {
            body = fixed(a, p - 1 - exp);
            if (!spec.alternate && body.find('.') != std::string::npos) {
              while (body.back() == '0') body.pop_back();
              if (body.back() == '.') body += '0';
            }
            if (body.find('.') == std::string::npos) body += ".0";
          }
        }
        break;
    }
  }
  if (spec.z && neg) {
    // Negative zero after rounding becomes positive.
    bool all_zero = true;
    for (char c : body)
      if (c >= '1' && c <= '9') { all_zero = false; break; }
    if (all_zero) neg = false;
  }
  std::string sign;
  if (neg) sign = "-";
  else if (spec.sign == '+') sign = "+";
  else if (spec.sign == ' ') sign = " ";
  // Grouping applies to the integer part.
  size_t intlen = 0;
  while (intlen < body.size() && body[intlen] >= '0' && body[intlen] <= '9') intlen++;
  std::string intpart = body.substr(0, intlen), rest = body.substr(intlen);
  if (spec.zero_pad && spec.align == '=' && spec.fill == '0' && spec.width > 0 && std::isfinite(a)) {
    size_t want = size_t(spec.width) > sign.size() + rest.size() ? size_t(spec.width) - sign.size() - rest.size() : 0;
    intpart = zero_pad_grouped(intpart, want, spec.grouping, 3);
    out = sign + intpart + rest;
    return true;
  }
  if (spec.grouping) intpart = group(intpart, spec.grouping, 3);
  out = pad(spec, sign, intpart + rest, '>');
  return true;
}

int format_int_base(const FormatSpec& spec) {
  switch (spec.type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 0: case 'd': case 'n': return 10;
    default: return 0;
  }
}

bool format_int_digits(bool neg, std::string_view digits, const FormatSpec& spec, std::string& out, std::string& err) {
  char type = spec.type;
  if (spec.z) {
    err = "Negative zero coercion (z) not allowed in integer format specifier";
    return false;
  }
  if (spec.precision >= 0) {
    err = "Precision not allowed in integer format specifier";
    return false;
  }
  if (type == 'n' && spec.grouping) {
    err = "Cannot specify ',' with 'n'.";
    return false;
  }
  std::string d(digits);
  if (type == 'X')
    for (auto& c : d) c = char(std::toupper(uint8_t(c)));
  std::string prefix;
  if (spec.alternate) {
    if (type == 'b') prefix = "0b";
    else if (type == 'o') prefix = "0o";
    else if (type == 'x') prefix = "0x";
    else if (type == 'X') prefix = "0X";
  }
  std::string sign;
  if (neg) sign = "-";
  else if (spec.sign == '+') sign = "+";
  else if (spec.sign == ' ') sign = " ";
  int every = (type == 'b' || type == 'o' || type == 'x' || type == 'X') ? 4 : 3;
  if (spec.zero_pad && spec.align == '=' && spec.fill == '0' && spec.width > 0) {
    size_t want = size_t(spec.width) > sign.size() + prefix.size() ? size_t(spec.width) - sign.size() - prefix.size() : 0;
    out = sign + prefix + zero_pad_grouped(d, want, spec.grouping, every);
    return true;
  }
  if (spec.grouping) d = group(d, spec.grouping, every);
  out = pad(spec, sign + prefix, d, '>');
  return true;
}

bool format_str(std::string_view s, const FormatSpec& spec, std::string& out, std::string& err) {
  if (spec.type && spec.type != 's') {
    err = std::string("Unknown format code '") + spec.type + "' for object of type 'str'";
    return false;
  }
  if (spec.sign) {
    err = "Sign not allowed in string format specifier";
    return false;
  }
  if (spec.grouping) {
    err = std::string("Cannot specify '") + spec.grouping + "' with 's'.";
    return false;
  }
  if (spec.z) {
    err = "Negative zero coercion (z) not allowed in string format specifier";
    return false;
  }
  if (spec.alternate) {
    err = "Alternate form (#) not allowed in string format specifier";
    return false;
  }
  if (spec.align == '=') {
    err = "'=' alignment not allowed in string format specifier";
    return false;
  }
  std::string body(s);
  if (spec.precision >= 0) {
    size_t n = 0, i = 0;
    while (i < body.size() && n < size_t(spec.precision)) {
      i++;
      while (i < body.size() && (uint8_t(body[i]) & 0xC0) == 0x80) i++;
      n++;
    }
    body.resize(i);
  }
  out = pad(spec, "", body, '<');
  return true;
}

std::string percent_format_float(double v, char conv, int width, int prec, bool left, bool plus, bool space, bool alt,
                                 bool zero) {
  if (prec < 0) prec = 6;
  std::string body;
  bool neg = std::signbit(v) && !std::isnan(v);
  double a = std::fabs(v);
  if (!std::isfinite(a)) {
    body = std::isnan(a) ? "nan" : "inf";
    if (conv == 'E' || conv == 'F' || conv == 'G') body = std::isnan(a) ? "NAN" : "INF";
    zero = false;
  } else if (conv == 'r') {
    body = float_repr(a);
  } else {
    char c = conv;
    if (c == 'g' || c == 'G') prec = prec == 0 ? 1 : prec;
    body = printf_fmt(a, prec, c, alt);
  }
  std::string sign = neg ? "-" : plus ? "+" : space ? " " : "";
  std::string out;
  size_t len = sign.size() + body.size();
  if (width > 0 && size_t(width) > len) {
    size_t padn = size_t(width) - len;
    if (left) out = sign + body + std::string(padn, ' ');
    else if (zero) out = sign + std::string(padn, '0') + body;
    else out = std::string(padn, ' ') + sign + body;
  } else {
    out = sign + body;
  }
  return out;
}

bool parse_float(std::string_view s, double& out) {
  size_t i = 0, n = s.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (i < n && space(s[i])) i++;
  while (n > i && space(s[n - 1])) n--;
  if (i >= n) return false;
  std::string t;
  bool neg = false;
  if (s[i] == '+' || s[i] == '-') {
    neg = s[i] == '-';
    i++;
  }
  std::string rest(s.substr(i, n - i));
  std::string lower;
  for (char c : rest) lower += char(std::tolower(uint8_t(c)));
  if (lower == "inf" || lower == "infinity") {
    out = neg ? -INFINITY : INFINITY;
    return true;
  }
  if (lower == "nan") {
    out = neg ? -NAN : NAN;
    return true;
  }
  // digits [. digits] [e [sign] digits] with underscores only between digits
  char prev = 0;
  bool any_digit = false, seen_dot = false, seen_e = false, exp_digit = false;
  for (size_t k = 0; k < rest.size(); k++) {
    char c = rest[k];
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9') || k + 1 >= rest.size() || !(rest[k + 1] >= '0' && rest[k + 1] <= '9')) return false;
      prev = c;
      continue;
    }
    if (c >= '0' && c <= '9') {
      if (seen_e) exp_digit = true;
      else any_digit = true;
    } else if (c == '.') {
      if (seen_dot || seen_e) return false;
      seen_dot = true;
    } else if (c == 'e' || c == 'E') {
      if (seen_e || !any_digit) return false;
      seen_e = true;
    } else if ((c == '+' || c == '-') && (prev == 'e' || prev == 'E')) {
    } else {
      return false;
    }
    t += c;
    prev = c;
  }
  if (!any_digit || (seen_e && !exp_digit)) return false;
  char* end;
  double d = std::strtod(t.c_str(), &end);
  if (*end) return false;
  out = neg ? -d : d;
  return true;
}

bool round_float(double x, int64_t nd, double& out) {
  if (!std::isfinite(x) || x == 0.0) {
    out = x;
    return true;
  }
  if (nd > 323) {
    out = x;
    return true;
  }
  if (nd < -308) {
    out = std::copysign(0.0, x);
    return true;
  }
  if (nd >= 0) {
    // Exact decimal rounding (glibc's printf rounds the exact binary value half-even).
    std::string s = fixed(x, int(nd));
    out = std::strtod(s.c_str(), nullptr);
    return true;
  }
  // Negative ndigits: round to a multiple of 10**-nd with ties to even on the exact value.
  double p = std::pow(10.0, double(-nd));
  std::string s = fixed(x, 0);  // exact integer part as text, rounded half-even
  // Use long double path for moderate sizes.
  double y = x / p;
  double r = std::nearbyint(y);
  if (std::fabs(y - std::trunc(y)) == 0.5) r = 2.0 * std::nearbyint(y / 2.0);
  out = r * p;
  if (std::isinf(out)) return false;
  (void)s;
  return true;
}

std::string float_hex(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0x0.0p+0" : "0x0.0p+0";
  std::string out = d < 0 ? "-" : "";
  d = std::fabs(d);
  int e;
  double m = std::frexp(d, &e);  // [0.5, 1)
  // CPython: 0x1.<13 hex digits>p<exp>, subnormals as 0x0.xxx
  int shift = 1;
  m *= 2.0;
  e -= 1;
  if (e < -1022) {
    m = std::ldexp(m, e + 1022);
    e = -1022;
    shift = 0;
  }
  int lead = int(m);
  m -= lead;
  out += "0x";
  out += char('0' + lead);
  out += ".";
  for (int i = 0; i < 13; i++) {
    m *= 16.0;
    int digit = int(m);
    out += "0123456789abcdef"[digit];
    m -= digit;
  }
  (void)shift;
  char buf[16];
  std::snprintf(buf, sizeof buf, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
  out += buf;
  return out;
}

bool float_fromhex(std::string_view s, double& out, std::string& err) {
  std::string t(s);
  size_t a = t.find_first_not_of(" \t\n\r\f\v");
  size_t b = t.find_last_not_of(" \t\n\r\f\v");
  if (a == std::string::npos) {
    err = "invalid hexadecimal floating-point string";
    return false;
  }
  t = t.substr(a, b - a + 1);
  std::string lower;
  for (char c : t) lower += char(std::tolower(uint8_t(c)));
  std::string body = lower;
  bool neg = false;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    neg = body[0] == '-';
    body = body.substr(1);
  }
  if (body == "inf" || body == "infinity") {
    out = neg ? -INFINITY : INFINITY;
    return true;
  }
  if (body == "nan") {
    out = NAN;
    return true;
  }
  if (body.rfind("0x", 0) != 0) body = "0x" + body;
  if (body.find('p') == std::string::npos) body += "p0";
  char* end;
  errno = 0;
  double d = std::strtod(body.c_str(), &end);
  if (*end || body == "0xp0") {
    err = "invalid hexadecimal floating-point string";
    return false;
  }
  if (std::isinf(d)) {
    err = "hexadecimal value too large to represent as a float";
    return false;
  }
  out = neg ? -d : d;
  return true;
}

}  // namespace taipan::runtime
