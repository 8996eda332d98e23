// str: construction, the skip index, hashing, comparison, indexing and slicing,
// concatenation, repetition, join, iteration, repr, the str() constructor and the dunder
// methods. Other str methods live in str_methods.cpp, formatting in str_format.cpp,
// encode/decode in str_codec.cpp, the Unicode tables in str_unicode.cpp.
//
// Invariants (see str.h): data is (generalized) UTF-8 + NUL; length/ascii are exact; a
// non-ASCII str of more than kStrIndexStride code points has kStrHasIndex set and its skip
// index stored 4-byte aligned after the NUL; hash is -1 until computed and never -1 after.
#include "runtime/str.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <vector>

namespace taipan::runtime {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static constexpr size_t kStrDataOffset = offsetof(Str, data);
#pragma GCC diagnostic pop
static constexpr size_t kStrMaxBytes = 0xFFFFFF00u;

// ---------- UTF-8 helpers ----------

static inline size_t utf8_seq_len(uint8_t lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

uint32_t utf8_decode(const char*& p) {
  auto c = uint8_t(*p);
  if (c < 0x80) {
    p++;
    return c;
  }
  auto b = reinterpret_cast<const uint8_t*>(p);
  uint32_t cp;
  if (c < 0xE0) {
    cp = (uint32_t(c & 0x1F) << 6) | (b[1] & 0x3F);
    p += 2;
  } else if (c < 0xF0) {
    cp = (uint32_t(c & 0x0F) << 12) | (uint32_t(b[1] & 0x3F) << 6) | (b[2] & 0x3F);
    p += 3;
  } else {
    cp = (uint32_t(c & 0x07) << 18) | (uint32_t(b[1] & 0x3F) << 12) | (uint32_t(b[2] & 0x3F) << 6) | (b[3] & 0x3F);
    p += 4;
  }
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
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

size_t utf8_length(std::string_view s) {
  size_t cont = 0;
  for (unsigned char c : s) cont += (c & 0xC0) == 0x80;
  return s.size() - cont;
}

bool utf8_is_ascii(std::string_view s) {
  unsigned char acc = 0;
  for (unsigned char c : s) acc |= c;
  return acc < 0x80;
}

Status clinic_args(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames, const char* const* names,
                   size_t nnames, size_t nrequired, Value* out, size_t npos_only) {
  for (uint32_t k = 0; kwnames && k < kwnames->size; k++) {
    Str* kn = as_str(kwnames->items[k]);
    size_t i = npos_only;
    while (i < nnames && kn->view() != names[i]) i++;
    if (i == nnames) {
      raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for %s()", kn, fname);
      return Status::Error;
    }
  }
  return parse_args(vm, fname, args, nargs, kwnames, names, nnames, nrequired, out, npos_only);
}

// ---------- construction and the skip index ----------

static size_t index_entries(size_t length, bool ascii) {
  if (ascii || length <= kStrIndexStride) return 0;
  return (length - 1) / kStrIndexStride;  // entry k-1 = byte offset of code point k*stride
}

static uint32_t* skip_index(Str* s) {
  auto p = reinterpret_cast<uintptr_t>(s->data + s->nbytes + 1);
  return reinterpret_cast<uint32_t*>((p + 3) & ~uintptr_t(3));
}

Str* str_new_raw(VM& vm, size_t nbytes, size_t length, bool ascii) {
  if (nbytes > kStrMaxBytes) {
    raise_no_memory(vm);
    return nullptr;
  }
  size_t entries = index_entries(length, ascii);
  size_t size = kStrDataOffset + nbytes + 1;
  if (entries) size = ((size + 3) & ~size_t(3)) + entries * 4;
  auto* s = static_cast<Str*>(vm.heap.alloc(size, vm.str_type));
  if (!s) {
    raise_no_memory(vm);
    return nullptr;
  }
  s->hash = -1;
  s->nbytes = uint32_t(nbytes);
  s->length = uint32_t(length);
  s->ascii = ascii;
  if (entries) s->flags |= kStrHasIndex;
  return s;
}

void str_seal(Str* s) {
  s->data[s->nbytes] = 0;
  if (!(s->flags & kStrHasIndex)) return;
  uint32_t* idx = skip_index(s);
  size_t cp = 0, entry = 0, max_entries = index_entries(s->length, s->ascii);
  auto d = reinterpret_cast<const uint8_t*>(s->data);
  for (size_t off = 0; off < s->nbytes; off += utf8_seq_len(d[off])) {
    if (cp && cp % kStrIndexStride == 0 && entry < max_entries) idx[entry++] = uint32_t(off);
    cp++;
  }
}

Value new_str(VM& vm, std::string_view utf8) {
  if (utf8.empty() && vm.s_empty) return Value::ptr(vm.s_empty);
  unsigned char acc = 0;
  size_t cont = 0;
  for (unsigned char c : utf8) {
    acc |= c;
    cont += (c & 0xC0) == 0x80;
  }
  Str* s = str_new_raw(vm, utf8.size(), utf8.size() - cont, acc < 0x80);
  if (!s) return Value::null();
  std::memcpy(s->data, utf8.data(), utf8.size());
  str_seal(s);
  return Value::ptr(s);
}

Value new_str_ascii(VM& vm, std::string_view ascii) {
  if (ascii.empty() && vm.s_empty) return Value::ptr(vm.s_empty);
  Str* s = str_new_raw(vm, ascii.size(), ascii.size(), true);
  if (!s) return Value::null();
  std::memcpy(s->data, ascii.data(), ascii.size());
  return Value::ptr(s);
}

Value str_ascii_char(VM& vm, uint32_t c) {
  char ch = char(c);
  Str* s = vm.intern(std::string_view(&ch, 1));
  if (!s) return raise_no_memory(vm);
  return Value::ptr(s);
}

Value new_str_char(VM& vm, uint32_t cp) {
  if (cp < 0x80) return str_ascii_char(vm, cp);
  std::string buf;
  utf8_append(buf, cp);
  if (cp < 0x100) {  // Latin-1 characters are cached, like ASCII ones
    Str* c = vm.intern(buf);
    return c ? Value::ptr(c) : raise_no_memory(vm);
  }
  return new_str(vm, buf);
}

Value str_wrap_subclass(VM& vm, Type* cls, Value s) {
  Root rs(vm, s);
  Value inst = new_instance(vm, cls);
  if (inst.is_null()) return inst;
  inst.as<Instance>()->base_value = rs.value;
  return inst;
}

// Returns the str as a Value of exact type str (the wrapped one for subclass instances).
static inline Value exact(Str* s) { return Value::ptr(s); }

// ---------- code point <-> byte offset ----------

size_t utf8_offset(Str* s, int64_t cp) {
  if (s->ascii) return size_t(cp);
  if (cp <= 0) return 0;
  if (cp >= int64_t(s->length)) return s->nbytes;
  size_t off = 0;
  int64_t left = cp;
  if ((s->flags & kStrHasIndex) && cp >= int64_t(kStrIndexStride)) {
    size_t e = size_t(cp) / kStrIndexStride;
    off = skip_index(s)[e - 1];
    left = cp - int64_t(e * kStrIndexStride);
  }
  auto d = reinterpret_cast<const uint8_t*>(s->data);
  while (left-- > 0) off += utf8_seq_len(d[off]);
  return off;
}

int64_t str_cp_index(Str* s, size_t off) {
  if (s->ascii) return int64_t(off);
  size_t base_off = 0;
  int64_t base_cp = 0;
  if (s->flags & kStrHasIndex) {
    uint32_t* idx = skip_index(s);
    size_t n = index_entries(s->length, false);
    // last entry <= off
    size_t lo = 0, hi = n;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (idx[mid] <= off) lo = mid + 1;
      else hi = mid;
    }
    if (lo) {
      base_off = idx[lo - 1];
      base_cp = int64_t(lo * kStrIndexStride);
    }
  }
  return base_cp + int64_t(utf8_length(std::string_view(s->data + base_off, off - base_off)));
}

// ---------- hashing and comparison ----------

static inline uint64_t load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
static inline uint64_t load32(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
// 64x64 -> 128 multiply, folded: the mixing step of the hash.
static inline uint64_t fold_mul(uint64_t a, uint64_t b) {
  unsigned __int128 r = (unsigned __int128)a * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}

uint64_t hash_bytes(const void* data, size_t n) {
  constexpr uint64_t K0 = 0x9e3779b97f4a7c15ull, K1 = 0xc2b2ae3d27d4eb4full, K2 = 0x165667b19e3779f9ull;
  auto p = static_cast<const uint8_t*>(data);
  uint64_t seed = K0 ^ n;
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      size_t mid = (n >> 3) << 2;
      a = (load32(p) << 32) | load32(p + mid);
      b = (load32(p + n - 4) << 32) | load32(p + n - 4 - mid);
    } else if (n > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = n;
    while (i > 16) {
      seed = fold_mul(load64(p) ^ K1, load64(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = load64(p + i - 16);
    b = load64(p + i - 8);
  }
  return fold_mul(K2 ^ n, fold_mul(a ^ K1, b ^ seed));
}

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  s->hash = hash_fold(hash_bytes(s->data, s->nbytes));
  return s->hash;
}

bool str_eq(Str* a, Str* b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, a->nbytes) == 0;
}

int str_compare(Str* a, Str* b) {
  size_t n = std::min(a->nbytes, b->nbytes);
  int c = std::memcmp(a->data, b->data, n);
  if (c) return c;
  return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes ? 1 : 0;
}

int str_contains(Str* hay, Str* needle) {
  return hay->view().find(needle->view()) != std::string_view::npos;
}

// ---------- repr ----------

static void append_hex_escape(std::string& out, char kind, uint32_t cp, int digits) {
  static const char hex[] = "0123456789abcdef";
  out += '\\';
  out += kind;
  for (int i = digits - 1; i >= 0; i--) out += hex[(cp >> (4 * i)) & 15];
}

std::string str_repr_utf8(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto c = uint8_t(*p);
    if (c < 0x80) {
      p++;
      if (c == uint8_t(quote) || c == '\\') {
        out += '\\';
        out += char(c);
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20 || c == 0x7f) {
        append_hex_escape(out, 'x', c, 2);
      } else {
        out += char(c);
      }
      continue;
    }
    const char* start = p;
    uint32_t cp = utf8_decode(p);
    if (unicode_flags(cp) & kUPrintable) out.append(start, size_t(p - start));
    else if (cp <= 0xff) append_hex_escape(out, 'x', cp, 2);
    else if (cp <= 0xffff) append_hex_escape(out, 'u', cp, 4);
    else append_hex_escape(out, 'U', cp, 8);
  }
  out += quote;
  return out;
}

Value str_repr(VM& vm, Str* s) { return new_str(vm, str_repr_utf8(s->view())); }

// ---------- concatenation, repetition, join ----------

Value str_concat(VM& vm, Str* a, Str* b) {
  if (b->nbytes == 0) return exact(a);
  if (a->nbytes == 0) return exact(b);
  Root ra(vm, Value::ptr(a)), rb(vm, Value::ptr(b));
  Str* r = str_new_raw(vm, size_t(a->nbytes) + b->nbytes, size_t(a->length) + b->length, a->ascii && b->ascii);
  if (!r) return Value::null();
  std::memcpy(r->data, a->data, a->nbytes);
  std::memcpy(r->data + a->nbytes, b->data, b->nbytes);
  str_seal(r);
  return Value::ptr(r);
}

Value str_mul(VM& vm, Str* s, int64_t n) {
  if (n <= 0 || s->nbytes == 0) return Value::ptr(vm.s_empty);
  if (n == 1) return exact(s);
  if (n > INT64_MAX / int64_t(s->nbytes)) return raise(vm, vm.OverflowError, "repeated string is too long");
  size_t total = size_t(n) * s->nbytes;
  Root rs(vm, Value::ptr(s));
  Str* r = str_new_raw(vm, total, size_t(n) * s->length, s->ascii);
  if (!r) return Value::null();
  std::memcpy(r->data, s->data, s->nbytes);
  size_t done = s->nbytes;
  while (done < total) {  // doubling copies
    size_t chunk = std::min(done, total - done);
    std::memcpy(r->data + done, r->data, chunk);
    done += chunk;
  }
  str_seal(r);
  return Value::ptr(r);
}

Value str_join(VM& vm, Str* sep, Value iterable) {
  Root rsep(vm, Value::ptr(sep)), rit(vm, iterable);
  Value seq = iterable;
  if (!is_exact(seq, vm.list_type) && !is_exact(seq, vm.tuple_type)) {
    seq = sequence_fast(vm, iterable, "can only join an iterable");
    if (seq.is_null()) return seq;
  }
  Root rseq(vm, seq);
  Value* items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
  size_t n = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
  if (n == 0) return Value::ptr(vm.s_empty);
  if (n == 1 && is_exact(items[0], vm.str_type)) return items[0];
  size_t nbytes = sep->nbytes * (n - 1), length = sep->length * (n - 1);
  bool ascii = sep->ascii;
  for (size_t i = 0; i < n; i++) {
    Str* s = str_unwrap(items[i]);
    if (!s)
      return raise(vm, vm.TypeError, "sequence item %zu: expected str instance, %s found", i, type_name(vm, items[i]));
    nbytes += s->nbytes;
    length += s->length;
    ascii = ascii && s->ascii;
  }
  // No Python code runs between the scan and the copy, so the sequence cannot change.
  Str* r = str_new_raw(vm, nbytes, length, ascii);
  if (!r) return Value::null();
  items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
  char* out = r->data;
  for (size_t i = 0; i < n; i++) {
    if (i && sep->nbytes) {
      std::memcpy(out, sep->data, sep->nbytes);
      out += sep->nbytes;
    }
    Str* s = str_unwrap(items[i]);
    std::memcpy(out, s->data, s->nbytes);
    out += s->nbytes;
  }
  str_seal(r);
  return Value::ptr(r);
}

// ---------- indexing and slicing ----------

// One code point of UTF-8 at p (len bytes) as a str: Latin-1 characters are interned
// (like CPython's single-character cache), others are fresh objects.
static Value char_str(VM& vm, const char* p, size_t len) {
  if (len == 1) return str_ascii_char(vm, uint8_t(*p));
  if (len == 2 && uint8_t(*p) < 0xC4) {
    Str* c = vm.intern(std::string_view(p, 2));
    return c ? Value::ptr(c) : raise_no_memory(vm);
  }
  return Value::null();
}

static Value char_at(VM& vm, Str* s, int64_t i) {
  if (s->ascii) return str_ascii_char(vm, uint8_t(s->data[i]));
  size_t off = utf8_offset(s, i);
  size_t len = utf8_seq_len(uint8_t(s->data[off]));
  if (len <= 2) {
    Value c = char_str(vm, s->data + off, len);
    if (!c.is_null() || !vm.exc.is_null()) return c;
  }
  Root rs(vm, Value::ptr(s));
  Str* r = str_new_raw(vm, len, 1, false);
  if (!r) return Value::null();
  std::memcpy(r->data, s->data + off, len);
  return Value::ptr(r);
}

// Substring by code point range [start, stop) (0 <= start <= stop <= length).
static Value substr(VM& vm, Str* s, int64_t start, int64_t stop) {
  if (start == 0 && stop == int64_t(s->length)) return exact(s);
  if (start >= stop) return Value::ptr(vm.s_empty);
  if (stop - start == 1) return char_at(vm, s, start);
  size_t b0 = utf8_offset(s, start), b1 = utf8_offset(s, stop);
  size_t len = size_t(stop - start);
  Root rs(vm, Value::ptr(s));
  Str* r = str_new_raw(vm, b1 - b0, len, s->ascii || b1 - b0 == len);
  if (!r) return Value::null();
  std::memcpy(r->data, s->data + b0, b1 - b0);
  str_seal(r);
  return Value::ptr(r);
}

Value str_substr(VM& vm, Str* s, int64_t start, int64_t stop) { return substr(vm, s, start, stop); }

static Value str_slice(VM& vm, Str* s, Slice* sl) {
  int64_t start, stop, step, n;
  if (failed(slice_indices(vm, sl, s->length, start, stop, step, n))) return Value::null();
  if (n <= 0) return Value::ptr(vm.s_empty);
  if (step == 1) return substr(vm, s, start, start + n);
  if (n == 1) return char_at(vm, s, start);
  Root rs(vm, Value::ptr(s));
  if (s->ascii) {
    Str* r = str_new_raw(vm, size_t(n), size_t(n), true);
    if (!r) return Value::null();
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = s->data[j];
    return Value::ptr(r);
  }
  std::vector<uint32_t> offs;  // byte offset of every code point, plus the end
  offs.reserve(s->length + 1);
  auto d = reinterpret_cast<const uint8_t*>(s->data);
  for (size_t off = 0; off < s->nbytes; off += utf8_seq_len(d[off])) offs.push_back(uint32_t(off));
  offs.push_back(s->nbytes);
  std::string out;
  for (int64_t i = 0, j = start; i < n; i++, j += step) out.append(s->data + offs[j], offs[j + 1] - offs[j]);
  return new_str(vm, out);
}

Value str_getitem(VM& vm, Str* s, Value key) {
  int64_t i;
  if (key.is_small()) {
    i = key.as_small();
  } else if (is_layout(key, Layout::Slice)) {
    return str_slice(vm, s, key.as<Slice>());
  } else if (key.is_bool() || is_int(vm, key) || !type_lookup(type_of(vm, key), vm.s_index).is_null()) {
    Root rs(vm, Value::ptr(s));
    Value iv = index_value(vm, key);
    if (iv.is_null()) return iv;
    if (failed(int_to_i64(vm, iv, i))) {
      clear_exc(vm);
      return raise(vm, vm.IndexError, "cannot fit '%s' into an index-sized integer", type_name(vm, key));
    }
  } else {
    return raise(vm, vm.TypeError, "string indices must be integers, not '%s'", type_name(vm, key));
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= int64_t(s->length)) return raise(vm, vm.IndexError, "string index out of range");
  return char_at(vm, s, i);
}

// ---------- iteration ----------

Value str_iter_next(VM& vm, Iter* it) {
  if (!is_str(it->seq)) return Value::null();
  Str* s = as_str(it->seq);
  if (it->index >= int64_t(s->nbytes)) {
    it->seq = Value::none();  // exhausted iterators drop their sequence, like CPython
    it->index = 0;
    return Value::null();
  }
  auto c = uint8_t(s->data[it->index]);
  if (c < 0x80) {
    it->index++;
    return str_ascii_char(vm, c);
  }
  size_t len = utf8_seq_len(c);
  size_t off = size_t(it->index);
  it->index += int64_t(len);
  if (len == 2) {
    Value ch = char_str(vm, s->data + off, len);
    if (!ch.is_null() || !vm.exc.is_null()) return ch;
  }
  Root rit(vm, Value::ptr(it));
  Str* r = str_new_raw(vm, len, 1, false);
  if (!r) return Value::null();
  std::memcpy(r->data, as_str(it->seq)->data + off, len);
  return Value::ptr(r);
}

// ---------- the str() constructor ----------

// Called by type_call / builtin __new__ with self = the str type and args = the call's
// arguments (no cls); always returns an exact str (the caller wraps it for subclasses).
static Value str_new_impl(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Value params[3] = {Value::null(), Value::null(), Value::null()};
  static const char* const names[3] = {"object", "encoding", "errors"};
  if (nargs > 3) return raise(vm, vm.TypeError, "str() takes at most 3 arguments (%zu given)", nargs);
  for (size_t i = 0; i < nargs; i++) params[i] = args[i];
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < nkw; k++) {
    Str* kn = as_str(kwnames->items[k]);
    size_t i = 0;
    while (i < 3 && kn->view() != names[i]) i++;
    if (i == 3) return raise(vm, vm.TypeError, "'%s' is an invalid keyword argument for str()", kn->data);
    if (!params[i].is_null())
      return raise(vm, vm.TypeError, "argument for str() given by name ('%s') and position (%zu)", names[i], i + 1);
    params[i] = args[nargs + k];
  }
  Value result;
  if (params[1].is_null() && params[2].is_null()) {
    result = params[0].is_null() ? Value::ptr(vm.s_empty) : str(vm, params[0]);
  } else {
    Str* enc = nullptr;
    Str* err = nullptr;
    if (!params[1].is_null() && !(enc = str_unwrap(params[1])))
      return raise(vm, vm.TypeError, "str() argument 'encoding' must be str, not %s", type_name(vm, params[1]));
    if (!params[2].is_null() && !(err = str_unwrap(params[2])))
      return raise(vm, vm.TypeError, "str() argument 'errors' must be str, not %s", type_name(vm, params[2]));
    std::string_view data;
    if (params[0].is_null()) {
      data = {};
    } else if (str_unwrap(params[0])) {
      return raise(vm, vm.TypeError, "decoding str is not supported");
    } else if (!bytes_view(params[0], data)) {
      return raise(vm, vm.TypeError, "decoding to str: need a bytes-like object, %s found", type_name(vm, params[0]));
    }
    std::string copy(data);  // a bytearray's buffer could change under the decoder's allocations
    result = bytes_decode(vm, copy, enc, err);
  }
  if (result.is_null() || is_str(result)) return result;
  return Value::ptr(str_unwrap(result));  // str() of a str subclass instance: its exact value
}

// ---------- dunder methods ----------

#define SELF_STR(name)                                                                     \
  Str* s = str_unwrap(self);                                                               \
  if (!s)                                                                                  \
    return raise(vm, vm.TypeError, "descriptor '" name "' requires a 'str' object but received a '%s'", \
                 type_name(vm, self));

static Value m_len(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__len__");
  return Value::small(s->length);
}

static Value m_contains(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__contains__");
  Str* sub = str_unwrap(args[0]);
  if (!sub)
    return raise(vm, vm.TypeError, "'in <string>' requires string as left operand, not %s", type_name(vm, args[0]));
  return Value::boolean(str_contains(s, sub));
}

static Value m_getitem(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__getitem__");
  return str_getitem(vm, s, args[0]);
}

static Value m_add(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__add__");
  Str* o = str_unwrap(args[0]);
  if (!o) return vm.not_implemented;
  return str_concat(vm, s, o);
}

static Value m_mul(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__mul__");
  Value n = args[0];
  if (!is_int(vm, n) && type_lookup(type_of(vm, n), vm.s_index).is_null()) return vm.not_implemented;
  int64_t count;
  if (failed(index_i64(vm, n, count))) {
    if (exc_matches(vm, vm.OverflowError)) {
      clear_exc(vm);
      return raise(vm, vm.OverflowError, "cannot fit '%s' into an index-sized integer", type_name(vm, n));
    }
    return Value::null();
  }
  return str_mul(vm, s, count);
}

static Value m_mod(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__mod__");
  return str_format_percent(vm, s, args[0]);
}

static Value m_rmod(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Str* fmt = str_unwrap(args[0]);
  if (!fmt) return vm.not_implemented;
  return str_format_percent(vm, fmt, self);
}

static Value m_iter(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__iter__");
  return new_iter(vm, vm.str_iter_type, Value::ptr(s), 0, s->nbytes);
}

static Value m_hash(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__hash__");
  return new_int(vm, str_hash(s));
}

static Value m_repr(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__repr__");
  return str_repr(vm, s);
}

static Value m_str(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__str__");
  return exact(s);
}

static Value m_format(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__format__");
  if (!str_unwrap(args[0]))
    return raise(vm, vm.TypeError, "__format__() argument must be str, not %s", type_name(vm, args[0]));
  if (str_unwrap(args[0])->nbytes == 0) return str(vm, self);
  return format_value(vm, exact(s), args[0]);
}

static Value m_getnewargs(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__getnewargs__");
  Value v = exact(s);
  return new_tuple_from(vm, &v, 1);
}

static Value m_sizeof(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("__sizeof__");
  return new_int(vm, int64_t(kStrDataOffset + s->nbytes + 1));
}

template <CmpOp op>
static Value m_compare(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF_STR("comparison");
  Str* o = str_unwrap(args[0]);
  if (!o) return vm.not_implemented;
  switch (op) {
    case CmpOp::Eq: return Value::boolean(str_eq(s, o));
    case CmpOp::Ne: return Value::boolean(!str_eq(s, o));
    case CmpOp::Lt: return Value::boolean(str_compare(s, o) < 0);
    case CmpOp::Le: return Value::boolean(str_compare(s, o) <= 0);
    case CmpOp::Gt: return Value::boolean(str_compare(s, o) > 0);
    case CmpOp::Ge: return Value::boolean(str_compare(s, o) >= 0);
  }
  return vm.not_implemented;
}

static Value m_iter_next(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected a str iterator");
  Value r = str_iter_next(vm, self.as<Iter>());
  if (r.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return r;
}

static Value m_iter_self(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }

static Value m_iter_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (!is_str(it->seq)) return Value::small(0);
  Str* s = as_str(it->seq);
  return Value::small(int64_t(s->length) - str_cp_index(s, size_t(it->index)));
}

void init_str(VM& vm) {
  static const MethodDef methods[] = {
      {"__len__", m_len, 0, 0, 0},
      {"__contains__", m_contains, 1, 1, 0},
      {"__getitem__", m_getitem, 1, 1, 0},
      {"__add__", m_add, 1, 1, 0},
      {"__mul__", m_mul, 1, 1, 0},
      {"__rmul__", m_mul, 1, 1, 0},
      {"__mod__", m_mod, 1, 1, 0},
      {"__rmod__", m_rmod, 1, 1, 0},
      {"__iter__", m_iter, 0, 0, 0},
      {"__hash__", m_hash, 0, 0, 0},
      {"__repr__", m_repr, 0, 0, 0},
      {"__str__", m_str, 0, 0, 0},
      {"__format__", m_format, 1, 1, 0},
      {"__getnewargs__", m_getnewargs, 0, 0, 0},
      {"__sizeof__", m_sizeof, 0, 0, 0},
      {"__eq__", m_compare<CmpOp::Eq>, 1, 1, 0},
      {"__ne__", m_compare<CmpOp::Ne>, 1, 1, 0},
      {"__lt__", m_compare<CmpOp::Lt>, 1, 1, 0},
      {"__le__", m_compare<CmpOp::Le>, 1, 1, 0},
      {"__gt__", m_compare<CmpOp::Gt>, 1, 1, 0},
      {"__ge__", m_compare<CmpOp::Ge>, 1, 1, 0},
  };
  add_methods(vm, vm.str_type, methods);
  static const MethodDef iter_methods[] = {
      {"__next__", m_iter_next, 0, 0, 0},
      {"__iter__", m_iter_self, 0, 0, 0},
      {"__length_hint__", m_iter_length_hint, 0, 0, 0},
  };
  add_methods(vm, vm.str_iter_type, iter_methods);
  vm.str_type->native_new = new_builtin(vm, "str", str_new_impl, Value::null(), 0, -1, kBuiltinKeywords);
  vm.str_type->native_new.as<Builtin>()->owner = vm.str_type;
  init_str_methods(vm);
  init_str_format(vm);
  init_str_codecs(vm);
}

}  // namespace taipan::runtime
