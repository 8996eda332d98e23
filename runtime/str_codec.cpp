// The built-in codecs: str.encode and bytes.decode for utf-8 (and utf-8-sig), ascii,
// latin-1, utf-16 and utf-32 (BOM, -le, -be), with the error handlers strict, ignore,
// replace, backslashreplace, xmlcharrefreplace (encode), surrogateescape and surrogatepass. Errors raise
// UnicodeEncodeError/UnicodeDecodeError with CPython's (encoding, object, start, end, reason)
// args and messages; this file also gives those two exception types their __str__.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/str.h"

namespace taipan::runtime {

namespace {

enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be, Unknown };
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
  if (n == "utf_16" || n == "utf16" || n == "u16") return Codec::Utf16;
  if (n == "utf_16_le" || n == "utf_16le") return Codec::Utf16Le;
  if (n == "utf_16_be" || n == "utf_16be") return Codec::Utf16Be;
  if (n == "utf_32" || n == "utf32" || n == "u32") return Codec::Utf32;
  if (n == "utf_32_le" || n == "utf_32le") return Codec::Utf32Le;
  if (n == "utf_32_be" || n == "utf_32be") return Codec::Utf32Be;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8-sig";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16Le: return "utf-16-le";
    case Codec::Utf16Be: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32Le: return "utf-32-le";
    case Codec::Utf32Be: return "utf-32-be";
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

bool is_utf32(Codec c) { return c == Codec::Utf32 || c == Codec::Utf32Le || c == Codec::Utf32Be; }

void put_unit(std::string& out, uint32_t v, int bytes, bool big_endian) {
  for (int i = 0; i < bytes; i++) {
    int shift = big_endian ? 8 * (bytes - 1 - i) : 8 * i;
    out += char((v >> shift) & 0xFF);
  }
}

// Appends one code point in the target encoding (surrogates are written as single units).
void emit(std::string& out, Codec codec, uint32_t cp) {
  switch (codec) {
    case Codec::Ascii:
    case Codec::Latin1: out += char(cp); break;
    case Codec::Utf16:
    case Codec::Utf16Le:
    case Codec::Utf16Be: {
      bool be = codec == Codec::Utf16Be;
      if (cp >= 0x10000) {
        put_unit(out, 0xD800 + ((cp - 0x10000) >> 10), 2, be);
        put_unit(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, be);
      } else {
        put_unit(out, cp, 2, be);
      }
      break;
    }
    case Codec::Utf32:
    case Codec::Utf32Le:
    case Codec::Utf32Be: put_unit(out, cp, 4, codec == Codec::Utf32Be); break;
    default: utf8_append(out, cp); break;
  }
}

void emit_ascii(std::string& out, Codec codec, std::string_view text) {
  for (char c : text) emit(out, codec, uint8_t(c));
}

Value encode_impl(VM& vm, Str* s, Codec codec, Str* errors) {
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  bool unicode = limit == 0x110000;  // utf-8/16/32: only surrogates are unencodable
  bool utf8 = codec == Codec::Utf8 || codec == Codec::Utf8Sig;
  if ((utf8 || !unicode) && (s->ascii || (utf8 && s->view().find('\xED') == std::string_view::npos))) {
    if (codec != Codec::Utf8Sig) return new_bytes(vm, s->view());
    std::string out = "\xEF\xBB\xBF";
    out += s->view();
    return new_bytes(vm, out);
  }
  std::string out;
  out.reserve(s->nbytes + 3);
  if (codec == Codec::Utf8Sig) out = "\xEF\xBB\xBF";
  if (codec == Codec::Utf16) out = "\xFF\xFE";
  if (codec == Codec::Utf32) out = std::string("\xFF\xFE\0\0", 4);
  Codec unit_codec = codec == Codec::Utf16 ? Codec::Utf16Le : codec == Codec::Utf32 ? Codec::Utf32Le : codec;
  auto bad = [&](uint32_t cp) { return unicode ? is_surrogate(cp) : cp >= limit; };
  Handler h = lookup_handler(errors);
  const char* p = s->data;
  const char* e = p + s->nbytes;
  int64_t index = 0;
  while (p < e) {
    const char* start = p;
    uint32_t cp = utf8_decode(p);
    if (!bad(cp)) {
      if (utf8) out.append(start, size_t(p - start));
      else emit(out, unit_codec, cp);
      index++;
      continue;
    }
    // A run of unencodable characters [run_start, run_end).
    int64_t run_start = index;
    std::vector<uint32_t> run{cp};
    const char* q = p;
    // UTF-16 and UTF-32 report (and hand to the error handler) one surrogate at a time.
    while (q < e && (utf8 || !unicode)) {
      const char* r = q;
      uint32_t c = utf8_decode(r);
      if (!bad(c)) break;
      run.push_back(c);
      q = r;
    }
    bool ok = true;
    size_t consumed = run.size();
    switch (h) {
      case Handler::Strict: ok = false; break;
      case Handler::Ignore: break;
      case Handler::Replace:
        for (size_t i = 0; i < run.size(); i++) emit(out, unit_codec, '?');
        break;
      case Handler::BackslashReplace:
        for (uint32_t c : run) {
          std::string esc;
          append_escape(esc, c);
          emit_ascii(out, unit_codec, esc);
        }
        break;
      case Handler::XmlCharRef:
        for (uint32_t c : run) emit_ascii(out, unit_codec, "&#" + std::to_string(c) + ";");
        break;
      case Handler::SurrogateEscape:
        if (!utf8 && unicode) {
          ok = false;
          break;
        }
        // As CPython: escapes the leading escapable characters and resumes after them; a
        // run that starts with an unescapable one is the error.
        consumed = 0;
        while (consumed < run.size() && run[consumed] >= 0xDC80 && run[consumed] <= 0xDCFF)
          out += char(run[consumed++] - 0xDC00);
        ok = consumed > 0;
        break;
      case Handler::SurrogatePass:
        if (!unicode) {
          ok = false;
          break;
        }
        for (uint32_t c : run) emit(out, unit_codec, c);
        break;
      case Handler::Unknown: {
        // A handler registered with codecs.register_error (or namereplace): call it with the
        // UnicodeEncodeError and continue at the position it returns, as CPython does.
        const char* reason = unicode ? "surrogates not allowed" : limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
        int64_t run_end = run_start + int64_t(run.size());
        Value mod = find_native_module(vm, "_codecs");
        if (mod.is_null()) return vm.exc.is_null() ? unknown_handler(vm, errors) : Value::null();
        Value lookup = dict_get_cstr(vm, mod.as<Module>()->dict, "lookup_error");
        if (lookup.is_null()) return unknown_handler(vm, errors);
        Value handler = call1(vm, lookup, Value::ptr(errors));
        if (handler.is_null()) return handler;
        Root rh(vm, handler);
        raise_unicode_error(vm, vm.UnicodeEncodeError, codec_name(codec), Value::ptr(s), run_start, run_end, reason);
        Value exc = vm.exc;
        Root rx(vm, exc);
        clear_exc(vm);
        Value res = call1(vm, handler, exc);
        if (res.is_null()) return res;
        Root rr(vm, res);
        if (!is_tuple(res) || res.as<Tuple>()->size != 2 || !is_int(vm, res.as<Tuple>()->items[1]) ||
            !(is_str(res.as<Tuple>()->items[0]) || is_layout(res.as<Tuple>()->items[0], Layout::Bytes)))
          return raise(vm, vm.TypeError, "encoding error handler must return (str/bytes, int) tuple");
        Value rep = res.as<Tuple>()->items[0];
        int64_t newpos, given;
        if (failed(int_to_i64(vm, res.as<Tuple>()->items[1], given))) return Value::null();
        newpos = given < 0 ? given + int64_t(s->length) : given;
        if (newpos < 0 || newpos > int64_t(s->length))
          return raise(vm, vm.IndexError, "position %s from error handler out of bounds", std::to_string(given).c_str());
        if (is_str(rep)) {
          Str* rs = as_str(rep);
          const char* rp = rs->data;
          const char* re = rp + rs->nbytes;
          while (rp < re) {
            uint32_t c = utf8_decode(rp);
            if (bad(c)) return raise_value(vm, exc);
            emit(out, unit_codec, c);
          }
        } else {
          out += rep.as<Bytes>()->view();
        }
        // Resume at code point newpos.
        p = s->data;
        for (int64_t k = 0; k < newpos; k++) utf8_decode(p);
        index = newpos;
        continue;
      }
    }
    if (!ok) {
      const char* reason = unicode ? "surrogates not allowed" : limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
      int64_t end = run_start + int64_t(run.size());
      return raise_unicode_error(vm, vm.UnicodeEncodeError, codec_name(codec), Value::ptr(s), run_start, end, reason);
    }
    index += int64_t(consumed);
    if (consumed == run.size()) p = q;
    else
      for (size_t k = 1; k < consumed; k++) utf8_decode(p);  // p is already past run[0]
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

// Applies a decode error handler to bytes [start, end); false when an exception is raised.
struct DecodeErrors {
  VM& vm;
  std::string_view data;
  Handler h;
  Str* errors;
  Value original;
  size_t next = 0;  // where decoding resumes after a handled error (end, or less for surrogateescape)
  bool fail(const char* encoding, size_t start, size_t end, const char* reason, std::string& out) {
    next = end;
    switch (h) {
      case Handler::Ignore: return true;
      case Handler::Replace: utf8_append(out, 0xFFFD); return true;
      case Handler::BackslashReplace:
        for (size_t i = start; i < end; i++) append_escape(out, uint8_t(data[i]));
        return true;
      case Handler::SurrogateEscape: {
        // As CPython: escapes up to 4 leading bytes >= 0x80 of the range and resumes after
        // them; with none, the original error stands.
        size_t i = start;
        while (i < end && i - start < 4 && uint8_t(data[i]) >= 0x80) utf8_append(out, 0xDC00 + uint8_t(data[i++]));
        if (i == start) break;
        next = i;
        return true;
      }
      case Handler::Unknown: unknown_handler(vm, errors); return false;
      default: break;
    }
    Root ro(vm, original);
    if (ro.value.is_null()) {
      ro = new_bytes(vm, data);
      if (ro.value.is_null()) return false;
    }
    raise_unicode_error(vm, vm.UnicodeDecodeError, encoding, ro.value, int64_t(start), int64_t(end), reason);
    return false;
  }
};

Value decode_utf16_32(VM& vm, std::string_view data, Codec codec, Handler h, Str* errors, Value original) {
  bool wide = is_utf32(codec);
  size_t unit = wide ? 4 : 2;
  bool be = codec == Codec::Utf16Be || codec == Codec::Utf32Be;
  size_t pos = 0, n = data.size();
  auto byte = [&](size_t i) { return uint32_t(uint8_t(data[i])); };
  auto read = [&](size_t i) {
    uint32_t v = 0;
    for (size_t k = 0; k < unit; k++) v |= byte(i + k) << (be ? 8 * (unit - 1 - k) : 8 * k);
    return v;
  };
  if (codec == Codec::Utf16 && n >= 2) {
    if (byte(0) == 0xFF && byte(1) == 0xFE) pos = 2;
    else if (byte(0) == 0xFE && byte(1) == 0xFF) pos = 2, be = true;
  } else if (codec == Codec::Utf32 && n >= 4) {
    if (data.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) pos = 4;
    else if (data.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) pos = 4, be = true;
  }
  const char* name = wide ? (be ? "utf-32-be" : "utf-32-le") : (be ? "utf-16-be" : "utf-16-le");
  DecodeErrors de{vm, data, h, errors, original};
  std::string out;
  out.reserve(n);
  while (pos + unit <= n) {
    uint32_t u = read(pos);
    if (wide) {
      if (u > 0x10FFFF || (is_surrogate(u) && h != Handler::SurrogatePass)) {
        if (!de.fail(name, pos, pos + 4, u > 0x10FFFF ? "code point not in range(0x110000)"
                                                      : "code point in surrogate code point range(0xd800, 0xe000)", out))
          return Value::null();
        pos = de.next;
      } else {
        utf8_append(out, u);
        pos += 4;
      }
      continue;
    }
    if (!is_surrogate(u)) {
      utf8_append(out, u);
      pos += 2;
      continue;
    }
    const char* reason = nullptr;
    if (u >= 0xDC00) {
      reason = "illegal encoding";
    } else if (pos + 4 > n) {
      reason = "unexpected end of data";
    } else {
      uint32_t u2 = read(pos + 2);
      if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
        utf8_append(out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        pos += 4;
        continue;
      }
      reason = "illegal UTF-16 surrogate";
    }
    if (h == Handler::SurrogatePass) {
      utf8_append(out, u);
      pos += 2;
      continue;
    }
    size_t end = reason[0] == 'u' ? n : pos + 2;
    if (!de.fail(name, pos, end, reason, out)) return Value::null();
    pos = de.next;
  }
  while (pos < n) {  // a tail shorter than a unit (surrogateescape may resume inside it)
    DecodeErrors strictish{vm, data, h == Handler::SurrogatePass ? Handler::Strict : h, errors, original};
    if (!strictish.fail(name, pos, n, "truncated data", out)) return Value::null();
    pos = strictish.next;
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

// UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError(...) with a
// bytes-like object (stored as bytes), UnicodeTranslateError(object, start, end, reason):
// CPython's argument checks; the parts become attributes (encoding is None for translate).
Value unicode_error_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames, int kind) {
  if (!is_exception(vm, self)) return raise(vm, vm.TypeError, "expected an exception");
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "%s does not take keyword arguments", type_name(vm, self));
  Root rs(vm, self);
  Value all = new_tuple_from(vm, args, nargs);
  if (all.is_null()) return all;
  self.as<Exception>()->args = all;
  size_t want = kind == 2 ? 4 : 5;
  if (nargs != want) return raise(vm, vm.TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
  Value parts[5];
  size_t k = 0;
  if (kind == 2) {
    parts[0] = Value::none();
  } else {
    if (!str_unwrap(args[0])) return raise(vm, vm.TypeError, "argument 1 must be str, not %s", type_name(vm, args[0]));
    parts[0] = args[0];
    k = 1;
  }
  Root r0(vm, parts[0]);
  Value obj = args[k];
  if (kind == 1) {
    std::string_view data;
    if (!bytes_view(obj, data))
      return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, obj));
    if (!is_exact(obj, vm.bytes_type)) obj = new_bytes(vm, std::string(data));
    if (obj.is_null()) return obj;
  } else if (!str_unwrap(obj)) {
    return raise(vm, vm.TypeError, "argument %zu must be str, not %s", k + 1, type_name(vm, obj));
  }
  Root ro(vm, obj);
  int64_t start, end;
  if (failed(index_i64(vm, args[k + 1], start)) || failed(index_i64(vm, args[k + 2], end))) return Value::null();
  if (!str_unwrap(args[k + 3]))
    return raise(vm, vm.TypeError, "argument %zu must be str, not %s", k + 4, type_name(vm, args[k + 3]));
  Value st = new_int(vm, start);
  Root rst(vm, st);
  Value en = new_int(vm, end);
  Root ren(vm, en);
  Value vals[5] = {parts[0], obj, st, en, args[k + 3]};
  static const char* const names[] = {"encoding", "object", "start", "end", "reason"};
  for (int i = 0; i < 5; i++)
    if (failed(instance_set(vm, self.as<Instance>(), vm.intern(names[i]), vals[i]))) return Value::null();
  return Value::none();
}
Value m_encode_error_init(VM& vm, Value self, Value* a, size_t n, Tuple* kw) { return unicode_error_init(vm, self, a, n, kw, 0); }
Value m_decode_error_init(VM& vm, Value self, Value* a, size_t n, Tuple* kw) { return unicode_error_init(vm, self, a, n, kw, 1); }
Value m_translate_error_init(VM& vm, Value self, Value* a, size_t n, Tuple* kw) { return unicode_error_init(vm, self, a, n, kw, 2); }

// "can't translate character '\xe9' in position 0: reason" (or "characters in position a-b").
Value m_translate_error_str(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_exception(vm, self)) return raise(vm, vm.TypeError, "expected an exception");
  Value a = self.as<Exception>()->args;
  if (!is_tuple(a) || a.as<Tuple>()->size != 4) {
    if (is_tuple(a) && a.as<Tuple>()->size == 0) return Value::ptr(vm.s_empty);
    if (is_tuple(a) && a.as<Tuple>()->size == 1) return str(vm, a.as<Tuple>()->items[0]);
    return repr(vm, a);
  }
  Tuple* args = a.as<Tuple>();
  Str* s = str_unwrap(args->items[0]);
  Str* reason = str_unwrap(args->items[3]);
  int64_t start, end;
  if (!s || !reason || failed(int_to_i64(vm, args->items[1], start)) || failed(int_to_i64(vm, args->items[2], end))) {
    clear_exc(vm);
    return repr(vm, a);
  }
  std::string msg = "can't translate character";
  char buf[64];
  if (end == start + 1 && start >= 0 && start < int64_t(s->length)) {
    const char* p = s->data + utf8_offset(s, start);
    msg += " '";
    append_escape(msg, utf8_decode(p));
    snprintf(buf, sizeof buf, "' in position %lld: ", (long long)start);
  } else {
    snprintf(buf, sizeof buf, "s in position %lld-%lld: ", (long long)start, (long long)end - 1);
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
  if (c == Codec::Unknown) return codec_registry_encode(vm, s, encoding, errors);
  Root rs(vm, Value::ptr(s));
  return encode_impl(vm, s, c, errors);
}

static Value decode_with(VM& vm, std::string_view data, Str* encoding, Str* errors, Value original) {
  Codec c = lookup_codec(encoding);
  if (c == Codec::Unknown) return codec_registry_decode(vm, data, encoding, errors);
  Handler h = lookup_handler(errors);
  switch (c) {
    case Codec::Utf8Sig:
      if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
      return decode_utf8(vm, data, h, errors, "utf-8", original);
    case Codec::Utf8: return decode_utf8(vm, data, h, errors, "utf-8", original);
    case Codec::Ascii:
    case Codec::Latin1: return decode_single_byte(vm, data, c, h, errors, original);
    default: return decode_utf16_32(vm, data, c, h, errors, original);
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
  static const MethodDef enc[] = {{"__str__", m_encode_error_str, 0, 0, 0},
                                   {"__init__", m_encode_error_init, 0, -1, kBuiltinKeywords}};
  static const MethodDef dec[] = {{"__str__", m_decode_error_str, 0, 0, 0},
                                   {"__init__", m_decode_error_init, 0, -1, kBuiltinKeywords}};
  static const MethodDef tr[] = {{"__str__", m_translate_error_str, 0, 0, 0},
                                  {"__init__", m_translate_error_init, 0, -1, kBuiltinKeywords}};
  add_methods(vm, vm.UnicodeEncodeError, enc);
  add_methods(vm, vm.UnicodeDecodeError, dec);
  add_methods(vm, vm.UnicodeTranslateError, tr);
}

}  // namespace taipan::runtime
