// Between api/engine.cpp and api/embed.cpp: the Engine's handle table and native-function
// registry (detail::Handles, defined in api/embed.cpp), made with the Engine and detached
// from it when the Engine goes (Objects still alive then become inert; the table is freed
// with the last of them).
#pragma once
#include "runtime/vm.h"
#include "taipan/taipan.h"

namespace taipan::detail {

Handles* handles_create(runtime::VM& vm, const Options& options);
void handles_detach(Handles* h);
// The handle table of the Engine that owns `vm`, or of an Engine (engine.cpp knows Engine::Impl).
Handles* handles_of(runtime::VM& vm);
Handles* handles_of(Engine::Impl* impl);

}  // namespace taipan::detail
