// See numfmt.h. Semantics follow CPython 3.11 (Python/pystrtod.c, Python/formatter_unicode.c,
// Objects/floatobject.c); the code here is an independent implementation.
#include "runtime/numfmt.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#if defined(__EMSCRIPTEN__) && !defined(TAIPAN_NUMFMT_NO_FP_CHARCONV)
#define TAIPAN_NUMFMT_NO_FP_CHARCONV 1
#endif
#if !TAIPAN_NUMFMT_NO_FP_CHARCONV
#include <charconv>
#endif

namespace taipan::runtime {

namespace {

constexpr int64_t kMaxOutput = int64_t(1) << 28;  // longer results: MemoryError

// ---------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------

// Decodes one code point at s[i] (lenient: a stray byte decodes to itself), advancing i.
char32_t next_cp(std::string_view s, size_t& i) {
  unsigned char c = uint8_t(s[i]);
  size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1;
  if (len == 1 || i + len > s.size()) {
    i++;
    return c;
  }
  char32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; k++) {
    unsigned char cc = uint8_t(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      i++;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

void put_cp(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
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

void put_fill(std::string& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(size_t(n), char(fill));
    return;
  }
  for (int64_t i = 0; i < n; i++) put_cp(out, fill);
}

int64_t count_cps(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size();) {
    next_cp(s, i);
    n++;
  }
  return n;
}

// Code points whose Unicode decimal value is 0 (each starts a run 0..9), Unicode 14.0.
constexpr char32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,
    0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

// Unicode decimal digit value of cp, or -1.
int decimal_value(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? int(cp - '0') : -1;
  for (char32_t z : kDecimalZeros)
    if (cp >= z && cp < z + 10) return int(cp - z);
  return -1;
}

bool is_unicode_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// Py_ISSPACE: the C-locale ASCII whitespace set.
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

// Case-insensitive prefix match of s at i against lowercase word.
bool match_word(std::string_view s, size_t i, const char* word) {
  size_t n = std::strlen(word);
  if (i + n > s.size()) return false;
  for (size_t k = 0; k < n; k++)
    if (lower(s[i + k]) != word[k]) return false;
  return true;
}

std::string fmt_snprintf(const char* fmt, int prec, double d) {
  char small[128];
  int n = std::snprintf(small, sizeof small, fmt, prec, d);
  if (n < 0) return std::string();
  if (size_t(n) < sizeof small) return std::string(small, size_t(n));
  std::string s(size_t(n) + 1, '\0');
  std::snprintf(s.data(), s.size(), fmt, prec, d);
  s.resize(size_t(n));
  return s;
}

// ---------------------------------------------------------------------------------------
// Decimal <-> binary conversion primitives
// ---------------------------------------------------------------------------------------

// Splits "d.ddde[+-]xx" (printf %e / to_chars scientific) into significant digits without
// trailing zeros and decpt (value = 0.DIGITS * 10**decpt). Zero gives "0", decpt 1.
void split_scientific(std::string_view s, std::string& digits, int64_t& decpt) {
  size_t e = s.find_first_of("eE");
  digits.clear();
  for (size_t i = 0; i < e; i++)
    if (is_digit(s[i])) digits += s[i];
  int64_t exp = 0;
  bool eneg = false;
  size_t i = e + 1;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
  for (; i < s.size(); i++) exp = exp * 10 + (s[i] - '0');
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (digits == "0") {
    decpt = 1;
    return;
  }
  decpt = (eneg ? -exp : exp) + 1;
}

#if !TAIPAN_NUMFMT_NO_FP_CHARCONV
// Shortest round-trip digits of a finite a > 0 (dtoa mode 0).
void shortest_digits(double a, std::string& digits, int64_t& decpt) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
  split_scientific(std::string_view(buf, size_t(r.ptr - buf)), digits, decpt);
}
#else
double decimal_to_double(std::string_view s, bool& overflow);
// Fallback without floating-point to_chars: the first precision whose correctly rounded
// digits read back as a. At a power-of-two boundary the rounding interval is lopsided, so
// the p-digit neighbour one unit up or down in the last place may round-trip instead.
void shortest_digits(double a, std::string& digits, int64_t& decpt) {
  bool ovf;
  for (int p = 1; p <= 17; p++) {
    std::string s = fmt_snprintf("%.*e", p - 1, a);
    split_scientific(s, digits, decpt);
    if (p == 17 || decimal_to_double(s, ovf) == a) return;
    std::string d = digits;
    d.resize(size_t(p), '0');
    for (int dir = 1; dir >= -1; dir -= 2) {
      std::string nd = d;
      int64_t np = decpt;
      size_t k = nd.size();
      char wrap = dir > 0 ? '9' : '0';
      while (k > 0 && nd[k - 1] == wrap) nd[--k] = dir > 0 ? '0' : '9';
      if (k == 0) {  // 999.. + 1: 100.. one decade higher
        nd.assign(size_t(p), '0');
        nd[0] = '1';
        np++;
      } else {
        nd[k - 1] = char(nd[k - 1] + dir);
      }
      if (nd[0] == '0') {  // 1000.. - 1 = 0999..: p nines one decade lower
        nd.assign(size_t(p), '9');
        np--;
      }
      std::string t = "0." + nd + "e" + std::to_string(np);
      if (decimal_to_double(t, ovf) == a) {
        while (nd.size() > 1 && nd.back() == '0') nd.pop_back();
        digits = nd;
        decpt = np;
        return;
      }
    }
  }
}
#endif

// Correctly rounded `n` significant digits (dtoa mode 2), n >= 1. No double has more than
// 767 significant decimal digits, so larger n changes nothing once trailing zeros go.
void sig_digits(double a, int n, std::string& digits, int64_t& decpt) {
  if (n > 800) n = 800;
  split_scientific(fmt_snprintf("%.*e", n - 1, a), digits, decpt);
}

// Correctly rounded to `n` digits after the point (dtoa mode 3), n >= 0. A double's exact
// expansion ends within 1074 places after the point.
void fixed_digits(double a, int n, std::string& digits, int64_t& decpt) {
  if (n > 1100) n = 1100;
  std::string s = fmt_snprintf("%.*f", n, a);
  size_t dot = s.find('.');
  if (dot == std::string::npos) dot = s.size();
  digits.clear();
  for (char c : s)
    if (is_digit(c)) digits += c;
  decpt = int64_t(dot);
  size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') lead++;
  if (lead == digits.size()) {
    digits = "0";
    decpt = 1;
    return;
  }
  digits.erase(0, lead);
  decpt -= int64_t(lead);
  while (digits.back() == '0') digits.pop_back();
}

#if !TAIPAN_NUMFMT_NO_FP_CHARCONV
// Magnitude estimate of a sanitized decimal "ddd.ddde[+-]ddd" whose conversion was out of
// range: true if it overflowed (value >= 1), false if it underflowed to zero.
bool decimal_is_huge(std::string_view s) {
  size_t epos = s.find_first_of("eE");
  std::string_view mant = s.substr(0, epos);
  size_t dot = mant.find('.');
  if (dot == std::string_view::npos) dot = mant.size();
  size_t f = 0;
  while (f < mant.size() && (mant[f] == '0' || mant[f] == '.')) f++;
  if (f == mant.size()) return false;
  // The first nonzero digit has weight 10**p.
  int64_t p = f < dot ? int64_t(dot - f) - 1 : -int64_t(f - dot);
  int64_t exp = 0;
  bool eneg = false;
  if (epos != std::string_view::npos) {
    size_t i = epos + 1;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
    for (; i < s.size(); i++)
      if (exp < (int64_t(1) << 40)) exp = exp * 10 + (s[i] - '0');
  }
  return p + (eneg ? -exp : exp) >= 0;
}
#endif

// Correctly rounded conversion of an unsigned decimal "digits[.digits][e[+-]digits]"
// (at least one mantissa digit). Overflow gives inf and sets overflow.
#if !TAIPAN_NUMFMT_NO_FP_CHARCONV
double decimal_to_double(std::string_view s, bool& overflow) {
  double d = 0.0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::general);
  overflow = false;
  if (r.ec == std::errc::result_out_of_range) {
    overflow = decimal_is_huge(s);
    return overflow ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return d;
}
#else
double decimal_to_double(std::string_view s, bool& overflow) {
  std::string t(s);
  double d = std::strtod(t.c_str(), nullptr);
  overflow = std::isinf(d);
  return d;
}
#endif

// ---------------------------------------------------------------------------------------
// PyOS_double_to_string
// ---------------------------------------------------------------------------------------

// PyOS_double_to_string proper. Sets too_big (and returns "") if the result would exceed
// kMaxOutput characters.
std::string to_string_impl(double v, char code, int precision, unsigned flags, bool& too_big) {
  too_big = false;
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char c = upper ? char(code + 32) : code;
  bool add_sign = flags & kDtsfSign, add_dot0 = flags & kDtsfAddDot0, alt = flags & kDtsfAlt;
  std::string out;
  if (std::isnan(v)) {
    if (add_sign) out += '+';
    out += upper ? "NAN" : "nan";
    return out;
  }
  bool neg = std::signbit(v);
  if (std::isinf(v)) {
    if (neg) out += '-';
    else if (add_sign) out += '+';
    out += upper ? "INF" : "inf";
    return out;
  }
  double a = std::fabs(v);
  std::string digits;
  int64_t decpt;
  int64_t prec = precision;
  switch (c) {
    case 'e':
      prec = int64_t(precision) + 1;
      sig_digits(a, int(prec), digits, decpt);
      break;
    case 'f':
      fixed_digits(a, precision, digits, decpt);
      break;
    case 'g':
      if (prec == 0) prec = 1;
      sig_digits(a, int(prec), digits, decpt);
      break;
    default:  // 'r'
      if (a == 0) {
        digits = "0";
        decpt = 1;
      } else {
        shortest_digits(a, digits, decpt);
      }
      break;
  }
  if ((flags & kDtsfNoNegZero) && neg && digits == "0") neg = false;
  if (neg) out += '-';
  else if (add_sign) out += '+';

  int64_t ndig = int64_t(digits.size());
  int64_t vend = ndig;
  bool use_exp = false;
  switch (c) {
    case 'e':
      use_exp = true;
      vend = prec;
      break;
    case 'f':
      vend = decpt + prec;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot0 ? prec - 1 : prec)) use_exp = true;
      if (alt) vend = prec;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
  int64_t min_end = (!use_exp && add_dot0) ? decpt + 1 : decpt;
  if (vend < min_end) vend = min_end;
  if (vend - vstart > kMaxOutput) {
    too_big = true;
    return std::string();
  }
  out.reserve(out.size() + size_t(vend - vstart) + 8);
  for (int64_t i = vstart; i < vend; i++) {
    if (i == decpt) out += '.';
    out += (i >= 0 && i < ndig) ? digits[size_t(i)] : '0';
  }
  if (decpt == vend) out += '.';
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    int64_t ae = exp < 0 ? -exp : exp;
    if (ae < 10) out += '0';
    out += std::to_string(ae);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Number layout: [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]
// ---------------------------------------------------------------------------------------

// Integer digits with separators every `group` digits (group 0: none), zero-extended on
// the left (separators included) until at least min_width characters.
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  std::string r;  // built right to left, reversed at the end
  int64_t remaining = int64_t(digits.size());
  int64_t mw = min_width;
  auto take = [&](int64_t len) {  // one group of len characters: digits, then zeros
    if (!r.empty() && sep) r += sep;
    int64_t chars = std::max<int64_t>(0, std::min(remaining, len));
    for (int64_t k = 0; k < chars; k++) r += digits[size_t(remaining - 1 - k)];
    r.append(size_t(len - chars), '0');
    remaining -= chars;
  };
  int64_t longest = std::max<int64_t>(std::max<int64_t>(remaining, mw), 1);
  if (group > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, mw), 1));
      take(len);
      mw -= len;
      if (remaining <= 0 && mw <= 0) break;
      mw -= 1;  // the separator
    }
  } else {
    take(longest);
  }
  std::reverse(r.begin(), r.end());
  return r;
}

struct Number {
  char sign = 0;                // emitted sign character or 0
  std::string_view prefix;      // "0x" ...
  std::string_view digits;      // integer digits (ASCII); empty for 'c'
  bool has_decimal = false;
  std::string_view remainder;   // after the decimal point, or the 'c' character
  int group = 0;                // digits per group, 0 = none
  char sep = 0;
};

void layout(const Number& n, const FormatSpec& spec, char align, std::string& out) {
  int64_t rem_len = count_cps(n.remainder);
  int64_t non_digit = (n.sign ? 1 : 0) + int64_t(n.prefix.size()) + (n.has_decimal ? 1 : 0) + rem_len;
  int64_t min_width = (spec.fill == '0' && align == '=') ? spec.width - non_digit : 0;
  std::string grouped = n.digits.empty() ? std::string() : group_digits(n.digits, min_width, n.group, n.sep);
  int64_t padding = spec.width - (non_digit + int64_t(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  out.clear();
  put_fill(out, spec.fill, lpad);
  if (n.sign) out += n.sign;
  out += n.prefix;
  put_fill(out, spec.fill, spad);
  out += grouped;
  if (n.has_decimal) out += '.';
  out += n.remainder;
  put_fill(out, spec.fill, rpad);
}

char sign_char(bool neg, char spec_sign) {
  if (neg) return '-';
  if (spec_sign == '+') return '+';
  if (spec_sign == ' ') return ' ';
  return 0;
}

char number_align(const FormatSpec& spec) {
  if (spec.align) return spec.align;
  return spec.zero_pad ? '=' : '>';
}

std::string quote_code(char32_t c) {
  if (c == kExplicitNulType) c = 0;
  if (c > 32 && c < 128) return std::string(1, char(c));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", unsigned(c));
  return buf;
}

bool is_float_type(char32_t t) {
  switch (t) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return true;
    default: return false;
  }
}

// Reads decimal digits (any Unicode decimal) into value; returns the count, -1 on overflow.
int64_t read_number(const std::vector<char32_t>& cps, size_t& pos, int64_t& value) {
  int64_t n = 0;
  value = 0;
  for (; pos < cps.size(); pos++, n++) {
    int d = decimal_value(cps[pos]);
    if (d < 0) break;
    if (value > (std::numeric_limits<int64_t>::max() - d) / 10) return -1;
    value = value * 10 + d;
  }
  return n;
}

}  // namespace

// =========================================================================================
// Public API
// =========================================================================================

std::string double_to_string(double v, char code, int precision, unsigned flags) {
  switch (code) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'r': break;
    default: return std::string();
  }
  if (precision < 0) precision = 0;
  bool too_big;
  return to_string_impl(v, code, precision, flags, too_big);
}

std::string float_repr(double d) {
  bool too_big;
  return to_string_impl(d, 'r', 0, kDtsfAddDot0, too_big);
}

std::string unknown_format_code_message(char32_t type, std::string_view type_name) {
  std::string m = "Unknown format code '" + quote_code(type) + "' for object of type '";
  m += type_name;
  m += "'";
  return m;
}

NumfmtError numfmt_error_kind(std::string_view err) {
  if (err.empty()) return NumfmtError::MemoryError;
  if (err == "%c arg not in range(0x110000)" || err == "Python int too large to convert to C long" ||
      err == "int too large to convert to float" || err == "hexadecimal value too large to represent as a float" ||
      err == "rounded value too large to represent")
    return NumfmtError::OverflowError;
  return NumfmtError::ValueError;
}

bool parse_format_spec(std::string_view spec, FormatSpec& o, std::string& err, std::string_view type_name) {
  o = FormatSpec();
  std::vector<char32_t> cps;
  for (size_t i = 0; i < spec.size();) cps.push_back(next_cp(spec, i));
  size_t n = cps.size(), pos = 0;
  auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  bool fill_given = false;
  if (n >= 2 && is_align(cps[1])) {
    o.fill = cps[0];
    o.align = char(cps[1]);
    fill_given = true;
    pos = 2;
  } else if (n >= 1 && is_align(cps[0])) {
    o.align = char(cps[0]);
    pos = 1;
  }
  if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) o.sign = char(cps[pos++]);
  if (pos < n && cps[pos] == 'z') {
    o.z = true;
    pos++;
  }
  if (pos < n && cps[pos] == '#') {
    o.alternate = true;
    pos++;
  }
  if (!fill_given && pos < n && cps[pos] == '0') {
    o.zero_pad = true;
    o.fill = '0';
    pos++;
  }
  int64_t v;
  int64_t consumed = read_number(cps, pos, v);
  if (consumed < 0) {
    err = "Too many decimal digits in format string";
    return false;
  }
  if (consumed > 0) o.width = v;
  if (pos < n && cps[pos] == ',') {
    o.grouping = ',';
    pos++;
  }
  if (pos < n && cps[pos] == '_') {
    if (o.grouping) {
      err = "Cannot specify both ',' and '_'.";
      return false;
    }
    o.grouping = '_';
    pos++;
  }
  if (pos < n && cps[pos] == ',' && o.grouping == '_') {
    err = "Cannot specify both ',' and '_'.";
    return false;
  }
  if (pos < n && cps[pos] == '.') {
    pos++;
    consumed = read_number(cps, pos, v);
    if (consumed < 0) {
      err = "Too many decimal digits in format string";
      return false;
    }
    if (consumed == 0) {
      err = "Format specifier missing precision";
      return false;
    }
    o.precision = v;
  }
  if (n - pos > 1) {
    if (type_name.empty()) {
      err = "Invalid format specifier";
    } else {
      err = "Invalid format specifier '";
      err += spec;
      err += "' for object of type '";
      err += type_name;
      err += "'";
    }
    return false;
  }
  if (n - pos == 1) o.type = cps[pos] ? cps[pos] : kExplicitNulType;
  if (o.grouping) {
    switch (o.type == kExplicitNulType ? 0 : o.type) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (o.grouping == '_') break;
        [[fallthrough]];
      default:
        err = std::string("Cannot specify '") + o.grouping + "' with '" + quote_code(o.type) + "'.";
        return false;
    }
  }
  return true;
}

bool format_float(double v, const FormatSpec& spec, std::string& out, std::string& err, std::string_view type_name) {
  char32_t type = spec.type == kExplicitNulType ? 0 : spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default:
      err = unknown_format_code_message(spec.type, type_name);
      return false;
  }
  if (spec.precision > std::numeric_limits<int>::max()) {
    err = "precision too big";
    return false;
  }
  if (spec.width > kMaxOutput) {
    err.clear();  // MemoryError
    return false;
  }
  char code = char(type);
  int prec = int(spec.precision), default_prec = 6;
  unsigned flags = 0;
  if (spec.alternate) flags |= kDtsfAlt;
  if (spec.z) flags |= kDtsfNoNegZero;
  if (code == 0) {
    flags |= kDtsfAddDot0;
    code = 'r';
    default_prec = 0;
  }
  if (code == 'n') code = 'g';
  bool pct = false;
  if (code == '%') {
    code = 'f';
    v *= 100;
    pct = true;
  }
  if (prec < 0) prec = default_prec;
  else if (code == 'r') code = 'g';
  bool too_big;
  std::string body = to_string_impl(v, code, prec, flags, too_big);
  if (too_big) {
    err.clear();  // MemoryError
    return false;
  }
  if (pct) body += '%';
  Number num;
  std::string_view b = body;
  bool neg = false;
  if (!b.empty() && b[0] == '-') {
    neg = true;
    b.remove_prefix(1);
  }
  num.sign = sign_char(neg, spec.sign);
  size_t k = 0;
  while (k < b.size() && is_digit(b[k])) k++;
  num.digits = b.substr(0, k);
  num.has_decimal = k < b.size() && b[k] == '.';
  num.remainder = b.substr(num.has_decimal ? k + 1 : k);
  if (spec.grouping && type != 'n') {
    num.group = 3;
    num.sep = spec.grouping;
  }
  layout(num, spec, number_align(spec), out);
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

bool format_int_digits(bool neg, std::string_view digits, const FormatSpec& spec, std::string& out, std::string& err,
                       std::string_view type_name) {
  char32_t type = spec.type;
  if (is_float_type(type)) {
    std::string d(digits);
    if (d.empty()) d = "0";
    bool overflow;
    double x = decimal_to_double(d, overflow);
    if (overflow) {
      err = "int too large to convert to float";
      return false;
    }
    return format_float(neg ? -x : x, spec, out, err, type_name);
  }
  switch (type) {
    case 0: case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    default:
      err = unknown_format_code_message(type, type_name);
      return false;
  }
  if (spec.precision != -1) {
    err = "Precision not allowed in integer format specifier";
    return false;
  }
  if (spec.z) {
    err = "Negative zero coercion (z) not allowed in integer format specifier";
    return false;
  }
  if (spec.width > kMaxOutput) {
    err.clear();  // MemoryError
    return false;
  }
  Number num;
  std::string ch, upper;
  if (type == 'c') {
    if (spec.sign) {
      err = "Sign not allowed with integer format specifier 'c'";
      return false;
    }
    if (spec.alternate) {
      err = "Alternate form (#) not allowed with integer format specifier 'c'";
      return false;
    }
    size_t lead = 0;
    while (lead + 1 < digits.size() && digits[lead] == '0') lead++;
    std::string_view d = digits.substr(lead);
    // C long range check first (PyLong_AsLong), then the code point range.
    bool fits = d.size() < 19 || (d.size() == 19 && (d < "9223372036854775807" || d == "9223372036854775807" ||
                                                    (neg && d == "9223372036854775808")));
    if (!fits) {
      err = "Python int too large to convert to C long";
      return false;
    }
    uint64_t val = 0;
    for (char c : d) val = val * 10 + uint64_t(c - '0');
    if ((neg && val != 0) || val > 0x10FFFF) {
      err = "%c arg not in range(0x110000)";
      return false;
    }
    put_cp(ch, char32_t(val));
    num.remainder = ch;
  } else {
    num.sign = sign_char(neg, spec.sign);
    if (spec.alternate) {
      switch (type) {
        case 'b': num.prefix = "0b"; break;
        case 'o': num.prefix = "0o"; break;
        case 'x': num.prefix = "0x"; break;
        case 'X': num.prefix = "0X"; break;
        default: break;
      }
    }
    num.digits = digits.empty() ? std::string_view("0") : digits;
    if (type == 'X') {
      upper.assign(num.digits);
      for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = char(c - 32);
      num.digits = upper;
    }
    if (spec.grouping && type != 'n') {
      num.sep = spec.grouping;
      num.group = (type == 'b' || type == 'o' || type == 'x' || type == 'X') ? 4 : 3;
    }
  }
  layout(num, spec, number_align(spec), out);
  return true;
}

bool format_str(std::string_view s, const FormatSpec& spec, std::string& out, std::string& err,
                std::string_view type_name) {
  if (spec.grouping && spec.type == 0) {
    err = std::string("Cannot specify '") + spec.grouping + "' with 's'.";
    return false;
  }
  if (spec.type != 0 && spec.type != 's') {
    err = unknown_format_code_message(spec.type, type_name);
    return false;
  }
  if (spec.sign) {
    err = spec.sign == ' ' ? "Space not allowed in string format specifier"
                           : "Sign not allowed in string format specifier";
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
  if (spec.width > kMaxOutput) {
    err.clear();  // MemoryError
    return false;
  }
  std::string_view body = s;
  int64_t len = 0;
  size_t i = 0;
  while (i < s.size() && (spec.precision < 0 || len < spec.precision)) {
    next_cp(s, i);
    len++;
  }
  body = s.substr(0, i);
  int64_t pad = spec.width > len ? spec.width - len : 0;
  int64_t lpad = 0;
  char align = spec.align ? spec.align : '<';
  if (align == '>') lpad = pad;
  else if (align == '^') lpad = pad / 2;
  out.clear();
  put_fill(out, spec.fill, lpad);
  out += body;
  put_fill(out, spec.fill, pad - lpad);
  return true;
}

std::string percent_format_float(double v, char conv, int width, int prec, bool left, bool plus, bool space, bool alt,
                                 bool zero) {
  switch (conv) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    default: return std::string();
  }
  if (prec < 0) prec = 6;
  bool too_big;
  std::string body = to_string_impl(v, conv, prec, alt ? kDtsfAlt : 0u, too_big);
  if (too_big) return std::string();
  std::string_view b = body;
  char sign = 0;
  if (b[0] == '-') {
    sign = '-';
    b.remove_prefix(1);
  } else if (plus) {
    sign = '+';
  } else if (space) {
    sign = ' ';
  }
  int64_t len = int64_t(b.size()) + (sign ? 1 : 0);
  int64_t pad = width > len ? width - len : 0;
  std::string out;
  if (left) {
    if (sign) out += sign;
    out += b;
    out.append(size_t(pad), ' ');
  } else if (zero) {
    if (sign) out += sign;
    out.append(size_t(pad), '0');
    out += b;
  } else {
    out.append(size_t(pad), ' ');
    if (sign) out += sign;
    out += b;
  }
  return out;
}

bool parse_float(std::string_view s, double& out, bool from_bytes) {
  // 1. Unicode decimals/whitespace to ASCII (str only); other non-ASCII becomes '?'.
  std::string t;
  t.reserve(s.size());
  if (from_bytes) {
    t.assign(s);
  } else {
    for (size_t i = 0; i < s.size();) {
      char32_t cp = next_cp(s, i);
      if (cp < 0x80) t += char(cp);
      else if (is_unicode_space(cp)) t += ' ';
      else if (int d = decimal_value(cp); d >= 0) t += char('0' + d);
      else t += '?';
    }
  }
  // 2. Underscores: only between digits; removed.
  if (t.find('_') != std::string::npos) {
    std::string u;
    char prev = 0;
    for (char c : t) {
      if (c == '_') {
        if (!is_digit(prev)) return false;
      } else {
        if (prev == '_' && !is_digit(c)) return false;
        u += c;
      }
      prev = c;
    }
    if (prev == '_') return false;
    t.swap(u);
  }
  // 3. Strip ASCII whitespace.
  size_t a = 0, b = t.size();
  while (a < b && is_ascii_space(t[a])) a++;
  while (b > a && is_ascii_space(t[b - 1])) b--;
  std::string_view r(t.data() + a, b - a);
  if (r.empty()) return false;
  bool neg = false;
  size_t i = 0;
  if (r[0] == '+' || r[0] == '-') {
    neg = r[0] == '-';
    i = 1;
  }
  // 4. inf / infinity / nan.
  if (match_word(r, i, "inf")) {
    size_t end = i + 3;
    if (match_word(r, end, "inity")) end += 5;
    if (end != r.size()) return false;
    out = neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    return true;
  }
  if (match_word(r, i, "nan")) {
    if (i + 3 != r.size()) return false;
    out = std::copysign(std::numeric_limits<double>::quiet_NaN(), neg ? -1.0 : 1.0);
    return true;
  }
  // 5. digits [. digits] [e [sign] digits]
  size_t start = i, mant_digits = 0;
  while (i < r.size() && is_digit(r[i])) i++, mant_digits++;
  if (i < r.size() && r[i] == '.') {
    i++;
    while (i < r.size() && is_digit(r[i])) i++, mant_digits++;
  }
  if (mant_digits == 0) return false;
  if (i < r.size() && (r[i] == 'e' || r[i] == 'E')) {
    size_t j = i + 1;
    if (j < r.size() && (r[j] == '+' || r[j] == '-')) j++;
    size_t ds = j;
    while (j < r.size() && is_digit(r[j])) j++;
    if (j == ds) return false;
    i = j;
  }
  if (i != r.size()) return false;
  bool overflow;
  double d = decimal_to_double(r.substr(start), overflow);
  out = neg ? -d : d;
  return true;
}

bool round_float(double x, int64_t nd, double& out) {
  if (!std::isfinite(x)) {
    out = x;
    return true;
  }
  if (nd > 323) {
    out = x;
    return true;
  }
  if (nd < -308) {
    out = 0.0 * x;
    return true;
  }
  bool neg = std::signbit(x);
  double a = std::fabs(x);
  std::string dec;
  if (nd >= 0) {
    dec = fmt_snprintf("%.*f", int(nd), a);
  } else {
    // Round the exact integer part at 10**k, half-even; any fraction only breaks ties upward.
    int k = int(-nd);
    double ip = std::trunc(a);
    bool frac = ip != a;
    std::string d = fmt_snprintf("%.*f", 0, ip);
    if (d.size() < size_t(k) + 1) d.insert(0, size_t(k) + 1 - d.size(), '0');
    std::string head = d.substr(0, d.size() - size_t(k)), tail = d.substr(d.size() - size_t(k));
    std::string half = "5" + std::string(size_t(k) - 1, '0');
    int cmp = tail.compare(half);
    bool up = cmp > 0 || (cmp == 0 && (frac || (head.back() - '0') % 2 == 1));
    if (up) {
      size_t j = head.size();
      while (j > 0 && head[j - 1] == '9') head[--j] = '0';
      if (j == 0) head.insert(head.begin(), '1');
      else head[j - 1]++;
    }
    dec = head + "e" + std::to_string(k);
  }
  bool overflow;
  double r = decimal_to_double(dec, overflow);
  if (overflow || std::isinf(r)) return false;
  out = neg ? -r : r;
  return true;
}

std::string float_hex(double d) {
  if (std::isnan(d) || std::isinf(d)) return float_repr(d);
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  bool neg = bits >> 63;
  int bexp = int((bits >> 52) & 0x7FF);
  uint64_t mant = bits & ((uint64_t(1) << 52) - 1);
  std::string out = neg ? "-0x" : "0x";
  if (bexp == 0 && mant == 0) return out + "0.0p+0";
  int e;
  if (bexp == 0) {
    out += "0.";
    e = -1022;
  } else {
    out += "1.";
    e = bexp - 1023;
  }
  for (int sh = 48; sh >= 0; sh -= 4) out += "0123456789abcdef"[(mant >> sh) & 0xF];
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

bool float_fromhex(std::string_view s, double& out, std::string& err) {
  const char* kInvalid = "invalid hexadecimal floating-point string";
  const char* kTooLarge = "hexadecimal value too large to represent as a float";
  size_t i = 0, n = s.size();
  while (i < n && is_ascii_space(s[i])) i++;
  double x = 0.0;
  bool neg = false;
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = lower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  // inf / nan (sign handled here)
  {
    size_t j = i;
    bool sneg = false;
    if (j < n && (s[j] == '-' || s[j] == '+')) sneg = s[j++] == '-';
    if (match_word(s, j, "inf")) {
      j += 3;
      if (match_word(s, j, "inity")) j += 5;
      x = sneg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
      i = j;
      goto finished;
    }
    if (match_word(s, j, "nan")) {
      x = std::copysign(std::numeric_limits<double>::quiet_NaN(), sneg ? -1.0 : 1.0);
      i = j + 3;
      goto finished;
    }
  }
  {
    if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
    if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
    std::string hex;  // all coefficient digits, most significant first
    int64_t fdigits = 0;
    while (i < n && hexval(s[i]) >= 0) hex += s[i++];
    if (i < n && s[i] == '.') {
      i++;
      while (i < n && hexval(s[i]) >= 0) {
        hex += s[i++];
        fdigits++;
      }
    }
    if (hex.empty()) {
      err = kInvalid;
      return false;
    }
    constexpr int64_t kLongMax = std::numeric_limits<long>::max(), kLongMin = std::numeric_limits<long>::min();
    int64_t exp = 0;
    if (i < n && (s[i] == 'p' || s[i] == 'P')) {
      i++;
      bool eneg = false;
      if (i < n && (s[i] == '-' || s[i] == '+')) eneg = s[i++] == '-';
      if (!(i < n && is_digit(s[i]))) {
        err = kInvalid;
        return false;
      }
      bool sat = false;
      for (; i < n && is_digit(s[i]); i++) {
        if (!sat && exp > (kLongMax - (s[i] - '0')) / 10) sat = true;
        if (!sat) exp = exp * 10 + (s[i] - '0');
      }
      if (sat) exp = eneg ? kLongMin : kLongMax;
      else if (eneg) exp = -exp;
    }
    size_t lead = 0;
    while (lead < hex.size() && hex[lead] == '0') lead++;
    hex.erase(0, lead);
    int64_t nd = int64_t(hex.size());
    if (nd == 0 || exp < kLongMin / 2) {
      x = 0.0;
      goto finished;
    }
    if (exp > kLongMax / 2) {
      err = kTooLarge;
      return false;
    }
    exp -= 4 * fdigits;  // value = N * 2**exp, N the hex integer
    int top_bits = 0;
    for (int d = hexval(hex[0]); d; d >>= 1) top_bits++;
    int64_t top_exp = exp + 4 * (nd - 1) + top_bits;  // N * 2**exp < 2**top_exp
    if (top_exp < -1021 - 53) {
      x = 0.0;
      goto finished;
    }
    if (top_exp > 1024) {
      err = kTooLarge;
      return false;
    }
    int64_t lsb = std::max<int64_t>(top_exp, -1021) - 53;
    auto bit = [&](int64_t j) -> int {  // bit j of N (0 = least significant)
      if (j < 0 || j >= 4 * nd) return 0;
      return (hexval(hex[size_t(nd - 1 - j / 4)]) >> (j % 4)) & 1;
    };
    uint64_t mant = 0;
    if (exp >= lsb) {
      for (char c : hex) mant = mant * 16 + uint64_t(hexval(c));
      x = std::ldexp(double(mant), int(exp));
    } else {
      int64_t shift = lsb - exp;  // low bits of N rounded away
      for (int64_t j = 4 * nd - 1; j >= shift; j--) mant = (mant << 1) | uint64_t(bit(j));
      int guard = bit(shift - 1);
      bool sticky = false;
      for (int64_t j = 0; j < shift - 1 && !sticky; j++) {
        if (j % 4 == 0 && j + 4 <= shift - 1) {
          if (hexval(hex[size_t(nd - 1 - j / 4)]) != 0) sticky = true;
          j += 3;
          continue;
        }
        if (bit(j)) sticky = true;
      }
      if (guard && (sticky || (mant & 1))) mant++;
      x = std::ldexp(double(mant), int(lsb));
      if (std::isinf(x)) {
        err = kTooLarge;
        return false;
      }
    }
  }
finished:
  while (i < n && is_ascii_space(s[i])) i++;
  if (i != n) {
    err = kInvalid;
    return false;
  }
  out = neg ? -x : x;
  return true;
}

}  // namespace taipan::runtime
