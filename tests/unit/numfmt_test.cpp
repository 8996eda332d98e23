// numfmt against CPython 3.11: the vectors in numfmt_vectors.inc come from
// gen_numfmt_vectors.py; the hand-written tests below cover the API's own contract.
#include "runtime/numfmt.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>

using namespace std::literals;
using namespace taipan::runtime;

namespace {

struct ReprVec {
  uint64_t bits;
  std::string_view repr, hex;
};
struct FloatFmtVec {
  uint64_t bits;
  std::string_view spec;
  int kind;
  std::string_view out;
};
struct IntFmtVec {
  std::string_view type_name, value, spec;
  int kind;
  std::string_view out;
};
struct StrFmtVec {
  std::string_view s, spec;
  int kind;
  std::string_view out;
};
struct PercentVec {
  uint64_t bits;
  char conv;
  std::string_view flags;
  int width, prec;
  std::string_view out;
};
struct ParseVec {
  std::string_view s;
  bool bytes, ok;
  uint64_t bits;
};
struct RoundVec {
  uint64_t bits;
  int64_t nd;
  bool ok;
  uint64_t out;
};
struct FromHexVec {
  std::string_view s;
  int kind;
  uint64_t bits;
  std::string_view err;
};

#include "numfmt_vectors.inc"

double D(uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}
uint64_t B(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

int kind_code(const std::string& err) {
  switch (numfmt_error_kind(err)) {
    case NumfmtError::ValueError: return 1;
    case NumfmtError::OverflowError: return 2;
    case NumfmtError::MemoryError: return 3;
  }
  return -1;
}

// Collects mismatches and reports the first few.
struct Failures {
  int count = 0;
  std::ostringstream msg;
  void add(const std::string& what) {
    if (count++ < 25) msg << what << "\n";
  }
  void check(size_t total) {
    EXPECT_EQ(count, 0) << count << " of " << total << " vectors failed:\n" << msg.str();
  }
};

std::string show(std::string_view s) {
  std::string r = "'";
  for (unsigned char c : s) {
    if (c >= 32 && c < 127) r += char(c);
    else {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      r += b;
    }
  }
  return r + "'";
}

// Magnitude digits of a decimal string in another base (schoolbook division).
std::string to_base(std::string dec, int base) {
  if (base == 10) return dec;
  std::string out;
  while (!(dec.size() == 1 && dec[0] == '0')) {
    std::string q;
    int rem = 0;
    for (char c : dec) {
      int cur = rem * 10 + (c - '0');
      q += char('0' + cur / base);
      rem = cur % base;
    }
    size_t nz = q.find_first_not_of('0');
    dec = nz == std::string::npos ? "0" : q.substr(nz);
    out += "0123456789abcdef"[rem];
  }
  if (out.empty()) out = "0";
  return std::string(out.rbegin(), out.rend());
}

}  // namespace

TEST(Numfmt, ReprAndHexVectors) {
  Failures f;
  for (const auto& v : kReprVecs) {
    std::string r = float_repr(D(v.bits));
    if (r != v.repr) f.add("repr bits " + std::to_string(v.bits) + ": got " + r + " want " + std::string(v.repr));
    std::string h = float_hex(D(v.bits));
    if (h != v.hex) f.add("hex " + std::string(v.repr) + ": got " + h + " want " + std::string(v.hex));
    // repr must read back to the same double
    double back;
    if (!std::isnan(D(v.bits)) && (!parse_float(r, back) || B(back) != v.bits)) f.add("roundtrip " + r);
  }
  f.check(std::size(kReprVecs));
}

TEST(Numfmt, FloatFormatVectors) {
  Failures f;
  for (const auto& v : kFloatFmtVecs) {
    FormatSpec fs;
    std::string out, err;
    bool ok = parse_format_spec(v.spec, fs, err, "float") && format_float(D(v.bits), fs, out, err);
    int kind = ok ? 0 : kind_code(err);
    std::string got = ok ? out : err;
    if (kind != v.kind || got != v.out)
      f.add("format(" + float_repr(D(v.bits)) + ", " + show(v.spec) + "): got " + std::to_string(kind) + " " +
            show(got) + " want " + std::to_string(v.kind) + " " + show(v.out));
  }
  f.check(std::size(kFloatFmtVecs));
}

TEST(Numfmt, IntFormatVectors) {
  Failures f;
  for (const auto& v : kIntFmtVecs) {
    if (v.spec.empty()) continue;  // format(i, '') is str(i); the caller short-circuits it
    FormatSpec fs;
    std::string out, err;
    bool ok = parse_format_spec(v.spec, fs, err, v.type_name);
    if (ok) {
      bool neg = v.value[0] == '-';
      std::string mag(neg ? v.value.substr(1) : v.value);
      int base = format_int_base(fs);
      ok = format_int_digits(neg, to_base(mag, base ? base : 10), fs, out, err, v.type_name);
    }
    int kind = ok ? 0 : kind_code(err);
    std::string got = ok ? out : err;
    if (kind != v.kind || got != v.out)
      f.add("format(" + std::string(v.value) + ", " + show(v.spec) + "): got " + std::to_string(kind) + " " +
            show(got) + " want " + std::to_string(v.kind) + " " + show(v.out));
  }
  f.check(std::size(kIntFmtVecs));
}

TEST(Numfmt, StrFormatVectors) {
  Failures f;
  for (const auto& v : kStrFmtVecs) {
    FormatSpec fs;
    std::string out, err;
    bool ok;
    if (v.spec.empty()) {
      ok = true;  // format(s, '') is str(s); the caller short-circuits it
      out = v.s;
    } else {
      ok = parse_format_spec(v.spec, fs, err, "str") && format_str(v.s, fs, out, err);
    }
    int kind = ok ? 0 : kind_code(err);
    std::string got = ok ? out : err;
    if (kind != v.kind || got != v.out)
      f.add("format(" + show(v.s) + ", " + show(v.spec) + "): got " + std::to_string(kind) + " " + show(got) +
            " want " + std::to_string(v.kind) + " " + show(v.out));
  }
  f.check(std::size(kStrFmtVecs));
}

TEST(Numfmt, PercentVectors) {
  Failures f;
  for (const auto& v : kPercentVecs) {
    auto has = [&](char c) { return v.flags.find(c) != std::string_view::npos; };
    std::string got =
        percent_format_float(D(v.bits), v.conv, v.width, v.prec, has('-'), has('+'), has(' '), has('#'), has('0'));
    if (got != v.out)
      f.add("%" + std::string(v.flags) + std::to_string(v.width) + "." + std::to_string(v.prec) + v.conv + " % " +
            float_repr(D(v.bits)) + ": got " + show(got) + " want " + show(v.out));
  }
  f.check(std::size(kPercentVecs));
}

TEST(Numfmt, ParseFloatVectors) {
  Failures f;
  for (const auto& v : kParseVecs) {
    double d = 12345.0;
    bool ok = parse_float(v.s, d, v.bytes);
    if (ok != v.ok || (ok && B(d) != v.bits))
      f.add("float(" + show(v.s) + (v.bytes ? " bytes" : "") + "): got " + (ok ? float_repr(d) : "error") +
            " want " + (v.ok ? float_repr(D(v.bits)) : "error"));
  }
  f.check(std::size(kParseVecs));
}

TEST(Numfmt, RoundVectors) {
  Failures f;
  for (const auto& v : kRoundVecs) {
    double d = 0;
    bool ok = round_float(D(v.bits), v.nd, d);
    bool same = ok && (B(d) == v.out || (std::isnan(d) && std::isnan(D(v.out))));
    if (ok != v.ok || (ok && !same))
      f.add("round(" + float_repr(D(v.bits)) + ", " + std::to_string(v.nd) + "): got " +
            (ok ? float_repr(d) : "overflow") + " want " + (v.ok ? float_repr(D(v.out)) : "overflow"));
  }
  f.check(std::size(kRoundVecs));
}

TEST(Numfmt, FromHexVectors) {
  Failures f;
  for (const auto& v : kFromHexVecs) {
    double d = 0;
    std::string err;
    bool ok = float_fromhex(v.s, d, err);
    int kind = ok ? 0 : kind_code(err);
    if (kind != v.kind || (ok && B(d) != v.bits) || (!ok && err != v.err))
      f.add("fromhex(" + show(v.s) + "): got " + std::to_string(kind) + " " + (ok ? float_repr(d) : err) +
            " want " + std::to_string(v.kind) + " " + (v.kind ? std::string(v.err) : float_repr(D(v.bits))));
  }
  f.check(std::size(kFromHexVecs));
}

// ---- API contract --------------------------------------------------------------------

TEST(Numfmt, ParseSpecFields) {
  FormatSpec fs;
  std::string err;
  ASSERT_TRUE(parse_format_spec("😀^+z#012_.3f", fs, err));
  EXPECT_EQ(fs.fill, U'😀');
  EXPECT_EQ(fs.align, '^');
  EXPECT_EQ(fs.sign, '+');
  EXPECT_TRUE(fs.z);
  EXPECT_TRUE(fs.alternate);
  EXPECT_FALSE(fs.zero_pad);  // a '0' after an explicit fill is part of the width
  EXPECT_EQ(fs.width, 12);
  EXPECT_EQ(fs.grouping, '_');
  EXPECT_EQ(fs.precision, 3);
  EXPECT_EQ(fs.type, U'f');

  ASSERT_TRUE(parse_format_spec("010", fs, err));
  EXPECT_TRUE(fs.zero_pad);
  EXPECT_EQ(fs.fill, U'0');
  EXPECT_EQ(fs.align, 0);
  EXPECT_EQ(fs.width, 10);

  ASSERT_TRUE(parse_format_spec("\u0662\u0660", fs, err));  // Arabic-Indic digits are decimals
  EXPECT_EQ(fs.width, 20);

  ASSERT_TRUE(parse_format_spec(std::string_view("\0", 1), fs, err));
  EXPECT_EQ(fs.type, kExplicitNulType);

  EXPECT_FALSE(parse_format_spec("ab", fs, err));
  EXPECT_EQ(err, "Invalid format specifier");
  EXPECT_FALSE(parse_format_spec("ab", fs, err, "Decimal"));
  EXPECT_EQ(err, "Invalid format specifier 'ab' for object of type 'Decimal'");
  EXPECT_FALSE(parse_format_spec(",,", fs, err));
  EXPECT_EQ(err, "Cannot specify ',' with ','.");
  EXPECT_FALSE(parse_format_spec(",_", fs, err));
  EXPECT_EQ(err, "Cannot specify both ',' and '_'.");
}

TEST(Numfmt, IntBasesAndCallerContract) {
  FormatSpec fs;
  std::string err, out;
  auto base = [&](const char* spec) {
    EXPECT_TRUE(parse_format_spec(spec, fs, err));
    return format_int_base(fs);
  };
  EXPECT_EQ(base(""), 10);
  EXPECT_EQ(base("d"), 10);
  EXPECT_EQ(base("n"), 10);
  EXPECT_EQ(base("b"), 2);
  EXPECT_EQ(base("o"), 8);
  EXPECT_EQ(base("x"), 16);
  EXPECT_EQ(base("X"), 16);
  EXPECT_EQ(base("c"), 0);
  EXPECT_EQ(base("f"), 0);
  EXPECT_EQ(base("%"), 0);
  EXPECT_EQ(base("s"), 0);

  // Float types take decimal digits and go through the correctly rounded int -> float.
  ASSERT_TRUE(parse_format_spec(".17g", fs, err));
  ASSERT_TRUE(format_int_digits(false, "9007199254740993", fs, out, err));
  EXPECT_EQ(out, "9007199254740992");
  ASSERT_TRUE(parse_format_spec("c", fs, err));
  ASSERT_TRUE(format_int_digits(false, "128512", fs, out, err));
  EXPECT_EQ(out, "😀");
  EXPECT_FALSE(format_int_digits(false, "1114112", fs, out, err));
  EXPECT_EQ(numfmt_error_kind(err), NumfmtError::OverflowError);
  ASSERT_TRUE(parse_format_spec("y", fs, err));
  EXPECT_FALSE(format_int_digits(false, "1", fs, out, err, "bool"));
  EXPECT_EQ(err, "Unknown format code 'y' for object of type 'bool'");
  EXPECT_EQ(unknown_format_code_message(U'é', "float"), "Unknown format code '\\xe9' for object of type 'float'");
}

TEST(Numfmt, ErrorKinds) {
  FormatSpec fs;
  std::string err, out;
  ASSERT_TRUE(parse_format_spec("99999999999", fs, err));
  EXPECT_FALSE(format_float(1.0, fs, out, err));
  EXPECT_EQ(numfmt_error_kind(err), NumfmtError::MemoryError);
  ASSERT_TRUE(parse_format_spec(".2147483648f", fs, err));
  EXPECT_FALSE(format_float(1.0, fs, out, err));
  EXPECT_EQ(err, "precision too big");
  EXPECT_EQ(numfmt_error_kind(err), NumfmtError::ValueError);
  double d;
  EXPECT_FALSE(float_fromhex("0x1p2000", d, err));
  EXPECT_EQ(numfmt_error_kind(err), NumfmtError::OverflowError);
  EXPECT_FALSE(round_float(1.7976931348623157e308, -308, d));
}

TEST(Numfmt, DoubleToStringFlags) {
  EXPECT_EQ(double_to_string(1.0, 'r', 0, 0), "1");
  EXPECT_EQ(double_to_string(1.0, 'r', 0, kDtsfAddDot0), "1.0");
  EXPECT_EQ(double_to_string(2.5, 'r', 0, kDtsfSign), "+2.5");
  EXPECT_EQ(double_to_string(std::nan(""), 'g', 3, kDtsfSign), "+nan");
  EXPECT_EQ(double_to_string(-1e-9, 'f', 2, kDtsfNoNegZero), "0.00");
  EXPECT_EQ(double_to_string(-1e-9, 'f', 2, 0), "-0.00");
  EXPECT_EQ(double_to_string(1e300, 'E', 2, 0), "1.00E+300");
  EXPECT_EQ(double_to_string(0.5, 'G', 0, kDtsfAlt), "0.5");
  EXPECT_EQ(double_to_string(1.0, 'x', 0, 0), "");
  EXPECT_EQ(percent_format_float(1.0, 'd', 5, 2, false, false, false, false, false), "");
}

TEST(Numfmt, ReprRoundTripsRandomBits) {
  // Independent of CPython: every finite double's repr parses back to itself, and has at
  // most 17 significant digits.
  uint64_t s = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 200000; i++) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    double x = D(s);
    if (!std::isfinite(x)) continue;
    std::string r = float_repr(x);
    double back;
    ASSERT_TRUE(parse_float(r, back)) << r;
    ASSERT_EQ(B(back), B(x)) << r;
    std::string h = float_hex(x);
    std::string err;
    ASSERT_TRUE(float_fromhex(h, back, err)) << h;
    ASSERT_EQ(B(back), B(x)) << h;
  }
}
