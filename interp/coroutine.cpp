// Coroutines and async generators: what `await`, `async for` and `async with` need.
//
// Coroutines and async generators are Generator objects (generator.cpp drives their
// frames); this file adds the awaitable protocol and the small helper objects, which share
// one layout (AwaitObj):
//   coroutine_wrapper              coro.__await__():        gen = the coroutine
//   async_generator_asend          agen.__anext__/asend(v): gen = the async generator, arg = v
//   async_generator_athrow         agen.athrow/aclose():    gen = the async generator,
//                                                           arg = the athrow arguments, null for aclose
//   async_generator_wrapped_value  ASYNC_GEN_WRAP:          arg = the value the generator yields
//   anext_awaitable                anext(it, default):      gen = what __anext__ returned, arg = default
//
// An async generator yields two kinds of values through its frame: values of its own
// `yield` (wrapped by ASYNC_GEN_WRAP, so they can be told apart) and values its `await`s
// pass up to the event loop. asend/athrow turn a wrapped value into StopIteration(value),
// which ends the `await` on them, and pass the others through.
#include "interp/generator.h"

namespace taipan::interp {

using namespace runtime;

namespace {

struct AwaitObj : Object {
  Value gen;
  Value arg;
  int state;
};
enum AwaitState { kAwaitInit, kAwaitIter, kAwaitClosed };

void trace_await(Object* o, Marker& m) {
  auto* a = static_cast<AwaitObj*>(o);
  m.mark(a->gen);
  m.mark(a->arg);
}

Value new_await_obj(VM& vm, Type* t, Value gen, Value arg) {
  Root rg(vm, gen), ra(vm, arg);
  auto* o = static_cast<AwaitObj*>(vm.heap.alloc(sizeof(AwaitObj), t));
  if (!o) return raise_no_memory(vm);
  o->gen = gen;
  o->arg = arg;
  o->state = kAwaitInit;
  return Value::ptr(o);
}

AwaitObj* await_self(Value v) { return static_cast<AwaitObj*>(v.as_ptr()); }
Generator* gen_of(Value v) { return static_cast<Generator*>(v.as_ptr()); }

bool is_await_obj(VM& vm, Type* t) {
  return t == vm.coroutine_wrapper_type || t == vm.async_gen_asend_type || t == vm.async_gen_athrow_type ||
         t == vm.anext_awaitable_type;
}

// A generator whose code carries CO_ITERABLE_COROUTINE (types.coroutine) is awaitable.
bool is_iterable_coroutine(VM& vm, Value v) {
  return is_exact(v, vm.generator_type) && (gen_of(v)->code->flags & kCoIterableCoroutine);
}

Value stop_iteration_with(VM& vm, Value v) {
  if (v.is_none()) return raise_value(vm, Value::ptr(vm.StopIteration));
  Root rv(vm, v);
  Value args = new_tuple_from(vm, &v, 1);
  if (args.is_null()) return args;
  Value e = new_exception(vm, vm.StopIteration, args);
  if (e.is_null()) return e;
  vm.exc = e;
  return Value::null();
}

// ---------- the awaitable protocol ----------

// CPython's _PyCoro_GetAwaitableIter: the iterator an `await` drives.
Value awaitable_iter(VM& vm, Value o) {
  if (is_exact(o, vm.coroutine_type) || is_iterable_coroutine(vm, o)) return o;
  if (type_lookup(type_of(vm, o), vm.s_await).is_null())
    return raise(vm, vm.TypeError, "object %s can't be used in 'await' expression", type_name(vm, o));
  Value m = lookup_special(vm, o, vm.s_await);
  if (m.is_null()) return Value::null();
  Value r = call0(vm, m);
  if (r.is_null()) return r;
  if (is_exact(r, vm.coroutine_type) || is_iterable_coroutine(vm, r))
    return raise(vm, vm.TypeError, "__await__() returned a coroutine");
  if (type_lookup(type_of(vm, r), vm.s_next).is_null())
    return raise(vm, vm.TypeError, "__await__() returned non-iterator of type '%s'", type_name(vm, r));
  return r;
}

}  // namespace

Value get_awaitable(VM& vm, Value v, int where) {
  Value it = awaitable_iter(vm, v);
  if (it.is_null()) {
    if ((where == 1 || where == 2) && type_lookup(type_of(vm, v), vm.s_await).is_null()) {
      clear_exc(vm);
      return raise(vm, vm.TypeError, "'async with' received an object from %s that does not implement __await__: %s",
                   where == 1 ? "__aenter__" : "__aexit__", type_name(vm, v));
    }
    return it;
  }
  if (is_exact(it, vm.coroutine_type) && !gen_yf(gen_of(it)).is_null())
    return raise(vm, vm.RuntimeError, "coroutine is being awaited already");
  return it;
}

Value get_aiter(VM& vm, Value v) {
  if (type_lookup(type_of(vm, v), vm.s_aiter).is_null())
    return raise(vm, vm.TypeError, "'async for' requires an object with __aiter__ method, got %s", type_name(vm, v));
  Value m = lookup_special(vm, v, vm.s_aiter);
  if (m.is_null()) return m;
  Value it = call0(vm, m);
  if (it.is_null()) return it;
  if (type_lookup(type_of(vm, it), vm.s_anext).is_null())
    return raise(vm, vm.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                 type_name(vm, it));
  return it;
}

Value get_anext(VM& vm, Value aiter) {
  if (type_lookup(type_of(vm, aiter), vm.s_anext).is_null())
    return raise(vm, vm.TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                 type_name(vm, aiter));
  Value m = lookup_special(vm, aiter, vm.s_anext);
  if (m.is_null()) return m;
  Value next = call0(vm, m);
  if (next.is_null() || is_exact(aiter, vm.async_generator_type)) return next;
  Root rn(vm, next);
  Value aw = awaitable_iter(vm, next);
  if (aw.is_null()) {
    Value cause = vm.exc;
    Root rc(vm, cause);
    clear_exc(vm);
    raise(vm, vm.TypeError, "'async for' received an invalid object from __anext__: %s", type_name(vm, next));
    if (is_exception(vm, vm.exc)) {
      vm.exc.as<Exception>()->cause = cause;
      vm.exc.as<Exception>()->context = cause;
      vm.exc.as<Exception>()->suppress_context = true;
    }
  }
  return aw;
}

Value before_async_with(VM& vm, Value* mgr_slot) {
  Value mgr = *mgr_slot;
  Root rm(vm, mgr);
  Value enter = lookup_special(vm, mgr, vm.s_aenter);
  if (enter.is_null()) {
    if (vm.exc.is_null())
      raise(vm, vm.TypeError, "'%s' object does not support the asynchronous context manager protocol",
            type_name(vm, mgr));
    return Value::null();
  }
  Root re(vm, enter);
  Value exit = lookup_special(vm, mgr, vm.s_aexit);
  if (exit.is_null()) {
    if (vm.exc.is_null())
      raise(vm, vm.TypeError,
            "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            type_name(vm, mgr));
    return Value::null();
  }
  *mgr_slot = exit;
  return call0(vm, enter);
}

Value async_gen_wrap(VM& vm, Value v) { return new_await_obj(vm, vm.async_gen_wrapped_type, Value::null(), v); }

// SEND to a receiver that is not a generator or coroutine: an awaitable's iterator.
static Value await_obj_send(VM& vm, Value self, Value v);
GenResult send_to(VM& vm, Value receiver, Value v, Value* out) {
  Type* t = type_of(vm, receiver);
  Value r;
  if (is_await_obj(vm, t)) {
    r = await_obj_send(vm, receiver, v);
  } else if (v.is_none() && t->layout == Layout::Iter) {
    r = iter_next(vm, receiver);
    if (r.is_null() && vm.exc.is_null()) {
      *out = Value::none();
      return GenResult::Return;
    }
  } else if (v.is_none() && !type_lookup(t, vm.s_next).is_null()) {
    r = call_method(vm, receiver, vm.s_next, nullptr, 0);
  } else {
    r = call_method(vm, receiver, vm.s_send, &v, 1);
  }
  if (!r.is_null()) {
    *out = r;
    return GenResult::Yield;
  }
  if (!exc_matches(vm, vm.StopIteration)) return GenResult::Error;
  Value val = getattr_opt(vm, vm.exc, vm.s_value);
  clear_exc(vm);
  *out = val.is_null() ? Value::none() : val;
  return GenResult::Return;
}

namespace {

// ---------- coroutine_wrapper ----------

Value coro_await(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_await_obj(vm, vm.coroutine_wrapper_type, self, Value::null());
}
Value cw_throw(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  return gen_throw(vm, await_self(self)->gen, args, nargs, nullptr);
}
Value cw_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  return gen_close(vm, await_self(self)->gen, nullptr, 0, nullptr);
}
Value await_self_fn(VM&, Value self, Value*, size_t, Tuple*) { return self; }

// ---------- async generators ----------

// sys.set_asyncgen_hooks: firstiter is called on the first __anext__/asend/athrow/aclose.
Status init_hooks(VM& vm, Generator* g) {
  if (g->ag_hooks_inited) return Status::Ok;
  g->ag_hooks_inited = true;
  if (vm.asyncgen_hooks.is_null()) return Status::Ok;
  Value first = vm.asyncgen_hooks.as<Tuple>()->items[0];
  if (first.is_none()) return Status::Ok;
  return call1(vm, first, Value::ptr(g)).is_null() ? Status::Error : Status::Ok;
}

// What asend/athrow make of a result of the generator's frame (see the file comment).
Value unwrap(VM& vm, Generator* g, Value r) {
  if (r.is_null()) {
    if (vm.exc.is_null()) raise_value(vm, Value::ptr(vm.StopAsyncIteration));
    if (exc_matches(vm, vm.StopAsyncIteration) || exc_matches(vm, vm.GeneratorExit)) g->ag_closed = true;
    g->ag_running_async = false;
    return Value::null();
  }
  if (is_exact(r, vm.async_gen_wrapped_type)) {
    g->ag_running_async = false;
    return stop_iteration_with(vm, await_self(r)->arg);
  }
  return r;
}

Value agen_aiter(VM&, Value self, Value*, size_t, Tuple*) { return self; }
Value agen_anext(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(init_hooks(vm, gen_of(self)))) return Value::null();
  return new_await_obj(vm, vm.async_gen_asend_type, self, Value::none());
}
Value agen_asend(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(init_hooks(vm, gen_of(self)))) return Value::null();
  return new_await_obj(vm, vm.async_gen_asend_type, self, args[0]);
}
Value agen_athrow(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (failed(init_hooks(vm, gen_of(self)))) return Value::null();
  Value t = new_tuple_from(vm, args, nargs);
  if (t.is_null()) return t;
  return new_await_obj(vm, vm.async_gen_athrow_type, self, t);
}
Value agen_aclose(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(init_hooks(vm, gen_of(self)))) return Value::null();
  return new_await_obj(vm, vm.async_gen_athrow_type, self, Value::null());
}
Value agen_running(VM&, Value self, Value*, size_t, Tuple*) {
  return Value::boolean(gen_of(self)->ag_running_async);
}

// ---------- async_generator_asend ----------

Value asend_send(VM& vm, Value self, Value arg) {
  AwaitObj* o = await_self(self);
  if (o->state == kAwaitClosed)
    return raise(vm, vm.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Generator* g = gen_of(o->gen);
  if (o->state == kAwaitInit) {
    if (g->ag_running_async) return raise(vm, vm.RuntimeError, "anext(): asynchronous generator is already running");
    if (arg.is_null() || arg.is_none()) arg = o->arg;
    o->state = kAwaitIter;
  }
  Root rs(vm, self);
  g->ag_running_async = true;
  Value r = gen_send(vm, o->gen, &arg, 1, nullptr);
  r = unwrap(vm, g, r);
  if (r.is_null()) await_self(self)->state = kAwaitClosed;
  return r;
}

Value asend_throw(VM& vm, Value self, Value* args, size_t nargs) {
  AwaitObj* o = await_self(self);
  if (o->state == kAwaitClosed)
    return raise(vm, vm.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Root rs(vm, self);
  Value r = gen_throw(vm, o->gen, args, nargs, nullptr);
  r = unwrap(vm, gen_of(await_self(self)->gen), r);
  if (r.is_null()) await_self(self)->state = kAwaitClosed;
  return r;
}

// ---------- async_generator_athrow (athrow and aclose) ----------

Value athrow_ignored_exit(VM& vm, AwaitObj* o) {
  gen_of(o->gen)->ag_running_async = false;
  o->state = kAwaitClosed;
  return raise(vm, vm.RuntimeError, "async generator ignored GeneratorExit");
}

Value athrow_check_error(VM& vm, AwaitObj* o) {
  gen_of(o->gen)->ag_running_async = false;
  o->state = kAwaitClosed;
  if (o->arg.is_null() && (exc_matches(vm, vm.StopAsyncIteration) || exc_matches(vm, vm.GeneratorExit))) {
    // aclose() is done: neither StopAsyncIteration nor GeneratorExit propagates.
    clear_exc(vm);
    raise_value(vm, Value::ptr(vm.StopIteration));
  }
  return Value::null();
}

Value athrow_send(VM& vm, Value self, Value arg) {
  AwaitObj* o = await_self(self);
  Generator* g = gen_of(o->gen);
  if (o->state == kAwaitClosed)
    return raise(vm, vm.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (!g->frame) {
    o->state = kAwaitClosed;
    return raise_value(vm, Value::ptr(vm.StopIteration));
  }
  Root rs(vm, self);
  bool aclose = o->arg.is_null();
  Value r;
  if (o->state == kAwaitInit) {
    if (g->ag_running_async) {
      o->state = kAwaitClosed;
      return raise(vm, vm.RuntimeError, aclose ? "aclose(): asynchronous generator is already running"
                                               : "athrow(): asynchronous generator is already running");
    }
    if (g->ag_closed) {
      o->state = kAwaitClosed;
      return raise_value(vm, Value::ptr(vm.StopAsyncIteration));
    }
    if (!arg.is_null() && !arg.is_none())
      return raise(vm, vm.RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = kAwaitIter;
    g->ag_running_async = true;
    if (aclose) {
      g->ag_closed = true;
      Value exc = Value::ptr(vm.GeneratorExit);
      r = gen_throw(vm, o->gen, &exc, 1, nullptr);
      if (!r.is_null() && is_exact(r, vm.async_gen_wrapped_type)) return athrow_ignored_exit(vm, await_self(self));
    } else {
      Tuple* a = o->arg.as<Tuple>();
      r = gen_throw(vm, o->gen, a->items, a->size, nullptr);
      r = unwrap(vm, g, r);
    }
    if (r.is_null()) return athrow_check_error(vm, await_self(self));
    return r;
  }
  Value v = arg.is_null() ? Value::none() : arg;
  r = gen_send(vm, o->gen, &v, 1, nullptr);
  o = await_self(self);
  if (!aclose) return unwrap(vm, g, r);
  if (r.is_null()) return athrow_check_error(vm, o);
  if (is_exact(r, vm.async_gen_wrapped_type)) return athrow_ignored_exit(vm, o);
  return r;
}

Value athrow_throw(VM& vm, Value self, Value* args, size_t nargs) {
  AwaitObj* o = await_self(self);
  if (o->state == kAwaitClosed)
    return raise(vm, vm.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Root rs(vm, self);
  Value r = gen_throw(vm, o->gen, args, nargs, nullptr);
  o = await_self(self);
  Generator* g = gen_of(o->gen);
  if (!o->arg.is_null()) return unwrap(vm, g, r);
  if (!r.is_null() && is_exact(r, vm.async_gen_wrapped_type)) return athrow_ignored_exit(vm, o);
  if (r.is_null() && (exc_matches(vm, vm.StopAsyncIteration) || exc_matches(vm, vm.GeneratorExit))) {
    clear_exc(vm);
    raise_value(vm, Value::ptr(vm.StopIteration));
  }
  return r;
}

// ---------- anext_awaitable (anext() with a default) ----------

// The iterator behind the awaitable __anext__ returned; a coroutine is driven directly.
Value anext_iter(VM& vm, AwaitObj* o) { return awaitable_iter(vm, o->gen); }

Value anext_result(VM& vm, Value self, Value r) {
  if (r.is_null() && exc_matches(vm, vm.StopAsyncIteration)) {
    clear_exc(vm);
    return stop_iteration_with(vm, await_self(self)->arg);
  }
  return r;
}

Value anext_send(VM& vm, Value self, Value v) {
  Root rs(vm, self);
  Value it = anext_iter(vm, await_self(self));
  if (it.is_null()) return it;
  Root ri(vm, it);
  Value r;
  if (is_generator(vm, it)) {
    r = gen_send(vm, it, &v, 1, nullptr);
  } else {
    Value out;
    GenResult gr = send_to(vm, it, v, &out);
    r = gr == GenResult::Yield ? out : gr == GenResult::Return ? stop_iteration_with(vm, out) : Value::null();
  }
  return anext_result(vm, self, r);
}

Value anext_throw(VM& vm, Value self, Value* args, size_t nargs) {
  Root rs(vm, self);
  Value it = anext_iter(vm, await_self(self));
  if (it.is_null()) return it;
  Root ri(vm, it);
  Value r;
  if (is_generator(vm, it)) {
    r = gen_throw(vm, it, args, nargs, nullptr);
  } else {
    Value m = getattr(vm, it, vm.s_throw);
    if (m.is_null()) return m;
    r = call(vm, m, args, nargs);
  }
  return anext_result(vm, self, r);
}

// ---------- the methods the helper types share ----------

Value aw_send(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  return await_obj_send(vm, self, nargs ? args[0] : Value::none());
}
Value aw_next(VM& vm, Value self, Value*, size_t, Tuple*) { return await_obj_send(vm, self, Value::none()); }
Value aw_throw(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Type* t = self.as_ptr()->type;
  if (t == vm.async_gen_asend_type) return asend_throw(vm, self, args, nargs);
  if (t == vm.async_gen_athrow_type) return athrow_throw(vm, self, args, nargs);
  if (t == vm.anext_awaitable_type) return anext_throw(vm, self, args, nargs);
  return cw_throw(vm, self, args, nargs, nullptr);
}
Value aw_close(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Type* t = self.as_ptr()->type;
  if (t == vm.coroutine_wrapper_type) return cw_close(vm, self, args, nargs, kw);
  if (t == vm.anext_awaitable_type) {
    Value it = anext_iter(vm, await_self(self));
    if (it.is_null()) return it;
    if (is_generator(vm, it)) return gen_close(vm, it, nullptr, 0, nullptr);
    Value m = getattr_opt(vm, it, vm.s_close);
    return m.is_null() ? (vm.exc.is_null() ? Value::none() : m) : call0(vm, m);
  }
  await_self(self)->state = kAwaitClosed;
  return Value::none();
}

// ---------- builtins aiter() and anext(), sys asyncgen hooks ----------

Value builtin_aiter(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (type_lookup(type_of(vm, v), vm.s_aiter).is_null())
    return raise(vm, vm.TypeError, "'%s' object is not an async iterable", type_name(vm, v));
  Value m = lookup_special(vm, v, vm.s_aiter);
  if (m.is_null()) return m;
  Value it = call0(vm, m);
  if (it.is_null()) return it;
  if (type_lookup(type_of(vm, it), vm.s_anext).is_null())
    return raise(vm, vm.TypeError, "aiter() returned not an async iterator of type '%s'", type_name(vm, it));
  return it;
}

Value builtin_anext(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  Value v = args[0];
  if (type_lookup(type_of(vm, v), vm.s_anext).is_null())
    return raise(vm, vm.TypeError, "'%s' object is not an async iterator", type_name(vm, v));
  Value m = lookup_special(vm, v, vm.s_anext);
  if (m.is_null()) return m;
  Value aw = call0(vm, m);
  if (aw.is_null() || nargs < 2) return aw;
  return new_await_obj(vm, vm.anext_awaitable_type, aw, args[1]);
}

Value sys_get_asyncgen_hooks(VM& vm, Value, Value*, size_t, Tuple*) {
  if (!vm.asyncgen_hooks.is_null()) return vm.asyncgen_hooks;
  Value none2[2] = {Value::none(), Value::none()};
  return new_tuple_from(vm, none2, 2);
}

Value sys_set_asyncgen_hooks(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"firstiter", "finalizer"};
  Value got[2];
  if (failed(parse_args(vm, "set_asyncgen_hooks", args, nargs, kwnames, names, 2, 0, got))) return Value::null();
  Value cur[2] = {Value::none(), Value::none()};
  if (!vm.asyncgen_hooks.is_null())
    for (int i = 0; i < 2; i++) cur[i] = vm.asyncgen_hooks.as<Tuple>()->items[i];
  // Checked in CPython's order: finalizer first.
  for (int i = 1; i >= 0; i--) {
    if (got[i].is_null()) continue;
    if (!got[i].is_none() && !is_callable(vm, got[i]).is_true())
      return raise(vm, vm.TypeError, "callable %s expected, got %s", names[i], type_name(vm, got[i]));
    cur[i] = got[i];
  }
  Value t = new_tuple_from(vm, cur, 2);
  if (t.is_null()) return t;
  vm.asyncgen_hooks = t;
  return Value::none();
}

}  // namespace

static Value await_obj_send(VM& vm, Value self, Value v) {
  Type* t = self.as_ptr()->type;
  if (t == vm.async_gen_asend_type) return asend_send(vm, self, v);
  if (t == vm.async_gen_athrow_type) return athrow_send(vm, self, v);
  if (t == vm.anext_awaitable_type) return anext_send(vm, self, v);
  return gen_send(vm, await_self(self)->gen, &v, 1, nullptr);
}

void init_coroutines(VM& vm) {
  static const MethodDef coro_methods[] = {{"__await__", coro_await, 0, 0, 0}};
  add_methods(vm, vm.coroutine_type, coro_methods);

  static const MethodDef agen_methods[] = {
      {"__aiter__", agen_aiter, 0, 0, 0}, {"__anext__", agen_anext, 0, 0, 0}, {"asend", agen_asend, 1, 1, 0},
      {"athrow", agen_athrow, 1, 3, 0},   {"aclose", agen_aclose, 0, 0, 0},
  };
  add_methods(vm, vm.async_generator_type, agen_methods);
  add_getter(vm, vm.async_generator_type, "ag_running", agen_running);

  static const MethodDef aw_methods[] = {
      {"send", aw_send, 1, 1, 0},       {"throw", aw_throw, 1, 3, 0},         {"close", aw_close, 0, 0, 0},
      {"__next__", aw_next, 0, 0, 0},   {"__iter__", await_self_fn, 0, 0, 0},
  };
  static const MethodDef aw_await[] = {{"__await__", await_self_fn, 0, 0, 0}};
  for (Type* t : {vm.coroutine_wrapper_type, vm.async_gen_asend_type, vm.async_gen_athrow_type,
                  vm.anext_awaitable_type, vm.async_gen_wrapped_type}) {
    t->trace = trace_await;
    if (t == vm.async_gen_wrapped_type) continue;
    add_methods(vm, t, aw_methods);
    if (t != vm.coroutine_wrapper_type) add_methods(vm, t, aw_await);
  }

  static const MethodDef builtins[] = {{"aiter", builtin_aiter, 1, 1, 0}, {"anext", builtin_anext, 1, 2, 0}};
  add_functions(vm, vm.builtins, builtins);
  if (vm.sys) {
    static const MethodDef sys_fns[] = {
        {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0, 0, 0},
        {"set_asyncgen_hooks", sys_set_asyncgen_hooks, 0, 2, kBuiltinKeywords},
    };
    add_functions(vm, vm.sys, sys_fns);
  }
}

}  // namespace taipan::interp
