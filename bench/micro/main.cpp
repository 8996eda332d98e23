// taipan_micro's entry point: Google Benchmark's main, plus the build's facts in the context
// header of the report.
#include "harness.h"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::AddCustomContext("taipan_jit_tier", taipan::bench::has_jit_tier() ? "x86-64" : "none");
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
