// Running the host CPython in the WebAssembly build, where there are no processes.
//
// Natively, compile.cpp and import.cpp start `python3.11` themselves (fork/exec, pipes).
// Under Emscripten the embedder runs it: taipan_host_python is a JS function
// (web/library_taipan.js) that, in Node, runs argv synchronously with `input` on its
// stdin and hands back stdout and stderr (malloc'd; the caller frees them); in the browser
// there is no host python and it returns -1. The protocols spoken over stdin/stdout are the
// native ones, so both builds share everything but the process plumbing.
#pragma once
#ifdef __EMSCRIPTEN__
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

// Exit status of the process; -1 when it could not be started (or there is no host).
// With argc == 0 it only tells whether processes can be run at all (1 in Node, 0 otherwise).
extern "C" int taipan_host_python(const char* const* argv, int argc, const char* input, uint32_t input_len,
                                  char** out, uint32_t* out_len, char** err, uint32_t* err_len);

namespace taipan::interp {

inline int run_host_python(const std::vector<std::string>& argv, std::string_view input, std::string& out,
                           std::string& err) {
  std::vector<const char*> args;
  for (const std::string& a : argv) args.push_back(a.c_str());
  char *o = nullptr, *e = nullptr;
  uint32_t ol = 0, el = 0;
  int status = taipan_host_python(args.data(), int(args.size()), input.data(), uint32_t(input.size()), &o, &ol, &e, &el);
  out.assign(o ? o : "", o ? ol : 0);
  err.assign(e ? e : "", e ? el : 0);
  std::free(o);
  std::free(e);
  return status;
}

}  // namespace taipan::interp
#endif
