// Allocation and collection.
//   BM_AllocTuple, BM_AllocList: short-lived small objects made through the runtime API, 1000
//     per iteration and dropped at once; the automatic collections they trigger are part of
//     the cost (counted in the `gcs` column). Items: objects allocated.
//   BM_PyNewInstance, BM_PyNewTuplesLists: the same from bytecode (py/alloc.py).
//   BM_CollectLive/N: a forced full collection (heap.collect()) of a heap holding N live
//     2-tuples in a list (plus the VM's own objects). Items: live objects marked and swept.
//   BM_CollectGarbage/N: the same heap plus N unreachable 2-tuples made (untimed) before each
//     collection, with automatic collection off meanwhile. Items: objects freed.
#include "harness.h"

namespace taipan::bench {
namespace {

using namespace runtime;

constexpr int kBatch = 1000;

void BM_AllocTuple(benchmark::State& state) {
  BenchVM b;
  VM& vm = b.vm();
  uint64_t gcs = vm.heap.stats.collections;
  bool ok = true;
  for (auto _ : state) {
    for (int i = 0; ok && i < kBatch; i++) {
      Value items[2] = {Value::small(i), Value::small(-i)};
      Value t = new_tuple_from(vm, items, 2);
      ok = is_tuple(t) && t.as<Tuple>()->size == 2;
      benchmark::DoNotOptimize(t);
    }
    if (!ok) {
      state.SkipWithError("new_tuple_from failed");
      break;
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * kBatch);
  state.counters["gcs"] = double(vm.heap.stats.collections - gcs);
}
BENCHMARK(BM_AllocTuple);

// A list of 4 small ints by appending: the List object and its external item buffer.
void BM_AllocList(benchmark::State& state) {
  BenchVM b;
  VM& vm = b.vm();
  uint64_t gcs = vm.heap.stats.collections;
  bool ok = true;
  for (auto _ : state) {
    for (int i = 0; ok && i < kBatch; i++) {
      List* l = new_list(vm);
      if (!l) {
        ok = false;
        break;
      }
      Root rl(vm, Value::ptr(l));
      for (int k = 0; k < 4; k++) (void)list_append(vm, l, Value::small(k));
      ok = l->size == 4;
    }
    if (!ok) {
      state.SkipWithError("new_list or list_append failed");
      break;
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * kBatch);
  state.counters["gcs"] = double(vm.heap.stats.collections - gcs);
}
BENCHMARK(BM_AllocList);

void BM_PyNewInstance(benchmark::State& state, Tier tier) {
  constexpr int64_t n = 200'000;
  run_python(state, tier, "alloc", "new_instances", n, n, n);
}
TAIPAN_TIER_BENCHMARK(BM_PyNewInstance);

// Items: one tuple and one list per iteration.
void BM_PyNewTuplesLists(benchmark::State& state, Tier tier) {
  constexpr int64_t n = 200'000;
  run_python(state, tier, "alloc", "new_tuples_lists", n, n, 2 * n);
}
TAIPAN_TIER_BENCHMARK(BM_PyNewTuplesLists);

// n 2-tuples (i, -i) in a new list; null on error.
Value tuples(VM& vm, int64_t n) {
  List* l = new_list(vm, size_t(n));
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  for (int64_t i = 0; i < n; i++) {
    Value items[2] = {Value::small(i), Value::small(-i)};
    Root t(vm, new_tuple_from(vm, items, 2));
    if (t.value.is_null() || failed(list_append(vm, l, t.value))) return Value::null();
  }
  return rl.value;
}

// The live list must still hold (i, -i) at every i.
bool intact(List* l, int64_t n) {
  if (l->size != uint64_t(n)) return false;
  for (int64_t i = 0; i < n; i++) {
    Value v = l->items[i];
    if (!is_tuple(v)) return false;
    const Tuple* t = v.as<Tuple>();
    const Value* items = t->items;
    if (t->size != 2 || items[0] != Value::small(i) || items[1] != Value::small(-i)) return false;
  }
  return true;
}

uint64_t live_objects(VM& vm) { return vm.heap.stats.allocated_objects - vm.heap.stats.freed_objects; }

void BM_CollectLive(benchmark::State& state) {
  BenchVM b;
  VM& vm = b.vm();
  const int64_t n = state.range(0);
  Root live(vm, tuples(vm, n));
  if (live.value.is_null()) {
    state.SkipWithError("building the heap failed");
    return;
  }
  vm.heap.collect();  // drop what setting up left behind
  uint64_t objects = live_objects(vm);
  uint64_t freed = vm.heap.stats.freed_objects;
  for (auto _ : state) vm.heap.collect();
  if (vm.heap.stats.freed_objects != freed || !intact(live.value.as<List>(), n))
    state.SkipWithError("a collection freed a live object");
  state.SetItemsProcessed(int64_t(state.iterations() * objects));
  state.counters["live_objects"] = double(objects);
  state.counters["heap_MB"] = double(vm.heap.heap_bytes()) / (1 << 20);
}
BENCHMARK(BM_CollectLive)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_CollectGarbage(benchmark::State& state) {
  BenchVM b;
  VM& vm = b.vm();
  const int64_t n = state.range(0);
  Root live(vm, tuples(vm, n));
  if (live.value.is_null()) {
    state.SkipWithError("building the heap failed");
    return;
  }
  vm.heap.collect();
  int64_t freed_total = 0;
  for (auto _ : state) {
    state.PauseTiming();
    vm.heap.enabled = false;
    bool ok = !tuples(vm, n).is_null();
    vm.heap.enabled = true;
    uint64_t before = vm.heap.stats.freed_objects;
    state.ResumeTiming();
    vm.heap.collect();
    // The garbage: n tuples and the list that held them.
    int64_t freed = int64_t(vm.heap.stats.freed_objects - before);
    if (!ok || freed < n + 1) {
      state.SkipWithError("garbage was not freed");
      break;
    }
    freed_total += freed;
  }
  if (!intact(live.value.as<List>(), n)) state.SkipWithError("a collection freed a live object");
  state.SetItemsProcessed(freed_total);
  state.counters["live_objects"] = double(live_objects(vm));
}
BENCHMARK(BM_CollectGarbage)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace taipan::bench
