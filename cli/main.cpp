// The `taipan` command: runs a .py/.pyc like `python3.11 FILE args`, or disassembles it.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "taipan/taipan.h"

static void usage() {
  std::fprintf(stderr,
               "usage: taipan [options] FILE.py|FILE.pyc [args...]\n"
               "options:\n"
               "  --dis              disassemble FILE and exit\n"
               "  --stats            print call, loop and GC statistics to stderr at exit\n"
               "  --max-heap SIZE    cap the heap (bytes; suffixes K, M, G); MemoryError beyond it\n"
               "  --gc-stress        collect garbage at every allocation (slow; for testing)\n"
               "  --recursion-limit N  initial sys.getrecursionlimit()\n"
               "  -X jit=off|on|eager  JIT mode (accepted; the JIT tiers are not built yet)\n");
}

static bool parse_size(const char* s, size_t& out) {
  char* end;
  double v = std::strtod(s, &end);
  if (end == s || v < 0) return false;
  switch (*end) {
    case 'k': case 'K': v *= 1024; end++; break;
    case 'm': case 'M': v *= 1024 * 1024; end++; break;
    case 'g': case 'G': v *= 1024.0 * 1024 * 1024; end++; break;
    default: break;
  }
  if (*end == 'B' || *end == 'b') end++;
  if (*end) return false;
  out = size_t(v);
  return true;
}

int main(int argc, char** argv) {
  taipan::Options opts;
  bool dis = false, stats = false;
  int i = 1;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (a[0] != '-' || std::strcmp(a, "-") == 0) break;
    if (!std::strcmp(a, "--dis")) dis = true;
    else if (!std::strcmp(a, "--stats")) stats = true;
    else if (!std::strcmp(a, "--gc-stress")) opts.gc_stress = true;
    else if (!std::strcmp(a, "--max-heap") && i + 1 < argc) {
      if (!parse_size(argv[++i], opts.max_heap)) {
        std::fprintf(stderr, "taipan: bad --max-heap value '%s'\n", argv[i]);
        return 2;
      }
    } else if (!std::strncmp(a, "--max-heap=", 11)) {
      if (!parse_size(a + 11, opts.max_heap)) {
        std::fprintf(stderr, "taipan: bad --max-heap value '%s'\n", a + 11);
        return 2;
      }
    } else if (!std::strcmp(a, "--recursion-limit") && i + 1 < argc) {
      opts.recursion_limit = std::atoi(argv[++i]);
    } else if (!std::strcmp(a, "-X") && i + 1 < argc) {
      i++;  // jit options are accepted for forward compatibility
    } else if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help")) {
      usage();
      return 0;
    } else {
      std::fprintf(stderr, "taipan: unknown option '%s'\n", a);
      usage();
      return 2;
    }
  }
  if (i >= argc) {
    usage();
    return 2;
  }
  std::string path = argv[i];
  std::vector<std::string> args(argv + i, argv + argc);
  taipan::Engine engine(opts);
  if (dis) {
    std::string out, err;
    if (!engine.disassemble(path, out, err)) {
      std::fprintf(stderr, "taipan: %s\n", err.c_str());
      return 1;
    }
    std::fputs(out.c_str(), stdout);
    return 0;
  }
  int status = engine.run_main(path, args);
  if (stats) {
    taipan::Stats s = engine.stats();
    std::fprintf(stderr,
                 "[taipan stats] calls=%llu loop_backedges=%llu gc_collections=%llu gc_pause_total_ms=%.3f "
                 "gc_pause_max_ms=%.3f heap_bytes=%llu objects_allocated=%llu\n",
                 (unsigned long long)s.calls, (unsigned long long)s.backedges, (unsigned long long)s.gc_collections,
                 s.gc_total_pause_ns / 1e6, s.gc_max_pause_ns / 1e6, (unsigned long long)s.heap_bytes,
                 (unsigned long long)s.allocated_objects);
  }
  return status;
}
