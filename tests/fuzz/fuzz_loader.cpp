// libFuzzer target for the .pyc and bundle loaders: any input must load or fail with a
// Python exception (a bundle: with an error message), never crash; loaded code must
// disassemble. Inputs that start with a bundle's magic go to the bundle reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "interp/bundle.h"
#include "interp/dis.h"
#include "interp/frame.h"
#include "interp/marshal.h"

using namespace taipan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static runtime::VM* vm = [] {
    auto* v = new runtime::VM();
    interp::install(*v);
    return v;
  }();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (interp::looks_like_bundle(bytes)) {
    interp::Bundle b;
    std::string error;
    if (interp::parse_bundle(std::string(bytes), b, error)) {
      for (const interp::BundleEntry& e : b.entries) {
        runtime::Value code = interp::unmarshal(*vm, e.code);
        if (!code.is_null() && runtime::is_layout(code, runtime::Layout::Code))
          (void)interp::disassemble(*vm, code.as<runtime::Code>());
        runtime::clear_exc(*vm);
      }
    }
    return 0;
  }
  runtime::Value code = interp::load_pyc(*vm, bytes, "fuzz.pyc");
  if (!code.is_null()) {
    (void)interp::disassemble(*vm, code.as<runtime::Code>());
  }
  runtime::clear_exc(*vm);
  return 0;
}
