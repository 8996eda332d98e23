// The time module: clocks and sleep.
#include <time.h>

#include <chrono>
#include <thread>

#include "runtime/objects.h"

namespace taipan::runtime {

static double now(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
static int64_t now_ns(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
static Value t_time(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_REALTIME)); }
static Value t_time_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_REALTIME)); }
static Value t_perf(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_MONOTONIC)); }
static Value t_perf_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_MONOTONIC)); }
static Value t_process(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_process_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_sleep(VM& vm, Value, Value* args, size_t, Tuple*) {
  double s;
  if (failed(to_double(vm, args[0], s))) return Value::null();
  if (s < 0) return raise(vm, vm.ValueError, "sleep length must be non-negative");
  std::this_thread::sleep_for(std::chrono::duration<double>(s));
  return Value::none();
}

static Value make_time(VM& vm) {
  Value existing = dict_get_cstr(vm, vm.modules, "time");
  if (!existing.is_null()) return existing;
  Value m = new_module(vm, vm.intern("time"));
  if (m.is_null()) return m;
  Root rm(vm, m);
  static const MethodDef fns[] = {
      {"time", t_time, 0, 0, 0},           {"time_ns", t_time_ns, 0, 0, 0},
      {"perf_counter", t_perf, 0, 0, 0},   {"perf_counter_ns", t_perf_ns, 0, 0, 0},
      {"monotonic", t_perf, 0, 0, 0},      {"monotonic_ns", t_perf_ns, 0, 0, 0},
      {"process_time", t_process, 0, 0, 0}, {"process_time_ns", t_process_ns, 0, 0, 0},
      {"sleep", t_sleep, 1, 1, 0},
  };
  add_functions(vm, m.as<Module>(), fns);
  (void)dict_set_cstr(vm, vm.modules, "time", m);
  return m;
}

void init_time(VM& vm) { register_native_module(vm, "time", make_time); }

}  // namespace taipan::runtime
