// The `taipan` module: what a program can ask of this VM that CPython has no name for.
//
//   taipan.Interrupted   raised when a host's instruction or time budget runs out, or by the
//                        host's interrupt of an embedded call (a BaseException: `except
//                        Exception` does not catch it)
//   taipan.next_frame()  waits for the next frame. In a program run cooperatively (the
//                        browser, Engine::start_*), the program pauses and the host resumes it
//                        at its next frame (requestAnimationFrame in the browser); elsewhere
//                        it sleeps until the next 1/60 s tick of the monotonic clock. A game
//                        loop written `while True: update(); draw(); taipan.next_frame()`
//                        runs unchanged in a terminal and in a page.
#include "runtime/nativetype.h"
#include "runtime/objects.h"
#include "runtime/vm.h"

namespace taipan::runtime {

namespace {

constexpr int64_t kFrameNs = 1000000000 / 60;

Value next_frame(VM& vm, Value, Value*, size_t, Tuple*) {
  if (vm.can_suspend_hook && vm.can_suspend_hook(vm)) {
    vm.frame_wanted = true;
    vm.wake_at_ns = 0;
    vm.suspend_wanted = true;
    vm.safepoint_countdown = 0;
    return Value::none();
  }
  int64_t now = vm_monotonic_ns();
  if (failed(vm_sleep(vm, double(kFrameNs - now % kFrameNs) / 1e9))) return Value::null();
  return Value::none();
}

Value make_taipan(VM& vm) {
  Value mv = native_module(vm, "taipan");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  static const MethodDef fns[] = {{"next_frame", next_frame, 0, 0, 0}};
  add_functions(vm, mv.as<Module>(), fns);
  Dict* d = mv.as<Module>()->dict;
  if (failed(dict_set_cstr(vm, d, "Interrupted", Value::ptr(vm.Interrupted)))) return Value::null();
  if (failed(dict_set_cstr(vm, d, "__doc__", new_str(vm, "What a program can ask of the Taipan VM."))))
    return Value::null();
  return mv;
}

}  // namespace

void init_taipan_module(VM& vm) { register_native_module(vm, "taipan", make_taipan); }

}  // namespace taipan::runtime
