// The binascii module: hex, base64, uu and CRC conversions between binary data and ASCII,
// with CPython 3.11's results, errors and messages (base64, quopri's fallback, uu and
// zipfile-free code paths of the standard library build on it).
//
// Inputs: the a2b_* functions take an "ASCII buffer" (a bytes-like object or a str of ASCII
// characters only); the b2a_* functions and the CRCs take a bytes-like object. Errors are
// binascii.Error (a ValueError subclass) and binascii.Incomplete (an Exception subclass),
// made as Python classes with __module__ 'binascii' when the module is first imported;
// every module function's self is the module, so an error is found in its dict.
#include <cstdint>
#include <string>

#include "runtime/bigint.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

Value binascii_error(VM& vm, Value module, const char* cls, const char* msg) {
  Value err = is_layout(module, Layout::Module) ? dict_get_cstr(vm, module.as<Module>()->dict, cls) : Value::null();
  if (!is_layout(err, Layout::Type)) return raise(vm, vm.ValueError, "%s", msg);
  return raise(vm, err.as<Type>(), "%s", msg);
}

// A bytes-like argument ("a bytes-like object is required, not 'str'").
bool binary_arg(VM& vm, Value v, std::string_view& out) {
  if (bytes_view(v, out)) return true;
  raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
  return false;
}

// An ASCII buffer: bytes-like, or a str of ASCII characters.
bool ascii_arg(VM& vm, Value v, std::string_view& out) {
  if (Str* s = str_unwrap(v)) {
    out = s->view();
    if (!utf8_is_ascii(out)) {
      raise(vm, vm.ValueError, "string argument should contain only ASCII characters");
      return false;
    }
    return true;
  }
  if (bytes_view(v, out)) return true;
  raise(vm, vm.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", type_name(vm, v));
  return false;
}

Status bool_arg(VM& vm, Value v, bool& out) {
  if (v.is_null()) return Status::Ok;
  int t = truthy(vm, v);
  if (t < 0) return Status::Error;
  out = t != 0;
  return Status::Ok;
}

// ---------- hex ----------

constexpr char kHexDigits[] = "0123456789abcdef";

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// hexlify(data, sep=None, bytes_per_sep=1) and b2a_hex: the separator goes between groups of
// |bytes_per_sep| bytes, counted from the right when positive, from the left when negative.
Value hexlify_impl(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "sep", "bytes_per_sep"};
  Value a[3];
  if (failed(clinic_args(vm, fname, args, nargs, kwnames, names, 3, 1, a))) return Value::null();
  std::string_view data;
  if (!binary_arg(vm, a[0], data)) return Value::null();
  std::string sep;
  int64_t per = 1;
  if (!a[1].is_null() && !a[1].is_none()) {
    std::string_view sv;
    if (Str* s = str_unwrap(a[1])) {
      sv = s->view();
      if (!utf8_is_ascii(sv)) return raise(vm, vm.ValueError, "sep must be ASCII.");
    } else if (!bytes_view(a[1], sv)) {
      return raise(vm, vm.TypeError, "sep must be str or bytes.");
    }
    if (utf8_length(sv) != 1) return raise(vm, vm.ValueError, "sep must be length 1.");
    sep = std::string(sv);
  }
  if (!a[2].is_null() && failed(index_i64(vm, a[2], per))) return Value::null();
  std::string in(data);  // the data may be a bytearray that a callback could change
  std::string out;
  size_t n = in.size();
  uint64_t group = per < 0 ? uint64_t(-per) : uint64_t(per);
  out.reserve(n * 3);
  for (size_t i = 0; i < n; i++) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Positions are counted from the end when per > 0, from the start otherwise.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(in[i]);
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 15];
  }
  return new_bytes(vm, out);
}

Value f_hexlify(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return hexlify_impl(vm, "hexlify", args, nargs, kw); }
Value f_b2a_hex(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return hexlify_impl(vm, "b2a_hex", args, nargs, kw); }

Value unhexlify_impl(VM& vm, Value self, const char* fname, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"hexstr"};
  Value a[1];
  if (failed(clinic_args(vm, fname, args, nargs, kwnames, names, 1, 1, a, 1))) return Value::null();
  std::string_view data;
  if (!ascii_arg(vm, a[0], data)) return Value::null();
  if (data.size() % 2) return binascii_error(vm, self, "Error", "Odd-length string");
  std::string out;
  out.reserve(data.size() / 2);
  for (size_t i = 0; i < data.size(); i += 2) {
    int hi = hex_value(static_cast<unsigned char>(data[i]));
    int lo = hex_value(static_cast<unsigned char>(data[i + 1]));
    if (hi < 0 || lo < 0) return binascii_error(vm, self, "Error", "Non-hexadecimal digit found");
    out += char(hi << 4 | lo);
  }
  return new_bytes(vm, out);
}

Value f_unhexlify(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return unhexlify_impl(vm, self, "unhexlify", args, nargs, kw);
}
Value f_a2b_hex(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return unhexlify_impl(vm, self, "a2b_hex", args, nargs, kw);
}

// ---------- base64 ----------

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// b2a_base64(data, /, *, newline=True)
Value f_b2a_base64(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "newline"};
  Value a[2];
  if (failed(clinic_args(vm, "b2a_base64", args, nargs, kwnames, names, 2, 1, a, 1))) return Value::null();
  if (nargs > 1) return raise(vm, vm.TypeError, "b2a_base64() takes exactly 1 positional argument (%zu given)", nargs);
  std::string_view data;
  if (!binary_arg(vm, a[0], data)) return Value::null();
  bool newline = true;
  if (failed(bool_arg(vm, a[1], newline))) return Value::null();
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  size_t i = 0;
  for (; i + 3 <= data.size(); i += 3) {
    uint32_t v = uint32_t(uint8_t(data[i])) << 16 | uint32_t(uint8_t(data[i + 1])) << 8 | uint8_t(data[i + 2]);
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += kB64[v & 63];
  }
  size_t rest = data.size() - i;
  if (rest == 1) {
    uint32_t v = uint32_t(uint8_t(data[i])) << 16;
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += "==";
  } else if (rest == 2) {
    uint32_t v = uint32_t(uint8_t(data[i])) << 16 | uint32_t(uint8_t(data[i + 1])) << 8;
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += '=';
  }
  if (newline) out += '\n';
  return new_bytes(vm, out);
}

// a2b_base64(data, /, *, strict_mode=False). Outside strict mode characters outside the
// alphabet are skipped and a complete pad sequence ends the input.
Value f_a2b_base64(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "strict_mode"};
  Value a[2];
  if (failed(clinic_args(vm, "a2b_base64", args, nargs, kwnames, names, 2, 1, a, 1))) return Value::null();
  if (nargs > 1) return raise(vm, vm.TypeError, "a2b_base64() takes exactly 1 positional argument (%zu given)", nargs);
  std::string_view data;
  if (!ascii_arg(vm, a[0], data)) return Value::null();
  bool strict = false;
  if (failed(bool_arg(vm, a[1], strict))) return Value::null();
  std::string out;
  out.reserve(data.size() / 4 * 3 + 3);
  int quad = 0, pads = 0;
  uint32_t left = 0;
  bool padding_started = false;
  if (strict && !data.empty() && data[0] == '=') return binascii_error(vm, self, "Error", "Leading padding not allowed");
  for (size_t i = 0; i < data.size(); i++) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '=') {
      padding_started = true;
      if (strict && quad == 0)
        return binascii_error(vm, self, "Error", i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.size()) return binascii_error(vm, self, "Error", "Excess data after padding");
        return new_bytes(vm, out);
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict) return binascii_error(vm, self, "Error", "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return binascii_error(vm, self, "Error", "Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0: left = uint32_t(v); quad = 1; break;
      case 1: out += char(left << 2 | uint32_t(v) >> 4); left = uint32_t(v) & 15; quad = 2; break;
      case 2: out += char(left << 4 | uint32_t(v) >> 2); left = uint32_t(v) & 3; quad = 3; break;
      default: out += char(left << 6 | uint32_t(v)); left = 0; quad = 0; break;
    }
  }
  if (quad == 1) {
    char buf[160];
    snprintf(buf, sizeof buf,
             "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a multiple of 4",
             out.size() / 3 * 4 + 1);
    return binascii_error(vm, self, "Error", buf);
  }
  if (quad != 0) return binascii_error(vm, self, "Error", "Incorrect padding");
  return new_bytes(vm, out);
}

// ---------- uu ----------

// b2a_uu(data, /, *, backtick=False)
Value f_b2a_uu(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data", "backtick"};
  Value a[2];
  if (failed(clinic_args(vm, "b2a_uu", args, nargs, kwnames, names, 2, 1, a, 1))) return Value::null();
  std::string_view data;
  if (!binary_arg(vm, a[0], data)) return Value::null();
  bool backtick = false;
  if (failed(bool_arg(vm, a[1], backtick))) return Value::null();
  if (data.size() > 45) return binascii_error(vm, self, "Error", "At most 45 bytes at once");
  auto enc = [&](uint32_t v) { return char(backtick && v == 0 ? '`' : ' ' + v); };
  std::string out;
  out += enc(uint32_t(data.size()) & 63);
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t v = 0;
    for (size_t k = 0; k < 3; k++) v = v << 8 | (i + k < data.size() ? uint8_t(data[i + k]) : 0);
    out += enc(v >> 18);
    out += enc((v >> 12) & 63);
    out += enc((v >> 6) & 63);
    out += enc(v & 63);
  }
  out += '\n';
  return new_bytes(vm, out);
}

Value f_a2b_uu(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"data"};
  Value a[1];
  if (failed(clinic_args(vm, "a2b_uu", args, nargs, kwnames, names, 1, 1, a, 1))) return Value::null();
  std::string_view data;
  if (!ascii_arg(vm, a[0], data)) return Value::null();
  size_t pos = 0;
  // Empty input reads the length from CPython's NUL terminator: (0 - ' ') & 63 = 32 zero bytes.
  size_t n = data.empty() ? 32 : size_t((uint8_t(data[0]) - ' ') & 63);
  if (!data.empty()) pos = 1;
  std::string out;
  uint32_t left = 0;
  int bits = 0;
  while (out.size() < n) {
    uint32_t v = 0;
    if (pos < data.size() && data[pos] != '\n' && data[pos] != '\r') {
      unsigned char c = static_cast<unsigned char>(data[pos]);
      if (c < ' ' || c > ' ' + 64) return binascii_error(vm, self, "Error", "Illegal char");
      v = (c - ' ') & 63;
    }
    pos++;
    left = left << 6 | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += char((left >> bits) & 0xff);
      left &= (1u << bits) - 1;
    }
  }
  for (; pos < data.size(); pos++) {
    char c = data[pos];
    // uuencode writes a space or a backtick for padding; allow newlines too.
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r')
      return binascii_error(vm, self, "Error", "Trailing garbage");
  }
  return new_bytes(vm, out);
}

// ---------- CRCs ----------

uint32_t crc32_update(uint32_t crc, std::string_view data) {
  static uint32_t table[256];
  static bool built = false;
  if (!built) {
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
    built = true;
  }
  crc = ~crc;
  for (unsigned char c : data) crc = table[(crc ^ c) & 0xff] ^ (crc >> 8);
  return ~crc;
}


Value f_crc32(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(check_positional(vm, "crc32", nargs, kwnames, 1, 2))) return Value::null();
  std::string_view data;
  if (!binary_arg(vm, args[0], data)) return Value::null();
  uint32_t crc = 0;
  if (nargs > 1 && failed(uint32_mask_arg(vm, args[1], crc))) return Value::null();
  return new_int(vm, int64_t(crc32_update(crc, data)));
}

Value f_crc_hqx(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(check_positional(vm, "crc_hqx", nargs, kwnames, 2, 2))) return Value::null();
  std::string_view data;
  if (!binary_arg(vm, args[0], data)) return Value::null();
  uint32_t crc = 0;
  if (failed(uint32_mask_arg(vm, args[1], crc))) return Value::null();
  crc &= 0xffff;
  for (unsigned char c : data) {
    crc ^= uint32_t(c) << 8;
    for (int k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return new_int(vm, int64_t(crc));
}


Value make_binascii(VM& vm) {
  Value mv = native_module(vm, "binascii");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  if (add_exception_class(vm, m, "binascii", "Error", vm.ValueError).is_null() ||
      add_exception_class(vm, m, "binascii", "Incomplete", vm.Exception).is_null())
    return Value::null();
  static const MethodDef fns[] = {
      {"hexlify", f_hexlify, 0, -1, kBuiltinKeywords},
      {"b2a_hex", f_b2a_hex, 0, -1, kBuiltinKeywords},
      {"unhexlify", f_unhexlify, 0, -1, kBuiltinKeywords},
      {"a2b_hex", f_a2b_hex, 0, -1, kBuiltinKeywords},
      {"b2a_base64", f_b2a_base64, 0, -1, kBuiltinKeywords},
      {"a2b_base64", f_a2b_base64, 0, -1, kBuiltinKeywords},
      {"b2a_uu", f_b2a_uu, 0, -1, kBuiltinKeywords},
      {"a2b_uu", f_a2b_uu, 0, -1, kBuiltinKeywords},
      {"crc32", f_crc32, 0, -1, kBuiltinKeywords},
      {"crc_hqx", f_crc_hqx, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void init_binascii(VM& vm) { register_native_module(vm, "binascii", make_binascii); }

}  // namespace taipan::runtime
