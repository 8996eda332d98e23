// Unit tests for the collector's accounting: big-int limbs count towards the heap (and its
// cap), huge int results fail with MemoryError instead of crashing, the mark stack is kept
// across collections, and empty pages go back to malloc.
#include <gtest/gtest.h>

#include <string>

#include "runtime/objects.h"

using namespace taipan;
using namespace taipan::runtime;

namespace {

struct GcTest : ::testing::Test {
  VM vm;
  // 1 << bits as a heap int.
  Value power_of_two(uint64_t bits) {
    Value n = new_int(vm, int64_t(bits));
    if (n.is_null()) return n;
    Root rn(vm, n);
    return binary_op(vm, Value::small(1), n, BinOp::LShift, false);
  }
  bool raised_memory_error() {
    bool r = exc_matches(vm, vm.MemoryError);
    clear_exc(vm);
    return r;
  }
};

TEST_F(GcTest, BigIntLimbsCountTowardsTheHeap) {
  vm.heap.collect();
  size_t before = vm.heap.heap_bytes();
  Root big(vm, power_of_two(8u << 20));  // 1 MiB of limbs
  ASSERT_FALSE(big.value.is_null());
  EXPECT_GE(vm.heap.heap_bytes(), before + (1u << 20));
  big.value = Value::none();
  vm.heap.collect();
  EXPECT_LT(vm.heap.heap_bytes(), before + (1u << 20));
}

TEST_F(GcTest, BigIntChurnTriggersCollections) {
  uint64_t collections = vm.heap.stats.collections;
  size_t peak = 0;
  for (int i = 0; i < 400; i++) {  // 400 x 256 KiB = 100 MiB of garbage
    Value v = power_of_two((2u << 20) + uint64_t(i));
    ASSERT_FALSE(v.is_null());
    if (vm.heap.heap_bytes() > peak) peak = vm.heap.heap_bytes();
  }
  EXPECT_GT(vm.heap.stats.collections, collections + 5);
  EXPECT_LT(peak, size_t(32) << 20);
}

TEST_F(GcTest, BigIntsObeyTheCap) {
  vm.heap.cap = vm.heap.heap_bytes() + (16u << 20);
  // A shift and a power whose results alone exceed the cap fail before computing them.
  EXPECT_TRUE(power_of_two(uint64_t(1) << 30).is_null());
  EXPECT_TRUE(raised_memory_error());
  Value p = binary_op(vm, Value::small(10), Value::small(1000000000), BinOp::Pow, false);
  EXPECT_TRUE(p.is_null());
  EXPECT_TRUE(raised_memory_error());
  // Repeated squaring fails once the product no longer fits.
  vm.heap.cap = vm.heap.heap_bytes() + (1u << 20);
  Root x(vm, Value::small(3));
  bool failed_op = false;
  for (int i = 0; i < 40 && !failed_op; i++) {
    Value y = binary_op(vm, x.value, x.value, BinOp::Mul, false);
    if (y.is_null()) failed_op = true;
    else x.value = y;
    EXPECT_LE(vm.heap.heap_bytes(), vm.heap.cap);
  }
  EXPECT_TRUE(failed_op);
  EXPECT_TRUE(raised_memory_error());
  // Many live big ints hit the cap as the heap counts their limbs.
  Root l(vm, Value::ptr(new_list(vm, 0)));
  failed_op = false;
  for (int i = 0; i < 1000 && !failed_op; i++) {
    Value v = power_of_two(1u << 17);  // 16 KiB each
    if (v.is_null() || failed(list_append(vm, l.value.as<List>(), v))) failed_op = true;
  }
  EXPECT_TRUE(failed_op);
  EXPECT_TRUE(raised_memory_error());
}

TEST_F(GcTest, HugeShiftRaisesWithoutACap) {
  ASSERT_EQ(vm.heap.cap, 0u);
  EXPECT_TRUE(power_of_two(uint64_t(1) << 40).is_null());  // 128 GiB
  EXPECT_TRUE(raised_memory_error());
  EXPECT_TRUE(power_of_two(uint64_t(1) << 62).is_null());
  EXPECT_TRUE(raised_memory_error());
}

TEST_F(GcTest, MarkStackIsKeptAcrossCollections) {
  vm.heap.collect();
  size_t initial = vm.heap.mark_stack_capacity();
  EXPECT_GE(initial, size_t(1024));
  // A list of 200k distinct objects with references (1-tuples) makes the stack grow; it
  // keeps that size.
  Root l(vm, Value::ptr(new_list(vm, 0)));
  auto make = [&](int i) {
    Value x = new_int(vm, (int64_t(1) << 50) + i);
    return x.is_null() ? x : new_tuple_from(vm, &x, 1);
  };
  for (int i = 0; i < 200000; i++) {
    Value v = make(i);
    ASSERT_FALSE(v.is_null());
    ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), v)));
  }
  vm.heap.collect();
  size_t grown = vm.heap.mark_stack_capacity();
  EXPECT_GE(grown, size_t(200000));
  uint64_t freed = vm.heap.stats.freed_objects;
  vm.heap.collect();
  EXPECT_EQ(vm.heap.mark_stack_capacity(), grown);
  EXPECT_EQ(vm.heap.stats.freed_objects, freed);  // all live: nothing freed
  EXPECT_EQ(l.value.as<List>()->size, 200000u);
  // A huge stack is released after the collection.
  for (int i = 0; i < 1100000; i++) {
    Value v = make(i);
    ASSERT_FALSE(v.is_null());
    ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), v)));
  }
  vm.heap.collect();
  EXPECT_LE(vm.heap.mark_stack_capacity(), initial);
  EXPECT_EQ(l.value.as<List>()->size, 1300000u);
}

TEST_F(GcTest, LeafObjectsNeedNoMarkStack) {
  vm.heap.collect();
  size_t initial = vm.heap.mark_stack_capacity();
  // Big ints and strings hold no references: a list of 300k of them is marked without
  // pushing them, and survives.
  Root l(vm, Value::ptr(new_list(vm, 0)));
  for (int i = 0; i < 300000; i++) {
    Value v = (i & 1) ? new_int(vm, (int64_t(1) << 50) + i) : new_str(vm, std::to_string(i));
    ASSERT_FALSE(v.is_null());
    ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), v)));
  }
  uint64_t freed = vm.heap.stats.freed_objects;
  vm.heap.collect();
  EXPECT_EQ(vm.heap.mark_stack_capacity(), initial);
  EXPECT_EQ(vm.heap.stats.freed_objects, freed);
  EXPECT_EQ(as_str(l.value.as<List>()->items[2])->view(), "2");
}

TEST_F(GcTest, EmptyPagesGoBackToMalloc) {
  vm.heap.collect();
  vm.heap.collect();
  size_t before = vm.heap.heap_bytes();
  for (int i = 0; i < 200000; i++) (void)new_str(vm, std::string(100, 'x'));  // ~24 MiB
  vm.heap.collect();  // cells are free, and this size class was busy: pages kept
  vm.heap.collect();  // nothing allocated since: the empty pages are released
  EXPECT_LT(vm.heap.heap_bytes(), before + (1u << 20));
}

}  // namespace
