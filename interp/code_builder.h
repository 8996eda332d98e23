// Writing code objects in CPython 3.11's marshal format, for the source texts compiled here
// without a host compiler (interp/templates.cpp). The result is read back by the ordinary
// loader, so it passes the same verifier as any .pyc.
//
// A CodeBuilder appends instructions (each with its zeroed inline caches), tracks the value
// stack depth with the verifier's own stack_effect table, patches forward jumps, and
// records one source line per instruction; finish() writes the code object. Operands above
// 255 (which would need EXTENDED_ARG) are not supported: the builder then reports !ok() and
// the caller falls back to the host compiler.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taipan::interp {

// A constant of a code object being written.
struct CodeConst {
  enum Kind : uint8_t { kNone, kTrue, kFalse, kEllipsis, kInt, kFloat, kStr, kTuple, kCode } kind = kNone;
  std::string text;                // kStr: the string; kCode: the marshalled code object
  std::vector<CodeConst> items;    // kTuple: the items
  int32_t number = 0;              // kInt
  double real = 0;                 // kFloat
};

// Kinds of co_localspluskinds (Include/internal/pycore_code.h).
enum : uint8_t { kFastLocal = 0x20, kFastCell = 0x40, kFastFree = 0x80 };

class CodeBuilder {
 public:
  CodeBuilder(std::string_view name, std::string_view qualname, int firstlineno)
      : name_(name), qualname_(qualname), firstlineno_(firstlineno), line_(firstlineno) {}

  static constexpr int kNoLine = -1;  // a prologue instruction: no source location
  void set_line(int line) { line_ = line; }
  int constant(const CodeConst& c);  // index in co_consts, shared between equal constants
  int str_constant(std::string_view s) { return constant({CodeConst::kStr, std::string(s), {}, 0}); }
  int none_constant() { return constant({}); }
  int name(std::string_view n);  // index in co_names
  // Adds a fast local, cell or free variable; returns its index in co_localsplusnames.
  int add_local(std::string_view n, uint8_t kind);
  int find_local(std::string_view n) const;  // -1 if absent
  uint8_t local_kind(int i) const { return kinds_[size_t(i)]; }
  void mark_cell(int i) { kinds_[size_t(i)] |= kFastCell; }

  void emit(uint8_t op, uint32_t arg = 0);
  // A forward jump whose target is set later by land(); a label may collect several.
  using Label = std::vector<size_t>;
  void jump(uint8_t op, Label& to);
  void land(Label& label);
  int depth() const { return depth_; }
  void set_depth(int d) { depth_ = d; }
  bool ok() const { return ok_; }

  std::string finish(int argcount, int kwonlyargcount, int flags, std::string_view filename) const;

 private:
  std::string name_, qualname_;
  int firstlineno_, line_;
  std::string code_;
  std::vector<size_t> starts_;  // each instruction's first code unit
  std::vector<int> lines_;      // and its source line
  std::vector<CodeConst> consts_;
  std::vector<std::string> names_, locals_;
  std::vector<uint8_t> kinds_;
  int depth_ = 0, max_depth_ = 0;
  bool ok_ = true;
};

}  // namespace taipan::interp
