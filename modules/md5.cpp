// MD5's compression function (RFC 1321); the hash object is hashobject.cpp's.
#include <cmath>

#include "modules/hashobject.h"

namespace taipan::runtime {

namespace {

inline uint32_t rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

// Per-round shift amounts, four per round.
constexpr int kShift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

// T[i] = floor(abs(sin(i + 1)) * 2**32), RFC 1321 section 3.4, computed once.
struct SineTable {
  uint32_t t[64];
  SineTable() {
    for (int i = 0; i < 64; i++) t[i] = uint32_t(std::floor(std::fabs(std::sin(double(i + 1))) * 4294967296.0));
  }
};

void md5_compress(uint32_t st[8], const unsigned char* p) {
  static const SineTable kT;
  uint32_t x[16];
  for (int i = 0; i < 16; i++)
    x[i] = uint32_t(p[4 * i]) | uint32_t(p[4 * i + 1]) << 8 | uint32_t(p[4 * i + 2]) << 16 | uint32_t(p[4 * i + 3]) << 24;
  uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int k;
    switch (i >> 4) {
      case 0: f = (b & c) | (~b & d); k = i; break;
      case 1: f = (b & d) | (c & ~d); k = (5 * i + 1) & 15; break;
      case 2: f = b ^ c ^ d; k = (3 * i + 5) & 15; break;
      default: f = c ^ (b | ~d); k = (7 * i) & 15; break;
    }
    uint32_t t = d;
    d = c;
    c = b;
    b = b + rotl(a + f + kT.t[i] + x[k], kShift[i >> 4][i & 3]);
    a = t;
  }
  st[0] += a;
  st[1] += b;
  st[2] += c;
  st[3] += d;
}

}  // namespace

const Md32Algo kMd5Algo = {"_md5", "md5", "MD5Type", 16, true,
                           {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0, 0, 0, 0}, md5_compress};

}  // namespace taipan::runtime
