// Arbitrary-precision integers with CPython 3.11 semantics.
//
// Representation: sign + magnitude. `mag` holds the magnitude as little-endian base-2**32
// limbs; invariants: no leading (most significant) zero limb, and zero is the empty
// magnitude with neg == false. Code that edits `mag` directly restores them with trim().
//
// Semantics follow Python's int: // and % floor (the remainder takes the divisor's sign),
// shifts and bitwise operations act on an infinite two's complement, conversions to double
// round half to even, str/int conversions follow int() and str(). No exceptions are thrown;
// failures are reported through bool results and the caller raises the Python exception.
// Large operands use Karatsuba multiplication, Burnikel-Ziegler division and
// divide-and-conquer radix conversion, so the costs stay subquadratic.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taipan::runtime {

class BigInt {
 public:
  std::vector<uint32_t> mag;  // public for speed; keep the invariants above
  bool neg = false;

  BigInt() = default;
  static BigInt from_i64(int64_t v);
  static BigInt from_u64(uint64_t v);
  // Truncates toward zero; false (out untouched) for inf or nan.
  static bool from_double(double d, BigInt& out);

  bool fits_i64() const;
  int64_t to_i64() const;  // only meaningful when fits_i64()
  bool is_zero() const { return mag.empty(); }
  bool is_neg() const { return neg; }
  int sign() const { return mag.empty() ? 0 : (neg ? -1 : 1); }
  size_t bit_length() const;  // of the absolute value, like int.bit_length()
  size_t bit_count() const;   // popcount of the absolute value, like int.bit_count()
  // Correctly rounded (half to even). False on overflow: OverflowError
  // "int too large to convert to float".
  bool to_double(double& out) const;

  static int compare(const BigInt& a, const BigInt& b);  // -1, 0, 1
  static BigInt add(const BigInt& a, const BigInt& b);
  static BigInt sub(const BigInt& a, const BigInt& b);
  static BigInt mul(const BigInt& a, const BigInt& b);
  // Floor division and modulo (Python's divmod). b != 0. q and r may alias a or b.
  static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  // Negation (named so because `neg` is the sign member).
  static BigInt neg_of(const BigInt& a);
  static BigInt negate(const BigInt& a) { return neg_of(a); }
  static BigInt abs(const BigInt& a);
  // base ** exp; the caller bounds the size of the result.
  static BigInt pow(const BigInt& base, uint64_t exp);
  // pow(b, e, m) with e >= 0 and m != 0; the result is 0 or has the sign of m.
  static BigInt powmod(const BigInt& b, const BigInt& e, const BigInt& m);
  // Inverse of a modulo |m| in [0, |m|); false when gcd(a, m) != 1. m != 0.
  static bool modinv(const BigInt& a, const BigInt& m, BigInt& out);
  // Shifts; rshift floors for negative values. lshift's result must fit in memory.
  static BigInt lshift(const BigInt& a, uint64_t n);
  static BigInt rshift(const BigInt& a, uint64_t n);
  // Infinite two's complement semantics.
  static BigInt bit_and(const BigInt& a, const BigInt& b);
  static BigInt bit_or(const BigInt& a, const BigInt& b);
  static BigInt bit_xor(const BigInt& a, const BigInt& b);
  static BigInt invert(const BigInt& a);  // ~a == -a - 1
  // a / b correctly rounded like CPython's int / int. b != 0. False on OverflowError
  // "integer division result too large for a float".
  static bool true_divide(const BigInt& a, const BigInt& b, double& out);

  // Digits in base 2..36 (lowercase letters), '-' for negatives, no base prefix.
  std::string to_string(int base = 10) const;
  // Python's int(s, base) for base 0 or 2..36: surrounding ASCII whitespace (" \t\n\v\f\r"),
  // one optional sign, 0x/0o/0b prefixes when they match base (or base == 0), single
  // underscores between digits or right after a prefix; base 0 rejects "010". False when
  // the literal is invalid (ValueError) or base is out of range.
  static bool parse(std::string_view s, int base, BigInt& out);
  // An upper bound of the number of decimal digits of |x| (at most one too many), for the
  // caller's 4300-digit str/int limit.
  size_t decimal_digits_estimate() const;
  // hash(int): |x| mod (2**61 - 1) with x's sign, -1 mapped to -2.
  int64_t hash() const;
  // int.to_bytes: false when the value does not fit (OverflowError), including a negative
  // value with is_signed == false.
  bool to_bytes(size_t length, bool little, bool is_signed, std::string& out) const;
  // int.from_bytes.
  static BigInt from_bytes(std::string_view bytes, bool little, bool is_signed);

  void trim();  // drops leading zero limbs; clears neg for zero
};

}  // namespace taipan::runtime
