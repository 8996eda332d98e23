// String formatting: the % operator (str_format_percent), str.format / str.format_map
// (CPython's field grammar: literal text with {{ }}, fields {name.attr[key]!conv:spec} with
// auto/manual numbering and nested specs), and format(value, spec) (format_value), which
// formats str/int/float natively through numfmt and calls __format__ otherwise.
#include <cmath>
#include <cstdio>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "runtime/list.h"
#include "runtime/numbers.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

// ---------- shared helpers ----------

inline void append_cp(std::string& out, uint32_t cp) { utf8_append(out, cp); }

// Digits of an int value in base 2/8/10/16 (lower case), sign stripped into `neg`.
void int_digits(Value iv, int base, std::string& digits, bool& neg) {
  if (iv.is_small() || iv.is_bool()) {
    int64_t v = iv.is_small() ? iv.as_small() : iv.is_true();
    neg = v < 0;
    uint64_t u = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    char buf[72];
    int n = 0;
    do {
      buf[n++] = "0123456789abcdef"[u % uint64_t(base)];
      u /= uint64_t(base);
    } while (u);
    digits.assign(buf, size_t(n));
    std::reverse(digits.begin(), digits.end());
    return;
  }
  BigInt b = to_bigint(iv);
  neg = b.is_neg();
  digits = b.to_string(base);
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
}

bool has_special(VM& vm, Value v, Str* name) { return !type_lookup(type_of(vm, v), name).is_null(); }

// ---------- the % operator (str and bytes) ----------

enum PercentFlags { kLeft = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

struct PercentState {
  VM& vm;
  bool bytes;  // bytes % args: widths count bytes, %s takes bytes-likes
  Value* items;
  size_t nitems;
  size_t argidx = 0;
  Value dict;  // mapping for %(key)s, or null
};

Value next_arg(PercentState& st) {
  if (st.argidx >= st.nitems) return raise(st.vm, st.vm.TypeError, "not enough arguments for format string");
  return st.items[st.argidx++];
}

int64_t text_width(const PercentState& st, std::string_view s) {
  return int64_t(st.bytes ? s.size() : utf8_length(s));
}

// Writes sign + prefix + body padded to width into out.
void pad_number(const PercentState& st, std::string& out, char sign, const char* prefix, std::string_view body,
                int64_t width, int flags) {
  int64_t len = text_width(st, body) + (sign ? 1 : 0) + int64_t(std::strlen(prefix));
  bool zero = (flags & kZero) && !(flags & kLeft);
  if (!zero && !(flags & kLeft) && width > len) out.append(size_t(width - len), ' ');
  if (sign) out += sign;
  out += prefix;
  if (zero && width > len) out.append(size_t(width - len), '0');
  out += body;
  if ((flags & kLeft) && width > len) out.append(size_t(width - len), ' ');
}

void pad_text(const PercentState& st, std::string& out, std::string_view text, int64_t width, int flags) {
  int64_t len = text_width(st, text);
  if (!(flags & kLeft) && width > len) out.append(size_t(width - len), ' ');
  out += text;
  if ((flags & kLeft) && width > len) out.append(size_t(width - len), ' ');
}

// %d %i %u %x %X %o
Status percent_int(PercentState& st, std::string& out, Value v, char conv, int flags, int64_t width, int64_t prec) {
  VM& vm = st.vm;
  Root keep(vm);
  bool hex_oct = conv == 'x' || conv == 'X' || conv == 'o';
  Value iv = number_value(vm, v);
  if (!is_int(vm, iv)) {
    bool numeric = iv.is_double() || has_special(vm, v, vm.s_index) || has_special(vm, v, vm.s_int) ||
                   has_special(vm, v, vm.s_float);
    if (!numeric) {
      raise(vm, vm.TypeError, "%%%c format: %s is required, not %s", conv, hex_oct ? "an integer" : "a real number",
            type_name(vm, v));
      return Status::Error;
    }
    if (hex_oct) {
      if (!has_special(vm, v, vm.s_index)) {
        raise(vm, vm.TypeError, "%%%c format: an integer is required, not %s", conv, type_name(vm, v));
        return Status::Error;
      }
      iv = index_value(vm, v);
    } else {
      iv = call1(vm, Value::ptr(vm.int_type), iv);
    }
    if (iv.is_null()) return Status::Error;
    keep = iv;
  }
  std::string digits;
  bool neg;
  int_digits(iv, conv == 'o' ? 8 : hex_oct ? 16 : 10, digits, neg);
  if (conv == 'X')
    for (char& c : digits) c = char(std::toupper(uint8_t(c)));
  if (prec > int64_t(digits.size())) digits.insert(0, size_t(prec - int64_t(digits.size())), '0');
  const char* prefix = "";
  if (flags & kAlt) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
  char sign = neg ? '-' : (flags & kSign) ? '+' : (flags & kBlank) ? ' ' : 0;
  pad_number(st, out, sign, prefix, digits, width, flags);
  return Status::Ok;
}

// %e %E %f %F %g %G
Status percent_float(PercentState& st, std::string& out, Value v, char conv, int flags, int64_t width, int64_t prec) {
  VM& vm = st.vm;
  double d;
  Value nv = number_value(vm, v);
  if (nv.is_double()) {
    d = nv.as_double();
  } else {
    bool numeric = is_int(vm, nv) || has_special(vm, v, vm.s_float) || has_special(vm, v, vm.s_index);
    if (!numeric) {
      raise(vm, vm.TypeError, "must be real number, not %s", type_name(vm, v));
      return Status::Error;
    }
    if (failed(to_double(vm, v, d))) return Status::Error;
  }
  std::string body = percent_format_float(d, conv, int(width), int(prec), flags & kLeft, flags & kSign, flags & kBlank,
                                          flags & kAlt, flags & kZero);
  if (body.empty()) {
    raise_no_memory(vm);
    return Status::Error;
  }
  out += body;
  return Status::Ok;
}

Status percent_char(PercentState& st, std::string& out, Value v, int flags, int64_t width) {
  VM& vm = st.vm;
  std::string ch;
  const char* type_msg = st.bytes ? "%c requires an integer in range(256) or a single byte" : "%c requires int or char";
  std::string_view bv;
  if (Str* s = st.bytes ? nullptr : str_unwrap(v)) {
    if (s->length != 1) {
      raise(vm, vm.TypeError, "%s", type_msg);
      return Status::Error;
    }
    ch = s->view();
  } else if (st.bytes && bytes_view(v, bv)) {
    if (bv.size() != 1) {
      raise(vm, vm.TypeError, "%s", type_msg);
      return Status::Error;
    }
    ch = bv;
  } else {
    if (!is_int(vm, v) && !has_special(vm, v, vm.s_index)) {
      raise(vm, vm.TypeError, "%s", type_msg);
      return Status::Error;
    }
    Value iv = index_value(vm, v);
    if (iv.is_null()) return Status::Error;
    int64_t c;
    int64_t limit = st.bytes ? 0xFF : 0x10FFFF;
    if (failed(int_to_i64(vm, iv, c)) || c < 0 || c > limit) {
      clear_exc(vm);
      raise(vm, vm.OverflowError, st.bytes ? "%%c arg not in range(256)" : "%%c arg not in range(0x110000)");
      return Status::Error;
    }
    if (st.bytes) ch = char(c);
    else append_cp(ch, uint32_t(c));
  }
  pad_text(st, out, ch, width, flags);
  return Status::Ok;
}

// %s / %b of bytes formatting
Status percent_bytes(PercentState& st, std::string& out, Value v, int64_t width, int64_t prec, int flags) {
  VM& vm = st.vm;
  std::string_view bv;
  Root keep(vm);
  if (!bytes_view(v, bv)) {
    Value f = type_lookup(type_of(vm, v), vm.s_bytes);
    if (f.is_null() || str_unwrap(v)) {
      raise(vm, vm.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
            type_name(vm, v));
      return Status::Error;
    }
    Value b = call_method(vm, v, vm.s_bytes, nullptr, 0);
    if (b.is_null()) return Status::Error;
    keep = b;
    if (!bytes_view(b, bv)) {
      raise(vm, vm.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(vm, b));
      return Status::Error;
    }
  }
  if (prec >= 0 && int64_t(bv.size()) > prec) bv = bv.substr(0, size_t(prec));
  pad_text(st, out, bv, width, flags);
  return Status::Ok;
}

// Parses an unsigned decimal number at fmt[i..]; returns false on overflow.
bool parse_number(std::string_view fmt, size_t& i, int64_t& out) {
  out = 0;
  while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
    if (out > (INT32_MAX - 9) / 10) return false;
    out = out * 10 + (fmt[i++] - '0');
  }
  return true;
}

Status star_arg(PercentState& st, int64_t& out) {
  Value v = next_arg(st);
  if (v.is_null()) return Status::Error;
  if (!is_int(st.vm, v)) {
    raise(st.vm, st.vm.TypeError, "* wants int");
    return Status::Error;
  }
  if (failed(int_to_i64(st.vm, v, out)) || out > INT32_MAX || out < -INT32_MAX) {
    clear_exc(st.vm);
    raise(st.vm, st.vm.ValueError, "width too big");
    return Status::Error;
  }
  return Status::Ok;
}

// The shared % engine: fmt is UTF-8 (str) or raw bytes (bytes mode).
Status percent_format(VM& vm, std::string_view f, Value args, bool bytes_mode, std::string& out) {
  Root rargs(vm, args);
  PercentState st{vm, bytes_mode, nullptr, 0, 0, Value::null()};
  if (Tuple* t = tuple_unwrap(args)) {  // a tuple subclass (namedtuple) counts as a tuple
    st.items = t->items;
    st.nitems = t->size;
  } else {
    st.items = &rargs.value;
    st.nitems = 1;
    std::string_view ignored;
    if (!str_unwrap(args) && !(bytes_mode && bytes_view(args, ignored)) && has_special(vm, args, vm.s_getitem))
      st.dict = args;
  }
  out.reserve(f.size() + 16);
  size_t i = 0, n = f.size();
  Root tmp(vm);
  while (i < n) {
    size_t pct = f.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(f.data() + i, n - i);
      break;
    }
    out.append(f.data() + i, pct - i);
    i = pct + 1;
    if (i < n && f[i] == '%') {
      out += '%';
      i++;
      continue;
    }
    Value arg = Value::null();
    if (i < n && f[i] == '(') {
      if (st.dict.is_null()) {
        raise(vm, vm.TypeError, "format requires a mapping");
        return Status::Error;
      }
      size_t k = ++i;
      int depth = 1;
      while (i < n && depth) {
        if (f[i] == '(') depth++;
        else if (f[i] == ')') depth--;
        i++;
      }
      if (depth) {
        raise(vm, vm.ValueError, "incomplete format key");
        return Status::Error;
      }
      std::string_view kv = f.substr(k, i - 1 - k);
      Value key = bytes_mode ? new_bytes(vm, kv) : new_str(vm, kv);
      if (key.is_null()) return Status::Error;
      tmp = key;
      arg = getitem(vm, st.dict, key);
      if (arg.is_null()) return Status::Error;
      tmp = arg;
      st.argidx = st.nitems;  // after a key, further positional conversions have no argument
    }
    int flags = 0;
    for (; i < n; i++) {
      char c = f[i];
      if (c == '-') flags |= kLeft;
      else if (c == '+') flags |= kSign;
      else if (c == ' ') flags |= kBlank;
      else if (c == '#') flags |= kAlt;
      else if (c == '0') flags |= kZero;
      else break;
    }
    int64_t width = -1, prec = -1;
    if (i < n && f[i] == '*') {
      i++;
      if (failed(star_arg(st, width))) return Status::Error;
      if (width < 0) {
        flags |= kLeft;
        width = -width;
      }
    } else if (i < n && f[i] >= '0' && f[i] <= '9') {
      if (!parse_number(f, i, width)) {
        raise(vm, vm.ValueError, "width too big");
        return Status::Error;
      }
    }
    if (i < n && f[i] == '.') {
      i++;
      if (i < n && f[i] == '*') {
        i++;
        if (failed(star_arg(st, prec))) return Status::Error;
        if (prec < 0) prec = 0;
      } else if (!parse_number(f, i, prec)) {
        raise(vm, vm.ValueError, "precision too big");
        return Status::Error;
      }
    }
    while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;
    if (i >= n) {
      raise(vm, vm.ValueError, "incomplete format");
      return Status::Error;
    }
    size_t conv_index = i;
    uint32_t conv;
    if (bytes_mode) {
      conv = uint8_t(f[i++]);
    } else {
      const char* cp = f.data() + i;
      conv = utf8_decode(cp);
      i = size_t(cp - f.data());
    }
    if (arg.is_null()) {
      arg = next_arg(st);
      if (arg.is_null()) return Status::Error;
      tmp = arg;
    }
    Status s = Status::Ok;
    switch (conv) {
      case 's':
      case 'b':
        if (bytes_mode) {
          s = percent_bytes(st, out, arg, width, prec, flags);
          break;
        }
        if (conv == 'b') goto unsupported;
        [[fallthrough]];
      case 'r':
      case 'a': {
        Value text = conv == 's' ? str(vm, arg) : (conv == 'r' && !bytes_mode) ? repr(vm, arg) : ascii(vm, arg);
        if (text.is_null()) return Status::Error;
        Str* ts = as_str(text);
        std::string_view t = ts->view();
        if (prec >= 0 && int64_t(ts->length) > prec) t = t.substr(0, utf8_offset(ts, prec));
        pad_text(st, out, t, width, flags);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': s = percent_int(st, out, arg, char(conv), flags, width, prec); break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': s = percent_float(st, out, arg, char(conv), flags, width, prec); break;
      case 'c': s = percent_char(st, out, arg, flags, width); break;
      default:
      unsupported: {
        char shown = conv >= 32 && conv <= 126 ? char(conv) : '?';
        char hex[16];
        std::snprintf(hex, sizeof hex, "%x", unsigned(conv));
        int64_t index = bytes_mode ? int64_t(conv_index) : int64_t(utf8_length(f.substr(0, conv_index)));
        raise(vm, vm.ValueError, "unsupported format character '%s' (0x%s) at index %ld", std::string(1, shown).c_str(),
              hex, long(index));
        return Status::Error;
      }
    }
    if (failed(s)) return s;
  }
  if (st.argidx < st.nitems && st.dict.is_null()) {
    raise(vm, vm.TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                       : "not all arguments converted during string formatting");
    return Status::Error;
  }
  return Status::Ok;
}

// ---------- str.format ----------

enum class AutoState { Init, Auto, Manual };
struct AutoNumber {
  AutoState state = AutoState::Init;
  int64_t next = 0;
};

struct FormatCtx {
  VM& vm;
  Value* args;      // positional arguments (null for format_map)
  size_t nargs;
  bool has_args;
  Value kwargs;     // mapping or null
  AutoNumber autonum;
};

// -1: not an integer; -2: overflow (error set)
int64_t field_integer(VM& vm, std::string_view s) {
  if (s.empty()) return -1;
  int64_t v = 0;
  const char* p = s.data();
  const char* e = p + s.size();
  while (p < e) {
    uint32_t cp = utf8_decode(p);
    int d = cp < 128 ? (cp >= '0' && cp <= '9' ? int(cp - '0') : -1) : unicode_decimal(cp);
    if (d < 0) return -1;
    if (v > (INT64_MAX - d) / 10) {
      raise(vm, vm.ValueError, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + d;
  }
  return v;
}

Value build_string(FormatCtx& ctx, std::string_view fmt, int depth);

// Resolves a field name (first part plus .attr / [key] accessors) to its object.
Value get_field_object(FormatCtx& ctx, std::string_view name) {
  VM& vm = ctx.vm;
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
  std::string_view first = name.substr(0, i);
  int64_t index = field_integer(vm, first);
  if (index == -2) return Value::null();
  bool empty = first.empty();
  bool numeric = empty || index != -1;
  if (numeric) {
    AutoNumber& an = ctx.autonum;
    if (an.state == AutoState::Init) an.state = empty ? AutoState::Auto : AutoState::Manual;
    if (an.state == AutoState::Manual && empty)
      return raise(vm, vm.ValueError, "cannot switch from manual field specification to automatic field numbering");
    if (an.state == AutoState::Auto && !empty)
      return raise(vm, vm.ValueError, "cannot switch from automatic field numbering to manual field specification");
    if (empty) index = an.next++;
  }
  Root obj(vm);
  if (!numeric) {
    Value key = new_str(vm, first);
    if (key.is_null()) return key;
    Root rk(vm, key);
    if (ctx.kwargs.is_null()) return raise_value(vm, new_exception(vm, vm.KeyError, new_tuple_from(vm, &rk.value, 1)));
    obj = getitem(vm, ctx.kwargs, key);
  } else {
    if (!ctx.has_args) return raise(vm, vm.ValueError, "Format string contains positional fields");
    if (size_t(index) >= ctx.nargs)
      return raise(vm, vm.IndexError, "Replacement index %ld out of range for positional args tuple", long(index));
    obj = ctx.args[index];
  }
  if (obj.value.is_null()) return Value::null();
  // accessors
  while (i < name.size()) {
    char c = name[i++];
    std::string_view part;
    bool attr;
    if (c == '.') {
      attr = true;
      size_t j = i;
      while (j < name.size() && name[j] != '.' && name[j] != '[') j++;
      part = name.substr(i, j - i);
      i = j;
    } else if (c == '[') {
      attr = false;
      size_t j = i;
      while (j < name.size() && name[j] != ']') j++;
      if (j >= name.size()) return raise(vm, vm.ValueError, "Missing ']' in format string");
      part = name.substr(i, j - i);
      i = j + 1;
    } else {
      return raise(vm, vm.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.empty()) return raise(vm, vm.ValueError, "Empty attribute in format string");
    Value key;
    int64_t idx = attr ? -1 : field_integer(vm, part);
    if (idx == -2) return Value::null();
    if (idx >= 0) {
      key = new_int(vm, idx);
    } else {
      key = new_str(vm, part);
    }
    if (key.is_null()) return key;
    Root rk(vm, key);
    Value next;
    if (attr) {
      Str* n = vm.intern(as_str(key));
      next = getattr(vm, obj.value, n);
    } else {
      next = getitem(vm, obj.value, key);
    }
    if (next.is_null()) return next;
    obj = next;
  }
  return obj.value;
}

// Parses one field starting right after its '{'; advances pos past the closing '}'.
struct Field {
  std::string_view name, spec;
  uint32_t conversion = 0;
  bool spec_needs_expanding = false;
};

Status parse_field(VM& vm, std::string_view fmt, size_t& pos, Field& f) {
  size_t start = pos;
  char c = 0;
  while (pos < fmt.size()) {
    c = fmt[pos++];
    if (c == '{') {
      raise(vm, vm.ValueError, "unexpected '{' in field name");
      return Status::Error;
    }
    if (c == '[') {
      while (pos < fmt.size() && fmt[pos] != ']') pos++;
      c = 0;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
    c = 0;
  }
  f.name = fmt.substr(start, (c ? pos - 1 : pos) - start);
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos >= fmt.size()) {
        raise(vm, vm.ValueError, "end of string while looking for conversion specifier");
        return Status::Error;
      }
      const char* p = fmt.data() + pos;
      f.conversion = utf8_decode(p);
      pos = size_t(p - fmt.data());
      if (pos < fmt.size()) {
        char d = fmt[pos++];
        if (d == '}') return Status::Ok;
        if (d != ':') {
          raise(vm, vm.ValueError, "expected ':' after conversion specifier");
          return Status::Error;
        }
      }
    }
    size_t spec_start = pos;
    int count = 1;
    while (pos < fmt.size()) {
      char d = fmt[pos++];
      if (d == '{') {
        f.spec_needs_expanding = true;
        count++;
      } else if (d == '}') {
        if (--count == 0) {
          f.spec = fmt.substr(spec_start, pos - 1 - spec_start);
          return Status::Ok;
        }
      }
    }
    raise(vm, vm.ValueError, "unmatched '{' in format spec");
    return Status::Error;
  }
  if (c != '}') {
    raise(vm, vm.ValueError, "expected '}' before end of string");
    return Status::Error;
  }
  return Status::Ok;
}

Status render_field(FormatCtx& ctx, const Field& f, int depth, std::string& out) {
  VM& vm = ctx.vm;
  Root obj(vm, get_field_object(ctx, f.name));
  if (obj.value.is_null()) return Status::Error;
  if (f.conversion) {
    Value conv;
    switch (f.conversion) {
      case 'r': conv = repr(vm, obj.value); break;
      case 's': conv = str(vm, obj.value); break;
      case 'a': conv = ascii(vm, obj.value); break;
      default:
        if (f.conversion > 32 && f.conversion < 127)
          raise(vm, vm.ValueError, "Unknown conversion specifier %s", std::string(1, char(f.conversion)).c_str());
        else
          raise(vm, vm.ValueError, "Unknown conversion specifier \\x%s", [&] {
            char b[16];
            std::snprintf(b, sizeof b, "%x", unsigned(f.conversion));
            return std::string(b);
          }().c_str());
        return Status::Error;
    }
    if (conv.is_null()) return Status::Error;
    obj = conv;
  }
  Root spec(vm);
  if (f.spec_needs_expanding) {
    spec = build_string(ctx, f.spec, depth - 1);
  } else {
    spec = new_str(vm, f.spec);
  }
  if (spec.value.is_null()) return Status::Error;
  Value r = format_value(vm, obj.value, spec.value);
  if (r.is_null()) return Status::Error;
  out += as_str(r)->view();
  return Status::Ok;
}

Value build_string(FormatCtx& ctx, std::string_view fmt, int depth) {
  VM& vm = ctx.vm;
  if (depth <= 0) return raise(vm, vm.ValueError, "Max string recursion exceeded");
  std::string out;
  size_t pos = 0, n = fmt.size();
  while (pos < n) {
    // literal text
    size_t lit = pos;
    char c = 0;
    while (pos < n) {
      c = fmt[pos++];
      if (c == '{' || c == '}') break;
      c = 0;
    }
    bool at_end = pos >= n;
    if (c == '}' && (at_end || fmt[pos] != '}')) return raise(vm, vm.ValueError, "Single '}' encountered in format string");
    if (c == '{' && at_end) return raise(vm, vm.ValueError, "Single '{' encountered in format string");
    if (!c) {
      out.append(fmt.data() + lit, pos - lit);
      break;
    }
    out.append(fmt.data() + lit, pos - 1 - lit);
    if (fmt[pos] == c) {  // escaped {{ or }}
      out += c;
      pos++;
      continue;
    }
    Field f;
    if (failed(parse_field(vm, fmt, pos, f))) return Value::null();
    if (failed(render_field(ctx, f, depth, out))) return Value::null();
  }
  return new_str(vm, out);
}

// ---------- methods ----------

Value m_format(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Str* s = str_unwrap(self);
  if (!s) return raise(vm, vm.TypeError, "descriptor 'format' requires a 'str' object");
  Root kw(vm);
  if (kwnames && kwnames->size) {
    Dict* d = new_dict(vm, kwnames->size);
    if (!d) return raise_no_memory(vm);
    kw = Value::ptr(d);
    for (uint32_t i = 0; i < kwnames->size; i++)
      if (failed(dict_set(vm, d, kwnames->items[i], args[nargs + i]))) return Value::null();
  }
  return str_format_method(vm, s, args, nargs, kw.value);
}

Value m_format_map(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Str* s = str_unwrap(self);
  if (!s) return raise(vm, vm.TypeError, "descriptor 'format_map' requires a 'str' object");
  FormatCtx ctx{vm, nullptr, 0, false, args[0], {}};
  return build_string(ctx, s->view(), 2);
}

}  // namespace

Value str_format_percent(VM& vm, Str* fmt, Value args) {
  Root rfmt(vm, Value::ptr(fmt));
  std::string out;
  if (failed(percent_format(vm, fmt->view(), args, false, out))) return Value::null();
  return new_str(vm, out);
}

Value bytes_format_percent(VM& vm, std::string_view fmt, Value args, bool is_bytearray) {
  std::string copy(fmt);  // the format may live in a mutable bytearray
  std::string out;
  if (failed(percent_format(vm, copy, args, true, out))) return Value::null();
  return is_bytearray ? new_bytearray(vm, out) : new_bytes(vm, out);
}

Value str_format_method(VM& vm, Str* fmt, Value* args, size_t nargs, Value kwargs_dict) {
  Root rf(vm, Value::ptr(fmt)), rk(vm, kwargs_dict);
  FormatCtx ctx{vm, args, nargs, true, kwargs_dict, {}};
  return build_string(ctx, fmt->view(), 2);
}

// format() of the three natively formatted types, through numfmt.
static Value numfmt_error(VM& vm, const std::string& err) {
  switch (numfmt_error_kind(err)) {
    case NumfmtError::OverflowError: return raise(vm, vm.OverflowError, "%s", err.c_str());
    case NumfmtError::MemoryError: return raise_no_memory(vm);
    default: return raise(vm, vm.ValueError, "%s", err.c_str());
  }
}

static Value format_str(VM& vm, Str* s, Str* spec) {
  FormatSpec fs;
  std::string out, err;
  if (!parse_format_spec(spec->view(), fs, err, "str")) return numfmt_error(vm, err);
  if (!format_str(s->view(), fs, out, err, "str")) return numfmt_error(vm, err);
  return new_str(vm, out);
}

static Value format_float(VM& vm, double d, Str* spec) {
  FormatSpec fs;
  std::string out, err;
  if (!parse_format_spec(spec->view(), fs, err, "float")) return numfmt_error(vm, err);
  if (!format_float(d, fs, out, err, "float")) return numfmt_error(vm, err);
  return new_str(vm, out);
}

static Value format_int(VM& vm, Value v, Str* spec) {
  FormatSpec fs;
  std::string out, err;
  const char* tname = v.is_bool() ? "bool" : "int";
  if (!parse_format_spec(spec->view(), fs, err, tname)) return numfmt_error(vm, err);
  int base = format_int_base(fs);
  std::string digits;
  bool neg;
  int_digits(v.is_bool() ? Value::small(v.is_true()) : v, base ? base : 10, digits, neg);
  if (!format_int_digits(neg, digits, fs, out, err, tname)) return numfmt_error(vm, err);
  return new_str(vm, out);
}

static Value format_native(VM& vm, Value v, Str* sp) {
  Type* t = type_of(vm, v);
  if (t == vm.str_type) return format_str(vm, as_str(v), sp);
  if (t == vm.float_type) return format_float(vm, v.as_double(), sp);
  return format_int(vm, v, sp);
}

// format(v, spec)
Value format_value(VM& vm, Value v, Value spec) {
  Str* sp = str_unwrap(spec);
  if (!sp) return raise(vm, vm.TypeError, "format() argument 2 must be str, not %s", type_name(vm, spec));
  Type* t = type_of(vm, v);
  // format(x, '') is str(x), also for subclasses (their __str__ may be overridden).
  if (sp->nbytes == 0 && (is_subtype(t, vm.str_type) || is_subtype(t, vm.int_type) || is_subtype(t, vm.float_type)))
    return str(vm, v);
  if (t == vm.str_type || t == vm.int_type || t == vm.bool_type || t == vm.float_type) {
    if (sp->nbytes == 0) return str(vm, v);
    Root rv(vm, v), rs(vm, spec);
    return format_native(vm, v, sp);
  }
  Root rv(vm, v), rs(vm, spec);
  Value f = type_lookup(t, vm.s_format);
  Value base = type_lookup(vm.object_type, vm.s_format);
  if (f.is_null() || f == base) {
    // int/float subclass instances whose types define no __format__ of their own
    Value nv = number_value(vm, v);
    if (nv != v && (nv.is_double() || is_int(vm, nv))) {
      if (sp->nbytes == 0) return str(vm, v);
      return format_value(vm, nv, spec);
    }
    if (sp->nbytes) return raise(vm, vm.TypeError, "unsupported format string passed to %s.__format__", t->name->data);
    return str(vm, v);
  }
  Value bound = lookup_special(vm, v, vm.s_format);
  if (bound.is_null()) return bound;
  Root rb(vm, bound);
  Value r = call1(vm, bound, spec);
  if (r.is_null()) return r;
  if (!str_unwrap(r)) return raise(vm, vm.TypeError, "__format__ must return a str, not %s", type_name(vm, r));
  return r;
}

void init_str_format(VM& vm) {
  static const MethodDef methods[] = {
      {"format", m_format, 0, -1, kBuiltinKeywords},
      {"format_map", m_format_map, 1, 1, 0},
  };
  add_methods(vm, vm.str_type, methods);
}

}  // namespace taipan::runtime
