// BenchVM and the Python runner (harness.h).
#include "harness.h"

#include <memory>

#include "interp/frame.h"
#include "interp/import.h"
#include "jit/jit.h"
#ifdef TAIPAN_NATIVE_TIER
#include "native-tier/x64_backend.h"
#endif

namespace taipan::bench {

using namespace runtime;

bool has_jit_tier() {
#ifdef TAIPAN_NATIVE_TIER
  return true;
#else
  return false;
#endif
}

static void write_through(VM&, int fd, std::string_view s) {
  FILE* f = fd == 2 ? stderr : stdout;
  std::fwrite(s.data(), 1, s.size(), f);
}

BenchVM::BenchVM(Tier tier) {
  vm_.write_out = write_through;
  interp::install(vm_);
  jit::Config jc;
  jc.mode = tier == Tier::Jit ? jit::Mode::On : jit::Mode::Off;
  std::unique_ptr<jit::Backend> backend;
#ifdef TAIPAN_NATIVE_TIER
  if (tier == Tier::Jit) backend = native::make_x64_backend(false);
#endif
  jit::install(vm_, jc, std::move(backend));
}

BenchVM::~BenchVM() {
  jit::uninstall(vm_);
  interp::uninstall(vm_);
}

std::string BenchVM::take_error() {
  if (vm_.exc.is_null()) return "no exception";
  Root re(vm_, vm_.exc);
  std::string r = type_name(vm_, re.value);
  clear_exc(vm_);
  Value m = str(vm_, re.value);
  if (m.is_null()) {
    clear_exc(vm_);
  } else if (as_str(m)->nbytes) {
    r += ": " + std::string(as_str(m)->view());
  }
  return r;
}

Value BenchVM::global(const char* module, const char* name, std::string& error) {
  Str* mname = vm_.intern(module);
  Value mod = dict_get_str(vm_.modules, mname);
  if (mod.is_null()) {
    std::string path = std::string(TAIPAN_MICRO_PYC_DIR) + "/" + module + ".pyc";
    mod = interp::exec_module_file(vm_, mname, path, false, "");
    if (mod.is_null()) {
      error = "loading " + path + ": " + take_error();
      return mod;
    }
  }
  Value v = dict_get_cstr(vm_, mod.as<Module>()->dict, name);
  if (v.is_null()) error = std::string(module) + " has no global " + name;
  return v;
}

// A call's result as an int64; false (with `error`) if the call failed or returned a non-int.
static bool int_result(BenchVM& b, Value r, int64_t& out, std::string& error) {
  VM& vm = b.vm();
  if (r.is_null()) {
    error = b.take_error();
    return false;
  }
  if (!is_int(vm, r) || failed(int_to_i64(vm, r, out))) {
    clear_exc(vm);
    error = std::string("result is not an int64 but a ") + type_name(vm, r);
    return false;
  }
  return true;
}

void run_python(benchmark::State& state, Tier tier, const char* module, const char* function, int64_t arg,
                int64_t expected, int64_t items_per_call, int warmup) {
  if (tier == Tier::Jit && !has_jit_tier()) {
    state.SkipWithError("this build has no JIT tier");
    return;
  }
  BenchVM b(tier);
  VM& vm = b.vm();
  std::string error;
  Root fn(vm, b.global(module, function, error));
  if (fn.value.is_null()) {
    state.SkipWithError(error.c_str());
    return;
  }
  auto call_once = [&]() -> bool {
    Value a = Value::small(arg);
    int64_t got = 0;
    if (!int_result(b, call(vm, fn.value, &a, 1), got, error)) return false;
    if (got != expected) {
      error = std::string(module) + "." + function + "(" + std::to_string(arg) + ") returned " + std::to_string(got) +
              ", expected " + std::to_string(expected);
      return false;
    }
    return true;
  };
  for (int i = 0; i < warmup; i++) {
    if (!call_once()) {
      state.SkipWithError(error.c_str());
      return;
    }
  }
  for (auto _ : state) {
    if (!call_once()) {
      state.SkipWithError(error.c_str());
      break;
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * items_per_call);
}

}  // namespace taipan::bench
