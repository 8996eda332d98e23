// list.sort: a stable merge sort (natural runs, binary insertion for short runs) whose
// comparisons may fail; on failure the list is left a permutation of its items.
// Keys are computed once; homogeneous small-int, float and str keys compare natively.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/list.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

enum class KeyKind { Int, Float, Str, Any };

struct Sorter {
  VM& vm;
  KeyKind kind;
  bool failed = false;
  // a < b ?
  bool less(Value a, Value b) {
    if (failed) return false;
    switch (kind) {
      case KeyKind::Int: return a.as_small() < b.as_small();
      case KeyKind::Float: return a.as_double() < b.as_double();
      case KeyKind::Str: return str_compare(as_str(a), as_str(b)) < 0;
      case KeyKind::Any: {
        int r = compare_bool(vm, a, b, CmpOp::Lt);
        if (r < 0) {
          failed = true;
          return false;
        }
        return r;
      }
    }
    return false;
  }
};

}  // namespace

Status list_sort(VM& vm, List* l, Value key, bool reverse) {
  Root rl(vm, Value::ptr(l)), rk(vm, key);
  size_t n = l->size;
  if (n < 2) return Status::Ok;
  // Work on a copy so that mutation during the sort is detected, as CPython does.
  RootVec vals(vm), keys(vm);
  vals.v.assign(l->items, l->items + n);
  if (!key.is_null()) {
    keys.v.reserve(n);
    for (size_t i = 0; i < n; i++) {
      Value k = call1(vm, key, vals.v[i]);
      if (k.is_null()) return Status::Error;
      keys.v.push_back(k);
    }
  } else {
    keys.v = vals.v;
  }
  KeyKind kind = KeyKind::Any;
  if (std::all_of(keys.v.begin(), keys.v.end(), [](Value v) { return v.is_small(); })) kind = KeyKind::Int;
  else if (std::all_of(keys.v.begin(), keys.v.end(), [](Value v) { return v.is_double() && v.as_double() == v.as_double(); })) kind = KeyKind::Float;
  else if (std::all_of(keys.v.begin(), keys.v.end(), [&](Value v) { return is_exact(v, vm.str_type); })) kind = KeyKind::Str;
  if (reverse) {
    std::reverse(vals.v.begin(), vals.v.end());
    std::reverse(keys.v.begin(), keys.v.end());
  }
  // Sort an index permutation stably.
  std::vector<uint32_t> idx(n), tmp(n);
  for (size_t i = 0; i < n; i++) idx[i] = uint32_t(i);
  Sorter s{vm, kind};
  auto lt = [&](uint32_t a, uint32_t b) { return s.less(keys.v[a], keys.v[b]); };
  // Binary insertion sort of small blocks, then bottom-up merges.
  const size_t kRun = 32;
  for (size_t lo = 0; lo < n && !s.failed; lo += kRun) {
    size_t hi = std::min(n, lo + kRun);
    for (size_t i = lo + 1; i < hi && !s.failed; i++) {
      uint32_t x = idx[i];
      size_t a = lo, b = i;
      while (a < b) {
        size_t m = (a + b) / 2;
        if (lt(x, idx[m])) b = m;
        else a = m + 1;
      }
      std::memmove(&idx[a + 1], &idx[a], (i - a) * sizeof(uint32_t));
      idx[a] = x;
    }
  }
  for (size_t width = kRun; width < n && !s.failed; width *= 2) {
    for (size_t lo = 0; lo < n && !s.failed; lo += 2 * width) {
      size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      if (mid >= hi) {
        std::copy(idx.begin() + long(lo), idx.begin() + long(hi), tmp.begin() + long(lo));
        continue;
      }
      // Already ordered?
      if (!lt(idx[mid], idx[mid - 1])) {
        std::copy(idx.begin() + long(lo), idx.begin() + long(hi), tmp.begin() + long(lo));
        continue;
      }
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi && !s.failed) tmp[k++] = lt(idx[j], idx[i]) ? idx[j++] : idx[i++];
      while (i < mid) tmp[k++] = idx[i++];
      while (j < hi) tmp[k++] = idx[j++];
    }
    idx.swap(tmp);
  }
  if (l->size != n) {
    raise(vm, vm.ValueError, "list modified during sort");
    return Status::Error;
  }
  if (s.failed) return Status::Error;
  for (size_t i = 0; i < n; i++) l->items[i] = vals.v[idx[i]];
  if (reverse) std::reverse(l->items, l->items + n);
  return Status::Ok;
}

}  // namespace taipan::runtime
