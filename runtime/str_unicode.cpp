// The Unicode character database str needs: per-code-point flags (alpha, digit, space,
// printable, case...), decimal values and full case mappings (incl. special casing and
// case folding). The tables live in str_unicode_data.inc, generated from CPython 3.11 by
// tools/gen_str_unicode.py, so every predicate agrees with CPython by construction.
#include <algorithm>

#include "runtime/str.h"

namespace taipan::runtime {

namespace {
struct CaseException {
  uint32_t cp;
  uint16_t offset[4];  // into kCasePool, per CaseKind
  uint8_t len[4];
};
#include "runtime/str_unicode_data.inc"
}  // namespace

const UnicodeRecord& unicode_record(uint32_t cp) {
  if (cp >= 0x110000) return kRecords[0];
  uint32_t mid = kTop[cp >> 9];
  uint32_t leaf = kMid[mid * 32 + ((cp >> 4) & 31)];
  return kRecords[kLeaf[leaf * 16 + (cp & 15)]];
}

bool unicode_isspace(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return unicode_flags(cp) & kUSpace;
}

int unicode_case_map(uint32_t cp, CaseKind kind, uint32_t out[3]) {
  const UnicodeRecord& r = unicode_record(cp);
  if (!(r.flags & kUException)) {
    bool up = kind == CaseKind::Upper || kind == CaseKind::Title;
    out[0] = uint32_t(int32_t(cp) + (up ? r.upper : r.lower));
    return 1;
  }
  const CaseException* end = kCaseExceptions + sizeof(kCaseExceptions) / sizeof(kCaseExceptions[0]);
  const CaseException* e =
      std::lower_bound(kCaseExceptions, end, cp, [](const CaseException& x, uint32_t c) { return x.cp < c; });
  int k = int(kind);
  int n = e->len[k];
  for (int i = 0; i < n; i++) out[i] = kCasePool[e->offset[k] + i];
  return n;
}

}  // namespace taipan::runtime
