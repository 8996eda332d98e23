// Source positions of bytecode: CPython 3.11's location table (co_linetable; the format is
// described in CPython's Objects/locations.md). Each entry covers a run of code units and
// gives a start line, end line, start column and end column, any of which may be absent.
#pragma once
#include <cstdint>

#include "runtime/object.h"

namespace taipan::runtime {

struct Position {
  int64_t line = -1, end_line = -1;  // -1: absent (None in co_positions())
  int64_t col = -1, end_col = -1;    // UTF-8 byte offsets into the line, 0-based
};

// Calls fn(start_unit, end_unit, const Position&) for each entry, in code order. Stops at
// the end of the table or at a malformed entry.
template <typename F>
void for_each_position(const Code* c, F fn) {
  const auto* p = reinterpret_cast<const uint8_t*>(c->linetable->data);
  size_t n = c->linetable->size, i = 0;
  auto varint = [&]() -> int64_t {
    uint64_t v = 0;
    for (int shift = 0; i < n && shift <= 36; shift += 6) {
      uint8_t b = p[i++];
      v |= uint64_t(b & 63) << shift;
      if (!(b & 64)) break;
    }
    return int64_t(v);
  };
  auto svarint = [&]() -> int64_t {
    int64_t v = varint();
    return (v & 1) ? -(v >> 1) : (v >> 1);
  };
  int64_t line = int64_t(c->firstlineno);
  uint32_t unit = 0;
  while (i < n) {
    uint8_t first = p[i++];
    if (!(first & 0x80)) return;
    int kind = (first >> 3) & 15;
    uint32_t len = uint32_t(first & 7) + 1;
    Position pos;
    if (kind == 15) {
      // no location
    } else if (kind == 14) {
      line += svarint();
      pos.line = line;
      pos.end_line = line + varint();
      pos.col = varint() - 1;
      pos.end_col = varint() - 1;
    } else if (kind == 13) {
      line += svarint();
      pos.line = pos.end_line = line;
    } else if (kind >= 10) {
      line += kind - 10;
      pos.line = pos.end_line = line;
      if (i + 2 > n) return;
      pos.col = p[i];
      pos.end_col = p[i + 1];
      i += 2;
    } else {
      pos.line = pos.end_line = line;
      if (i + 1 > n) return;
      uint8_t second = p[i++];
      pos.col = kind * 8 + ((second >> 4) & 7);
      pos.end_col = pos.col + (second & 15);
    }
    fn(unit, unit + len, pos);
    unit += len;
  }
}

// The position of the instruction at code unit `unit` (all fields -1 if none).
inline Position code_position(const Code* c, int32_t unit) {
  Position found;
  if (unit < 0) {
    found.line = int64_t(c->firstlineno);
    return found;
  }
  for_each_position(c, [&](uint32_t start, uint32_t end, const Position& pos) {
    if (uint32_t(unit) >= start && uint32_t(unit) < end) found = pos;
  });
  return found;
}

}  // namespace taipan::runtime
