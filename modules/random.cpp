// The _random module (the Mersenne Twister behind random.Random) and the _sha512 module
// (sha512 and sha384, which random.seed uses to seed from a str or bytes), natively.
//
// _random.Random: a RandomObj (Opaque layout, no Values inside) holding MT19937's 624-word
// state and its position. The generator, its seeding (init_genrand, init_by_array) and the
// conversions (random(): 53 bits from two draws; getrandbits(k): 32-bit words from least to
// most significant, the last one shifted down; seed(n): the 32-bit words of abs(n), or of
// hash(n) as an unsigned 64-bit value for a non-int) are CPython 3.11's, so a given seed
// gives CPython's numbers. seed(None) reads 624 words from /dev/urandom.
// The type has kTypeInitFills: a Python subclass (random.Random) constructs an unseeded
// object and its __init__ seeds it; _random.Random(x) itself seeds in the constructor.
//
// _sha512: Sha512Obj (Opaque layout) keeps FIPS 180-4's running state: 8 words, a 128-byte
// block buffer and the message length; sha384 is the same with its own initial words and a
// 48-byte digest.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <string>

#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

// ---------- the Mersenne Twister ----------

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObj : Object {
  int32_t index;
  uint32_t state[kN];
};

void trace_random(Object*, Marker&) {}

RandomObj* random_of(Value v) { return native_of<RandomObj>(v, trace_random); }

RandomObj* RND(VM& vm, Value self, const char* method) {
  RandomObj* r = random_of(self);
  if (!r)
    raise(vm, vm.TypeError, "descriptor '%s' requires a '_random.Random' object but received a '%s'", method,
          type_name(vm, self));
  return r;
}

uint32_t genrand_uint32(RandomObj* r) {
  static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
  uint32_t* mt = r->state;
  if (r->index >= kN) {
    int kk;
    uint32_t y;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 1u];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1u];
    }
    y = (mt[kN - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 1u];
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

void init_genrand(RandomObj* r, uint32_t s) {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < kN; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
  r->index = kN;
}

void init_by_array(RandomObj* r, const uint32_t* key, size_t key_length) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218u);
  size_t i = 1, j = 0;
  size_t k = kN > key_length ? kN : key_length;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
}

// Fills buf with bytes from the system's entropy source; false if it cannot be read.
bool read_urandom(void* buf, size_t n) {
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  auto* p = static_cast<unsigned char*>(buf);
  while (n) {
    ssize_t got = ::read(fd, p, n);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      ::close(fd);
      return false;
    }
    p += got;
    n -= size_t(got);
  }
  ::close(fd);
  return true;
}

Status seed_random(VM& vm, RandomObj* r, Value arg) {
  if (arg.is_null() || arg.is_none()) {
    uint32_t key[kN];
    if (!read_urandom(key, sizeof key)) {
      // No entropy source: fall back on the time and the process id, as CPython does.
      key[0] = uint32_t(time(nullptr));
      key[1] = uint32_t(getpid());
      init_by_array(r, key, 2);
      return Status::Ok;
    }
    init_by_array(r, key, kN);
    return Status::Ok;
  }
  BigInt n;
  Value iv = arg;
  if (is_layout(arg, Layout::Instance) && isinstance(vm, arg, vm.int_type)) iv = arg.as<Instance>()->base_value;
  if (is_int(vm, iv)) {
    n = BigInt::abs(to_bigint(iv));
  } else {
    int64_t h;
    if (failed(hash(vm, arg, h))) return Status::Error;
    n = BigInt::from_u64(uint64_t(h));
  }
  if (n.mag.empty()) {
    uint32_t zero = 0;
    init_by_array(r, &zero, 1);
  } else {
    init_by_array(r, n.mag.data(), n.mag.size());
  }
  return Status::Ok;
}

Value new_random(VM& vm, Type* t) {
  auto* r = static_cast<RandomObj*>(vm.heap.alloc(sizeof(RandomObj), t));
  if (!r) return raise_no_memory(vm);
  r->index = kN + 1;
  return Value::ptr(r);
}

// _random.Random(x=None): construction seeds (a subclass passes no arguments here and
// seeds in its __init__).
Value random_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "Random() takes no keyword arguments");
  if (nargs > 1) return raise(vm, vm.TypeError, "Random() requires 0 or 1 argument");
  Value r = new_random(vm, type.as<Type>());
  if (r.is_null()) return r;
  Root rr(vm, r);
  if (failed(seed_random(vm, r.as<RandomObj>(), nargs ? args[0] : Value::none()))) return Value::null();
  return r;
}

// Random.__init__, reached by subclasses that do not define their own.
Value random_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  RandomObj* r = RND(vm, self, "__init__");
  if (!r) return Value::null();
  if (kw && kw->size) return raise(vm, vm.TypeError, "Random() takes no keyword arguments");
  if (nargs > 1) return raise(vm, vm.TypeError, "Random() requires 0 or 1 argument");
  if (failed(seed_random(vm, r, nargs ? args[0] : Value::none()))) return Value::null();
  return Value::none();
}

Value random_random(VM& vm, Value self, Value*, size_t, Tuple*) {
  RandomObj* r = RND(vm, self, "random");
  if (!r) return Value::null();
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return Value::from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_seed(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  RandomObj* r = RND(vm, self, "seed");
  if (!r) return Value::null();
  Root rs(vm, self);
  if (failed(seed_random(vm, r, nargs ? args[0] : Value::none()))) return Value::null();
  return Value::none();
}

Value random_getstate(VM& vm, Value self, Value*, size_t, Tuple*) {
  RandomObj* r = RND(vm, self, "getstate");
  if (!r) return Value::null();
  Root rs(vm, self);
  Tuple* t = new_tuple(vm, kN + 1);
  if (!t) return raise_no_memory(vm);
  r = random_of(self);
  // Every state word fits the small-int range, so filling the tuple never allocates.
  for (int i = 0; i < kN; i++) t->items[i] = Value::small(int64_t(r->state[i]));
  t->items[kN] = Value::small(r->index);
  return Value::ptr(t);
}

// PyLong_AsUnsignedLong's conversion and messages.
Status as_unsigned_long(VM& vm, Value v, uint64_t& out) {
  if (!is_int(vm, v)) {
    if (is_layout(v, Layout::Instance) && isinstance(vm, v, vm.int_type)) {
      v = v.as<Instance>()->base_value;
    } else {
      raise(vm, vm.TypeError, "an integer is required");
      return Status::Error;
    }
  }
  BigInt b = to_bigint(v);
  if (b.is_neg()) {
    raise(vm, vm.OverflowError, "can't convert negative value to unsigned int");
    return Status::Error;
  }
  if (b.mag.size() > 2) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C unsigned long");
    return Status::Error;
  }
  out = b.mag.empty() ? 0 : b.mag.size() == 1 ? b.mag[0] : (uint64_t(b.mag[1]) << 32 | b.mag[0]);
  return Status::Ok;
}

Value random_setstate(VM& vm, Value self, Value* args, size_t, Tuple*) {
  RandomObj* r = RND(vm, self, "setstate");
  if (!r) return Value::null();
  Value st = args[0];
  if (is_layout(st, Layout::Instance) && isinstance(vm, st, vm.tuple_type)) st = st.as<Instance>()->base_value;
  if (!is_tuple(st)) return raise(vm, vm.TypeError, "state vector must be a tuple");
  Tuple* t = st.as<Tuple>();
  if (t->size != kN + 1) return raise(vm, vm.ValueError, "state vector is the wrong size");
  uint32_t fresh[kN];
  for (int i = 0; i < kN; i++) {
    uint64_t w;
    if (failed(as_unsigned_long(vm, t->items[i], w))) return Value::null();
    fresh[i] = uint32_t(w);
  }
  int64_t index;
  if (failed(index_i64(vm, t->items[kN], index))) {
    if (exc_matches(vm, vm.OverflowError)) {
      clear_exc(vm);
      raise(vm, vm.OverflowError, "Python int too large to convert to C long");
    }
    return Value::null();
  }
  if (index < 0 || index > kN) return raise(vm, vm.ValueError, "invalid state");
  r = random_of(self);
  r->index = int32_t(index);
  std::memcpy(r->state, fresh, sizeof fresh);
  return Value::none();
}

// An `int` argument of a clinic-converted method (_PyLong_AsInt).
Status c_int_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
  } else {
    if (v.is_double()) {
      raise(vm, vm.TypeError, "'float' object cannot be interpreted as an integer");
      return Status::Error;
    }
    if (failed(index_i64(vm, v, out))) {
      if (!exc_matches(vm, vm.OverflowError)) return Status::Error;
      clear_exc(vm);
      out = INT64_MAX;
    }
  }
  if (out > INT32_MAX || out < INT32_MIN) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C int");
    return Status::Error;
  }
  return Status::Ok;
}

Value random_getrandbits(VM& vm, Value self, Value* args, size_t, Tuple*) {
  RandomObj* r = RND(vm, self, "getrandbits");
  if (!r) return Value::null();
  Root rs(vm, self);
  int64_t k;
  if (failed(c_int_arg(vm, args[0], k))) return Value::null();
  r = random_of(self);
  if (k < 0) return raise(vm, vm.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::small(0);
  if (k <= 32) return Value::small(int64_t(genrand_uint32(r) >> (32 - k)));
  size_t words = size_t((k - 1) / 32 + 1);
  if (!vm.heap.has_room(words * 4 + 64)) return raise_no_memory(vm);
  BigInt b;
  b.mag.resize(words);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t w = genrand_uint32(r);
    if (k < 32) w >>= (32 - k);
    b.mag[i] = w;
  }
  while (!b.mag.empty() && b.mag.back() == 0) b.mag.pop_back();
  return new_int(vm, b);
}

// ---------- SHA-512 / SHA-384 ----------

constexpr uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
constexpr uint64_t kSha512Init[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                     0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                     0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
constexpr uint64_t kSha384Init[8] = {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
                                     0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
                                     0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};

struct Sha512Obj : Object {
  uint64_t h[8];
  uint64_t length;     // message bytes so far (messages past 2**64 bytes are not a concern)
  uint32_t buflen;     // bytes waiting in buf
  uint32_t digest_size;  // 64 (sha512) or 48 (sha384)
  unsigned char buf[128];
};

void trace_sha(Object*, Marker&) {}

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void sha_block(Sha512Obj* s, const unsigned char* p) {
  uint64_t w[80];
  for (int i = 0; i < 16; i++) {
    uint64_t v = 0;
    for (int j = 0; j < 8; j++) v = v << 8 | p[i * 8 + j];
    w[i] = v;
  }
  for (int i = 16; i < 80; i++) {
    uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
  for (int i = 0; i < 80; i++) {
    uint64_t t1 = h + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + kSha512K[i] + w[i];
    uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  s->h[0] += a;
  s->h[1] += b;
  s->h[2] += c;
  s->h[3] += d;
  s->h[4] += e;
  s->h[5] += f;
  s->h[6] += g;
  s->h[7] += h;
}

void sha_update(Sha512Obj* s, const unsigned char* p, size_t n) {
  s->length += n;
  if (s->buflen) {
    size_t take = std::min<size_t>(n, 128 - s->buflen);
    std::memcpy(s->buf + s->buflen, p, take);
    s->buflen += uint32_t(take);
    p += take;
    n -= take;
    if (s->buflen < 128) return;
    sha_block(s, s->buf);
    s->buflen = 0;
  }
  for (; n >= 128; p += 128, n -= 128) sha_block(s, p);
  std::memcpy(s->buf, p, n);
  s->buflen = uint32_t(n);
}

std::string sha_digest(const Sha512Obj* src) {
  Sha512Obj s = *src;  // finishing pads a copy: the object can keep being updated
  uint64_t bits_lo = s.length << 3, bits_hi = s.length >> 61;
  unsigned char pad[256] = {0x80};
  size_t padlen = (s.buflen < 112 ? 112 : 240) - s.buflen;
  unsigned char lenbytes[16];
  for (int i = 0; i < 8; i++) {
    lenbytes[i] = (unsigned char)(bits_hi >> (56 - 8 * i));
    lenbytes[8 + i] = (unsigned char)(bits_lo >> (56 - 8 * i));
  }
  sha_update(&s, pad, padlen);
  sha_update(&s, lenbytes, 16);
  std::string out(s.digest_size, '\0');
  for (uint32_t i = 0; i < s.digest_size; i++) out[i] = char(s.h[i / 8] >> (56 - 8 * (i % 8)));
  return out;
}

Sha512Obj* sha_of(VM& vm, Value v, const char* method) {
  if (v.is_ptr() && v.as_ptr()->type->trace == trace_sha) return v.as<Sha512Obj>();
  raise(vm, vm.TypeError, "descriptor '%s' requires a '_sha512.sha512' object but received a '%s'", method,
        type_name(vm, v));
  return nullptr;
}

// The bytes of a bytes-like argument of update() / the constructor.
Status hash_data(VM& vm, Value v, std::string_view& out) {
  if (is_str(v) || (is_layout(v, Layout::Instance) && isinstance(vm, v, vm.str_type))) {
    raise(vm, vm.TypeError, "Strings must be encoded before hashing");
    return Status::Error;
  }
  if (is_layout(v, Layout::Instance) && !v.as<Instance>()->base_value.is_null()) v = v.as<Instance>()->base_value;
  if (is_layout(v, Layout::Bytes)) {
    out = v.as<Bytes>()->view();
    return Status::Ok;
  }
  if (is_layout(v, Layout::ByteArray)) {
    out = std::string_view(v.as<ByteArray>()->data, v.as<ByteArray>()->size);
    return Status::Ok;
  }
  raise(vm, vm.TypeError, "object supporting the buffer API required");
  return Status::Error;
}

Value sha_update_m(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Sha512Obj* s = sha_of(vm, self, "update");
  if (!s) return Value::null();
  std::string_view data;
  if (failed(hash_data(vm, args[0], data))) return Value::null();
  sha_update(s, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Value::none();
}

Value sha_digest_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha512Obj* s = sha_of(vm, self, "digest");
  if (!s) return Value::null();
  return new_bytes(vm, sha_digest(s));
}

Value sha_hexdigest_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha512Obj* s = sha_of(vm, self, "hexdigest");
  if (!s) return Value::null();
  std::string d = sha_digest(s), hex;
  static const char digits[] = "0123456789abcdef";
  for (unsigned char c : d) {
    hex += digits[c >> 4];
    hex += digits[c & 15];
  }
  return new_str(vm, hex);
}

Value sha_copy_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha512Obj* s = sha_of(vm, self, "copy");
  if (!s) return Value::null();
  Root rs(vm, self);
  auto* c = static_cast<Sha512Obj*>(vm.heap.alloc(sizeof(Sha512Obj), s->type));
  if (!c) return raise_no_memory(vm);
  s = self.as<Sha512Obj>();
  Type* t = c->type;
  uint32_t gc = c->gc;
  std::memcpy(static_cast<void*>(c), s, sizeof(Sha512Obj));
  c->type = t;
  c->gc = gc;
  return Value::ptr(c);
}

Value sha_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha512Obj* s = sha_of(vm, self, "name");
  if (!s) return Value::null();
  return new_str(vm, s->digest_size == 64 ? "sha512" : "sha384");
}
Value sha_digest_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  Sha512Obj* s = sha_of(vm, self, "digest_size");
  if (!s) return Value::null();
  return Value::small(s->digest_size);
}
Value sha_block_size(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::small(128); }

Type* module_type(VM& vm, const char* mod, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, mod);
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

// sha512(string=None, *, usedforsecurity=True) and sha384(...).
Value sha_new(VM& vm, const char* fname, const char* tname, const uint64_t* init, uint32_t digest_size, Value* args,
              size_t nargs, Tuple* kw) {
  static const char* const names[] = {"string", "usedforsecurity"};
  Value a[2];
  if (nargs > 1)
    return raise(vm, vm.TypeError, "%s() takes at most 1 positional argument (%zu given)", fname, nargs);
  if (failed(parse_args(vm, fname, args, nargs, kw, names, 2, 0, a))) return Value::null();
  std::string_view data;
  Value src = a[0];
  Root rsrc(vm, src);
  if (!src.is_null() && !src.is_none() && failed(hash_data(vm, src, data))) return Value::null();
  Type* t = module_type(vm, "_sha512", tname);
  if (!t) return raise(vm, vm.SystemError, "_sha512.%s is missing", tname);
  auto* s = static_cast<Sha512Obj*>(vm.heap.alloc(sizeof(Sha512Obj), t));
  if (!s) return raise_no_memory(vm);
  std::memcpy(s->h, init, sizeof s->h);
  s->length = 0;
  s->buflen = 0;
  s->digest_size = digest_size;
  // `data` still points into src: objects never move and src is rooted.
  if (!data.empty()) sha_update(s, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Value::ptr(s);
}

Value sha512_fn(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return sha_new(vm, "sha512", "SHA512Type", kSha512Init, 64, args, nargs, kw);
}
Value sha384_fn(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return sha_new(vm, "sha384", "SHA384Type", kSha384Init, 48, args, nargs, kw);
}

// ---------- module setup ----------

Value make_random(VM& vm) {
  Value mv = native_module(vm, "_random");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  Type* t = native_type(vm, m, "_random", "Random", Layout::Opaque, random_ctor);
  if (!t) return Value::null();
  t->trace = trace_random;
  t->finalize = nullptr;
  t->tflags |= kTypeInitFills;
  static const MethodDef methods[] = {
      {"__init__", random_init, 0, -1, kBuiltinKeywords},
      {"random", random_random, 0, 0, 0},
      {"seed", random_seed, 0, 1, 0},
      {"getstate", random_getstate, 0, 0, 0},
      {"setstate", random_setstate, 1, 1, 0},
      {"getrandbits", random_getrandbits, 1, 1, 0},
  };
  add_methods(vm, t, methods);
  return mv;
}

Value make_sha512(VM& vm) {
  Value mv = native_module(vm, "_sha512");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  static const MethodDef methods[] = {
      {"update", sha_update_m, 1, 1, 0},
      {"digest", sha_digest_m, 0, 0, 0},
      {"hexdigest", sha_hexdigest_m, 0, 0, 0},
      {"copy", sha_copy_m, 0, 0, 0},
  };
  for (const char* name : {"sha512", "sha384"}) {
    Type* t = native_type(vm, m, "_sha512", name, Layout::Opaque, nullptr);
    if (!t) return Value::null();
    t->trace = trace_sha;
    t->finalize = nullptr;
    t->tflags &= ~kTypeBaseType;
    add_methods(vm, t, methods);
    add_getter(vm, t, "name", sha_name);
    add_getter(vm, t, "digest_size", sha_digest_size);
    add_getter(vm, t, "block_size", sha_block_size);
  }
  // The factory functions replace the types under the module's names, as in CPython
  // (where the types are SHA512Type / SHA384Type and sha512 / sha384 are functions).
  Value t512 = dict_get_cstr(vm, m->dict, "sha512");
  Value t384 = dict_get_cstr(vm, m->dict, "sha384");
  Root r1(vm, t512), r2(vm, t384);
  (void)dict_set_cstr(vm, m->dict, "SHA512Type", t512);
  (void)dict_set_cstr(vm, m->dict, "SHA384Type", t384);
  static const MethodDef fns[] = {
      {"sha512", sha512_fn, 0, -1, kBuiltinKeywords},
      {"sha384", sha384_fn, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void init_random(VM& vm) {
  register_native_module(vm, "_random", make_random);
  register_native_module(vm, "_sha512", make_sha512);
}

}  // namespace taipan::runtime
