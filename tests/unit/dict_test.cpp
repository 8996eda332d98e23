// Unit tests for dict, set and frozenset (runtime/dict.cpp, runtime/set.cpp). They run under
// gc_stress, so a missing root shows up as a crash or a wrong value. Expected values come
// from CPython 3.11 (the set vectors were printed by python3.11; see kSetOrderCases).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/objects.h"

using namespace taipan::runtime;

namespace {

struct DictTest : ::testing::Test {
  Options opts() {
    Options o;
    o.gc_stress = true;
    return o;
  }
  VM vm{opts()};

  Value s(std::string_view text) { return new_str(vm, text); }
  std::string repr_of(Value v) {
    EXPECT_FALSE(v.is_null()) << error();
    if (v.is_null()) return "<null>";
    Root rv(vm, v);
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
  Value call_type(Type* t, std::initializer_list<Value> args) {
    RootVec rv(vm);
    for (Value a : args) rv.v.push_back(a);
    return taipan::runtime::call(vm, Value::ptr(t), rv.v.data(), rv.v.size());
  }
  Value list_of(std::initializer_list<Value> items) {
    RootVec rv(vm);
    for (Value x : items) rv.v.push_back(x);
    return new_list_from(vm, rv.v.data(), rv.v.size());
  }
  Value pair(Value a, Value b) {
    Value items[2] = {a, b};
    PinArray pin(vm, items, 2);
    return new_tuple_from(vm, items, 2);
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

// ---------- dict ----------

TEST_F(DictTest, SetGetDeleteKeepsInsertionOrder) {
  Dict* d = new_dict(vm);
  ASSERT_NE(d, nullptr);
  Root rd(vm, Value::ptr(d));
  for (int i = 0; i < 100; i++) ASSERT_FALSE(failed(dict_set(vm, d, Value::small(i * 7 % 31 + i), Value::small(i))));
  EXPECT_EQ(d->size, 100u);
  for (int i = 0; i < 100; i++) EXPECT_EQ(dict_get(vm, d, Value::small(i * 7 % 31 + i)), Value::small(i));
  EXPECT_TRUE(dict_get(vm, d, Value::small(-5)).is_null());
  EXPECT_TRUE(vm.exc.is_null());
  for (int i = 0; i < 100; i += 2) EXPECT_EQ(dict_del(vm, d, Value::small(i * 7 % 31 + i)), 1);
  EXPECT_EQ(dict_del(vm, d, Value::small(0)), 0);
  EXPECT_EQ(d->size, 50u);
  uint32_t pos = 0;
  Value k, v;
  int expect = 1;
  while (dict_next(d, pos, k, v)) {
    EXPECT_EQ(v, Value::small(expect));
    expect += 2;
  }
  EXPECT_EQ(expect, 101);
}

TEST_F(DictTest, StrKeysAndGetStr) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  Root k1(vm, s("alpha")), k2(vm, s("beta"));
  ASSERT_FALSE(failed(dict_set(vm, d, k1, Value::small(1))));
  ASSERT_FALSE(failed(dict_set_cstr(vm, d, "beta", Value::small(2))));
  // an equal but distinct str finds the entry
  EXPECT_EQ(dict_get_str(d, as_str(k2.value)), Value::small(2));
  EXPECT_EQ(dict_get_cstr(vm, d, "alpha"), Value::small(1));
  EXPECT_TRUE(dict_get_cstr(vm, d, "gamma").is_null());
  EXPECT_EQ(repr_of(Value::ptr(d)), "{'alpha': 1, 'beta': 2}");
}

TEST_F(DictTest, NumericKeysCompareAcrossTypes) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(1), s("int"))));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::from_double(1.0), s("float"))));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::true_(), s("bool"))));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::from_double(-0.0), s("zero"))));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(0), s("izero"))));
  EXPECT_EQ(repr_of(Value::ptr(d)), "{1: 'bool', -0.0: 'izero'}");
}

TEST_F(DictTest, VersionChangesOnEveryMutation) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  uint64_t v0 = d->version;
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(1), Value::small(1))));
  uint64_t v1 = d->version;
  EXPECT_NE(v0, v1);
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(1), Value::small(2))));
  EXPECT_NE(d->version, v1);
  uint64_t v2 = d->version;
  EXPECT_EQ(dict_del(vm, d, Value::small(1)), 1);
  EXPECT_NE(d->version, v2);
  uint64_t v3 = d->version;
  ASSERT_FALSE(call(Value::ptr(d), "clear").is_null()) << error();
  EXPECT_NE(d->version, v3);
}

TEST_F(DictTest, TableSizesFollowCPython) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  EXPECT_EQ(d->index_size, 0u);
  std::vector<uint32_t> sizes;
  for (int i = 0; i < 22; i++) {
    ASSERT_FALSE(failed(dict_set(vm, d, Value::small(i), Value::none())));
    sizes.push_back(d->index_size);
  }
  // 8 slots hold 5 entries, then used*3 rounded up to a power of two
  std::vector<uint32_t> want = {8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 64};
  EXPECT_EQ(sizes, want);
  // presized like _PyDict_NewPresized
  Dict* p = new_dict(vm, 7);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->index_size, 16u);
  EXPECT_EQ(new_dict(vm, 5)->index_size, 0u);
}

TEST_F(DictTest, CopyKeepsHolesMergeCompacts) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  for (int i = 0; i < 6; i++) ASSERT_FALSE(failed(dict_set(vm, d, Value::small(i), Value::small(i))));
  EXPECT_EQ(dict_del(vm, d, Value::small(0)), 1);
  EXPECT_EQ(dict_del(vm, d, Value::small(1)), 1);
  Dict* c = dict_copy(vm, d);
  ASSERT_NE(c, nullptr);
  Root rc(vm, Value::ptr(c));
  EXPECT_EQ(c->nentries, 6u);  // CPython's fast copy keeps the holes
  EXPECT_EQ(c->size, 4u);
  Dict* m = new_dict(vm);
  Root rm(vm, Value::ptr(m));
  ASSERT_FALSE(failed(dict_merge(vm, m, Value::ptr(d), true)));
  EXPECT_EQ(m->nentries, 4u);
  EXPECT_EQ(m->index_size, 16u);
  EXPECT_EQ(repr_of(Value::ptr(m)), "{2: 2, 3: 3, 4: 4, 5: 5}");
}

TEST_F(DictTest, MergeWithoutOverride) {
  Dict* a = new_dict(vm);
  Root ra(vm, Value::ptr(a));
  Dict* b = new_dict(vm);
  Root rb(vm, Value::ptr(b));
  ASSERT_FALSE(failed(dict_set(vm, a, Value::small(1), s("a"))));
  ASSERT_FALSE(failed(dict_set(vm, b, Value::small(1), s("b"))));
  ASSERT_FALSE(failed(dict_set(vm, b, Value::small(2), s("b"))));
  ASSERT_FALSE(failed(dict_merge(vm, a, Value::ptr(b), false)));
  EXPECT_EQ(repr_of(Value::ptr(a)), "{1: 'a', 2: 'b'}");
}

TEST_F(DictTest, PopitemTakesLastAndDoesNotReturnBudget) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  for (int i = 0; i < 5; i++) ASSERT_FALSE(failed(dict_set(vm, d, Value::small(i), Value::small(i))));
  Value t = call(Value::ptr(d), "popitem");
  EXPECT_EQ(repr_of(t), "(4, 4)");
  EXPECT_EQ(d->index_size, 8u);
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(9), Value::small(9))));
  EXPECT_EQ(d->index_size, 16u);  // CPython resizes here too
  EXPECT_EQ(repr_of(Value::ptr(d)), "{0: 0, 1: 1, 2: 2, 3: 3, 9: 9}");
  Dict* e = new_dict(vm);
  Root re(vm, Value::ptr(e));
  EXPECT_TRUE(call(Value::ptr(e), "popitem").is_null());
  EXPECT_EQ(error(), "KeyError: 'popitem(): dictionary is empty'");
}

TEST_F(DictTest, GetitemRaisesKeyErrorWithTheKey) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  Root k(vm, pair(Value::small(1), Value::small(2)));
  EXPECT_TRUE(dict_getitem(vm, d, k).is_null());
  EXPECT_EQ(error(), "KeyError: (1, 2)");
  Root l(vm, list_of({Value::small(1)}));
  EXPECT_TRUE(dict_get(vm, d, l).is_null());
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
}

TEST_F(DictTest, ConstructorForms) {
  Root pairs(vm, list_of({}));
  Root p1(vm, pair(s("a"), Value::small(1)));
  Root p2(vm, list_of({s("b"), Value::small(2)}));
  ASSERT_FALSE(failed(list_append(vm, pairs.value.as<List>(), p1)));
  ASSERT_FALSE(failed(list_append(vm, pairs.value.as<List>(), p2)));
  ASSERT_FALSE(failed(list_append(vm, pairs.value.as<List>(), s("cd"))));
  EXPECT_EQ(repr_of(call_type(vm.dict_type, {pairs})), "{'a': 1, 'b': 2, 'c': 'd'}");
  Root bad(vm, list_of({Value::small(3)}));
  EXPECT_TRUE(call_type(vm.dict_type, {bad}).is_null());
  EXPECT_EQ(error(), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  Root three(vm, list_of({p1, s("abc")}));
  EXPECT_TRUE(call_type(vm.dict_type, {three}).is_null());
  EXPECT_EQ(error(), "ValueError: dictionary update sequence element #1 has length 3; 2 is required");
  EXPECT_TRUE(call_type(vm.dict_type, {pairs, pairs}).is_null());
  EXPECT_EQ(error(), "TypeError: dict expected at most 1 argument, got 2");
}

TEST_F(DictTest, ReprGuardsRecursion) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(1), Value::ptr(d))));
  Root l(vm, list_of({Value::ptr(d)}));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(2), l)));
  EXPECT_EQ(repr_of(Value::ptr(d)), "{1: {...}, 2: [{...}]}");
  EXPECT_TRUE(vm.repr_stack.empty());
}

TEST_F(DictTest, ViewsAndIterators) {
  Dict* d = new_dict(vm);
  Root rd(vm, Value::ptr(d));
  for (int i = 3; i > 0; i--) ASSERT_FALSE(failed(dict_set(vm, d, Value::small(i), Value::small(i * 10))));
  Root keys(vm, call(Value::ptr(d), "keys"));
  Root items(vm, call(Value::ptr(d), "items"));
  Root values(vm, call(Value::ptr(d), "values"));
  EXPECT_EQ(repr_of(keys), "dict_keys([3, 2, 1])");
  EXPECT_EQ(repr_of(items), "dict_items([(3, 30), (2, 20), (1, 10)])");
  EXPECT_EQ(repr_of(values), "dict_values([30, 20, 10])");
  Root it(vm, get_iter(vm, Value::ptr(d)));
  EXPECT_EQ(iter_next(vm, it), Value::small(3));
  ASSERT_FALSE(failed(dict_set(vm, d, Value::small(4), Value::small(40))));
  EXPECT_TRUE(iter_next(vm, it).is_null());
  EXPECT_EQ(error(), "RuntimeError: dictionary changed size during iteration");
  EXPECT_TRUE(iter_next(vm, it).is_null());  // sticky
  EXPECT_EQ(error(), "RuntimeError: dictionary changed size during iteration");
  Root other(vm, Value::ptr(new_set(vm, false)));
  ASSERT_FALSE(failed(set_add(vm, other.value.as<Set>(), Value::small(2))));
  ASSERT_FALSE(failed(set_add(vm, other.value.as<Set>(), Value::small(9))));
  EXPECT_EQ(repr_of(binary_op(vm, keys, other, BinOp::And, false)), "{2}");
  EXPECT_EQ(repr_of(binary_op(vm, keys, other, BinOp::Or, false)), "{1, 2, 3, 4, 9}");
  EXPECT_EQ(repr_of(binary_op(vm, other, keys, BinOp::Sub, false)), "{9}");
}

// ---------- set ----------

struct SetOrderCase {
  const char* ops;     // a<int> add, d<int> discard, p pop
  const char* repr;    // repr of the set afterwards (CPython 3.11)
  const char* popped;  // values popped, in order
  long long hash;      // hash(frozenset(result))
};

const SetOrderCase kSetOrderCases[] = {
    {"d-949165329 d-949165329 p a-14719576 a-635765113 a-1017416807 d0 a598878705 a-764797368 a836812926 a-1066118864 p a-148257255 p p a-219518680 a-194220501 a-228152773 p a477557130 a-447956892 a351562345 a-1059211443", "{-447956892, -219518680, 477557130, 351562345, -1059211443, -148257255, -1066118864, 598878705, -1017416807, -228152773, 836812926}", "-635765113 -14719576 -764797368 -194220501", 7908648155560382142LL},
    {"a763111221 d763111221 a1014768378 d763111221 p p d0 d763111221 a19495690 a388521639 a422027072 a528467359 p a761912601 p d388521639 d388521639 a195807279 a778732302 p a197726006 a680322790", "{422027072, 680322790, 195807279, 197726006, 761912601, 528467359}", "1014768378 388521639 19495690 778732302", -4704541804123879363LL},
    {"a84 d84 d84 a89 a-36 a7", "{89, -36, 7}", "", 6522413505571883610LL},
    {"a23 a-14 a32 p p a15 a-33 d-14 a39 p a22 d-14 a20 a-22 a28 p p a22 a30 p a5 d0 a-5 d-5 d5 a-39 a-8 a-5 a24 a5 a4 d-14 p p p a27 p d30 d22 a34 a13 a30 d-14 a35 a-17 a-17 a-35 p a-23 a-17 a30 a19 a38 a-14 a7 a11 p p a-36", "{4, 5, 7, 11, 13, 19, 24, -36, 30, -33, 34, 35, 38, -23, -17, -14, -5}", "32 -14 39 -22 15 20 22 23 -8 -39 27 28 -35", -266728798078276803LL},
    {"a728798635 p p a793372203 a336672718 a1024416918 p", "{793372203, 1024416918}", "728798635 336672718", 3468290491188914589LL},
    {"p a326598636 a-469437850 a540514363 a-101636699 a986016146 p a-390724417 a42196572 d-390724417 a-989254147 a246910917 a156329732 a-971629311 a830937171 a-902044062 d0 a102167043 a963266721 d-902044062 a-409028391 d-390724417 a964784633 a-566166900 a-532437022 a369889662 a-959427696 a476910497 d326598636 a883104220 d326598636 d0 a763351117 a995912965 p a-229917520 p d-902044062 d-902044062 a955414062 p a1063785733 p a-865203621 a-85816627 a-707826955 d-390724417 d369889662 d-390724417 d955414062 a-596330817 d963266721 d-390724417", "{-971629311, 102167043, 156329732, 995912965, 1063785733, 476910497, -229917520, 540514363, -596330817, 246910917, 763351117, -85816627, 830937171, -409028391, -865203621, 42196572, 883104220, -532437022, -469437850, -707826955, 964784633, -989254147}", "-101636699 -566166900 -959427696 986016146 963266721", -780295486294598572LL},
    {"d4 a2 a24 d4 a7 d2 a5 a38 a22 p p d0 a32 a35 a14 a35 a18 a8 d14 d7 d24 a2 a7 a29 a29 a20 a33", "{32, 33, 2, 35, 7, 8, 18, 20, 22, 29}", "5 38", 1106077829606207429LL},
    {"a2 p d2 a10 a3 a9 a3 a9 d3 a5 a10 a5 a9 p d0 a0 a3 a7 d2 a4 p p a1 a10 a5", "{0, 1, 3, 4, 5, 10}", "2 5 7 9", -5610279416344003882LL},
    {"a260 a838 a293 d838 p p a60 d838 a968 a804 d838 d293 a731 a236 d60 p a319 a370 a749 p a246 a213 p a743 p a463 d0 a561 d319 a962 a72", "{962, 804, 743, 72, 463, 561, 213, 246, 731}", "260 293 968 236 749 370", -7539505185263803827LL},
    {"a30 a15 a31 a3 a26 a40 a2 p a32 a12 a5 p a10 a13 a28 a31 a24 a8 d28 p a8 a5 d10 a8 a30 a5 d5 a3 a15 a12 d15 a26", "{32, 3, 40, 8, 12, 13, 24, 26, 30, 31}", "2 3 5", 5665903746220680530LL},
    {"a36 d36 a56 a88 d36 d36 d36 a8 a17 a86 a4 a97 d36 a16 d16 a78 a67 a46 a45 a74 a20 d17 a21 a18 a55 d4 a29 a55 a6 d46 a62 a13 a53 d36 a73 a90 p a25 a25 a66 a96 d21 d88 a51 a18 d55 a21 a96 d20 a60", "{8, 13, 18, 21, 25, 29, 45, 51, 53, 56, 60, 62, 66, 67, 73, 74, 78, 86, 90, 96, 97}", "6", 5116286161622733406LL},
    {"a21651208 a396725189 d396725189 d396725189 a1022422416 a857070766 a131279274 a894803806 a43288115 d1022422416 a58708264 a764218751 a887136115 a31052700 a503385208 a189689488 d764218751 d189689488 a259987742 a909633076 a6356718 d857070766 d857070766 a830355194 a803196782 a214879869 a656227632 d857070766 a886989758 d6356718 a874067980 a913523907 a524728820 a602903153 a710172913 a65452841 a634916099 a394874402 a700200698 a708980296 d913523907 a156314278 a1004997474 a491922280 p d887136115 d857070766 a789614852 a225273238 a947348367 d887136115 p", "{21651208, 874067980, 947348367, 225273238, 700200698, 31052700, 259987742, 394874402, 156314278, 58708264, 65452841, 131279274, 656227632, 43288115, 909633076, 886989758, 708980296, 894803806, 1004997474, 491922280, 803196782, 602903153, 710172913, 524728820, 503385208, 830355194, 214879869}", "634916099 789614852", 7988935819431204668LL},
    {"a-18 a17 p d17 p", "set()", "17 -18", 133146708735736LL},
    {"p d0 p d0 d0 d0 p a854 a427 d0 a-310 p a-897 a-513 a474 a-445 p a-632 a-209 p a-272 a-829 a568 a660 a-487 a959 a58 a989 a995 d-445 a958 a955 d0 a-196 d989 p p a202 a-952", "{427, -209, 568, 58, 955, -196, 958, 959, -829, -952, 202, 854, 474, 995, -513, -272, -897}", "-310 -445 -632 660 -487", -4199839200977788175LL},
    {"d843 d843 a835 d843 a799 a854 p a431 a142 a293 a648 a173 d843 d0 p a765 d648 a139 a79 p a14 a439 a134 d648 d293 a998 p", "{134, 998, 142, 431, 79, 14, 854, 439, 765, 799}", "835 293 139 173", -7351183693560033449LL},
    {"a1 a5 a4 p p a7 a2", "{2, 5, 7}", "1 4", -3234410638192015135LL},
    {"d-39 a-13 a24 d-13 a24 a9 p a16 a-25 p a-5 d0 p d-5 a17 a-13 a9 a25 a30 a12 a4 a-40 a-14 a-35 a-29 a-22 a3 a-5 a-22 d-25 d-25 a40 d-22 p a32 a5 a-39 a38 a-35 a12 a27 a38 a28", "{3, 4, 5, 9, 12, 16, 17, 25, 27, 28, 30, 32, 38, -40, -39, -35, -29, -14, -13, -5}", "24 9 -25 40", 2978660860049334543LL},
    {"d-44244211754863 a59192018611797 a-50844513977940 p a2436557730419", "{2436557730419, 59192018611797}", "-50844513977940", -1729707296775872179LL},
    {"p", "set()", "", 133146708735736LL},
    {"a333764582 d333764582 p a322571997 a169902485 a940065561 a847579638 a298087204 p d940065561 p a1060345878 a465378181 a361001287 a539689304 d940065561 a556633558 a568218910 a185261380 p d0 a611103270 d333764582 d940065561 a559798033 a707192316 p a723996031 a877347859 a647311057 a84566511 p", "{185261380, 465378181, 611103270, 361001287, 84566511, 559798033, 647311057, 877347859, 556633558, 707192316, 322571997, 568218910, 723996031}", "298087204 169902485 847579638 1060345878 539689304", 8846040956410509537LL},
    {"a0 p a1 d0 p", "set()", "0 1", 133146708735736LL},
    {"a259 a-829 d-829 a-443 a-71 p a806 a880 a344 a881 a805 d-829 a-891 p a-93 a634 a24 a-660 d-93 a553 d-71 a-64 d-443 a-521 a-657 a473 a268 a386 a430 a-390 a-485 a428 a475 a-577 d-485 a0 p p a-882 p a-398 a999 d999 a948 d428 p p d0 d0 a-329", "{386, 806, 553, 430, 948, -329, -577, -64, -390, 344, 473, 475, -660, -657, 880, 881, -398, -521, 634}", "-71 259 -891 268 -882 24 805", -1406605432251061055LL},
    {"d67941189201794 d67941189201794 a67353686036614 p a33520103624376 d0 a28853633635326 d0 p a52463428372476 a62563950404873 d33520103624376 a20748998382119 a2037805381584 a14960186544213 a61705319056234 p a3487833649361 d14960186544213 p a24228293620176 a4715888238294 a26389567586972 d0 d33520103624376 a20733744160258 a38547444570536 a28337196356927 d33520103624376 a58561073792038 d0 a6497295069724 a22676741305634 a60939597037075 a25629306899313 a65668117087825 p a52023228661900 d0 a46333758116777 a58044494219934 a2322816222128 a15368658526348 d14960186544213 a13272797021007 a57322030594089 a43559737419657 a17380784938373 p d6497295069724 a30461924590799", "{20733744160258, 17380784938373, 43559737419657, 52023228661900, 15368658526348, 58044494219934, 22676741305634, 58561073792038, 38547444570536, 46333758116777, 57322030594089, 2322816222128, 28337196356927, 13272797021007, 2037805381584, 3487833649361, 24228293620176, 65668117087825, 30461924590799, 4715888238294, 61705319056234, 25629306899313, 52463428372476, 28853633635326}", "67353686036614 33520103624376 20748998382119 62563950404873 60939597037075 26389567586972", 168167657158672752LL},
    {"a460 a993 d993 d993 a385 a98 a640 p p a698 a332 a882 a36 d882 p a910 a270 a910 a355 a95 d0 a201 a415 p a449 a38 a373 a962", "{449, 962, 36, 38, 415, 201, 460, 332, 910, 270, 373, 698, 95}", "640 385 98 355", 1114736435288702199LL},
    {"a237573148", "{237573148}", "", -4226262030733416884LL},
    {"d0 a1 a4 a10 a6 a2 d2 p p a0 a7 p a7 p p p a7 p a8 a4 a6 a10 a4 a2 a9 a1 a0 a3 d4 a9 d4 a8 a5 a5 a0 a7 a7 a0", "{0, 1, 2, 3, 5, 6, 8, 9, 10, 7}", "1 4 6 7 10 0 7", 189230576493540037LL},
    {"d14 a1 a7 d7 a15 p a37 p d37 a17 a25 a31 d0 d31 d7 a36 a31 a16 a9 a5 p a39", "{36, 5, 39, 15, 16, 17, 25, 31}", "1 37 9", 4907723828509389391LL},
    {"d213 p a-351 a-559 p a-73 a-982 a-594 a-989 a-818 a-580 a324 a-424 d-559 d0 a259 d259 a-101 a414 a222 a-47 d-559 d324 a935 a717 a-972 a239 a611 a-429 d222 a-310 a-87 a292 a-791 a725 a21 a118 a-448 d-972 d-73 a-362 d259 a-532 p p", "{-101, 414, -989, 292, 935, -87, -982, -594, -580, -448, -310, 717, -818, -47, -429, 725, -424, 611, -791, -532, 239, 118}", "-351 21 -362", 1598216992940681378LL},
    {"a-62 a84 p a1 a-89 a97 d-89 d1 a57 d-89 d1 a58 d1 a22 a84 a19 a25 a45 a-40 a82 a-63 a98 a19 a-98 p a78", "{-63, 97, 45, 78, 82, 19, 84, -98, 22, -40, 57, 58, 25}", "-62 98", -7881866879812168768LL},
    {"p d0 a394439093 p a935871423 a729652180 d0 a694123334 a684496230", "{684496230, 694123334, 729652180, 935871423}", "394439093", -3306761445186877393LL},
    {"a8 p p", "set()", "8", 133146708735736LL},
    {"a63844347890161 a2557285132680 a-70336805744549 a-28485119580111 a29351438696786 d63844347890161 a848164579073 a-58131227274505 a-41909838946541 a-29451595912963 a-8057901521583 a-18524424526251 a37445347049203 a39774473698691 d63844347890161 a60716064469742 a-28301137450560 a15388292016909 a49737597993799 p a63423744882304 a-1605997592288 p a32854442599970 a-62080699661502 a43708239765859 a24560634643039 a17918163120399 p a65564771659798 a-46384503191729 a11633125353752 p d63844347890161 a-28047882539429 a50416567353839 a54800063437635 p a61512032055710 a59678486647695 a30983569120688 d29351438696786 a-59379988420510", "{63423744882304, 17918163120399, 59678486647695, -41909838946541, 65564771659798, 11633125353752, 61512032055710, -1605997592288, 32854442599970, 30983569120688, -28485119580111, -62080699661502, 54800063437635, 49737597993799, -46384503191729, -8057901521583, -18524424526251, -70336805744549, -28047882539429, 24560634643039, -59379988420510, 43708239765859, 60716064469742, 50416567353839, 37445347049203, -58131227274505, -29451595912963}", "-28301137450560 848164579073 39774473698691 2557285132680 15388292016909", 796160249142334742LL},
    {"d31670444193987 a52469085432873 a57992456481826 d52469085432873 p d52469085432873 p a5169266845877 a49058092631400 a39240249227065 d52469085432873 a46177165423702 a69972057152856 a12594123437304 a46237931404359 a23358955246496 a55370490100749 a38189954586658 p d12594123437304 d0 a16084255334075 d39240249227065", "{23358955246496, 38189954586658, 49058092631400, 55370490100749, 5169266845877, 46177165423702, 69972057152856, 16084255334075}", "57992456481826 46237931404359", 1046785916786355212LL},
    {"a19499842991515 a40430605450113 p d19499842991515 p a33288812843258 a11747204379758 a57348974827298 p p a5155771871475 a45261961766085 d40430605450113 d57348974827298 a9400527671612 a32967086375569 d0 a30339983672768 p d0 d0 a70325125050446 a57410239963359 a54443147900494 d45261961766085 a68992121060163 a45948534244339 d19499842991515 p a62880610812597 p d0 a10481393640801 a10173419114298 a10282779148365 a61510367451137 d32967086375569 a27019636641388 a37397613120404 a30968375350683", "{30339983672768, 10481393640801, 61510367451137, 68992121060163, 27019636641388, 10282779148365, 54443147900494, 5155771871475, 45948534244339, 62880610812597, 37397613120404, 10173419114298, 30968375350683, 57410239963359}", "40430605450113 57348974827298 33288812843258 9400527671612 70325125050446 11747204379758", 8058553834250979978LL},
    {"a320780734 a947689649 a102922973 d947689649 a1058852371 a167631264 d947689649 a90053863 d320780734", "{167631264, 90053863, 1058852371, 102922973}", "", 8468737000090884841LL},
    {"d1017372780 p a508214548 a55224215 d508214548 a239355167 d508214548", "{239355167, 55224215}", "", 4237130441590806986LL},
    {"a50 a-51 p p d0 a-31 p a-44 a91 a-61 a-33 a37 a-20 a-49 a38 p a95 a-58 a-15 a74 p a-35 d38 p a-35 d91 a12 p d-35 p a-59 a93 d-20 d-51 a-13 a-6 a-99 d-99 p a54 a-13 d93 a96 a53 d-99 a-46 p p p a-6 a-35 a-36 d-61 p a-58 a-82 a42 d0 a-32 a-70", "{-59, -58, -46, -36, -32, -35, -70, 42, -82, -15, -13, 53, 54, -6}", "50 -51 -31 -61 -58 74 12 -49 -44 95 -33 96 37", -2065331860476690803LL},
    {"a-499 d-499 a993 a616 d-499 a-667 a-140 d-499 a420 a39 a365 a-868 d39 p a-768 a137 a-943 a18 a-966 a712 a-321 a-512 p a-390 a-796 a284 a267 a101 a809 d-321 a889 p d101 a-76 d267 p p d39 a-397 p p a222 a584 d0 a444 d-667 d-512 d267 d-667 p a897 a-59 a-703 d-667 a617 a-785 a-468 a-52 a908", "{-768, 897, 908, -468, -966, 444, -703, -59, 712, 584, -52, -943, 222, -796, 616, 617, 365, -785, -397, -140, 889, -390}", "993 420 137 18 284 -868 809 -76", 3751770867251621438LL},
    {"d55667368043613 p a19030076146457 a48525713880915 p a53573495198365 a35010389750725 a55136365117401 a31726301699917 p a45994577213773 a40161551085580 a37341980081568 a51894230300940 a52901331641496 a54587606765613 a41828148679686 p a58571912121162 d58571912121162 a60375646794524 p d51894230300940 a48176449532780 d37341980081568 p a11465158805924 p", "{11465158805924, 48176449532780, 54587606765613, 48525713880915, 52901331641496, 55136365117401, 60375646794524, 53573495198365}", "19030076146457 35010389750725 41828148679686 40161551085580 31726301699917 45994577213773", -534268632078174054LL},
    {"d4 a-2 a1 a-9 d4 a2 d1 d-2 a-8 a-6 d4 p a-5 a-6 p a-4 d-2 p a8 a5 a-6 a8 d5 d0 a0 a3 a-9 p p a4 a-2 a5 a10 p d-5 a-2 p p a0", "{0, 3, 4, 5, 8, 10}", "2 -9 -8 -9 -6 -5 -4 -2", 5534635638349787601LL},
};

TEST_F(DictTest, SetOrderMatchesCPython) {
  for (const SetOrderCase& c : kSetOrderCases) {
    Set* st = new_set(vm, false);
    ASSERT_NE(st, nullptr);
    Root rs(vm, Value::ptr(st));
    std::istringstream in(c.ops);
    std::string tok, popped;
    while (in >> tok) {
      if (tok[0] == 'p') {
        if (st->used == 0) continue;
        Value v = call(Value::ptr(st), "pop");
        ASSERT_FALSE(v.is_null()) << error();
        if (!popped.empty()) popped += " ";
        popped += repr_of(v);
        continue;
      }
      Root key(vm, new_int(vm, std::stoll(tok.substr(1))));
      if (tok[0] == 'a') ASSERT_FALSE(failed(set_add(vm, st, key))) << error();
      else ASSERT_GE(set_discard(vm, st, key), 0) << error();
    }
    EXPECT_EQ(repr_of(Value::ptr(st)), c.repr) << c.ops;
    EXPECT_EQ(popped, c.popped) << c.ops;
    Set* f = set_from_iterable(vm, Value::ptr(st), true);
    ASSERT_NE(f, nullptr) << error();
    int64_t h;
    ASSERT_FALSE(failed(frozenset_hash(vm, f, h)));
    EXPECT_EQ(h, c.hash) << c.ops;
  }
}

TEST_F(DictTest, SetAlgebraOrder) {
  // Expected strings printed by python3.11.
  Root a(vm, Value::ptr(new_set(vm, false)));
  Root b(vm, Value::ptr(new_set(vm, false)));
  for (int x : {5, 3, 100, -1, 17, 33, 8, 16}) ASSERT_FALSE(failed(set_add(vm, a.value.as<Set>(), Value::small(x))));
  for (int x : {16, 24, 3, 40, 1}) ASSERT_FALSE(failed(set_add(vm, b.value.as<Set>(), Value::small(x))));
  EXPECT_EQ(repr_of(a), "{33, 3, 100, 5, 8, 16, 17, -1}");
  EXPECT_EQ(repr_of(binary_op(vm, a, b, BinOp::Or, false)), "{33, 1, 3, 100, 5, 8, 40, 16, 17, 24, -1}");
  EXPECT_EQ(repr_of(binary_op(vm, a, b, BinOp::And, false)), "{16, 3}");
  EXPECT_EQ(repr_of(binary_op(vm, a, b, BinOp::Sub, false)), "{33, 100, 5, 8, 17, -1}");
  EXPECT_EQ(repr_of(binary_op(vm, a, b, BinOp::Xor, false)), "{1, 5, 8, 17, 24, 33, 100, 40, -1}");
  EXPECT_EQ(repr_of(binary_op(vm, b, a, BinOp::Xor, false)), "{33, 1, 100, 5, 8, 40, 17, 24, -1}");
  Root l(vm, list_of({Value::small(100), Value::small(7)}));
  EXPECT_EQ(repr_of(call(a, "intersection", {l})), "{100}");
  EXPECT_EQ(repr_of(call(a, "difference", {l, b})), "{33, 5, 8, 17, -1}");
  EXPECT_TRUE(binary_op(vm, a, l, BinOp::Or, false).is_null());
  EXPECT_EQ(error(), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
}

TEST_F(DictTest, SetErrorsAndFrozensetKeys) {
  Set* st = new_set(vm, false);
  Root rs(vm, Value::ptr(st));
  EXPECT_TRUE(call(Value::ptr(st), "pop").is_null());
  EXPECT_EQ(error(), "KeyError: 'pop from an empty set'");
  EXPECT_TRUE(call(Value::ptr(st), "remove", {Value::small(4)}).is_null());
  EXPECT_EQ(error(), "KeyError: 4");
  Root l(vm, list_of({}));
  EXPECT_TRUE(failed(set_add(vm, st, l)));
  EXPECT_EQ(error(), "TypeError: unhashable type: 'list'");
  // `{1} in s` looks for frozenset({1})
  Set* inner = new_set(vm, false);
  Root ri(vm, Value::ptr(inner));
  ASSERT_FALSE(failed(set_add(vm, inner, Value::small(1))));
  Set* fz = set_from_iterable(vm, Value::ptr(inner), true);
  ASSERT_NE(fz, nullptr);
  ASSERT_FALSE(failed(set_add(vm, st, Value::ptr(fz))));
  EXPECT_EQ(set_contains(vm, st, Value::ptr(inner)), 1);
  EXPECT_EQ(repr_of(Value::ptr(st)), "{frozenset({1})}");
  EXPECT_EQ(repr_of(Value::ptr(new_set(vm, true))), "frozenset()");
  EXPECT_EQ(repr_of(Value::ptr(new_set(vm, false))), "set()");
  Value h = call(Value::ptr(st), "__hash__");
  EXPECT_TRUE(h.is_null());
  error();
}

TEST_F(DictTest, SetIteratorDetectsSizeChange) {
  Set* st = new_set(vm, false);
  Root rs(vm, Value::ptr(st));
  for (int x : {1, 2, 3}) ASSERT_FALSE(failed(set_add(vm, st, Value::small(x))));
  Root it(vm, get_iter(vm, Value::ptr(st)));
  EXPECT_EQ(iter_next(vm, it), Value::small(1));
  ASSERT_FALSE(failed(set_add(vm, st, Value::small(4))));
  EXPECT_TRUE(iter_next(vm, it).is_null());
  EXPECT_EQ(error(), "RuntimeError: Set changed size during iteration");
}

}  // namespace
