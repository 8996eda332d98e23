// Unit tests for str, bytes and bytearray (runtime/str*.cpp, runtime/bytes*.cpp). Most run
// under gc_stress, so a missing root in these paths shows up as a crash or a wrong value.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "runtime/objects.h"
#include "runtime/str.h"

using namespace taipan::runtime;

namespace {

struct StrTest : ::testing::Test {
  Options opts() {
    Options o;
    o.gc_stress = true;
    return o;
  }
  VM vm{opts()};

  Value s(std::string_view text) { return new_str(vm, text); }
  std::string text(Value v) {
    EXPECT_FALSE(v.is_null()) << "unexpected error";
    if (v.is_null()) {
      clear_exc(vm);
      return "<null>";
    }
    if (is_str(v)) return std::string(as_str(v)->view());
    std::string_view b;
    if (bytes_view(v, b)) return std::string(b);
    Value r = repr(vm, v);
    return r.is_null() ? "<repr failed>" : std::string(as_str(r)->view());
  }
  std::string repr_of(Value v) {
    Value r = repr(vm, v);
    EXPECT_FALSE(r.is_null());
    return r.is_null() ? "" : std::string(as_str(r)->view());
  }
  // Calls obj.name(*args).
  Value call(Value obj, const char* name, std::initializer_list<Value> args = {}) {
    Root ro(vm, obj);
    RootVec rv(vm);
    for (Value a : args) rv.v.push_back(a);
    return call_method(vm, obj, vm.intern(name), rv.v.data(), rv.v.size());
  }
  std::string error() {
    if (vm.exc.is_null()) return "<no error>";
    std::string r = type_name(vm, vm.exc);
    Value m = str(vm, vm.exc);
    if (!m.is_null()) r += std::string(": ") + std::string(as_str(m)->view());
    clear_exc(vm);
    return r;
  }
};

TEST_F(StrTest, LengthAndAscii) {
  Value a = s("hello");
  EXPECT_EQ(as_str(a)->length, 5u);
  EXPECT_TRUE(as_str(a)->ascii);
  Value b = s("h\xC3\xA9llo \xF0\x9F\x98\x80");  // "héllo 😀"
  EXPECT_EQ(as_str(b)->length, 7u);
  EXPECT_FALSE(as_str(b)->ascii);
  EXPECT_EQ(as_str(b)->nbytes, 11u);
}

TEST_F(StrTest, SkipIndexMatchesLinearScan) {
  std::string t;
  for (int i = 0; i < 1000; i++) t += (i % 3 == 0) ? "\xC3\xA9" : (i % 7 == 0) ? "\xE2\x82\xAC" : "a";
  Root r(vm, s(t));
  Str* str = as_str(r.value);
  ASSERT_EQ(str->length, 1000u);
  EXPECT_TRUE(str->flags & kStrHasIndex);
  size_t off = 0;
  for (int64_t i = 0; i < 1000; i++) {
    ASSERT_EQ(utf8_offset(str, i), off) << i;
    ASSERT_EQ(str_cp_index(str, off), i) << i;
    const char* p = str->data + off;
    utf8_decode(p);
    off = size_t(p - str->data);
  }
  EXPECT_EQ(utf8_offset(str, 1000), str->nbytes);
}

TEST_F(StrTest, HashAndEquality) {
  Root a(vm, s("abc")), b(vm, s("abc")), c(vm, s("abd"));
  EXPECT_EQ(str_hash(as_str(a)), str_hash(as_str(b)));
  EXPECT_NE(str_hash(as_str(a)), -1);
  EXPECT_TRUE(str_eq(as_str(a), as_str(b)));
  EXPECT_FALSE(str_eq(as_str(a), as_str(c)));
  EXPECT_LT(str_compare(as_str(a), as_str(c)), 0);
  Root e(vm, s("\xC3\xA9")), z(vm, s("z"));
  EXPECT_GT(str_compare(as_str(e), as_str(z)), 0);  // code point order
}

TEST_F(StrTest, Repr) {
  EXPECT_EQ(str_repr_utf8("abc"), "'abc'");
  EXPECT_EQ(str_repr_utf8("it's"), "\"it's\"");
  EXPECT_EQ(str_repr_utf8("'\""), "'\\'\"'");
  EXPECT_EQ(str_repr_utf8("a\nb\tc\\"), "'a\\nb\\tc\\\\'");
  EXPECT_EQ(str_repr_utf8(std::string("\x00\x1f\x7f", 3)), "'\\x00\\x1f\\x7f'");
  EXPECT_EQ(str_repr_utf8("\xC2\x80\xC2\xA0\xC3\xA9"), "'\\x80\\xa0\xC3\xA9'");
  EXPECT_EQ(str_repr_utf8("\xE2\x80\x8B"), "'\\u200b'");                  // zero-width space (Cf)
  EXPECT_EQ(str_repr_utf8("\xED\xA0\x80"), "'\\ud800'");                  // lone surrogate
  EXPECT_EQ(str_repr_utf8("\xF0\x9F\x98\x80"), "'\xF0\x9F\x98\x80'");     // printable emoji
  EXPECT_EQ(str_repr_utf8("\xF3\xA0\x80\x81"), "'\\U000e0001'");          // language tag (Cf)
}

TEST_F(StrTest, IndexingAndSlicing) {
  Root t(vm, s("h\xC3\xA9llo"));
  EXPECT_EQ(text(str_getitem(vm, as_str(t), Value::small(1))), "\xC3\xA9");
  EXPECT_EQ(text(str_getitem(vm, as_str(t), Value::small(-1))), "o");
  EXPECT_TRUE(str_getitem(vm, as_str(t), Value::small(5)).is_null());
  EXPECT_EQ(error(), "IndexError: string index out of range");
  Root sl(vm, new_slice(vm, Value::none(), Value::none(), Value::small(-1)));
  EXPECT_EQ(text(str_getitem(vm, as_str(t), sl)), "oll\xC3\xA9h");
  Root sl2(vm, new_slice(vm, Value::small(1), Value::small(3), Value::none()));
  EXPECT_EQ(text(str_getitem(vm, as_str(t), sl2)), "\xC3\xA9l");
  EXPECT_TRUE(str_getitem(vm, as_str(t), Value::from_double(1.0)).is_null());
  EXPECT_EQ(error(), "TypeError: string indices must be integers, not 'float'");
}

TEST_F(StrTest, ConcatMulJoin) {
  Root a(vm, s("ab")), b(vm, s("\xC3\xA9"));
  Root c(vm, str_concat(vm, as_str(a), as_str(b)));
  EXPECT_EQ(text(c), "ab\xC3\xA9");
  EXPECT_EQ(as_str(c)->length, 3u);
  EXPECT_EQ(text(str_mul(vm, as_str(a), 3)), "ababab");
  EXPECT_EQ(text(str_mul(vm, as_str(a), -1)), "");
  Root items(vm, Value::ptr(new_list(vm)));
  for (const char* p : {"x", "y", "z"}) {
    Root it(vm, s(p));
    ASSERT_FALSE(failed(list_append(vm, items.value.as<List>(), it)));
  }
  Root sep(vm, s(", "));
  EXPECT_EQ(text(str_join(vm, as_str(sep), items)), "x, y, z");
  ASSERT_FALSE(failed(list_append(vm, items.value.as<List>(), Value::small(1))));
  EXPECT_TRUE(str_join(vm, as_str(sep), items).is_null());
  EXPECT_EQ(error(), "TypeError: sequence item 3: expected str instance, int found");
}

TEST_F(StrTest, Iteration) {
  Root t(vm, s("a\xC3\xA9\xF0\x9F\x98\x80"));
  Root it(vm, new_iter(vm, vm.str_iter_type, t, 0, as_str(t)->nbytes));
  std::vector<std::string> parts;
  while (true) {
    Value v = str_iter_next(vm, it.value.as<Iter>());
    if (v.is_null()) break;
    parts.push_back(text(v));
  }
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "\xC3\xA9");
  EXPECT_EQ(parts[2], "\xF0\x9F\x98\x80");
  EXPECT_TRUE(vm.exc.is_null());
}

TEST_F(StrTest, PercentFormat) {
  auto fmt = [&](const char* f, Value args) {
    Root ra(vm, args);
    Root rf(vm, s(f));
    return text(str_format_percent(vm, as_str(rf), ra));
  };
  EXPECT_EQ(fmt("%d|%5d|%-5d|%05d", new_tuple_from(vm, std::array<Value, 4>{Value::small(1), Value::small(2), Value::small(3), Value::small(-4)}.data(), 4)),
            "1|    2|3    |-0004");
  EXPECT_EQ(fmt("%x %X %#o %#x", new_tuple_from(vm, std::array<Value, 4>{Value::small(255), Value::small(255), Value::small(8), Value::small(-255)}.data(), 4)),
            "ff FF 0o10 -0xff");
  EXPECT_EQ(fmt("%.2f %e %g", new_tuple_from(vm, std::array<Value, 3>{new_float(3.14159), new_float(12345.678), new_float(1e-5)}.data(), 3)),
            "3.14 1.234568e+04 1e-05");
  Root sx(vm, s("x")), sy(vm, s("y"));
  EXPECT_EQ(fmt("%s and %r", new_tuple_from(vm, std::array<Value, 2>{sx.value, sy.value}.data(), 2)), "x and 'y'");
  EXPECT_EQ(fmt("100%%", vm.empty_tuple), "100%");
  Root rf(vm, s("%s %s"));
  Root one(vm, new_tuple_from(vm, std::array<Value, 1>{Value::small(1)}.data(), 1));
  EXPECT_TRUE(str_format_percent(vm, as_str(rf), one).is_null());
  EXPECT_EQ(error(), "TypeError: not enough arguments for format string");
  Root rf2(vm, s("%d"));
  Root bad(vm, s("x"));
  EXPECT_TRUE(str_format_percent(vm, as_str(rf2), bad).is_null());
  EXPECT_EQ(error(), "TypeError: %d format: a real number is required, not str");
  Root rf3(vm, s("x"));
  EXPECT_TRUE(str_format_percent(vm, as_str(rf3), Value::small(5)).is_null());
  EXPECT_EQ(error(), "TypeError: not all arguments converted during string formatting");
}

TEST_F(StrTest, FormatMethod) {
  Root f(vm, s("{0}-{1!r}-{0:>4}|{{}}"));
  Root a(vm, s("ab"));
  Value r = call(f, "format", {a, Value::small(7)});
  EXPECT_EQ(text(r), "ab-7-  ab|{}");
  Root f2(vm, s("{}{0}"));
  EXPECT_TRUE(call(f2, "format", {a, a}).is_null());
  EXPECT_EQ(error(), "ValueError: cannot switch from automatic field numbering to manual field specification");
  Root f3(vm, s("{"));
  EXPECT_TRUE(call(f3, "format").is_null());
  EXPECT_EQ(error(), "ValueError: Single '{' encountered in format string");
}

TEST_F(StrTest, Methods) {
  Root t(vm, s("  Hello World  "));
  EXPECT_EQ(text(call(t, "strip")), "Hello World");
  EXPECT_EQ(text(call(t, "upper")), "  HELLO WORLD  ");
  EXPECT_EQ(repr_of(call(t, "split")), "['Hello', 'World']");
  Root csv(vm, s("a,b,,c"));
  Root comma(vm, s(","));
  EXPECT_EQ(repr_of(call(csv, "split", {comma})), "['a', 'b', '', 'c']");
  EXPECT_EQ(repr_of(call(csv, "rsplit", {comma, Value::small(1)})), "['a,b,', 'c']");
  Root b(vm, s("b"));
  EXPECT_EQ(call(csv, "find", {b}), Value::small(2));
  EXPECT_EQ(call(csv, "count", {comma}), Value::small(3));
  Root x(vm, s("X"));
  EXPECT_EQ(text(call(csv, "replace", {comma, x})), "aXbXXc");
  Root sigma(vm, s("\xCE\xA3\xCE\x91\xCE\xA3"));  // ΣΑΣ
  EXPECT_EQ(text(call(sigma, "lower")), "\xCF\x83\xCE\xB1\xCF\x82");  // σας
  Root sharp(vm, s("stra\xC3\x9F" "e"));
  EXPECT_EQ(text(call(sharp, "upper")), "STRASSE");
  Root title(vm, s("they're bill's"));
  EXPECT_EQ(text(call(title, "title")), "They'Re Bill'S");
  Root digits(vm, s("\xD9\xA3" "4"));  // Arabic-Indic three + 4
  EXPECT_EQ(call(digits, "isdecimal"), Value::true_());
  Root ident(vm, s("_a1"));
  EXPECT_EQ(call(ident, "isidentifier"), Value::true_());
  Root w(vm, s("ab"));
  Root star(vm, s("*"));
  EXPECT_EQ(text(call(w, "center", {Value::small(6), star})), "**ab**");
  Root neg(vm, s("-42"));
  EXPECT_EQ(text(call(neg, "zfill", {Value::small(6)})), "-00042");
  Root lines(vm, s("a\r\nb\nc"));
  EXPECT_EQ(repr_of(call(lines, "splitlines")), "['a', 'b', 'c']");
}

TEST_F(StrTest, UnicodeTables) {
  EXPECT_TRUE(unicode_flags('A') & kUUpper);
  EXPECT_TRUE(unicode_flags(0x3B1) & kULower);       // α
  EXPECT_TRUE(unicode_flags(0x4E00) & kUAlpha);      // CJK
  EXPECT_FALSE(unicode_flags(0x378) & kUPrintable);  // unassigned
  EXPECT_TRUE(unicode_isspace(0x3000));
  EXPECT_EQ(unicode_decimal(0x663), 3);
  uint32_t out[3];
  ASSERT_EQ(unicode_case_map(0xDF, CaseKind::Upper, out), 2);  // ß -> SS
  EXPECT_EQ(out[0], uint32_t('S'));
  ASSERT_EQ(unicode_case_map(0x1C5, CaseKind::Title, out), 1);  // ǅ
  EXPECT_EQ(out[0], 0x1C5u);
}

TEST_F(StrTest, Codecs) {
  Root e(vm, s("a\xC3\xA9"));
  Root enc(vm, str_encode(vm, as_str(e), nullptr, nullptr));
  EXPECT_EQ(text(enc), "a\xC3\xA9");
  Root ascii(vm, s("ascii"));
  EXPECT_TRUE(str_encode(vm, as_str(e), as_str(ascii), nullptr).is_null());
  EXPECT_EQ(error(), "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
  Root latin(vm, s("latin-1"));
  EXPECT_EQ(text(str_encode(vm, as_str(e), as_str(latin), nullptr)), "a\xE9");
  EXPECT_TRUE(bytes_decode(vm, "\xE2\x28\xA1", nullptr, nullptr).is_null());
  EXPECT_EQ(error(), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte");
  Root rep(vm, s("replace"));
  EXPECT_EQ(text(bytes_decode(vm, "\xE2\x28\xA1", nullptr, as_str(rep))), "\xEF\xBF\xBD(\xEF\xBF\xBD");
  Root se(vm, s("surrogateescape"));
  Root d(vm, bytes_decode(vm, "a\xFF", nullptr, as_str(se)));
  EXPECT_EQ(as_str(d)->length, 2u);
  EXPECT_EQ(text(str_encode(vm, as_str(d), nullptr, as_str(se))), "a\xFF");
}

TEST_F(StrTest, Bytes) {
  Root b(vm, new_bytes(vm, std::string_view("a'\x00\xff", 4)));
  EXPECT_EQ(repr_of(b), "b\"a'\\x00\\xff\"");
  Root ba(vm, new_bytearray(vm, "xy"));
  EXPECT_EQ(repr_of(ba), "bytearray(b'xy')");
  EXPECT_EQ(call(ba, "append", {Value::small(65)}), Value::none());
  EXPECT_EQ(repr_of(ba), "bytearray(b'xyA')");
  EXPECT_EQ(call(ba, "pop", {Value::small(0)}), Value::small('x'));
  Root hex(vm, s("de ad"));
  Value fromhex = getattr(vm, Value::ptr(vm.bytes_type), vm.intern("fromhex"));
  ASSERT_FALSE(fromhex.is_null());
  Root rf(vm, fromhex);
  EXPECT_EQ(repr_of(call1(vm, rf, hex)), "b'\\xde\\xad'");
  Root src(vm, new_bytes(vm, "a b  c"));
  EXPECT_EQ(repr_of(call(src, "split")), "[b'a', b'b', b'c']");
  EXPECT_EQ(text(call(src, "decode")), "a b  c");
  Root it(vm, new_iter(vm, vm.bytes_iter_type, src, 0, 0));
  EXPECT_EQ(bytes_iter_next(vm, it.value.as<Iter>()), Value::small('a'));
}

}  // namespace
