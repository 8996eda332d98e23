// Cooperative running (interp::run_suspendable): a program pauses at time.sleep and at the
// end of a time slice, keeps its frames while other Python code runs and the GC collects,
// and resumes where it was, with the interpreter alone and with compiled code.
#include <gtest/gtest.h>

#include <string>

#include "interp/frame.h"
#include "interp/import.h"
#include "jit/jit.h"
#include "runtime/objects.h"
#ifdef TAIPAN_NATIVE_TIER
#include "native-tier/x64_backend.h"
#endif

using namespace taipan;
using namespace taipan::runtime;

namespace {

struct SuspendTest : ::testing::TestWithParam<jit::Mode> {
  VM vm;
  std::string out;
  Dict* globals = nullptr;
  Root keep{vm};

  SuspendTest() {
    interp::install(vm);
    vm.host = &out;
    vm.write_out = [](VM& v, int, std::string_view s) { static_cast<std::string*>(v.host)->append(s); };
    jit::Config jc;
    jc.mode = GetParam();
    jc.call_threshold = 2;
    jc.loop_threshold = 50;
    std::unique_ptr<jit::Backend> backend;
#ifdef TAIPAN_NATIVE_TIER
    if (jc.mode != jit::Mode::Off) backend = native::make_x64_backend(false);
#endif
    jit::install(vm, jc, std::move(backend));
    Value m = new_module(vm, vm.intern("__main__"));
    keep = m;
    globals = m.as<Module>()->dict;
    (void)dict_set_str(vm, globals, vm.s_builtins, Value::ptr(vm.builtins));
    (void)dict_set_str(vm, vm.modules, vm.intern("__main__"), m);
  }
  ~SuspendTest() override {
    jit::uninstall(vm);
    interp::uninstall(vm);
  }
  Code* compile(const char* source) {
    Value c = interp::compile_source_text(vm, source, false, "<test>", "exec", 0, "compile");
    EXPECT_FALSE(c.is_null());
    return c.is_null() ? nullptr : c.as<Code>();
  }
  std::string error() {
    if (vm.exc.is_null()) return "";
    Value s = repr(vm, vm.exc);
    clear_exc(vm);
    return s.is_null() ? "?" : std::string(as_str(s)->view());
  }
};

TEST_P(SuspendTest, SleepPausesRightAfterTheCall) {
  Code* code = compile(
      "import time\n"
      "def step(i):\n"
      "    print('tick', i)\n"
      "    time.sleep(0.5)\n"
      "    return i\n"
      "total = 0\n"
      "for i in range(5):\n"
      "    total += step(i)\n"
      "print('done', total)\n");
  ASSERT_NE(code, nullptr);
  Root rc(vm, Value::ptr(code));
  bool suspended = false;
  int64_t t0 = vm_monotonic_ns();
  Value r = interp::run_suspendable(vm, code, globals, suspended);
  int pauses = 0;
  while (suspended) {
    pauses++;
    // Paused inside step(i), right after time.sleep returned: the print of the next
    // tick has not happened, and the program asks to wake half a second later.
    EXPECT_EQ(out, "tick " + std::to_string(pauses - 1) + "\n") << out;
    EXPECT_GE(vm.wake_at_ns, t0 + 400000000);
    out.clear();
    r = interp::resume_suspended(vm, suspended);
  }
  EXPECT_EQ(error(), "");
  EXPECT_FALSE(r.is_null());
  EXPECT_EQ(pauses, 5);
  EXPECT_EQ(out, "done 10\n");
  // The pauses did not block: five half-second sleeps took no real time.
  EXPECT_LT(vm_monotonic_ns() - t0, int64_t(2000000000));
}

TEST_P(SuspendTest, SlicesPauseALongLoop) {
  Code* code = compile(
      "def work(n):\n"
      "    t = 0\n"
      "    for i in range(n):\n"
      "        t += i % 7\n"
      "    return t\n"
      "acc = 0\n"
      "k = 0\n"
      "while k < 40:\n"
      "    acc += work(20000)\n"
      "    k += 1\n"
      "print(acc)\n");
  ASSERT_NE(code, nullptr);
  Root rc(vm, Value::ptr(code));
  bool suspended = false;
  vm.slice_end_ns = vm_monotonic_ns() + 200000;  // 0.2 ms slices
  Value r = interp::run_suspendable(vm, code, globals, suspended);
  int pauses = 0;
  while (suspended && pauses < 100000) {
    pauses++;
    vm.slice_end_ns = vm_monotonic_ns() + 200000;
    r = interp::resume_suspended(vm, suspended);
  }
  vm.slice_end_ns = 0;
  EXPECT_EQ(error(), "");
  EXPECT_FALSE(r.is_null());
  EXPECT_GT(pauses, 3);
  int64_t want = 0;
  for (int i = 0; i < 20000; i++) want += i % 7;
  EXPECT_EQ(out, std::to_string(want * 40) + "\n");
}

TEST_P(SuspendTest, OtherCodeAndTheCollectorRunWhilePaused) {
  Code* code = compile(
      "import time\n"
      "log = []\n"
      "def handler(x):\n"
      "    log.append(x)\n"
      "    return [x] * 3\n"
      "def main():\n"
      "    data = {'k': [1, 2, 3]}\n"
      "    for i in range(3):\n"
      "        data[i] = list(range(i * 10))\n"
      "        time.sleep(0.01)\n"
      "    print(sorted(log), sum(len(v) for v in data.values()))\n"
      "main()\n");
  ASSERT_NE(code, nullptr);
  Root rc(vm, Value::ptr(code));
  bool suspended = false;
  Value r = interp::run_suspendable(vm, code, globals, suspended);
  int pauses = 0;
  while (suspended) {
    // An event handler runs while the program is paused; then a full collection.
    Value h = dict_get_cstr(vm, globals, "handler");
    ASSERT_FALSE(h.is_null());
    Value res = call1(vm, h, Value::small(pauses));
    EXPECT_FALSE(res.is_null()) << error();
    vm.heap.collect();
    pauses++;
    r = interp::resume_suspended(vm, suspended);
  }
  EXPECT_EQ(error(), "");
  EXPECT_FALSE(r.is_null());
  EXPECT_EQ(pauses, 3);
  EXPECT_EQ(out, "[0, 1, 2] 33\n");
}

TEST_P(SuspendTest, NestedActivationsDoNotPause) {
  // Inside sorted()'s key function a native frame sits between the program and the host:
  // time.sleep blocks there (briefly) instead of pausing.
  Code* code = compile(
      "import time\n"
      "def key(x):\n"
      "    time.sleep(0)\n"
      "    return -x\n"
      "print(sorted([3, 1, 2], key=key))\n"
      "time.sleep(0)\n"
      "print('after')\n");
  ASSERT_NE(code, nullptr);
  Root rc(vm, Value::ptr(code));
  bool suspended = false;
  Value r = interp::run_suspendable(vm, code, globals, suspended);
  ASSERT_TRUE(suspended);
  EXPECT_EQ(out, "[3, 2, 1]\n");
  r = interp::resume_suspended(vm, suspended);
  EXPECT_FALSE(suspended);
  EXPECT_EQ(error(), "");
  EXPECT_FALSE(r.is_null());
  EXPECT_EQ(out, "[3, 2, 1]\nafter\n");
}

TEST_P(SuspendTest, ExceptionsAfterAResumePropagate) {
  Code* code = compile(
      "import time\n"
      "def f():\n"
      "    time.sleep(0)\n"
      "    raise ValueError('after the pause')\n"
      "try:\n"
      "    f()\n"
      "except ValueError as e:\n"
      "    print('caught', e)\n"
      "time.sleep(0)\n"
      "1 / 0\n");
  ASSERT_NE(code, nullptr);
  Root rc(vm, Value::ptr(code));
  bool suspended = false;
  Value r = interp::run_suspendable(vm, code, globals, suspended);
  int pauses = 0;
  while (suspended) {
    pauses++;
    r = interp::resume_suspended(vm, suspended);
  }
  EXPECT_EQ(pauses, 2);
  EXPECT_TRUE(r.is_null());
  EXPECT_EQ(out, "caught after the pause\n");
  EXPECT_NE(error().find("ZeroDivisionError"), std::string::npos);
  // Nothing is left paused, and the VM runs the next program normally.
  EXPECT_FALSE(interp::resume_suspended(vm, suspended).is_null() && vm.exc.is_null());
  clear_exc(vm);
}

INSTANTIATE_TEST_SUITE_P(Modes, SuspendTest, ::testing::Values(jit::Mode::Off, jit::Mode::On, jit::Mode::Eager),
                         [](const ::testing::TestParamInfo<jit::Mode>& i) {
                           return i.param == jit::Mode::Off ? "interp" : i.param == jit::Mode::On ? "jit" : "eager";
                         });

}  // namespace
