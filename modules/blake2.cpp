// The _blake2 module: BLAKE2b and BLAKE2s (RFC 7693) with keys, salt, personalization and the
// tree parameters, as CPython's blake2b(data=b'', /, *, digest_size, key, salt, person, fanout,
// depth, leaf_size, node_offset, node_depth, inner_size, last_node, usedforsecurity).
//
// Blake2Obj (Opaque layout, no Values inside) holds either variant: 8 state words (64-bit
// for b, the low 32 bits for s), the byte counter, and one buffered block. The last block is
// kept in the buffer until digest(), which compresses a copy with the final flag, so an
// object can keep being updated. The types are the constructors, as in CPython.
#include <cstring>
#include <string>

#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

constexpr uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};
constexpr uint64_t kIvB[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                              0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                              0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
constexpr uint32_t kIvS[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                              0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// The two variants as traits: word type, rounds, rotations, sizes.
struct VarB {
  using W = uint64_t;
  static constexpr int kRounds = 12, kBlock = 128, kMaxOut = 64, kSalt = 16;
  static constexpr int kR[4] = {32, 24, 16, 63};
  static W iv(int i) { return kIvB[i]; }
};
struct VarS {
  using W = uint32_t;
  static constexpr int kRounds = 10, kBlock = 64, kMaxOut = 32, kSalt = 8;
  static constexpr int kR[4] = {16, 12, 8, 7};
  static W iv(int i) { return kIvS[i]; }
};

struct Blake2Obj : Object {
  bool is_b;
  bool last_node;
  uint8_t digest_size;
  uint32_t buflen;
  uint64_t h[8];
  uint64_t t[2];  // bytes compressed so far (128-bit counter; the high word is for b)
  unsigned char buf[128];
};

void trace_blake2(Object*, Marker&) {}

template <typename V>
inline typename V::W rotr(typename V::W x, int n) {
  constexpr int bits = sizeof(typename V::W) * 8;
  return (x >> n) | (x << (bits - n));
}

template <typename V>
void compress(Blake2Obj* s, const unsigned char* p, bool last) {
  using W = typename V::W;
  W m[16], v[16];
  for (int i = 0; i < 16; i++) {
    W w = 0;
    for (size_t j = 0; j < sizeof(W); j++) w |= W(p[i * sizeof(W) + j]) << (8 * j);
    m[i] = w;
  }
  for (int i = 0; i < 8; i++) {
    v[i] = W(s->h[i]);
    v[i + 8] = V::iv(i);
  }
  if (sizeof(W) == 8) {
    v[12] ^= W(s->t[0]);
    v[13] ^= W(s->t[1]);
  } else {
    v[12] ^= W(s->t[0]);
    v[13] ^= W(s->t[0] >> 32);
  }
  if (last) {
    v[14] = ~v[14];
    if (s->last_node) v[15] = ~v[15];
  }
  auto g = [&](int a, int b, int c, int d, W x, W y) {
    v[a] = v[a] + v[b] + x;
    v[d] = rotr<V>(v[d] ^ v[a], V::kR[0]);
    v[c] = v[c] + v[d];
    v[b] = rotr<V>(v[b] ^ v[c], V::kR[1]);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr<V>(v[d] ^ v[a], V::kR[2]);
    v[c] = v[c] + v[d];
    v[b] = rotr<V>(v[b] ^ v[c], V::kR[3]);
  };
  for (int r = 0; r < V::kRounds; r++) {
    const uint8_t* sg = kSigma[r % 10];
    g(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
    g(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
    g(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
    g(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
    g(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
    g(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
    g(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
    g(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
  }
  for (int i = 0; i < 8; i++) s->h[i] = W(W(s->h[i]) ^ v[i] ^ v[i + 8]);
}

inline void add_counter(Blake2Obj* s, uint64_t n) {
  s->t[0] += n;
  if (s->t[0] < n) s->t[1]++;
}

template <typename V>
void update(Blake2Obj* s, const unsigned char* p, size_t n) {
  while (n > 0) {
    if (s->buflen == V::kBlock) {  // a full block waits; more data means it was not the last
      add_counter(s, V::kBlock);
      compress<V>(s, s->buf, false);
      s->buflen = 0;
    }
    size_t take = std::min<size_t>(n, V::kBlock - s->buflen);
    if (take) std::memcpy(s->buf + s->buflen, p, take);
    s->buflen += uint32_t(take);
    p += take;
    n -= take;
  }
}

template <typename V>
std::string digest(const Blake2Obj* src) {
  Blake2Obj s = *src;
  add_counter(&s, s.buflen);
  std::memset(s.buf + s.buflen, 0, V::kBlock - s.buflen);
  compress<V>(&s, s.buf, true);
  std::string out(s.digest_size, '\0');
  constexpr size_t ws = sizeof(typename V::W);
  for (size_t i = 0; i < s.digest_size; i++) out[i] = char(s.h[i / ws] >> (8 * (i % ws)));
  return out;
}

Blake2Obj* blake2_of(VM& vm, Value v, const char* method) {
  if (Blake2Obj* s = native_of<Blake2Obj>(v, trace_blake2)) return s;
  raise(vm, vm.TypeError, "descriptor '%s' requires a _blake2 object but received a '%s'", method, type_name(vm, v));
  return nullptr;
}

Status blake2_data(VM& vm, Value v, std::string& storage, std::string_view& out) {
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

// An int keyword in [lo, hi]; `msg` is the range error ("fanout must be between 0 and 255").
Status int_param(VM& vm, Value v, int64_t def, int64_t lo, int64_t hi, const char* msg, int64_t& out) {
  out = def;
  if (v.is_null()) return Status::Ok;
  if (!is_int(vm, v)) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
    return Status::Error;
  }
  if (failed(int_to_i64(vm, v, out))) return Status::Error;
  if (out < lo || out > hi) {
    raise(vm, vm.ValueError, "%s", msg);
    return Status::Error;
  }
  return Status::Ok;
}

// A non-negative int keyword below 2**bits ("value must be positive", "X is too large").
Status uint_param(VM& vm, Value v, const char* name, int bits, uint64_t& out) {
  out = 0;
  if (v.is_null()) return Status::Ok;
  if (!is_int(vm, v)) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
    return Status::Error;
  }
  Value neg = compare(vm, v, Value::small(0), CmpOp::Lt);
  if (neg.is_null()) return Status::Error;
  if (truthy(vm, neg) > 0) {
    raise(vm, vm.ValueError, "value must be positive");
    return Status::Error;
  }
  int64_t x;
  if (failed(int_to_i64(vm, v, x)) || (bits < 63 && (uint64_t(x) >> bits) != 0)) {
    if (!vm.exc.is_null()) clear_exc(vm);
    raise(vm, vm.OverflowError, "%s is too large", name);
    return Status::Error;
  }
  out = uint64_t(x);
  return Status::Ok;
}

Status bytes_param(VM& vm, Value v, std::string& storage, std::string_view& out) {
  out = {};
  if (v.is_null()) return Status::Ok;
  return blake2_data(vm, v, storage, out);
}

// The constructor; self is the type.
Value blake2_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  Type* t = type.as<Type>();
  Type* base = t;
  while (base && base->trace != trace_blake2) base = base->base;
  if (!base) return raise(vm, vm.SystemError, "unknown _blake2 type");
  bool is_b = base->name->view() == "_blake2.blake2b";
  const char* fname = is_b ? "blake2b" : "blake2s";
  int max_out = is_b ? VarB::kMaxOut : VarS::kMaxOut, salt_max = is_b ? VarB::kSalt : VarS::kSalt;
  if (nargs > 1) return raise(vm, vm.TypeError, "%s() takes at most 1 positional argument (%zu given)", fname, nargs);
  static const char* const names[] = {"data",        "digest_size", "key",        "salt",
                                      "person",      "fanout",      "depth",      "leaf_size",
                                      "node_offset", "node_depth",  "inner_size", "last_node",
                                      "usedforsecurity"};
  Value a[13];
  if (failed(parse_args(vm, fname, args, nargs, kw, names, 13, 0, a, 1))) return Value::null();
  char buf[80];
  int64_t digest_size, fanout, depth, node_depth, inner_size;
  uint64_t leaf_size, node_offset;
  std::snprintf(buf, sizeof buf, "digest_size must be between 1 and %d bytes", max_out);
  if (failed(int_param(vm, a[1], max_out, 1, max_out, buf, digest_size))) return Value::null();
  std::string ks, ss, ps, ds;
  std::string_view key, salt, person, data;
  if (failed(bytes_param(vm, a[2], ks, key))) return Value::null();
  if (key.size() > size_t(max_out)) return raise(vm, vm.ValueError, "maximum key length is %d bytes", max_out);
  if (failed(bytes_param(vm, a[3], ss, salt))) return Value::null();
  if (salt.size() > size_t(salt_max)) return raise(vm, vm.ValueError, "maximum salt length is %d bytes", salt_max);
  if (failed(bytes_param(vm, a[4], ps, person))) return Value::null();
  if (person.size() > size_t(salt_max)) return raise(vm, vm.ValueError, "maximum person length is %d bytes", salt_max);
  if (failed(int_param(vm, a[5], 1, 0, 255, "fanout must be between 0 and 255", fanout))) return Value::null();
  if (failed(int_param(vm, a[6], 1, 1, 255, "depth must be between 1 and 255", depth))) return Value::null();
  if (failed(uint_param(vm, a[7], "leaf_size", 32, leaf_size))) return Value::null();
  if (failed(uint_param(vm, a[8], "node_offset", is_b ? 64 : 48, node_offset))) return Value::null();
  if (failed(int_param(vm, a[9], 0, 0, 255, "node_depth must be between 0 and 255", node_depth))) return Value::null();
  std::snprintf(buf, sizeof buf, "inner_size must be between 0 and is %d", max_out);
  if (failed(int_param(vm, a[10], 0, 0, max_out, buf, inner_size))) return Value::null();
  int last_node = 0;
  if (!a[11].is_null() && (last_node = truthy(vm, a[11])) < 0) return Value::null();
  Value src = a[0];
  Root rsrc(vm, src);
  if (!src.is_null() && failed(blake2_data(vm, src, ds, data))) return Value::null();
  auto* s = static_cast<Blake2Obj*>(vm.heap.alloc(sizeof(Blake2Obj), base));
  if (!s) return raise_no_memory(vm);
  s->is_b = is_b;
  s->last_node = last_node != 0;
  s->digest_size = uint8_t(digest_size);
  s->buflen = 0;
  s->t[0] = s->t[1] = 0;
  // The parameter block (RFC 7693 2.5), little-endian, XORed into the IV.
  unsigned char pb[64] = {0};
  pb[0] = uint8_t(digest_size);
  pb[1] = uint8_t(key.size());
  pb[2] = uint8_t(fanout);
  pb[3] = uint8_t(depth);
  for (int i = 0; i < 4; i++) pb[4 + i] = uint8_t(leaf_size >> (8 * i));
  if (is_b) {
    for (int i = 0; i < 8; i++) pb[8 + i] = uint8_t(node_offset >> (8 * i));
    pb[16] = uint8_t(node_depth);
    pb[17] = uint8_t(inner_size);
    if (salt.size()) std::memcpy(pb + 32, salt.data(), salt.size());
    if (person.size()) std::memcpy(pb + 48, person.data(), person.size());
    for (int i = 0; i < 8; i++) {
      uint64_t w = 0;
      for (int j = 0; j < 8; j++) w |= uint64_t(pb[8 * i + j]) << (8 * j);
      s->h[i] = kIvB[i] ^ w;
    }
  } else {
    for (int i = 0; i < 6; i++) pb[8 + i] = uint8_t(node_offset >> (8 * i));
    pb[14] = uint8_t(node_depth);
    pb[15] = uint8_t(inner_size);
    if (salt.size()) std::memcpy(pb + 16, salt.data(), salt.size());
    if (person.size()) std::memcpy(pb + 24, person.data(), person.size());
    for (int i = 0; i < 8; i++) {
      uint32_t w = 0;
      for (int j = 0; j < 4; j++) w |= uint32_t(pb[4 * i + j]) << (8 * j);
      s->h[i] = kIvS[i] ^ w;
    }
  }
  if (!key.empty()) {
    unsigned char block[128] = {0};
    std::memcpy(block, key.data(), key.size());
    if (is_b) update<VarB>(s, block, VarB::kBlock);
    else update<VarS>(s, block, VarS::kBlock);
  }
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  if (is_b) update<VarB>(s, p, data.size());
  else update<VarS>(s, p, data.size());
  return Value::ptr(s);
}

Value m_update(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Blake2Obj* s = blake2_of(vm, self, "update");
  if (!s) return Value::null();
  std::string storage;
  std::string_view data;
  if (failed(blake2_data(vm, args[0], storage, data))) return Value::null();
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  if (s->is_b) update<VarB>(s, p, data.size());
  else update<VarS>(s, p, data.size());
  return Value::none();
}

std::string digest_of(const Blake2Obj* s) { return s->is_b ? digest<VarB>(s) : digest<VarS>(s); }

Value m_digest(VM& vm, Value self, Value*, size_t, Tuple*) {
  Blake2Obj* s = blake2_of(vm, self, "digest");
  return s ? new_bytes(vm, digest_of(s)) : Value::null();
}

Value m_hexdigest(VM& vm, Value self, Value*, size_t, Tuple*) {
  Blake2Obj* s = blake2_of(vm, self, "hexdigest");
  if (!s) return Value::null();
  static const char digits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : digest_of(s)) {
    hex += digits[c >> 4];
    hex += digits[c & 15];
  }
  return new_str(vm, hex);
}

Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  Blake2Obj* s = blake2_of(vm, self, "copy");
  if (!s) return Value::null();
  Root rs(vm, self);
  Type* t = s->type;
  auto* c = static_cast<Blake2Obj*>(vm.heap.alloc(sizeof(Blake2Obj), t));
  if (!c) return raise_no_memory(vm);
  s = blake2_of(vm, self, "copy");
  c->is_b = s->is_b;
  c->last_node = s->last_node;
  c->digest_size = s->digest_size;
  c->buflen = s->buflen;
  std::memcpy(c->h, s->h, sizeof c->h);
  std::memcpy(c->t, s->t, sizeof c->t);
  std::memcpy(c->buf, s->buf, sizeof c->buf);
  return Value::ptr(c);
}

Value g_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  Blake2Obj* s = blake2_of(vm, self, "name");
  return s ? new_str(vm, s->is_b ? "blake2b" : "blake2s") : Value::null();
}
Value g_digest_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  Blake2Obj* s = blake2_of(vm, self, "digest_size");
  return s ? Value::small(s->digest_size) : Value::null();
}
Value g_block_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  Blake2Obj* s = blake2_of(vm, self, "block_size");
  return s ? Value::small(s->is_b ? 128 : 64) : Value::null();
}

Value make_blake2(VM& vm) {
  Value mv = native_module(vm, "_blake2");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  static const MethodDef methods[] = {
      {"update", m_update, 1, 1, 0},
      {"digest", m_digest, 0, 0, 0},
      {"hexdigest", m_hexdigest, 0, 0, 0},
      {"copy", m_copy, 0, 0, 0},
  };
  struct Consts {
    const char* name;
    int digest, key, salt;
  };
  for (Consts c : {Consts{"blake2b", 64, 64, 16}, Consts{"blake2s", 32, 32, 8}}) {
    Type* t = native_type(vm, m, "_blake2", c.name, Layout::Opaque, blake2_ctor);
    if (!t) return Value::null();
    t->trace = trace_blake2;
    t->finalize = nullptr;
    add_methods(vm, t, methods);
    add_getter(vm, t, "name", g_name);
    add_getter(vm, t, "digest_size", g_digest_size);
    add_getter(vm, t, "block_size", g_block_size);
    std::string up = c.name;
    for (char& ch : up) ch = char(std::toupper(static_cast<unsigned char>(ch)));
    struct {
      const char* suffix;
      int value;
      bool on_type;
      const char* attr;
    } consts[] = {{"_MAX_DIGEST_SIZE", c.digest, true, "MAX_DIGEST_SIZE"},
                  {"_MAX_KEY_SIZE", c.key, true, "MAX_KEY_SIZE"},
                  {"_PERSON_SIZE", c.salt, true, "PERSON_SIZE"},
                  {"_SALT_SIZE", c.salt, true, "SALT_SIZE"}};
    for (auto& k : consts) {
      (void)dict_set_cstr(vm, m->dict, (up + k.suffix).c_str(), Value::small(k.value));
      (void)dict_set_cstr(vm, t->dict, k.attr, Value::small(k.value));
    }
    type_modified(vm, t);
  }
  return mv;
}

}  // namespace

void init_blake2(VM& vm) { register_native_module(vm, "_blake2", make_blake2); }

}  // namespace taipan::runtime
