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

// The call paths without per-call allocation: arguments converted into a stack buffer (and a
// heap one past eight), native arguments in reused handle slots per nesting depth, with the
// collector running at every allocation in between.
TEST(Embed, CallPathsUnderGcStress) {
  Options o = quiet();
  o.gc_stress = true;
  o.jit = Options::Jit::Off;
  Engine e(o);
  std::vector<Object> kept;
  auto m = e.define_module(
      "host", {{"keep", taipan::HostFn([&kept](taipan::HostCall& c) -> taipan::HostResult {
                  for (const Object& a : c.args) kept.push_back(a);  // copies outlive the call
                  return Arg(int64_t(c.args.size()));
                })},
               {"twice", [&e](Object f, std::string s) -> Result<Object> { return e.call(f, s + s); }},
               {"join", [](std::string a, std::string b) { return a + "|" + b; }}});
  ASSERT_OK(m);
  ASSERT_OK(e.exec("import host\n"
                   "def cat(*xs): return '/'.join(str(x) for x in xs)\n"));
  // C++ -> Python: 2 and 11 arguments (stack and heap buffers), strings allocated on the way.
  auto cat = e.get_global("cat");
  ASSERT_OK(cat);
  auto two = (*cat)("ab", std::string(40, 'x'));
  ASSERT_OK(two);
  EXPECT_EQ(two->as<std::string>().value(), "ab/" + std::string(40, 'x'));
  auto eleven = (*cat)("a", "b", "c", 1, 2.5, true, nullptr, std::vector<int>{1, 2}, "i", "j", std::string(30, 'k'));
  ASSERT_OK(eleven);
  EXPECT_EQ(eleven->as<std::string>().value(), "a/b/c/1/2.5/True/None/[1, 2]/i/j/" + std::string(30, 'k'));
  // Python -> C++ -> Python -> C++: each depth has its own argument slots.
  ASSERT_OK(e.exec("r = host.twice(lambda t: host.join(t, str(len(t))), 'ab' * 10)\n"
                   "n = host.keep('p' * 50, ['q'] * 3, {'r': 1})\n"
                   "for i in range(50): host.join(str(i) * 20, 'z')\n"));
  std::string abs;
  for (int i = 0; i < 20; i++) abs += "ab";
  EXPECT_EQ(e.get_global("r")->as<std::string>().value(), abs + "|40");
  EXPECT_EQ(e.get_global("n")->as<int64_t>().value(), 3);
  ASSERT_EQ(kept.size(), 3u);
  ASSERT_OK(e.exec("junk = [str(i) * 7 for i in range(300)]\n"));  // the slots were reused or cleared
  EXPECT_EQ(kept[0].as<std::string>().value(), std::string(50, 'p'));
  EXPECT_EQ(kept[1].as<std::vector<std::string>>().value(), (std::vector<std::string>{"q", "q", "q"}));
  EXPECT_EQ((kept[2].as<std::map<std::string, int64_t>>().value()), (std::map<std::string, int64_t>{{"r", 1}}));
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

// ---- keywords, classes, sandbox (docs/embedding.md) ----

namespace {

struct Case {
  const char* code;
  const char* type;
  const char* message;
};

void expect_cases(Engine& e, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    auto r = e.exec(c.code);
    ASSERT_FALSE(r.ok()) << c.code;
    EXPECT_EQ(r.error().type, c.type) << c.code;
    EXPECT_EQ(r.error().message, c.message) << c.code;
  }
}

TEST(Embed, KeywordArguments) {
  Engine e(quiet());
  ASSERT_OK(e.define_module(
      "kw", {{"spawn", taipan::Function([](std::string kind, int64_t x, int64_t y) {
                 return kind + "@" + std::to_string(x) + "," + std::to_string(y);
               }, {"kind", "x", "y"})},
             {"pos", [](int64_t a) { return a; }}}));
  ASSERT_OK(e.exec("import kw\n"
                   "a = kw.spawn('orc', 1, 2)\n"
                   "b = kw.spawn('elf', y=4, x=3)\n"
                   "c = kw.spawn(kind='imp', x=5, y=6)\n"
                   "d = kw.spawn(*['ant'], **{'x': 7, 'y': 8})\n"));
  EXPECT_EQ(e.get_global("a")->as<std::string>().value(), "orc@1,2");
  EXPECT_EQ(e.get_global("b")->as<std::string>().value(), "elf@3,4");
  EXPECT_EQ(e.get_global("c")->as<std::string>().value(), "imp@5,6");
  EXPECT_EQ(e.get_global("d")->as<std::string>().value(), "ant@7,8");
  expect_cases(e, {
      {"kw.spawn('orc', 1, z=2)", "TypeError", "spawn() got an unexpected keyword argument 'z'"},
      {"kw.spawn('orc', 1, kind='x')", "TypeError", "spawn() got multiple values for argument 'kind'"},
      {"kw.spawn('orc', 1)", "TypeError", "spawn() missing 1 required positional argument: 'y'"},
      {"kw.spawn(y=1)", "TypeError", "spawn() missing 2 required positional arguments: 'kind' and 'x'"},
      {"kw.spawn()", "TypeError", "spawn() missing 3 required positional arguments: 'kind', 'x', and 'y'"},
      {"kw.spawn('a', 1, 2, 3)", "TypeError", "spawn() takes 3 positional arguments but 4 were given"},
      {"kw.spawn('a', x='1', y=2)", "TypeError", "spawn() argument 2 must be int, not str"},
      {"kw.pos(a=1)", "TypeError", "pos() takes no keyword arguments"},
  });
}

struct Entity {
  static int alive;
  std::string kind;
  double x = 0, y = 0;
  int64_t hp = 100;
  Entity(std::string k, int64_t h) : kind(std::move(k)), hp(h) { alive++; }
  Entity(const Entity&) = delete;
  ~Entity() { alive--; }
  void move(double dx, double dy) {
    x += dx;
    y += dy;
  }
  std::string describe() const { return kind + " hp=" + std::to_string(hp); }
  int64_t level() const { return hp / 10; }
};
int Entity::alive = 0;

taipan::Class<Entity> entity_class() {
  return taipan::Class<Entity>("game", "Entity")
      .init<std::string, int64_t>({"kind", "hp"})
      .method("move", &Entity::move, {"dx", "dy"})
      .method("describe", &Entity::describe)
      .method("heal", [](Entity& self, int64_t by) -> Result<int64_t> {
        if (by < 0) return Error{"ValueError", "cannot heal by a negative amount", ""};
        return self.hp += by;
      })
      .method("distance", [](const Entity& a, const Entity& b) {
        return std::abs(a.x - b.x) + std::abs(a.y - b.y);
      })
      .attr("hp", &Entity::hp)
      .readonly("kind", &Entity::kind)
      .readonly("y", &Entity::y)
      .readonly("level", &Entity::level)
      .attr("x", [](const Entity& s) { return s.x; },
            [](Entity& s, double v) -> Result<void> {
              if (v < 0) return Error{"ValueError", "x must be >= 0", ""};
              s.x = v;
              return {};
            });
}

TEST(Embed, ClassesFromPython) {
  Entity::alive = 0;
  {
    Engine e(quiet());
    auto cls = e.define_class(entity_class());
    ASSERT_OK(cls);
    ASSERT_OK(e.exec("from game import Entity\n"
                     "a = Entity('orc', 50)\n"
                     "b = Entity(kind='elf', hp=80)\n"
                     "a.move(1.5, 2)\n"
                     "a.move(dy=1, dx=0.5)\n"
                     "pos = (a.x, a.y)\n"
                     "d = a.describe()\n"
                     "h = a.heal(5)\n"
                     "a.hp += 10\n"
                     "hp = a.hp\n"
                     "lv = a.level\n"
                     "dist = a.distance(b)\n"
                     "r = repr(a)\n"
                     "tn = type(a).__name__, type(a).__module__\n"
                     "same = a is a\n"
                     "unbound = Entity.describe(b)\n"
                     "try:\n    a.heal(-1)\nexcept ValueError as exc:\n    caught = str(exc)\n"));
    EXPECT_EQ(e.eval("pos")->repr().value(), "(2.0, 3.0)");
    EXPECT_EQ(e.get_global("d")->as<std::string>().value(), "orc hp=50");
    EXPECT_EQ(e.get_global("h")->as<int64_t>().value(), 55);
    EXPECT_EQ(e.get_global("hp")->as<int64_t>().value(), 65);
    EXPECT_EQ(e.get_global("lv")->as<int64_t>().value(), 6);
    EXPECT_DOUBLE_EQ(e.get_global("dist")->as<double>().value(), 5.0);
    std::string r = e.get_global("r")->as<std::string>().value();
    EXPECT_EQ(r.rfind("<game.Entity object at 0x", 0), 0u) << r;
    EXPECT_EQ(e.eval("tn")->repr().value(), "('Entity', 'game')");
    EXPECT_EQ(e.get_global("unbound")->as<std::string>().value(), "elf hp=80");
    EXPECT_EQ(e.get_global("caught")->as<std::string>().value(), "cannot heal by a negative amount");
    EXPECT_EQ(Entity::alive, 2);
    expect_cases(e, {
        {"a.move('x', 1)", "TypeError", "Entity.move() argument 1 must be float, not str"},
        {"a.move(1)", "TypeError", "Entity.move() missing 1 required positional argument: 'dy'"},
        {"a.move(1, 2, 3)", "TypeError", "Entity.move() takes 2 positional arguments but 3 were given"},
        {"a.move(1, 2, dz=3)", "TypeError", "Entity.move() got an unexpected keyword argument 'dz'"},
        {"a.describe(1)", "TypeError", "Entity.describe() takes 0 positional arguments but 1 was given"},
        {"a.distance(5)", "TypeError", "Entity.distance() argument 1 must be Entity, not int"},
        {"Entity.describe(5)", "TypeError", "descriptor 'describe' for 'Entity' objects doesn't apply to a 'int' object"},
        {"a.nope", "AttributeError", "'Entity' object has no attribute 'nope'"},
        {"a.nope = 1", "AttributeError", "'Entity' object has no attribute 'nope'"},
        {"a.kind = 'x'", "AttributeError", "attribute 'kind' of 'Entity' objects is not writable"},
        {"a.hp = 'lots'", "TypeError", "Entity.hp must be int, not str"},
        {"a.x = -1.0", "ValueError", "x must be >= 0"},
        {"Entity('orc')", "TypeError", "Entity() missing 1 required positional argument: 'hp'"},
        {"Entity(1, 2)", "TypeError", "Entity() argument 1 must be str, not int"},
        {"class Sub(Entity): pass", "TypeError", "type 'Entity' is not an acceptable base type"},
    });
    // Ways around the constructor make no object without a C++ one.
    for (const char* code : {"object.__new__(Entity).describe()", "import copy\ncopy.copy(a).describe()",
                             "import pickle\npickle.loads(pickle.dumps(a)).describe()"}) {
      EXPECT_FALSE(e.exec(code).ok()) << code;
    }
    EXPECT_EQ(e.eval("repr(a.move).startswith('<bound method Entity.move of <game.Entity object at 0x')")->repr().value(),
              "True");
    EXPECT_EQ(e.eval("a.move.__name__")->as<std::string>().value(), "move");
    // Objects Python made are deleted by the collector once unreachable.
    ASSERT_OK(e.exec("del a, b\nimport gc\ngc.collect()\n"));
    EXPECT_EQ(Entity::alive, 0);
    ASSERT_OK(e.exec("keep = [Entity('x', i) for i in range(10)]\n"));
    EXPECT_EQ(Entity::alive, 10);
  }
  // And the rest when the Engine goes.
  EXPECT_EQ(Entity::alive, 0);
}

TEST(Embed, HostOwnedObjects) {
  Entity::alive = 0;
  Engine e(quiet());
  Entity hero("hero", 30);
  auto no_class = e.wrap(&hero);
  ASSERT_FALSE(no_class.ok());
  EXPECT_EQ(no_class.error().type, "TypeError");
  // A class without a constructor: Python cannot make one.
  ASSERT_OK(e.define_class(taipan::Class<Entity>("world", "Entity")
                               .method("move", &Entity::move, {"dx", "dy"})
                               .readonly("kind", &Entity::kind)
                               .attr("hp", &Entity::hp)));
  ASSERT_OK(e.exec("import world\n"
                   "def hit(ent, n):\n    ent.hp -= n\n    return ent.hp\n"
                   "def walk(ent):\n    ent.move(1, 0)\n"
                   "held = []\n"
                   "def hold(ent):\n    held.append(ent)\n"));
  auto obj = e.wrap(&hero);
  ASSERT_OK(obj);
  EXPECT_EQ(e.call("hit", obj.value(), 5)->as<int64_t>().value(), 25);
  EXPECT_EQ(hero.hp, 25);
  ASSERT_OK(e.call("walk", obj.value()));
  EXPECT_DOUBLE_EQ(hero.x, 1.0);
  // One Python object per C++ object.
  auto again = e.wrap(&hero);
  ASSERT_OK(again);
  ASSERT_OK(e.set_global("o1", obj.value()));
  ASSERT_OK(e.set_global("o2", again.value()));
  EXPECT_TRUE(e.eval("o1 is o2")->as<bool>().value());
  EXPECT_EQ(obj->getattr("kind")->as<std::string>().value(), "hero");
  auto made = e.exec("world.Entity()");
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.error().message, "cannot create 'world.Entity' instances");
  // Released: the script still holds it, and every use is a ReferenceError.
  ASSERT_OK(e.call("hold", obj.value()));
  EXPECT_TRUE(e.release(&hero));
  EXPECT_FALSE(e.release(&hero));
  for (const char* code : {"held[0].move(1, 1)", "held[0].hp", "held[0].hp = 3", "hit(held[0], 1)"}) {
    auto r = e.exec(code);
    ASSERT_FALSE(r.ok()) << code;
    EXPECT_EQ(r.error().type, "ReferenceError") << code;
    EXPECT_EQ(r.error().message, "the Entity object was released by the host") << code;
  }
  EXPECT_EQ(hero.hp, 25);
  // Wrapping it again gives a new, live object.
  auto fresh = e.wrap(&hero);
  ASSERT_OK(fresh);
  ASSERT_OK(e.set_global("o3", fresh.value()));
  EXPECT_FALSE(e.eval("o3 is held[0]")->as<bool>().value());
  EXPECT_EQ(e.eval("o3.hp")->as<int64_t>().value(), 25);
  // A C++ function taking the class: converted from the Python object.
  ASSERT_OK(e.define_module("world", {{"hp_of", [](const Entity& x) { return x.hp; }},
                                      {"kind_of", [](Entity* x) { return x->kind; }}}));
  EXPECT_EQ(e.eval("world.hp_of(o3)")->as<int64_t>().value(), 25);
  EXPECT_EQ(e.eval("world.kind_of(o3)")->as<std::string>().value(), "hero");
  auto bad = e.exec("world.hp_of(held[0])");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "hp_of() argument 1 must be Entity, not a released Entity");
  // Adopted: Python owns it, the collector deletes it.
  int before = Entity::alive;
  auto adopted = e.adopt(std::make_unique<Entity>("pet", 5));
  ASSERT_OK(adopted);
  EXPECT_EQ(Entity::alive, before + 1);
  ASSERT_OK(e.set_global("pet", adopted.value()));
  adopted = Error{"", "", ""};
  EXPECT_EQ(e.eval("pet.kind")->as<std::string>().value(), "pet");
  ASSERT_OK(e.exec("del pet\nimport gc\ngc.collect()\n"));
  EXPECT_EQ(Entity::alive, before);
  EXPECT_FALSE(e.define_class(taipan::Class<Entity>("world", "Again")).ok());
}

}  // namespace

namespace {

TEST(Embed, SandboxByDefault) {
  Engine e(quiet());
  std::string path = testing::TempDir() + "embed_sandbox_probe.txt";
  {
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("secret\n", f);
    std::fclose(f);
  }
  ASSERT_OK(e.set_global("path", path));
  // Ordinary modules still import (they import os and io themselves).
  ASSERT_OK(e.exec("import os, io, json, pathlib, random, collections, re, tempfile, shutil, logging\n"
                   "x = json.dumps({'a': [1, 2]})\n"));
  const std::string files = " is not allowed in this embedded Taipan (Options::allow_files)";
  expect_cases(e, {
      {"open(path)", "PermissionError", ("open()" + files).c_str()},
      {"io.open(path)", "PermissionError", ("open()" + files).c_str()},
      {"io.FileIO(path)", "PermissionError", ("io.FileIO()" + files).c_str()},
      {"os.stat(path)", "PermissionError", ("os.stat()" + files).c_str()},
      {"os.listdir('.')", "PermissionError", ("os.listdir()" + files).c_str()},
      {"os.remove(path)", "PermissionError", ("os.remove()" + files).c_str()},
      {"os.open(path, os.O_RDONLY)", "PermissionError", ("os.open()" + files).c_str()},
      {"os.getcwd()", "PermissionError", ("os.getcwd()" + files).c_str()},
      {"pathlib.Path(path).read_text()", "PermissionError", ("open()" + files).c_str()},
      {"os.kill(os.getpid(), 0)", "PermissionError",
       "os.kill() is not allowed in this embedded Taipan (Options::allow_processes)"},
      {"os._exit(3)", "PermissionError", "os._exit() is not allowed in this embedded Taipan (Options::allow_processes)"},
      {"os.putenv('A', 'b')", "PermissionError",
       "os.putenv() is not allowed in this embedded Taipan (Options::allow_environment)"},
      {"import subprocess", "ImportError",
       "import of 'subprocess' is not allowed in this embedded Taipan (Options::allow_processes)"},
      {"import socket", "ImportError", "import of 'socket' is not allowed in this embedded Taipan (Options::allow_network)"},
      {"__import__('_socket')", "ImportError",
       "import of '_socket' is not allowed in this embedded Taipan (Options::allow_network)"},
  });
  // Other ways of importing them are refused too; asyncio needs the network and processes.
  for (const char* code : {"import asyncio", "import multiprocessing.connection", "from _posixsubprocess import fork_exec",
                           "import http.client", "import urllib.request"}) {
    auto r = e.exec(code);
    ASSERT_FALSE(r.ok()) << code;
    EXPECT_EQ(r.error().type, "ImportError") << code << ": " << r.error().message;
  }
  EXPECT_FALSE(e.exec("import importlib\nimportlib.import_module('socket')").ok());
  auto raw = e.exec("import _imp, types\n_imp.create_builtin(types.SimpleNamespace(name='_socket'))");
  ASSERT_FALSE(raw.ok());
  EXPECT_EQ(raw.error().message, "no built-in module named _socket");
  EXPECT_EQ(e.eval("len(os.environ)")->as<int64_t>().value(), 0);
  EXPECT_FALSE(e.eval("os.path.exists(path)")->as<bool>().value());
  // Errors are catchable as OSError.
  ASSERT_OK(e.exec("try:\n    open(path)\nexcept OSError as exc:\n    kind = type(exc).__name__\n"));
  EXPECT_EQ(e.get_global("kind")->as<std::string>().value(), "PermissionError");
  // The host still loads files itself.
  std::remove(path.c_str());
}

TEST(Embed, SandboxGrants) {
  std::string path = testing::TempDir() + "embed_sandbox_granted.txt";
  Options o = quiet();
  o.allow_files = true;
  o.allow_environment = true;
  Engine e(o);
  ASSERT_OK(e.set_global("path", path));
  ASSERT_OK(e.exec("with open(path, 'w') as f:\n    f.write('hello')\n"
                   "import os\n"
                   "size = os.stat(path).st_size\n"
                   "text = open(path).read()\n"
                   "os.remove(path)\n"
                   "has_path = 'PATH' in os.environ\n"));
  EXPECT_EQ(e.get_global("size")->as<int64_t>().value(), 5);
  EXPECT_EQ(e.get_global("text")->as<std::string>().value(), "hello");
  EXPECT_EQ(e.get_global("has_path")->as<bool>().value(), std::getenv("PATH") != nullptr);
  // Not granted: processes and the network.
  auto sub = e.exec("import subprocess");
  ASSERT_FALSE(sub.ok());
  EXPECT_EQ(sub.error().type, "ImportError");
  Options all = quiet();
  all.allow_all();
  Engine full(all);
  ASSERT_OK(full.exec("import socket, subprocess, select\n"
                      "a, b = socket.socketpair()\n"
                      "a.sendall(b'ping')\n"
                      "got = b.recv(4)\n"
                      "a.close()\n"
                      "b.close()\n"));
  EXPECT_EQ(full.eval("got.decode()")->as<std::string>().value(), "ping");
}

TEST(Embed, ModuleAllowList) {
  Options o = quiet();
  o.allowed_modules = {"json", "math", "os.path", "collections"};
  Engine e(o);
  ASSERT_OK(e.define_module("hostmod", {{"one", [] { return 1; }}}));
  // Allowed modules import what they need themselves (json imports re, codecs, ...).
  ASSERT_OK(e.exec("import json, math, collections.abc\nfrom collections import OrderedDict\n"
                   "import os.path\nimport hostmod\n"
                   "v = json.loads('[1, 2]')[1] + math.floor(2.5) + hostmod.one()\n"));
  EXPECT_EQ(e.get_global("v")->as<int64_t>().value(), 5);
  expect_cases(e, {
      {"import re", "ImportError", "import of 're' is not allowed in this embedded Taipan (Options::allowed_modules)"},
      {"import random", "ImportError",
       "import of 'random' is not allowed in this embedded Taipan (Options::allowed_modules)"},
      {"__import__('itertools')", "ImportError",
       "import of 'itertools' is not allowed in this embedded Taipan (Options::allowed_modules)"},
      {"from os import environ", "ImportError",
       "import of 'os' is not allowed in this embedded Taipan (Options::allowed_modules)"},
      {"exec('import re', {'__name__': 'json'})", "ImportError",
       "import of 're' is not allowed in this embedded Taipan (Options::allowed_modules)"},
  });
  // The host itself may import anything (the capability grants still hold).
  EXPECT_OK(e.import("re"));
  EXPECT_FALSE(e.import("socket").ok());
}

}  // namespace

namespace {

TEST(Embed, ClassesInManyEnginesAtOnce) {
  Entity::alive = 0;
  {
    std::vector<std::unique_ptr<Engine>> engines;
    for (int i = 0; i < 4; i++) {
      Options o = quiet();
      if (i == 3) {  // one collects at every allocation
        o.gc_stress = true;
        o.jit = Options::Jit::Off;
      }
      if (i == 2) o.allowed_modules = {"game"};
      engines.push_back(std::make_unique<Engine>(o));
      ASSERT_OK(engines.back()->define_class(entity_class()));
      ASSERT_OK(engines.back()->exec("from game import Entity\n"
                                     "def make(n):\n    return [Entity('e%d' % i, i) for i in range(n)]\n"
                                     "def total(es):\n    return sum(e.hp for e in es)\n"
                                     "def bump(e, by):\n    e.hp += by\n    e.move(dx=by, dy=0)\n    return e.describe()\n"));
    }
    Entity shared("shared", 1);
    std::vector<Object> wrapped;
    for (size_t i = 0; i < engines.size(); i++) {
      Engine& e = *engines[i];
      auto list = e.call("make", 20 + int64_t(i));
      ASSERT_OK(list);
      EXPECT_EQ(e.call("total", list.value())->as<int64_t>().value(), (19 + int64_t(i)) * (20 + int64_t(i)) / 2);
      auto w = e.wrap(&shared);
      ASSERT_OK(w);
      EXPECT_EQ(e.call("bump", w.value(), 1)->as<std::string>().value(), "shared hp=" + std::to_string(2 + i));
      wrapped.push_back(w.value());
    }
    EXPECT_EQ(shared.hp, 5);
    EXPECT_DOUBLE_EQ(shared.x, 4.0);
    // An object of one Engine is refused by another.
    auto cross = engines[1]->call("bump", wrapped[0], 1);
    ASSERT_FALSE(cross.ok());
    EXPECT_EQ(cross.error().type, "ValueError");
    // Releasing it in one Engine leaves the others' objects alive.
    EXPECT_TRUE(engines[0]->release(&shared));
    EXPECT_FALSE(engines[0]->call("bump", wrapped[0], 1).ok());
    EXPECT_OK(engines[1]->call("bump", wrapped[1], 1));
    for (size_t i = 1; i < engines.size(); i++) EXPECT_TRUE(engines[i]->release(&shared));
    EXPECT_EQ(Entity::alive, 1 + 20 + 21 + 22 + 23);  // the lists' objects live until collected
  }
  EXPECT_EQ(Entity::alive, 0);
}

TEST(Embed, FuzzClassesKeywordsAndSandboxGiveOnlyErrors) {
  Entity::alive = 0;
  Engine e(quiet());
  ASSERT_OK(e.define_class(entity_class()));
  ASSERT_OK(e.define_module("kw", {{"f", taipan::Function([](int64_t a, std::string b) { return b + std::to_string(a); },
                                                           {"a", "b"})},
                                   {"g", [](Entity& x, double d) { return x.hp + int64_t(d); }}}));
  std::vector<std::unique_ptr<Entity>> host;
  for (int i = 0; i < 4; i++) host.push_back(std::make_unique<Entity>("h" + std::to_string(i), i));
  ASSERT_OK(e.exec("from game import Entity\nimport kw, os\nobjs = []\n"));
  for (auto& p : host) ASSERT_OK(e.call(e.eval("objs.append").value(), e.wrap(p.get()).value()));
  std::mt19937 rng(4321);
  auto pick = [&](size_t n) { return size_t(rng() % n); };
  const char* values[] = {"1", "-3", "2.5", "'s'", "None", "[1]", "objs[0]", "objs[1]", "objs[3]",
                          "Entity('n', 1)", "kw", "2**70", "{'a': 1}", "()"};
  const char* callees[] = {"kw.f", "kw.g", "Entity", "objs[0].move", "objs[1].heal", "objs[2].describe",
                           "objs[3].distance", "Entity.move", "open", "os.stat", "os.kill", "__import__"};
  const char* names[] = {"a", "b", "dx", "dy", "kind", "hp", "by", "zz", "self"};
  const char* attrs[] = {"hp", "kind", "x", "y", "level", "nope", "move", "__class__"};
  int errors = 0, oks = 0;
  for (int i = 0; i < 800; i++) {
    std::string code;
    switch (pick(4)) {
      case 0:
      case 1: {
        code = std::string(callees[pick(std::size(callees))]) + "(";
        size_t npos = pick(4), nkw = pick(3);
        for (size_t k = 0; k < npos; k++) code += std::string(values[pick(std::size(values))]) + ", ";
        for (size_t k = 0; k < nkw; k++)
          code += std::string(names[pick(std::size(names))]) + "=" + values[pick(std::size(values))] + ", ";
        code += ")";
        break;
      }
      case 2:
        code = "objs[" + std::to_string(pick(4)) + "]." + attrs[pick(std::size(attrs))] + " = " +
               values[pick(std::size(values))];
        break;
      default:
        code = "x = objs[" + std::to_string(pick(4)) + "]." + attrs[pick(std::size(attrs))];
        break;
    }
    if (e.exec(code).ok()) oks++;
    else errors++;
    // Host-side misuse between the scripts' calls.
    switch (pick(8)) {
      case 0: EXPECT_FALSE(e.wrap(static_cast<Entity*>(nullptr)).ok()); break;
      case 1: {
        Entity stack_one("tmp", 0);
        EXPECT_FALSE(e.release(&stack_one));
        break;
      }
      case 2: {
        size_t k = pick(host.size());
        e.release(host[k].get());  // released, then wrapped again below
        auto again = e.wrap(host[k].get());
        ASSERT_OK(again);
        ASSERT_OK(e.exec("objs[" + std::to_string(k) + "] = None"));
        auto objs = e.get_global("objs");
        ASSERT_OK(objs);
        // Put the fresh object back through setitem from Python.
        ASSERT_OK(e.set_global("fresh", again.value()));
        ASSERT_OK(e.exec("objs[" + std::to_string(k) + "] = fresh"));
        break;
      }
      case 3: EXPECT_FALSE(e.define_class(taipan::ClassDef()).ok()); break;
      case 4: EXPECT_FALSE(e.define_class(entity_class()).ok()); break;
      default: break;
    }
  }
  EXPECT_GT(errors, 200);
  EXPECT_GT(oks, 20);
  for (auto& p : host) e.release(p.get());
  EXPECT_EQ(e.eval("kw.f(b='x', a=1)")->as<std::string>().value(), "x1");
}

}  // namespace
