// libFuzzer target for the .pyc loader: any input must load or fail with a Python
// exception, never crash; loaded code must disassemble.
#include <cstddef>
#include <cstdint>
#include <string_view>

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
  runtime::Value code = interp::load_pyc(*vm, bytes, "fuzz.pyc");
  if (!code.is_null()) {
    (void)interp::disassemble(*vm, code.as<runtime::Code>());
  }
  runtime::clear_exc(*vm);
  return 0;
}
