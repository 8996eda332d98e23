// The _struct module (what Lib/struct.py re-exports): pack, unpack, calcsize, pack_into,
// unpack_from, iter_unpack, the Struct type and struct.error, as CPython 3.11's.
//
// A format string compiles to a list of FieldCodes. The first character picks the mode:
// '@' (or none) native sizes, alignment and byte order; '=' standard sizes in the native
// (little-endian) order; '<' standard little-endian; '>' and '!' standard big-endian. In
// native mode a field is aligned to its own size (no trailing padding). A code covers
// `repeat` consecutive items of `size` bytes ('s' and 'p' are one item of `size` bytes;
// 'x' pads and produces no code). pack fills a zeroed buffer, so pad bytes are zero.
//
// Struct: a StructObject (Opaque layout) holding the format as a bytes object (traced) and
// its codes in an external buffer (freed by the finalizer). unpack_iterator is an Iter:
// seq = the Struct, a = the buffer object, index = next offset, end = the buffer length
// when the iterator was made. Buffers are bytes and bytearray (Taipan has no memoryview);
// pack_into needs a bytearray.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/nativetype.h"
#include "runtime/numbers.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

enum class Mode : uint8_t { Native, Little, Big };

struct FieldCode {
  char fmt;
  Mode mode;
  uint32_t repeat;
  int64_t offset;
  int64_t size;  // item size; for 's'/'p' the field length
};

struct StructObject : Object {
  Value format;        // bytes
  FieldCode* codes;    // external buffer, ncodes entries
  uint32_t ncodes;
  int64_t size;        // bytes packed
  int64_t len;         // items packed
};

void trace_struct(Object* o, Marker& m) { m.mark(static_cast<StructObject*>(o)->format); }
void fin_struct(VM& vm, Object* o) {
  auto* s = static_cast<StructObject*>(o);
  if (s->codes) vm.heap.external_free(s->codes, s->ncodes * sizeof(FieldCode));
  s->codes = nullptr;
}

// The module's objects live in its dict; look them up there (they are rooted by it).
Module* struct_module(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "_struct");
  return is_layout(m, Layout::Module) ? m.as<Module>() : nullptr;
}
Value module_attr(VM& vm, const char* name) {
  Module* m = struct_module(vm);
  return m ? dict_get_cstr(vm, m->dict, name) : Value::null();
}
Value struct_error(VM& vm, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Value struct_error(VM& vm, const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  Value err = module_attr(vm, "error");
  if (!is_layout(err, Layout::Type)) return raise(vm, vm.RuntimeError, "%s", buf);
  return raise(vm, err.as<Type>(), "%s", buf);
}

// The unpack_iterator type is not a module attribute (as in CPython): the Struct type's
// native constructor, which Python code never sees, keeps it in its otherwise unused doc.
Value unpack_iterator_type(VM& vm) {
  Value st = module_attr(vm, "Struct");
  if (!is_layout(st, Layout::Type) || !is_layout(st.as<Type>()->native_new, Layout::Builtin)) return Value::null();
  return st.as<Type>()->native_new.as<Builtin>()->doc;
}

// ---------- the format tables ----------

// Item size in a mode; 0 for a character the mode does not know.
int64_t item_size(char c, Mode mode) {
  bool native = mode == Mode::Native;
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
  }
}

// Alignment in native mode (fields of one byte need none).
int64_t item_align(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    default: return item_size(c, Mode::Native);
  }
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Compiles a format; on error raises and returns false.
bool compile_format(VM& vm, std::string_view fmt, std::vector<FieldCode>& codes, int64_t& size, int64_t& len) {
  if (fmt.find('\0') != std::string_view::npos) {
    struct_error(vm, "embedded null character");
    return false;
  }
  Mode mode = Mode::Native;
  bool native_sizes = true;
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': i = 1; break;
      case '=': mode = Mode::Little; native_sizes = false; i = 1; break;
      case '<': mode = Mode::Little; native_sizes = false; i = 1; break;
      case '>': case '!': mode = Mode::Big; native_sizes = false; i = 1; break;
      default: break;
    }
  }
  const int64_t kMax = INT64_MAX;
  size = 0;
  len = 0;
  while (i < fmt.size()) {
    char c = fmt[i++];
    if (is_space(c)) continue;
    int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = c - '0';
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        int d = fmt[i++] - '0';
        if (num > (kMax - d) / 10) {
          struct_error(vm, "total struct size too long");
          return false;
        }
        num = num * 10 + d;
      }
      if (i >= fmt.size()) {
        struct_error(vm, "repeat count given without format specifier");
        return false;
      }
      c = fmt[i++];
    }
    int64_t isz = item_size(c, native_sizes ? Mode::Native : mode);
    if (!isz) {
      struct_error(vm, "bad char in struct format");
      return false;
    }
    if (native_sizes) {
      int64_t a = item_align(c);
      if (a > 1 && size > 0) {
        int64_t extra = (a - 1) - (size - 1) % a;
        if (extra > kMax - size) {
          struct_error(vm, "total struct size too long");
          return false;
        }
        size += extra;
      }
    }
    if (num > (kMax - size) / isz) {
      struct_error(vm, "total struct size too long");
      return false;
    }
    if (c == 's' || c == 'p') {
      codes.push_back({c, mode, 1, size, num});
      len++;
    } else if (c != 'x' && num) {
      if (num > UINT32_MAX) {
        struct_error(vm, "total struct size too long");
        return false;
      }
      codes.push_back({c, mode, uint32_t(num), size, isz});
      len += num;
    }
    size += num * isz;
  }
  return true;
}

// ---------- the Struct object ----------

StructObject* struct_of(Value v) { return native_of<StructObject>(v, trace_struct); }

StructObject* self_struct(VM& vm, Value self) {
  StructObject* s = struct_of(self);
  if (!s) raise(vm, vm.TypeError, "descriptor requires a '_struct.Struct' object but received a '%s'", type_name(vm, self));
  return s;
}

// Struct(format): format is a str (ASCII) or bytes.
Value make_struct(VM& vm, Value format) {
  Value fb;
  if (is_str(format) || (is_layout(format, Layout::Instance) && is_str(format.as<Instance>()->base_value))) {
    Str* s = is_str(format) ? as_str(format) : as_str(format.as<Instance>()->base_value);
    fb = str_encode(vm, s, vm.intern("ascii"), nullptr);
    if (fb.is_null()) return fb;
  } else if (is_layout(format, Layout::Bytes)) {
    fb = format;
  } else if (is_layout(format, Layout::Instance) && is_layout(format.as<Instance>()->base_value, Layout::Bytes)) {
    fb = format.as<Instance>()->base_value;
  } else {
    return raise(vm, vm.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type_name(vm, format));
  }
  Root rfb(vm, fb);
  std::vector<FieldCode> codes;
  int64_t size, len;
  if (!compile_format(vm, fb.as<Bytes>()->view(), codes, size, len)) return Value::null();
  Value tv = module_attr(vm, "Struct");
  if (!is_layout(tv, Layout::Type)) return raise(vm, vm.SystemError, "_struct.Struct is missing");
  FieldCode* buf = nullptr;
  if (!codes.empty()) {
    buf = static_cast<FieldCode*>(vm.heap.external_alloc(codes.size() * sizeof(FieldCode)));
    if (!buf) return raise_no_memory(vm);
    std::memcpy(buf, codes.data(), codes.size() * sizeof(FieldCode));
  }
  auto* s = static_cast<StructObject*>(vm.heap.alloc(sizeof(StructObject), tv.as<Type>()));
  if (!s) {
    if (buf) vm.heap.external_free(buf, codes.size() * sizeof(FieldCode));
    return raise_no_memory(vm);
  }
  s->format = fb;
  s->codes = buf;
  s->ncodes = uint32_t(codes.size());
  s->size = size;
  s->len = len;
  return Value::ptr(s);
}

// ---------- packing ----------

bool is_int_value(VM& vm, Value v) { return is_int(vm, number_value(vm, v)) && !number_value(vm, v).is_double(); }

// The int an integer field packs: an int, or __index__'s result; struct.error otherwise.
Value int_argument(VM& vm, Value v) {
  Value nv = number_value(vm, v);
  if (is_int(vm, nv)) return nv.is_bool() ? Value::small(nv.is_true()) : nv;
  if (type_lookup(type_of(vm, v), vm.s_index).is_null())
    return struct_error(vm, "required argument is not an integer");
  return index_value(vm, v);
}

// Range errors of the integer codes, worded as CPython words them.
Value range_error(VM& vm, const FieldCode& c, bool is_unsigned) {
  switch (c.mode == Mode::Big && (c.fmt == 'h' || c.fmt == 'H') ? 0 : c.fmt) {
    case 'b': return struct_error(vm, "byte format requires -128 <= number <= 127");
    case 'B': return struct_error(vm, "ubyte format requires 0 <= number <= 255");
    case 'h': return struct_error(vm, "short format requires -32768 <= number <= 32767");
    case 'H': return struct_error(vm, "ushort format requires 0 <= number <= 65535");
    default: break;
  }
  uint64_t ulargest = c.size >= 8 ? UINT64_MAX : (uint64_t(1) << (c.size * 8)) - 1;
  if (is_unsigned) return struct_error(vm, "'%c' format requires 0 <= number <= %llu", c.fmt, (unsigned long long)ulargest);
  long long largest = (long long)(ulargest >> 1);
  return struct_error(vm, "'%c' format requires %lld <= number <= %lld", c.fmt, -largest - 1, largest);
}

void store_uint(char* p, uint64_t x, int64_t size, Mode mode) {
  for (int64_t k = 0; k < size; k++) {
    int64_t idx = mode == Mode::Big ? size - 1 - k : k;
    p[idx] = char(uint8_t(x >> (8 * k)));
  }
}

uint64_t load_uint(const char* p, int64_t size, Mode mode) {
  uint64_t x = 0;
  for (int64_t k = 0; k < size; k++) {
    int64_t idx = mode == Mode::Big ? size - 1 - k : k;
    x |= uint64_t(uint8_t(p[idx])) << (8 * k);
  }
  return x;
}

// The low 64 bits of |b| (callers check that b.mag has at most two limbs).
uint64_t low64(const BigInt& b) {
  if (b.mag.empty()) return 0;
  return b.mag.size() == 1 ? b.mag[0] : b.mag[0] | uint64_t(b.mag[1]) << 32;
}

// Packs one integer item. Values are read as CPython reads them: a C long for b B h H i l
// (and standard I L), an unsigned long for native I L and N, a long long / unsigned long
// long for q Q, and a pointer for P.
Status pack_int(VM& vm, const FieldCode& c, Value v, char* p) {
  Value iv = int_argument(vm, v);
  if (iv.is_null()) return Status::Error;
  BigInt b = to_bigint(iv);
  bool neg = b.is_neg();
  uint64_t bits;
  char f = c.fmt;
  bool big = c.mode == Mode::Big;
  if (big && (f == 'q' || f == 'Q')) {
    // Big-endian q/Q convert through a byte array: overflow is an OverflowError, which
    // pack reports as struct.error for an int argument.
    bool fits = f == 'q' ? b.fits_i64() : (!neg && b.mag.size() <= 2);
    if (!fits) {
      if (is_int_value(vm, v)) struct_error(vm, "int too large to convert");
      else if (neg && f == 'Q') raise(vm, vm.OverflowError, "can't convert negative int to unsigned");
      else raise(vm, vm.OverflowError, "int too big to convert");
      return Status::Error;
    }
    bits = f == 'q' ? uint64_t(b.to_i64()) : low64(b);
    store_uint(p, bits, c.size, c.mode);
    return Status::Ok;
  }
  // Little-endian and native modes share CPython's native packers (a C long for H);
  // big-endian H reads an unsigned long and words its range error with the code letter.
  bool is_unsigned_read = f == 'Q' || f == 'N' || f == 'I' || f == 'L' || (big && f == 'H');
  if (f == 'P') {
    // PyLong_AsVoidPtr: a C long when negative, else an unsigned long.
    if (neg ? !b.fits_i64() : (b.mag.size() > 2)) {
      if (is_int_value(vm, v)) {
        struct_error(vm, "int too large to convert");
      } else {
        raise(vm, vm.OverflowError, neg ? "Python int too large to convert to C long"
                                        : "Python int too large to convert to C unsigned long");
      }
      return Status::Error;
    }
    bits = neg ? uint64_t(b.to_i64()) : low64(b);
    store_uint(p, bits, c.size, c.mode);
    return Status::Ok;
  }
  if (is_unsigned_read) {
    if (neg || b.mag.size() > 2) {
      struct_error(vm, "argument out of range");
      return Status::Error;
    }
    bits = low64(b);
    if (c.size < 8 && bits > (uint64_t(1) << (c.size * 8)) - 1) {
      range_error(vm, c, true);
      return Status::Error;
    }
  } else {
    if (!b.fits_i64()) {
      struct_error(vm, "argument out of range");
      return Status::Error;
    }
    int64_t x = b.to_i64();
    switch (f) {
      case 'B':
        if (x < 0 || x > 255) { range_error(vm, c, true); return Status::Error; }
        break;
      case 'H':
        if (x < 0 || x > 65535) { range_error(vm, c, true); return Status::Error; }
        break;
      default:
        if (c.size < 8) {
          int64_t lim = int64_t(1) << (c.size * 8 - 1);
          if (x < -lim || x >= lim) { range_error(vm, c, false); return Status::Error; }
        }
        break;
    }
    bits = uint64_t(x);
  }
  store_uint(p, bits, c.size, c.mode);
  return Status::Ok;
}

// IEEE binary16 encoding with round-half-even; false when |x| is too large.
bool half_from_double(double x, uint16_t& out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) { out = sign | 0x7e00; return true; }
  double a = std::fabs(x);
  if (std::isinf(a)) { out = sign | 0x7c00; return true; }
  if (a == 0.0) { out = sign; return true; }
  int e;
  double m = std::frexp(a, &e);  // a = m * 2**e, 0.5 <= m < 1
  m *= 2.0;
  e--;                           // a = m * 2**e, 1 <= m < 2
  if (e >= 16) return false;
  int biased;
  if (e < -25) {
    m = 0.0;
    biased = 0;
  } else if (e < -14) {
    m = std::ldexp(m, e + 14);   // subnormal: a / 2**-14
    biased = 0;
  } else {
    biased = e + 15;
    m -= 1.0;
  }
  double scaled = m * 1024.0;
  uint32_t frac = uint32_t(scaled);
  double rest = scaled - frac;
  if (rest > 0.5 || (rest == 0.5 && (frac & 1))) {
    frac++;
    if (frac == 1024) {
      frac = 0;
      if (++biased == 31) return false;
    }
  }
  out = uint16_t(sign | (biased << 10) | frac);
  return true;
}

double half_to_double(uint16_t h) {
  bool neg = h & 0x8000;
  int e = (h >> 10) & 0x1f;
  int f = h & 0x3ff;
  double x;
  if (e == 0x1f) x = f ? NAN : INFINITY;
  else if (e == 0) x = std::ldexp(double(f), -24);
  else x = std::ldexp(1.0 + f / 1024.0, e - 15);
  return neg ? -x : x;
}

Status pack_float(VM& vm, const FieldCode& c, Value v, char* p) {
  double x;
  if (failed(to_double(vm, number_value(vm, v), x))) {
    clear_exc(vm);
    struct_error(vm, "required argument is not a float");
    return Status::Error;
  }
  switch (c.fmt) {
    case 'e': {
      uint16_t h;
      if (!half_from_double(x, h)) {
        raise(vm, vm.OverflowError, "float too large to pack with e format");
        return Status::Error;
      }
      store_uint(p, h, 2, c.mode);
      return Status::Ok;
    }
    case 'f': {
      float y = float(x);
      if (c.mode != Mode::Native && std::isinf(y) && !std::isinf(x)) {
        raise(vm, vm.OverflowError, "float too large to pack with f format");
        return Status::Error;
      }
      uint32_t bits;
      std::memcpy(&bits, &y, 4);
      store_uint(p, bits, 4, c.mode);
      return Status::Ok;
    }
    default: {
      uint64_t bits;
      std::memcpy(&bits, &x, 8);
      store_uint(p, bits, 8, c.mode);
      return Status::Ok;
    }
  }
}

// Packs items[0..s->len) into out (s->size bytes, zeroed by the caller).
Status pack_items(VM& vm, StructObject* s, const Value* items, char* out) {
  size_t k = 0;
  for (uint32_t ci = 0; ci < s->ncodes; ci++) {
    const FieldCode c = s->codes[ci];
    char* p = out + c.offset;
    if (c.fmt == 's' || c.fmt == 'p') {
      Value v = items[k++];
      std::string_view data;
      if (!bytes_view(v, data)) {
        struct_error(vm, "argument for '%c' must be a bytes object", c.fmt);
        return Status::Error;
      }
      if (c.fmt == 's') {
        int64_t n = std::min<int64_t>(int64_t(data.size()), c.size);
        if (n > 0) std::memcpy(p, data.data(), size_t(n));
      } else if (c.size > 0) {
        int64_t n = std::min<int64_t>(int64_t(data.size()), c.size - 1);
        if (n > 0) std::memcpy(p + 1, data.data(), size_t(n));
        p[0] = char(uint8_t(std::min<int64_t>(n, 255)));
      }
      continue;
    }
    for (uint32_t r = 0; r < c.repeat; r++, p += c.size) {
      Value v = items[k++];
      switch (c.fmt) {
        case 'c': {
          if (!is_layout(v, Layout::Bytes) || v.as<Bytes>()->size != 1) {
            struct_error(vm, "char format requires a bytes object of length 1");
            return Status::Error;
          }
          *p = v.as<Bytes>()->data[0];
          break;
        }
        case '?': {
          int t = truthy(vm, v);
          if (t < 0) return Status::Error;
          *p = char(t);
          break;
        }
        case 'e': case 'f': case 'd':
          if (failed(pack_float(vm, c, v, p))) return Status::Error;
          break;
        default:
          if (failed(pack_int(vm, c, v, p))) return Status::Error;
          break;
      }
    }
  }
  return Status::Ok;
}

// ---------- unpacking ----------

Value unpack_item(VM& vm, const FieldCode& c, const char* p) {
  switch (c.fmt) {
    case 'c': return new_bytes(vm, std::string_view(p, 1));
    case '?': return Value::boolean(*p != 0);
    case 'e': return Value::from_double(half_to_double(uint16_t(load_uint(p, 2, c.mode))));
    case 'f': {
      uint32_t bits = uint32_t(load_uint(p, 4, c.mode));
      float y;
      std::memcpy(&y, &bits, 4);
      return Value::from_double(double(y));
    }
    case 'd': {
      uint64_t bits = load_uint(p, 8, c.mode);
      double d;
      std::memcpy(&d, &bits, 8);
      return Value::from_double(d);
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
      uint64_t u = load_uint(p, c.size, c.mode);
      if (c.size < 8 && (u >> (c.size * 8 - 1)) & 1) u |= ~uint64_t(0) << (c.size * 8);
      return new_int(vm, int64_t(u));
    }
    default:  // B H I L Q N P
      return new_int_u64(vm, load_uint(p, c.size, c.mode));
  }
}

Value unpack_at(VM& vm, StructObject* s, Value buffer, int64_t offset) {
  Root rb(vm, buffer);
  Tuple* t = new_tuple(vm, size_t(s->len));
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  // Allocation runs no Python code, so the buffer (rooted) keeps its storage meanwhile.
  std::string_view data;
  (void)bytes_view(buffer, data);
  size_t k = 0;
  for (uint32_t ci = 0; ci < s->ncodes; ci++) {
    const FieldCode c = s->codes[ci];
    for (uint32_t r = 0; r < c.repeat; r++) {
      const char* p = data.data() + offset + c.offset + int64_t(r) * c.size;
      Value v;
      if (c.fmt == 's') {
        v = new_bytes(vm, std::string_view(p, size_t(c.size)));
      } else if (c.fmt == 'p') {
        int64_t n = uint8_t(p[0]);
        if (n >= c.size) n = c.size - 1;
        v = new_bytes(vm, std::string_view(p + 1, size_t(n < 0 ? 0 : n)));
      } else {
        v = unpack_item(vm, c, p);
      }
      if (v.is_null()) return v;
      t->items[k++] = v;
    }
  }
  return Value::ptr(t);
}

// A readable buffer (bytes-like) or TypeError.
bool readable(VM& vm, Value v, std::string_view& out) {
  if (bytes_view(v, out)) return true;
  raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
  return false;
}

// Py_ssize_t argument (OverflowError beyond 64 bits).
Status ssize_arg(VM& vm, Value v, int64_t& out) {
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  BigInt b = to_bigint(i);
  if (!b.fits_i64()) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
    return Status::Error;
  }
  out = b.to_i64();
  return Status::Ok;
}

Value do_pack(VM& vm, StructObject* s, const Value* items, size_t n, const char* who) {
  if (int64_t(n) != s->len)
    return struct_error(vm, "%s expected %lld items for packing (got %zu)", who, (long long)s->len, n);
  std::string out(size_t(s->size), '\0');
  if (failed(pack_items(vm, s, items, out.data()))) return Value::null();
  return new_bytes(vm, out);
}

Value do_pack_into(VM& vm, Value sv, StructObject* s, Value* args, size_t nargs) {
  if (int64_t(nargs) != s->len + 2) {
    if (nargs == 0) return struct_error(vm, "pack_into expected buffer argument");
    if (nargs == 1) return struct_error(vm, "pack_into expected offset argument");
    return struct_error(vm, "pack_into expected %lld items for packing (got %zu)", (long long)s->len, nargs - 2);
  }
  Root rs(vm, sv);
  ByteArray* ba = bytearray_unwrap(args[0]);
  if (!ba) {
    return raise(vm, vm.TypeError, "argument must be read-write bytes-like object, not %s", type_name(vm, args[0]));
  }
  int64_t offset;
  if (failed(index_i64(vm, args[1], offset))) return Value::null();
  ba = bytearray_unwrap(args[0]);
  int64_t blen = ba->size;
  if (offset < 0) {
    if (offset + s->size > 0)
      return struct_error(vm, "no space to pack %lld bytes at offset %lld", (long long)s->size, (long long)offset);
    if (offset + blen < 0)
      return struct_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)blen);
    offset += blen;
  }
  if (blen - offset < s->size)
    return struct_error(vm,
                        "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at offset %lld "
                        "(actual buffer size is %lld)",
                        (unsigned long long)(s->size + offset), (long long)s->size, (long long)offset, (long long)blen);
  // Pack into a temporary first: packing can run Python code that resizes the bytearray.
  std::string out(size_t(s->size), '\0');
  if (failed(pack_items(vm, s, args + 2, out.data()))) return Value::null();
  ba = bytearray_unwrap(args[0]);
  if (int64_t(ba->size) - offset >= s->size) std::memcpy(ba->data + offset, out.data(), out.size());
  return Value::none();
}

Value do_unpack(VM& vm, StructObject* s, Value buffer) {
  std::string_view data;
  if (!readable(vm, buffer, data)) return Value::null();
  if (int64_t(data.size()) != s->size) return struct_error(vm, "unpack requires a buffer of %lld bytes", (long long)s->size);
  return unpack_at(vm, s, buffer, 0);
}

Value do_unpack_from(VM& vm, StructObject* s, Value buffer, Value offset_v) {
  std::string_view data;
  if (!readable(vm, buffer, data)) return Value::null();
  int64_t offset = 0;
  if (!offset_v.is_null()) {
    Root rb(vm, buffer);
    if (failed(ssize_arg(vm, offset_v, offset))) return Value::null();
    (void)bytes_view(buffer, data);
  }
  int64_t blen = int64_t(data.size());
  if (offset < 0) {
    if (offset + s->size > 0)
      return struct_error(vm, "not enough data to unpack %lld bytes at offset %lld", (long long)s->size, (long long)offset);
    if (offset + blen < 0)
      return struct_error(vm, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)blen);
    offset += blen;
  }
  if (blen - offset < s->size)
    return struct_error(vm,
                        "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at offset %lld "
                        "(actual buffer size is %lld)",
                        (unsigned long long)(s->size + offset), (long long)s->size, (long long)offset, (long long)blen);
  return unpack_at(vm, s, buffer, offset);
}

Value do_iter_unpack(VM& vm, Value sv, StructObject* s, Value buffer) {
  if (s->size == 0) return struct_error(vm, "cannot iteratively unpack with a struct of length %lld", (long long)s->size);
  std::string_view data;
  if (!readable(vm, buffer, data)) return Value::null();
  if (int64_t(data.size()) % s->size != 0)
    return struct_error(vm, "iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)s->size);
  Value tv = unpack_iterator_type(vm);
  if (!is_layout(tv, Layout::Type)) return raise(vm, vm.SystemError, "_struct.unpack_iterator is missing");
  Root rb(vm, buffer);
  Value it = new_iter(vm, tv.as<Type>(), sv, 0, int64_t(data.size()));
  if (it.is_null()) return it;
  it.as<Iter>()->a = buffer;
  return it;
}

// ---------- argument parsing ----------

// Argument Clinic's keyword parsing, in its order of checks: too many arguments, a missing
// required one, then an unknown keyword. The first npos_only names are positional-only.
Status parse_clinic(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames, const char* const* names,
                    size_t nnames, size_t nrequired, Value* out, size_t npos_only) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs + nkw > nnames) {
    raise(vm, vm.TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, nnames, nnames == 1 ? "" : "s",
          nargs + nkw);
    return Status::Error;
  }
  for (size_t i = 0; i < nnames; i++) out[i] = i < nargs ? args[i] : Value::null();
  size_t used = 0;
  for (size_t i = npos_only; i < nnames; i++) {
    for (size_t k = 0; k < nkw; k++) {
      if (as_str(kwnames->items[k])->view() != names[i]) continue;
      if (i < nargs) {
        raise(vm, vm.TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname, names[i], i + 1);
        return Status::Error;
      }
      out[i] = args[nargs + k];
      used++;
    }
  }
  for (size_t i = 0; i < nrequired; i++) {
    if (out[i].is_null()) {
      raise(vm, vm.TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
      return Status::Error;
    }
  }
  if (used < nkw) {
    for (size_t k = 0; k < nkw; k++) {
      Str* kn = as_str(kwnames->items[k]);
      bool known = false;
      for (size_t i = npos_only; i < nnames; i++) known |= kn->view() == names[i];
      if (!known) {
        raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for %s()", kn, fname);
        return Status::Error;
      }
    }
  }
  return Status::Ok;
}

// ---------- Struct methods ----------

Value struct_ctor(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"format"};
  Value a[1];
  if (failed(parse_clinic(vm, "Struct", args, nargs, kwnames, names, 1, 1, a, 0))) return Value::null();
  return make_struct(vm, a[0]);
}

Value s_pack(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "Struct.pack() takes no keyword arguments");
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return do_pack(vm, s, args, nargs, "pack");
}
Value s_pack_into(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "Struct.pack_into() takes no keyword arguments");
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return do_pack_into(vm, self, s, args, nargs);
}
Value s_unpack(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "Struct.unpack() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "Struct.unpack() takes exactly one argument (%zu given)", nargs);
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return do_unpack(vm, s, args[0]);
}
Value s_unpack_from(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"buffer", "offset"};
  Value a[2];
  if (failed(parse_clinic(vm, "unpack_from", args, nargs, kwnames, names, 2, 1, a, 0))) return Value::null();
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return do_unpack_from(vm, s, a[0], a[1]);
}
Value s_iter_unpack(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "Struct.iter_unpack() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "Struct.iter_unpack() takes exactly one argument (%zu given)", nargs);
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return do_iter_unpack(vm, Value::ptr(s), s, args[0]);
}
Value s_format(VM& vm, Value self, Value*, size_t, Tuple*) {
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return new_str(vm, s->format.as<Bytes>()->view());
}
Value s_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return new_int(vm, s->size);
}
Value s_sizeof(VM& vm, Value self, Value*, size_t, Tuple*) {
  StructObject* s = self_struct(vm, self);
  if (!s) return Value::null();
  return new_int(vm, int64_t(sizeof(StructObject) + s->ncodes * sizeof(FieldCode)));
}

// ---------- unpack_iterator ----------

Value ui_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected an unpack_iterator");
  Iter* it = self.as<Iter>();
  StructObject* s = struct_of(it->seq);
  std::string_view data;
  if (!s || it->a.is_null() || !bytes_view(it->a, data) || it->index + s->size > it->end ||
      it->index + s->size > int64_t(data.size())) {
    it->a = Value::null();
    it->index = it->end;
    return raise_value(vm, Value::ptr(vm.StopIteration));
  }
  int64_t at = it->index;
  it->index += s->size;
  return unpack_at(vm, s, it->a, at);
}
Value ui_iter(VM&, Value self, Value*, size_t, Tuple*) { return self; }
Value ui_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter)) return Value::small(0);
  Iter* it = self.as<Iter>();
  StructObject* s = struct_of(it->seq);
  if (!s || s->size == 0 || it->a.is_null()) return Value::small(0);
  return new_int(vm, (it->end - it->index) / s->size);
}

// ---------- module functions ----------

// The Struct for a format argument of a module-level function.
Value struct_for(VM& vm, Value format) {
  if (struct_of(format)) return format;
  return make_struct(vm, format);
}

Value f_pack(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "_struct.pack() takes no keyword arguments");
  if (nargs == 0) return raise(vm, vm.TypeError, "missing format argument");
  Value sv = struct_for(vm, args[0]);
  if (sv.is_null()) return sv;
  Root rs(vm, sv);
  return do_pack(vm, struct_of(sv), args + 1, nargs - 1, "pack");
}
Value f_pack_into(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "_struct.pack_into() takes no keyword arguments");
  if (nargs == 0) return raise(vm, vm.TypeError, "missing format argument");
  Value sv = struct_for(vm, args[0]);
  if (sv.is_null()) return sv;
  Root rs(vm, sv);
  return do_pack_into(vm, sv, struct_of(sv), args + 1, nargs - 1);
}
Value f_unpack(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "_struct.unpack() takes no keyword arguments");
  if (failed(check_positional(vm, "unpack", nargs, nullptr, 2, 2))) return Value::null();
  Value sv = struct_for(vm, args[0]);
  if (sv.is_null()) return sv;
  Root rs(vm, sv);
  return do_unpack(vm, struct_of(sv), args[1]);
}
Value f_unpack_from(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0) return raise(vm, vm.TypeError, "unpack_from() takes at least 1 positional argument (0 given)");
  static const char* const names[] = {"format", "buffer", "offset"};
  Value a[3];
  if (failed(parse_clinic(vm, "unpack_from", args, nargs, kwnames, names, 3, 2, a, 1))) return Value::null();
  Value sv = struct_for(vm, a[0]);
  if (sv.is_null()) return sv;
  Root rs(vm, sv);
  return do_unpack_from(vm, struct_of(sv), a[1], a[2]);
}
Value f_iter_unpack(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "_struct.iter_unpack() takes no keyword arguments");
  if (failed(check_positional(vm, "iter_unpack", nargs, nullptr, 2, 2))) return Value::null();
  Value sv = struct_for(vm, args[0]);
  if (sv.is_null()) return sv;
  Root rs(vm, sv);
  return do_iter_unpack(vm, sv, struct_of(sv), args[1]);
}
Value f_calcsize(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "_struct.calcsize() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "_struct.calcsize() takes exactly one argument (%zu given)", nargs);
  Value sv = struct_for(vm, args[0]);
  if (sv.is_null()) return sv;
  return new_int(vm, struct_of(sv)->size);
}
Value f_clearcache(VM& vm, Value, Value*, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "_struct._clearcache() takes no keyword arguments");
  if (nargs) return raise(vm, vm.TypeError, "_struct._clearcache() takes no arguments (%zu given)", nargs);
  return Value::none();  // Taipan keeps no cache of compiled formats
}

const char kModuleDoc[] =
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n"
    "\n"
    "The optional first format char indicates byte order, size and alignment:\n"
    "  @: native order, size & alignment (default)\n"
    "  =: native order, std. size & alignment\n"
    "  <: little-endian, std. size & alignment\n"
    "  >: big-endian, std. size & alignment\n"
    "  !: same as >\n"
    "\n"
    "The remaining chars indicate types of args and must match exactly;\n"
    "these can be preceded by a decimal repeat count:\n"
    "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
    "  ?: _Bool (requires C99; if not available, char is used instead)\n"
    "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
    "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
    "Special cases (preceding decimal count indicates length):\n"
    "  s:string (array of char); p: pascal string (with count byte).\n"
    "Special cases (only available in native format):\n"
    "  n:ssize_t; N:size_t;\n"
    "  P:an integer type that is wide enough to hold a pointer.\n"
    "Special case (not in native mode unless 'long long' in platform C):\n"
    "  q:long long; Q:unsigned long long\n"
    "Whitespace between formats is ignored.\n"
    "\n"
    "The variable struct.error is an exception raised on errors.\n";

Value make_struct_module(VM& vm) {
  Value mv = native_module(vm, "_struct");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "Struct").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  Value doc = new_str(vm, kModuleDoc);
  if (doc.is_null()) return doc;
  (void)dict_set_str(vm, m->dict, vm.s_doc, doc);

  // struct.error, made like `class error(Exception): __module__ = 'struct'`.
  {
    Tuple* bases = new_tuple(vm, 1);
    if (!bases) return raise_no_memory(vm);
    bases->items[0] = Value::ptr(vm.Exception);
    Root rb(vm, Value::ptr(bases));
    Dict* ns = new_dict(vm);
    if (!ns) return raise_no_memory(vm);
    Root rns(vm, Value::ptr(ns));
    (void)dict_set_str(vm, ns, vm.s_module, Value::ptr(vm.intern("struct")));
    Value err = build_class(vm, Value::ptr(vm.type_type), vm.intern("error"), bases, ns, Value::null());
    if (err.is_null()) return err;
    Root rerr(vm, err);
    (void)dict_set_cstr(vm, m->dict, "error", err);
  }

  Type* st = native_type(vm, m, "_struct", "Struct", Layout::Opaque, struct_ctor);
  if (!st) return Value::null();
  st->trace = trace_struct;
  st->finalize = fin_struct;
  static const MethodDef struct_methods[] = {
      {"pack", s_pack, 0, -1, kBuiltinKeywords},
      {"pack_into", s_pack_into, 0, -1, kBuiltinKeywords},
      {"unpack", s_unpack, 0, -1, kBuiltinKeywords},
      {"unpack_from", s_unpack_from, 0, -1, kBuiltinKeywords},
      {"iter_unpack", s_iter_unpack, 0, -1, kBuiltinKeywords},
      {"__sizeof__", s_sizeof, 0, 0, 0},
  };
  add_methods(vm, st, struct_methods);
  add_getter(vm, st, "format", s_format);
  add_getter(vm, st, "size", s_size);

  Type* it = native_type(vm, m, "_struct", "unpack_iterator", Layout::Iter, nullptr);
  if (!it) return Value::null();
  it->tflags &= ~kTypeBaseType;
  (void)dict_del(vm, m->dict, Value::ptr(vm.intern("unpack_iterator")));
  st->native_new.as<Builtin>()->doc = Value::ptr(it);
  static const MethodDef iter_methods[] = {
      {"__iter__", ui_iter, 0, 0, 0},
      {"__next__", ui_next, 0, 0, 0},
      {"__length_hint__", ui_length_hint, 0, 0, 0},
  };
  add_methods(vm, it, iter_methods);

  static const MethodDef fns[] = {
      {"pack", f_pack, 0, -1, kBuiltinKeywords},
      {"pack_into", f_pack_into, 0, -1, kBuiltinKeywords},
      {"unpack", f_unpack, 0, -1, kBuiltinKeywords},
      {"unpack_from", f_unpack_from, 0, -1, kBuiltinKeywords},
      {"iter_unpack", f_iter_unpack, 0, -1, kBuiltinKeywords},
      {"calcsize", f_calcsize, 0, -1, kBuiltinKeywords},
      {"_clearcache", f_clearcache, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void init_struct(VM& vm) { register_native_module(vm, "_struct", make_struct_module); }

}  // namespace taipan::runtime
