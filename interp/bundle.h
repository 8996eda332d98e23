// App bundles: the packer's output (tools/pack.py), one file of marshalled code objects of an
// app and the standard-library modules it imports. docs/bundles.md is the format's reference;
// in short, all integers little-endian:
//
//   header (32 bytes)  "TPB\x01" | .pyc magic (3495 LE16 + "\r\n") | flags u32 | count u32 |
//                      file size u32 | main entry index u32 | 0 u32 | 0 u32
//   index (40 bytes per entry)  name, filename, code, source: (offset u32, length u32) each;
//                      flags u32 (1 = package, 2 = has source); 0 u32
//   data               the strings (UTF-8) and marshalled code objects the index points at
//
// parse_bundle validates everything but the marshalled code up front (sizes, every range
// inside the data area, UTF-8 names, dotted-identifier module names, no duplicates, the main
// entry); a code object is unmarshalled (and verified) when its module is first imported.
// While a bundle runs, the importer looks modules up in it after the native modules and
// before sys.path; with `only` set it never searches sys.path or the host's Lib/.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/objects.h"

namespace taipan::interp {

using runtime::Value;
using runtime::VM;

inline constexpr char kBundleMagic[4] = {'T', 'P', 'B', '\x01'};
inline constexpr size_t kBundleHeaderSize = 32;
inline constexpr size_t kBundleEntrySize = 40;
inline constexpr uint32_t kBundleFlagSources = 1;
inline constexpr uint32_t kBundleEntryPackage = 1;
inline constexpr uint32_t kBundleEntrySource = 2;

struct BundleEntry {
  std::string_view name;      // dotted module name
  std::string_view filename;  // co_filename / __file__, e.g. "pkg/mod.py", "<stdlib>/json/__init__.py"
  std::string_view code;      // marshalled code object
  std::string_view source;    // UTF-8 source text when has_source
  bool is_package = false;
  bool has_source = false;
};

struct Bundle {
  std::string data;  // the whole bundle; the entries' views point into it
  std::string label; // how errors name it (its path, or "<bundle>")
  std::vector<BundleEntry> entries;
  std::unordered_map<std::string_view, size_t> by_name, by_filename;
  size_t main = 0;   // index of the entry that runs as __main__
  bool only = false; // no fallback to sys.path / the host's Lib/ for modules not in the bundle

  const BundleEntry* find(std::string_view name) const;
  // The source text of the module whose filename is `file`, or null.
  const std::string_view* source_of(std::string_view file) const;
};

// True if `data` starts like a bundle (its first three bytes; the fourth is the format version).
bool looks_like_bundle(std::string_view data);
// Validates `data` and fills `out` (which takes the bytes); on failure returns false with a
// one-line reason in `error` ("corrupt bundle: ...", "bundle for CPython 3.12 ...").
bool parse_bundle(std::string data, Bundle& out, std::string& error);

// The bundle the VM runs from, or null.
Bundle* bundle_of(VM& vm);
// Makes `b` the VM's bundle (the interpreter state owns it).
void set_bundle(VM& vm, std::unique_ptr<Bundle> b);
// Imports `e` as module `name` (its code, __file__, __path__ for a package).
Value exec_bundle_module(VM& vm, runtime::Str* name, const BundleEntry& e);

}  // namespace taipan::interp
