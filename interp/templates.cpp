// Source texts the standard library compiles at run time from a fixed template, compiled
// here without a host compiler: the browser has none, and natively it saves starting one.
//
// collections.namedtuple builds each class's __new__ with
//     eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))', namespace)
// where arg_list is the field names joined by ", " (a trailing "," for one field, empty for
// none), so
// `import functools` (whose _CacheInfo is a namedtuple) would otherwise need a compiler.
// Its bytecode is what CPython 3.11 compiles for the template. dataclasses' generated
// methods go through interp/template_defs.cpp. Both write code objects with CodeBuilder.
#include "interp/templates.h"

#include "interp/code_builder.h"
#include "interp/opcodes.h"

#include <cstdint>
#include <vector>

namespace taipan::interp {

namespace {


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

std::string namedtuple_new(std::string_view filename, const std::vector<std::string_view>& fields) {
  size_t n = fields.size();
  CodeBuilder lambda("<lambda>", "<lambda>", 1);
  lambda.none_constant();
  lambda.add_local("_cls", kFastLocal);
  for (auto f : fields) lambda.add_local(f, kFastLocal);
  lambda.emit(RESUME, 0);
  lambda.emit(LOAD_GLOBAL, uint32_t(lambda.name("_tuple_new") << 1 | 1));  // NULL + _tuple_new
  for (size_t i = 0; i <= n; i++) lambda.emit(LOAD_FAST, uint32_t(i));
  lambda.emit(BUILD_TUPLE, uint32_t(n));
  lambda.emit(PRECALL, 2);
  lambda.emit(CALL, 2);
  lambda.emit(RETURN_VALUE);
  if (!lambda.ok()) return "";
  // The expression itself: LOAD_CONST <lambda>; MAKE_FUNCTION 0; RETURN_VALUE.
  CodeBuilder outer("<module>", "<module>", 1);
  outer.emit(RESUME, 0);
  outer.emit(LOAD_CONST, uint32_t(outer.constant(
                             {CodeConst::kCode, lambda.finish(int(n + 1), 0, 0x3, filename), {}, 0})));
  outer.emit(MAKE_FUNCTION, 0);
  outer.emit(RETURN_VALUE);
  return outer.finish(0, 0, 0, filename);
}

std::string namedtuple_template(std::string_view source, std::string_view filename) {
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

}  // namespace

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

std::string compile_template(std::string_view source, std::string_view filename, std::string_view mode,
                             int64_t flags) {
  // Future flags change nothing in an expression of the subset (they only go into co_flags),
  // except barry_as_FLUFL's !=; in a def they would turn annotations into strings.
  if ((flags & ~kFutureFlags) != 0 || (flags & kFutureBarryAsBdfl)) return "";
  if (mode == "exec") return flags ? "" : compile_function_factory(source, filename);
  if (mode != "eval") return "";
  std::string known = flags ? "" : namedtuple_template(source, filename);
  return known.empty() ? compile_expression(source, filename, flags) : known;
}

}  // namespace taipan::interp
