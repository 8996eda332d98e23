// Arbitrary-precision integers with Python semantics.
//
// Representation: sign + magnitude; the magnitude is little-endian base-2**32 limbs with no
// leading zero limb; zero is an empty magnitude with neg == false. Division and modulo floor
// (Python's //, %), shifts and bitwise operations behave as on infinite two's complement.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taipan::runtime {

class BigInt {
 public:
  std::vector<uint32_t> mag;
  bool neg = false;

  BigInt() = default;
  static BigInt from_i64(int64_t v);
  static BigInt from_u64(uint64_t v);
  static bool from_double(double d, BigInt& out);  // truncates; false for inf/nan

  bool fits_i64() const;
  int64_t to_i64() const;
  bool is_zero() const { return mag.empty(); }
  bool is_neg() const { return neg; }
  int sign() const { return mag.empty() ? 0 : (neg ? -1 : 1); }
  size_t bit_length() const;
  size_t bit_count() const;
  bool to_double(double& out) const;  // correctly rounded; false on overflow

  static int compare(const BigInt& a, const BigInt& b);
  static BigInt add(const BigInt& a, const BigInt& b);
  static BigInt sub(const BigInt& a, const BigInt& b);
  static BigInt mul(const BigInt& a, const BigInt& b);
  static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);  // floor; b != 0
  static BigInt neg_of(const BigInt& a);
  static BigInt negate(const BigInt& a) { return neg_of(a); }
  static BigInt abs(const BigInt& a);
  static BigInt pow(const BigInt& base, uint64_t exp);
  static BigInt powmod(const BigInt& b, const BigInt& e, const BigInt& m);  // e >= 0, m != 0
  static bool modinv(const BigInt& a, const BigInt& m, BigInt& out);
  static BigInt lshift(const BigInt& a, uint64_t n);
  static BigInt rshift(const BigInt& a, uint64_t n);
  static BigInt bit_and(const BigInt& a, const BigInt& b);
  static BigInt bit_or(const BigInt& a, const BigInt& b);
  static BigInt bit_xor(const BigInt& a, const BigInt& b);
  static BigInt invert(const BigInt& a);
  static bool true_divide(const BigInt& a, const BigInt& b, double& out);  // false on overflow

  std::string to_string(int base = 10) const;
  static bool parse(std::string_view s, int base, BigInt& out);
  size_t decimal_digits_estimate() const;
  int64_t hash() const;
  bool to_bytes(size_t length, bool little, bool is_signed, std::string& out) const;
  static BigInt from_bytes(std::string_view bytes, bool little, bool is_signed);

  void trim();
};

}  // namespace taipan::runtime
