// Source texts the standard library compiles at run time from a fixed template, compiled
// here without a host compiler: the browser has none, and natively it saves starting one.
//
// collections.namedtuple builds each class's __new__ with
//     eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))', namespace)
// where arg_list is the field names joined by ", " (a trailing "," for one field, empty for
// none), so
// `import functools` (whose _CacheInfo is a namedtuple) would otherwise need a compiler.
// The code objects are written in CPython 3.11's marshal format and read back by the
// ordinary loader, so they pass the same verifier as any .pyc. Their bytecode is what
// CPython 3.11 compiles for the template; the line table carries lines, not columns.
#include "interp/templates.h"

#include <cstdint>
#include <vector>

namespace taipan::interp {

namespace {

bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }

// Splits "a, b, c" (or "a," for one name) into ASCII identifiers; false if it is not that.
bool split_names(std::string_view s, std::vector<std::string_view>& out) {
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    if (!ident_start(s[i])) return false;
    while (i < s.size() && ident_char(s[i])) i++;
    out.push_back(s.substr(start, i - start));
    if (i == s.size()) break;
    if (s[i] != ',') return false;
    i++;
    if (i == s.size()) return out.size() == 1;  // "a," : the one-field form
    if (s[i] != ' ') return false;
    i++;
  }
  return !out.empty() && (out.size() > 1 || s.back() == ',');
}

bool is_keyword(std::string_view n) {
  static const char* const kw[] = {"False", "None", "True", "and", "as", "assert", "async", "await",
                                   "break", "class", "continue", "def", "del", "elif", "else", "except",
                                   "finally", "for", "from", "global", "if", "import", "in", "is",
                                   "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                                   "while", "with", "yield"};
  for (const char* k : kw)
    if (n == k) return true;
  return false;
}

// A minimal writer of CPython 3.11's marshal format.
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
  void bytes(const std::string& s) {
    byte('s');
    i32(int32_t(s.size()));
    out.append(s);
  }
  void tuple_start(size_t n) {
    byte('(');
    i32(int32_t(n));
  }
};

// Code units: (opcode, arg) then `caches` zero units.
void op(std::string& code, uint8_t opcode, uint8_t arg, int caches = 0) {
  code.push_back(char(opcode));
  code.push_back(char(arg));
  for (int i = 0; i < caches; i++) code.append(2, '\0');
}

// A line table that gives every code unit line `firstlineno` (no column information):
// entries of kind 13 ("no columns"), at most 8 units each, each with a line delta of 0.
std::string line_table(size_t units) {
  std::string t;
  while (units > 0) {
    size_t n = units < 8 ? units : 8;
    t.push_back(char(0x80 | (13 << 3) | (n - 1)));
    t.push_back('\0');
    units -= n;
  }
  return t;
}

// The header and fields of a code object up to (not including) co_code.
void code_header(Writer& w, int32_t argcount, int32_t stacksize, int32_t flags) {
  w.byte('c');
  w.i32(argcount);
  w.i32(0);  // posonlyargcount
  w.i32(0);  // kwonlyargcount
  w.i32(stacksize);
  w.i32(flags);
}

void code_trailer(Writer& w, std::string_view filename, std::string_view name, size_t units) {
  w.str(filename);
  w.str(name);  // co_name
  w.str(name);  // co_qualname
  w.i32(1);     // co_firstlineno
  w.bytes(line_table(units));
  w.bytes("");  // co_exceptiontable
}

// Opcodes of CPython 3.11 used here (Include/opcode.h).
enum : uint8_t {
  kResume = 151, kLoadConst = 100, kMakeFunction = 132, kReturnValue = 83, kLoadGlobal = 116,
  kLoadFast = 124, kBuildTuple = 102, kPrecall = 166, kCall = 171,
};

std::string namedtuple_new(std::string_view filename, const std::vector<std::string_view>& fields) {
  size_t n = fields.size();
  if (n + 1 > 255) return "";
  Writer w;
  // The module-level expression: LOAD_CONST <lambda>; MAKE_FUNCTION 0; RETURN_VALUE.
  std::string outer;
  op(outer, kResume, 0);
  op(outer, kLoadConst, 0);
  op(outer, kMakeFunction, 0);
  op(outer, kReturnValue, 0);
  code_header(w, 0, 1, 0);
  w.bytes(outer);
  w.tuple_start(1);  // co_consts: the lambda's code
  {
    std::string body;
    op(body, kResume, 0);
    op(body, kLoadGlobal, 1, 5);  // (NULL + _tuple_new): names[0], push NULL
    for (size_t i = 0; i <= n; i++) op(body, kLoadFast, uint8_t(i));
    op(body, kBuildTuple, uint8_t(n));
    op(body, kPrecall, 2, 1);
    op(body, kCall, 2, 4);
    op(body, kReturnValue, 0);
    code_header(w, int32_t(n + 1), int32_t(n < 1 ? 4 : n + 3), 0x3);  // CO_OPTIMIZED | CO_NEWLOCALS
    w.bytes(body);
    w.tuple_start(1);  // co_consts: (None,)
    w.byte('N');
    w.tuple_start(1);  // co_names
    w.str("_tuple_new");
    w.tuple_start(n + 1);  // co_localsplusnames
    w.str("_cls");
    for (auto f : fields) w.str(f);
    w.bytes(std::string(n + 1, char(0x20)));  // co_localspluskinds: CO_FAST_LOCAL
    code_trailer(w, filename, "<lambda>", body.size() / 2);
  }
  w.tuple_start(0);  // co_names
  w.tuple_start(0);  // co_localsplusnames
  w.bytes("");       // co_localspluskinds
  code_trailer(w, filename, "<module>", outer.size() / 2);
  return w.out;
}

}  // namespace

std::string compile_template(std::string_view source, std::string_view filename, std::string_view mode,
                             int64_t flags) {
  if (mode != "eval" || flags != 0) return "";
  constexpr std::string_view kHead = "lambda _cls, ", kMid = ": _tuple_new(_cls, (", kTail = "))";
  if (source.size() < kHead.size() + kMid.size() + kTail.size()) return "";
  if (source.substr(0, kHead.size()) != kHead || source.substr(source.size() - kTail.size()) != kTail)
    return "";
  std::string_view rest = source.substr(kHead.size(), source.size() - kHead.size() - kTail.size());
  size_t mid = rest.find(kMid);
  if (mid == std::string_view::npos) return "";
  std::string_view args = rest.substr(0, mid), again = rest.substr(mid + kMid.size());
  if (args != again) return "";
  std::vector<std::string_view> fields;
  if (!args.empty() && !split_names(args, fields)) return "";  // no fields: "lambda _cls, : ..."

  for (size_t i = 0; i < fields.size(); i++) {
    if (fields[i] == "_cls" || fields[i] == "_tuple_new" || is_keyword(fields[i])) return "";
    for (size_t j = 0; j < i; j++)
      if (fields[i] == fields[j]) return "";  // duplicate argument: CPython's SyntaxError
  }
  return namedtuple_new(filename, fields);
}

}  // namespace taipan::interp
