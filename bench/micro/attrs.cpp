// Attribute access on instances of a plain class (py/attrs.py): the shape-cached forms of
// LOAD_ATTR, STORE_ATTR and LOAD_METHOD + CALL. Items: loop iterations (one access, or one
// method call that itself loads two attributes).
#include "harness.h"

namespace taipan::bench {
namespace {

constexpr int64_t kN = 1'000'000;

void BM_LoadAttr(benchmark::State& state, Tier tier) { run_python(state, tier, "attrs", "load_attr", kN, kN, kN); }
TAIPAN_TIER_BENCHMARK(BM_LoadAttr);

void BM_StoreAttr(benchmark::State& state, Tier tier) {
  run_python(state, tier, "attrs", "store_attr", kN, kN - 1, kN);
}
TAIPAN_TIER_BENCHMARK(BM_StoreAttr);

void BM_MethodCall(benchmark::State& state, Tier tier) {
  run_python(state, tier, "attrs", "method_call", kN, 3 * kN, kN);
}
TAIPAN_TIER_BENCHMARK(BM_MethodCall);

}  // namespace
}  // namespace taipan::bench
