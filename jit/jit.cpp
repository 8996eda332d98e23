// The JIT front's policy and pipeline (see jit.h).
#include "jit/jit.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>

#include "interp/opcodes.h"
#include "runtime/objects.h"

namespace taipan::jit {

using namespace runtime;
using interp::Interp;
using interp::JitCode;

namespace {

struct State {
  Config config;
  std::unique_ptr<Backend> backend;
  std::deque<JitCode> codes;  // stable addresses: Code::jit points into it
  std::deque<FunctionStats> functions;
  std::deque<std::vector<uint64_t>> deopt_counts;  // per function, per bytecode offset
  // Inline caches of every compiled version of every function: an old version may still be
  // running (a recursive activation) after a recompilation, so nothing is freed before the VM.
  std::deque<std::deque<AttrPic>> attr_pics;
  std::deque<std::deque<MethodPic>> method_pics;
  // Warm-up: when the JIT was installed (about when the program started) and when the first
  // compiled code became available (the interpreter enters it right away); negative: never.
  std::chrono::steady_clock::time_point installed = std::chrono::steady_clock::now();
  double first_code_ms = -1;
};

// Bytecode instructions of a code object: its code units without EXTENDED_ARG prefixes and
// inline-cache entries.
uint32_t count_bytecodes(const Code* c) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < c->ncode;) {
    uint8_t op = uint8_t(c->code[i] & 0xff);
    i += 1 + (op == interp::EXTENDED_ARG ? 0 : interp::kOpInfo[op].cache);
    if (op != interp::EXTENDED_ARG) n++;
  }
  return n;
}

State& state_of(VM& vm) { return *static_cast<State*>(interp::interp_of(vm).jit_state); }

std::string describe(Code* c) {
  std::string s(c->qualname ? c->qualname->view() : std::string_view("?"));
  s += " (";
  if (c->filename) {
    std::string_view fn = c->filename->view();
    size_t slash = fn.rfind('/');
    s += fn.substr(slash == std::string_view::npos ? 0 : slash + 1);
  }
  s += ":" + std::to_string(c->firstlineno) + ")";
  return s;
}

JitCode* compile(VM& vm, Code* code) {
  State& st = state_of(vm);
  auto* jc = static_cast<JitCode*>(code->jit);
  FunctionStats* fs;
  if (!jc) {
    st.codes.emplace_back();
    jc = &st.codes.back();
    code->jit = jc;
    st.functions.push_back(FunctionStats{});
    fs = &st.functions.back();
    fs->name = describe(code);
    fs->bytecodes = count_bytecodes(code);
    fs->code = jc;
    st.deopt_counts.emplace_back(code->ncode + 1, 0);
    fs->deopt_counts = st.deopt_counts.back().data();
  } else {
    // Asked again: the deopt budget is used up.
    fs = nullptr;
    for (auto& f : st.functions)
      if (f.code == jc) fs = &f;
    jc->fn = nullptr;
    if (!fs || fs->compiles > st.config.max_recompiles) {
      jc->deopt_budget = ~uint64_t(0);
      if (fs) fs->refused = "gave up after repeated deoptimization";
      return jc;
    }
  }
  auto t0 = std::chrono::steady_clock::now();
  IrFunc f;
  if (!st.backend) {
    fs->refused = "no JIT tier in this build";
    return jc;
  }
  f.deopt_counts = fs->deopt_counts;
  if (!build_ir(vm, code, fs->compiles ? fs->deopt_counts : nullptr, f)) {
    fs->refused = f.unsupported;
    return jc;
  }
  optimize(f);
  if (st.config.dump) {
    std::string d = "--- IR of " + fs->name + "\n" + dump(f);
    std::fwrite(d.data(), 1, d.size(), stderr);
  }
  std::string err;
  size_t bytes = 0;
  interp::JitFn fn = st.backend->compile(f, jc, bytes, err);
  if (fn) {
    st.attr_pics.push_back(std::move(f.attr_pics));  // a deque keeps its elements' addresses
    st.method_pics.push_back(std::move(f.method_pics));
  }
  fs->compiles++;
  fs->ir_instrs = uint32_t(f.instrs.size());
  fs->exits = uint32_t(f.exits);
  fs->code_bytes = bytes;
  fs->compile_ns += uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count());
  if (!fn) {
    fs->refused = err;
    return jc;
  }
  fs->refused.clear();
  if (st.first_code_ms < 0)
    st.first_code_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - st.installed).count();
  jc->fn = fn;
  jc->deopt_budget = jc->deopts + st.config.deopt_budget;
  return jc;
}

}  // namespace

void install(VM& vm, const Config& config, std::unique_ptr<Backend> backend) {
  Interp& in = interp::interp_of(vm);
  auto* st = new State;
  st->config = config;
  st->backend = std::move(backend);
  in.jit_state = st;
  if (config.mode == Mode::Off) return;
  in.jit_compile = &compile;
  bool eager = config.mode == Mode::Eager;
  in.jit_call_threshold = eager ? 0 : config.call_threshold;
  in.jit_loop_threshold = eager ? 0 : config.loop_threshold;
}

void uninstall(VM& vm) {
  Interp& in = interp::interp_of(vm);
  in.jit_compile = nullptr;
  delete static_cast<State*>(in.jit_state);
  in.jit_state = nullptr;
}

std::string stats_report(VM& vm) {
  State& st = state_of(vm);
  std::string out = "JIT (" + std::string(st.backend ? st.backend->name() : "no tier") + "): ";
  size_t compiled = 0, refused = 0;
  uint64_t ns = 0, deopts = 0;
  size_t bytes = 0;
  for (auto& f : st.functions) {
    if (f.code->fn) compiled++;
    else refused++;
    ns += f.compile_ns;
    bytes += f.code_bytes;
    deopts += f.code->deopts;
  }
  // Compile cost per 100 bytecode instructions, the median over compiled functions.
  std::vector<double> per100;
  for (auto& f : st.functions)
    if (f.compiles && f.bytecodes) per100.push_back(double(f.compile_ns) / 1e6 / f.compiles * 100.0 / f.bytecodes);
  std::sort(per100.begin(), per100.end());
  double median = per100.empty() ? 0
                  : per100.size() % 2 ? per100[per100.size() / 2]
                                      : (per100[per100.size() / 2 - 1] + per100[per100.size() / 2]) / 2;
  char buf[320];
  std::snprintf(buf, sizeof buf, "%zu compiled, %zu not compiled, %zu bytes of code, %.2f ms compiling, %llu deopts\n",
                compiled, refused, bytes, double(ns) / 1e6, (unsigned long long)deopts);
  out += buf;
  if (st.first_code_ms >= 0) {
    std::snprintf(buf, sizeof buf, "  first compiled code after %.2f ms; median compile time %.3f ms per 100 bytecode instructions\n",
                  st.first_code_ms, median);
    out += buf;
  }
  for (auto& f : st.functions) {
    std::snprintf(buf, sizeof buf, "  %-40s compiles %u  ir %u  exits %u  bytes %zu  %.3f ms  deopts %llu",
                  f.name.c_str(), f.compiles, f.ir_instrs, f.exits, f.code_bytes, double(f.compile_ns) / 1e6,
                  (unsigned long long)f.code->deopts);
    out += buf;
    if (!f.refused.empty()) out += "  [" + f.refused + "]";
    out += "\n";
  }
  return out;
}

}  // namespace taipan::jit
