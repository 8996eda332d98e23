// Generators, coroutines and async generators: a heap object owning a suspended frame.
//
// RETURN_GENERATOR moves the running frame into the generator's buffer; each resumption
// links that frame into the chain and runs it as an entry frame until it yields or returns.
// The three kinds share this struct and gen_resume; their type says which one an object is
// (generator_type, coroutine_type, async_generator_type). interp/coroutine.cpp holds what is
// particular to coroutines and async generators (awaitables, asend/athrow, the async opcodes).
#pragma once
#include "interp/frame.h"

namespace taipan::interp {

using runtime::Tuple;

struct Generator : Object {
  Frame* frame;        // malloc'd; null once finished
  Value name, qualname;
  bool running;
  bool started;
  bool ag_running_async;  // async generators: an asend/athrow awaitable is in progress
  bool ag_closed;         // async generators: aclose() started or the generator finished
  bool ag_hooks_inited;   // async generators: sys.set_asyncgen_hooks' firstiter was called
  Value exc_state;     // the generator's own handled exception (sys.exc_info inside it)
  Value yf;            // unused placeholder for future use
  Code* code;          // kept after the frame is gone (cr_code, CO_ITERABLE_COROUTINE)
};

enum class GenResult { Yield, Return, Error };

// Creates a generator from the running frame `f` (which the caller then pops).
Value make_generator(VM& vm, Frame* f);
// Resumes: send `value` (or throw vm.exc if `throw_exc`). *out is the yielded/returned value.
GenResult gen_resume(VM& vm, Generator* g, Value value, bool throw_exc, Value* out);
void init_generators(VM& vm);
// A generator or a coroutine (objects gen_resume can drive for SEND and iteration).
bool is_generator(VM& vm, Value v);
// "generator", "coroutine" or "async generator", for messages.
const char* gen_kind(VM& vm, Generator* g);
// The object a suspended `yield from` / `await` delegates to, or null.
Value gen_yf(Generator* g);
// The methods shared by the three kinds (NativeFn signatures; self is the generator).
// send and throw end with StopIteration (StopAsyncIteration for an async generator).
Value gen_send(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw);
Value gen_throw(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw);
Value gen_close(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw);
// A frame object for cr_frame / gi_frame / ag_frame (None once finished).
Value gen_frame_object(VM& vm, Generator* g);

// coroutine.cpp: the async instructions' semantics and the coroutine-specific types.
Value get_awaitable(VM& vm, Value v, int where);         // GET_AWAITABLE (where: 0, 1 aenter, 2 aexit)
Value get_aiter(VM& vm, Value v);                        // GET_AITER
Value get_anext(VM& vm, Value aiter);                    // GET_ANEXT
Value before_async_with(VM& vm, Value* mgr_slot);        // BEFORE_ASYNC_WITH: slot gets __aexit__
Value async_gen_wrap(VM& vm, Value v);                   // ASYNC_GEN_WRAP
// SEND to a receiver other than a generator or coroutine.
GenResult send_to(VM& vm, Value receiver, Value v, Value* out);
void init_coroutines(VM& vm);

}  // namespace taipan::interp
