// The compiler for generated source (interp/templates.cpp, interp/template_defs.cpp): what it
// accepts must load through the verifier, and what it does not accept must come back as ""
// (the host compiler's turn), never a crash, however the text is mangled.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "interp/marshal.h"
#include "interp/templates.h"
#include "runtime/objects.h"

using namespace taipan;
using namespace taipan::runtime;

namespace {

const char* const kFactory =
    "def __create_fn__(_type_x, _type_y, _dflt_y, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, "
    "_dflt_z, _return_type):\n"
    " def __init__(self,x:_type_x,y:_type_y=_dflt_y,*,z:_type_z=_HAS_DEFAULT_FACTORY)->_return_type:\n"
    "  self.x=x\n"
    "  __dataclass_builtins_object__.__setattr__(self,'y',y)\n"
    "  self.z=_dflt_z() if z is _HAS_DEFAULT_FACTORY else z\n"
    "  if type(self) is cls or not x in ('a','b',):\n"
    "   raise FrozenInstanceError(f\"cannot assign to field {x!r}\")\n"
    "  return self.__class__.__qualname__ + f\"(x={self.x!r}, y={self.y!r})\"\n"
    " return __init__";

bool loads(VM& vm, const std::string& code) {
  Value v = interp::unmarshal(vm, code);
  if (v.is_null()) clear_exc(vm);
  return !v.is_null();
}

}  // namespace

TEST(Templates, AcceptedShapesLoad) {
  VM vm;
  EXPECT_TRUE(loads(vm, interp::compile_template(kFactory, "<string>", "exec", 0)));
  EXPECT_TRUE(loads(vm, interp::compile_template("lambda _cls, a, b: _tuple_new(_cls, (a, b))", "<s>", "eval", 0)));
  EXPECT_TRUE(loads(vm, interp::compile_template("a[b]", "<s>", "eval", 0x1000000)));  // annotations: no effect
  for (const char* e : {"Optional[List['Node']]", "a if b else c", "x | None", "(1, 'a', ...)", "f(g(1), [2])",
                        "a if not b or c or d else e", "d[1, 2]", "x.y.z", "f'{a!r}-{b}'", "None", "-1", "1.5",
                        "x * -2.5e-3 + y // 7 % 3 ** z - ~w << 1 >> 2 & 3 ^ 4 | 5", "-(x)", "a[-1]"})
    EXPECT_TRUE(loads(vm, interp::compile_template(e, "<s>", "eval", 0))) << e;
}

TEST(Templates, RefusesWhatIsNotTheSubset) {
  for (const char* e : {"01", "1 2", "a < b < c", "lambda: 1", "x = 1", "'a\\n'", "a if b", "f(*a)", "f(k=1)",
                        "(" , "a[1:2]", "0x10", "1_000", "1j", "1e", "1.2.3", "\xc3\xa9", "def", "yield", "a\n+b",
                        // what CPython's optimizer would change: folding, jump threading
                        "not a or b and c", "a or b", "'a' + 'b'", "not None", "x if 1 else y", "x in [a, b]",
                        "[1, 2, 3]", "1 + 2", "~1", "2 ** -1", "-(1 + x) * (2 - 3)"})
    EXPECT_EQ(interp::compile_template(e, "<s>", "eval", 0), "") << e;
  EXPECT_EQ(interp::compile_template("x = 1", "<s>", "exec", 0), "");
  EXPECT_EQ(interp::compile_template("def __create_fn__(a, a):\n pass", "<s>", "exec", 0), "");
  EXPECT_EQ(interp::compile_template("def __create_fn__():\n def f(a=1, b):\n  pass\n return f", "<s>", "exec", 0), "");
  EXPECT_EQ(interp::compile_template(std::string(200, '(') + "1" + std::string(200, ')'), "<s>", "eval", 0), "");
  std::string chain = "1";
  for (int i = 0; i < 1000; i++) chain += "+1";
  EXPECT_EQ(interp::compile_template(chain, "<s>", "eval", 0), "");
  EXPECT_EQ(interp::compile_template("a != b", "<s>", "eval", 0x400000), "");  // barry_as_FLUFL: the host's job
  EXPECT_EQ(interp::compile_template("a", "<s>", "eval", 0x2000), "");         // not a future flag
  EXPECT_EQ(interp::compile_template(kFactory, "<s>", "exec", 0x1000000), "");  // string annotations
}

// Mangled versions of accepted sources: characters deleted, duplicated or swapped. Whatever
// the compiler accepts must pass the verifier.
TEST(Templates, MangledSourceNeverCrashes) {
  VM vm;
  std::mt19937 rng(11);
  const std::vector<std::string> seeds = {kFactory, "Optional[Dict[str, 'X']] | f(a, (b,), [c])",
                                          "a.b(c)[d] if not e else (f, g) + h"};
  int accepted = 0;
  for (int round = 0; round < 3000; round++) {
    std::string s = seeds[size_t(round) % seeds.size()];
    int edits = 1 + int(rng() % 4);
    for (int k = 0; k < edits && !s.empty(); k++) {
      size_t at = rng() % s.size();
      switch (rng() % 3) {
        case 0: s.erase(at, 1); break;
        case 1: s.insert(at, 1, s[rng() % s.size()]); break;
        default: std::swap(s[at], s[rng() % s.size()]); break;
      }
    }
    for (const char* mode : {"eval", "exec"}) {
      std::string code = interp::compile_template(s, "<m>", mode, 0);
      if (code.empty()) continue;
      accepted++;
      EXPECT_TRUE(loads(vm, code)) << mode << ": " << s;
    }
  }
  EXPECT_GT(accepted, 0);
}
