// The rest of the builtin functions (registered after the core ones in builtins.cpp).
#include "runtime/objects.h"

namespace taipan::runtime {

void init_builtins_extra(VM& vm) {}

}  // namespace taipan::runtime
