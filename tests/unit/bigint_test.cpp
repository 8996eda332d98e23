// BigInt against CPython 3.11: the vectors in bigint_vectors.inc come from
// gen_bigint_vectors.py; the hand-written tests below cover edge cases, the large-operand
// algorithms (Karatsuba, Burnikel-Ziegler, divide-and-conquer radix conversion) through
// identities, and the speed of large conversions.
#include "runtime/bigint.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace taipan::runtime;

namespace {

struct BinVec {
  std::string_view a, b, r;
};
struct DivVec {
  std::string_view a, b, q, r;
};
struct PowVec {
  std::string_view a;
  uint64_t e;
  std::string_view r;
};
struct PowModVec {
  std::string_view b, e, m, r;
};
struct ModInvVec {
  std::string_view a, m;
  bool ok;
  std::string_view r;
};
struct ShiftVec {
  std::string_view a;
  uint64_t n;
  std::string_view l, r;
};
struct BitVec {
  std::string_view a, b, and_, or_, xor_, inv;
};
struct ToDoubleVec {
  std::string_view a;
  bool ok;
  uint64_t bits;
};
struct TrueDivVec {
  std::string_view a, b;
  bool ok;
  uint64_t bits;
};
struct FromDoubleVec {
  uint64_t bits;
  std::string_view r;
};
struct ToStrVec {
  std::string_view a;
  int base;
  std::string_view s;
};
struct ParseVec {
  std::string_view s;
  int base;
  bool ok;
  std::string_view v;
};
struct HashVec {
  std::string_view a;
  int64_t h;
};
struct MiscVec {
  std::string_view a;
  unsigned bit_length, bit_count;
  bool fits;
  unsigned digits;
};
struct ToBytesVec {
  std::string_view a;
  size_t len;
  bool little, sgn, ok;
  std::string_view hex;
};
struct FromBytesVec {
  std::string_view hex;
  bool little, sgn;
  std::string_view r;
};

#include "bigint_vectors.inc"

// The representation invariants: no leading zero limb, zero is never negative.
bool valid(const BigInt& x) { return (x.mag.empty() || x.mag.back() != 0) && !(x.mag.empty() && x.neg); }

BigInt N(std::string_view s) {
  BigInt r;
  bool ok = BigInt::parse(s, 10, r);
  EXPECT_TRUE(ok) << s;
  return r;
}

std::string S(const BigInt& x) {
  EXPECT_TRUE(valid(x));
  return x.to_string(10);
}

BigInt I(int64_t v) { return BigInt::from_i64(v); }

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}
uint64_t to_bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}

std::string hex_of(const std::string& s) {
  static const char* const kHex = "0123456789abcdef";
  std::string r;
  for (unsigned char c : s) {
    r += kHex[c >> 4];
    r += kHex[c & 15];
  }
  return r;
}
std::string unhex(std::string_view h) {
  std::string r;
  for (size_t i = 0; i + 1 < h.size(); i += 2) r += char(std::stoi(std::string(h.substr(i, 2)), nullptr, 16));
  return r;
}

// A random magnitude of `limbs` limbs, often with runs of 0 and 0xffffffff limbs.
BigInt random_big(std::mt19937_64& rng, size_t limbs, bool allow_neg = true) {
  BigInt r;
  r.mag.resize(limbs);
  int style = int(rng() % 4);
  for (auto& l : r.mag) {
    uint32_t v = uint32_t(rng());
    if (style == 1 && rng() % 3 == 0) v = 0xFFFFFFFFu;
    if (style == 2 && rng() % 3 == 0) v = 0;
    l = v;
  }
  if (limbs) r.mag.back() |= 1;
  r.neg = allow_neg && (rng() & 1) && limbs;
  r.trim();
  return r;
}

// Schoolbook product built from single-limb multiplications and shifts only.
BigInt reference_mul(const BigInt& a, const BigInt& b) {
  BigInt acc;
  for (size_t i = 0; i < b.mag.size(); ++i) {
    BigInt part = BigInt::mul(BigInt::abs(a), BigInt::from_u64(b.mag[i]));
    acc = BigInt::add(acc, BigInt::lshift(part, 32 * uint64_t(i)));
  }
  return a.neg != b.neg ? BigInt::neg_of(acc) : acc;
}

// Decimal digits by repeated single-limb division: independent of the fast paths.
std::string reference_decimal(BigInt x) {
  if (x.is_zero()) return "0";
  bool neg = x.neg;
  x.neg = false;
  std::string out;
  BigInt q, r, chunk = I(1000000000);
  while (!x.is_zero()) {
    BigInt::divmod(x, chunk, q, r);
    std::string part = std::to_string(r.to_i64());
    x = q;
    if (!x.is_zero()) part.insert(0, 9 - part.size(), '0');
    out.insert(0, part);
  }
  return neg ? "-" + out : out;
}

// ---------- vectors ----------

TEST(BigIntVectors, AddSub) {
  for (const auto& v : kAddVecs) EXPECT_EQ(S(BigInt::add(N(v.a), N(v.b))), v.r) << v.a << " + " << v.b;
  for (const auto& v : kSubVecs) EXPECT_EQ(S(BigInt::sub(N(v.a), N(v.b))), v.r) << v.a << " - " << v.b;
}

TEST(BigIntVectors, Mul) {
  for (const auto& v : kMulVecs) {
    BigInt a = N(v.a), b = N(v.b);
    EXPECT_EQ(S(BigInt::mul(a, b)), v.r) << v.a << " * " << v.b;
    if (v.a == v.b) {
      EXPECT_EQ(S(BigInt::mul(a, a)), v.r) << "square of " << v.a;
    }
  }
}

TEST(BigIntVectors, DivMod) {
  for (const auto& v : kDivVecs) {
    BigInt q, r;
    BigInt::divmod(N(v.a), N(v.b), q, r);
    EXPECT_EQ(S(q), v.q) << v.a << " // " << v.b;
    EXPECT_EQ(S(r), v.r) << v.a << " % " << v.b;
  }
}

TEST(BigIntVectors, Pow) {
  for (const auto& v : kPowVecs) EXPECT_EQ(S(BigInt::pow(N(v.a), v.e)), v.r) << v.a << " ** " << v.e;
}

TEST(BigIntVectors, PowMod) {
  for (const auto& v : kPowModVecs)
    EXPECT_EQ(S(BigInt::powmod(N(v.b), N(v.e), N(v.m))), v.r) << "pow(" << v.b << ", " << v.e << ", " << v.m << ")";
}

TEST(BigIntVectors, ModInv) {
  for (const auto& v : kModInvVecs) {
    BigInt out;
    bool ok = BigInt::modinv(N(v.a), N(v.m), out);
    EXPECT_EQ(ok, v.ok) << v.a << " mod " << v.m;
    if (ok && v.ok) {
      EXPECT_EQ(S(out), v.r) << v.a << " mod " << v.m;
    }
  }
  // Negative exponents the way int_powmod does them: invert, then raise to -e.
  for (const auto& v : kPowModNegVecs) {
    BigInt inv, m = N(v.m);
    ASSERT_TRUE(BigInt::modinv(N(v.b), m, inv)) << v.b;
    EXPECT_EQ(S(BigInt::powmod(inv, BigInt::neg_of(N(v.e)), m)), v.r) << "pow(" << v.b << ", " << v.e << ", " << v.m << ")";
  }
}

TEST(BigIntVectors, Shifts) {
  for (const auto& v : kShiftVecs) {
    EXPECT_EQ(S(BigInt::lshift(N(v.a), v.n)), v.l) << v.a << " << " << v.n;
    EXPECT_EQ(S(BigInt::rshift(N(v.a), v.n)), v.r) << v.a << " >> " << v.n;
  }
}

TEST(BigIntVectors, Bitwise) {
  for (const auto& v : kBitVecs) {
    BigInt a = N(v.a), b = N(v.b);
    EXPECT_EQ(S(BigInt::bit_and(a, b)), v.and_) << v.a << " & " << v.b;
    EXPECT_EQ(S(BigInt::bit_or(a, b)), v.or_) << v.a << " | " << v.b;
    EXPECT_EQ(S(BigInt::bit_xor(a, b)), v.xor_) << v.a << " ^ " << v.b;
    EXPECT_EQ(S(BigInt::invert(a)), v.inv) << "~" << v.a;
  }
}

TEST(BigIntVectors, ToDouble) {
  for (const auto& v : kToDoubleVecs) {
    double d = 12345;
    bool ok = N(v.a).to_double(d);
    EXPECT_EQ(ok, v.ok) << v.a;
    if (ok && v.ok) {
      EXPECT_EQ(to_bits(d), v.bits) << v.a << " -> " << d << " want " << from_bits(v.bits);
    }
  }
}

TEST(BigIntVectors, TrueDivide) {
  for (const auto& v : kTrueDivVecs) {
    double d = 12345;
    bool ok = BigInt::true_divide(N(v.a), N(v.b), d);
    EXPECT_EQ(ok, v.ok) << v.a << " / " << v.b;
    if (ok && v.ok) {
      EXPECT_EQ(to_bits(d), v.bits) << v.a << " / " << v.b << " -> " << d << " want " << from_bits(v.bits);
    }
  }
}

TEST(BigIntVectors, FromDouble) {
  for (const auto& v : kFromDoubleVecs) {
    BigInt r;
    ASSERT_TRUE(BigInt::from_double(from_bits(v.bits), r));
    EXPECT_EQ(S(r), v.r) << from_bits(v.bits);
  }
}

TEST(BigIntVectors, ToString) {
  for (const auto& v : kToStrVecs) EXPECT_EQ(N(v.a).to_string(v.base), v.s) << v.a << " base " << v.base;
}

TEST(BigIntVectors, Parse) {
  for (const auto& v : kParseVecs) {
    BigInt r = I(999);
    bool ok = BigInt::parse(v.s, v.base, r);
    EXPECT_EQ(ok, v.ok) << "int('" << v.s << "', " << v.base << ")";
    if (ok && v.ok) {
      EXPECT_EQ(S(r), v.v) << "int('" << v.s << "', " << v.base << ")";
    }
  }
}

TEST(BigIntVectors, Hash) {
  for (const auto& v : kHashVecs) EXPECT_EQ(N(v.a).hash(), v.h) << "hash(" << v.a << ")";
}

TEST(BigIntVectors, Misc) {
  for (const auto& v : kMiscVecs) {
    BigInt a = N(v.a);
    EXPECT_EQ(a.bit_length(), v.bit_length) << v.a;
    EXPECT_EQ(a.bit_count(), v.bit_count) << v.a;
    EXPECT_EQ(a.fits_i64(), v.fits) << v.a;
    if (v.fits) {
      EXPECT_EQ(std::to_string(a.to_i64()), v.a);
    }
    EXPECT_GE(a.decimal_digits_estimate(), v.digits) << v.a;
    EXPECT_LE(a.decimal_digits_estimate(), v.digits + 1) << v.a;
  }
}

TEST(BigIntVectors, Bytes) {
  for (const auto& v : kToBytesVecs) {
    std::string out;
    bool ok = N(v.a).to_bytes(v.len, v.little, v.sgn, out);
    EXPECT_EQ(ok, v.ok) << v.a << " len " << v.len << " signed " << v.sgn;
    if (ok && v.ok) {
      EXPECT_EQ(hex_of(out), v.hex) << v.a;
    }
  }
  for (const auto& v : kFromBytesVecs)
    EXPECT_EQ(S(BigInt::from_bytes(unhex(v.hex), v.little, v.sgn)), v.r) << v.hex << " little " << v.little << " signed " << v.sgn;
}

// ---------- edge cases ----------

TEST(BigInt, ZeroAndConstruction) {
  BigInt z;
  EXPECT_TRUE(z.is_zero());
  EXPECT_FALSE(z.is_neg());
  EXPECT_EQ(z.sign(), 0);
  EXPECT_EQ(z.bit_length(), 0u);
  EXPECT_EQ(z.to_string(), "0");
  EXPECT_EQ(z.to_string(2), "0");
  EXPECT_TRUE(valid(BigInt::from_i64(0)));
  EXPECT_TRUE(valid(BigInt::sub(I(5), I(5))));
  EXPECT_TRUE(valid(BigInt::mul(I(-5), I(0))));
  EXPECT_TRUE(valid(BigInt::neg_of(z)));
  EXPECT_EQ(S(BigInt::from_i64(INT64_MIN)), "-9223372036854775808");
  EXPECT_EQ(S(BigInt::from_i64(INT64_MAX)), "9223372036854775807");
  EXPECT_EQ(S(BigInt::from_u64(UINT64_MAX)), "18446744073709551615");
  EXPECT_EQ(I(-3).sign(), -1);
  EXPECT_EQ(I(3).sign(), 1);
  BigInt m = BigInt::from_i64(INT64_MIN);
  EXPECT_TRUE(m.fits_i64());
  EXPECT_EQ(m.to_i64(), INT64_MIN);
  EXPECT_FALSE(BigInt::sub(m, I(1)).fits_i64());
  EXPECT_FALSE(BigInt::neg_of(m).fits_i64());
  EXPECT_FALSE(N("18446744073709551616").fits_i64());
  EXPECT_EQ(N("18446744073709551616").mag.size(), 3u);
}

TEST(BigInt, Compare) {
  std::vector<BigInt> sorted = {N("-18446744073709551617"), N("-18446744073709551616"), I(INT64_MIN), I(-1), I(0),
                                I(1), I(4294967295), I(4294967296), N("18446744073709551616"),
                                N("340282366920938463463374607431768211456")};
  for (size_t i = 0; i < sorted.size(); ++i)
    for (size_t j = 0; j < sorted.size(); ++j)
      EXPECT_EQ(BigInt::compare(sorted[i], sorted[j]), i < j ? -1 : i > j ? 1 : 0) << i << " " << j;
}

TEST(BigInt, DivModSignsAndAliasing) {
  const int64_t as[] = {7, -7, 6, -6, 0, 1, -1};
  const int64_t bs[] = {2, -2, 3, -3, 1, -1, 7, -7};
  for (int64_t a : as)
    for (int64_t b : bs) {
      BigInt q, r;
      BigInt::divmod(I(a), I(b), q, r);
      int64_t fq = a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
      EXPECT_EQ(q.to_i64(), fq) << a << " // " << b;
      EXPECT_EQ(r.to_i64(), a - fq * b) << a << " % " << b;
      EXPECT_TRUE(valid(q) && valid(r));
    }
  BigInt x = N("-123456789012345678901234567890"), y = N("987654321987");
  BigInt q, r;
  BigInt::divmod(x, y, q, r);
  BigInt x2 = x, y2 = y;
  BigInt::divmod(x2, y2, x2, y2);  // outputs alias inputs
  EXPECT_EQ(S(x2), S(q));
  EXPECT_EQ(S(y2), S(r));
}

TEST(BigInt, ShiftsOfNegatives) {
  EXPECT_EQ(S(BigInt::rshift(I(-1), 1)), "-1");
  EXPECT_EQ(S(BigInt::rshift(I(-1), 1000000)), "-1");
  EXPECT_EQ(S(BigInt::rshift(I(-2), 1)), "-1");
  EXPECT_EQ(S(BigInt::rshift(I(-3), 1)), "-2");
  EXPECT_EQ(S(BigInt::rshift(N("-18446744073709551616"), 64)), "-1");
  EXPECT_EQ(S(BigInt::rshift(N("-18446744073709551617"), 64)), "-2");
  EXPECT_EQ(S(BigInt::rshift(I(5), UINT64_MAX)), "0");
  EXPECT_EQ(S(BigInt::rshift(I(-5), UINT64_MAX)), "-1");
  EXPECT_EQ(S(BigInt::lshift(I(-1), 64)), "-18446744073709551616");
  EXPECT_EQ(S(BigInt::lshift(I(0), 1000)), "0");
}

TEST(BigInt, HashSpecials) {
  EXPECT_EQ(I(-1).hash(), -2);
  EXPECT_EQ(I(-2).hash(), -2);
  EXPECT_EQ(N("2305843009213693951").hash(), 0);  // 2**61 - 1
  EXPECT_EQ(N("2305843009213693952").hash(), 1);
  EXPECT_EQ(N("-2305843009213693952").hash(), -2);
  EXPECT_EQ(I(0).hash(), 0);
  EXPECT_EQ(I(12345).hash(), 12345);
}

TEST(BigInt, ToDoubleRounding) {
  double d;
  ASSERT_TRUE(N("9007199254740993").to_double(d));  // 2**53 + 1: tie, to even
  EXPECT_EQ(d, 9007199254740992.0);
  ASSERT_TRUE(N("9007199254740995").to_double(d));  // 2**53 + 3: tie, to even (up)
  EXPECT_EQ(d, 9007199254740996.0);
  ASSERT_TRUE(N("-9007199254740995").to_double(d));
  EXPECT_EQ(d, -9007199254740996.0);
  BigInt big = BigInt::lshift(I(1), 1024);
  EXPECT_FALSE(big.to_double(d));
  EXPECT_FALSE(BigInt::sub(big, I(1)).to_double(d));  // rounds up to 2**1024
  BigInt max = BigInt::sub(big, BigInt::lshift(I(1), 971));
  ASSERT_TRUE(max.to_double(d));
  EXPECT_EQ(d, 1.7976931348623157e308);
  BigInt r;
  EXPECT_FALSE(BigInt::from_double(INFINITY, r));
  EXPECT_FALSE(BigInt::from_double(NAN, r));
  ASSERT_TRUE(BigInt::from_double(1.7976931348623157e308, r));
  EXPECT_EQ(S(r), S(max));
  ASSERT_TRUE(BigInt::from_double(-0.7, r));
  EXPECT_TRUE(r.is_zero() && valid(r));
}

TEST(BigInt, TrueDivideSpecials) {
  double d;
  ASSERT_TRUE(BigInt::true_divide(I(0), I(-5), d));
  EXPECT_TRUE(d == 0 && std::signbit(d));
  ASSERT_TRUE(BigInt::true_divide(I(1), I(3), d));
  EXPECT_EQ(d, 1.0 / 3.0);
  ASSERT_TRUE(BigInt::true_divide(I(-7), I(2), d));
  EXPECT_EQ(d, -3.5);
  EXPECT_FALSE(BigInt::true_divide(BigInt::pow(I(10), 400), I(3), d));
  ASSERT_TRUE(BigInt::true_divide(I(1), BigInt::pow(I(10), 400), d));
  EXPECT_TRUE(d == 0 && !std::signbit(d));
  ASSERT_TRUE(BigInt::true_divide(BigInt::pow(I(10), 400), BigInt::pow(I(10), 399), d));
  EXPECT_EQ(d, 10.0);
}

TEST(BigInt, ParseEdgeCases) {
  BigInt r;
  const char* const bad[] = {"", " ", "_1", "1_", "1__0", "0x", "0x_", "08", "010", "0_1", "-", "+", "- 1",
                             "1 1", "0b2", "0o8", "++1", "0x1g", "1.0", "_", "__", "0_x1"};
  for (const char* s : bad) EXPECT_FALSE(BigInt::parse(s, 0, r)) << "int('" << s << "', 0)";
  EXPECT_FALSE(BigInt::parse("12", 1, r));
  EXPECT_FALSE(BigInt::parse("12", 37, r));
  EXPECT_FALSE(BigInt::parse("2", 2, r));
  EXPECT_FALSE(BigInt::parse("0x10", 10, r));
  EXPECT_FALSE(BigInt::parse(std::string_view("1\0", 2), 10, r));
  ASSERT_TRUE(BigInt::parse("08", 10, r));
  EXPECT_EQ(S(r), "8");
  ASSERT_TRUE(BigInt::parse("0_0_0", 0, r));
  EXPECT_EQ(S(r), "0");
  ASSERT_TRUE(BigInt::parse(" -0x_DEAD_beef\n", 0, r));
  EXPECT_EQ(S(r), "-3735928559");
  ASSERT_TRUE(BigInt::parse("0b1", 16, r));  // b is a hex digit: 0xb1
  EXPECT_EQ(S(r), "177");
  ASSERT_TRUE(BigInt::parse("-0", 10, r));
  EXPECT_TRUE(r.is_zero() && valid(r));
  ASSERT_TRUE(BigInt::parse("ZZ", 36, r));
  EXPECT_EQ(S(r), "1295");
}

TEST(BigInt, BytesEdgeCases) {
  std::string out;
  EXPECT_TRUE(I(0).to_bytes(0, false, false, out));
  EXPECT_EQ(out, "");
  EXPECT_TRUE(I(0).to_bytes(0, false, true, out));
  EXPECT_TRUE(I(-1).to_bytes(0, false, true, out));  // a CPython 3.11 quirk
  EXPECT_EQ(out, "");
  EXPECT_FALSE(I(-2).to_bytes(0, false, true, out));
  EXPECT_FALSE(I(-1).to_bytes(8, false, false, out));
  EXPECT_TRUE(I(-128).to_bytes(1, false, true, out));
  EXPECT_EQ(hex_of(out), "80");
  EXPECT_FALSE(I(128).to_bytes(1, false, true, out));
  EXPECT_TRUE(I(-2).to_bytes(3, true, true, out));
  EXPECT_EQ(hex_of(out), "feffff");
  EXPECT_EQ(S(BigInt::from_bytes("", false, true)), "0");
  EXPECT_EQ(S(BigInt::from_bytes(unhex("ff"), false, true)), "-1");
  EXPECT_EQ(S(BigInt::from_bytes(unhex("ff"), false, false)), "255");
  EXPECT_EQ(S(BigInt::from_bytes(unhex("0000000080"), true, true)), "-549755813888");
}

TEST(BigInt, PowAndPowModSpecials) {
  EXPECT_EQ(S(BigInt::pow(I(0), 0)), "1");
  EXPECT_EQ(S(BigInt::pow(I(-2), 63)), "-9223372036854775808");
  EXPECT_EQ(S(BigInt::pow(I(-1), 1000001)), "-1");
  EXPECT_EQ(BigInt::pow(I(2), 100000).bit_length(), 100001u);
  EXPECT_EQ(S(BigInt::powmod(I(5), I(3), I(1))), "0");
  EXPECT_EQ(S(BigInt::powmod(I(5), I(0), I(-1))), "0");
  EXPECT_EQ(S(BigInt::powmod(I(3), I(0), I(-7))), "-6");
  EXPECT_EQ(S(BigInt::powmod(I(-2), I(3), I(7))), "6");
  BigInt inv;
  EXPECT_FALSE(BigInt::modinv(I(2), I(4), inv));
  EXPECT_FALSE(BigInt::modinv(I(0), I(7), inv));
  ASSERT_TRUE(BigInt::modinv(I(0), I(1), inv));
  EXPECT_EQ(S(inv), "0");
  ASSERT_TRUE(BigInt::modinv(I(3), I(-7), inv));
  EXPECT_EQ(S(inv), "5");
  // Fermat: a**(p-1) == 1 mod p for the Mersenne prime 2**521 - 1 (window path).
  BigInt p = BigInt::sub(BigInt::lshift(I(1), 521), I(1));
  EXPECT_EQ(S(BigInt::powmod(N("123456789123456789123456789"), BigInt::sub(p, I(1)), p)), "1");
}

TEST(BigInt, StringBases) {
  BigInt x = N("-255");
  EXPECT_EQ(x.to_string(2), "-11111111");
  EXPECT_EQ(x.to_string(16), "-ff");
  EXPECT_EQ(x.to_string(36), "-73");
  EXPECT_EQ(x.to_string(8), "-377");
  EXPECT_EQ(BigInt::lshift(I(1), 64).to_string(16), "10000000000000000");
  EXPECT_EQ(BigInt::lshift(I(1), 64).to_string(32), "g000000000000");
}

// ---------- large operands: identities against independent slow paths ----------

TEST(BigIntLarge, KaratsubaMatchesSchoolbook) {
  std::mt19937_64 rng(1);
  const size_t sizes[] = {1, 2, 39, 40, 41, 63, 64, 65, 80, 100, 129, 200, 333, 700};
  for (size_t an : sizes)
    for (size_t bn : sizes) {
      BigInt a = random_big(rng, an), b = random_big(rng, bn);
      EXPECT_EQ(S(BigInt::mul(a, b)), S(reference_mul(a, b))) << an << "x" << bn;
    }
  for (size_t n : {63u, 64u, 65u, 128u, 300u, 1000u}) {
    BigInt a = random_big(rng, n), copy = a;
    EXPECT_EQ(S(BigInt::mul(a, a)), S(BigInt::mul(a, copy))) << n;  // squaring path vs general path
    EXPECT_EQ(S(BigInt::mul(a, a)), S(reference_mul(a, a))) << n;
  }
  BigInt ones = BigInt::sub(BigInt::lshift(I(1), 32 * 500), I(1));
  EXPECT_EQ(S(BigInt::mul(ones, ones)), S(reference_mul(ones, ones)));
}

TEST(BigIntLarge, DivisionIdentity) {
  std::mt19937_64 rng(2);
  const size_t bsizes[] = {1, 2, 3, 50, 64, 65, 66, 100, 129, 200, 257, 500, 1100};
  const size_t qsizes[] = {0, 1, 10, 64, 65, 100, 300, 1000};
  for (size_t bn : bsizes)
    for (size_t qn : qsizes) {
      BigInt b = random_big(rng, bn), qq = random_big(rng, qn);
      BigInt rr = random_big(rng, bn, false);
      BigInt a = BigInt::add(BigInt::mul(b, qq), b.neg ? BigInt::neg_of(rr) : rr);
      if (rng() & 1) a = BigInt::neg_of(a);
      BigInt q, r;
      BigInt::divmod(a, b, q, r);
      ASSERT_TRUE(valid(q) && valid(r));
      EXPECT_EQ(S(BigInt::add(BigInt::mul(q, b), r)), S(a)) << bn << "/" << qn;
      // 0 <= |r| < |b| with the sign of b
      EXPECT_LT(BigInt::compare(BigInt::abs(r), BigInt::abs(b)), 0) << bn << "/" << qn;
      EXPECT_TRUE(r.is_zero() || r.neg == b.neg) << bn << "/" << qn;
    }
  // Divisor with the top limb equal to the dividend's (quotient digit estimate saturates).
  BigInt b = BigInt::sub(BigInt::lshift(I(1), 32 * 300), I(1));
  BigInt a = BigInt::sub(BigInt::lshift(b, 32 * 300), I(1));
  BigInt q, r;
  BigInt::divmod(a, b, q, r);
  EXPECT_EQ(S(BigInt::add(BigInt::mul(q, b), r)), S(a));
  EXPECT_LT(BigInt::compare(r, b), 0);
  // A dividend whose top block (in base B^200) is not below the divisor.
  b = BigInt::sub(BigInt::lshift(I(1), 32 * 200), I(1));
  a = BigInt::add(BigInt::lshift(b, 32 * 200), BigInt::sub(b, I(1)));
  BigInt::divmod(a, b, q, r);
  EXPECT_EQ(S(q), S(BigInt::add(BigInt::lshift(I(1), 32 * 200), I(0))));
  EXPECT_EQ(S(r), S(BigInt::sub(b, I(1))));
}

TEST(BigIntLarge, ConversionsRoundTrip) {
  std::mt19937_64 rng(3);
  for (size_t n : {29u, 30u, 31u, 32u, 60u, 100u, 257u, 1000u, 3000u}) {
    BigInt x = random_big(rng, n);
    std::string s = x.to_string();
    EXPECT_EQ(s, reference_decimal(x)) << n;
    BigInt y;
    ASSERT_TRUE(BigInt::parse(s, 10, y));
    EXPECT_EQ(BigInt::compare(x, y), 0) << n;
    for (int base : {3, 7, 16, 36}) {
      ASSERT_TRUE(BigInt::parse(x.to_string(base), base, y));
      EXPECT_EQ(BigInt::compare(x, y), 0) << n << " base " << base;
    }
  }
  // Powers of the radix: every divide-and-conquer split lands on zero-padded halves.
  for (uint64_t e : {1000u, 4096u, 9000u}) {
    BigInt p = BigInt::pow(I(10), e);
    std::string s = p.to_string();
    ASSERT_EQ(s.size(), e + 1);
    EXPECT_EQ(s, "1" + std::string(e, '0'));
    EXPECT_EQ(BigInt::sub(p, I(1)).to_string(), std::string(e, '9'));
  }
}

// ---------- speed: CPython's own limits aside, these must stay subquadratic-fast ----------

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BIGINT_TEST_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define BIGINT_TEST_SANITIZED 1
#endif

TEST(BigIntLarge, FastDecimalConversions) {
#if defined(__OPTIMIZE__) && !defined(BIGINT_TEST_SANITIZED)
  constexpr double kLimit = 1.0;
#else
  constexpr double kLimit = 60.0;  // unoptimized or sanitized builds only check results
#endif
  auto t0 = std::chrono::steady_clock::now();
  BigInt p = BigInt::pow(I(10), 100000);
  std::string s = p.to_string();
  double t_str = seconds_since(t0);
  ASSERT_EQ(s.size(), 100001u);
  EXPECT_EQ(s, "1" + std::string(100000, '0'));
  EXPECT_LT(t_str, kLimit);

  t0 = std::chrono::steady_clock::now();
  BigInt nines;
  ASSERT_TRUE(BigInt::parse(std::string(100000, '9'), 10, nines));
  double t_parse = seconds_since(t0);
  EXPECT_EQ(BigInt::compare(nines, BigInt::sub(p, I(1))), 0);
  EXPECT_LT(t_parse, kLimit);

  t0 = std::chrono::steady_clock::now();
  BigInt big = BigInt::pow(I(3), 400000), q, r;  // ~634000 bits
  BigInt::divmod(big, BigInt::pow(I(7), 110000), q, r);
  double t_div = seconds_since(t0);
  EXPECT_EQ(S(BigInt::add(BigInt::mul(q, BigInt::pow(I(7), 110000)), r)), S(big));
  EXPECT_LT(t_div, kLimit);
}

}  // namespace
