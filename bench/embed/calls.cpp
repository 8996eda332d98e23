// taipan_embed_bench: the embedding API's call overhead against the CPython C API's
// equivalent, both in this one process (issue 7's measurement; docs/benchmarks.md
// "Embedding call overhead"). Unlike taipan_micro it uses only Taipan's public API
// (include/taipan/), as a host program would, and links the host's libpython3.11.
//
// C++ -> Python: one call of `def add(a, b): return a + b` with two small ints per iteration.
//   Taipan:  Object::operator()(1, 2)  (what engine.call(fn, 1, 2) does), the Result checked;
//            ..._as_int64 also converts the result with as<int64_t>().
//   CPython: PyObject_Vectorcall on the same function made by PyRun_String, with fresh PyLong
//            arguments, the result checked and released; ..._as_int64 adds PyLong_AsLongLong.
//            PyObject_Call (a tuple of arguments) is shown as a second CPython reference.
// Python -> C++: `loop(f, 1000)` per iteration, `for i in range(n): f(i, 1)`, where f is
//   Taipan:  a C++ lambda (int64_t, int64_t) -> int64_t made a module function by
//            Engine::define_module;
//   CPython: a METH_FASTCALL extension function of a module made by PyModule_Create, which
//            converts its arguments with PyLong_AsLongLong and returns PyLong_FromLongLong.
//   The same loop with a body of `pass` (LoopEmpty) gives the loop's own cost. The per_call
//   counter is the time of one loop() call divided by 1000.
// Every Taipan benchmark runs with Options::jit Off and On (the JIT variants skip themselves
// in a build without the JIT tier). Both native functions count their calls, and every
// benchmark checks its results (a wrong one ends it with SkipWithError).
//
// TAIPAN_EMBED_JIT_STATS=1 prints Engine::jit_stats() of the JIT-on Engine at exit.
//
// Run: build/bench/bench/taipan_embed_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "taipan/taipan.h"

namespace {

constexpr int64_t kLoopCalls = 1000;

const char kSource[] =
    "def add(a, b):\n"
    "    return a + b\n"
    "\n"
    "def loop(f, n):\n"
    "    for i in range(n):\n"
    "        f(i, 1)\n"
    "\n"
    "def loop_empty(f, n):\n"
    "    for i in range(n):\n"
    "        pass\n";

// ---- Taipan ----

enum class Jit { Off, On };

int64_t g_taipan_native_calls = 0;

struct TaipanSide {
  std::unique_ptr<taipan::Engine> engine;
  taipan::Object add, loop, loop_empty, native_add;
  std::string error;  // set when the set-up failed
};

// One Engine per JIT setting, made on first use and kept for the whole run.
TaipanSide& taipan_side(Jit jit) {
  static TaipanSide sides[2];
  TaipanSide& s = sides[jit == Jit::On ? 1 : 0];
  if (s.engine || !s.error.empty()) return s;
  taipan::Options opts;
  opts.jit = jit == Jit::On ? taipan::Options::Jit::On : taipan::Options::Jit::Off;
  s.engine = std::make_unique<taipan::Engine>(opts);
  taipan::Engine& e = *s.engine;
  auto fail = [&](const char* what, const taipan::Error& err) -> TaipanSide& {
    s.error = std::string(what) + ": " + err.type + ": " + err.message;
    return s;
  };
  auto mod = e.define_module("native_bench", {{"add", [](int64_t a, int64_t b) -> int64_t {
                                                  g_taipan_native_calls++;
                                                  return a + b;
                                                }}});
  if (!mod) return fail("define_module", mod.error());
  auto native = mod->getattr("add");
  if (!native) return fail("native_bench.add", native.error());
  s.native_add = *native;
  if (auto r = e.exec(kSource); !r) return fail("exec", r.error());
  const std::pair<const char*, taipan::Object*> globals[] = {
      {"add", &s.add}, {"loop", &s.loop}, {"loop_empty", &s.loop_empty}};
  for (const auto& [name, slot] : globals) {
    auto g = e.get_global(name);
    if (!g) return fail(name, g.error());
    *slot = *g;
  }
  return s;
}

bool taipan_ready(benchmark::State& state, Jit jit, TaipanSide*& out) {
  if (jit == Jit::On && !taipan::Engine::has_jit()) {
    state.SkipWithError("this build has no JIT tier");
    return false;
  }
  out = &taipan_side(jit);
  if (!out->error.empty()) {
    state.SkipWithError(out->error.c_str());
    return false;
  }
  return true;
}

void BM_CppToPy_Taipan(benchmark::State& state, Jit jit) {
  TaipanSide* s;
  if (!taipan_ready(state, jit, s)) return;
  const taipan::Object& add = s->add;
  for (auto _ : state) {
    taipan::Result<taipan::Object> r = add(1, 2);
    if (!r) {
      state.SkipWithError(r.error().message.c_str());
      break;
    }
    benchmark::DoNotOptimize(r);
  }
}

void BM_CppToPyAsInt64_Taipan(benchmark::State& state, Jit jit) {
  TaipanSide* s;
  if (!taipan_ready(state, jit, s)) return;
  const taipan::Object& add = s->add;
  for (auto _ : state) {
    taipan::Result<taipan::Object> r = add(1, 2);
    if (!r) {
      state.SkipWithError(r.error().message.c_str());
      break;
    }
    taipan::Result<int64_t> v = r->as<int64_t>();
    if (!v || *v != 3) {
      state.SkipWithError("add(1, 2) did not give 3");
      break;
    }
    benchmark::DoNotOptimize(*v);
  }
}

void report_loop(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * kLoopCalls);
  state.counters["per_call"] =
      benchmark::Counter(double(kLoopCalls), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void run_taipan_loop(benchmark::State& state, Jit jit, bool empty) {
  TaipanSide* s;
  if (!taipan_ready(state, jit, s)) return;
  const taipan::Object& loop = empty ? s->loop_empty : s->loop;
  const taipan::Object& f = s->native_add;
  int64_t before = g_taipan_native_calls;
  for (auto _ : state) {
    taipan::Result<taipan::Object> r = loop(f, kLoopCalls);
    if (!r) {
      state.SkipWithError(r.error().message.c_str());
      return;
    }
  }
  int64_t expected = empty ? 0 : int64_t(state.iterations()) * kLoopCalls;
  if (g_taipan_native_calls - before != expected) {
    state.SkipWithError("the native function was not called as often as expected");
    return;
  }
  report_loop(state);
}

void BM_PyToCpp_Taipan(benchmark::State& state, Jit jit) { run_taipan_loop(state, jit, false); }
void BM_LoopEmpty_Taipan(benchmark::State& state, Jit jit) { run_taipan_loop(state, jit, true); }

// ---- CPython ----

int64_t g_cpython_native_calls = 0;

PyObject* native_add(PyObject*, PyObject* const* args, Py_ssize_t nargs) {
  if (nargs != 2) {
    PyErr_Format(PyExc_TypeError, "add() takes exactly 2 arguments (%zd given)", nargs);
    return nullptr;
  }
  long long a = PyLong_AsLongLong(args[0]);
  if (a == -1 && PyErr_Occurred()) return nullptr;
  long long b = PyLong_AsLongLong(args[1]);
  if (b == -1 && PyErr_Occurred()) return nullptr;
  g_cpython_native_calls++;
  return PyLong_FromLongLong(a + b);
}

PyMethodDef g_native_methods[] = {
    {"add", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(native_add)), METH_FASTCALL, "a + b"},
    {nullptr, nullptr, 0, nullptr},
};

PyModuleDef g_native_module = {PyModuleDef_HEAD_INIT, "native_bench", nullptr, -1, g_native_methods,
                               nullptr, nullptr, nullptr, nullptr};

struct CPythonSide {
  PyObject* add = nullptr;
  PyObject* loop = nullptr;
  PyObject* loop_empty = nullptr;
  PyObject* native_add = nullptr;
  std::string error;
};

std::string take_python_error() {
  PyObject *type, *value, *tb;
  PyErr_Fetch(&type, &value, &tb);
  std::string out = "Python error";
  if (value) {
    if (PyObject* s = PyObject_Str(value)) {
      if (const char* c = PyUnicode_AsUTF8(s)) out = c;
      Py_DECREF(s);
    }
  }
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(tb);
  PyErr_Clear();
  return out;
}

// Called from main after Py_InitializeEx: the module, the functions (kept for the whole run).
CPythonSide& cpython_side() {
  static CPythonSide s;
  return s;
}

void set_up_cpython() {
  CPythonSide& s = cpython_side();
  PyObject* mod = PyModule_Create(&g_native_module);
  if (!mod || PyDict_SetItemString(PyImport_GetModuleDict(), "native_bench", mod) < 0) {
    s.error = "PyModule_Create: " + take_python_error();
    return;
  }
  s.native_add = PyObject_GetAttrString(mod, "add");
  Py_DECREF(mod);
  PyObject* globals = PyDict_New();
  PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
  PyObject* r = PyRun_String(kSource, Py_file_input, globals, globals);
  if (!r) {
    s.error = "PyRun_String: " + take_python_error();
    Py_DECREF(globals);
    return;
  }
  Py_DECREF(r);
  s.add = PyDict_GetItemString(globals, "add");
  s.loop = PyDict_GetItemString(globals, "loop");
  s.loop_empty = PyDict_GetItemString(globals, "loop_empty");
  Py_XINCREF(s.add);
  Py_XINCREF(s.loop);
  Py_XINCREF(s.loop_empty);
  Py_DECREF(globals);
  if (!s.add || !s.loop || !s.loop_empty || !s.native_add) s.error = "the functions are missing";
}

bool cpython_ready(benchmark::State& state, CPythonSide*& out) {
  out = &cpython_side();
  if (!out->error.empty()) {
    state.SkipWithError(out->error.c_str());
    return false;
  }
  return true;
}

enum class CallKind { Vectorcall, CallTuple };

PyObject* cpython_call_add(PyObject* add, CallKind kind) {
  PyObject* args[2] = {PyLong_FromLong(1), PyLong_FromLong(2)};
  PyObject* r;
  if (kind == CallKind::Vectorcall) {
    r = PyObject_Vectorcall(add, args, 2, nullptr);
    Py_DECREF(args[0]);
    Py_DECREF(args[1]);
  } else {
    PyObject* tuple = PyTuple_New(2);  // steals the two references
    PyTuple_SET_ITEM(tuple, 0, args[0]);
    PyTuple_SET_ITEM(tuple, 1, args[1]);
    r = PyObject_Call(add, tuple, nullptr);
    Py_DECREF(tuple);
  }
  return r;
}

void BM_CppToPy_CPython(benchmark::State& state, CallKind kind) {
  CPythonSide* s;
  if (!cpython_ready(state, s)) return;
  for (auto _ : state) {
    PyObject* r = cpython_call_add(s->add, kind);
    if (!r) {
      state.SkipWithError(take_python_error().c_str());
      break;
    }
    benchmark::DoNotOptimize(r);
    Py_DECREF(r);
  }
}

void BM_CppToPyAsInt64_CPython(benchmark::State& state, CallKind kind) {
  CPythonSide* s;
  if (!cpython_ready(state, s)) return;
  for (auto _ : state) {
    PyObject* r = cpython_call_add(s->add, kind);
    if (!r) {
      state.SkipWithError(take_python_error().c_str());
      break;
    }
    long long v = PyLong_AsLongLong(r);
    Py_DECREF(r);
    if (v != 3) {
      state.SkipWithError("add(1, 2) did not give 3");
      break;
    }
    benchmark::DoNotOptimize(v);
  }
}

void run_cpython_loop(benchmark::State& state, bool empty) {
  CPythonSide* s;
  if (!cpython_ready(state, s)) return;
  PyObject* loop = empty ? s->loop_empty : s->loop;
  PyObject* n = PyLong_FromLongLong(kLoopCalls);
  int64_t before = g_cpython_native_calls;
  for (auto _ : state) {
    PyObject* args[2] = {s->native_add, n};
    PyObject* r = PyObject_Vectorcall(loop, args, 2, nullptr);
    if (!r) {
      state.SkipWithError(take_python_error().c_str());
      Py_DECREF(n);
      return;
    }
    Py_DECREF(r);
  }
  Py_DECREF(n);
  int64_t expected = empty ? 0 : int64_t(state.iterations()) * kLoopCalls;
  if (g_cpython_native_calls - before != expected) {
    state.SkipWithError("the native function was not called as often as expected");
    return;
  }
  report_loop(state);
}

void BM_PyToCpp_CPython(benchmark::State& state) { run_cpython_loop(state, false); }
void BM_LoopEmpty_CPython(benchmark::State& state) { run_cpython_loop(state, true); }

// Each pair is registered next to each other so they run under similar machine load.
BENCHMARK_CAPTURE(BM_CppToPy_Taipan, jit_off, Jit::Off);
BENCHMARK_CAPTURE(BM_CppToPy_Taipan, jit_on, Jit::On);
BENCHMARK_CAPTURE(BM_CppToPy_CPython, vectorcall, CallKind::Vectorcall);
BENCHMARK_CAPTURE(BM_CppToPy_CPython, call_tuple, CallKind::CallTuple);
BENCHMARK_CAPTURE(BM_CppToPyAsInt64_Taipan, jit_off, Jit::Off);
BENCHMARK_CAPTURE(BM_CppToPyAsInt64_Taipan, jit_on, Jit::On);
BENCHMARK_CAPTURE(BM_CppToPyAsInt64_CPython, vectorcall, CallKind::Vectorcall);
BENCHMARK_CAPTURE(BM_CppToPyAsInt64_CPython, call_tuple, CallKind::CallTuple);
BENCHMARK_CAPTURE(BM_PyToCpp_Taipan, jit_off, Jit::Off)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PyToCpp_Taipan, jit_on, Jit::On)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PyToCpp_CPython)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_LoopEmpty_Taipan, jit_off, Jit::Off)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_LoopEmpty_Taipan, jit_on, Jit::On)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LoopEmpty_CPython)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  Py_InitializeEx(0);  // 0: leave the process's signal handlers alone
  set_up_cpython();
  benchmark::AddCustomContext("cpython", Py_GetVersion());
  benchmark::AddCustomContext("taipan_jit_tier", taipan::Engine::has_jit() ? "yes" : "none");
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  // What the JIT-on Engine compiled, on request.
  if (const char* v = std::getenv("TAIPAN_EMBED_JIT_STATS"); v && *v == '1') {
    TaipanSide& s = taipan_side(Jit::On);
    if (s.engine) std::fprintf(stderr, "%s", s.engine->jit_stats().c_str());
  }
  // The Taipan Engines (function-local statics) are destroyed after this; CPython is left
  // initialized: finalizing it here would only add exit time.
  return 0;
}
