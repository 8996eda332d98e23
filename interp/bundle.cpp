// App bundles: validation and import (see bundle.h and docs/bundles.md).
#include "interp/bundle.h"

#include <cstring>

#include "interp/frame.h"
#include "interp/import.h"
#include "interp/marshal.h"

namespace taipan::interp {

using namespace runtime;

namespace {

uint32_t u32_at(std::string_view d, size_t off) {
  auto* p = reinterpret_cast<const uint8_t*>(d.data()) + off;
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

// UTF-8 as Python writes it (lone surrogates allowed, as marshal's "surrogatepass").
bool utf8_ok(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    uint8_t c = uint8_t(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || i + len > n || (len == 2 && c < 0xC2) || (len == 4 && c > 0xF4)) return false;
    for (size_t k = 1; k < len; k++)
      if ((uint8_t(s[i + k]) & 0xC0) != 0x80) return false;
    if (len == 3 && c == 0xE0 && uint8_t(s[i + 1]) < 0xA0) return false;  // overlong
    if (len == 4 && c == 0xF0 && uint8_t(s[i + 1]) < 0x90) return false;
    i += len;
  }
  return true;
}

// A dotted name of identifiers (ASCII letters, digits, '_', or any non-ASCII character).
bool module_name_ok(std::string_view s) {
  if (s.empty()) return false;
  bool start = true;
  for (char ch : s) {
    uint8_t c = uint8_t(ch);
    if (c == '.') {
      if (start) return false;
      start = true;
      continue;
    }
    bool digit = c >= '0' && c <= '9';
    if (!(c >= 0x80 || c == '_' || digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    if (start && digit) return false;
    start = false;
  }
  return !start;
}

}  // namespace

const BundleEntry* Bundle::find(std::string_view name) const {
  auto it = by_name.find(name);
  return it == by_name.end() ? nullptr : &entries[it->second];
}

const std::string_view* Bundle::source_of(std::string_view file) const {
  auto it = by_filename.find(file);
  if (it == by_filename.end() || !entries[it->second].has_source) return nullptr;
  return &entries[it->second].source;
}

bool looks_like_bundle(std::string_view data) { return data.size() >= 3 && std::memcmp(data.data(), kBundleMagic, 3) == 0; }

bool parse_bundle(std::string bytes, Bundle& out, std::string& error) {
  out.data = std::move(bytes);
  std::string_view d = out.data;
  out.entries.clear();
  out.by_name.clear();
  out.by_filename.clear();
  auto fail = [&](std::string msg) {
    error = std::move(msg);
    out.entries.clear();
    out.by_name.clear();
    out.by_filename.clear();
    return false;
  };
  if (d.size() < 4 || std::memcmp(d.data(), kBundleMagic, 3) != 0) return fail("not a Taipan bundle (bad magic)");
  if (d[3] != kBundleMagic[3])
    return fail("bundle format version " + std::to_string(uint8_t(d[3])) + "; this Taipan reads version " +
                std::to_string(uint8_t(kBundleMagic[3])) + " (repack it with this checkout's tools/pack.py)");
  if (d.size() < kBundleHeaderSize)
    return fail("corrupt bundle: truncated header (" + std::to_string(d.size()) + " bytes)");
  uint32_t pyc_magic = u32_at(d, 4);
  uint16_t version = uint16_t(pyc_magic & 0xffff);
  if ((pyc_magic >> 16) != 0x0a0d) return fail("corrupt bundle: bad bytecode magic number");
  if (version != kMagic311) {
    const char* v = magic_version(version);
    return fail(std::string("bundle holds bytecode of ") + (*v ? std::string("CPython ") + v : "an unknown Python") +
                " (magic " + std::to_string(version) + "); Taipan runs bytecode of CPython 3.11 (magic " +
                std::to_string(kMagic311) + "): pack it with python3.11");
  }
  uint32_t flags = u32_at(d, 8), count = u32_at(d, 12), size = u32_at(d, 16), main = u32_at(d, 20);
  if (flags & ~kBundleFlagSources) return fail("corrupt bundle: unknown header flags " + std::to_string(flags));
  if (u32_at(d, 24) || u32_at(d, 28)) return fail("corrupt bundle: reserved header fields are not zero");
  if (size != d.size())
    return fail(size > d.size() ? "truncated bundle: " + std::to_string(d.size()) + " of " + std::to_string(size) + " bytes"
                                : "corrupt bundle: header says " + std::to_string(size) + " bytes, file has " +
                                      std::to_string(d.size()));
  uint64_t data_start = kBundleHeaderSize + uint64_t(count) * kBundleEntrySize;
  if (data_start > d.size()) return fail("corrupt bundle: the index of " + std::to_string(count) + " entries overruns the file");
  if (count == 0) return fail("corrupt bundle: no modules");
  if (main >= count) return fail("corrupt bundle: main entry " + std::to_string(main) + " of " + std::to_string(count));
  out.entries.resize(count);
  static const char* const kField[4] = {"name", "filename", "code", "source"};
  for (uint32_t i = 0; i < count; i++) {
    size_t at = kBundleHeaderSize + size_t(i) * kBundleEntrySize;
    std::string_view field[4];
    uint32_t eflags = u32_at(d, at + 32);
    if (eflags & ~(kBundleEntryPackage | kBundleEntrySource) || u32_at(d, at + 36))
      return fail("corrupt bundle: entry " + std::to_string(i) + " has unknown flags");
    for (int f = 0; f < 4; f++) {
      uint64_t off = u32_at(d, at + 8 * f), len = u32_at(d, at + 8 * f + 4);
      if (f == 3 && !(eflags & kBundleEntrySource)) {
        if (off || len) return fail("corrupt bundle: entry " + std::to_string(i) + " has a source range but no source flag");
        continue;
      }
      if (off < data_start || off + len > d.size())
        return fail("corrupt bundle: entry " + std::to_string(i) + "'s " + kField[f] + " (offset " + std::to_string(off) +
                    ", length " + std::to_string(len) + ") lies outside the data (" + std::to_string(data_start) + ".." +
                    std::to_string(d.size()) + ")");
      field[f] = d.substr(size_t(off), size_t(len));
    }
    BundleEntry& e = out.entries[i];
    e.name = field[0];
    e.filename = field[1];
    e.code = field[2];
    e.source = field[3];
    e.is_package = eflags & kBundleEntryPackage;
    e.has_source = eflags & kBundleEntrySource;
    std::string num = std::to_string(i);
    if (!utf8_ok(e.name) || !module_name_ok(e.name)) return fail("corrupt bundle: entry " + num + " has an invalid module name");
    if (e.filename.empty() || !utf8_ok(e.filename) || e.filename.find('\0') != std::string_view::npos)
      return fail("corrupt bundle: module " + std::string(e.name) + " has an invalid filename");
    if (e.code.empty()) return fail("corrupt bundle: module " + std::string(e.name) + " has no code");
    if (e.has_source && !utf8_ok(e.source))
      return fail("corrupt bundle: the source of module " + std::string(e.name) + " is not UTF-8");
    if (!out.by_name.emplace(e.name, i).second)
      return fail("corrupt bundle: module " + std::string(e.name) + " appears twice");
    out.by_filename.emplace(e.filename, i);
  }
  out.main = main;
  return true;
}

Bundle* bundle_of(VM& vm) { return vm.interp ? interp_of(vm).bundle.get() : nullptr; }

void set_bundle(VM& vm, std::unique_ptr<Bundle> b) { interp_of(vm).bundle = std::shared_ptr<Bundle>(std::move(b)); }

// The entry a module name refers to; "__main__" is the main entry (whatever its own name).
static const BundleEntry* entry_for(Bundle* b, std::string_view name) {
  if (!b) return nullptr;
  const BundleEntry* e = b->find(name);
  return !e && name == "__main__" ? &b->entries[b->main] : e;
}

static Value importer_get_source(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "get_source() argument must be str, not %T", args[0]);
  const BundleEntry* e = entry_for(bundle_of(vm), as_str(args[0])->view());
  if (!e) return raise(vm, vm.ImportError, "no module named %R in the bundle", args[0]);
  return e->has_source ? new_str(vm, std::string(e->source)) : Value::none();
}

static Value importer_is_package(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "is_package() argument must be str, not %T", args[0]);
  const BundleEntry* e = entry_for(bundle_of(vm), as_str(args[0])->view());
  if (!e) return raise(vm, vm.ImportError, "no module named %R in the bundle", args[0]);
  return Value::boolean(e->is_package);
}

// The __loader__ of bundled modules: a class with get_source(name) and is_package(name), as
// CPython's importers are used (BuiltinImporter is a class), so that linecache, and through it
// the traceback module and logging, find source lines in the bundle. Made once, kept in sys.
static Value bundle_importer(VM& vm) {
  static const char kKey[] = "__taipan_bundle_importer__";
  Value t = dict_get_cstr(vm, vm.sys->dict, kKey);
  if (!t.is_null()) return t;
  Type* type = new_builtin_type(vm, "BundleImporter", Layout::Object, vm.object_type, false);
  if (!type) return Value::null();
  Root rt(vm, Value::ptr(type));
  (void)dict_set_str(vm, type->dict, vm.s_module, new_str(vm, "taipan"));
  Value gs = new_builtin(vm, "get_source", importer_get_source, Value::null(), 1, 1, 0);
  if (gs.is_null() || failed(dict_set_cstr(vm, type->dict, "get_source", gs))) return Value::null();
  Value ip = new_builtin(vm, "is_package", importer_is_package, Value::null(), 1, 1, 0);
  if (ip.is_null() || failed(dict_set_cstr(vm, type->dict, "is_package", ip))) return Value::null();
  type_modified(vm, type);
  if (failed(dict_set_cstr(vm, vm.sys->dict, kKey, Value::ptr(type)))) return Value::null();
  return Value::ptr(type);
}

Value exec_bundle_module(VM& vm, Str* name, const BundleEntry& e) {
  Bundle* b = bundle_of(vm);
  std::string label = b ? b->label : "<bundle>";
  Value code = unmarshal(vm, e.code);
  if (code.is_null()) {
    if (!exc_matches(vm, vm.ValueError) && !exc_matches(vm, vm.EOFError)) return code;
    Value msg = str(vm, vm.exc);
    std::string m = msg.is_null() ? "corrupt data" : std::string(as_str(msg)->view());
    clear_exc(vm);
    return raise(vm, vm.ImportError, "%s: corrupt code of module '%s' in the bundle: %s", label.c_str(),
                 std::string(e.name).c_str(), m.c_str());
  }
  if (!is_layout(code, Layout::Code))
    return raise(vm, vm.ImportError, "%s: module '%s' in the bundle is not a code object", label.c_str(),
                 std::string(e.name).c_str());
  Root rc(vm, code);
  std::string file(e.filename);
  // A package's __path__ is its directory in the bundle's naming ("pkg", "<stdlib>/json").
  std::string dir;
  if (e.is_package) {
    size_t slash = file.rfind('/');
    dir = slash == std::string::npos ? std::string(e.name) : file.substr(0, slash);
  }
  Value loader = bundle_importer(vm);
  if (loader.is_null()) return loader;
  return exec_module_code(vm, name, code.as<Code>(), file, e.is_package, dir, nullptr, loader);
}

}  // namespace taipan::interp
