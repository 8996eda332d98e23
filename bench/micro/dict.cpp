// Dict get/set. From C++ through the runtime API (runtime/objects.h, runtime/dict.h) with
// small-int and str keys, in a dict of N keys (state.range(0)): inserting N keys into a new
// dict (growth included), overwriting the N values of a full dict, and looking all N keys up.
// The str lookups use equal but distinct key objects, so they hash and compare contents the
// way keys built at run time do. And a Python-level loop with str keys (py/dicts.py).
// Items: dict operations.
#include <string>

#include "harness.h"
#include "runtime/dict.h"

namespace taipan::bench {
namespace {

using namespace runtime;

// N str keys "key0".."key{N-1}" in a rooted list.
Value make_str_keys(VM& vm, int64_t n) {
  List* l = new_list(vm, size_t(n));
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  for (int64_t i = 0; i < n; i++) {
    Value s = new_str(vm, "key" + std::to_string(i));
    if (s.is_null() || failed(list_append(vm, l, s))) return Value::null();
  }
  return rl.value;
}

// keys: null for the small ints 0..n-1, else a list of n str keys.
Value key_at(List* keys, int64_t i) { return keys ? keys->items[i] : Value::small(i); }

enum class Keys { Int, Str };

// A dict holding key i -> i for the n keys; null on error.
Dict* fill(VM& vm, List* keys, int64_t n) {
  Dict* d = new_dict(vm);
  if (!d) return nullptr;
  Root rd(vm, Value::ptr(d));
  for (int64_t i = 0; i < n; i++)
    if (failed(dict_set(vm, d, key_at(keys, i), Value::small(i)))) return nullptr;
  return d;
}

void BM_DictInsert(benchmark::State& state, Keys kind) {
  BenchVM b;
  VM& vm = b.vm();
  const int64_t n = state.range(0);
  Root keys(vm, kind == Keys::Str ? make_str_keys(vm, n) : Value::none());
  if (keys.value.is_null()) {
    state.SkipWithError(("making the keys failed: " + b.take_error()).c_str());
    return;
  }
  List* kl = kind == Keys::Str ? keys.value.as<List>() : nullptr;
  Root d(vm);
  for (auto _ : state) {
    Dict* nd = fill(vm, kl, n);
    if (!nd || nd->size != uint32_t(n)) {
      state.SkipWithError(("insert failed: " + b.take_error()).c_str());
      break;
    }
    d = Value::ptr(nd);  // kept until the next iteration's dict replaces it
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * n);
}
BENCHMARK_CAPTURE(BM_DictInsert, int, Keys::Int)->Arg(1 << 10)->Arg(1 << 16);
BENCHMARK_CAPTURE(BM_DictInsert, str, Keys::Str)->Arg(1 << 10)->Arg(1 << 16);

void BM_DictOverwrite(benchmark::State& state, Keys kind) {
  BenchVM b;
  VM& vm = b.vm();
  const int64_t n = state.range(0);
  Root keys(vm, kind == Keys::Str ? make_str_keys(vm, n) : Value::none());
  if (keys.value.is_null()) {
    state.SkipWithError(("making the keys failed: " + b.take_error()).c_str());
    return;
  }
  List* kl = kind == Keys::Str ? keys.value.as<List>() : nullptr;
  Dict* d = fill(vm, kl, n);
  if (!d) {
    state.SkipWithError(("setting up failed: " + b.take_error()).c_str());
    return;
  }
  Root rd(vm, Value::ptr(d));
  int64_t round = 0;
  for (auto _ : state) {
    round++;
    for (int64_t i = 0; i < n; i++) (void)dict_set(vm, d, key_at(kl, i), Value::small(i + round));
  }
  // Every value must be the last round's, and no key may have been added.
  bool ok = vm.exc.is_null() && d->size == uint32_t(n);
  for (int64_t i = 0; ok && i < n; i++) ok = dict_get(vm, d, key_at(kl, i)) == Value::small(i + round);
  if (!ok) state.SkipWithError("overwrite: wrong contents");
  state.SetItemsProcessed(int64_t(state.iterations()) * n);
}
BENCHMARK_CAPTURE(BM_DictOverwrite, int, Keys::Int)->Arg(1 << 10)->Arg(1 << 16);
BENCHMARK_CAPTURE(BM_DictOverwrite, str, Keys::Str)->Arg(1 << 10)->Arg(1 << 16);

void BM_DictGet(benchmark::State& state, Keys kind) {
  BenchVM b;
  VM& vm = b.vm();
  const int64_t n = state.range(0);
  Root keys(vm, kind == Keys::Str ? make_str_keys(vm, n) : Value::none());
  if (keys.value.is_null()) {
    state.SkipWithError(("making the keys failed: " + b.take_error()).c_str());
    return;
  }
  Root probes(vm, kind == Keys::Str ? make_str_keys(vm, n) : Value::none());  // equal, not identical
  if (probes.value.is_null()) {
    state.SkipWithError(("making the keys failed: " + b.take_error()).c_str());
    return;
  }
  List* kl = kind == Keys::Str ? keys.value.as<List>() : nullptr;
  List* pl = kind == Keys::Str ? probes.value.as<List>() : nullptr;
  Dict* d = fill(vm, kl, n);
  if (!d) {
    state.SkipWithError(("setting up failed: " + b.take_error()).c_str());
    return;
  }
  Root rd(vm, Value::ptr(d));
  for (auto _ : state) {
    int64_t sum = 0;
    for (int64_t i = 0; i < n; i++) {
      Value v = dict_get(vm, d, key_at(pl, i));
      sum += v.is_small() ? v.as_small() : -1;
    }
    if (sum != n * (n - 1) / 2) {
      state.SkipWithError("get: wrong sum of values");
      break;
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * n);
}
BENCHMARK_CAPTURE(BM_DictGet, int, Keys::Int)->Arg(1 << 10)->Arg(1 << 16);
BENCHMARK_CAPTURE(BM_DictGet, str, Keys::Str)->Arg(1 << 10)->Arg(1 << 16);

// py/dicts.py's dict_loop: n stores and n loads with 1024 str keys, from bytecode.
void BM_PyDictLoop(benchmark::State& state, Tier tier) {
  constexpr int64_t n = 500'000;
  int64_t last[1024];
  for (int64_t i = 0; i < n; i++) last[i & 1023] = i;
  int64_t expected = 0;
  for (int64_t i = 0; i < n; i++) expected += last[i & 1023];
  run_python(state, tier, "dicts", "dict_loop", n, expected, 2 * n);
}
TAIPAN_TIER_BENCHMARK(BM_PyDictLoop);

}  // namespace
}  // namespace taipan::bench
