// Code objects written in CPython 3.11's marshal format (interp/code_builder.h).
#include "interp/code_builder.h"

#include <cstring>

#include "interp/opcodes.h"

namespace taipan::interp {

namespace {

struct Writer {
  std::string out;
  void byte(uint8_t b) { out.push_back(char(b)); }
  void i32(int32_t v) {
    for (int k = 0; k < 4; k++) byte(uint8_t(uint32_t(v) >> (8 * k)));
  }
  void str(std::string_view s) {  // 'u': a str, as UTF-8
    byte('u');
    i32(int32_t(s.size()));
    out.append(s);
  }
  void bytes(std::string_view s) {
    byte('s');
    i32(int32_t(s.size()));
    out.append(s);
  }
  void tuple_start(size_t n) {
    byte('(');
    i32(int32_t(n));
  }
};

bool same(const CodeConst& a, const CodeConst& b) {
  if (a.kind != b.kind || a.text != b.text || a.number != b.number || a.items.size() != b.items.size()) return false;
  // Floats are the same constant when their bits are (CPython keeps 0.0 and -0.0 apart).
  if (a.kind == CodeConst::kFloat && std::memcmp(&a.real, &b.real, sizeof a.real) != 0) return false;
  for (size_t i = 0; i < a.items.size(); i++)
    if (!same(a.items[i], b.items[i])) return false;
  return true;
}

void write_constant(Writer& w, const CodeConst& c) {
  switch (c.kind) {
    case CodeConst::kNone: w.byte('N'); break;
    case CodeConst::kTrue: w.byte('T'); break;
    case CodeConst::kFalse: w.byte('F'); break;
    case CodeConst::kEllipsis: w.byte('.'); break;
    case CodeConst::kInt:
      w.byte('i');
      w.i32(c.number);
      break;
    case CodeConst::kFloat: {  // 'g': the IEEE double, little-endian
      uint64_t bits;
      std::memcpy(&bits, &c.real, sizeof bits);
      w.byte('g');
      for (int k = 0; k < 8; k++) w.byte(uint8_t(bits >> (8 * k)));
      break;
    }
    case CodeConst::kStr: w.str(c.text); break;
    case CodeConst::kCode: w.out += c.text; break;
    case CodeConst::kTuple:
      w.tuple_start(c.items.size());
      for (const CodeConst& item : c.items) write_constant(w, item);
      break;
  }
}

// Signed varint of the location table (Objects/locations.md): zigzag-like sign bit, then
// 6-bit groups with 0x40 as the continuation bit.
void signed_varint(std::string& t, int v) {
  uint32_t u = v < 0 ? (uint32_t(-v) << 1) | 1 : uint32_t(v) << 1;
  while (u >= 64) {
    t.push_back(char(0x40 | (u & 63)));
    u >>= 6;
  }
  t.push_back(char(u));
}

}  // namespace

int CodeBuilder::constant(const CodeConst& c) {
  for (size_t i = 0; i < consts_.size(); i++)
    if (same(consts_[i], c)) return int(i);
  consts_.push_back(c);
  if (consts_.size() > 256) ok_ = false;
  return int(consts_.size() - 1);
}

int CodeBuilder::name(std::string_view n) {
  for (size_t i = 0; i < names_.size(); i++)
    if (names_[i] == n) return int(i);
  names_.emplace_back(n);
  if (names_.size() > 128) ok_ = false;  // LOAD_GLOBAL shifts the index left by one
  return int(names_.size() - 1);
}

int CodeBuilder::add_local(std::string_view n, uint8_t kind) {
  locals_.emplace_back(n);
  kinds_.push_back(kind);
  if (locals_.size() > 256) ok_ = false;
  return int(locals_.size() - 1);
}

int CodeBuilder::find_local(std::string_view n) const {
  for (size_t i = 0; i < locals_.size(); i++)
    if (locals_[i] == n) return int(i);
  return -1;
}

void CodeBuilder::emit(uint8_t op, uint32_t arg) {
  if (arg > 255) {
    ok_ = false;
    arg = 0;
  }
  starts_.push_back(code_.size() / 2);
  lines_.push_back(line_);
  code_.push_back(char(op));
  code_.push_back(char(arg));
  code_.append(2 * size_t(kCacheUnits[op]), '\0');
  depth_ += stack_effect(op, arg, false);
  if (depth_ > max_depth_) max_depth_ = depth_;
}

void CodeBuilder::jump(uint8_t op, Label& to) {
  emit(op, 0);
  to.push_back(code_.size() / 2);  // the unit after the jump (jumps have no caches)
}

void CodeBuilder::land(Label& label) {
  size_t here = code_.size() / 2;
  for (size_t after : label) {
    size_t delta = here - after;
    if (delta > 255) ok_ = false;
    code_[2 * (after - 1) + 1] = char(uint8_t(delta));
  }
  label.clear();
}

std::string CodeBuilder::finish(int argcount, int kwonlyargcount, int flags, std::string_view filename) const {
  Writer w;
  w.byte('c');
  w.i32(argcount);
  w.i32(0);  // co_posonlyargcount
  w.i32(kwonlyargcount);
  w.i32(max_depth_);
  w.i32(flags);
  w.bytes(code_);
  w.tuple_start(consts_.size());
  for (const CodeConst& c : consts_) write_constant(w, c);
  w.tuple_start(names_.size());
  for (const std::string& n : names_) w.str(n);
  w.tuple_start(locals_.size());
  for (const std::string& n : locals_) w.str(n);
  w.bytes(std::string(kinds_.begin(), kinds_.end()));
  w.str(filename);
  w.str(name_);
  w.str(qualname_);
  w.i32(firstlineno_);
  // The location table: an entry per instruction (split at 8 code units), of kind 13 (a
  // line, no columns) or 15 (no location), so that co_lines() gives CPython's ranges.
  std::string table;
  int prev = firstlineno_;
  for (size_t k = 0; k < lines_.size(); k++) {
    size_t units = (k + 1 < lines_.size() ? starts_[k + 1] : code_.size() / 2) - starts_[k];
    while (units > 0) {
      size_t n = units < 8 ? units : 8;
      if (lines_[k] == kNoLine) {
        table.push_back(char(0x80 | (15 << 3) | (n - 1)));
      } else {
        table.push_back(char(0x80 | (13 << 3) | (n - 1)));
        signed_varint(table, lines_[k] - prev);
        prev = lines_[k];
      }
      units -= n;
    }
  }
  w.bytes(table);
  w.bytes("");  // co_exceptiontable
  return w.out;
}

}  // namespace taipan::interp
