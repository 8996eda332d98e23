// The JIT front: tier-up policy, compilation pipeline (bytecode -> IR -> passes -> a tier's
// code generator) and statistics. Target-neutral: a tier plugs in through Backend.
//
// Policy. A code object is compiled when its call count reaches call_threshold (checked at
// RESUME) or its back-edge count reaches loop_threshold (checked at backward jumps, which
// then enter the compiled loop directly: on-stack replacement). Mode eager uses threshold 0:
// everything is compiled before it first runs (for testing every instruction's IR form).
// Compiled code counts its guard failures; after deopt_budget of them the function is
// recompiled from the bytecode as it is quickened then (the interpreter has meanwhile
// re-quickened the instructions whose speculation failed to their generic forms), at most
// max_recompiles times, after which it stays interpreted.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "interp/frame.h"
#include "jit/ir.h"

namespace taipan::jit {

enum class Mode { Off, On, Eager };

struct Config {
  Mode mode = Mode::Off;
  uint32_t call_threshold = 1000;
  uint32_t loop_threshold = 2000;
  uint64_t deopt_budget = 10000;
  uint32_t max_recompiles = 2;
  bool dump = false;  // print each function's IR to stderr after the passes (--jit-dump)
};

struct FunctionStats {
  std::string name;       // qualname (file:line)
  uint32_t compiles = 0;
  uint32_t ir_instrs = 0;
  uint32_t exits = 0;     // instructions left to the interpreter
  size_t code_bytes = 0;
  uint64_t compile_ns = 0;
  uint32_t bytecodes = 0; // bytecode instructions of the code object (inline-cache units excluded)
  interp::JitCode* code = nullptr;  // deopts are counted here
  uint64_t* deopt_counts = nullptr;  // and here per bytecode offset
  std::string refused;    // why it is not compiled, if it is not
};

// A tier's code generator.
class Backend {
 public:
  virtual ~Backend() = default;
  virtual const char* name() const = 0;
  // Generates code for an optimized IR function; null (and `error` set) if it cannot.
  virtual interp::JitFn compile(const IrFunc& f, interp::JitCode* jc, size_t& code_bytes, std::string& error) = 0;
};

// Installs the JIT on a VM whose interpreter is installed. `backend` may be null when no
// tier is built: the policy then refuses every function (and says so in the statistics).
void install(runtime::VM& vm, const Config& config, std::unique_ptr<Backend> backend);
void uninstall(runtime::VM& vm);
// The --jit-stats report.
std::string stats_report(runtime::VM& vm);

}  // namespace taipan::jit
