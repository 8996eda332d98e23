// Dispatch: tight bytecode loops with nothing but small-int arithmetic, locals and jumps
// (py/dispatch.py). Items: loop iterations.
#include "harness.h"

namespace taipan::bench {
namespace {

constexpr int64_t kN = 1'000'000;

void BM_ForRangeLoop(benchmark::State& state, Tier tier) {
  run_python(state, tier, "dispatch", "for_loop", kN, kN, kN);
}
TAIPAN_TIER_BENCHMARK(BM_ForRangeLoop);

void BM_WhileLoop(benchmark::State& state, Tier tier) {
  run_python(state, tier, "dispatch", "while_loop", kN, kN * (kN - 1) / 2, kN);
}
TAIPAN_TIER_BENCHMARK(BM_WhileLoop);

}  // namespace
}  // namespace taipan::bench
