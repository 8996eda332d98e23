// Unit tests for tuple, list, sort, range, slice and the generic iterators (runtime/list.cpp,
// tuple.cpp, sort.cpp, misc.cpp). They run under gc_stress, so a missing root shows up as a
// crash or a wrong value. Expected values come from CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/list.h"
#include "runtime/objects.h"

using namespace taipan::runtime;

namespace {

struct ListTest : ::testing::Test {
  Options opts() {
    Options o;
    o.gc_stress = true;
    return o;
  }
  VM vm{opts()};

  Value i(int64_t v) { return new_int(vm, v); }
  Value s(std::string_view text) { return new_str(vm, text); }
  Value list(std::initializer_list<int64_t> items) {
    RootVec rv(vm);
    for (int64_t x : items) rv.v.push_back(Value::small(x));
    return new_list_from(vm, rv.v.data(), rv.v.size());
  }
  std::string repr_of(Value v) {
    EXPECT_FALSE(v.is_null()) << error();
    if (v.is_null()) return "<null>";
    Value r = repr(vm, v);
    EXPECT_FALSE(r.is_null()) << error();
    return r.is_null() ? "<repr failed>" : std::string(as_str(r)->view());
  }
  Value call(Value obj, const char* name, std::initializer_list<Value> args = {}) {
    Root ro(vm, obj);
    RootVec rv(vm);
    for (Value a : args) rv.v.push_back(a);
    return call_method(vm, obj, vm.intern(name), rv.v.data(), rv.v.size());
  }
  Value builtin(const char* name) { return dict_get_cstr(vm, vm.builtins->dict, name); }
  Value call_builtin(const char* name, std::initializer_list<Value> args) {
    RootVec rv(vm);
    for (Value a : args) rv.v.push_back(a);
    Root f(vm, builtin(name));
    return taipan::runtime::call(vm, f, rv.v.data(), rv.v.size());
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

TEST_F(ListTest, TupleConstructionAndHash) {
  Tuple* t = new_tuple(vm, 3);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->hash, -1);
  EXPECT_TRUE(t->items[0].is_none());
  EXPECT_EQ(new_tuple(vm, 0), vm.empty_tuple.as<Tuple>());
  Value items[2] = {Value::small(1), Value::small(2)};
  Root tv(vm, new_tuple_from(vm, items, 2));
  int64_t h;
  ASSERT_FALSE(failed(tuple_hash(vm, tv.value.as<Tuple>(), h)));
  EXPECT_EQ(h, -3550055125485641917LL);  // hash((1, 2))
  ASSERT_FALSE(failed(tuple_hash(vm, vm.empty_tuple.as<Tuple>(), h)));
  EXPECT_EQ(h, 5740354900026072187LL);  // hash(())
  Value r[3] = {Value::small(5), Value::small(0), Value::small(1)};
  Root rt(vm, new_tuple_from(vm, r, 3));
  ASSERT_FALSE(failed(tuple_hash(vm, rt.value.as<Tuple>(), h)));
  EXPECT_EQ(h, 5795932985296280846LL);  // hash((5, 0, 1))
  Root rng(vm, new_range(vm, 0, 5, 1));
  int64_t hr;
  ASSERT_FALSE(failed(range_hash(vm, rng.value.as<Range>(), hr)));
  EXPECT_EQ(hr, h);
}

TEST_F(ListTest, UnhashableItem) {
  Root l(vm, list({1}));
  Value items[2] = {Value::small(1), l};
  Root t(vm, new_tuple_from(vm, items, 2));
  int64_t h;
  EXPECT_TRUE(failed(tuple_hash(vm, t.value.as<Tuple>(), h)));
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
}

TEST_F(ListTest, AppendExtendGrowth) {
  Root l(vm, Value::ptr(new_list(vm)));
  for (int k = 0; k < 1000; k++) ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), i(k * 1000003LL))));
  EXPECT_EQ(l.value.as<List>()->size, 1000u);
  ASSERT_FALSE(failed(list_extend(vm, l.value.as<List>(), l)));  // extend with itself
  EXPECT_EQ(l.value.as<List>()->size, 2000u);
  EXPECT_EQ(repr_of(l.value.as<List>()->items[1999]), "999002997");
  Root t(vm, new_range(vm, 0, 3, 1));
  ASSERT_FALSE(failed(list_extend(vm, l.value.as<List>(), t)));
  EXPECT_EQ(l.value.as<List>()->size, 2003u);
}

TEST_F(ListTest, SliceGetAndSet) {
  Root l(vm, list({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
  Root sl(vm, new_slice(vm, Value::small(8), Value::small(2), Value::small(-2)));
  EXPECT_EQ(repr_of(list_getitem(vm, l.value.as<List>(), sl)), "[8, 6, 4]");
  Root src(vm, list({100, 200, 300}));
  ASSERT_FALSE(failed(list_setitem(vm, l.value.as<List>(), sl, src)));
  EXPECT_EQ(repr_of(l), "[0, 1, 2, 3, 300, 5, 200, 7, 100, 9]");
  Root bad(vm, list({1, 2}));
  EXPECT_TRUE(failed(list_setitem(vm, l.value.as<List>(), sl, bad)));
  EXPECT_EQ(error(), "ValueError: attempt to assign sequence of size 2 to extended slice of size 3");
  Root all(vm, new_slice(vm, Value::none(), Value::none(), Value::small(3)));
  ASSERT_FALSE(failed(list_setitem(vm, l.value.as<List>(), all, Value::null())));
  EXPECT_EQ(repr_of(l), "[1, 2, 300, 5, 7, 100]");
  Root head(vm, new_slice(vm, Value::none(), Value::small(2), Value::none()));
  ASSERT_FALSE(failed(list_setitem(vm, l.value.as<List>(), head, l)));  // l[:2] = l
  EXPECT_EQ(repr_of(l), "[1, 2, 300, 5, 7, 100, 300, 5, 7, 100]");
  EXPECT_TRUE(list_getitem(vm, l.value.as<List>(), Value::small(10)).is_null());
  EXPECT_EQ(error(), "IndexError: list index out of range");
  EXPECT_TRUE(list_getitem(vm, l.value.as<List>(), s("a")).is_null());
  EXPECT_EQ(error(), "TypeError: list indices must be integers or slices, not str");
}

TEST_F(ListTest, SliceIndices) {
  Root sl(vm, new_slice(vm, Value::none(), Value::none(), Value::small(-1)));
  int64_t a, b, c, n;
  ASSERT_FALSE(failed(slice_indices(vm, sl.value.as<Slice>(), 5, a, b, c, n)));
  EXPECT_EQ(a, 4);
  EXPECT_EQ(b, -1);
  EXPECT_EQ(c, -1);
  EXPECT_EQ(n, 5);
  Root z(vm, new_slice(vm, Value::none(), Value::none(), Value::small(0)));
  EXPECT_TRUE(failed(slice_indices(vm, z.value.as<Slice>(), 5, a, b, c, n)));
  EXPECT_EQ(error(), "ValueError: slice step cannot be zero");
}

TEST_F(ListTest, SortFastPathsAndStability) {
  Root l(vm, list({5, -3, 9, 0, 9, -3, 2}));
  ASSERT_FALSE(failed(list_sort(vm, l.value.as<List>(), Value::null(), false)));
  EXPECT_EQ(repr_of(l), "[-3, -3, 0, 2, 5, 9, 9]");
  ASSERT_FALSE(failed(list_sort(vm, l.value.as<List>(), Value::null(), true)));
  EXPECT_EQ(repr_of(l), "[9, 9, 5, 2, 0, -3, -3]");
  // key=abs keeps equal keys in order, also with reverse=True (CPython: [-2, 2, -1, 1]).
  Root k(vm, list({-1, 1, -2, 2}));
  ASSERT_FALSE(failed(list_sort(vm, k.value.as<List>(), builtin("abs"), true)));
  EXPECT_EQ(repr_of(k), "[-2, 2, -1, 1]");
  ASSERT_FALSE(failed(list_sort(vm, k.value.as<List>(), builtin("abs"), false)));
  EXPECT_EQ(repr_of(k), "[-1, 1, -2, 2]");
  RootVec strs(vm);
  for (const char* w : {"pear", "apple", "fig", "apple", "Banana"}) strs.v.push_back(s(w));
  Root sl(vm, new_list_from(vm, strs.v.data(), strs.v.size()));
  ASSERT_FALSE(failed(list_sort(vm, sl.value.as<List>(), Value::null(), false)));
  EXPECT_EQ(repr_of(sl), "['Banana', 'apple', 'apple', 'fig', 'pear']");
  ASSERT_FALSE(failed(list_sort(vm, sl.value.as<List>(), builtin("len"), false)));
  EXPECT_EQ(repr_of(sl), "['fig', 'pear', 'apple', 'apple', 'Banana']");
  Value fl[4] = {new_float(2.5), new_float(-1.0), new_float(0.5), new_float(2.5)};
  Root f(vm, new_list_from(vm, fl, 4));
  ASSERT_FALSE(failed(list_sort(vm, f.value.as<List>(), Value::null(), false)));
  EXPECT_EQ(repr_of(f), "[-1.0, 0.5, 2.5, 2.5]");
}

TEST_F(ListTest, SortLargeInputs) {
  // Sorted, reversed, sawtooth and pseudo-random inputs, with tuple keys for stability.
  for (int pattern = 0; pattern < 4; pattern++) {
    Root l(vm, Value::ptr(new_list(vm)));
    uint64_t seed = 42;
    const int n = 700;
    for (int k = 0; k < n; k++) {
      int64_t v;
      switch (pattern) {
        case 0: v = k; break;
        case 1: v = n - k; break;
        case 2: v = k % 37; break;
        default: seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; v = int64_t(seed >> 54);
      }
      Value pair[2] = {Value::small(v), Value::small(k)};
      Root t(vm, new_tuple_from(vm, pair, 2));
      ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), t)));
    }
    ASSERT_FALSE(failed(list_sort(vm, l.value.as<List>(), Value::null(), false)));
    List* out = l.value.as<List>();
    ASSERT_EQ(out->size, uint32_t(n));
    for (int k = 1; k < n; k++) {
      Tuple* a = out->items[k - 1].as<Tuple>();
      Tuple* b = out->items[k].as<Tuple>();
      bool ordered = a->items[0].as_small() < b->items[0].as_small() ||
                     (a->items[0].as_small() == b->items[0].as_small() && a->items[1].as_small() < b->items[1].as_small());
      ASSERT_TRUE(ordered) << "pattern " << pattern << " at " << k;
    }
  }
}

TEST_F(ListTest, SortErrorLeavesPermutation) {
  RootVec items(vm);
  for (int k = 0; k < 50; k++) items.v.push_back(k == 25 ? s("x") : Value::small((k * 7) % 50));
  Root l(vm, new_list_from(vm, items.v.data(), items.v.size()));
  EXPECT_TRUE(failed(list_sort(vm, l.value.as<List>(), Value::null(), false)));
  std::string e = error();
  EXPECT_NE(e.find("TypeError: '<' not supported between instances of"), std::string::npos) << e;
  List* out = l.value.as<List>();
  ASSERT_EQ(out->size, 50u);
  int strs = 0;
  std::vector<int> seen(50, 0);
  for (uint32_t k = 0; k < out->size; k++) {
    if (is_str(out->items[k])) strs++;
    else seen[size_t(out->items[k].as_small())]++;
  }
  EXPECT_EQ(strs, 1);
  int total = 0;
  for (int c : seen) total += c;
  EXPECT_EQ(total, 49);
}

TEST_F(ListTest, ReprRecursion) {
  Root l(vm, list({1}));
  ASSERT_FALSE(failed(list_append(vm, l.value.as<List>(), l)));
  EXPECT_EQ(repr_of(l), "[1, [...]]");
  Value one = l;
  Root t(vm, new_tuple_from(vm, &one, 1));
  EXPECT_EQ(repr_of(t), "([1, [...]],)");
  EXPECT_TRUE(vm.repr_stack.empty());
}

TEST_F(ListTest, Compare) {
  Root a(vm, list({1, 2, 3}));
  Root b(vm, list({1, 2, 4}));
  EXPECT_TRUE(list_compare(vm, a.value.as<List>(), b, CmpOp::Lt).is_true());
  EXPECT_TRUE(list_compare(vm, a.value.as<List>(), b, CmpOp::Eq).is_false());
  EXPECT_TRUE(list_compare(vm, a.value.as<List>(), a, CmpOp::Eq).is_true());
  EXPECT_EQ(list_compare(vm, a.value.as<List>(), vm.empty_tuple, CmpOp::Eq), vm.not_implemented);
  Value x[2] = {Value::small(1), Value::small(2)};
  Root t(vm, new_tuple_from(vm, x, 2));
  Root u(vm, new_tuple_from(vm, x, 1));
  EXPECT_TRUE(tuple_compare(vm, u.value.as<Tuple>(), t, CmpOp::Lt).is_true());
  EXPECT_TRUE(tuple_compare(vm, t.value.as<Tuple>(), t, CmpOp::Ge).is_true());
}

TEST_F(ListTest, RangeAndIterators) {
  Root r(vm, new_range(vm, 10, 0, -3));
  EXPECT_EQ(repr_of(r), "range(10, 0, -3)");
  EXPECT_EQ(r.value.as<Range>()->length, 4);
  Root lst(vm, sequence_to_list(vm, r));
  EXPECT_EQ(repr_of(lst), "[10, 7, 4, 1]");
  Root rev(vm, range_iter(vm, r.value.as<Range>(), true));
  Root back(vm, sequence_to_list(vm, rev));
  EXPECT_EQ(repr_of(back), "[1, 4, 7, 10]");
  // Values beyond the small-int range.
  Root big(vm, new_range(vm, (int64_t(1) << 50), (int64_t(1) << 50) + 3, 1));
  Root bl(vm, sequence_to_list(vm, big));
  EXPECT_EQ(repr_of(bl), "[1125899906842624, 1125899906842625, 1125899906842626]");
  Root huge(vm, new_range(vm, int64_t(1) << 62, -(int64_t(1) << 62), -(int64_t(1) << 61)));
  Root hl(vm, sequence_to_list(vm, huge));
  EXPECT_EQ(repr_of(hl), "[4611686018427387904, 2305843009213693952, 0, -2305843009213693952]");
  Root en(vm, call_builtin("enumerate", {lst, Value::small(5)}));
  Root el(vm, sequence_to_list(vm, en));
  EXPECT_EQ(repr_of(el), "[(5, 10), (6, 7), (7, 4), (8, 1)]");
  Root z(vm, call_builtin("zip", {lst, s("ab")}));
  Root zl(vm, sequence_to_list(vm, z));
  EXPECT_EQ(repr_of(zl), "[(10, 'a'), (7, 'b')]");
  Root m(vm, call_builtin("map", {builtin("abs"), list({-1, 2, -3})}));
  Root ml(vm, sequence_to_list(vm, m));
  EXPECT_EQ(repr_of(ml), "[1, 2, 3]");
  Root f(vm, call_builtin("filter", {Value::none(), list({0, 1, 0, 2})}));
  Root fl(vm, sequence_to_list(vm, f));
  EXPECT_EQ(repr_of(fl), "[1, 2]");
  Root rv(vm, call_builtin("reversed", {new_tuple_from(vm, lst.value.as<List>()->items, 4)}));
  Root rl(vm, sequence_to_list(vm, rv));
  EXPECT_EQ(repr_of(rl), "[1, 4, 7, 10]");
  EXPECT_TRUE(call_builtin("range", {Value::small(1), Value::small(2), Value::small(0)}).is_null());
  EXPECT_EQ(error(), "ValueError: range() arg 3 must not be zero");
}

TEST_F(ListTest, ListMethodsErrors) {
  Root l(vm, list({}));
  EXPECT_TRUE(call(l, "pop").is_null());
  EXPECT_EQ(error(), "IndexError: pop from empty list");
  EXPECT_TRUE(call(l, "remove", {Value::small(1)}).is_null());
  EXPECT_EQ(error(), "ValueError: list.remove(x): x not in list");
  EXPECT_TRUE(call(l, "index", {Value::small(5)}).is_null());
  EXPECT_EQ(error(), "ValueError: 5 is not in list");
  EXPECT_TRUE(call(l, "sort", {Value::small(1)}).is_null());
  EXPECT_EQ(error(), "TypeError: sort() takes no positional arguments");
  EXPECT_TRUE(call(l, "__add__", {Value::small(1)}).is_null());
  EXPECT_EQ(error(), "TypeError: can only concatenate list (not \"int\") to list");
}

}  // namespace
