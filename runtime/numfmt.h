// Number formatting and parsing with CPython 3.11's exact output: repr(float), the format
// spec mini-language for int/float/str, %-formatting of floats, float(str), round(x, n),
// float.hex/fromhex. Pure functions over std::string; no VM objects.
//
// Shortest round-trip digits come from one internal function (shortest_digits in
// numfmt.cpp), which uses std::to_chars natively; a build without floating-point to_chars
// (Emscripten 3.1.6) needs another implementation there and nowhere else.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::runtime {

std::string float_repr(double d);

struct FormatSpec {
  char32_t fill = ' ';
  char align = 0;      // '<', '>', '^', '=' or 0
  char sign = 0;       // '+', '-', ' ' or 0
  bool z = false;      // coerce negative zero
  bool alternate = false;
  bool zero_pad = false;
  int width = -1;
  char grouping = 0;   // ',', '_' or 0
  int precision = -1;
  char type = 0;
};

bool parse_format_spec(std::string_view spec, FormatSpec& out, std::string& err);
bool format_float(double v, const FormatSpec& spec, std::string& out, std::string& err);
// Base the spec asks an int to be written in: 2, 8, 10, 16; 0 for 'c' and the float types.
int format_int_base(const FormatSpec& spec);
bool format_int_digits(bool neg, std::string_view digits, const FormatSpec& spec, std::string& out, std::string& err);
bool format_str(std::string_view s_utf8, const FormatSpec& spec, std::string& out, std::string& err);
std::string percent_format_float(double v, char conv, int width, int prec, bool left, bool plus, bool space, bool alt,
                                 bool zero);
bool parse_float(std::string_view s, double& out);
bool round_float(double x, int64_t ndigits, double& out);
std::string float_hex(double d);
bool float_fromhex(std::string_view s, double& out, std::string& err);

}  // namespace taipan::runtime
