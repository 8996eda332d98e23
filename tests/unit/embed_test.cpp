// The embedding API (include/taipan/value.h, docs/embedding.md): engines side by side, calls
// and conversions both ways, errors, budgets, the heap cap, interrupts, native modules, and
// bad use that must only ever give Errors.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "taipan/taipan.h"

namespace {

using taipan::Arg;
using taipan::Engine;
using taipan::Error;
using taipan::Object;
using taipan::Options;
using taipan::Result;

Options quiet() {
  Options o;
  o.output = [](int, std::string_view) {};
  return o;
}

#define ASSERT_OK(r) ASSERT_TRUE((r).ok()) << (r).error().type << ": " << (r).error().message
#define EXPECT_OK(r) EXPECT_TRUE((r).ok()) << (r).error().type << ": " << (r).error().message

TEST(Embed, ManyEnginesHaveIndependentGlobals) {
  std::vector<std::unique_ptr<Engine>> engines;
  for (int i = 0; i < 4; i++) {
    engines.push_back(std::make_unique<Engine>(quiet()));
    ASSERT_OK(engines.back()->set_global("n", i * 10));
    ASSERT_OK(engines.back()->exec("def get():\n    return n + 1\n"));
  }
  for (int i = 0; i < 4; i++) {
    auto r = engines[size_t(i)]->call("get");
    ASSERT_OK(r);
    EXPECT_EQ(r->as<int64_t>().value(), i * 10 + 1);
  }
  // A global of one is unknown in another.
  ASSERT_OK(engines[0]->set_global("only_here", "x"));
  EXPECT_TRUE(engines[0]->get_global("only_here").ok());
  auto missing = engines[1]->get_global("only_here");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().type, "NameError");
  EXPECT_EQ(missing.error().message, "name 'only_here' is not defined");
}

TEST(Embed, ExecCallAndConversions) {
  Engine e(quiet());
  ASSERT_OK(e.exec("def add(a, b):\n    return a + b\n"
                   "def total(xs):\n    return sum(xs)\n"
                   "def keys(d):\n    return sorted(d)\n"
                   "def table():\n    return {'a': 1.5, 'b': 2}\n"
                   "def nested():\n    return [['x', 'y'], [], ('z',)]\n"
                   "def kind(v):\n    return type(v).__name__\n"));
  EXPECT_EQ(e.call("add", 2, 3)->as<int64_t>().value(), 5);
  EXPECT_DOUBLE_EQ(e.call("add", 0.5, 2)->as<double>().value(), 2.5);
  EXPECT_EQ(e.call("add", std::string("ab"), "cd")->as<std::string>().value(), "abcd");
  EXPECT_EQ(e.call("total", std::vector<int64_t>{1, 2, 3, 4})->as<int64_t>().value(), 10);
  std::map<std::string, int> m{{"b", 1}, {"a", 2}};
  EXPECT_EQ(e.call("keys", m)->as<std::vector<std::string>>().value(), (std::vector<std::string>{"a", "b"}));
  auto t = e.call("table")->as<std::map<std::string, double>>();
  ASSERT_OK(t);
  EXPECT_DOUBLE_EQ(t.value()["a"], 1.5);
  EXPECT_DOUBLE_EQ(t.value()["b"], 2.0);
  auto n = e.call("nested")->as<std::vector<std::vector<std::string>>>();
  ASSERT_OK(n);
  EXPECT_EQ(n.value(), (std::vector<std::vector<std::string>>{{"x", "y"}, {}, {"z"}}));
  EXPECT_EQ(e.call("kind", nullptr)->as<std::string>().value(), "NoneType");
  EXPECT_EQ(e.call("kind", true)->as<std::string>().value(), "bool");
  EXPECT_EQ(e.call("kind", 1.0f)->as<std::string>().value(), "float");
  EXPECT_EQ(e.call("kind", std::vector<Arg>{1, "a", nullptr})->as<std::string>().value(), "list");
  EXPECT_EQ(e.call("kind", uint64_t(1) << 63)->as<std::string>().value(), "int");
  EXPECT_TRUE(e.call("kind", nullptr).ok());

  // Objects pass back in unchanged, and keep their values across collections.
  auto lst = e.make(std::vector<int64_t>{5, 6, 7});
  ASSERT_OK(lst);
  Object copy = lst.value();
  ASSERT_OK(e.exec("import gc\nfor i in range(3):\n    junk = [[j] for j in range(10000)]\n    gc.collect()\n"));
  EXPECT_EQ(e.call("total", copy)->as<int64_t>().value(), 18);
  EXPECT_EQ(copy.repr().value(), "[5, 6, 7]");
  EXPECT_EQ(copy.type_name(), "list");
  EXPECT_EQ(e.eval("1 << 40")->as<int64_t>().value(), int64_t(1) << 40);
  EXPECT_TRUE(e.eval("None")->is_none());

  // Attributes and calling an Object directly.
  auto math = e.import("math");
  ASSERT_OK(math);
  auto sqrt = math->getattr("sqrt");
  ASSERT_OK(sqrt);
  EXPECT_DOUBLE_EQ(sqrt.value()(16)->as<double>().value(), 4.0);
  EXPECT_TRUE(sqrt->callable().value());
  auto pkg = e.import("os.path");
  ASSERT_OK(pkg);
  EXPECT_EQ(pkg->getattr("__name__")->as<std::string>().value(), "posixpath");

  // Mismatches are TypeErrors with what was expected and what was found.
  auto bad = e.eval("'text'")->as<int64_t>();
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().type, "TypeError");
  EXPECT_EQ(bad.error().message, "value must be int, not str");
  auto bad_item = e.eval("[1, 'two']")->as<std::vector<int64_t>>();
  ASSERT_FALSE(bad_item.ok());
  EXPECT_EQ(bad_item.error().message, "item [1] must be int, not str");
  EXPECT_FALSE(e.eval("2 ** 80")->as<int64_t>().ok());
  EXPECT_FALSE(e.eval("300")->as<uint8_t>().ok());
  EXPECT_EQ(e.eval("200")->as<uint8_t>().value(), 200);
  EXPECT_FALSE(e.eval("1")->as<bool>().ok());
  auto int_keys = e.eval("{1: 2}")->as<std::map<std::string, int64_t>>();
  EXPECT_FALSE(int_keys.ok());
}

TEST(Embed, ErrorsCarryTypeMessageAndTraceback) {
  Engine e(quiet());
  ASSERT_OK(e.exec("def inner(x):\n    raise ValueError('bad value %d' % x)\n"
                   "def outer():\n    inner(7)\n"));
  auto r = e.call("outer");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().type, "ValueError");
  EXPECT_EQ(r.error().message, "bad value 7");
  const std::string& tb = r.error().traceback;
  EXPECT_NE(tb.find("Traceback (most recent call last):"), std::string::npos) << tb;
  EXPECT_NE(tb.find("in outer"), std::string::npos) << tb;
  EXPECT_NE(tb.find("in inner"), std::string::npos) << tb;
  EXPECT_NE(tb.find("ValueError: bad value 7"), std::string::npos) << tb;

  auto syntax = e.exec("def broken(:\n");
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().type, "SyntaxError");

  auto imp = e.import("no_such_module_here");
  ASSERT_FALSE(imp.ok());
  EXPECT_EQ(imp.error().type, "ModuleNotFoundError");
  // Still usable.
  EXPECT_EQ(e.eval("6 * 7")->as<int64_t>().value(), 42);
}

TEST(Embed, LoadRunsAFileAsAModule) {
  std::string path = testing::TempDir() + "embed_loaded_mod.py";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("SCALE = 3\ndef scale(x):\n    return x * SCALE\n", f);
  std::fclose(f);
  Engine e(quiet());
  auto m = e.load(path);
  ASSERT_OK(m);
  EXPECT_EQ(m->getattr("__name__")->as<std::string>().value(), "embed_loaded_mod");
  EXPECT_EQ(m->getattr("scale").value()(5)->as<int64_t>().value(), 15);
  EXPECT_EQ(e.import("embed_loaded_mod")->getattr("SCALE")->as<int64_t>().value(), 3);
  auto missing = e.load(testing::TempDir() + "embed_no_such_file.py");
  EXPECT_FALSE(missing.ok());
  std::remove(path.c_str());
}

const char* kSpin =
    "def spin():\n    while True:\n        pass\n"
    "def stubborn():\n    while True:\n        try:\n            spin()\n        except BaseException:\n            pass\n"
    "def add(a, b):\n    return a + b\n";

TEST(Embed, InstructionBudget) {
  Options o = quiet();
  o.instruction_budget = 200000;
  Engine e(o);
  ASSERT_OK(e.exec(kSpin));
  for (const char* f : {"spin", "stubborn"}) {
    auto r = e.call(f);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().type, "Interrupted");
    EXPECT_EQ(r.error().message, "instruction budget exceeded");
    EXPECT_EQ(e.call("add", 1, 2)->as<int64_t>().value(), 3);
  }
  // A loop that fits in the budget finishes, and each call gets a fresh budget.
  for (int i = 0; i < 3; i++) EXPECT_EQ(e.eval("sum(range(50000))")->as<int64_t>().value(), 1249975000);
  e.set_budgets(0, 0);
  EXPECT_OK(e.eval("sum([i for i in range(500000)])"));
}

TEST(Embed, TimeBudget) {
  Options o = quiet();
  o.time_budget_ms = 100;
  Engine e(o);
  ASSERT_OK(e.exec(kSpin));
  auto start = std::chrono::steady_clock::now();
  auto r = e.call("stubborn");
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().type, "Interrupted");
  EXPECT_EQ(r.error().message, "time budget exceeded");
  EXPECT_LT(secs, 5.0);
  EXPECT_EQ(e.call("add", 20, 22)->as<int64_t>().value(), 42);
  // time.sleep wakes for the deadline.
  auto s = e.exec("import time\ntime.sleep(30)\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().type, "Interrupted");
  EXPECT_EQ(e.call("add", 1, 1)->as<int64_t>().value(), 2);
}

TEST(Embed, HeapCapGivesMemoryErrorThenRecovers) {
  Options o = quiet();
  o.max_heap = size_t(64) << 20;
  Engine e(o);
  ASSERT_OK(e.exec("def hog():\n    keep = []\n    while True:\n        keep.append('x' * 4096 + str(len(keep)))\n"
                   "def add(a, b):\n    return a + b\n"));
  auto r = e.call("hog");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().type, "MemoryError");
  EXPECT_EQ(e.call("add", 2, 2)->as<int64_t>().value(), 4);
  EXPECT_EQ(e.eval("len([0] * 100000)")->as<int64_t>().value(), 100000);
}

TEST(Embed, InterruptFromAnotherThread) {
  Engine e(quiet());
  ASSERT_OK(e.exec(kSpin));
  std::thread stopper([&e] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    e.interrupt();
  });
  auto r = e.call("spin");
  stopper.join();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().type, "KeyboardInterrupt");
  EXPECT_EQ(e.call("add", 3, 4)->as<int64_t>().value(), 7);
  // A request while nothing runs does not hit the next call.
  e.interrupt();
  EXPECT_EQ(e.eval("sum(range(100000))")->as<int64_t>().value(), 4999950000);
}

int64_t free_function(int64_t a, int64_t b) { return a * b; }

TEST(Embed, NativeModule) {
  Engine e(quiet());
  std::vector<std::string> log;
  auto m = e.define_module(
      "game", {{"spawn", [&log](std::string kind, int64_t x) {
                  log.push_back(kind);
                  return kind + "@" + std::to_string(x);
                }},
               {"mul", free_function},
               {"mean", [](std::vector<double> xs) {
                  double s = 0;
                  for (double x : xs) s += x;
                  return xs.empty() ? 0.0 : s / double(xs.size());
                }},
               {"names", [](std::map<std::string, int64_t> d) {
                  std::vector<std::string> out;
                  for (auto& [k, v] : d) out.push_back(k + "=" + std::to_string(v));
                  return out;
                }},
               {"nothing", [] {}},
               {"fail", []() -> Result<int64_t> { return Error{"ValueError", "no such level", ""}; }},
               {"apply", [&e](Object f, int64_t x) { return e.call(f, x); }},
               {"raw", taipan::HostFn([](taipan::HostCall& c) -> taipan::HostResult {
                  return Arg(int64_t(c.args.size()));
                })}});
  ASSERT_OK(m);
  ASSERT_OK(e.exec("import game\n"
                   "a = game.spawn('orc', 3)\n"
                   "b = game.mul(6, 7)\n"
                   "c = game.mean([1, 2, 3.5, 5.5])\n"
                   "d = game.names({'y': 2, 'x': 1})\n"
                   "n = game.nothing()\n"
                   "r = game.raw(1, 'two', None)\n"
                   "s = game.apply(lambda v: v * 10, 4)\n"
                   "try:\n    game.fail()\nexcept ValueError as exc:\n    caught = str(exc)\n"));
  EXPECT_EQ(e.get_global("a")->as<std::string>().value(), "orc@3");
  EXPECT_EQ(e.get_global("b")->as<int64_t>().value(), 42);
  EXPECT_DOUBLE_EQ(e.get_global("c")->as<double>().value(), 3.0);
  EXPECT_EQ(e.get_global("d")->as<std::vector<std::string>>().value(), (std::vector<std::string>{"x=1", "y=2"}));
  EXPECT_TRUE(e.get_global("n")->is_none());
  EXPECT_EQ(e.get_global("r")->as<int64_t>().value(), 3);
  EXPECT_EQ(e.get_global("s")->as<int64_t>().value(), 40);
  EXPECT_EQ(e.get_global("caught")->as<std::string>().value(), "no such level");
  EXPECT_EQ(log, (std::vector<std::string>{"orc"}));

  struct Case {
    const char* code;
    const char* type;
    const char* message;
  };
  const Case cases[] = {
      {"game.spawn(1, 2)", "TypeError", "spawn() argument 1 must be str, not int"},
      {"game.spawn('orc', 'x')", "TypeError", "spawn() argument 2 must be int, not str"},
      {"game.spawn('orc', 1, 2)", "TypeError", "spawn() takes 2 positional arguments but 3 were given"},
      {"game.spawn('orc')", "TypeError", "spawn() missing 1 required positional argument"},
      {"game.spawn('orc', x=1)", "TypeError", "spawn() takes no keyword arguments"},
      {"game.mean([1, 'a'])", "TypeError", "mean() argument 1[1] must be float, not str"},
      {"game.mean(5)", "TypeError", "mean() argument 1 must be list, not int"},
      {"game.names({1: 2})", "TypeError", "names() argument 1[key] must be str, not int"},
      {"game.mul(2**70, 1)", "TypeError", "mul() argument 1 must be int that fits in 64 bits, not a larger int"},
      {"game.fail()", "ValueError", "no such level"},
  };
  for (const Case& c : cases) {
    auto r = e.exec(c.code);
    ASSERT_FALSE(r.ok()) << c.code;
    EXPECT_EQ(r.error().type, c.type) << c.code;
    EXPECT_EQ(r.error().message, c.message) << c.code;
  }
  EXPECT_EQ(log.size(), 1u);
  // Functions can be added to the module later.
  ASSERT_OK(e.define_module("game", {{"version", [] { return 2; }}}));
  EXPECT_EQ(e.eval("game.version() + game.mul(2, 3)")->as<int64_t>().value(), 8);
}

TEST(Embed, GcStressKeepsHandlesAlive) {
  Options o = quiet();
  o.gc_stress = true;
  o.jit = Options::Jit::Off;
  Engine e(o);
  std::vector<Object> held;
  for (int i = 0; i < 20; i++) held.push_back(e.make(std::vector<std::string>{"a" + std::to_string(i), "b"}).value());
  ASSERT_OK(e.exec("x = [str(i) * 3 for i in range(200)]\n"));
  for (int i = 0; i < 20; i++)
    EXPECT_EQ(held[size_t(i)].as<std::vector<std::string>>().value(), (std::vector<std::string>{"a" + std::to_string(i), "b"}));
}

TEST(Embed, ObjectsOutlivingTheirEngineAreInert) {
  Object o;
  EXPECT_FALSE(o.valid());
  EXPECT_FALSE(o.as<int64_t>().ok());
  {
    Engine e(quiet());
    o = e.make(5).value();
    EXPECT_EQ(o.as<int64_t>().value(), 5);
  }
  EXPECT_FALSE(o.valid());
  EXPECT_FALSE(o.as<int64_t>().ok());
  EXPECT_FALSE(o().ok());
  EXPECT_FALSE(o.repr().ok());
  Object copy = o;
  EXPECT_FALSE(copy.valid());
}

TEST(Embed, FuzzBadUseGivesOnlyErrors) {
  Engine e(quiet());
  Engine other(quiet());
  ASSERT_OK(e.exec("def f(a, b=1):\n    return a + b\nclass C:\n    pass\nobj = C()\nnums = [1, 2, 3]\n"));
  ASSERT_OK(e.define_module("nat", {{"need_int", [](int64_t x) { return x; }}}));
  Object foreign = other.make(1).value();
  std::vector<Object> pool;
  for (const char* expr : {"1", "'s'", "None", "nums", "obj", "f", "C", "{'k': [1]}", "3.5", "(1, 2)", "len",
                           "__import__('nat').need_int"})
    pool.push_back(e.eval(expr).value());
  pool.push_back(Object());
  pool.push_back(foreign);
  const char* names[] = {"f", "obj", "nums", "nope", "", "C", "__builtins__", "len"};
  const char* set_names[] = {"g1", "", "obj", "nums"};
  std::mt19937 rng(1234);
  auto pick = [&](size_t n) { return size_t(rng() % n); };
  auto any = [&]() -> Arg {
    switch (pick(7)) {
      case 0: return int64_t(rng());
      case 1: return "str";
      case 2: return nullptr;
      case 3: return 2.5;
      case 4: return std::vector<Arg>{1, "x"};
      case 5: return std::map<std::string, int>{{"a", 1}};
      default: return pool[pick(pool.size())];
    }
  };
  int errors = 0;
  for (int i = 0; i < 600; i++) {
    Object& o = pool[pick(pool.size())];
    bool ok = true;
    switch (pick(9)) {
      case 0: ok = o().ok(); break;
      case 1: ok = o(any()).ok(); break;
      case 2: ok = o(any(), any(), any()).ok(); break;
      case 3: ok = o.as<int64_t>().ok() && o.as<std::string>().ok(); break;
      case 4: ok = o.as<std::vector<std::map<std::string, double>>>().ok(); break;
      case 5: ok = e.get_global(names[pick(8)]).ok(); break;
      case 6: ok = e.call(names[pick(8)], any()).ok(); break;
      case 7: ok = o.getattr(pick(2) ? "missing_attr" : "__class__").ok(); break;
      default: ok = e.set_global(set_names[pick(4)], any()).ok(); break;
    }
    if (!ok) errors++;
  }
  EXPECT_GT(errors, 100);
  // Still working.
  EXPECT_EQ(e.call("f", 40, 2)->as<int64_t>().value(), 42);
  EXPECT_EQ(other.eval("1 + 1")->as<int64_t>().value(), 2);
}

}  // namespace
