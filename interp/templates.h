// Run-time compilation of the standard library's fixed source templates without a host
// compiler (interp/templates.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::interp {

// The CO_FUTURE_* bits of co_flags (CPython's PyCF_MASK), which compile() inherits.
inline constexpr int64_t kFutureFlags = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 |
                                        0x800000 | 0x1000000;
inline constexpr int64_t kFutureBarryAsBdfl = 0x400000;  // makes != a syntax error (<> instead)

// The marshalled code object compile(source, filename, mode, flags) gives, when `source` is
// a template this file knows (collections.namedtuple's __new__, dataclasses' generated
// methods); "" otherwise, and the caller asks the host compiler.
std::string compile_template(std::string_view source, std::string_view filename, std::string_view mode,
                             int64_t flags);

// The marshalled module code for the function-factory source dataclasses._create_fn
// execs (interp/template_defs.cpp); "" if `source` is not of that shape.
std::string compile_function_factory(std::string_view source, std::string_view filename);

// The marshalled code compile(source, filename, "eval") gives for an expression of the same
// subset plus subscripts, |, lists, small decimal ints and ... (typing's forward references
// such as "Optional[List['Node']]"); "" for anything else.
std::string compile_expression(std::string_view source, std::string_view filename, int64_t flags);

bool is_keyword(std::string_view name);  // a Python 3.11 keyword (not a soft one)
// ASCII identifier characters (the templates take no others).
inline bool ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9'); }

}  // namespace taipan::interp
