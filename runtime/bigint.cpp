// BigInt: magnitude arithmetic on base-2**32 limbs (schoolbook and Karatsuba
// multiplication, Knuth's algorithm D for division) and Python's sign rules on top.
#include "runtime/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace taipan::runtime {

using Limbs = std::vector<uint32_t>;

void BigInt::trim() {
  while (!mag.empty() && mag.back() == 0) mag.pop_back();
  if (mag.empty()) neg = false;
}

static void trim_limbs(Limbs& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

BigInt BigInt::from_u64(uint64_t v) {
  BigInt r;
  if (v) {
    r.mag.push_back(uint32_t(v));
    if (v >> 32) r.mag.push_back(uint32_t(v >> 32));
  }
  return r;
}

BigInt BigInt::from_i64(int64_t v) {
  BigInt r = from_u64(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v));
  r.neg = v < 0;
  return r;
}

bool BigInt::from_double(double d, BigInt& out) {
  if (!std::isfinite(d)) return false;
  d = std::trunc(d);
  out = BigInt();
  if (d == 0) return true;
  bool n = d < 0;
  d = std::fabs(d);
  int e;
  double m = std::frexp(d, &e);  // d = m * 2^e, 0.5 <= m < 1
  uint64_t mant = uint64_t(std::ldexp(m, 53));
  int shift = e - 53;
  BigInt r = from_u64(mant);
  if (shift > 0) r = lshift(r, uint64_t(shift));
  else if (shift < 0) r = rshift(r, uint64_t(-shift));
  r.neg = n && !r.is_zero();
  out = r;
  return true;
}

bool BigInt::fits_i64() const {
  if (mag.size() > 2) return false;
  uint64_t v = mag.empty() ? 0 : (mag.size() == 1 ? mag[0] : (uint64_t(mag[1]) << 32 | mag[0]));
  return neg ? v <= (uint64_t(1) << 63) : v < (uint64_t(1) << 63);
}

int64_t BigInt::to_i64() const {
  uint64_t v = mag.empty() ? 0 : (mag.size() == 1 ? mag[0] : (uint64_t(mag[1]) << 32 | mag[0]));
  return neg ? int64_t(uint64_t(0) - v) : int64_t(v);
}

size_t BigInt::bit_length() const {
  if (mag.empty()) return 0;
  return (mag.size() - 1) * 32 + (32 - __builtin_clz(mag.back()));
}

size_t BigInt::bit_count() const {
  size_t n = 0;
  for (uint32_t l : mag) n += __builtin_popcount(l);
  return n;
}

bool BigInt::to_double(double& out) const {
  size_t bl = bit_length();
  if (bl <= 64) {
    uint64_t v = mag.empty() ? 0 : (mag.size() == 1 ? mag[0] : (uint64_t(mag[1]) << 32 | mag[0]));
    out = double(v);
    if (neg) out = -out;
    return true;
  }
  if (bl > 1024) return false;
  size_t shift = bl - 64;
  BigInt top = rshift(abs(*this), shift);
  uint64_t v = uint64_t(top.mag[1]) << 32 | top.mag[0];
  // Sticky bit: any bit shifted out makes the value strictly above v * 2^shift.
  bool sticky = false;
  size_t full = shift / 32;
  for (size_t i = 0; i < full && !sticky; i++) sticky = mag[i] != 0;
  if (!sticky && (shift % 32)) sticky = (mag[full] & ((uint32_t(1) << (shift % 32)) - 1)) != 0;
  if (sticky) v |= 1;
  double d = std::ldexp(double(v), int(shift));
  if (std::isinf(d)) return false;
  out = neg ? -d : d;
  return true;
}

static int cmp_mag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = cmp_mag(a.mag, b.mag);
  return a.neg ? -c : c;
}

static Limbs add_mag(const Limbs& a, const Limbs& b) {
  const Limbs& x = a.size() >= b.size() ? a : b;
  const Limbs& y = a.size() >= b.size() ? b : a;
  Limbs r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); i++) {
    uint64_t s = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = uint32_t(s);
    carry = s >> 32;
  }
  r[x.size()] = uint32_t(carry);
  trim_limbs(r);
  return r;
}

// a - b, requires |a| >= |b|
static Limbs sub_mag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t s = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
    borrow = s < 0;
    r[i] = uint32_t(s + (borrow ? (int64_t(1) << 32) : 0));
  }
  trim_limbs(r);
  return r;
}

BigInt BigInt::add(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg == b.neg) {
    r.mag = add_mag(a.mag, b.mag);
    r.neg = a.neg;
  } else if (cmp_mag(a.mag, b.mag) >= 0) {
    r.mag = sub_mag(a.mag, b.mag);
    r.neg = a.neg;
  } else {
    r.mag = sub_mag(b.mag, a.mag);
    r.neg = b.neg;
  }
  r.trim();
  return r;
}

BigInt BigInt::sub(const BigInt& a, const BigInt& b) { return add(a, neg_of(b)); }

static void mul_school(const uint32_t* a, size_t na, const uint32_t* b, size_t nb, uint32_t* r) {
  std::memset(r, 0, (na + nb) * sizeof(uint32_t));
  for (size_t i = 0; i < na; i++) {
    uint64_t carry = 0;
    uint64_t ai = a[i];
    if (!ai) continue;
    for (size_t j = 0; j < nb; j++) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = uint32_t(t);
      carry = t >> 32;
    }
    size_t k = i + nb;
    while (carry) {
      uint64_t t = uint64_t(r[k]) + carry;
      r[k++] = uint32_t(t);
      carry = t >> 32;
    }
  }
}

static constexpr size_t kKaratsuba = 48;

static Limbs mul_mag(const Limbs& a, const Limbs& b);

static Limbs slice(const Limbs& a, size_t from, size_t to) {
  if (from >= a.size()) return {};
  Limbs r(a.begin() + from, a.begin() + std::min(to, a.size()));
  trim_limbs(r);
  return r;
}

static Limbs shift_limbs(const Limbs& a, size_t n) {
  if (a.empty()) return {};
  Limbs r(n, 0);
  r.insert(r.end(), a.begin(), a.end());
  return r;
}

static Limbs mul_mag(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  if (a.size() < kKaratsuba || b.size() < kKaratsuba) {
    Limbs r(a.size() + b.size());
    mul_school(a.data(), a.size(), b.data(), b.size(), r.data());
    trim_limbs(r);
    return r;
  }
  size_t h = std::max(a.size(), b.size()) / 2;
  Limbs a0 = slice(a, 0, h), a1 = slice(a, h, a.size());
  Limbs b0 = slice(b, 0, h), b1 = slice(b, h, b.size());
  Limbs z0 = mul_mag(a0, b0);
  Limbs z2 = mul_mag(a1, b1);
  Limbs z1 = mul_mag(add_mag(a0, a1), add_mag(b0, b1));
  z1 = sub_mag(sub_mag(z1, z0), z2);
  Limbs r = add_mag(add_mag(z0, shift_limbs(z1, h)), shift_limbs(z2, 2 * h));
  return r;
}

BigInt BigInt::mul(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.mag = mul_mag(a.mag, b.mag);
  r.neg = a.neg != b.neg;
  r.trim();
  return r;
}

// Magnitude division: q = a / b, r = a % b (truncating).
static void divmod_mag(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  if (cmp_mag(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    uint64_t d = b[0], rem = 0;
    q.assign(a.size(), 0);
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a[i];
      q[i] = uint32_t(cur / d);
      rem = cur % d;
    }
    trim_limbs(q);
    r.clear();
    if (rem) r.push_back(uint32_t(rem));
    return;
  }
  // Knuth algorithm D.
  int s = __builtin_clz(b.back());
  size_t n = b.size(), m = a.size() - b.size();
  Limbs v(n), u(a.size() + 1);
  for (size_t i = n; i-- > 0;) v[i] = (b[i] << s) | (s && i ? uint32_t(uint64_t(b[i - 1]) >> (32 - s)) : 0);
  u[a.size()] = s ? uint32_t(uint64_t(a.back()) >> (32 - s)) : 0;
  for (size_t i = a.size(); i-- > 0;) u[i] = (a[i] << s) | (s && i ? uint32_t(uint64_t(a[i - 1]) >> (32 - s)) : 0);
  q.assign(m + 1, 0);
  const uint64_t B = uint64_t(1) << 32;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t(u[j + n]) << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= B || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      qhat--;
      rhat += v[n - 1];
      if (rhat >= B) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(u[i + j]) - int64_t(uint32_t(p)) - borrow;
      borrow = t < 0;
      u[i + j] = uint32_t(t + (borrow ? int64_t(B) : 0));
    }
    int64_t t = int64_t(u[j + n]) - int64_t(carry) - borrow;
    borrow = t < 0;
    u[j + n] = uint32_t(t + (borrow ? int64_t(B) : 0));
    if (borrow) {
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t s2 = uint64_t(u[i + j]) + v[i] + c;
        u[i + j] = uint32_t(s2);
        c = s2 >> 32;
      }
      u[j + n] = uint32_t(uint64_t(u[j + n]) + c);
    }
    q[j] = uint32_t(qhat);
  }
  trim_limbs(q);
  r.assign(n, 0);
  for (size_t i = 0; i < n; i++) r[i] = (u[i] >> s) | (s && i + 1 <= n ? uint32_t(uint64_t(u[i + 1]) << (32 - s)) : 0);
  trim_limbs(r);
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  BigInt qq, rr;
  divmod_mag(a.mag, b.mag, qq.mag, rr.mag);
  qq.neg = a.neg != b.neg;
  rr.neg = a.neg;
  qq.trim();
  rr.trim();
  // Floor semantics: adjust when the remainder is nonzero and signs differ.
  if (!rr.is_zero() && (a.neg != b.neg)) {
    qq = sub(qq, from_i64(1));
    rr = add(rr, b);
  }
  q = std::move(qq);
  r = std::move(rr);
}

BigInt BigInt::neg_of(const BigInt& a) {
  BigInt r = a;
  if (!r.is_zero()) r.neg = !r.neg;
  return r;
}

BigInt BigInt::abs(const BigInt& a) {
  BigInt r = a;
  r.neg = false;
  return r;
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  BigInt result = from_i64(1), b = base;
  while (exp) {
    if (exp & 1) result = mul(result, b);
    exp >>= 1;
    if (exp) b = mul(b, b);
  }
  return result;
}

BigInt BigInt::powmod(const BigInt& base, const BigInt& e, const BigInt& m) {
  BigInt mm = abs(m);
  BigInt q, b;
  divmod(base, mm, q, b);
  BigInt result = from_i64(1);
  if (mm.mag.size() == 1 && mm.mag[0] == 1) result = BigInt();
  size_t bits = e.bit_length();
  for (size_t i = bits; i-- > 0;) {
    result = mul(result, result);
    divmod(result, mm, q, result);
    if ((e.mag[i / 32] >> (i % 32)) & 1) {
      result = mul(result, b);
      divmod(result, mm, q, result);
    }
  }
  if (m.neg && !result.is_zero()) result = add(result, m);
  return result;
}

bool BigInt::modinv(const BigInt& a, const BigInt& m, BigInt& out) {
  BigInt mm = abs(m), q, r;
  divmod(a, mm, q, r);
  BigInt old_r = r, cur_r = mm, old_s = from_i64(1), cur_s;
  while (!cur_r.is_zero()) {
    BigInt qq, rr;
    divmod(old_r, cur_r, qq, rr);
    old_r = cur_r;
    cur_r = rr;
    BigInt ns = sub(old_s, mul(qq, cur_s));
    old_s = cur_s;
    cur_s = ns;
  }
  if (!(old_r.mag.size() == 1 && old_r.mag[0] == 1)) return false;
  divmod(old_s, mm, q, out);
  return true;
}

BigInt BigInt::lshift(const BigInt& a, uint64_t n) {
  if (a.is_zero()) return a;
  size_t limbs = n / 32, bits = n % 32;
  BigInt r;
  r.mag.assign(limbs, 0);
  uint32_t carry = 0;
  for (uint32_t l : a.mag) {
    r.mag.push_back(bits ? (l << bits) | carry : l);
    carry = bits ? uint32_t(uint64_t(l) >> (32 - bits)) : 0;
  }
  if (carry) r.mag.push_back(carry);
  r.neg = a.neg;
  r.trim();
  return r;
}

static Limbs rshift_mag(const Limbs& a, uint64_t n) {
  size_t limbs = n / 32, bits = n % 32;
  if (limbs >= a.size()) return {};
  Limbs r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); i++) {
    uint64_t lo = a[i + limbs];
    uint64_t hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
    r[i] = uint32_t(((hi << 32) | lo) >> bits);
  }
  trim_limbs(r);
  return r;
}

BigInt BigInt::rshift(const BigInt& a, uint64_t n) {
  BigInt r;
  if (!a.neg) {
    r.mag = rshift_mag(a.mag, n);
    return r;
  }
  // floor division by 2^n of a negative number: -((|a| - 1) >> n) - 1
  BigInt m1 = sub(abs(a), from_i64(1));
  r.mag = rshift_mag(m1.mag, n);
  r = sub(neg_of(r), from_i64(1));
  return r;
}

// Two's complement of a in `n` limbs.
static Limbs twos(const BigInt& a, size_t n) {
  Limbs r(n, 0);
  for (size_t i = 0; i < a.mag.size() && i < n; i++) r[i] = a.mag[i];
  if (a.neg) {
    uint64_t carry = 1;
    for (size_t i = 0; i < n; i++) {
      uint64_t s = uint64_t(uint32_t(~r[i])) + carry;
      r[i] = uint32_t(s);
      carry = s >> 32;
    }
  }
  return r;
}

static BigInt from_twos(Limbs r) {
  BigInt out;
  bool negative = !r.empty() && (r.back() & 0x80000000u);
  if (negative) {
    uint64_t carry = 1;
    for (auto& l : r) {
      uint64_t s = uint64_t(uint32_t(~l)) + carry;
      l = uint32_t(s);
      carry = s >> 32;
    }
  }
  out.mag = std::move(r);
  out.neg = negative;
  out.trim();
  return out;
}

template <class Op>
static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
  Limbs x = twos(a, n), y = twos(b, n);
  for (size_t i = 0; i < n; i++) x[i] = op(x[i], y[i]);
  return from_twos(std::move(x));
}

BigInt BigInt::bit_and(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }); }
BigInt BigInt::bit_or(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }); }
BigInt BigInt::bit_xor(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }); }
BigInt BigInt::invert(const BigInt& a) { return sub(neg_of(a), from_i64(1)); }

bool BigInt::true_divide(const BigInt& a, const BigInt& b, double& out) {
  size_t na = a.bit_length(), nb = b.bit_length();
  if (na <= 53 && nb <= 53) {
    double x, y;
    a.to_double(x);
    b.to_double(y);
    out = x / y;
    return true;
  }
  if (a.is_zero()) {
    out = (a.neg != b.neg) ? -0.0 : 0.0;
    return true;
  }
  // Scale so that the quotient has 55..56 significant bits, then round once with a sticky bit.
  int64_t k = 55 - (int64_t(na) - int64_t(nb));
  BigInt x = abs(a), y = abs(b);
  if (k > 0) x = lshift(x, uint64_t(k));
  else if (k < 0) y = lshift(y, uint64_t(-k));
  BigInt q, r;
  divmod(x, y, q, r);
  uint64_t qv = q.mag.size() > 1 ? (uint64_t(q.mag[1]) << 32 | q.mag[0]) : (q.mag.empty() ? 0 : q.mag[0]);
  if (!r.is_zero()) qv |= 1;
  if (int64_t(na) - int64_t(nb) > 1100) return false;
  double d = std::ldexp(double(qv), int(-k));
  if (std::isinf(d)) return false;
  out = (a.neg != b.neg) ? -d : d;
  return true;
}

static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

std::string BigInt::to_string(int base) const {
  if (mag.empty()) return "0";
  std::string s;
  if ((base & (base - 1)) == 0) {
    int bits = __builtin_ctz(unsigned(base));
    size_t total = bit_length();
    for (size_t pos = 0; pos < total; pos += size_t(bits)) {
      uint32_t v = 0;
      for (int k = 0; k < bits; k++) {
        size_t bit = pos + size_t(k);
        if (bit < total && ((mag[bit / 32] >> (bit % 32)) & 1)) v |= 1u << k;
      }
      s += kDigits[v];
    }
  } else {
    // Repeated division by the largest power of base fitting in 32 bits.
    uint32_t chunk = uint32_t(base), per = 1;
    while (uint64_t(chunk) * uint32_t(base) < (uint64_t(1) << 32)) {
      chunk *= uint32_t(base);
      per++;
    }
    Limbs cur = mag;
    while (!cur.empty()) {
      uint64_t rem = 0;
      for (size_t i = cur.size(); i-- > 0;) {
        uint64_t v = (rem << 32) | cur[i];
        cur[i] = uint32_t(v / chunk);
        rem = v % chunk;
      }
      trim_limbs(cur);
      for (uint32_t k = 0; k < per; k++) {
        if (cur.empty() && rem == 0) break;
        s += kDigits[rem % uint32_t(base)];
        rem /= uint32_t(base);
      }
    }
  }
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (neg) s += '-';
  std::reverse(s.begin(), s.end());
  return s;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f'; }

bool BigInt::parse(std::string_view s, int base, BigInt& out) {
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) i++;
  while (n > i && is_space(s[n - 1])) n--;
  if (i >= n) return false;
  bool negative = false;
  if (s[i] == '+' || s[i] == '-') {
    negative = s[i] == '-';
    i++;
  }
  bool prefixed = false;
  if (i + 1 < n && s[i] == '0') {
    char p = char(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      prefixed = true;
    }
  }
  bool base0 = base == 0;
  if (base == 0) base = 10;
  if (i >= n) return false;
  // Underscores: allowed between digits, and right after a base prefix.
  if (s[i] == '_' && !prefixed) return false;
  std::string digits;
  bool prev_us = prefixed;
  if (prefixed && s[i] == '_') {
    i++;
    prev_us = true;
  } else {
    prev_us = false;
  }
  for (; i < n; i++) {
    char c = s[i];
    if (c == '_') {
      if (prev_us) return false;
      prev_us = true;
      continue;
    }
    if (digit_value(c) >= base) return false;
    digits += c;
    prev_us = false;
  }
  if (prev_us || digits.empty()) return false;
  if (base0 && !prefixed && digits.size() > 1 && digits[0] == '0') {
    for (char c : digits)
      if (c != '0') return false;
  }
  // Accumulate in chunks.
  uint32_t chunk_mul = 1;
  uint32_t chunk_val = 0;
  int in_chunk = 0;
  uint32_t max_chunk = 1;
  int per = 0;
  while (uint64_t(max_chunk) * uint32_t(base) < (uint64_t(1) << 32)) {
    max_chunk *= uint32_t(base);
    per++;
  }
  Limbs acc;
  auto flush = [&]() {
    uint64_t carry = chunk_val;
    for (auto& l : acc) {
      uint64_t v = uint64_t(l) * chunk_mul + carry;
      l = uint32_t(v);
      carry = v >> 32;
    }
    if (carry) acc.push_back(uint32_t(carry));
    chunk_val = 0;
    chunk_mul = 1;
    in_chunk = 0;
  };
  for (char c : digits) {
    chunk_val = chunk_val * uint32_t(base) + uint32_t(digit_value(c));
    chunk_mul *= uint32_t(base);
    if (++in_chunk == per) flush();
  }
  if (in_chunk) flush();
  trim_limbs(acc);
  out.mag = std::move(acc);
  out.neg = negative && !out.mag.empty();
  return true;
}

size_t BigInt::decimal_digits_estimate() const { return size_t(double(bit_length()) * 0.30103) + 2; }

int64_t BigInt::hash() const {
  const uint64_t P = (uint64_t(1) << 61) - 1;
  uint64_t h = 0;
  for (size_t i = mag.size(); i-- > 0;) {
    // h = (h * 2^32 + limb) mod P, using 2^61 == 1 (mod P)
    unsigned __int128 v = (static_cast<unsigned __int128>(h) << 32) | mag[i];
    h = uint64_t(v % P);
  }
  int64_t r = int64_t(h);
  if (neg) r = -r;
  return r == -1 ? -2 : r;
}

bool BigInt::to_bytes(size_t length, bool little, bool is_signed, std::string& out) const {
  if (!is_signed && neg) return false;
  size_t bl = bit_length();
  if (is_signed) {
    // Fits if -2^(8L-1) <= v < 2^(8L-1)
    if (!mag.empty()) {
      size_t limit = length * 8;
      if (limit == 0) return false;
      if (!neg && bl >= limit) return false;
      if (neg) {
        BigInt m1 = sub(abs(*this), from_i64(1));
        if (m1.bit_length() >= limit) return false;
      }
    }
  } else if (bl > length * 8) {
    return false;
  }
  Limbs t = twos(*this, (length + 3) / 4 + 1);
  out.assign(length, '\0');
  for (size_t i = 0; i < length; i++) {
    uint8_t byte = uint8_t(t[i / 4] >> (8 * (i % 4)));
    out[little ? i : length - 1 - i] = char(byte);
  }
  return true;
}

BigInt BigInt::from_bytes(std::string_view bytes, bool little, bool is_signed) {
  size_t n = bytes.size();
  Limbs r((n + 3) / 4 + 1, 0);
  for (size_t i = 0; i < n; i++) {
    uint8_t b = uint8_t(bytes[little ? i : n - 1 - i]);
    r[i / 4] |= uint32_t(b) << (8 * (i % 4));
  }
  bool negative = is_signed && n && (uint8_t(bytes[little ? n - 1 : 0]) & 0x80);
  if (negative) {
    // Sign-extend the top limb(s).
    for (size_t i = n; i < r.size() * 4; i++) r[i / 4] |= uint32_t(0xff) << (8 * (i % 4));
    return from_twos(std::move(r));
  }
  BigInt out;
  out.mag = std::move(r);
  out.trim();
  return out;
}

}  // namespace taipan::runtime
