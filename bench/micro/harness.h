// Shared set-up of the micro-benchmarks (bench/micro/*.cpp).
//
// The benchmarks measure the VM's parts, so they use the runtime and interpreter headers
// directly, as the unit tests do, and not only the public API. BenchVM wires a VM the way
// taipan::Engine does (api/engine.cpp): the interpreter, and for Tier::Jit the JIT front with
// the native tier at its default thresholds. The Python snippets live in bench/micro/py/ and
// are compiled by the host python3.11 at build time into TAIPAN_MICRO_PYC_DIR (see
// bench/CMakeLists.txt); each is imported once per VM as a module of the same name.
//
// Every benchmark checks its result (a wrong one ends it with SkipWithError, which the
// output shows) and reports items per second: loop iterations, calls, dict operations,
// allocations or objects traced, as its comment says.
#pragma once
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "runtime/objects.h"

namespace taipan::bench {

enum class Tier { Interp, Jit };

class BenchVM {
 public:
  explicit BenchVM(Tier tier = Tier::Interp);
  ~BenchVM();
  BenchVM(const BenchVM&) = delete;
  BenchVM& operator=(const BenchVM&) = delete;

  runtime::VM& vm() { return vm_; }
  // Imports the snippet `module` (once) and returns its global `name`; null with `error` set
  // if the module cannot be loaded or has no such name.
  runtime::Value global(const char* module, const char* name, std::string& error);
  // The pending exception as "Type: message"; clears it.
  std::string take_error();

 private:
  runtime::VM vm_;
};

// Whether this build has a JIT tier (the Tier::Jit variants skip themselves otherwise).
bool has_jit_tier();

// Calls module.function(arg) once per iteration, after `warmup` untimed calls (they quicken
// the bytecode and give the JIT time to compile); every result must be the int `expected`.
// Reports `items_per_call` items per call.
void run_python(benchmark::State& state, Tier tier, const char* module, const char* function, int64_t arg,
                int64_t expected, int64_t items_per_call, int warmup = 3);

}  // namespace taipan::bench

// Registers fn(benchmark::State&, Tier) twice: NAME/interp (JIT off) and NAME/jit.
#define TAIPAN_TIER_BENCHMARK(fn)                                                              \
  BENCHMARK_CAPTURE(fn, interp, ::taipan::bench::Tier::Interp)->Unit(benchmark::kMicrosecond); \
  BENCHMARK_CAPTURE(fn, jit, ::taipan::bench::Tier::Jit)->Unit(benchmark::kMicrosecond)
