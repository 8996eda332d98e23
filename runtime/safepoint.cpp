// Safe points: where a running program notices signals, a host's interrupt request and its
// budgets (see the declarations in runtime/vm.h).
//
// The fast path is a decrement of VM::safepoint_countdown at each function entry and loop
// back-edge (interpreter and compiled code alike). Asynchronous events set a bit in
// VM::pending and zero the countdown; that store may race with the running thread's
// decrement and be lost, but the countdown runs out on its own within one period, so an
// event is seen at most kSafepointInterval safe points late, never missed.
#include <signal.h>
#include <time.h>

#include <cerrno>
#include <cstring>

#include "runtime/objects.h"
#include "runtime/vm.h"

namespace taipan::runtime {

namespace {

// Signals go to one VM per process: the one made with Options::handle_signals (the CLI's).
std::atomic<VM*> g_signal_vm{nullptr};
volatile sig_atomic_t g_tripped[NSIG];

void on_signal(int signum) {
  if (signum <= 0 || signum >= NSIG) return;
  g_tripped[signum] = 1;
  VM* vm = g_signal_vm.load(std::memory_order_relaxed);
  if (!vm) return;
  vm->pending.fetch_or(kPendingSignal, std::memory_order_relaxed);
  vm->safepoint_countdown = 0;
}

}  // namespace

int64_t vm_monotonic_ns() {
  struct timespec ts;
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

namespace {

int64_t monotonic_ns() { return vm_monotonic_ns(); }

// Starts the next period: the full interval, or what is left of the tick budget.
void restart(VM& vm) {
  int32_t period = kSafepointInterval;
  if (vm.tick_budget) {
    uint64_t left = vm.ticks < vm.tick_budget ? vm.tick_budget - vm.ticks : 1;
    if (left < uint64_t(period)) period = int32_t(left);
  }
  vm.safepoint_period = period;
  vm.safepoint_countdown = period;
}

// The Python handler recorded for `signum` by the _signal module, or null (SIGINT's default
// handler raises KeyboardInterrupt).
Value python_handler(VM& vm, int signum) {
  Value m = dict_get_cstr(vm, vm.modules, "_signal");
  if (!is_layout(m, Layout::Module)) return Value::null();
  Value h = dict_get_cstr(vm, m.as<Module>()->dict, "_handlers");
  if (!is_dict(h)) return Value::null();
  return dict_get(vm, h.as<Dict>(), Value::small(signum));
}

Status run_signal_handlers(VM& vm) {
  for (int s = 1; s < NSIG; s++) {
    if (!g_tripped[s]) continue;
    g_tripped[s] = 0;
    Value h = python_handler(vm, s);
    if (h.is_null()) {
      if (!vm.exc.is_null()) return Status::Error;
      if (s == SIGINT) {
        raise_value(vm, Value::ptr(vm.KeyboardInterrupt));
        return Status::Error;
      }
      continue;
    }
    if (is_int(vm, h)) continue;  // SIG_DFL / SIG_IGN recorded: nothing to run
    Root rh(vm, h);
    // The handler gets the interrupted frame, as in CPython (a snapshot from sys._getframe).
    Value frame = Value::none();
    Value getframe = dict_get_cstr(vm, vm.sys->dict, "_getframe");
    if (!getframe.is_null()) {
      frame = call0(vm, getframe);
      if (frame.is_null()) {
        clear_exc(vm);
        frame = Value::none();
      }
    }
    Root rf(vm, frame);
    Value args[2] = {Value::small(s), frame};
    if (call(vm, h, args, 2).is_null()) return Status::Error;
  }
  return Status::Ok;
}

Status budget_exceeded(VM& vm, const char* what) {
  vm.safepoint_countdown = 1;  // sticky: the next safe point raises again
  vm.safepoint_period = 1;
  raise(vm, vm.Interrupted, "%s budget exceeded", what);
  return Status::Error;
}

}  // namespace

Status vm_safepoint(VM& vm) {
  int32_t used = vm.safepoint_period - vm.safepoint_countdown;
  vm.ticks += uint64_t(used > 0 ? used : 1);
  restart(vm);
  uint32_t p = vm.pending.exchange(0, std::memory_order_acq_rel);
  if (p & kPendingSignal) {
    if (failed(run_signal_handlers(vm))) {
      if (p & ~uint32_t(kPendingSignal)) {  // deliver the rest at the next safe point
        vm.pending.fetch_or(p & ~uint32_t(kPendingSignal));
        vm.safepoint_countdown = 1;
      }
      return Status::Error;
    }
  }
  if (p & kPendingInterrupt) {
    raise_value(vm, Value::ptr(vm.KeyboardInterrupt));
    return Status::Error;
  }
  if (p & kPendingSuspend) vm.suspend_wanted = true;
  if (vm.slice_end_ns && monotonic_ns() >= vm.slice_end_ns) vm.suspend_wanted = true;
  // Until the program can pause (its outermost activation reaches a safe point), every
  // safe point comes back here.
  if (vm.suspend_wanted) vm.safepoint_countdown = vm.safepoint_period = 1;
  if (vm.tick_budget && vm.ticks >= vm.tick_budget) return budget_exceeded(vm, "instruction");
  if (vm.deadline_ns && monotonic_ns() >= vm.deadline_ns) return budget_exceeded(vm, "time");
  return Status::Ok;
}

void vm_request_interrupt(VM& vm) {
  vm.pending.fetch_or(kPendingInterrupt, std::memory_order_relaxed);
  vm.safepoint_countdown = 0;
}

void vm_request_suspend(VM& vm) {
  vm.pending.fetch_or(kPendingSuspend, std::memory_order_relaxed);
  vm.safepoint_countdown = 0;
}

void vm_set_budgets(VM& vm, uint64_t ticks, int64_t wall_ns) {
  vm.tick_budget = ticks;
  vm.ticks = 0;
  vm.deadline_ns = wall_ns > 0 ? monotonic_ns() + wall_ns : 0;
  restart(vm);
}

Status vm_set_signal_handler(VM& vm, int signum, int disposition) {
  if (!vm.options.handle_signals || signum <= 0 || signum >= NSIG) return Status::Ok;
  struct sigaction sa = {};
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = disposition == 0 ? SIG_DFL : disposition == 1 ? SIG_IGN : on_signal;
  if (::sigaction(signum, &sa, nullptr) != 0) {
    raise(vm, vm.OSError, "[Errno %d] %s", errno, ::strerror(errno));
    return Status::Error;
  }
  if (sa.sa_handler == on_signal) g_signal_vm.store(&vm);
  return Status::Ok;
}

Status vm_sleep(VM& vm, double seconds) {
  int64_t end = monotonic_ns() + int64_t(seconds * 1e9);
  if (vm.can_suspend_hook && vm.can_suspend_hook(vm)) {
    vm.wake_at_ns = end;
    vm.suspend_wanted = true;
    vm.safepoint_countdown = 0;  // compiled code notices at its next safe point
    return Status::Ok;
  }
  for (;;) {
    int64_t now = monotonic_ns();
    if (vm.deadline_ns && vm.deadline_ns <= end && now >= vm.deadline_ns) return vm_safepoint(vm);
    if (now >= end) return Status::Ok;
    int64_t until = vm.deadline_ns && vm.deadline_ns < end ? vm.deadline_ns : end;
    struct timespec ts = {time_t((until - now) / 1000000000), long((until - now) % 1000000000)};
    if (::nanosleep(&ts, nullptr) != 0 && errno == EINTR && vm.pending.load() != 0 && failed(vm_safepoint(vm)))
      return Status::Error;
  }
}

void init_safepoints(VM& vm) {
  if (!vm.options.handle_signals) return;
  // As CPython: SIGINT raises KeyboardInterrupt (unless it was ignored when we started).
  struct sigaction old = {};
  if (::sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;
  (void)vm_set_signal_handler(vm, SIGINT, 2);
}

void fini_safepoints(VM& vm) {
  VM* self = &vm;
  if (!g_signal_vm.compare_exchange_strong(self, nullptr)) return;
  struct sigaction sa = {};
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = SIG_DFL;
  for (int s = 1; s < NSIG; s++) {
    struct sigaction cur = {};
    if (::sigaction(s, nullptr, &cur) == 0 && cur.sa_handler == on_signal) ::sigaction(s, &sa, nullptr);
  }
}

}  // namespace taipan::runtime
