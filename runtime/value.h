// Value: every Python value in 64 bits, NaN-boxed.
//
// Encoding (top 16 bits decide):
//   < 0xFFF9 .... : an IEEE double, stored as itself. NaNs are canonicalised to
//                   0x7FF8000000000000 when boxed, so no double ever lands in the tag space.
//   0xFFF9 + 48 b : pointer to a heap Object (x86-64 user space and wasm32 both fit).
//   0xFFFA + 48 b : small int, 48-bit two's complement payload (range kSmallMin..kSmallMax).
//   0xFFFB + 48 b : specials: False(0), True(1), None(2), null(0xFF).
//
// Invariants:
//   * an int inside the small range is ALWAYS a small int, never a heap Long; so `is`
//     and equality of small ints is a bit compare;
//   * `null` is not a Python value: it marks an unbound local, the NULL that 3.11's
//     PUSH_NULL pushes, and an error return (the exception is then pending on the VM);
//   * the all-zero bit pattern is the double +0.0, a valid value that owns nothing, so
//     zero-filled stack memory is always safe for the collector to scan.
#pragma once
#include <cstdint>
#include <cstring>

namespace taipan::runtime {

struct Object;

class Value {
 public:
  static constexpr uint64_t kTagPtr = 0xFFF9ull << 48;
  static constexpr uint64_t kTagInt = 0xFFFAull << 48;
  static constexpr uint64_t kTagSpecial = 0xFFFBull << 48;
  static constexpr uint64_t kPayload = (1ull << 48) - 1;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;
  static constexpr int64_t kSmallMax = (int64_t(1) << 47) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 47);

  constexpr Value() : bits_(kTagSpecial | 0xFF) {}
  static constexpr Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }
  static constexpr Value null() { return from_bits(kTagSpecial | 0xFF); }
  static constexpr Value none() { return from_bits(kTagSpecial | 2); }
  static constexpr Value boolean(bool b) { return from_bits(kTagSpecial | (b ? 1 : 0)); }
  static constexpr Value true_() { return from_bits(kTagSpecial | 1); }
  static constexpr Value false_() { return from_bits(kTagSpecial | 0); }
  static Value from_double(double d) {
    uint64_t b;
    std::memcpy(&b, &d, 8);
    if (d != d) b = kCanonicalNaN;
    return from_bits(b);
  }
  // caller guarantees fits_small(i)
  static constexpr Value small(int64_t i) { return from_bits(kTagInt | (uint64_t(i) & kPayload)); }
  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  static Value ptr(const Object* p) { return from_bits(kTagPtr | uint64_t(reinterpret_cast<uintptr_t>(p))); }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool is_double() const { return bits_ < kTagPtr; }
  constexpr bool is_ptr() const { return (bits_ >> 48) == 0xFFF9; }
  constexpr bool is_small() const { return (bits_ >> 48) == 0xFFFA; }
  constexpr bool is_special() const { return (bits_ >> 48) == 0xFFFB; }
  constexpr bool is_none() const { return bits_ == none().bits_; }
  constexpr bool is_null() const { return bits_ == null().bits_; }
  constexpr bool is_bool() const { return bits_ == true_().bits_ || bits_ == false_().bits_; }
  constexpr bool is_true() const { return bits_ == true_().bits_; }
  constexpr bool is_false() const { return bits_ == false_().bits_; }

  double as_double() const { double d; std::memcpy(&d, &bits_, 8); return d; }
  constexpr int64_t as_small() const { return int64_t(bits_ << 16) >> 16; }
  Object* as_ptr() const { return reinterpret_cast<Object*>(uintptr_t(bits_ & kPayload)); }
  template <class T> T* as() const { return static_cast<T*>(as_ptr()); }

  constexpr bool operator==(Value o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(Value o) const { return bits_ != o.bits_; }

 private:
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace taipan::runtime
