// The native tier's entry point: an x86-64 code generator for the JIT front (jit/jit.h).
#pragma once
#include <memory>

#include "jit/jit.h"

namespace taipan::native {

// perf_map: append each compiled function to /tmp/perf-PID.map for `perf report`.
std::unique_ptr<jit::Backend> make_x64_backend(bool perf_map);

}  // namespace taipan::native
