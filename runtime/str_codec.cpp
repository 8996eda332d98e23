// The built-in codecs: str.encode and bytes.decode for utf-8 (and utf-8-sig), ascii and
// latin-1, with the error handlers strict, ignore, replace, backslashreplace,
// xmlcharrefreplace (encode), surrogateescape and surrogatepass. Errors raise
// UnicodeEncodeError/UnicodeDecodeError with CPython's (encoding, object, start, end, reason)
// args and messages; this file also gives those two exception types their __str__.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/str.h"

namespace taipan::runtime {

namespace {

enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Unknown };
enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRef, SurrogateEscape, SurrogatePass, Unknown };

Codec lookup_codec(Str* name) {
  if (!name) return Codec::Utf8;
  // Normalise like encodings.normalize_encoding: lower case, runs of non-alphanumerics
  // (except '.') become '_'.
  std::string n;
  bool punct = false;
  for (char c : name->view()) {
    auto u = uint8_t(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '.') {
      if (punct && !n.empty()) n += '_';
      punct = false;
      n += char(u >= 'A' && u <= 'Z' ? u + 32 : u);
    } else {
      punct = true;
    }
  }
  static const char* const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"};
  static const char* const ascii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                                      "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"};
  static const char* const latin1[] = {"latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "csisolatin1",
                                       "ibm819", "iso_8859_1_1987", "iso_ir_100", "l1", "latin"};
  for (const char* a : utf8)
    if (n == a) return Codec::Utf8;
  if (n == "utf_8_sig") return Codec::Utf8Sig;
  for (const char* a : ascii)
    if (n == a) return Codec::Ascii;
  for (const char* a : latin1)
    if (n == a) return Codec::Latin1;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8-sig";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    default: return "?";
  }
}

Handler lookup_handler(Str* errors) {
  if (!errors) return Handler::Strict;
  std::string_view e = errors->view();
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRef;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "surrogatepass") return Handler::SurrogatePass;
  return Handler::Unknown;
}

Value unknown_encoding(VM& vm, Str* name) { return raise(vm, vm.LookupError, "unknown encoding: %N", name); }
Value unknown_handler(VM& vm, Str* errors) {
  return raise(vm, vm.LookupError, "unknown error handler name '%N'", errors);
}

// Raises UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason).
Value raise_unicode_error(VM& vm, Type* type, const char* encoding, Value object, int64_t start, int64_t end,
                          const char* reason) {
  Root ro(vm, object);
  Tuple* args = new_tuple(vm, 5);
  if (!args) return raise_no_memory(vm);
  Root ra(vm, Value::ptr(args));
  Value v = new_str(vm, encoding);
  if (v.is_null()) return v;
  args->items[0] = v;
  args->items[1] = ro.value;
  args->items[2] = Value::small(start);
  args->items[3] = Value::small(end);
  v = new_str(vm, reason);
  if (v.is_null()) return v;
  args->items[4] = v;
  Value e = new_exception(vm, type, ra.value);
  if (e.is_null()) return e;
  Root re(vm, e);
  static const char* const names[] = {"encoding", "object", "start", "end", "reason"};
  for (int i = 0; i < 5; i++) {
    Str* n = vm.intern(names[i]);
    if (!n || failed(instance_set(vm, e.as<Instance>(), n, args->items[i]))) return Value::null();
  }
  vm.exc = e;
  return Value::null();
}

void append_escape(std::string& out, uint32_t cp) {
  char buf[16];
  if (cp <= 0xff) snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp <= 0xffff) snprintf(buf, sizeof buf, "\\u%04x", cp);
  else snprintf(buf, sizeof buf, "\\U%08x", cp);
  out += buf;
}

inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// ---------- encoding ----------

Value encode_impl(VM& vm, Str* s, Codec codec, Str* errors) {
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  bool utf8 = limit == 0x110000;
  if (s->ascii || (utf8 && s->view().find('\xED') == std::string_view::npos)) {
    if (codec != Codec::Utf8Sig) return new_bytes(vm, s->view());
    std::string out = "\xEF\xBB\xBF";
    out += s->view();
    return new_bytes(vm, out);
  }
  std::string out;
  out.reserve(s->nbytes + 3);
  if (codec == Codec::Utf8Sig) out = "\xEF\xBB\xBF";
  auto bad = [&](uint32_t cp) { return utf8 ? is_surrogate(cp) : cp >= limit; };
  Handler h = lookup_handler(errors);
  const char* p = s->data;
  const char* e = p + s->nbytes;
  int64_t index = 0;
  while (p < e) {
    const char* start = p;
    uint32_t cp = utf8_decode(p);
    if (!bad(cp)) {
      if (utf8) out.append(start, size_t(p - start));
      else out += char(cp);
      index++;
      continue;
    }
    // A run of unencodable characters [run_start, run_end).
    int64_t run_start = index;
    std::vector<uint32_t> run{cp};
    const char* q = p;
    while (q < e) {
      const char* r = q;
      uint32_t c = utf8_decode(r);
      if (!bad(c)) break;
      run.push_back(c);
      q = r;
    }
    bool ok = true;
    switch (h) {
      case Handler::Strict: ok = false; break;
      case Handler::Ignore: break;
      case Handler::Replace: out.append(run.size(), '?'); break;
      case Handler::BackslashReplace:
        for (uint32_t c : run) append_escape(out, c);
        break;
      case Handler::XmlCharRef:
        for (uint32_t c : run) out += "&#" + std::to_string(c) + ";";
        break;
      case Handler::SurrogateEscape:
        for (uint32_t c : run) {
          if (c < 0xDC80 || c > 0xDCFF) {
            ok = false;
            break;
          }
        }
        if (ok)
          for (uint32_t c : run) out += char(c - 0xDC00);
        break;
      case Handler::SurrogatePass:
        if (!utf8) {
          ok = false;
          break;
        }
        for (uint32_t c : run) utf8_append(out, c);
        break;
      case Handler::Unknown: return unknown_handler(vm, errors);
    }
    if (!ok) {
      const char* reason = utf8 ? "surrogates not allowed" : limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
      int64_t end = run_start + int64_t(run.size());
      return raise_unicode_error(vm, vm.UnicodeEncodeError, codec_name(codec), Value::ptr(s), run_start, end, reason);
    }
    index += int64_t(run.size());
    p = q;
  }
  return new_bytes(vm, out);
}

// ---------- decoding ----------

inline bool cont(uint8_t b) { return (b & 0xC0) == 0x80; }

// Validates the UTF-8 sequence at p. Returns its length, or 0 with errlen (the maximal
// invalid subpart) and reason set.
int utf8_check(const uint8_t* p, const uint8_t* end, bool surrogates, int& errlen, const char*& reason) {
  uint8_t c = p[0];
  if (c < 0x80) return 1;
  size_t avail = size_t(end - p);
  int need;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c < 0xC2 || c > 0xF4) {
    errlen = 1;
    reason = "invalid start byte";
    return 0;
  }
  if (c < 0xE0) {
    need = 2;
  } else if (c < 0xF0) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED && !surrogates) hi = 0x9F;
  } else {
    need = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  }
  for (int i = 1; i < need; i++) {
    if (size_t(i) >= avail) {
      errlen = int(avail);
      reason = "unexpected end of data";
      return 0;
    }
    uint8_t b = p[i];
    bool good = i == 1 ? (b >= lo && b <= hi) : cont(b);
    if (!good) {
      errlen = i;
      reason = "invalid continuation byte";
      return 0;
    }
  }
  return need;
}

Value decode_utf8(VM& vm, std::string_view data, Handler h, Str* errors, const char* encoding, Value original) {
  auto p = reinterpret_cast<const uint8_t*>(data.data());
  auto end = p + data.size();
  auto start = p;
  // Fast path: valid input is copied as-is.
  {
    const uint8_t* q = p;
    int errlen;
    const char* reason;
    while (q < end) {
      if (*q < 0x80) {
        q++;
        continue;
      }
      int n = utf8_check(q, end, false, errlen, reason);
      if (!n) break;
      q += n;
    }
    if (q == end) return new_str(vm, data);
  }
  std::string out;
  out.reserve(data.size());
  while (p < end) {
    if (*p < 0x80) {
      out += char(*p++);
      continue;
    }
    int errlen;
    const char* reason;
    int n = utf8_check(p, end, h == Handler::SurrogatePass, errlen, reason);
    if (n) {
      out.append(reinterpret_cast<const char*>(p), size_t(n));
      p += n;
      continue;
    }
    int64_t pos = p - start;
    switch (h) {
      case Handler::Strict:
      case Handler::SurrogatePass:
      case Handler::XmlCharRef: {
        Root ro(vm, original);
        if (ro.value.is_null()) {
          ro = new_bytes(vm, data);
          if (ro.value.is_null()) return Value::null();
        }
        return raise_unicode_error(vm, vm.UnicodeDecodeError, encoding, ro.value, pos, pos + errlen, reason);
      }
      case Handler::Ignore: break;
      case Handler::Replace: utf8_append(out, 0xFFFD); break;
      case Handler::BackslashReplace:
        for (int i = 0; i < errlen; i++) append_escape(out, p[i]);
        break;
      case Handler::SurrogateEscape:
        for (int i = 0; i < errlen; i++) utf8_append(out, 0xDC00 + p[i]);
        break;
      case Handler::Unknown: return unknown_handler(vm, errors);
    }
    p += errlen;
  }
  return new_str(vm, out);
}

Value decode_single_byte(VM& vm, std::string_view data, Codec codec, Handler h, Str* errors, Value original) {
  std::string out;
  out.reserve(data.size() + data.size() / 2);
  for (size_t i = 0; i < data.size(); i++) {
    auto b = uint8_t(data[i]);
    if (b < 0x80 || codec == Codec::Latin1) {
      utf8_append(out, b);
      continue;
    }
    switch (h) {
      case Handler::Strict:
      case Handler::SurrogatePass:
      case Handler::XmlCharRef: {
        Root ro(vm, original);
        if (ro.value.is_null()) {
          ro = new_bytes(vm, data);
          if (ro.value.is_null()) return Value::null();
        }
        return raise_unicode_error(vm, vm.UnicodeDecodeError, "ascii", ro.value, int64_t(i), int64_t(i) + 1,
                                   "ordinal not in range(128)");
      }
      case Handler::Ignore: break;
      case Handler::Replace: utf8_append(out, 0xFFFD); break;
      case Handler::BackslashReplace: append_escape(out, b); break;
      case Handler::SurrogateEscape: utf8_append(out, 0xDC00 + b); break;
      case Handler::Unknown: return unknown_handler(vm, errors);
    }
  }
  return new_str(vm, out);
}

// ---------- UnicodeEncodeError / UnicodeDecodeError __str__ ----------

Value unicode_error_str(VM& vm, Value self, bool encode) {
  if (!is_exception(vm, self)) return raise(vm, vm.TypeError, "expected an exception");
  Value a = self.as<Exception>()->args;
  if (!is_tuple(a)) return Value::ptr(vm.s_empty);
  Tuple* args = a.as<Tuple>();
  if (args->size != 5) {
    if (args->size == 0) return Value::ptr(vm.s_empty);
    if (args->size == 1) return str(vm, args->items[0]);
    return repr(vm, a);
  }
  Str* enc = str_unwrap(args->items[0]);
  Str* reason = str_unwrap(args->items[4]);
  int64_t start, end;
  if (!enc || !reason || failed(int_to_i64(vm, args->items[2], start)) || failed(int_to_i64(vm, args->items[3], end))) {
    clear_exc(vm);
    return repr(vm, a);
  }
  char buf[64];
  std::string msg = "'" + std::string(enc->view()) + "' codec can't ";
  Value obj = args->items[1];
  if (encode) {
    Str* s = str_unwrap(obj);
    if (s && end == start + 1 && start >= 0 && start < int64_t(s->length)) {
      const char* p = s->data + utf8_offset(s, start);
      uint32_t cp = utf8_decode(p);
      msg += "encode character '";
      append_escape(msg, cp);
      snprintf(buf, sizeof buf, "' in position %lld: ", (long long)start);
    } else {
      snprintf(buf, sizeof buf, "encode characters in position %lld-%lld: ", (long long)start, (long long)end - 1);
    }
  } else {
    std::string_view data;
    if (bytes_view(obj, data) && end == start + 1 && start >= 0 && size_t(start) < data.size()) {
      snprintf(buf, sizeof buf, "decode byte 0x%02x in position %lld: ", uint8_t(data[size_t(start)]), (long long)start);
    } else {
      snprintf(buf, sizeof buf, "decode bytes in position %lld-%lld: ", (long long)start, (long long)end - 1);
    }
  }
  msg += buf;
  msg += reason->view();
  return new_str(vm, msg);
}

Value m_encode_error_str(VM& vm, Value self, Value*, size_t, Tuple*) { return unicode_error_str(vm, self, true); }
Value m_decode_error_str(VM& vm, Value self, Value*, size_t, Tuple*) { return unicode_error_str(vm, self, false); }

}  // namespace

Value str_encode(VM& vm, Str* s, Str* encoding, Str* errors) {
  Codec c = lookup_codec(encoding);
  if (c == Codec::Unknown) return unknown_encoding(vm, encoding);
  Root rs(vm, Value::ptr(s));
  return encode_impl(vm, s, c, errors);
}

static Value decode_with(VM& vm, std::string_view data, Str* encoding, Str* errors, Value original) {
  Codec c = lookup_codec(encoding);
  if (c == Codec::Unknown) return unknown_encoding(vm, encoding);
  Handler h = lookup_handler(errors);
  switch (c) {
    case Codec::Utf8Sig:
      if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
      return decode_utf8(vm, data, h, errors, "utf-8", original);
    case Codec::Utf8: return decode_utf8(vm, data, h, errors, "utf-8", original);
    default: return decode_single_byte(vm, data, c, h, errors, original);
  }
}

Value bytes_decode(VM& vm, std::string_view data, Str* encoding, Str* errors) {
  // Callers pass views into live (rooted) bytes objects; the error path copies the data.
  return decode_with(vm, data, encoding, errors, Value::null());
}

Value str_from_utf8(VM& vm, std::string_view data) {
  return decode_utf8(vm, data, Handler::Strict, nullptr, "utf-8", Value::null());
}

void init_str_codecs(VM& vm) {
  static const MethodDef enc[] = {{"__str__", m_encode_error_str, 0, 0, 0}};
  static const MethodDef dec[] = {{"__str__", m_decode_error_str, 0, 0, 0}};
  add_methods(vm, vm.UnicodeEncodeError, enc);
  add_methods(vm, vm.UnicodeDecodeError, dec);
}

}  // namespace taipan::runtime
