// Disassembler over Taipan's instruction table (interp/opcodes.h).
#pragma once
#include <string>

#include "runtime/objects.h"

namespace taipan::interp {
std::string disassemble(runtime::VM& vm, runtime::Code* code);
}
