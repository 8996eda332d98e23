// Python-to-Python calls (py/calls.py). Items: Python calls made.
#include "harness.h"

namespace taipan::bench {
namespace {

void BM_CallSmallFunction(benchmark::State& state, Tier tier) {
  constexpr int64_t n = 1'000'000;
  run_python(state, tier, "calls", "call_loop", n, n, n);
}
TAIPAN_TIER_BENCHMARK(BM_CallSmallFunction);

void BM_RecursiveFib(benchmark::State& state, Tier tier) {
  constexpr int64_t n = 25;
  int64_t a = 0, b = 1;  // fib(n), and fib(n + 1) for the call count 2 * fib(n + 1) - 1
  for (int64_t i = 0; i < n; i++) {
    int64_t c = a + b;
    a = b;
    b = c;
  }
  run_python(state, tier, "calls", "fib", n, a, 2 * b - 1);
}
TAIPAN_TIER_BENCHMARK(BM_RecursiveFib);

}  // namespace
}  // namespace taipan::bench
