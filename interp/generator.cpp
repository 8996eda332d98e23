// Generator objects: own a suspended frame; send/throw/close; iteration protocol.
// Coroutines and async generators share this code (their own parts are in coroutine.cpp).
#include "interp/generator.h"

#include <cstdlib>
#include <cstring>

namespace taipan::interp {

using namespace runtime;

Value resume_frame(VM& vm, Frame* f, bool throw_in);  // interpreter.cpp
Value frame_snapshot(VM& vm, Frame* f);                 // frameobject.cpp

static void trace_gen(Object* o, Marker& m) {
  auto* g = static_cast<Generator*>(o);
  m.mark(g->name);
  m.mark(g->qualname);
  m.mark(g->exc_state);
  m.mark(g->yf);
  m.mark_obj(g->code);
  if (g->frame) trace_frame(g->frame, m);
}

static void fin_gen(VM&, Object* o) {
  auto* g = static_cast<Generator*>(o);
  std::free(g->frame);
  g->frame = nullptr;
}

bool is_generator(VM& vm, Value v) {
  return v.is_ptr() && (v.as_ptr()->type == vm.generator_type || v.as_ptr()->type == vm.coroutine_type);
}

const char* gen_kind(VM& vm, Generator* g) {
  if (g->type == vm.coroutine_type) return "coroutine";
  if (g->type == vm.async_generator_type) return "async generator";
  return "generator";
}

Value make_generator(VM& vm, Frame* f) {
  Code* co = f->code;
  size_t bytes = Frame::size_in_values(co) * sizeof(Value);
  Type* t = (co->flags & kCoCoroutine)        ? vm.coroutine_type
            : (co->flags & kCoAsyncGenerator) ? vm.async_generator_type
                                              : vm.generator_type;
  auto* g = static_cast<Generator*>(vm.heap.alloc(sizeof(Generator), t));
  if (!g) return raise_no_memory(vm);
  auto* nf = static_cast<Frame*>(std::malloc(bytes));
  if (!nf) return raise_no_memory(vm);
  std::memcpy(static_cast<void*>(nf), f, bytes);
  // Pointers into the old frame's stack must be rebased.
  nf->sp = nf->localsplus + (f->sp - f->localsplus);
  nf->flags = kFrameGenerator;
  nf->prev = nullptr;
  nf->gen = g;
  g->frame = nf;
  g->name = f->func ? f->func->name : Value::ptr(co->name);
  g->qualname = f->func ? f->func->qualname : Value::ptr(co->qualname);
  g->exc_state = Value::none();
  g->yf = Value::null();
  g->code = co;
  g->ag_running_async = g->ag_closed = g->ag_hooks_inited = false;
  return Value::ptr(g);
}

GenResult gen_resume(VM& vm, Generator* g, Value value, bool throw_exc, Value* out) {
  if (g->running) {
    raise(vm, vm.ValueError, "%s already executing", gen_kind(vm, g));
    return GenResult::Error;
  }
  if (!g->frame) {
    if (g->type == vm.coroutine_type) {
      clear_exc(vm);
      raise(vm, vm.RuntimeError, "cannot reuse already awaited coroutine");
      return GenResult::Error;
    }
    if (throw_exc) return GenResult::Error;  // the thrown exception stays pending
    *out = Value::none();
    return GenResult::Return;
  }
  Frame* f = g->frame;
  if (!g->started && !throw_exc && !value.is_none()) {
    raise(vm, vm.TypeError, "can't send non-None value to a just-started %s", gen_kind(vm, g));
    return GenResult::Error;
  }
  if (!throw_exc) *f->sp++ = value;
  g->started = true;
  g->running = true;
  Root rg(vm, Value::ptr(g));
  // The generator keeps its own handled-exception state.
  Value saved = vm.exc_info;
  Root rs(vm, saved);
  vm.exc_info = g->exc_state;
  Value r = resume_frame(vm, f, throw_exc);
  g->exc_state = vm.exc_info;
  vm.exc_info = saved;
  g->running = false;
  if (r.is_null()) {
    std::free(g->frame);
    g->frame = nullptr;
    // PEP 479: StopIteration raised inside a generator becomes RuntimeError (and
    // StopAsyncIteration inside an async generator).
    bool async_gen = g->type == vm.async_generator_type;
    bool stop = exc_matches(vm, vm.StopIteration);
    bool astop = !stop && async_gen && exc_matches(vm, vm.StopAsyncIteration);
    if (stop || astop) {
      Value cause = vm.exc;
      Root rc(vm, cause);
      clear_exc(vm);
      raise(vm, vm.RuntimeError, "%s raised %s", gen_kind(vm, g), stop ? "StopIteration" : "StopAsyncIteration");
      if (is_exception(vm, vm.exc)) {
        vm.exc.as<Exception>()->cause = cause;
        vm.exc.as<Exception>()->context = cause;
        vm.exc.as<Exception>()->suppress_context = true;
      }
    }
    return GenResult::Error;
  }
  if (f->flags & kFrameYielded) {
    *out = r;
    return GenResult::Yield;
  }
  std::free(g->frame);
  g->frame = nullptr;
  *out = r;
  return GenResult::Return;
}

// The end of send/throw: StopIteration(v) for a generator or coroutine, StopAsyncIteration
// for an async generator.
static Value gen_finished(VM& vm, Generator* g, Value v) {
  if (g->type == vm.async_generator_type) return raise_value(vm, Value::ptr(vm.StopAsyncIteration));
  if (v.is_none()) return raise_value(vm, Value::ptr(vm.StopIteration));
  Root rv(vm, v);
  Value args = new_tuple_from(vm, &v, 1);
  if (args.is_null()) return args;
  Value e = new_exception(vm, vm.StopIteration, args);
  if (e.is_null()) return e;
  vm.exc = e;
  return Value::null();
}

static Value gen_outcome(VM& vm, Generator* g, GenResult r, Value out) {
  if (r == GenResult::Yield) return out;
  if (r == GenResult::Error) return Value::null();
  return gen_finished(vm, g, out);
}

static Generator* gen_self(Value self) { return static_cast<Generator*>(self.as_ptr()); }

static Value gen_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value out;
  GenResult r = gen_resume(vm, gen_self(self), Value::none(), false, &out);
  return gen_outcome(vm, gen_self(self), r, out);
}

Value gen_send(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value out;
  GenResult r = gen_resume(vm, gen_self(self), args[0], false, &out);
  return gen_outcome(vm, gen_self(self), r, out);
}

// Delegation target when suspended inside `yield from`/`await`: RESUME with oparg >= 2 follows.
Value gen_yf(Generator* g) {
  Frame* f = g->frame;
  if (!f || !g->started) return Value::null();
  uint16_t next = *f->ip;
  if ((next & 0xff) != 151 /* RESUME */ || (next >> 8) < 2) return Value::null();
  return f->sp[-1];
}

static Value gen_throw_value(VM& vm, Generator* g) {
  Value out;
  GenResult r = gen_resume(vm, g, Value::none(), true, &out);
  return gen_outcome(vm, g, r, out);
}

Value gen_throw(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Generator* g = gen_self(self);
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::null();
  if (nargs > 2 && !args[2].is_none() && !is_exact(args[2], vm.traceback_type))
    return raise(vm, vm.TypeError, "throw() third argument must be a traceback object");
  Value exc;
  if (is_layout(typ, Layout::Type) && is_subtype(typ.as<Type>(), vm.BaseException)) {
    if (!val.is_null() && !val.is_none() && isinstance(vm, val, typ.as<Type>())) exc = val;
    else if (!val.is_null() && !val.is_none()) {
      exc = is_tuple(val) ? call_ex(vm, typ, val, Value::null()) : call1(vm, typ, val);
      if (exc.is_null()) return exc;
    } else {
      exc = call0(vm, typ);
      if (exc.is_null()) return exc;
    }
  } else if (is_exception(vm, typ)) {
    if (!val.is_null() && !val.is_none())
      return raise(vm, vm.TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    return raise(vm, vm.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                 type_name(vm, typ));
  }
  Root re(vm, exc), rself(vm, self);
  // A thrown exception is not chained to the one being handled (CPython restores it as is).
  exc.as<Exception>()->context_chained = true;
  Value yf = gen_yf(g);
  if (!yf.is_null()) {
    Root ry(vm, yf);
    Value r;
    if (is_generator(vm, yf)) {
      g->running = true;
      r = gen_throw(vm, yf, &exc, 1, nullptr);
      g->running = false;
    } else {
      Value m = getattr_opt(vm, yf, vm.s_throw);
      if (m.is_null()) {
        if (!vm.exc.is_null()) return Value::null();
        vm.exc = exc;
        return gen_throw_value(vm, g);
      }
      g->running = true;
      r = call1(vm, m, exc);
      g->running = false;
    }
    if (!r.is_null()) return r;
    if (exc_matches(vm, vm.StopIteration)) {
      // The delegate finished: resume our frame past the SEND loop with its value.
      Value v = getattr_opt(vm, vm.exc, vm.s_value);
      clear_exc(vm);
      Frame* f = g->frame;
      // ip points at RESUME after YIELD_VALUE; the JUMP_BACKWARD_NO_INTERRUPT follows, then
      // the SEND loop's exit. Replace the receiver with the value and continue after the loop.
      f->sp[-1] = v.is_null() ? Value::none() : v;
      uint16_t* p = f->ip + 1;  // JUMP_BACKWARD_NO_INTERRUPT
      uint16_t* send = p + 1 - (*p >> 8);  // target: the SEND instruction
      f->ip = send + 1 + (*send >> 8);
      Value out;
      g->started = true;
      f->sp--;  // gen_resume pushes the sent value
      GenResult gr = gen_resume(vm, g, f->sp[0], false, &out);
      return gen_outcome(vm, g, gr, out);
    }
    // Fall through: throw the delegate's exception into our frame.
    return gen_throw_value(vm, g);
  }
  vm.exc = exc;
  return gen_throw_value(vm, g);
}

Value gen_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  Generator* g = gen_self(self);
  if (!g->frame) return Value::none();
  if (g->running) return raise(vm, vm.ValueError, "%s already executing", gen_kind(vm, g));
  if (!g->started) {
    std::free(g->frame);
    g->frame = nullptr;
    return Value::none();
  }
  Root rself(vm, self);
  bool delegate_failed = false;
  Value yf = gen_yf(g);
  if (!yf.is_null()) {
    Root ry(vm, yf);
    g->running = true;
    Value r;
    if (is_generator(vm, yf)) {
      r = gen_close(vm, yf, nullptr, 0, nullptr);
    } else {
      Value m = getattr_opt(vm, yf, vm.s_close);
      r = m.is_null() ? (vm.exc.is_null() ? Value::none() : Value::null()) : call0(vm, m);
    }
    g->running = false;
    // An error from the delegate's close() is thrown into our frame instead of GeneratorExit.
    delegate_failed = r.is_null();
  }
  if (!delegate_failed) {
    Value exc = call0(vm, Value::ptr(vm.GeneratorExit));
    if (exc.is_null()) return exc;
    vm.exc = exc;
  }
  Value out;
  GenResult r = gen_resume(vm, g, Value::none(), true, &out);
  if (r == GenResult::Yield) return raise(vm, vm.RuntimeError, "%s ignored GeneratorExit", gen_kind(vm, g));
  if (r == GenResult::Return) return Value::none();
  if (exc_matches(vm, vm.GeneratorExit) || exc_matches(vm, vm.StopIteration)) {
    clear_exc(vm);
    return Value::none();
  }
  return Value::null();
}

static Value gen_iter(VM&, Value self, Value*, size_t, Tuple*) { return self; }

static Value gen_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Generator* g = gen_self(self);
  char buf[64];
  snprintf(buf, sizeof buf, " at %p>", (void*)g);
  std::string s = "<";
  s += g->type == vm.async_generator_type ? "async_generator" : gen_kind(vm, g);
  s += " object ";
  if (is_str(g->qualname)) s += as_str(g->qualname)->view();
  s += buf;
  return new_str(vm, s);
}

Value gen_frame_object(VM& vm, Generator* g) {
  Frame* f = g->frame;
  if (!f) return Value::none();
  if (g->running) return frame_snapshot(vm, f);
  Frame* prev = f->prev;
  f->prev = nullptr;  // a suspended frame has no caller
  Value r = frame_snapshot(vm, f);
  f->prev = prev;
  return r;
}

static Value gen_name_get(VM&, Value self, Value*, size_t, Tuple*) { return gen_self(self)->name; }
static Value gen_qualname_get(VM&, Value self, Value*, size_t, Tuple*) { return gen_self(self)->qualname; }
static Value gen_running_get(VM&, Value self, Value*, size_t, Tuple*) {
  return Value::boolean(gen_self(self)->running);
}
static Value gen_frame_get(VM& vm, Value self, Value*, size_t, Tuple*) { return gen_frame_object(vm, gen_self(self)); }
static Value gen_code_get(VM&, Value self, Value*, size_t, Tuple*) { return Value::ptr(gen_self(self)->code); }
static Value gen_yf_get(VM&, Value self, Value*, size_t, Tuple*) {
  Value yf = gen_yf(gen_self(self));
  return yf.is_null() ? Value::none() : yf;
}
static Value gen_suspended_get(VM&, Value self, Value*, size_t, Tuple*) {
  Generator* g = gen_self(self);
  return Value::boolean(g->frame && g->started && !g->running);
}

static Value gen_next_hook(VM& vm, Value gen, Value* stop_value) {
  Value out;
  GenResult r = gen_resume(vm, static_cast<Generator*>(gen.as_ptr()), Value::none(), false, &out);
  if (r == GenResult::Yield) return out;
  if (r == GenResult::Return && stop_value) *stop_value = out;
  return Value::null();
}

void init_generators(VM& vm) {
  vm.gen_next_hook = gen_next_hook;
  for (Type* t : {vm.generator_type, vm.coroutine_type, vm.async_generator_type}) {
    t->trace = trace_gen;
    t->finalize = fin_gen;
    static const MethodDef common[] = {{"__repr__", gen_repr, 0, 0, 0}};
    add_methods(vm, t, common);
    add_getter(vm, t, "__name__", gen_name_get);
    add_getter(vm, t, "__qualname__", gen_qualname_get);
  }
  for (Type* t : {vm.generator_type, vm.coroutine_type}) {
    static const MethodDef methods[] = {
        {"send", gen_send, 1, 1, 0}, {"throw", gen_throw, 1, 3, 0}, {"close", gen_close, 0, 0, 0}};
    add_methods(vm, t, methods);
  }
  static const MethodDef gen_methods[] = {{"__next__", gen_next, 0, 0, 0}, {"__iter__", gen_iter, 0, 0, 0}};
  add_methods(vm, vm.generator_type, gen_methods);
  struct Getters { Type* t; const char *running, *frame, *code, *yf, *suspended; };
  for (const Getters& g : {Getters{vm.generator_type, "gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "gi_suspended"},
                           Getters{vm.coroutine_type, "cr_running", "cr_frame", "cr_code", "cr_await", "cr_suspended"},
                           Getters{vm.async_generator_type, nullptr, "ag_frame", "ag_code", "ag_await", nullptr}}) {
    if (g.running) add_getter(vm, g.t, g.running, gen_running_get);
    add_getter(vm, g.t, g.frame, gen_frame_get);
    add_getter(vm, g.t, g.code, gen_code_get);
    add_getter(vm, g.t, g.yf, gen_yf_get);
    if (g.suspended) add_getter(vm, g.t, g.suspended, gen_suspended_get);
  }
  add_getter(vm, vm.coroutine_type, "cr_origin", [](VM&, Value, Value*, size_t, Tuple*) { return Value::none(); });
  init_coroutines(vm);
}

}  // namespace taipan::interp
