// Generators and coroutines: a heap object owning a suspended frame.
//
// RETURN_GENERATOR moves the running frame into the generator's buffer; each resumption
// links that frame into the chain and runs it as an entry frame until it yields or returns.
#pragma once
#include "interp/frame.h"

namespace taipan::interp {

struct Generator : Object {
  Frame* frame;        // malloc'd; null once finished
  Value name, qualname;
  bool running;
  bool started;
  Value exc_state;     // the generator's own handled exception (sys.exc_info inside it)
  Value yf;            // unused placeholder for future use
};

enum class GenResult { Yield, Return, Error };

// Creates a generator from the running frame `f` (which the caller then pops).
Value make_generator(VM& vm, Frame* f);
// Resumes: send `value` (or throw vm.exc if `throw_exc`). *out is the yielded/returned value.
GenResult gen_resume(VM& vm, Generator* g, Value value, bool throw_exc, Value* out);
void init_generators(VM& vm);
bool is_generator(VM& vm, Value v);

}  // namespace taipan::interp
