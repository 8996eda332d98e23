// Unit tests for the spine: value encoding, the collector, dicts, the marshal loader and the
// interpreter entry points.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "interp/frame.h"
#include "interp/marshal.h"
#include "runtime/dict.h"
#include "runtime/objects.h"

using namespace taipan;
using namespace taipan::runtime;

TEST(Value, DoublesRoundTrip) {
  for (double d : {0.0, -0.0, 1.5, -3.25, 1e308, 5e-324, double(INFINITY), -double(INFINITY)}) {
    Value v = Value::from_double(d);
    ASSERT_TRUE(v.is_double());
    EXPECT_EQ(std::signbit(v.as_double()), std::signbit(d));
    EXPECT_EQ(v.as_double(), d);
  }
  Value n = Value::from_double(NAN);
  EXPECT_TRUE(n.is_double());
  EXPECT_TRUE(std::isnan(n.as_double()));
  // A negative quiet NaN as produced by x86 arithmetic stays a double.
  double neg_nan = -NAN;
  EXPECT_TRUE(Value::from_double(neg_nan).is_double());
}

TEST(Value, SmallInts) {
  for (int64_t i : {int64_t(0), int64_t(1), int64_t(-1), Value::kSmallMax, Value::kSmallMin, int64_t(123456789)}) {
    Value v = Value::small(i);
    ASSERT_TRUE(v.is_small());
    EXPECT_FALSE(v.is_double());
    EXPECT_EQ(v.as_small(), i);
  }
  EXPECT_FALSE(Value::fits_small(Value::kSmallMax + 1));
  EXPECT_FALSE(Value::fits_small(Value::kSmallMin - 1));
}

TEST(Value, Specials) {
  EXPECT_TRUE(Value::none().is_none());
  EXPECT_TRUE(Value::true_().is_bool());
  EXPECT_TRUE(Value::false_().is_bool());
  EXPECT_TRUE(Value::null().is_null());
  EXPECT_NE(Value::null(), Value::none());
  Value zero_bits = Value::from_bits(0);
  EXPECT_TRUE(zero_bits.is_double());  // zero-filled memory is the double 0.0
  EXPECT_FALSE(zero_bits.is_ptr());
}

struct VMTest : ::testing::Test {
  VM vm;
  std::string text(Value v) {
    Value s = str(vm, v);
    if (s.is_null()) {
      clear_exc(vm);
      return "<error>";
    }
    return std::string(as_str(s)->view());
  }
};

TEST_F(VMTest, IntsNormalise) {
  Value big = new_int(vm, int64_t(1) << 50);
  EXPECT_TRUE(big.is_ptr());
  Root rb(vm, big);
  Root other(vm, new_int(vm, (int64_t(1) << 50) - 5));
  Value small = binary_op(vm, big, other.value, BinOp::Sub, false);
  EXPECT_TRUE(small.is_small());
  EXPECT_EQ(small.as_small(), 5);
  EXPECT_EQ(text(binary_op(vm, Value::small(7), Value::small(-2), BinOp::FloorDiv, false)), "-4");
  EXPECT_EQ(text(binary_op(vm, Value::small(7), Value::small(-2), BinOp::Mod, false)), "-1");
}

TEST_F(VMTest, CollectorFreesGarbageAndKeepsRoots) {
  Root keep(vm, new_str(vm, "kept alive"));
  for (int i = 0; i < 10000; i++) (void)new_list(vm, 4);
  uint64_t before = vm.heap.stats.freed_objects;
  vm.heap.collect();
  EXPECT_GT(vm.heap.stats.freed_objects, before + 9000);
  EXPECT_EQ(text(keep.value), "kept alive");
}

TEST_F(VMTest, CollectorTracesContainers) {
  Root l(vm, Value::ptr(new_list(vm, 0)));
  for (int i = 0; i < 100; i++) {
    Value s = new_str(vm, "item" + std::to_string(i));
    ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), s)));
  }
  vm.heap.collect();
  vm.heap.collect();
  EXPECT_EQ(text(l.value.as<List>()->items[99]), "item99");
}

TEST_F(VMTest, HeapCapRaisesMemoryError) {
  vm.heap.cap = vm.heap.heap_bytes() + (4u << 20);
  Root l(vm, Value::ptr(new_list(vm, 0)));
  bool failed_alloc = false;
  for (int i = 0; i < 1000000; i++) {
    Value s = new_str(vm, std::string(1000, 'x'));
    if (s.is_null()) {
      failed_alloc = true;
      break;
    }
    if (failed(list_append(vm, l.value.as<List>(), s))) {
      failed_alloc = true;
      break;
    }
  }
  EXPECT_TRUE(failed_alloc);
  EXPECT_TRUE(exc_matches(vm, vm.MemoryError));
  clear_exc(vm);
}

TEST_F(VMTest, DictInsertionOrderAndDeletion) {
  Root d(vm, Value::ptr(new_dict(vm)));
  Dict* dp = d.value.as<Dict>();
  for (int i = 0; i < 1000; i++) ASSERT_FALSE(failed(dict_set(vm, dp, Value::small(i * 7), Value::small(i))));
  for (int i = 0; i < 1000; i += 2) ASSERT_EQ(dict_del(vm, dp, Value::small(i * 7)), 1);
  EXPECT_EQ(dp->size, 500u);
  uint32_t pos = 0;
  Value k, v;
  int expect = 1;
  while (dict_next(dp, pos, k, v)) {
    ASSERT_EQ(v.as_small(), expect);
    expect += 2;
  }
  // 1 and 1.0 and True are the same key.
  ASSERT_FALSE(failed(dict_set(vm, dp, Value::from_double(7.0), Value::small(-1))));
  EXPECT_EQ(dict_get(vm, dp, Value::small(7)).as_small(), -1);
  EXPECT_EQ(dp->size, 500u);
}

TEST_F(VMTest, DictVersionChangesOnMutation) {
  Root d(vm, Value::ptr(new_dict(vm)));
  Dict* dp = d.value.as<Dict>();
  uint64_t v0 = dp->version;
  ASSERT_FALSE(failed(dict_set(vm, dp, Value::small(1), Value::small(1))));
  uint64_t v1 = dp->version;
  EXPECT_NE(v0, v1);
  ASSERT_FALSE(failed(dict_set(vm, dp, Value::small(1), Value::small(2))));
  EXPECT_NE(v1, dp->version);
}

static std::string marshal_pyc(const std::string& body) {
  // .pyc header for CPython 3.11: magic 3495, flags 0, mtime, size.
  std::string h = {char(3495 & 0xff), char(3495 >> 8), '\r', '\n'};
  h += std::string(12, '\0');
  return h + body;
}

TEST_F(VMTest, MarshalScalarsAndContainers) {
  // ('a', 1, 2.5, None, True) as marshal writes it (small tuple, short ascii, int, binary float)
  std::string data = std::string(")\x05") + "z\x01" + "a" + "i" + std::string("\x01\x00\x00\x00", 4) + "g";
  double d = 2.5;
  data.append(reinterpret_cast<const char*>(&d), 8);
  data += "NT";
  Value v = interp::unmarshal(vm, data);
  ASSERT_FALSE(v.is_null());
  EXPECT_EQ(text(v), "('a', 1, 2.5, None, True)");
}

TEST_F(VMTest, MarshalRejectsGarbage) {
  for (std::string bad : {std::string(""), std::string("\xff"), std::string("(\xff\xff\xff\x7f"), std::string("r\x05\x00\x00\x00"),
                          std::string("s\x10\x00\x00\x00", 5) + "abc"}) {
    Value v = interp::unmarshal(vm, bad);
    EXPECT_TRUE(v.is_null());
    EXPECT_FALSE(vm.exc.is_null());
    clear_exc(vm);
  }
}

TEST_F(VMTest, PycHeaderChecks) {
  std::string wrong = marshal_pyc("N");
  wrong[0] = char(3439 & 0xff);
  wrong[1] = char(3439 >> 8);
  EXPECT_TRUE(interp::load_pyc(vm, wrong, "x.pyc").is_null());
  Value msg = str(vm, vm.exc);
  ASSERT_FALSE(msg.is_null());
  EXPECT_NE(std::string(as_str(msg)->view()).find("3.10"), std::string::npos);
  clear_exc(vm);
  EXPECT_TRUE(interp::load_pyc(vm, "abc", "x.pyc").is_null());
  clear_exc(vm);
  // A valid header around something that is not a code object.
  EXPECT_TRUE(interp::load_pyc(vm, marshal_pyc("N"), "x.pyc").is_null());
  clear_exc(vm);
}

TEST_F(VMTest, ReprOfRecursiveList) {
  Root l(vm, Value::ptr(new_list(vm, 0)));
  ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), l.value)));
  Value r = repr(vm, l.value);
  ASSERT_FALSE(r.is_null());
  EXPECT_EQ(std::string(as_str(r)->view()), "[[...]]");
}
