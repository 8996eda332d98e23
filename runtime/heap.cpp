// Mark-sweep collector over size-class pages (see heap.h for the invariants).
#include "runtime/heap.h"

#include <chrono>
#include <cstdlib>
#include <cstring>

#include "runtime/vm.h"

namespace taipan::runtime {

namespace {
constexpr uint32_t kMark = 1;
constexpr uint32_t kLargeBit = 2;
constexpr size_t kNumClasses = Heap::kMaxSmall / 16 + 1;
inline size_t size_class(size_t bytes) { return (bytes + 15) / 16; }
}  // namespace

struct Heap::Page {
  size_t cls;       // cell size = cls * 16
  size_t ncells;
  char* cells;
};

struct Heap::Large {
  Large* next;
  size_t bytes;
  alignas(16) char payload[1];
};

Heap::Heap(VM& vm) : vm_(vm) {}

Heap::~Heap() {
  // Finalize everything still alive, then release memory.
  for (Page* p : pages_) {
    size_t cell = p->cls * 16;
    for (size_t i = 0; i < p->ncells; i++) {
      auto* o = reinterpret_cast<Object*>(p->cells + i * cell);
      if (o->type && o->type->finalize) o->type->finalize(vm_, o);
    }
  }
  for (Large* l = large_; l;) {
    auto* o = reinterpret_cast<Object*>(l->payload);
    if (o->type && o->type->finalize) o->type->finalize(vm_, o);
    Large* n = l->next;
    std::free(l);
    l = n;
  }
  for (Page* p : pages_) {
    std::free(p->cells);
    delete p;
  }
}

bool Heap::maybe_collect(size_t incoming) {
  if (collecting_) return true;
  if (gc_stress || (enabled && allocated_since_gc_ + incoming > threshold_)) collect();
  if (cap && heap_bytes() + incoming > cap) {
    collect();
    if (heap_bytes() + incoming > cap) return false;
  }
  return true;
}

Object* Heap::alloc_small(size_t cls) {
  auto& fl = free_[cls];
  if (fl.empty()) {
    auto* p = new Page;
    p->cls = cls;
    p->ncells = kPageSize / (cls * 16);
    p->cells = static_cast<char*>(std::aligned_alloc(16, kPageSize));
    if (!p->cells) { delete p; return nullptr; }
    std::memset(p->cells, 0, kPageSize);
    pages_.push_back(p);
    small_bytes_ += kPageSize;
    fl.reserve(fl.size() + p->ncells);
    for (size_t i = p->ncells; i-- > 0;) fl.push_back(reinterpret_cast<Object*>(p->cells + i * cls * 16));
  }
  Object* o = fl.back();
  fl.pop_back();
  return o;
}

Object* Heap::alloc(size_t bytes, Type* type) {
  if (bytes < sizeof(Object)) bytes = sizeof(Object);
  if (!maybe_collect(bytes)) return nullptr;
  Object* o;
  if (bytes <= kMaxSmall) {
    size_t cls = size_class(bytes);
    o = alloc_small(cls);
    if (!o) return nullptr;
    std::memset(static_cast<void*>(o), 0, cls * 16);
    o->gc = uint32_t(cls) << 8;
    allocated_since_gc_ += cls * 16;
  } else {
    auto* l = static_cast<Large*>(std::malloc(offsetof(Large, payload) + bytes));
    if (!l) return nullptr;
    std::memset(l->payload, 0, bytes);
    l->next = large_;
    l->bytes = bytes;
    large_ = l;
    large_bytes_ += bytes;
    o = reinterpret_cast<Object*>(l->payload);
    o->gc = kLargeBit;
    allocated_since_gc_ += bytes;
  }
  o->type = type;
  stats.allocated_objects++;
  return o;
}

void* Heap::external_alloc(size_t bytes) {
  if (!maybe_collect(bytes)) return nullptr;
  void* p = std::malloc(bytes ? bytes : 1);
  if (!p) return nullptr;
  external_bytes_ += bytes;
  allocated_since_gc_ += bytes;
  return p;
}

void* Heap::external_realloc(void* p, size_t old_bytes, size_t new_bytes) {
  if (new_bytes > old_bytes && !maybe_collect(new_bytes - old_bytes)) return nullptr;
  void* q = std::realloc(p, new_bytes ? new_bytes : 1);
  if (!q) return nullptr;
  external_bytes_ += new_bytes;
  external_bytes_ -= old_bytes;
  if (new_bytes > old_bytes) allocated_since_gc_ += new_bytes - old_bytes;
  return q;
}

void Heap::external_free(void* p, size_t bytes) {
  if (!p) return;
  std::free(p);
  external_bytes_ -= bytes;
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  auto t0 = std::chrono::steady_clock::now();
  Marker m;
  m.stack.reserve(1024);
  vm_.visit_roots(m);
  while (!m.stack.empty()) {
    Object* o = m.stack.back();
    m.stack.pop_back();
    m.mark_obj(o->type);
    if (o->type->trace) o->type->trace(o, m);
  }
  sweep();
  auto ns = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count());
  stats.collections++;
  stats.total_pause_ns += ns;
  if (ns > stats.max_pause_ns) stats.max_pause_ns = ns;
  allocated_since_gc_ = 0;
  size_t live = live_bytes_ + external_bytes_;
  threshold_ = live < (8u << 20) ? (8u << 20) : live + live / 2;  // grow the heap by half before the next collection
  collecting_ = false;
}

void Heap::sweep() {
  for (auto& fl : free_) fl.clear();
  live_bytes_ = 0;
  for (Page* p : pages_) {
    size_t cell = p->cls * 16;
    auto& fl = free_[p->cls];
    for (size_t i = p->ncells; i-- > 0;) {
      auto* o = reinterpret_cast<Object*>(p->cells + i * cell);
      if (o->type) {
        if (o->gc & kMark) {
          o->gc &= ~kMark;
          live_bytes_ += cell;
          continue;
        }
        if (o->type->finalize) o->type->finalize(vm_, o);
        o->type = nullptr;
        stats.freed_objects++;
      }
      fl.push_back(o);
    }
  }
  Large** link = &large_;
  while (Large* l = *link) {
    auto* o = reinterpret_cast<Object*>(l->payload);
    if (o->gc & kMark) {
      o->gc &= ~kMark;
      live_bytes_ += l->bytes;
      link = &l->next;
      continue;
    }
    if (o->type->finalize) o->type->finalize(vm_, o);
    *link = l->next;
    large_bytes_ -= l->bytes;
    stats.freed_objects++;
    std::free(l);
  }
}

}  // namespace taipan::runtime
