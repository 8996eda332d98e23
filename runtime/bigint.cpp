// BigInt: magnitude arithmetic on little-endian base-2**32 limbs with Python's sign rules
// on top. Multiplication is schoolbook below kKaratsubaThreshold limbs and Karatsuba above;
// division is Knuth's algorithm D, with Burnikel-Ziegler recursion for large quotients and
// divisors; radix conversion is divide and conquer above kConvThreshold limbs.
#include "runtime/bigint.h"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <utility>

namespace taipan::runtime {

namespace {

using Limb = uint32_t;
using Wide = uint64_t;
using Limbs = std::vector<Limb>;

// Tuned on x86-64 (see bigint_test's timing notes); the exact values are not critical.
constexpr size_t kKaratsubaThreshold = 32;     // limbs of the shorter factor
constexpr size_t kKaratsubaSqrThreshold = 48;  // limbs, squaring
constexpr size_t kBZThreshold = 64;            // limbs of divisor and of quotient
constexpr size_t kConvThreshold = 30;          // limbs: below, quadratic radix conversion
constexpr size_t kParseGroup = 24;             // chunks per leaf in divide-and-conquer parse

const char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

void trim_limbs(Limbs& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

size_t trimmed_len(const Limb* a, size_t n) {
  while (n && a[n - 1] == 0) --n;
  return n;
}

size_t bits_of(const Limbs& a) {
  if (a.empty()) return 0;
  return (a.size() - 1) * 32 + size_t(std::bit_width(a.back()));
}

int cmp_n(const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

int cmp_mag(const Limbs& a, const Limbs& b) { return cmp_n(a.data(), a.size(), b.data(), b.size()); }

// r[0..an) = a + b with an >= bn; r may alias a. Returns the carry out.
Limb add_n(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Wide c = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    c += Wide(a[i]) + b[i];
    r[i] = Limb(c);
    c >>= 32;
  }
  for (; i < an; ++i) {
    c += a[i];
    r[i] = Limb(c);
    c >>= 32;
  }
  return Limb(c);
}

// r[0..an) = a - b with an >= bn; r may alias a. Returns the borrow out.
Limb sub_n(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Limb borrow = 0;
  size_t i = 0;
  for (; i < bn; ++i) {
    Wide d = Wide(a[i]) - b[i] - borrow;
    r[i] = Limb(d);
    borrow = Limb(d >> 63);
  }
  for (; i < an; ++i) {
    Wide d = Wide(a[i]) - borrow;
    r[i] = Limb(d);
    borrow = Limb(d >> 63);
  }
  return borrow;
}

Limbs add_mag(const Limbs& a, const Limbs& b) {
  const Limbs& x = a.size() >= b.size() ? a : b;
  const Limbs& y = a.size() >= b.size() ? b : a;
  Limbs r(x.size() + 1);
  r[x.size()] = add_n(r.data(), x.data(), x.size(), y.data(), y.size());
  if (r.back() == 0) r.pop_back();
  return r;
}

// a - b for a >= b.
Limbs sub_mag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  sub_n(r.data(), a.data(), a.size(), b.data(), b.size());
  trim_limbs(r);
  return r;
}

void inc_mag(Limbs& a) {
  for (Limb& x : a)
    if (++x != 0) return;
  a.push_back(1);
}

void dec_mag(Limbs& a) {  // a > 0
  for (Limb& x : a)
    if (x-- != 0) break;
  trim_limbs(a);
}

// x = x * m + c
void mul_1_add(Limbs& x, Limb m, Limb c) {
  Wide carry = c;
  for (Limb& l : x) {
    carry += Wide(l) * m;
    l = Limb(carry);
    carry >>= 32;
  }
  if (carry) x.push_back(Limb(carry));
}

// ---------- multiplication ----------

// r[0..an+bn) = a * b (schoolbook); r must not overlap the inputs.
void mul_school(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  std::fill(r, r + an + bn, 0);
  for (size_t i = 0; i < an; ++i) {
    Wide ai = a[i];
    if (ai == 0) continue;
    Wide c = 0;
    Limb* ri = r + i;
    for (size_t j = 0; j < bn; ++j) {
      c += ai * b[j] + ri[j];
      ri[j] = Limb(c);
      c >>= 32;
    }
    ri[bn] = Limb(c);
  }
}

// r[0..2n) = a * a: each cross product once, doubled, plus the squares.
void sqr_school(const Limb* a, size_t n, Limb* r) {
  std::fill(r, r + 2 * n, 0);
  for (size_t i = 0; i + 1 < n; ++i) {
    Wide ai = a[i];
    if (ai == 0) continue;
    Wide c = 0;
    for (size_t j = i + 1; j < n; ++j) {
      c += ai * a[j] + r[i + j];
      r[i + j] = Limb(c);
      c >>= 32;
    }
    r[i + n] = Limb(c);
  }
  Limb top = 0;
  for (size_t i = 0; i < 2 * n; ++i) {
    Limb v = r[i];
    r[i] = (v << 1) | top;
    top = v >> 31;
  }
  Wide c = 0;
  for (size_t i = 0; i < n; ++i) {
    Wide p = Wide(a[i]) * a[i];
    c += Wide(r[2 * i]) + Limb(p);
    r[2 * i] = Limb(c);
    c = (c >> 32) + r[2 * i + 1] + (p >> 32);
    r[2 * i + 1] = Limb(c);
    c >>= 32;
  }
}

// r[0..an+bn) = a * b; r must not overlap the inputs. a == b (same pointer and length)
// takes the squaring paths.
void mul_into(const Limb* a, size_t an, const Limb* b, size_t bn, Limb* r) {
  if (an > bn) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  bool square = a == b && an == bn;
  if (an == 0) {
    std::fill(r, r + bn, 0);
    return;
  }
  if (square && an < kKaratsubaSqrThreshold) return sqr_school(a, an, r);
  if (!square && an < kKaratsubaThreshold) return mul_school(a, an, b, bn, r);
  if (2 * an <= bn) {
    // Unbalanced: slice b into pieces of an limbs.
    std::fill(r, r + an + bn, 0);
    Limbs tmp(2 * an);
    for (size_t i = 0; i < bn; i += an) {
      size_t len = std::min(an, bn - i);
      mul_into(a, an, b + i, len, tmp.data());
      // r holds a * b[0, i) < B^(an+i), so adding this piece carries no further than r[i+an+len).
      add_n(r + i, r + i, an + len, tmp.data(), an + len);
    }
    return;
  }
  // Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0 with h = bn/2 < an.
  size_t h = bn / 2;
  const Limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
  size_t a1n = an - h, b1n = bn - h;
  mul_into(a0, h, b0, h, r);              // z0 -> r[0, 2h)
  mul_into(a1, a1n, b1, b1n, r + 2 * h);  // z2 -> r[2h, an+bn)
  Limbs sa(std::max(h, a1n) + 1);
  sa.back() = h >= a1n ? add_n(sa.data(), a0, h, a1, a1n) : add_n(sa.data(), a1, a1n, a0, h);
  size_t san = trimmed_len(sa.data(), sa.size());
  size_t zl = an + bn - h;
  Limbs z1;
  if (square) {
    z1.assign(std::max(2 * san, zl), 0);
    mul_into(sa.data(), san, sa.data(), san, z1.data());
  } else {
    Limbs sb(std::max(h, b1n) + 1);
    sb.back() = h >= b1n ? add_n(sb.data(), b0, h, b1, b1n) : add_n(sb.data(), b1, b1n, b0, h);
    size_t sbn = trimmed_len(sb.data(), sb.size());
    z1.assign(std::max(san + sbn, zl), 0);
    mul_into(sa.data(), san, sb.data(), sbn, z1.data());
  }
  // z1 -= z0 + z2; what is left, a0*b1 + a1*b0, fits in zl limbs.
  sub_n(z1.data(), z1.data(), z1.size(), r, 2 * h);
  sub_n(z1.data(), z1.data(), z1.size(), r + 2 * h, an + bn - 2 * h);
  add_n(r + h, r + h, zl, z1.data(), zl);
}

Limbs mul_mag(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  if (a.size() == 1 || b.size() == 1) {
    const Limbs& big = a.size() == 1 ? b : a;
    Wide m = a.size() == 1 ? a[0] : b[0], c = 0;
    Limbs r(big.size() + 1);
    for (size_t i = 0; i < big.size(); ++i) {
      c += big[i] * m;
      r[i] = Limb(c);
      c >>= 32;
    }
    r.back() = Limb(c);
    if (c == 0) r.pop_back();
    return r;
  }
  Limbs r(a.size() + b.size());
  mul_into(a.data(), a.size(), b.data(), b.size(), r.data());
  trim_limbs(r);
  return r;
}

Limbs sqr_mag(const Limbs& a) { return mul_mag(a, a); }

// ---------- shifts of magnitudes ----------

Limbs shl_mag(const Limbs& a, uint64_t n) {
  if (a.empty()) return {};
  size_t ls = size_t(n / 32);
  unsigned bs = unsigned(n % 32);
  Limbs r(a.size() + ls + 1, 0);
  if (bs == 0) {
    std::copy(a.begin(), a.end(), r.begin() + ls);
  } else {
    Limb carry = 0;
    for (size_t i = 0; i < a.size(); ++i) {
      r[i + ls] = (a[i] << bs) | carry;
      carry = a[i] >> (32 - bs);
    }
    r[a.size() + ls] = carry;
  }
  trim_limbs(r);
  return r;
}

// a >> n; *lost (when given) tells whether a nonzero bit was shifted out.
Limbs shr_mag(const Limbs& a, uint64_t n, bool* lost = nullptr) {
  if (n >= uint64_t(a.size()) * 32) {
    if (lost) *lost = !a.empty();
    return {};
  }
  size_t ls = size_t(n / 32);
  unsigned bs = unsigned(n % 32);
  if (lost) {
    bool l = false;
    for (size_t i = 0; i < ls && !l; ++i) l = a[i] != 0;
    if (bs && (a[ls] & ((Limb(1) << bs) - 1))) l = true;
    *lost = l;
  }
  Limbs r(a.size() - ls);
  if (bs == 0) {
    std::copy(a.begin() + ls, a.end(), r.begin());
  } else {
    for (size_t i = 0; i < r.size(); ++i) {
      Limb hi = i + ls + 1 < a.size() ? a[i + ls + 1] : 0;
      r[i] = (a[i + ls] >> bs) | (hi << (32 - bs));
    }
  }
  trim_limbs(r);
  return r;
}

// 64 bits of a starting at bit position pos (bits past the top read as zero).
uint64_t bits_at(const Limbs& a, size_t pos) {
  size_t li = pos / 32;
  unsigned off = unsigned(pos % 32);
  uint64_t v = 0;
  for (size_t k = 0; k < 3; ++k) {
    if (li + k >= a.size()) break;
    uint64_t limb = a[li + k];
    int sh = int(32 * k) - int(off);
    if (sh < 0) v |= limb >> -sh;
    else if (sh < 64) v |= limb << sh;
  }
  return v;
}

// ---------- division ----------

// q[0..n) = a / d; returns a % d. q may alias a.
Limb div_1(Limb* q, const Limb* a, size_t n, Limb d) {
  Wide r = 0;
  for (size_t i = n; i-- > 0;) {
    Wide cur = (r << 32) | a[i];
    q[i] = Limb(cur / d);
    r = cur % d;
  }
  return Limb(r);
}

// Same with a divisor known at compile time (the compiler turns the division into a
// multiplication).
template <Limb D>
Limb div_1_const(Limb* a, size_t n) {
  Wide r = 0;
  for (size_t i = n; i-- > 0;) {
    Wide cur = (r << 32) | a[i];
    a[i] = Limb(cur / D);
    r = cur % D;
  }
  return Limb(r);
}

// Knuth's algorithm D (TAOCP 4.3.1): u / v with vn >= 2 and un >= vn.
void div_knuth(const Limb* u, size_t un, const Limb* v, size_t vn, Limbs& q, Limbs& r) {
  int s = std::countl_zero(v[vn - 1]);
  Limbs vv(vn), uu(un + 1);
  if (s == 0) {
    std::copy(v, v + vn, vv.begin());
    std::copy(u, u + un, uu.begin());
    uu[un] = 0;
  } else {
    for (size_t i = vn - 1; i > 0; --i) vv[i] = (v[i] << s) | (v[i - 1] >> (32 - s));
    vv[0] = v[0] << s;
    uu[un] = u[un - 1] >> (32 - s);
    for (size_t i = un - 1; i > 0; --i) uu[i] = (u[i] << s) | (u[i - 1] >> (32 - s));
    uu[0] = u[0] << s;
  }
  const Wide vtop = vv[vn - 1], vnext = vv[vn - 2];
  q.assign(un - vn + 1, 0);
  for (size_t j = un - vn + 1; j-- > 0;) {
    Limb* uj = uu.data() + j;
    Wide num = (Wide(uj[vn]) << 32) | uj[vn - 1];
    Wide qhat = num / vtop, rhat = num % vtop;
    while (qhat > 0xFFFFFFFFu || qhat * vnext > ((rhat << 32) | uj[vn - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat > 0xFFFFFFFFu) break;
    }
    if (qhat == 0) continue;
    // uj[0..vn] -= qhat * vv
    Wide mulc = 0;
    Limb borrow = 0;
    for (size_t i = 0; i < vn; ++i) {
      Wide p = qhat * vv[i] + mulc;
      mulc = p >> 32;
      Wide t = Wide(uj[i]) - Limb(p) - borrow;
      uj[i] = Limb(t);
      borrow = Limb(t >> 63);
    }
    Wide t = Wide(uj[vn]) - mulc - borrow;
    uj[vn] = Limb(t);
    if (t >> 63) {  // qhat was one too large: add v back
      --qhat;
      uj[vn] += add_n(uj, uj, vn, vv.data(), vn);
    }
    q[j] = Limb(qhat);
  }
  trim_limbs(q);
  r.assign(vn, 0);
  if (s == 0) {
    std::copy(uu.begin(), uu.begin() + vn, r.begin());
  } else {
    for (size_t i = 0; i < vn; ++i) r[i] = (uu[i] >> s) | (uu[i + 1] << (32 - s));
  }
  trim_limbs(r);
}

void divmod_mag(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r);

Limbs slice(const Limbs& a, size_t from, size_t to) {
  from = std::min(from, a.size());
  to = std::min(to, a.size());
  Limbs r(a.begin() + from, a.begin() + to);
  trim_limbs(r);
  return r;
}

// hi * B^h + lo, with lo < B^h.
Limbs join(const Limbs& hi, const Limbs& lo, size_t h) {
  if (hi.empty()) return lo;
  Limbs r(h + hi.size(), 0);
  std::copy(lo.begin(), lo.end(), r.begin());
  std::copy(hi.begin(), hi.end(), r.begin() + h);
  return r;
}

void bz_2n1n(const Limbs& a, const Limbs& b, size_t n, Limbs& q, Limbs& r);

// Burnikel-Ziegler step: a (< b * B^h, at most 3h limbs) by b = b1*B^h + b2 (2h limbs).
void bz_3n2n(const Limbs& a, const Limbs& b, const Limbs& b1, const Limbs& b2, size_t h, Limbs& q,
             Limbs& r) {
  Limbs a1 = slice(a, 2 * h, 3 * h), r1;
  if (cmp_mag(a1, b1) == 0) {
    // The quotient digit estimate would be B^h: use B^h - 1 and the matching remainder.
    q.assign(h, 0xFFFFFFFFu);
    r1 = add_mag(slice(a, h, 2 * h), b1);
  } else {
    bz_2n1n(slice(a, h, 3 * h), b1, h, q, r1);
  }
  Limbs x = join(r1, slice(a, 0, h), h);
  Limbs d = mul_mag(q, b2);
  if (cmp_mag(x, d) >= 0) {
    r = sub_mag(x, d);
    return;
  }
  Limbs deficit = sub_mag(d, x);
  for (;;) {
    dec_mag(q);
    if (cmp_mag(deficit, b) <= 0) {
      r = sub_mag(b, deficit);
      return;
    }
    deficit = sub_mag(deficit, b);
  }
}

// a (< b * B^n) by b of exactly n limbs with its top bit set.
void bz_2n1n(const Limbs& a, const Limbs& b, size_t n, Limbs& q, Limbs& r) {
  if ((n & 1) || n <= kBZThreshold || a.size() < n + kBZThreshold) {
    divmod_mag(a, b, q, r);
    return;
  }
  size_t h = n / 2;
  Limbs b1 = slice(b, h, n), b2 = slice(b, 0, h), q1, q2, r1;
  bz_3n2n(slice(a, h, 4 * h), b, b1, b2, h, q1, r1);
  bz_3n2n(join(r1, slice(a, 0, h), h), b, b1, b2, h, q2, r);
  q = join(q1, q2, h);
}

// Schoolbook long division in base B^n with bz_2n1n for each quotient digit.
void bz_divmod(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  size_t n = b.size(), k = 0;
  while ((n >> k) > kBZThreshold) ++k;
  size_t blocks = (n + (size_t(1) << k) - 1) >> k;
  size_t np = blocks << k;  // padded divisor length: halves evenly k times
  uint64_t shift = uint64_t(np - n) * 32 + uint64_t(std::countl_zero(b.back()));
  Limbs bb = shl_mag(b, shift), aa = shl_mag(a, shift);
  size_t t = (aa.size() + np - 1) / np;  // digits of aa in base B^np
  Limbs rem = slice(aa, (t - 1) * np, t * np);
  size_t first = t - 1;
  q.assign(t * np, 0);
  if (cmp_mag(rem, bb) >= 0) {
    rem.clear();
    first = t;
  }
  for (size_t i = first; i-- > 0;) {
    Limbs qi, ri;
    bz_2n1n(join(rem, slice(aa, i * np, (i + 1) * np), np), bb, np, qi, ri);
    std::copy(qi.begin(), qi.end(), q.begin() + i * np);
    rem = std::move(ri);
  }
  trim_limbs(q);
  r = shr_mag(rem, shift);
}

// q = a / b, r = a % b for magnitudes; b nonzero.
void divmod_mag(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  if (cmp_mag(a, b) < 0) {
    r = a;
    q.clear();
    return;
  }
  if (b.size() == 1) {
    Limbs qq(a.size());
    Limb rem = div_1(qq.data(), a.data(), a.size(), b[0]);
    trim_limbs(qq);
    q = std::move(qq);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  if (b.size() > kBZThreshold && a.size() - b.size() > kBZThreshold) return bz_divmod(a, b, q, r);
  Limbs qq, rr;
  div_knuth(a.data(), a.size(), b.data(), b.size(), qq, rr);
  q = std::move(qq);
  r = std::move(rr);
}

Limbs mod_mag(const Limbs& a, const Limbs& m) {
  Limbs q, r;
  divmod_mag(a, m, q, r);
  return r;
}

BigInt make(Limbs m, bool neg) {
  BigInt r;
  r.mag = std::move(m);
  r.neg = neg && !r.mag.empty();
  return r;
}

BigInt add_signed(const BigInt& a, const BigInt& b, bool bneg) {
  if (a.neg == bneg) return make(add_mag(a.mag, b.mag), a.neg);
  int c = cmp_mag(a.mag, b.mag);
  if (c == 0) return BigInt();
  if (c > 0) return make(sub_mag(a.mag, b.mag), a.neg);
  return make(sub_mag(b.mag, a.mag), bneg);
}

// ---------- two's complement helpers for the bitwise operations ----------

// The n-limb two's complement form of x (n > x.mag.size()).
Limbs twos(const BigInt& x, size_t n) {
  Limbs t(n, 0);
  std::copy(x.mag.begin(), x.mag.end(), t.begin());
  if (x.neg) {
    Wide c = 1;
    for (Limb& l : t) {
      c += Limb(~l);
      l = Limb(c);
      c >>= 32;
    }
  }
  return t;
}

BigInt from_twos(Limbs t) {
  bool neg = !t.empty() && (t.back() >> 31);
  if (neg) {
    Wide c = 1;
    for (Limb& l : t) {
      c += Limb(~l);
      l = Limb(c);
      c >>= 32;
    }
  }
  trim_limbs(t);
  return make(std::move(t), neg);
}

template <typename Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
  Limbs ta = twos(a, n), tb = twos(b, n);
  for (size_t i = 0; i < n; ++i) ta[i] = op(ta[i], tb[i]);
  return from_twos(std::move(ta));
}

// ---------- radix conversion ----------

struct Radix {
  Limb chunk;  // base**digits, the largest power of base below 2**32
  int digits;
};

Radix radix_of(int base) {
  Wide p = Wide(base);
  int d = 1;
  while (p * Wide(base) <= 0xFFFFFFFFu) {
    p *= Wide(base);
    ++d;
  }
  return {Limb(p), d};
}

// Writes exactly `width` digits of x (zero-padded on the left) to out; x must fit.
void small_to_str(Limbs x, int base, Radix rx, char* out, size_t width) {
  char* p = out + width;
  while (!x.empty()) {
    Limb rem = base == 10 ? div_1_const<1000000000u>(x.data(), x.size())
                          : div_1(x.data(), x.data(), x.size(), rx.chunk);
    if (x.back() == 0) x.pop_back();
    for (int k = 0; k < rx.digits && p > out; ++k) {
      *--p = kDigitChars[rem % Limb(base)];
      rem /= Limb(base);
    }
  }
  while (p > out) *--p = '0';
}

// Digits of x (x < pows[level]**2) into exactly `width` characters.
void dc_to_str(const Limbs& x, int level, const std::vector<Limbs>& pows, int base, Radix rx, char* out,
               size_t width) {
  if (x.empty()) {
    std::memset(out, '0', width);
    return;
  }
  if (level < 0 || x.size() <= kConvThreshold) return small_to_str(x, base, rx, out, width);
  Limbs q, r;
  divmod_mag(x, pows[size_t(level)], q, r);
  size_t half = width / 2;
  dc_to_str(q, level - 1, pows, base, rx, out, half);
  dc_to_str(r, level - 1, pows, base, rx, out + half, half);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(c | 0x20);
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  return 99;
}

// Magnitude from digit values (most significant first), all < base; base not a power of 2.
Limbs digits_to_mag(const uint8_t* d, size_t nd, int base) {
  Radix rx = radix_of(base);
  size_t cd = size_t(rx.digits);
  size_t nchunks = (nd + cd - 1) / cd;
  // Chunk j (0 = least significant) covers digits [nd - (j+1)*cd, nd - j*cd).
  auto chunk = [&](size_t j) {
    size_t end = nd - j * cd, begin = end >= cd ? end - cd : 0;
    Limb v = 0;
    for (size_t i = begin; i < end; ++i) v = v * Limb(base) + d[i];
    return v;
  };
  size_t groups = (nchunks + kParseGroup - 1) / kParseGroup;
  std::vector<Limbs> items(groups);
  for (size_t g = 0; g < groups; ++g) {
    size_t hi = std::min(nchunks, (g + 1) * kParseGroup);
    Limbs x;
    for (size_t j = hi; j-- > g * kParseGroup;) mul_1_add(x, rx.chunk, chunk(j));
    trim_limbs(x);
    items[g] = std::move(x);
  }
  if (items.size() == 1) return std::move(items[0]);
  Limbs p{1};
  for (size_t i = 0; i < kParseGroup; ++i) mul_1_add(p, rx.chunk, 0);
  while (items.size() > 1) {
    std::vector<Limbs> next((items.size() + 1) / 2);
    for (size_t i = 0; i < next.size(); ++i) {
      if (2 * i + 1 < items.size()) {
        Limbs hi = mul_mag(items[2 * i + 1], p);
        next[i] = add_mag(hi, items[2 * i]);
        trim_limbs(next[i]);
      } else {
        next[i] = std::move(items[2 * i]);
      }
    }
    items = std::move(next);
    if (items.size() > 1) p = sqr_mag(p);
  }
  return std::move(items[0]);
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// ---------- modular helpers ----------

#if defined(__SIZEOF_INT128__)
using U128 = unsigned __int128;
uint64_t mulmod64(uint64_t a, uint64_t b, uint64_t m) { return uint64_t(U128(a) * b % m); }
#else
uint64_t mulmod64(uint64_t a, uint64_t b, uint64_t m) {
  // Double and add, for targets without 128-bit integers; m < 2**63 is not assumed.
  uint64_t r = 0;
  a %= m;
  while (b) {
    if (b & 1) r = (r >= m - a) ? r - (m - a) : r + a;
    a = (a >= m - a) ? a - (m - a) : a + a;
    b >>= 1;
  }
  return r;
}
#endif

uint64_t to_u64(const Limbs& a) {
  uint64_t v = 0;
  if (a.size() > 0) v = a[0];
  if (a.size() > 1) v |= uint64_t(a[1]) << 32;
  return v;
}

Limbs limbs_of(uint64_t v) {
  Limbs r;
  if (v) r.push_back(Limb(v));
  if (v >> 32) r.push_back(Limb(v >> 32));
  return r;
}

bool exp_bit(const Limbs& e, size_t i) { return (e[i / 32] >> (i % 32)) & 1; }

}  // namespace

// ---------- basics ----------

void BigInt::trim() {
  trim_limbs(mag);
  if (mag.empty()) neg = false;
}

BigInt BigInt::from_u64(uint64_t v) {
  BigInt r;
  r.mag = limbs_of(v);
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
  if (std::fabs(d) < 9223372036854775808.0) {
    out = from_i64(int64_t(d));
    return true;
  }
  int e;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2**e, 0.5 <= m < 1, e > 63
  uint64_t mant = uint64_t(std::ldexp(m, DBL_MANT_DIG));
  out = make(shl_mag(limbs_of(mant), uint64_t(e - DBL_MANT_DIG)), d < 0);
  return true;
}

bool BigInt::fits_i64() const {
  if (mag.size() > 2) return false;
  uint64_t v = to_u64(mag);
  return neg ? v <= (uint64_t(1) << 63) : v < (uint64_t(1) << 63);
}

int64_t BigInt::to_i64() const {
  uint64_t v = to_u64(mag);
  return neg ? int64_t(uint64_t(0) - v) : int64_t(v);
}

size_t BigInt::bit_length() const { return bits_of(mag); }

size_t BigInt::bit_count() const {
  size_t n = 0;
  for (Limb l : mag) n += size_t(std::popcount(l));
  return n;
}

bool BigInt::to_double(double& out) const {
  double d;
  if (mag.size() <= 2) {
    d = double(to_u64(mag));  // one correctly rounded conversion
  } else {
    size_t bl = bit_length();
    if (bl > size_t(DBL_MAX_EXP)) return false;
    size_t low = bl - 64;
    uint64_t top = bits_at(mag, low);
    // Fold the bits below the top 64 into a sticky bit: the rounding of the 64-bit
    // conversion then equals the rounding of the whole value.
    bool sticky = false;
    for (size_t i = 0; i < low / 32 && !sticky; ++i) sticky = mag[i] != 0;
    if (low % 32 && (mag[low / 32] & ((Limb(1) << (low % 32)) - 1))) sticky = true;
    d = std::ldexp(double(top | uint64_t(sticky)), int(low));
    if (std::isinf(d)) return false;
  }
  out = neg ? -d : d;
  return true;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = cmp_mag(a.mag, b.mag);
  return a.neg ? -c : c;
}

BigInt BigInt::add(const BigInt& a, const BigInt& b) { return add_signed(a, b, b.neg); }

BigInt BigInt::sub(const BigInt& a, const BigInt& b) { return add_signed(a, b, !b.neg); }

BigInt BigInt::mul(const BigInt& a, const BigInt& b) { return make(mul_mag(a.mag, b.mag), a.neg != b.neg); }

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  bool qneg = a.neg != b.neg, bneg = b.neg;
  Limbs qm, rm;
  divmod_mag(a.mag, b.mag, qm, rm);
  if (qneg && !rm.empty()) {  // floor: step the quotient down, the remainder to b's side
    inc_mag(qm);
    rm = sub_mag(b.mag, rm);
  }
  q = make(std::move(qm), qneg);
  r = make(std::move(rm), bneg);
}

BigInt BigInt::neg_of(const BigInt& a) { return make(a.mag, !a.neg); }

BigInt BigInt::abs(const BigInt& a) { return make(a.mag, false); }

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  if (exp == 0) return from_i64(1);
  if (base.is_zero()) return BigInt();
  bool rneg = base.neg && (exp & 1);
  if (base.bit_count() == 1) return make(shl_mag(Limbs{1}, uint64_t(base.bit_length() - 1) * exp), rneg);
  Limbs r = base.mag;
  for (int i = 62 - std::countl_zero(exp); i >= 0; --i) {
    r = sqr_mag(r);
    if ((exp >> i) & 1) r = mul_mag(r, base.mag);
  }
  return make(std::move(r), rneg);
}

BigInt BigInt::powmod(const BigInt& b, const BigInt& e, const BigInt& m) {
  const Limbs& mm = m.mag;
  Limbs base = mod_mag(b.mag, mm);
  if (b.neg && !base.empty()) base = sub_mag(mm, base);
  Limbs result;
  if (mm.size() == 1 && mm[0] == 1) {
    // everything is 0 modulo 1
  } else if (e.is_zero()) {
    result = Limbs{1};
  } else if (base.empty()) {
    // 0 ** e == 0 for e > 0
  } else if (mm.size() <= 2) {
    uint64_t mv = to_u64(mm), bv = to_u64(base), rv = 1;
    if (mv <= 0xFFFFFFFFu) {
      for (size_t i = e.bit_length(); i-- > 0;) {
        rv = rv * rv % mv;
        if (exp_bit(e.mag, i)) rv = rv * bv % mv;
      }
    } else {
      for (size_t i = e.bit_length(); i-- > 0;) {
        rv = mulmod64(rv, rv, mv);
        if (exp_bit(e.mag, i)) rv = mulmod64(rv, bv, mv);
      }
    }
    result = limbs_of(rv);
  } else {
    size_t ebits = e.bit_length();
    if (ebits <= 64) {
      result = base;
      for (size_t i = ebits - 1; i-- > 0;) {
        result = mod_mag(sqr_mag(result), mm);
        if (exp_bit(e.mag, i)) result = mod_mag(mul_mag(result, base), mm);
      }
    } else {
      // Fixed 5-bit windows, most significant first.
      constexpr unsigned kW = 5;
      std::vector<Limbs> table(size_t(1) << kW);
      table[0] = Limbs{1};
      for (size_t i = 1; i < table.size(); ++i) table[i] = mod_mag(mul_mag(table[i - 1], base), mm);
      size_t windows = (ebits + kW - 1) / kW;
      result = Limbs{1};
      for (size_t w = windows; w-- > 0;) {
        if (w + 1 != windows)
          for (unsigned k = 0; k < kW; ++k) result = mod_mag(sqr_mag(result), mm);
        unsigned digit = 0;
        for (unsigned k = kW; k-- > 0;) {
          size_t bit = w * kW + k;
          digit = (digit << 1) | unsigned(bit < ebits && exp_bit(e.mag, bit));
        }
        if (digit) result = mod_mag(mul_mag(result, table[digit]), mm);
      }
    }
  }
  if (m.neg && !result.empty()) return make(sub_mag(mm, result), true);
  return make(std::move(result), false);
}

bool BigInt::modinv(const BigInt& a, const BigInt& m, BigInt& out) {
  const Limbs& mm = m.mag;
  Limbs x = mod_mag(a.mag, mm);
  if (a.neg && !x.empty()) x = sub_mag(mm, x);
  if (mm.size() == 1) {
    int64_t r0 = int64_t(mm[0]), r1 = int64_t(to_u64(x)), t0 = 0, t1 = 1;
    if (r0 == 1) {
      out = BigInt();
      return true;
    }
    while (r1 != 0) {
      int64_t qt = r0 / r1;
      int64_t r2 = r0 - qt * r1, t2 = t0 - qt * t1;
      r0 = r1;
      r1 = r2;
      t0 = t1;
      t1 = t2;
    }
    if (r0 != 1) return false;
    if (t0 < 0) t0 += int64_t(mm[0]);
    out = from_i64(t0);
    return true;
  }
  // Extended Euclid keeping only the coefficient of x.
  BigInt r0 = make(mm, false), r1 = make(std::move(x), false), t0, t1 = from_i64(1), q, rem;
  while (!r1.is_zero()) {
    divmod(r0, r1, q, rem);
    r0 = std::move(r1);
    r1 = std::move(rem);
    BigInt t2 = sub(t0, mul(q, t1));
    t0 = std::move(t1);
    t1 = std::move(t2);
  }
  if (!(r0.mag.size() == 1 && r0.mag[0] == 1)) return false;
  BigInt mpos = make(mm, false);
  divmod(t0, mpos, q, out);
  return true;
}

BigInt BigInt::lshift(const BigInt& a, uint64_t n) { return make(shl_mag(a.mag, n), a.neg); }

BigInt BigInt::rshift(const BigInt& a, uint64_t n) {
  if (!a.neg) return make(shr_mag(a.mag, n), false);
  bool lost = false;
  Limbs r = shr_mag(a.mag, n, &lost);
  if (lost) inc_mag(r);  // floor toward -infinity
  return make(std::move(r), true);
}

BigInt BigInt::bit_and(const BigInt& a, const BigInt& b) {
  if (!a.neg && !b.neg) {
    Limbs r(std::min(a.mag.size(), b.mag.size()));
    for (size_t i = 0; i < r.size(); ++i) r[i] = a.mag[i] & b.mag[i];
    trim_limbs(r);
    return make(std::move(r), false);
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt BigInt::bit_or(const BigInt& a, const BigInt& b) {
  if (!a.neg && !b.neg) {
    const Limbs& x = a.mag.size() >= b.mag.size() ? a.mag : b.mag;
    const Limbs& y = a.mag.size() >= b.mag.size() ? b.mag : a.mag;
    Limbs r = x;
    for (size_t i = 0; i < y.size(); ++i) r[i] |= y[i];
    return make(std::move(r), false);
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt BigInt::bit_xor(const BigInt& a, const BigInt& b) {
  if (!a.neg && !b.neg) {
    const Limbs& x = a.mag.size() >= b.mag.size() ? a.mag : b.mag;
    const Limbs& y = a.mag.size() >= b.mag.size() ? b.mag : a.mag;
    Limbs r = x;
    for (size_t i = 0; i < y.size(); ++i) r[i] ^= y[i];
    trim_limbs(r);
    return make(std::move(r), false);
  }
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt BigInt::invert(const BigInt& a) {
  // ~a == -(a + 1)
  if (a.neg) return make(sub_mag(a.mag, Limbs{1}), false);
  Limbs r = a.mag;
  inc_mag(r);
  return make(std::move(r), true);
}

bool BigInt::true_divide(const BigInt& a, const BigInt& b, double& out) {
  bool negate = a.neg != b.neg;
  if (a.is_zero()) {
    out = negate ? -0.0 : 0.0;
    return true;
  }
  int64_t abits = int64_t(a.bit_length()), bbits = int64_t(b.bit_length());
  if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
    // Both operands are exact doubles: one correctly rounded division.
    double q = double(to_u64(a.mag)) / double(to_u64(b.mag));
    out = negate ? -q : q;
    return true;
  }
  // |a/b| lies in [2**(diff-1), 2**(diff+1)).
  int64_t diff = abits - bbits;
  if (diff > DBL_MAX_EXP) return false;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    out = negate ? -0.0 : 0.0;
    return true;
  }
  // x = floor(|a| / (|b| * 2**shift)) keeps DBL_MANT_DIG + 2 or + 3 bits (fewer bits are
  // significant for subnormal results); inexact records whether anything was dropped.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  Limbs num = shift > 0 ? shr_mag(a.mag, uint64_t(shift), &inexact) : shl_mag(a.mag, uint64_t(-shift));
  Limbs q, r;
  divmod_mag(num, b.mag, q, r);
  if (!r.empty()) inexact = true;
  uint64_t x = to_u64(q);
  int64_t xbits = std::bit_width(x);
  int64_t extra = std::max<int64_t>(xbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;  // 2 or 3
  uint64_t half = uint64_t(1) << (extra - 1), low = x & ((half << 1) - 1);
  x >>= extra;
  if (low > half || (low == half && (inexact || (x & 1)))) ++x;  // round half to even
  double d = std::ldexp(double(x), int(shift + extra));
  if (std::isinf(d)) return false;
  out = negate ? -d : d;
  return true;
}

// ---------- strings ----------

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) base = 10;
  if (mag.empty()) return "0";
  std::string s;
  if ((base & (base - 1)) == 0) {
    int k = std::countr_zero(unsigned(base));
    size_t nd = (bit_length() + size_t(k) - 1) / size_t(k);
    s.assign(nd + (neg ? 1 : 0), '0');
    if (neg) s[0] = '-';
    for (size_t i = 0; i < nd; ++i) {
      uint64_t v = bits_at(mag, i * size_t(k)) & ((uint64_t(1) << k) - 1);
      s[s.size() - 1 - i] = kDigitChars[v];
    }
    return s;
  }
  Radix rx = radix_of(base);
  size_t bl = bit_length();
  // Enough chunks for bl bits: each chunk holds more than bit_width(chunk) - 1 bits.
  size_t chunks = bl / size_t(std::bit_width(rx.chunk) - 1) + 1;
  std::string buf;
  if (mag.size() <= kConvThreshold) {
    buf.assign(chunks * size_t(rx.digits), '0');
    small_to_str(mag, base, rx, buf.data(), buf.size());
  } else {
    // pows[l] = chunk**(8 * 2**l), of `width` digits for the last one.
    std::vector<Limbs> pows{limbs_of(rx.chunk)};
    size_t width = size_t(rx.digits);
    for (int i = 0; i < 3; ++i) {
      pows[0] = sqr_mag(pows[0]);
      width *= 2;
    }
    // Level l divides by pows[l]; stop once pows.back()**2 is certainly above |x|.
    while (2 * bits_of(pows.back()) - 2 < bl) {
      pows.push_back(sqr_mag(pows.back()));
      width *= 2;
    }
    buf.assign(2 * width, '0');
    dc_to_str(mag, int(pows.size()) - 1, pows, base, rx, buf.data(), buf.size());
  }
  size_t first = buf.find_first_not_of('0');
  if (neg) s.push_back('-');
  s.append(buf, first, std::string::npos);
  return s;
}

bool BigInt::parse(std::string_view s, int base, BigInt& out) {
  if (base != 0 && (base < 2 || base > 36)) return false;
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) ++i;
  while (n > i && is_space(s[n - 1])) --n;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  bool prefixed = false;
  if (i + 1 < n && s[i] == '0') {
    char c = char(s[i + 1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      prefixed = true;
    }
  }
  bool implicit_decimal = base == 0;
  if (implicit_decimal) base = 10;
  std::vector<uint8_t> digits;
  digits.reserve(n - i);
  bool underscore_ok = prefixed, last_underscore = false;
  for (; i < n; ++i) {
    char c = s[i];
    if (c == '_') {
      if (!underscore_ok) return false;
      underscore_ok = false;
      last_underscore = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return false;
    digits.push_back(uint8_t(d));
    underscore_ok = true;
    last_underscore = false;
  }
  if (digits.empty() || last_underscore) return false;
  size_t lead = 0;
  while (lead < digits.size() && digits[lead] == 0) ++lead;
  // Base 0 reads decimal without a prefix, and forbids leading zeros before nonzero digits.
  if (implicit_decimal && digits[0] == 0 && lead != digits.size()) return false;
  const uint8_t* d = digits.data() + lead;
  size_t nd = digits.size() - lead;
  Limbs m;
  if ((base & (base - 1)) == 0) {
    int k = std::countr_zero(unsigned(base));
    m.assign((nd * size_t(k) + 31) / 32, 0);
    for (size_t j = 0; j < nd; ++j) {
      size_t pos = j * size_t(k);  // bit position of digit d[nd - 1 - j]
      uint64_t v = d[nd - 1 - j];
      m[pos / 32] |= Limb(v << (pos % 32));
      if (pos % 32 + size_t(k) > 32) m[pos / 32 + 1] |= Limb(v >> (32 - pos % 32));
    }
    trim_limbs(m);
  } else if (nd) {
    m = digits_to_mag(d, nd, base);
  }
  out = make(std::move(m), neg);
  return true;
}

size_t BigInt::decimal_digits_estimate() const {
  // log10(2) < 0.30103; |x| < 2**bits has at most floor(bits * log10(2)) + 1 digits.
  return size_t(uint64_t(bit_length()) * 30103 / 100000) + 1;
}

int64_t BigInt::hash() const {
  constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
  uint64_t h = 0;
  for (size_t i = mag.size(); i-- > 0;) {
    // h * 2**32 mod (2**61 - 1) is a 61-bit rotation.
    h = ((h << 32) & kModulus) | (h >> 29);
    h += mag[i];
    if (h >= kModulus) h -= kModulus;
  }
  int64_t r = neg ? -int64_t(h) : int64_t(h);
  return r == -1 ? -2 : r;
}

bool BigInt::to_bytes(size_t length, bool little, bool is_signed, std::string& out) const {
  size_t bl = bit_length();
  if (mag.empty()) {
    // zero fits in any length
  } else if (neg) {
    if (!is_signed) return false;
    // -2**(8*length - 1) is the smallest value that fits.
    // CPython 3.11 also lets -1 through with length 0 (giving b'').
    bool fits = bl / 8 < length || (bl % 8 == 0 && bl / 8 == length && bit_count() == 1) || bl == 1;
    if (!fits) return false;
  } else if (is_signed ? bl / 8 >= length : (bl + 7) / 8 > length) {
    return false;
  }
  out.assign(length, '\0');
  size_t nb = std::min(length, mag.size() * 4);
  for (size_t i = 0; i < nb; ++i) out[i] = char(uint8_t(mag[i / 4] >> (8 * (i % 4))));
  if (neg) {
    unsigned c = 1;
    for (size_t i = 0; i < length; ++i) {
      c += uint8_t(~uint8_t(out[i]));
      out[i] = char(uint8_t(c));
      c >>= 8;
    }
  }
  if (!little) std::reverse(out.begin(), out.end());
  return true;
}

BigInt BigInt::from_bytes(std::string_view bytes, bool little, bool is_signed) {
  size_t n = bytes.size();
  auto byte_at = [&](size_t i) { return uint8_t(little ? bytes[i] : bytes[n - 1 - i]); };
  Limbs m((n + 3) / 4, 0);
  for (size_t i = 0; i < n; ++i) m[i / 4] |= Limb(byte_at(i)) << (8 * (i % 4));
  bool negative = is_signed && n && (byte_at(n - 1) & 0x80);
  if (negative) {
    // magnitude = 2**(8n) - value: complement the 8n bits and add one
    for (Limb& l : m) l = ~l;
    if (n % 4) m.back() &= (Limb(1) << (8 * (n % 4))) - 1;
    inc_mag(m);
  }
  trim_limbs(m);
  return make(std::move(m), negative);
}

}  // namespace taipan::runtime
