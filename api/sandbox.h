// The embedded Engine's sandbox (Options::allow_*, Options::allowed_modules; docs/embedding.md
// "Sandbox"), between api/engine.cpp and api/sandbox.cpp.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "runtime/vm.h"
#include "taipan/taipan.h"

namespace taipan::detail {

struct Sandbox {
  Options options;  // the grants and the allow-list
  // Modules scripts may import because an allowed (or host) import brought them in: what an
  // allowed module imports for itself is not checked.
  std::unordered_set<std::string> trusted;
  std::unordered_set<std::string> host_modules;  // define_module / define_class
};

// Refuses what `options` does not grant (patches open, io.FileIO, posix's file, process and
// environment functions) and installs the import check; nullptr when everything is granted
// and no allow-list is set (the command-line program), then nothing is changed.
std::unique_ptr<Sandbox> sandbox_install(runtime::VM& vm, const Options& options);
// The sandbox of the Engine that owns `vm` (engine.cpp), or nullptr.
Sandbox* sandbox_of(runtime::VM& vm);
// A module the host defined: scripts may always import it.
void sandbox_allow_host_module(runtime::VM& vm, std::string_view name);

}  // namespace taipan::detail
