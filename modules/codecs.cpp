// The _codecs module: the codec registry (register/unregister/lookup/encode/decode, with the
// `encodings` package imported on the first lookup, as CPython does), the error-handler
// registry (register_error/lookup_error with the builtin handlers), and the codec
// functions the `encodings` modules call: utf_8, ascii, latin_1, utf_16 and utf_32 (plus
// the _le/_be and _ex variants), escape, unicode_escape, raw_unicode_escape, charmap and
// readbuffer_encode. The utf/ascii/latin-1 work is str_codec.cpp's (str.encode and
// bytes.decode); this file adds the (result, consumed) protocol and stateful decoding
// (final=False keeps an incomplete trailing sequence for the next call).
//
// Registry state lives in vm.codec_registry, a list [search functions (list), lookup
// cache (dict), error handlers (dict)] made when the module is first imported.
//
// Differences: str.encode/bytes.decode still know only str_codec.cpp's codecs and error
// handlers (a handler added with register_error is returned by lookup_error but not used
// by them); namereplace escapes like backslashreplace (no Unicode name database);
// charmap_build returns a dict (CPython: an EncodingMap), which charmap_encode accepts.
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

enum { kSearch, kCache, kHandlers };

Value state(VM& vm, int which) { return vm.codec_registry.as<List>()->items[which]; }

// ---------- argument helpers (Argument Clinic's messages) ----------

Str* str_arg(VM& vm, const char* fn, int pos, Value v) {
  Str* s = str_unwrap(v);
  if (!s && pos == 0) raise(vm, vm.TypeError, "%s() argument must be str, not %s", fn, type_name(vm, v));
  else if (!s) raise(vm, vm.TypeError, "%s() argument %d must be str, not %s", fn, pos, type_name(vm, v));
  return s;
}
// errors argument: str or None (nullptr for the default).
Status errors_arg(VM& vm, const char* fn, int pos, Value v, Str*& out) {
  out = nullptr;
  if (v.is_null() || v.is_none()) return Status::Ok;
  out = str_unwrap(v);
  if (out) return Status::Ok;
  raise(vm, vm.TypeError, "%s() argument %d must be str or None, not %s", fn, pos, type_name(vm, v));
  return Status::Error;
}
bool buffer_arg(VM& vm, Value v, std::string& out) {
  std::string_view view;
  if (!bytes_view(v, view)) {
    raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    return false;
  }
  out.assign(view);
  return true;
}
Status int_flag(VM& vm, Value v, int64_t& out) {
  if (v.is_null()) return Status::Ok;
  if (v.is_double()) {
    raise(vm, vm.TypeError, "'float' object cannot be interpreted as an integer");
    return Status::Error;
  }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  return int_to_i64(vm, i, out);
}

Value pair(VM& vm, Value a, int64_t n) {
  Root ra(vm, a);
  Value items[2] = {a, Value::small(n)};
  return new_tuple_from(vm, items, 2);
}
Value pair_len(VM& vm, Value a, Str* s) { return a.is_null() ? a : pair(vm, a, int64_t(s->length)); }

// ---------- utf-8 / ascii / latin-1 / utf-16 / utf-32 ----------

Value encode_as(VM& vm, const char* fn, const char* codec, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, fn, nargs, kw, 1, 2))) return Value::null();
  Str* s = str_arg(vm, fn, 1, args[0]);
  Str* errors;
  if (!s || failed(errors_arg(vm, fn, 2, nargs > 1 ? args[1] : Value::null(), errors))) return Value::null();
  return pair_len(vm, str_encode(vm, s, vm.intern(codec), errors), s);
}

// Length of an incomplete sequence at the end of `d` that more input could complete.
size_t utf8_tail(std::string_view d) {
  size_t n = d.size();
  for (size_t back = 1; back <= 3 && back <= n; back++) {
    auto lead = uint8_t(d[n - back]);
    if ((lead & 0xC0) == 0x80) continue;
    size_t need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
    if (need <= back) return 0;
    if (back >= 2) {
      auto b1 = uint8_t(d[n - back + 1]);
      uint8_t lo = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
      uint8_t hi = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
      if (b1 < lo || b1 > hi) return 0;
    }
    return back;
  }
  return 0;
}
size_t utf16_tail(std::string_view d, bool be) {
  size_t n = d.size(), tail = n % 2;
  if (n - tail >= 2) {
    size_t i = n - tail - 2;
    unsigned hi = be ? uint8_t(d[i]) : uint8_t(d[i + 1]);
    if (hi >= 0xD8 && hi <= 0xDB) tail += 2;
  }
  return tail;
}

// Decodes data[0..n-tail) with `codec`; (str, consumed).
Value decode_part(VM& vm, std::string_view data, size_t tail, const char* codec, Str* errors) {
  size_t n = data.size() - tail;
  Value s = bytes_decode(vm, data.substr(0, n), vm.intern(codec), errors);
  return s.is_null() ? s : pair(vm, s, int64_t(n));
}

enum class Kind { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be };

Value decode_as(VM& vm, const char* fn, Kind k, Value* args, size_t nargs, Tuple* kw) {
  bool stateful = k != Kind::Ascii && k != Kind::Latin1;
  if (failed(check_positional(vm, fn, nargs, kw, 1, stateful ? 3 : 2))) return Value::null();
  std::string data;
  Str* errors;
  int64_t final = 0;
  if (!buffer_arg(vm, args[0], data) || failed(errors_arg(vm, fn, 2, nargs > 1 ? args[1] : Value::null(), errors)))
    return Value::null();
  if (nargs > 2 && failed(int_flag(vm, args[2], final))) return Value::null();
  std::string_view d = data;
  switch (k) {
    case Kind::Utf8: return decode_part(vm, d, final ? 0 : utf8_tail(d), "utf-8", errors);
    case Kind::Ascii: return decode_part(vm, d, 0, "ascii", errors);
    case Kind::Latin1: return decode_part(vm, d, 0, "latin-1", errors);
    case Kind::Utf16Le: return decode_part(vm, d, final ? 0 : utf16_tail(d, false), "utf-16-le", errors);
    case Kind::Utf16Be: return decode_part(vm, d, final ? 0 : utf16_tail(d, true), "utf-16-be", errors);
    case Kind::Utf16: {
      bool be = d.size() >= 2 && uint8_t(d[0]) == 0xFE && uint8_t(d[1]) == 0xFF;
      if (!final && d.size() < 2) return decode_part(vm, d, d.size(), "utf-16", errors);
      return decode_part(vm, d, final ? 0 : utf16_tail(d, be), "utf-16", errors);
    }
    case Kind::Utf32Le: return decode_part(vm, d, final ? 0 : d.size() % 4, "utf-32-le", errors);
    case Kind::Utf32Be: return decode_part(vm, d, final ? 0 : d.size() % 4, "utf-32-be", errors);
    case Kind::Utf32:
      if (!final && d.size() < 4) return decode_part(vm, d, d.size(), "utf-32", errors);
      return decode_part(vm, d, final ? 0 : d.size() % 4, "utf-32", errors);
  }
  return Value::null();
}

#define CODEC_FUNCS(X)                                                             \
  X(utf_8, "utf-8", Utf8) X(ascii, "ascii", Ascii) X(latin_1, "latin-1", Latin1)   \
  X(utf_16_le, "utf-16-le", Utf16Le) X(utf_16_be, "utf-16-be", Utf16Be)            \
  X(utf_32_le, "utf-32-le", Utf32Le) X(utf_32_be, "utf-32-be", Utf32Be)
#define X(name, codec, kind)                                                         \
  Value name##_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {         \
    return encode_as(vm, #name "_encode", codec, args, nargs, kw);                   \
  }                                                                                  \
  Value name##_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {         \
    return decode_as(vm, #name "_decode", Kind::kind, args, nargs, kw);              \
  }
CODEC_FUNCS(X)
#undef X

// utf_16_encode / utf_32_encode(str, errors=None, byteorder=0): -1 little, 1 big, 0 BOM + little.
Value encode_bom(VM& vm, const char* fn, bool wide, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, fn, nargs, kw, 1, 3))) return Value::null();
  Str* s = str_arg(vm, fn, 1, args[0]);
  Str* errors;
  int64_t order = 0;
  if (!s || failed(errors_arg(vm, fn, 2, nargs > 1 ? args[1] : Value::null(), errors))) return Value::null();
  if (nargs > 2 && failed(int_flag(vm, args[2], order))) return Value::null();
  const char* codec = order < 0 ? (wide ? "utf-32-le" : "utf-16-le")
                      : order > 0 ? (wide ? "utf-32-be" : "utf-16-be")
                                  : (wide ? "utf-32" : "utf-16");
  return pair_len(vm, str_encode(vm, s, vm.intern(codec), errors), s);
}
Value utf_16_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return encode_bom(vm, "utf_16_encode", false, args, nargs, kw);
}
Value utf_32_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return encode_bom(vm, "utf_32_encode", true, args, nargs, kw);
}
Value utf_16_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return decode_as(vm, "utf_16_decode", Kind::Utf16, args, nargs, kw);
}
Value utf_32_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return decode_as(vm, "utf_32_decode", Kind::Utf32, args, nargs, kw);
}

// utf_16_ex_decode / utf_32_ex_decode(data, errors=None, byteorder=0, final=False)
//   -> (str, consumed, byteorder): with byteorder 0 a BOM picks the order (and is consumed).
Value ex_decode(VM& vm, const char* fn, bool wide, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, fn, nargs, kw, 1, 4))) return Value::null();
  std::string data;
  Str* errors;
  int64_t order = 0, final = 0;
  if (!buffer_arg(vm, args[0], data) || failed(errors_arg(vm, fn, 2, nargs > 1 ? args[1] : Value::null(), errors)))
    return Value::null();
  if (nargs > 2 && failed(int_flag(vm, args[2], order))) return Value::null();
  if (nargs > 3 && failed(int_flag(vm, args[3], final))) return Value::null();
  std::string_view d = data;
  size_t unit = wide ? 4 : 2, bom = 0;
  if (order == 0 && d.size() >= unit) {
    if (wide ? d.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) : d.substr(0, 2) == "\xFF\xFE") order = -1, bom = unit;
    else if (wide ? d.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4) : d.substr(0, 2) == "\xFE\xFF") order = 1, bom = unit;
  }
  std::string_view body = d.substr(bom);
  size_t tail = final ? 0 : wide ? body.size() % 4 : utf16_tail(body, order > 0);
  const char* codec = wide ? (order > 0 ? "utf-32-be" : "utf-32-le") : (order > 0 ? "utf-16-be" : "utf-16-le");
  Value s = bytes_decode(vm, body.substr(0, body.size() - tail), vm.intern(codec), errors);
  if (s.is_null()) return s;
  Root rs(vm, s);
  Value items[3] = {s, Value::small(int64_t(d.size() - tail)), Value::small(order)};
  return new_tuple_from(vm, items, 3);
}
Value utf_16_ex_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return ex_decode(vm, "utf_16_ex_decode", false, args, nargs, kw);
}
Value utf_32_ex_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return ex_decode(vm, "utf_32_ex_decode", true, args, nargs, kw);
}

// ---------- escape codecs ----------

// Raises encoding's UnicodeEncodeError or UnicodeDecodeError(encoding, object, start, end, reason).
Value unicode_error(VM& vm, Type* type, const char* encoding, Value object, int64_t start, int64_t end,
                    const char* reason) {
  Root ro(vm, object);
  RootVec items(vm);
  items.v.push_back(new_str(vm, encoding));
  items.v.push_back(object);
  items.v.push_back(Value::small(start));
  items.v.push_back(Value::small(end));
  items.v.push_back(new_str(vm, reason));
  if (items.v[0].is_null() || items.v[4].is_null()) return Value::null();
  Value args = new_tuple_from(vm, items.v.data(), 5);
  if (args.is_null()) return args;
  Value e = new_exception(vm, type, args);
  if (e.is_null()) return e;
  Root re(vm, e);
  static const char* const names[] = {"encoding", "object", "start", "end", "reason"};
  for (int i = 0; i < 5; i++)
    if (failed(instance_set(vm, e.as<Instance>(), vm.intern(names[i]), items.v[size_t(i)]))) return Value::null();
  return raise_value(vm, e);
}
Value decode_error(VM& vm, const char* encoding, std::string_view data, int64_t start, int64_t end, const char* reason) {
  Value obj = new_bytes(vm, data);
  return obj.is_null() ? obj : unicode_error(vm, vm.UnicodeDecodeError, encoding, obj, start, end, reason);
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes backslash escapes. bytes_mode: escape_decode (result bytes, \u is not an escape);
// raw: raw_unicode_escape (only \uXXXX and \UXXXXXXXX). The output is UTF-8 for str modes.
Status unescape(VM& vm, std::string_view d, bool bytes_mode, bool raw, Str* errors, std::string& out) {
  const char* encoding = raw ? "rawunicodeescape" : "unicodeescape";
  bool ignore = errors && errors->view() == "ignore", replace = errors && errors->view() == "replace";
  bool backslash = errors && errors->view() == "backslashreplace";
  auto put = [&](uint32_t cp) {
    if (bytes_mode) out += char(cp);
    else utf8_append(out, cp);
  };
  auto put_escaped = [&](size_t from, size_t to) {  // backslashreplace: the bad bytes as \xNN
    char buf[8];
    for (size_t k = from; k < to; k++) {
      std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(uint8_t(d[k])));
      out += buf;
    }
  };
  size_t i = 0, n = d.size();
  while (i < n) {
    auto c = uint8_t(d[i]);
    if (c != '\\') {
      put(c);
      i++;
      continue;
    }
    size_t start = i;
    if (raw) {
      // Only an odd backslash run escapes a following u/U.
      size_t run = 0;
      while (i + run < n && d[i + run] == '\\') run++;
      for (size_t k = 0; k + 1 < run; k++) put('\\');
      i += run - 1;
      start = i;
      if ((run & 1) == 0 || i + 1 >= n || (d[i + 1] != 'u' && d[i + 1] != 'U')) {
        put('\\');
        i++;
        continue;
      }
    }
    if (i + 1 >= n) {
      if (bytes_mode) {
        raise(vm, vm.ValueError, "Trailing \\ in string");
        return Status::Error;
      }
      if (ignore) break;
      if (replace) { put(0xFFFD); break; }
      if (backslash) { put_escaped(start, n); break; }
      decode_error(vm, encoding, d, int64_t(start), int64_t(n), "\\ at end of string");
      return Status::Error;
    }
    char e = d[i + 1];
    i += 2;
    switch (e) {
      case '\n': continue;
      case '\\': put('\\'); continue;
      case '\'': put('\''); continue;
      case '"': put('"'); continue;
      case 'a': put(7); continue;
      case 'b': put(8); continue;
      case 'f': put(12); continue;
      case 'n': put(10); continue;
      case 'r': put(13); continue;
      case 't': put(9); continue;
      case 'v': put(11); continue;
      default: break;
    }
    if (e >= '0' && e <= '7') {
      uint32_t v = uint32_t(e - '0');
      for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) v = v * 8 + uint32_t(d[i++] - '0');
      put(bytes_mode ? (v & 0xFF) : v);
      continue;
    }
    int digits = e == 'x' ? 2 : (!bytes_mode && e == 'u') ? 4 : (!bytes_mode && e == 'U') ? 8 : 0;
    if (!digits) {
      put('\\');
      i--;  // the character after the backslash is kept as is
      continue;
    }
    uint32_t v = 0;
    int k = 0;
    for (; k < digits && i < n && hexval(d[i]) >= 0; k++) v = v * 16 + uint32_t(hexval(d[i++]));
    bool bad_range = k == digits && v > 0x10FFFF;
    if (k == digits && !bad_range) {
      put(v);
      continue;
    }
    if (bytes_mode) {
      raise(vm, vm.ValueError, "invalid \\x escape at position %zu", start);
      return Status::Error;
    }
    if (ignore) continue;
    if (replace) { put(0xFFFD); continue; }
    if (backslash) { put_escaped(start, i); continue; }
    char reason[64];
    if (bad_range) snprintf(reason, sizeof reason, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
    else snprintf(reason, sizeof reason, "truncated \\%cXXXX%s escape", e, e == 'U' ? "XXXX" : "");
    if (e == 'x') snprintf(reason, sizeof reason, "truncated \\xXX escape");
    decode_error(vm, encoding, d, int64_t(start), int64_t(i), reason);
    return Status::Error;
  }
  return Status::Ok;
}

Value escape_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "escape_decode", nargs, kw, 1, 2))) return Value::null();
  std::string data;
  if (Str* s = str_unwrap(args[0])) data.assign(s->view());
  else if (!buffer_arg(vm, args[0], data)) return Value::null();
  std::string out;
  if (failed(unescape(vm, data, true, false, nullptr, out))) return Value::null();
  return pair(vm, new_bytes(vm, out), int64_t(data.size()));
}

Value escape_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "escape_encode", nargs, kw, 1, 2))) return Value::null();
  if (!is_layout(args[0], Layout::Bytes))
    return raise(vm, vm.TypeError, "escape_encode() argument 1 must be bytes, not %s", type_name(vm, args[0]));
  std::string_view d = args[0].as<Bytes>()->view();
  std::string out;
  static const char hex[] = "0123456789abcdef";
  for (char ch : d) {
    auto c = uint8_t(ch);
    if (c == '\'' || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7f) { out += "\\x"; out += hex[c >> 4]; out += hex[c & 15]; }
    else out += char(c);
  }
  return pair(vm, new_bytes(vm, out), int64_t(d.size()));
}

Value unicode_escape_decode_impl(VM& vm, const char* fn, bool raw, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, fn, nargs, kw, 1, 3))) return Value::null();
  std::string data;
  if (Str* s = str_unwrap(args[0])) data.assign(s->view());
  else if (!buffer_arg(vm, args[0], data)) return Value::null();
  Str* errors;
  if (failed(errors_arg(vm, fn, 2, nargs > 1 ? args[1] : Value::null(), errors))) return Value::null();
  std::string out;
  if (failed(unescape(vm, data, false, raw, errors, out))) return Value::null();
  return pair(vm, new_str(vm, out), int64_t(data.size()));
}
Value unicode_escape_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return unicode_escape_decode_impl(vm, "unicode_escape_decode", false, args, nargs, kw);
}
Value raw_unicode_escape_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return unicode_escape_decode_impl(vm, "raw_unicode_escape_decode", true, args, nargs, kw);
}

Value unicode_escape_encode_impl(VM& vm, const char* fn, bool raw, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, fn, nargs, kw, 1, 2))) return Value::null();
  Str* s = str_arg(vm, fn, 1, args[0]);
  if (!s) return Value::null();
  std::string out;
  char buf[16];
  const char* p = s->data;
  const char* e = p + s->nbytes;
  while (p < e) {
    uint32_t cp = utf8_decode(p);
    if (cp >= 0x10000) snprintf(buf, sizeof buf, "\\U%08x", cp), out += buf;
    else if (cp >= 0x100) snprintf(buf, sizeof buf, "\\u%04x", cp), out += buf;
    else if (raw) out += char(cp);
    else if (cp == '\\') out += "\\\\";
    else if (cp == '\t') out += "\\t";
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp < 0x20 || cp >= 0x7f) snprintf(buf, sizeof buf, "\\x%02x", cp), out += buf;
    else out += char(cp);
  }
  return pair_len(vm, new_bytes(vm, out), s);
}
Value unicode_escape_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return unicode_escape_encode_impl(vm, "unicode_escape_encode", false, args, nargs, kw);
}
Value raw_unicode_escape_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return unicode_escape_encode_impl(vm, "raw_unicode_escape_encode", true, args, nargs, kw);
}

// ---------- charmap ----------

Value charmap_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "charmap_decode", nargs, kw, 1, 3))) return Value::null();
  std::string data;
  Str* errors;
  if (!buffer_arg(vm, args[0], data) ||
      failed(errors_arg(vm, "charmap_decode", 2, nargs > 1 ? args[1] : Value::null(), errors)))
    return Value::null();
  Value map = nargs > 2 ? args[2] : Value::none();
  if (map.is_none()) return decode_part(vm, data, 0, "latin-1", errors);
  Root rm(vm, map);
  bool ignore = errors && errors->view() == "ignore", replace = errors && errors->view() == "replace";
  std::string out;
  Str* table = str_unwrap(map);
  std::vector<uint32_t> cps;
  if (table) {
    const char* p = table->data;
    while (p < table->data + table->nbytes) cps.push_back(utf8_decode(p));
  }
  for (size_t i = 0; i < data.size(); i++) {
    auto b = uint8_t(data[i]);
    int64_t cp = -1;
    if (table) {
      if (b < cps.size() && cps[b] != 0xFFFE) cp = cps[b];
    } else {
      Value r = getitem(vm, map, Value::small(b));
      if (r.is_null()) {
        if (!exc_matches(vm, vm.LookupError)) return r;
        clear_exc(vm);
      } else if (is_int(vm, r)) {
        int64_t x;
        if (failed(int_to_i64(vm, r, x))) return Value::null();
        if (x < 0 || x > 0x10FFFF) return raise(vm, vm.TypeError, "character mapping must be in range(0x110000)");
        cp = x == 0xFFFE ? -1 : x;
      } else if (Str* s = str_unwrap(r)) {
        if (!(s->length == 1 && s->view() == "\xEF\xBF\xBE")) {
          out += s->view();
          continue;
        }
      } else if (!r.is_none()) {
        return raise(vm, vm.TypeError, "character mapping must return integer, None or str");
      }
    }
    if (cp >= 0) {
      utf8_append(out, uint32_t(cp));
      continue;
    }
    if (ignore) continue;
    if (replace) {
      utf8_append(out, 0xFFFD);
      continue;
    }
    if (errors && errors->view() == "surrogateescape" && b >= 0x80) {
      utf8_append(out, 0xDC00 + b);
      continue;
    }
    if (errors && errors->view() == "backslashreplace") {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", b);
      out += buf;
      continue;
    }
    decode_error(vm, "charmap", data, int64_t(i), int64_t(i + 1), "character maps to <undefined>");
    return Value::null();
  }
  return pair(vm, new_str(vm, out), int64_t(data.size()));
}

Value charmap_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "charmap_encode", nargs, kw, 1, 3))) return Value::null();
  Str* s = str_arg(vm, "charmap_encode", 1, args[0]);
  Str* errors;
  if (!s || failed(errors_arg(vm, "charmap_encode", 2, nargs > 1 ? args[1] : Value::null(), errors)))
    return Value::null();
  Value map = nargs > 2 ? args[2] : Value::none();
  if (map.is_none()) return pair_len(vm, str_encode(vm, s, vm.intern("latin-1"), errors), s);
  Root rm(vm, map), rs(vm, Value::ptr(s));
  bool ignore = errors && errors->view() == "ignore", replace = errors && errors->view() == "replace";
  std::string out;
  const char* p = s->data;
  int64_t index = 0;
  auto lookup = [&](uint32_t cp, std::string& into) -> int {  // 1 found, 0 missing, -1 error
    Value r = getitem(vm, map, new_int(vm, cp));
    if (r.is_null()) {
      if (!exc_matches(vm, vm.LookupError)) return -1;
      clear_exc(vm);
      return 0;
    }
    if (r.is_none()) return 0;
    if (is_int(vm, r)) {
      int64_t x;
      if (failed(int_to_i64(vm, r, x))) return -1;
      if (x < 0 || x > 255) {
        raise(vm, vm.TypeError, "character mapping must be in range(256)");
        return -1;
      }
      into += char(x);
      return 1;
    }
    std::string_view bv;
    if (bytes_view(r, bv)) {
      into.append(bv);
      return 1;
    }
    raise(vm, vm.TypeError, "character mapping must return integer, bytes or None, not %s", type_name(vm, r));
    return -1;
  };
  while (p < s->data + s->nbytes) {
    uint32_t cp = utf8_decode(p);
    int r = lookup(cp, out);
    if (r < 0) return Value::null();
    if (r == 0 && !ignore) {
      if (replace && lookup('?', out) == 1) {
        index++;
        continue;
      }
      // The error covers the run of unmappable characters starting here.
      int64_t end = index + 1;
      std::string scratch;
      std::vector<uint32_t> run{cp};
      for (const char* q = p; q < s->data + s->nbytes; end++) {
        uint32_t c = utf8_decode(q);
        int found = lookup(c, scratch);
        if (found < 0) return Value::null();
        if (found) break;
        run.push_back(c);
      }
      // surrogateescape gives back the escaped bytes; xmlcharrefreplace and backslashreplace
      // give ASCII text, itself encoded through the map. Anything else (or a failure) raises.
      std::string_view eh = errors ? errors->view() : "strict";
      std::string repl;
      bool ok = eh == "surrogateescape" || eh == "xmlcharrefreplace" || eh == "backslashreplace";
      for (uint32_t c : run) {
        if (!ok) break;
        if (eh == "surrogateescape") {
          if (c < 0xDC80 || c > 0xDCFF) ok = false;
          else repl += char(c - 0xDC00);
          continue;
        }
        char buf[16];
        if (eh == "xmlcharrefreplace") std::snprintf(buf, sizeof buf, "&#%u;", c);
        else if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
        else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
        else std::snprintf(buf, sizeof buf, "\\U%08x", c);
        for (const char* b = buf; *b && ok; b++) {
          int found = lookup(uint32_t(uint8_t(*b)), repl);
          if (found < 0) return Value::null();
          ok = found == 1;
        }
      }
      if (!ok)
        return unicode_error(vm, vm.UnicodeEncodeError, "charmap", Value::ptr(s), index, end,
                             "character maps to <undefined>");
      out += repl;
      for (size_t k = 1; k < run.size(); k++) utf8_decode(p);
      index = end;
      continue;
    }
    index++;
  }
  return pair_len(vm, new_bytes(vm, out), s);
}

Value charmap_build(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "charmap_build", nargs, kw, 1, 1))) return Value::null();
  Str* s = str_arg(vm, "charmap_build", 0, args[0]);
  if (!s) return Value::null();
  Root rs(vm, Value::ptr(s));
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d));
  const char* p = s->data;
  for (int64_t i = 0; p < s->data + s->nbytes; i++) {
    uint32_t cp = utf8_decode(p);
    if (failed(dict_set(vm, d, new_int(vm, cp), Value::small(i)))) return Value::null();
  }
  return rd.get();
}

Value readbuffer_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "readbuffer_encode", nargs, kw, 1, 2))) return Value::null();
  std::string data;
  if (Str* s = str_unwrap(args[0])) data.assign(s->view());
  else if (!buffer_arg(vm, args[0], data)) return Value::null();
  return pair(vm, new_bytes(vm, data), int64_t(data.size()));
}

// ---------- the registry ----------

Value import_encodings(VM& vm) {
  Value imp = dict_get_cstr(vm, vm.builtins->dict, "__import__");
  if (imp.is_null()) return raise(vm, vm.ImportError, "__import__ not found");
  Value name = new_str(vm, "encodings");
  if (name.is_null()) return name;
  return call1(vm, imp, name);
}

// Normalised like CPython's: lower case, runs of other than alphanumerics and '.' -> '_'.
std::string normalize(std::string_view s) {
  std::string n;
  bool punct = false;
  for (char c : s) {
    auto u = uint8_t(c);
    if (std::isalnum(u) || c == '.') {
      if (punct && !n.empty()) n += '_';
      punct = false;
      n += char(std::tolower(u));
    } else {
      punct = true;
    }
  }
  return n;
}

Value codec_lookup(VM& vm, Str* encoding) {
  List* search = state(vm, kSearch).as<List>();
  if (search->size == 0) {
    Value m = import_encodings(vm);
    if (m.is_null()) return m;
  }
  Value key = new_str(vm, normalize(encoding->view()));
  if (key.is_null()) return key;
  Root rk(vm, key), renc(vm, Value::ptr(encoding));
  Dict* cache = state(vm, kCache).as<Dict>();
  Value hit = dict_get(vm, cache, key);
  if (!hit.is_null() || !vm.exc.is_null()) return hit;
  for (uint32_t i = 0; i < state(vm, kSearch).as<List>()->size; i++) {
    Value f = state(vm, kSearch).as<List>()->items[i];
    Root rf(vm, f);
    Value r = call1(vm, f, key);
    if (r.is_null()) return r;
    if (r.is_none()) continue;
    Root rr(vm, r);
    Value t = r;
    if (is_layout(r, Layout::Instance)) t = r.as<Instance>()->base_value;
    if (!is_tuple(t) || t.as<Tuple>()->size != 4)
      return raise(vm, vm.TypeError, "codec search functions must return 4-tuples");
    if (failed(dict_set(vm, state(vm, kCache).as<Dict>(), key, r))) return Value::null();
    return r;
  }
  return raise(vm, vm.LookupError, "unknown encoding: %N", encoding);
}

Value c_register(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "register", nargs, kw, 1, 1))) return Value::null();
  Value c = is_callable(vm, args[0]);
  if (c.is_null()) return c;
  if (!c.is_true()) return raise(vm, vm.TypeError, "argument must be callable");
  if (failed(list_append(vm, state(vm, kSearch).as<List>(), args[0]))) return Value::null();
  return Value::none();
}

Value c_unregister(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "unregister", nargs, kw, 1, 1))) return Value::null();
  List* l = state(vm, kSearch).as<List>();
  for (uint32_t i = 0; i < l->size; i++) {
    if (l->items[i] != args[0]) continue;
    for (uint32_t j = i + 1; j < l->size; j++) l->items[j - 1] = l->items[j];
    l->size--;
    Dict* cache = new_dict(vm);
    if (!cache) return raise_no_memory(vm);
    vm.codec_registry.as<List>()->items[kCache] = Value::ptr(cache);
    break;
  }
  return Value::none();
}

Value c_lookup(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "lookup", nargs, kw, 1, 1))) return Value::null();
  Str* e = str_arg(vm, "lookup", 0, args[0]);
  return e ? codec_lookup(vm, e) : Value::null();
}

Value c_forget_codec(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "_forget_codec", nargs, kw, 1, 1))) return Value::null();
  Str* e = str_arg(vm, "_forget_codec", 0, args[0]);
  if (!e) return Value::null();
  Value key = new_str(vm, normalize(e->view()));
  if (key.is_null()) return key;
  if (dict_del(vm, state(vm, kCache).as<Dict>(), key) < 0) return Value::null();
  return Value::none();
}

// codecs.encode / codecs.decode(obj, encoding='utf-8', errors='strict').
Value convert(VM& vm, const char* fn, int which, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"obj", "encoding", "errors"};
  Value a[3];
  if (failed(clinic_args(vm, fn, args, nargs, kw, names, 3, 1, a))) return Value::null();
  Str* enc = nullptr;
  if (!a[1].is_null() && !(enc = str_unwrap(a[1])))
    return raise(vm, vm.TypeError, "%s() argument 'encoding' must be str, not %s", fn, type_name(vm, a[1]));
  if (!a[2].is_null() && !str_unwrap(a[2]))
    return raise(vm, vm.TypeError, "%s() argument 'errors' must be str, not %s", fn, type_name(vm, a[2]));
  if (!enc) enc = vm.intern("utf-8");
  Value info = codec_lookup(vm, enc);
  if (info.is_null()) return info;
  Value t = is_layout(info, Layout::Instance) ? info.as<Instance>()->base_value : info;
  Value f = t.as<Tuple>()->items[which];
  Root rf(vm, f);
  Value cargs[2] = {a[0], a[2].is_null() ? Value::ptr(vm.intern("strict")) : a[2]};
  Value r = call(vm, f, cargs, 2);
  if (r.is_null()) return r;
  if (!is_tuple(r) || r.as<Tuple>()->size != 2)
    return raise(vm, vm.TypeError, which == 0 ? "encoder must return a tuple (object, integer)"
                                              : "decoder must return a tuple (object,integer)");
  return r.as<Tuple>()->items[0];
}
Value c_encode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return convert(vm, "encode", 0, args, nargs, kw); }
Value c_decode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return convert(vm, "decode", 1, args, nargs, kw); }

// ---------- error handlers ----------

struct ErrInfo {
  Value object;
  int64_t start, end;
  int kind;  // 0 encode, 1 decode, 2 translate
};
bool err_info(VM& vm, Value exc, ErrInfo& info) {
  if (isinstance(vm, exc, vm.UnicodeEncodeError)) info.kind = 0;
  else if (isinstance(vm, exc, vm.UnicodeDecodeError)) info.kind = 1;
  else if (isinstance(vm, exc, vm.UnicodeTranslateError)) info.kind = 2;
  else {
    raise(vm, vm.TypeError, "don't know how to handle %s in error callback", type_name(vm, exc));
    return false;
  }
  // The attributes, or the constructor's (encoding, object, start, end, reason) arguments.
  auto field = [&](const char* name, uint32_t index) {
    Value v = getattr_cstr(vm, exc, name);
    if (!v.is_null() || !exc_matches(vm, vm.AttributeError)) return v;
    Value args = exc.as<Exception>()->args;
    if (!is_tuple(args) || args.as<Tuple>()->size != (info.kind == 2 ? 4u : 5u)) return v;
    clear_exc(vm);
    return args.as<Tuple>()->items[info.kind == 2 ? index - 1 : index];
  };
  Value o = field("object", 1);
  if (o.is_null()) return false;
  Root ro(vm, o);
  Value s = field("start", 2);
  if (s.is_null() || failed(int_to_i64(vm, s, info.start))) return false;
  Value e = field("end", 3);
  if (e.is_null() || failed(int_to_i64(vm, e, info.end))) return false;
  info.object = o;
  return true;
}
std::vector<uint32_t> err_chars(const ErrInfo& info) {
  std::vector<uint32_t> cps;
  Str* s = str_unwrap(info.object);
  if (!s) return cps;
  const char* p = s->data;
  for (int64_t i = 0; p < s->data + s->nbytes; i++) {
    uint32_t cp = utf8_decode(p);
    if (i >= info.start && i < info.end) cps.push_back(cp);
  }
  return cps;
}
Value handler_result(VM& vm, const std::string& utf8, int64_t end) {
  Value s = new_str(vm, utf8);
  return s.is_null() ? s : pair(vm, s, end);
}

Value h_strict(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!is_exception(vm, args[0])) return raise(vm, vm.TypeError, "codec must pass exception instance");
  return raise_value(vm, args[0]);
}
Value h_ignore(VM& vm, Value, Value* args, size_t, Tuple*) {
  ErrInfo info;
  if (!err_info(vm, args[0], info)) return Value::null();
  return handler_result(vm, "", info.end);
}
Value h_replace(VM& vm, Value, Value* args, size_t, Tuple*) {
  ErrInfo info;
  if (!err_info(vm, args[0], info)) return Value::null();
  std::string out;
  int64_t n = info.end > info.start ? info.end - info.start : 0;
  if (info.kind == 0) out.assign(size_t(n), '?');
  else if (info.kind == 1) utf8_append(out, 0xFFFD);
  else for (int64_t i = 0; i < n; i++) utf8_append(out, 0xFFFD);
  return handler_result(vm, out, info.end);
}
Value h_backslashreplace(VM& vm, Value, Value* args, size_t, Tuple*) {
  ErrInfo info;
  if (!err_info(vm, args[0], info)) return Value::null();
  std::string out;
  char buf[16];
  if (info.kind == 1) {
    std::string_view d;
    if (bytes_view(info.object, d))
      for (int64_t i = info.start; i < info.end && i < int64_t(d.size()); i++)
        snprintf(buf, sizeof buf, "\\x%02x", uint8_t(d[size_t(i)])), out += buf;
  } else {
    for (uint32_t cp : err_chars(info)) {
      if (cp >= 0x10000) snprintf(buf, sizeof buf, "\\U%08x", cp);
      else if (cp >= 0x100) snprintf(buf, sizeof buf, "\\u%04x", cp);
      else snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    }
  }
  return handler_result(vm, out, info.end);
}
Value h_xmlcharrefreplace(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!isinstance(vm, args[0], vm.UnicodeEncodeError))
    return raise(vm, vm.TypeError, "don't know how to handle %s in error callback", type_name(vm, args[0]));
  ErrInfo info;
  if (!err_info(vm, args[0], info)) return Value::null();
  std::string out;
  for (uint32_t cp : err_chars(info)) out += "&#" + std::to_string(cp) + ";";
  return handler_result(vm, out, info.end);
}
Value h_namereplace(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (!isinstance(vm, args[0], vm.UnicodeEncodeError))
    return raise(vm, vm.TypeError, "don't know how to handle %s in error callback", type_name(vm, args[0]));
  return h_backslashreplace(vm, self, args, nargs, kw);
}
Value h_surrogateescape(VM& vm, Value, Value* args, size_t, Tuple*) {
  ErrInfo info;
  if (!err_info(vm, args[0], info)) return Value::null();
  if (info.kind == 1) {
    std::string_view d;
    std::string out;
    if (!bytes_view(info.object, d)) return raise_value(vm, args[0]);
    for (int64_t i = info.start; i < info.end && i < int64_t(d.size()); i++) {
      auto b = uint8_t(d[size_t(i)]);
      if (b < 128) return raise_value(vm, args[0]);
      utf8_append(out, 0xDC00 + b);
    }
    return handler_result(vm, out, info.end);
  }
  if (info.kind == 0) {
    std::string out;
    for (uint32_t cp : err_chars(info)) {
      if (cp < 0xDC80 || cp > 0xDCFF) return raise_value(vm, args[0]);
      out += char(cp - 0xDC00);
    }
    Value b = new_bytes(vm, out);
    return b.is_null() ? b : pair(vm, b, info.end);
  }
  return raise_value(vm, args[0]);
}
Value h_surrogatepass(VM& vm, Value, Value* args, size_t, Tuple*) {
  ErrInfo info;
  if (!err_info(vm, args[0], info)) return Value::null();
  if (info.kind == 0) {
    std::string out;
    for (uint32_t cp : err_chars(info)) {
      if (cp < 0xD800 || cp > 0xDFFF) return raise_value(vm, args[0]);
      utf8_append(out, cp);  // the UTF-8 form of the surrogate
    }
    Value b = new_bytes(vm, out);
    return b.is_null() ? b : pair(vm, b, info.end);
  }
  return raise_value(vm, args[0]);
}

Value c_register_error(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "register_error", nargs, kw, 2, 2))) return Value::null();
  if (!str_arg(vm, "register_error", 1, args[0])) return Value::null();
  Value c = is_callable(vm, args[1]);
  if (c.is_null()) return c;
  if (!c.is_true()) return raise(vm, vm.TypeError, "handler must be callable");
  if (failed(dict_set(vm, state(vm, kHandlers).as<Dict>(), args[0], args[1]))) return Value::null();
  return Value::none();
}
Value c_lookup_error(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "lookup_error", nargs, kw, 1, 1))) return Value::null();
  Str* name = str_arg(vm, "lookup_error", 0, args[0]);
  if (!name) return Value::null();
  Value h = dict_get(vm, state(vm, kHandlers).as<Dict>(), args[0]);
  if (!h.is_null() || !vm.exc.is_null()) return h;
  return raise(vm, vm.LookupError, "unknown error handler name '%N'", name);
}

Value make_codecs(VM& vm) {
  Value mv = native_module(vm, "_codecs");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "lookup").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  if (vm.codec_registry.is_null()) {
    List* st = new_list(vm, 3);
    if (!st) return raise_no_memory(vm);
    vm.codec_registry = Value::ptr(st);
    for (int i = 0; i < 3; i++) {
      Root v(vm, i == kSearch ? Value::ptr(new_list(vm)) : Value::ptr(new_dict(vm)));
      if (failed(list_append(vm, st, v.get()))) return Value::null();
    }
  }
  static const MethodDef fns[] = {
#define X(name, codec, kind) {#name "_encode", name##_encode, 0, -1, 0}, {#name "_decode", name##_decode, 0, -1, 0},
      CODEC_FUNCS(X)
#undef X
      {"utf_16_encode", utf_16_encode, 0, -1, 0},
      {"utf_16_decode", utf_16_decode, 0, -1, 0},
      {"utf_32_encode", utf_32_encode, 0, -1, 0},
      {"utf_32_decode", utf_32_decode, 0, -1, 0},
      {"utf_16_ex_decode", utf_16_ex_decode, 0, -1, 0},
      {"utf_32_ex_decode", utf_32_ex_decode, 0, -1, 0},
      {"escape_encode", escape_encode, 0, -1, 0},
      {"escape_decode", escape_decode, 0, -1, 0},
      {"unicode_escape_encode", unicode_escape_encode, 0, -1, 0},
      {"unicode_escape_decode", unicode_escape_decode, 0, -1, 0},
      {"raw_unicode_escape_encode", raw_unicode_escape_encode, 0, -1, 0},
      {"raw_unicode_escape_decode", raw_unicode_escape_decode, 0, -1, 0},
      {"charmap_encode", charmap_encode, 0, -1, 0},
      {"charmap_decode", charmap_decode, 0, -1, 0},
      {"charmap_build", charmap_build, 0, -1, 0},
      {"readbuffer_encode", readbuffer_encode, 0, -1, 0},
      {"register", c_register, 0, -1, 0},
      {"unregister", c_unregister, 0, -1, 0},
      {"lookup", c_lookup, 0, -1, 0},
      {"_forget_codec", c_forget_codec, 0, -1, 0},
      {"encode", c_encode, 0, -1, kBuiltinKeywords},
      {"decode", c_decode, 0, -1, kBuiltinKeywords},
      {"register_error", c_register_error, 0, -1, 0},
      {"lookup_error", c_lookup_error, 0, -1, 0},
  };
  add_functions(vm, m, fns);
  static const MethodDef handlers[] = {
      {"strict_errors", h_strict, 1, 1, 0},
      {"ignore_errors", h_ignore, 1, 1, 0},
      {"replace_errors", h_replace, 1, 1, 0},
      {"backslashreplace_errors", h_backslashreplace, 1, 1, 0},
      {"xmlcharrefreplace_errors", h_xmlcharrefreplace, 1, 1, 0},
      {"namereplace_errors", h_namereplace, 1, 1, 0},
      {"surrogateescape", h_surrogateescape, 1, 1, 0},
      {"surrogatepass", h_surrogatepass, 1, 1, 0},
  };
  static const char* const handler_names[] = {"strict",           "ignore",      "replace",         "backslashreplace",
                                               "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"};
  for (size_t i = 0; i < 8; i++) {
    Value f = new_builtin(vm, handlers[i].name, handlers[i].fn, Value::null(), 1, 1, 0);
    if (f.is_null()) return f;
    Root rf(vm, f);
    if (failed(dict_set_cstr(vm, state(vm, kHandlers).as<Dict>(), handler_names[i], f))) return Value::null();
  }
  return mv;
}

}  // namespace

// str.encode / bytes.decode for an encoding str_codec.cpp does not know: through the registry.
static Value text_codec(VM& vm, Str* encoding, int which) {
  if (vm.codec_registry.is_null() && find_native_module(vm, "_codecs").is_null()) return Value::null();
  Value info = codec_lookup(vm, encoding);
  if (info.is_null()) return info;
  Root ri(vm, info);
  Value text = getattr_opt(vm, info, vm.intern("_is_text_encoding"));
  if (!vm.exc.is_null()) return Value::null();
  if (!text.is_null()) {
    int t = truthy(vm, text);
    if (t < 0) return Value::null();
    if (!t)
      return raise(vm, vm.LookupError, "'%N' is not a text encoding; use %s() to handle arbitrary codecs", encoding,
                   which == 0 ? "codecs.encode" : "codecs.decode");
  }
  Value t = is_layout(info, Layout::Instance) ? info.as<Instance>()->base_value : info;
  return t.as<Tuple>()->items[which];
}

static Value call_codec(VM& vm, Value f, Value input, Str* errors, const char* what) {
  Root rf(vm, f), rin(vm, input);
  Value args[2] = {input, Value::ptr(errors ? errors : vm.intern("strict"))};
  Value r = call(vm, f, args, 2);
  if (r.is_null()) return r;
  if (!is_tuple(r) || r.as<Tuple>()->size != 2)
    return raise(vm, vm.TypeError, "%s must return a tuple (object, integer)", what);
  return r.as<Tuple>()->items[0];
}

Value codec_registry_encode(VM& vm, Str* s, Str* encoding, Str* errors) {
  Root rs(vm, Value::ptr(s)), re(vm, Value::ptr(encoding));
  Value f = text_codec(vm, encoding, 0);
  if (f.is_null()) return vm.exc.is_null() ? raise(vm, vm.LookupError, "unknown encoding: %N", encoding) : f;
  Value v = call_codec(vm, f, Value::ptr(s), errors, "encoder");
  if (v.is_null()) return v;
  std::string_view data;
  if (bytes_is_bytearray(v) && bytes_view(v, data)) return new_bytes(vm, data);
  if (!is_layout(v, Layout::Bytes))
    return raise(vm, vm.TypeError,
                 "'%N' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                 encoding, type_name(vm, v));
  return v;
}

Value codec_registry_decode(VM& vm, std::string_view data, Str* encoding, Str* errors) {
  Value b = new_bytes(vm, data);
  if (b.is_null()) return b;
  Root rb(vm, b), re(vm, Value::ptr(encoding));
  Value f = text_codec(vm, encoding, 1);
  if (f.is_null()) return vm.exc.is_null() ? raise(vm, vm.LookupError, "unknown encoding: %N", encoding) : f;
  Value v = call_codec(vm, f, b, errors, "decoder");
  if (v.is_null()) return v;
  if (!is_str(v))
    return raise(vm, vm.TypeError,
                 "'%N' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                 encoding, type_name(vm, v));
  return v;
}

void init_codecs(VM& vm) { register_native_module(vm, "_codecs", make_codecs); }

}  // namespace taipan::runtime
