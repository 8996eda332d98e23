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

// The VM of an Engine.
runtime::VM& vm_of(Engine& engine);

// For other hosts' glue (web/glue.cpp): fn(vm, ctx) run as one host entry (the budgets of
// Options apply, an interrupt request stops it), as the Engine's own calls are. Value: `out`
// holds fn's result (unrooted: root it before allocating). Error: `err` holds the exception,
// taken from the VM with its traceback. Stop (only when `stop_value` is set): fn raised
// StopIteration and `out` holds its value (stepping a coroutine).
enum class EntryOutcome { Value, Error, Stop };
EntryOutcome host_entry(runtime::VM& vm, runtime::Value (*fn)(runtime::VM&, void*), void* ctx,
                        runtime::Value& out, Error& err, bool stop_value = false);
// An Error as the Python exception it describes, raised in `vm` (null returned).
runtime::Value raise_host_error(runtime::VM& vm, const Error& e);

}  // namespace taipan::detail
