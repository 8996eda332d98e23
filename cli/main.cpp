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
               "       taipan [options] -c SOURCE [args...]\n"
               "       taipan [options] -m MODULE [args...]\n"
               "options:\n"
               "  -c SOURCE          run the program in SOURCE (compiled by the host python3.11)\n"
               "  -m MODULE          run MODULE from sys.path or the standard library as __main__\n"
               "  --dis              disassemble FILE and exit\n"
               "  --stats            print call, loop and GC statistics to stderr at exit\n"
               "  --max-heap SIZE    cap the heap (bytes; suffixes K, M, G); MemoryError beyond it\n"
               "  --gc-stress        collect garbage at every allocation (slow; for testing)\n"
               "  --recursion-limit N  initial sys.getrecursionlimit()\n"
               "  -X jit=off|on|eager  JIT mode (default on; eager compiles everything before it runs)\n"
               "  --jit-threshold N  calls before a function is compiled (loops: twice as many back-edges)\n"
               "  --jit-stats        print what the JIT compiled to stderr at exit\n"
               "  --jit-dump         print each compiled function's IR to stderr\n"
               "  -X perf            write /tmp/perf-PID.map so `perf report` names compiled functions\n");
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

static void print_stats(const taipan::Engine& engine) {
  taipan::Stats s = engine.stats();
  std::fprintf(stderr,
               "[taipan stats] calls=%llu loop_backedges=%llu gc_collections=%llu gc_pause_total_ms=%.3f "
               "gc_pause_max_ms=%.3f heap_bytes=%llu objects_allocated=%llu\n",
               (unsigned long long)s.calls, (unsigned long long)s.backedges, (unsigned long long)s.gc_collections,
               s.gc_total_pause_ns / 1e6, s.gc_max_pause_ns / 1e6, (unsigned long long)s.heap_bytes,
               (unsigned long long)s.allocated_objects);
}

int main(int argc, char** argv) {
  taipan::Options opts;
  opts.handle_signals = true;
  bool dis = false, stats = false, jit_stats = false;
  const char* mode = nullptr;  // "-c" or "-m": argv[i] is the source or the module name
  int i = 1;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (a[0] != '-' || std::strcmp(a, "-") == 0) break;
    if ((!std::strcmp(a, "-c") || !std::strcmp(a, "-m")) && i + 1 < argc) {
      mode = a;
      i++;
      break;
    }
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
      const char* x = argv[++i];
      if (!std::strcmp(x, "jit=off")) opts.jit = taipan::Options::Jit::Off;
      else if (!std::strcmp(x, "jit=on")) opts.jit = taipan::Options::Jit::On;
      else if (!std::strcmp(x, "jit=eager")) opts.jit = taipan::Options::Jit::Eager;
      else if (!std::strcmp(x, "perf")) opts.jit_perf_map = true;
      else {
        std::fprintf(stderr, "taipan: unknown -X option '%s'\n", x);
        return 2;
      }
    } else if (!std::strcmp(a, "--jit-threshold") && i + 1 < argc) {
      long n = std::atol(argv[++i]);
      if (n < 0) n = 0;
      opts.jit_call_threshold = uint32_t(n);
      opts.jit_loop_threshold = uint32_t(2 * n);
    } else if (!std::strcmp(a, "--jit-stats")) {
      jit_stats = true;
    } else if (!std::strcmp(a, "--jit-dump")) {
      opts.jit_dump = true;
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
  if (mode && !dis) {
    // sys.argv[0] is "-c" (CPython's), or the module's file (run_module sets it).
    args[0] = mode;
    int status = mode[1] == 'c' ? engine.run_source(path, args) : engine.run_module(path, args);
    if (stats) print_stats(engine);
    if (jit_stats) std::fputs(engine.jit_stats().c_str(), stderr);
    return status;
  }
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
  if (stats) print_stats(engine);
  if (jit_stats) std::fputs(engine.jit_stats().c_str(), stderr);
  return status;
}
