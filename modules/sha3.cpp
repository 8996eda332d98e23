// The _sha3 module: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202) over Keccak-f[1600].
//
// Sha3Obj (Opaque layout, no Values inside): the 25-lane state, the rate in bytes, how many
// bytes of the current block are absorbed, and the variant (digest size, 0 for SHAKE). Bytes
// are XORed into the state as they arrive; digest() finishes a copy (domain suffix 0x06 for
// SHA-3, 0x1f for SHAKE, then the final 0x80 bit) and squeezes. The types are the
// constructors, as in CPython: sha3_256(string=b'', *, usedforsecurity=True).
#include <cstring>
#include <string>

#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

struct Variant {
  const char* name;
  uint32_t digest_size;  // 0: SHAKE (digest(length))
  uint32_t capacity_bits;
  uint8_t suffix;
};
constexpr Variant kVariants[] = {
    {"sha3_224", 28, 448, 0x06}, {"sha3_256", 32, 512, 0x06}, {"sha3_384", 48, 768, 0x06},
    {"sha3_512", 64, 1024, 0x06}, {"shake_128", 0, 256, 0x1f}, {"shake_256", 0, 512, 0x1f},
};

struct Sha3Obj : Object {
  const Variant* variant;
  uint64_t lanes[25];
  uint32_t rate;  // bytes per block: 200 - capacity / 8
  uint32_t pos;   // bytes absorbed into the current block
};

void trace_sha3(Object*, Marker&) {}

inline uint64_t rotl(uint64_t x, int n) { return n ? (x << n) | (x >> (64 - n)) : x; }

// The round constants (an LFSR, FIPS 202 3.2.5) and the rho offsets (3.2.2), derived once.
struct KeccakTables {
  uint64_t rc[24];
  int rho[25];
  KeccakTables() {
    uint8_t r = 1;
    for (int i = 0; i < 24; i++) {
      uint64_t c = 0;
      for (int j = 0; j < 7; j++) {
        if (r & 1) c |= uint64_t(1) << ((1 << j) - 1);
        r = uint8_t((r << 1) ^ ((r & 0x80) ? 0x71 : 0));
      }
      rc[i] = c;
    }
    rho[0] = 0;
    int x = 1, y = 0;
    for (int t = 0; t < 24; t++) {
      rho[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
      int nx = y, ny = (2 * x + 3 * y) % 5;
      x = nx;
      y = ny;
    }
  }
};

void keccak_f(uint64_t a[25]) {
  static const KeccakTables k;
  for (int round = 0; round < 24; round++) {
    uint64_t c[5], d[5], b[25];
    for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; x++) d[x] = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
    for (int i = 0; i < 25; i++) a[i] ^= d[i % 5];
    // rho and pi: lane (x, y) moves to (y, 2x + 3y).
    for (int x = 0; x < 5; x++)
      for (int y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], k.rho[x + 5 * y]);
    for (int y = 0; y < 5; y++)
      for (int x = 0; x < 5; x++) a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
    a[0] ^= k.rc[round];
  }
}

inline void xor_byte(uint64_t a[25], uint32_t i, uint8_t v) { a[i / 8] ^= uint64_t(v) << (8 * (i % 8)); }

void absorb(Sha3Obj* s, const unsigned char* p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    xor_byte(s->lanes, s->pos, p[i]);
    if (++s->pos == s->rate) {
      keccak_f(s->lanes);
      s->pos = 0;
    }
  }
}

std::string squeeze(const Sha3Obj* src, size_t n) {
  uint64_t a[25];
  std::memcpy(a, src->lanes, sizeof a);
  xor_byte(a, src->pos, src->variant->suffix);
  xor_byte(a, src->rate - 1, 0x80);
  keccak_f(a);
  std::string out;
  out.reserve(n);
  uint32_t i = 0;
  while (out.size() < n) {
    if (i == src->rate) {
      keccak_f(a);
      i = 0;
    }
    out += char(a[i / 8] >> (8 * (i % 8)));
    i++;
  }
  return out;
}

Sha3Obj* sha3_of(VM& vm, Value v, const char* method) {
  if (Sha3Obj* s = native_of<Sha3Obj>(v, trace_sha3)) return s;
  raise(vm, vm.TypeError, "descriptor '%s' requires a _sha3 object but received a '%s'", method, type_name(vm, v));
  return nullptr;
}

Status sha3_data(VM& vm, Value v, std::string& storage, std::string_view& out) {
  if (isinstance(vm, v, vm.str_type)) {
    raise(vm, vm.TypeError, "Strings must be encoded before hashing");
    return Status::Error;
  }
  if (bytes_view(v, out)) return Status::Ok;
  if (isinstance(vm, v, vm.memoryview_type)) {
    if (failed(bytes_from_object(vm, v, storage, "bytes"))) return Status::Error;
    out = storage;
    return Status::Ok;
  }
  raise(vm, vm.TypeError, "object supporting the buffer API required");
  return Status::Error;
}

const Variant* variant_of_type(Type* t) {
  for (Type* c = t; c; c = c->base) {
    std::string_view n = c->name->view();
    for (const Variant& v : kVariants)
      if (n == std::string("_sha3.") + v.name) return &v;
  }
  return nullptr;
}

// The constructor (self is the type): sha3_256(string=b'', *, usedforsecurity=True).
Value sha3_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  Type* t = type.as<Type>();
  const Variant* var = variant_of_type(t);
  if (!var) return raise(vm, vm.SystemError, "unknown _sha3 type");
  static const char* const names[] = {"string", "usedforsecurity"};
  if (nargs > 1)
    return raise(vm, vm.TypeError, "%s() takes at most 1 positional argument (%zu given)", var->name, nargs);
  Value a[2];
  if (failed(parse_args(vm, var->name, args, nargs, kw, names, 2, 0, a))) return Value::null();
  std::string storage;
  std::string_view data;
  Value src = a[0];
  Root rsrc(vm, src);
  if (!src.is_null() && failed(sha3_data(vm, src, storage, data))) return Value::null();
  Type* base = t;
  while (base && base->trace != trace_sha3) base = base->base;
  if (!base) return raise(vm, vm.SystemError, "unknown _sha3 type");
  auto* s = static_cast<Sha3Obj*>(vm.heap.alloc(sizeof(Sha3Obj), base));
  if (!s) return raise_no_memory(vm);
  s->variant = var;
  std::memset(s->lanes, 0, sizeof s->lanes);
  s->rate = 200 - var->capacity_bits / 8;
  s->pos = 0;
  if (!data.empty()) absorb(s, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Value::ptr(s);
}

Value m_update(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "update");
  if (!s) return Value::null();
  std::string storage;
  std::string_view data;
  if (failed(sha3_data(vm, args[0], storage, data))) return Value::null();
  absorb(s, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Value::none();
}

// The output length: the digest size, or SHAKE's required `length` argument.
bool out_length(VM& vm, Sha3Obj* s, const char* method, Value* args, size_t nargs, size_t& n) {
  if (s->variant->digest_size) {
    if (nargs != 0) {
      raise(vm, vm.TypeError, "%s() takes no arguments (%zu given)", method, nargs);
      return false;
    }
    n = s->variant->digest_size;
    return true;
  }
  if (nargs != 1) {
    raise(vm, vm.TypeError, "%s.%s() takes exactly one argument (%zu given)", s->variant->name, method, nargs);
    return false;
  }
  if (!is_int(vm, args[0])) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, args[0]));
    return false;
  }
  int64_t len;
  if (failed(int_to_i64(vm, args[0], len))) return false;
  if (len >= (int64_t(1) << 29)) {
    raise(vm, vm.ValueError, "length is too large");
    return false;
  }
  if (len < 0) {
    raise(vm, vm.ValueError, "value must be positive");
    return false;
  }
  n = size_t(len);
  return true;
}

Value m_digest(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "digest");
  size_t n;
  if (!s || !out_length(vm, s, "digest", args, nargs, n)) return Value::null();
  return new_bytes(vm, squeeze(s, n));
}

Value m_hexdigest(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "hexdigest");
  size_t n;
  if (!s || !out_length(vm, s, "hexdigest", args, nargs, n)) return Value::null();
  static const char digits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : squeeze(s, n)) {
    hex += digits[c >> 4];
    hex += digits[c & 15];
  }
  return new_str(vm, hex);
}

Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "copy");
  if (!s) return Value::null();
  Root rs(vm, self);
  Type* base = s->type;
  auto* c = static_cast<Sha3Obj*>(vm.heap.alloc(sizeof(Sha3Obj), base));
  if (!c) return raise_no_memory(vm);
  s = sha3_of(vm, self, "copy");
  c->variant = s->variant;
  std::memcpy(c->lanes, s->lanes, sizeof c->lanes);
  c->rate = s->rate;
  c->pos = s->pos;
  return Value::ptr(c);
}

Value g_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "name");
  return s ? new_str(vm, s->variant->name) : Value::null();
}
Value g_digest_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "digest_size");
  return s ? Value::small(s->variant->digest_size) : Value::null();
}
Value g_block_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "block_size");
  return s ? Value::small(s->rate) : Value::null();
}
Value g_capacity_bits(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "_capacity_bits");
  return s ? Value::small(s->variant->capacity_bits) : Value::null();
}
Value g_rate_bits(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "_rate_bits");
  return s ? Value::small(s->rate * 8) : Value::null();
}
Value g_suffix(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha3Obj* s = sha3_of(vm, self, "_suffix");
  return s ? new_bytes(vm, std::string(1, char(s->variant->suffix))) : Value::null();
}

Value make_sha3(VM& vm) {
  Value mv = native_module(vm, "_sha3");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  static const MethodDef methods[] = {
      {"update", m_update, 1, 1, 0},
      {"digest", m_digest, 0, -1, 0},
      {"hexdigest", m_hexdigest, 0, -1, 0},
      {"copy", m_copy, 0, 0, 0},
  };
  for (const Variant& v : kVariants) {
    Type* t = native_type(vm, m, "_sha3", v.name, Layout::Opaque, sha3_ctor);
    if (!t) return Value::null();
    t->trace = trace_sha3;
    t->finalize = nullptr;
    add_methods(vm, t, methods);
    add_getter(vm, t, "name", g_name);
    add_getter(vm, t, "digest_size", g_digest_size);
    add_getter(vm, t, "block_size", g_block_size);
    add_getter(vm, t, "_capacity_bits", g_capacity_bits);
    add_getter(vm, t, "_rate_bits", g_rate_bits);
    add_getter(vm, t, "_suffix", g_suffix);
  }
  (void)dict_set_cstr(vm, m->dict, "implementation", Value::ptr(vm.intern("tiny_sha3")));
  (void)dict_set_cstr(vm, m->dict, "keccakopt", Value::small(0));
  return mv;
}

}  // namespace

void init_sha3(VM& vm) { register_native_module(vm, "_sha3", make_sha3); }

}  // namespace taipan::runtime
