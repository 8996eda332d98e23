// Number formatting and parsing with CPython 3.11's exact output, as pure functions over
// UTF-8 std::string (no VM objects, no exceptions):
//   - repr(float) and PyOS_double_to_string (double_to_string),
//   - the format-spec mini-language: parse_format_spec + format_float / format_int_digits /
//     format_str (what float/int/str.__format__ do),
//   - printf-style '%' formatting of floats,
//   - float(str), round(float, n), float.hex / float.fromhex.
// Functions that can fail return false and put CPython's exception message in `err`;
// numfmt_error_kind() tells which exception class that message belongs to.
//
// Portability: all use of floating-point std::to_chars / std::from_chars sits behind one
// internal function each in numfmt.cpp (shortest_digits / decimal_to_double). Defining
// TAIPAN_NUMFMT_NO_FP_CHARCONV (automatic under Emscripten) switches both to fallbacks built
// on snprintf/strtod, which must then be exactly rounded (glibc's and musl's are).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::runtime {

// repr(float) == str(float): shortest round-trip digits, exponent form when the decimal
// exponent is < -4 or >= 16, 'inf'/'-inf'/'nan', always '.0' or an exponent.
std::string float_repr(double d);

// PyOS_double_to_string: code is one of "eEfFgGr" ('r' = repr digits; precision ignored).
// Returns "" for an invalid code or a result too long to allocate (MemoryError).
inline constexpr unsigned kDtsfSign = 1, kDtsfAddDot0 = 2, kDtsfAlt = 4, kDtsfNoNegZero = 8;
std::string double_to_string(double v, char code, int precision, unsigned flags);

// The parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  char32_t fill = ' ';
  char align = 0;       // '<', '>', '^', '=' or 0 (type default: '<' for str, '>' for numbers,
                        // '=' for numbers when zero_pad is set)
  char sign = 0;        // '+', '-', ' ' or 0
  bool z = false;       // coerce negative zero (floats only)
  bool alternate = false;
  bool zero_pad = false;  // the '0' flag before the width (fill is then '0')
  int64_t width = -1;
  char grouping = 0;    // ',', '_' or 0
  int64_t precision = -1;
  char32_t type = 0;    // code point; 0 = none; kExplicitNulType for a literal U+0000 type
};
inline constexpr char32_t kExplicitNulType = 0x110000;

// Parses a spec (UTF-8). On error returns false with CPython's ValueError message. The
// "Invalid format specifier '<spec>' for object of type '<type_name>'" message needs the
// type name; with an empty type_name it is just "Invalid format specifier".
bool parse_format_spec(std::string_view spec, FormatSpec& out, std::string& err, std::string_view type_name = {});

// format(float, spec). Types e E f F g G n % and none; 'n' formats as in the C locale (like
// 'g', no grouping). type_name is used in the "Unknown format code" message. An empty spec
// string is str(x) in CPython: callers short-circuit it before parsing (for floats the
// result is the same; for bool, format(True, '') is 'True').
bool format_float(double v, const FormatSpec& spec, std::string& out, std::string& err,
                  std::string_view type_name = "float");

// Base in which the caller should pass an int's digits to format_int_digits: 2, 8, 10, 16;
// 0 for every other type ('c', float types, unknown) -- pass decimal digits then.
int format_int_base(const FormatSpec& spec);

// format(int, spec) given sign and magnitude digits (lowercase, in the base format_int_base
// returned, decimal when it returned 0). Handles every type: b c d o x X n none natively,
// e E f F g G % by converting the decimal digits to double (OverflowError "int too large to
// convert to float"), 'c' (OverflowError "%c arg not in range(0x110000)"), and unknown types.
bool format_int_digits(bool neg, std::string_view digits, const FormatSpec& spec, std::string& out, std::string& err,
                       std::string_view type_name = "int");

// format(str, spec): types 's' and none; precision truncates; widths count code points.
bool format_str(std::string_view s_utf8, const FormatSpec& spec, std::string& out, std::string& err,
                std::string_view type_name = "str");

// "Unknown format code 'X' for object of type 'T'" exactly as CPython words it.
std::string unknown_format_code_message(char32_t type, std::string_view type_name);

// The exception class of an `err` message produced by this file (ValueError unless noted;
// an empty message means MemoryError).
enum class NumfmtError { ValueError, OverflowError, MemoryError };
NumfmtError numfmt_error_kind(std::string_view err);

// printf-style '%' formatting of a float: conv in "eEfFgG" (else returns ""), flags
// '-' (left), '+' (plus), ' ' (space), '#' (alt), '0' (zero); prec < 0 means 6; width < 0 none.
// Also returns "" when the result would be too long to allocate (MemoryError).
std::string percent_format_float(double v, char conv, int width, int prec, bool left, bool plus, bool space, bool alt,
                                 bool zero);

// float(s): surrounding whitespace, one sign, digits with '_' only between digits, optional
// exponent, or inf/infinity/nan (any case). With from_bytes == false, s is a str's UTF-8 and
// Unicode whitespace and decimal digits count (like CPython); with true, s is bytes (ASCII only).
bool parse_float(std::string_view s, double& out, bool from_bytes = false);

// round(x, ndigits) for a float: half-even on the exact value. False means OverflowError
// ("rounded value too large to represent").
bool round_float(double x, int64_t ndigits, double& out);

// float.hex() / float.fromhex(). fromhex errors: "invalid hexadecimal floating-point string"
// (ValueError), "hexadecimal value too large to represent as a float" (OverflowError).
std::string float_hex(double d);
bool float_fromhex(std::string_view s, double& out, std::string& err);

}  // namespace taipan::runtime
