// Generator objects: own a suspended frame; send/throw/close; iteration protocol.
#include "interp/generator.h"

#include <cstdlib>
#include <cstring>

namespace taipan::interp {

using namespace runtime;

Value resume_frame(VM& vm, Frame* f, bool throw_in);  // interpreter.cpp

static void trace_gen(Object* o, Marker& m) {
  auto* g = static_cast<Generator*>(o);
  m.mark(g->name);
  m.mark(g->qualname);
  m.mark(g->exc_state);
  m.mark(g->yf);
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

Value make_generator(VM& vm, Frame* f) {
  Code* co = f->code;
  size_t bytes = Frame::size_in_values(co) * sizeof(Value);
  Type* t = (co->flags & kCoCoroutine) ? vm.coroutine_type : vm.generator_type;
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
  return Value::ptr(g);
}

GenResult gen_resume(VM& vm, Generator* g, Value value, bool throw_exc, Value* out) {
  if (g->running) {
    raise(vm, vm.ValueError, "generator already executing");
    return GenResult::Error;
  }
  if (!g->frame) {
    if (throw_exc) return GenResult::Error;  // the thrown exception stays pending
    *out = Value::none();
    return GenResult::Return;
  }
  Frame* f = g->frame;
  if (!g->started && !throw_exc && !value.is_none()) {
    raise(vm, vm.TypeError, "can't send non-None value to a just-started generator");
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
    // PEP 479: StopIteration raised inside a generator becomes RuntimeError.
    if (exc_matches(vm, vm.StopIteration)) {
      Value cause = vm.exc;
      Root rc(vm, cause);
      clear_exc(vm);
      raise(vm, vm.RuntimeError, "generator raised StopIteration");
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

static Value stop_iteration(VM& vm, Value v) {
  if (v.is_none()) return raise_value(vm, Value::ptr(vm.StopIteration));
  Root rv(vm, v);
  Value args = new_tuple_from(vm, &v, 1);
  if (args.is_null()) return args;
  Value e = new_exception(vm, vm.StopIteration, args);
  if (e.is_null()) return e;
  vm.exc = e;
  return Value::null();
}

static Generator* gen_self(Value self) { return static_cast<Generator*>(self.as_ptr()); }

static Value gen_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value out;
  GenResult r = gen_resume(vm, gen_self(self), Value::none(), false, &out);
  if (r == GenResult::Yield) return out;
  if (r == GenResult::Error) return Value::null();
  return stop_iteration(vm, out);
}

static Value gen_send(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value out;
  GenResult r = gen_resume(vm, gen_self(self), args[0], false, &out);
  if (r == GenResult::Yield) return out;
  if (r == GenResult::Error) return Value::null();
  return stop_iteration(vm, out);
}

// Delegation target when suspended inside `yield from`: RESUME with oparg >= 2 follows.
static Value gen_yf(Generator* g) {
  Frame* f = g->frame;
  if (!f || !g->started) return Value::null();
  uint16_t next = *f->ip;
  if ((next & 0xff) != 151 /* RESUME */ || (next >> 8) < 2) return Value::null();
  return f->sp[-1];
}

static Value gen_throw_value(VM& vm, Generator* g, Value exc) {
  Value out;
  GenResult r = gen_resume(vm, g, Value::none(), true, &out);
  (void)exc;
  if (r == GenResult::Yield) return out;
  if (r == GenResult::Error) return Value::null();
  return stop_iteration(vm, out);
}

static Value gen_throw(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Generator* g = gen_self(self);
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::null();
  Value exc;
  if (is_layout(typ, Layout::Type) && is_subtype(typ.as<Type>(), vm.BaseException)) {
    if (!val.is_null() && !val.is_none() && is_exception(vm, val)) exc = val;
    else if (!val.is_null() && !val.is_none()) {
      exc = call1(vm, typ, val);
      if (exc.is_null()) return exc;
    } else {
      exc = call0(vm, typ);
      if (exc.is_null()) return exc;
    }
  } else if (is_exception(vm, typ)) {
    exc = typ;
  } else {
    return raise(vm, vm.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                 type_name(vm, typ));
  }
  Root re(vm, exc);
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
        return gen_throw_value(vm, g, exc);
      }
      r = call1(vm, m, exc);
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
      if (gr == GenResult::Yield) return out;
      if (gr == GenResult::Error) return Value::null();
      return stop_iteration(vm, out);
    }
    vm.exc = vm.exc;  // fall through: throw the delegate's exception into our frame
    return gen_throw_value(vm, g, vm.exc);
  }
  vm.exc = exc;
  return gen_throw_value(vm, g, exc);
}

static Value gen_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  Generator* g = gen_self(self);
  if (!g->frame) return Value::none();
  if (!g->started) {
    std::free(g->frame);
    g->frame = nullptr;
    return Value::none();
  }
  Value yf = gen_yf(g);
  if (!yf.is_null()) {
    Root ry(vm, yf);
    Value m = getattr_opt(vm, yf, vm.s_close);
    if (!m.is_null()) {
      if (call0(vm, m).is_null()) return Value::null();
    }
  }
  Value exc = call0(vm, Value::ptr(vm.GeneratorExit));
  if (exc.is_null()) return exc;
  vm.exc = exc;
  Value out;
  GenResult r = gen_resume(vm, g, Value::none(), true, &out);
  if (r == GenResult::Yield) return raise(vm, vm.RuntimeError, "generator ignored GeneratorExit");
  if (r == GenResult::Return) return Value::none();
  if (exc_matches(vm, vm.GeneratorExit) || exc_matches(vm, vm.StopIteration)) {
    clear_exc(vm);
    return Value::none();
  }
  return Value::null();
}

static Value gen_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }

static Value gen_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Generator* g = gen_self(self);
  char buf[64];
  snprintf(buf, sizeof buf, " at %p>", (void*)g);
  std::string s = self.as_ptr()->type == vm.coroutine_type ? "<coroutine object " : "<generator object ";
  if (is_str(g->qualname)) s += as_str(g->qualname)->view();
  s += buf;
  return new_str(vm, s);
}
static Value gen_name_get(VM& vm, Value self, Value*, size_t, Tuple*) { return gen_self(self)->name; }
static Value gen_qualname_get(VM& vm, Value self, Value*, size_t, Tuple*) { return gen_self(self)->qualname; }
static Value gen_running_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::boolean(gen_self(self)->running); }
static Value gen_frame_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  return gen_self(self)->frame ? Value::true_() : Value::none();
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
  for (Type* t : {vm.generator_type, vm.coroutine_type}) {
    t->trace = trace_gen;
    t->finalize = fin_gen;
    static const MethodDef methods[] = {
        {"__next__", gen_next, 0, 0, 0},  {"send", gen_send, 1, 1, 0},  {"throw", gen_throw, 1, 3, 0},
        {"close", gen_close, 0, 0, 0},    {"__iter__", gen_iter, 0, 0, 0}, {"__repr__", gen_repr, 0, 0, 0},
    };
    add_methods(vm, t, methods);
    add_getter(vm, t, "__name__", gen_name_get);
    add_getter(vm, t, "__qualname__", gen_qualname_get);
    add_getter(vm, t, t == vm.generator_type ? "gi_running" : "cr_running", gen_running_get);
    add_getter(vm, t, t == vm.generator_type ? "gi_frame" : "cr_frame", gen_frame_get);
  }
}

}  // namespace taipan::interp
