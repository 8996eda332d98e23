// The hash objects of _md5, _sha1 and _sha256: one engine for the Merkle-Damgard hashes with
// 64-byte blocks, 32-bit words and a 64-bit bit-length trailer (MD5, RFC 1321; SHA-1, SHA-224
// and SHA-256, FIPS 180-4). An algorithm is a Md32Algo: its initial words, its compression
// function and its byte order; hashobject.cpp does buffering, padding, the Python types
// (update/digest/hexdigest/copy, name/digest_size/block_size) and the module functions
// (md5(string=b'', *, usedforsecurity=True) and the like), as CPython's fallback modules do.
//
// To add an algorithm of this family: define its Md32Algo in its own file, declare it below,
// and list it in the module table of hashobject.cpp.
#pragma once
#include <cstdint>

namespace taipan::runtime {

struct Md32Algo {
  const char* module;       // "_sha256"
  const char* name;         // "sha224": the type's name, hash.name and the module function
  const char* type_alias;   // "SHA224Type": the module attribute naming the type
  uint32_t digest_size;     // bytes of the digest (a prefix of the state words)
  bool little_endian;       // MD5 writes words and the length little-endian
  uint32_t init[8];         // initial state (unused words zero)
  void (*compress)(uint32_t state[8], const unsigned char block[64]);
};

extern const Md32Algo kMd5Algo;     // modules/md5.cpp
extern const Md32Algo kSha1Algo;    // modules/sha1.cpp
extern const Md32Algo kSha224Algo;  // modules/sha256.cpp
extern const Md32Algo kSha256Algo;  // modules/sha256.cpp

}  // namespace taipan::runtime
