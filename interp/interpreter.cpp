// The interpreter loop.
//
// One C++ activation of run() executes Python frames until its entry frame returns; Python
// calls push frames and continue in the same loop. Natives re-enter through call_function.
// Dispatch is computed goto (GCC/Clang) or a switch, chosen by TAIPAN_COMPUTED_GOTO; the
// label table is generated from interp/opcodes.h, so a missing handler fails the build.
#include <cmath>
#include <cstring>

#include "interp/frame.h"
#include "interp/generator.h"
#include "interp/import.h"
#include "interp/opcodes.h"
#include "runtime/exception_group.h"
#include "runtime/linetable.h"
#include "runtime/list.h"
#include "runtime/numbers.h"
#include "runtime/str.h"

namespace taipan::interp {

using namespace runtime;

// ---------- frames ----------

void trace_frame(Frame* f, Marker& m) {
  m.mark_obj(f->code);
  m.mark_obj(f->func);
  m.mark_obj(f->globals);
  m.mark_obj(f->builtins);
  m.mark(f->locals);
  m.mark_obj(f->gen);
  m.mark(f->kwnames);
  size_t n = f->code->nlocalsplus + f->code->stacksize;
  for (size_t i = 0; i < n; i++) m.mark(f->localsplus[i]);
}

static void visit_frames(VM& vm, Marker& m, void*) {
  for (Frame* f = interp_of(vm).current; f; f = f->prev) trace_frame(f, m);
  for (Frame* f = interp_of(vm).suspended; f; f = f->prev) trace_frame(f, m);
}

static Frame* push_frame(VM& vm, Code* code, Function* func, Dict* globals, Dict* builtins) {
  Interp& in = interp_of(vm);
  size_t n = Frame::size_in_values(code);
  if (in.top + n > in.limit || vm.depth >= vm.recursion_limit) {
    raise(vm, vm.RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  auto* f = reinterpret_cast<Frame*>(in.top);
  in.top += n;
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = Value::null();
  f->prev = in.current;
  f->ip = code->code;
  f->gen = nullptr;
  f->flags = 0;
  f->lasti = -1;
  f->kwnames = Value::null();
  Value* slot = f->localsplus;
  for (uint32_t i = 0; i < code->nlocalsplus; i++) *slot++ = Value::null();
  for (uint32_t i = 0; i < code->stacksize; i++) *slot++ = Value::from_bits(0);
  f->sp = f->stack_base();
  vm.depth++;
  return f;
}

static void pop_frame(VM& vm, Frame* f) {
  Interp& in = interp_of(vm);
  if (!(f->flags & kFrameGenerator)) in.top = reinterpret_cast<Value*>(f);
  vm.depth--;
}

// ---------- argument binding ----------

static const char* fname(Function* f) {
  if (is_str(f->qualname)) return as_str(f->qualname)->data;
  return f->code->qualname->data;
}

static std::string join_names(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

static Status bind_args(VM& vm, Function* func, Frame* f, Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = func->code;
  Value* locals = f->localsplus;
  uint32_t n = co->argcount;
  uint32_t nkwonly = co->kwonlyargcount;
  bool varargs = co->flags & kCoVarargs;
  bool varkw = co->flags & kCoVarkeywords;
  size_t nkw = kwnames ? kwnames->size : 0;
  uint32_t total = n + nkwonly;
  Dict* kwdict = nullptr;
  // Positional arguments go into the (scanned) frame before anything allocates.
  size_t ncopy = nargs < n ? nargs : n;
  for (size_t i = 0; i < ncopy; i++) locals[i] = args[i];
  if (varkw) {
    kwdict = new_dict(vm);
    if (!kwdict) { raise_no_memory(vm); return Status::Error; }
    locals[total + (varargs ? 1 : 0)] = Value::ptr(kwdict);
  }
  if (varargs) {
    Value t = nargs > n ? new_tuple_from(vm, args + n, nargs - n) : vm.empty_tuple;
    if (t.is_null()) return Status::Error;
    locals[total] = t;
  } else if (nargs > n) {
    size_t ndef = func->defaults.is_null() ? 0 : func->defaults.as<Tuple>()->size;
    size_t kwonly_given = 0;
    for (size_t k = 0; k < nkw; k++) {
      Str* name = as_str(kwnames->items[k]);
      for (uint32_t i = n; i < total; i++)
        if (str_eq(as_str(co->localsplusnames->items[i]), name)) kwonly_given++;
    }
    std::string takes;
    char buf[160];
    if (ndef) snprintf(buf, sizeof buf, "from %zu to %u positional arguments", size_t(n - ndef), n);
    else snprintf(buf, sizeof buf, "%u positional argument%s", n, n == 1 ? "" : "s");
    takes = buf;
    if (kwonly_given) {
      snprintf(buf, sizeof buf, "%zu positional argument%s (and %zu keyword-only argument%s) were given", nargs,
               nargs == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
      snprintf(buf, sizeof buf, "%zu %s given", nargs, nargs == 1 ? "was" : "were");
    }
    raise(vm, vm.TypeError, "%s() takes %s but %s", fname(func), takes.c_str(), buf);
    return Status::Error;
  }
  std::vector<std::string> posonly_kw;
  for (size_t k = 0; k < nkw; k++) {
    Str* name = as_str(kwnames->items[k]);
    Value v = args[nargs + k];
    uint32_t i = co->posonlyargcount;
    for (; i < total; i++) {
      Value ln = co->localsplusnames->items[i];
      if (ln.as_ptr() == name || str_eq(as_str(ln), name)) break;
    }
    if (i == total) {
      bool is_posonly = false;
      for (uint32_t j = 0; j < co->posonlyargcount; j++)
        if (str_eq(as_str(co->localsplusnames->items[j]), name)) is_posonly = true;
      if (kwdict) {
        if (failed(dict_set(vm, kwdict, Value::ptr(name), v))) return Status::Error;
        continue;
      }
      if (is_posonly) {
        posonly_kw.push_back(std::string(name->view()));
        continue;
      }
      raise(vm, vm.TypeError, "%s() got an unexpected keyword argument '%N'", fname(func), name);
      return Status::Error;
    }
    if (!locals[i].is_null()) {
      raise(vm, vm.TypeError, "%s() got multiple values for argument '%N'", fname(func), name);
      return Status::Error;
    }
    locals[i] = v;
  }
  if (!posonly_kw.empty()) {
    std::string s;
    for (size_t i = 0; i < posonly_kw.size(); i++) s += (i ? ", " : "") + posonly_kw[i];
    s = "'" + s + "'";
    raise(vm, vm.TypeError, "%s() got some positional-only arguments passed as keyword arguments: %s", fname(func), s.c_str());
    return Status::Error;
  }
  if (nargs < n) {
    Tuple* defs = func->defaults.is_null() ? nullptr : func->defaults.as<Tuple>();
    size_t ndef = defs ? defs->size : 0;
    std::vector<std::string> missing;
    for (uint32_t i = uint32_t(nargs); i < n; i++) {
      if (!locals[i].is_null()) continue;
      int64_t j = int64_t(i) - int64_t(n - ndef);
      if (j >= 0) locals[i] = defs->items[j];
      else missing.push_back(std::string(as_str(co->localsplusnames->items[i])->view()));
    }
    if (!missing.empty()) {
      raise(vm, vm.TypeError, "%s() missing %zu required positional argument%s: %s", fname(func), missing.size(),
            missing.size() == 1 ? "" : "s", join_names(missing).c_str());
      return Status::Error;
    }
  }
  if (nkwonly) {
    std::vector<std::string> missing;
    for (uint32_t i = n; i < total; i++) {
      if (!locals[i].is_null()) continue;
      Value d = Value::null();
      if (!func->kwdefaults.is_null() && !func->kwdefaults.is_none())
        d = dict_get_str(func->kwdefaults.as<Dict>(), as_str(co->localsplusnames->items[i]));
      if (!d.is_null()) locals[i] = d;
      else missing.push_back(std::string(as_str(co->localsplusnames->items[i])->view()));
    }
    if (!missing.empty()) {
      raise(vm, vm.TypeError, "%s() missing %zu required keyword-only argument%s: %s", fname(func), missing.size(),
            missing.size() == 1 ? "" : "s", join_names(missing).c_str());
      return Status::Error;
    }
  }
  return Status::Ok;
}

// Pushes and binds a frame for a Python function call.
static Frame* enter_function(VM& vm, Function* func, Value* args, size_t nargs, Tuple* kwnames) {
  Code* co = func->code;
  Frame* f = push_frame(vm, co, func, func->globals, func->builtins);
  if (!f) return nullptr;
  Interp& in = interp_of(vm);
  in.calls++;
  co->calls++;
  if (!kwnames && nargs == co->argcount && !(co->flags & (kCoVarargs | kCoVarkeywords)) && co->kwonlyargcount == 0) {
    for (size_t i = 0; i < nargs; i++) f->localsplus[i] = args[i];
  } else {
    // Bind with the new frame linked so its slots are scanned if binding allocates.
    in.current = f;
    Status s = bind_args(vm, func, f, args, nargs, kwnames);
    in.current = f->prev;
    if (failed(s)) {
      pop_frame(vm, f);
      return nullptr;
    }
  }
  return f;
}

// ---------- line table and tracebacks ----------

int code_line(Code* code, int32_t offset) {
  Position pos = code_position(code, offset);
  return pos.line < 0 || pos.line > INT32_MAX ? -1 : int(pos.line);
}

static void add_traceback(VM& vm, Frame* f) {
  Value exc = vm.exc;
  if (!is_exception(vm, exc)) return;
  Root re(vm, exc);
  auto* tb = static_cast<Traceback*>(vm.heap.alloc(sizeof(Traceback), vm.traceback_type));
  if (!tb) return;
  tb->next = exc.as<Exception>()->traceback;
  tb->code = f->code;
  tb->lasti = f->lasti;
  tb->lineno = code_line(f->code, f->lasti);
  tb->frame_globals = Value::ptr(f->globals);
  exc.as<Exception>()->traceback = Value::ptr(tb);
}

// ---------- calls from natives ----------

// start: 0 runs the frame from frame->ip; 1 throws vm.exc into it at its current
// instruction (generator.throw); 2 unwinds an exception already raised at frame->lasti.
static Value run(VM& vm, Frame* entry, int start = 0);

static bool c_stack_ok(VM& vm) {
  char probe;
  if (vm.c_stack_limit && uintptr_t(&probe) < vm.c_stack_limit) {
    raise(vm, vm.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  return true;
}

// from_compiled: the caller is compiled code (which pauses the program itself), not a native
// function, so a pause may still be asked for in the callee.
static Value call_function_from(VM& vm, Value callable, Value* args, size_t nargs, Tuple* kwnames,
                                bool from_compiled) {
  if (!c_stack_ok(vm)) return Value::null();
  Function* func = callable.as<Function>();
  Frame* f = enter_function(vm, func, args, nargs, kwnames);
  if (!f) return Value::null();
  f->flags |= kFrameEntry;
  // Compiled code whose body starts right after RESUME is entered directly, without an
  // interpreter activation; the interpreter takes over only if it exits or raises.
  auto* jc = static_cast<JitCode*>(f->code->jit);
  if (jc && jc->fn && jc->deopts < jc->deopt_budget && (f->code->code[0] & 0xff) == RESUME) {
    Interp& in = interp_of(vm);
    in.current = f;
    f->ip = f->code->code + 1;
    f->lasti = 0;
    in.runs += !from_compiled;  // a native caller is on the C stack: no pause in here
    Value r = Value::from_bits(jc->fn(&vm, f, 1));
    in.runs -= !from_compiled;
    if (!r.is_null()) {
      in.current = f->prev;
      pop_frame(vm, f);
      return r;
    }
    return finish_compiled_entry(vm, f);
  }
  return run(vm, f);
}

Value call_function(VM& vm, Value callable, Value* args, size_t nargs, Tuple* kwnames) {
  return call_function_from(vm, callable, args, nargs, kwnames, false);
}
Value call_function_from_compiled(VM& vm, Value callable, Value* args, size_t nargs, Tuple* kwnames) {
  return call_function_from(vm, callable, args, nargs, kwnames, true);
}

Value finish_compiled_entry(VM& vm, Frame* f) { return run(vm, f, vm.exc.is_null() ? 0 : 2); }

Value run_module_code(VM& vm, Code* code, Dict* globals) { return run_code(vm, code, globals, Value::ptr(globals)); }

static bool can_suspend(VM& vm) {
  Interp& in = interp_of(vm);
  return in.suspend_runs != 0 && in.runs == in.suspend_runs;
}

// Runs the paused program's innermost frame `f` (or a fresh one) as the outermost activation.
static Value run_outermost(VM& vm, Frame* f, bool& suspended) {
  Interp& in = interp_of(vm);
  uint32_t saved = in.suspend_runs;
  in.suspend_runs = in.runs + 1;
  vm.can_suspend_hook = can_suspend;
  Value r = run(vm, f);
  in.suspend_runs = saved;
  suspended = r.is_null() && vm.exc.is_null() && in.suspended;
  return r;
}

// An entry frame for module-level code (run_code, run_suspendable): builtins from globals.
static Frame* push_code_frame(VM& vm, Code* code, Dict* globals, Value locals) {
  Value b = dict_get_str(globals, vm.s_builtins);
  Dict* builtins = vm.builtins->dict;
  if (is_layout(b, Layout::Module)) builtins = b.as<Module>()->dict;
  else if (is_dict(b)) builtins = b.as<Dict>();
  Frame* f = push_frame(vm, code, nullptr, globals, builtins);
  if (!f) return nullptr;
  f->locals = locals;
  f->flags |= kFrameEntry;
  return f;
}

Value run_suspendable(VM& vm, Code* code, Dict* globals, bool& suspended) {
  suspended = false;
  Interp& in = interp_of(vm);
  if (in.suspended) return raise(vm, vm.RuntimeError, "a paused program is still waiting to be resumed");
  Frame* f = push_code_frame(vm, code, globals, Value::ptr(globals));
  if (!f) return Value::null();
  return run_outermost(vm, f, suspended);
}

Value resume_suspended(VM& vm, bool& suspended) {
  suspended = false;
  Interp& in = interp_of(vm);
  Frame* f = in.suspended;
  if (!f) return raise(vm, vm.RuntimeError, "no paused program to resume");
  in.suspended = nullptr;
  in.current = f;
  vm.wake_at_ns = 0;
  return run_outermost(vm, f, suspended);
}

Value run_code(VM& vm, Code* code, Dict* globals, Value locals) {
  Interp& in = interp_of(vm);
  if (in.cooperative && in.runs == 0 && !in.suspended && locals.bits() == Value::ptr(globals).bits()) {
    bool suspended;
    return run_suspendable(vm, code, globals, suspended);
  }
  Frame* f = push_code_frame(vm, code, globals, locals);
  if (!f) return Value::null();
  return run(vm, f);
}

// Runs a class body (or any code) with an explicit locals mapping.
static Value run_with_locals(VM& vm, Function* func, Value locals) {
  Frame* f = push_frame(vm, func->code, func, func->globals, func->builtins);
  if (!f) return Value::null();
  f->locals = locals;
  f->flags |= kFrameEntry;
  if (!func->closure.is_null()) {
    Tuple* cl = func->closure.as<Tuple>();
    uint32_t off = func->code->nlocalsplus - cl->size;
    for (uint32_t i = 0; i < cl->size; i++) f->localsplus[off + i] = cl->items[i];
  }
  return run(vm, f);
}

// ---------- generator support used by the generator object ----------

Value resume_frame(VM& vm, Frame* f, bool throw_in) {
  if (!c_stack_ok(vm)) return Value::null();
  Interp& in = interp_of(vm);
  if (vm.depth >= vm.recursion_limit) return raise(vm, vm.RecursionError, "maximum recursion depth exceeded");
  f->prev = in.current;
  f->flags |= kFrameEntry;
  f->flags &= ~kFrameYielded;
  vm.depth++;
  return run(vm, f, throw_in ? 1 : 0);
}

// ---------- helpers of instructions ----------

Value load_name_error(VM& vm, Str* name) {
  raise(vm, vm.NameError, "name '%N' is not defined", name);
  if (is_exception(vm, vm.exc)) {  // NameError.name, as CPython 3.10+ sets it
    Root re(vm, vm.exc);
    vm.exc = Value::null();
    if (failed(instance_set(vm, re.value.as<Instance>(), vm.intern("name"), Value::ptr(name)))) return Value::null();
    vm.exc = re.value;
  }
  return Value::null();
}

Value load_name(VM& vm, Frame* frame, Str* name) {
  Value v = Value::null();
  if (!frame->locals.is_null()) {
    if (is_exact(frame->locals, vm.dict_type)) {
      v = dict_get_str(frame->locals.as<Dict>(), name);
    } else {
      v = getitem(vm, frame->locals, Value::ptr(name));
      if (v.is_null()) {
        if (!exc_matches(vm, vm.KeyError)) return v;
        clear_exc(vm);
      }
    }
  }
  if (v.is_null()) v = dict_get_str(frame->globals, name);
  if (v.is_null()) v = dict_get_str(frame->builtins, name);
  if (v.is_null()) return load_name_error(vm, name);
  return v;
}

Status store_name(VM& vm, Frame* frame, Str* name, Value v) {
  if (frame->locals.is_null()) {
    raise(vm, vm.SystemError, "no locals found when storing %R", Value::ptr(name));
    return Status::Error;
  }
  if (is_exact(frame->locals, vm.dict_type)) return dict_set_str(vm, frame->locals.as<Dict>(), name, v);
  return setitem(vm, frame->locals, Value::ptr(name), v);
}

Value load_deref(VM& vm, Frame* frame, uint32_t i) {
  Value cell = frame->localsplus[i];
  if (!is_layout(cell, Layout::Cell)) return raise(vm, vm.SystemError, "corrupt bytecode (LOAD_DEREF)");
  Value v = cell.as<Cell>()->value;
  if (!v.is_null()) return v;
  Str* n = as_str(frame->code->localsplusnames->items[i]);
  if (uint8_t(frame->code->localspluskinds->data[i]) & kFree)
    return raise(vm, vm.NameError,
                 "cannot access free variable '%N' where it is not associated with a value in enclosing scope", n);
  return raise(vm, vm.UnboundLocalError, "cannot access local variable '%N' where it is not associated with a value", n);
}

static Value do_import_from(VM& vm, Value module, Str* name) {
  Value v = getattr_opt(vm, module, name);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  // A submodule not yet bound as an attribute.
  Value pkg = getattr_opt(vm, module, vm.s_name);
  if (is_str(pkg)) {
    std::string full(as_str(pkg)->view());
    full += ".";
    full += name->view();
    Value m = dict_get_str(vm.modules, vm.intern(full));
    if (!m.is_null()) return m;
    Value mn = pkg;
    Root rp(vm, pkg);
    Value file = getattr_opt(vm, module, vm.s_file);
    clear_exc(vm);
    Root rf(vm, file);
    if (is_str(file))
      raise(vm, vm.ImportError, "cannot import name '%N' from '%S' (%S)", name, mn, file);
    else
      raise(vm, vm.ImportError, "cannot import name '%N' from '%S' (unknown location)", name, mn);
    // As CPython: the ImportError names the module (.name) and its file (.path).
    Value e = vm.exc;
    Root re(vm, e);
    clear_exc(vm);
    if (failed(setattr(vm, e, vm.intern("name"), mn)) ||
        failed(setattr(vm, e, vm.intern("path"), is_str(file) ? file : Value::none())))
      return Value::null();
    vm.exc = e;
    return Value::null();
  }
  return raise(vm, vm.ImportError, "cannot import name '%N'", name);
}

// CPython's _PyObject_FunctionStr: "module.qualname()" for functions.
static std::string function_str(VM& vm, Value fn) {
  Root rf(vm, fn);
  Value qn = getattr_opt(vm, fn, vm.s_qualname);
  if (!is_str(qn)) {
    clear_exc(vm);
    Value s = str(vm, fn);
    if (s.is_null()) {
      clear_exc(vm);
      return "function";
    }
    return std::string(as_str(s)->view());
  }
  Root rq(vm, qn);
  Value mod = getattr_opt(vm, fn, vm.s_module);
  clear_exc(vm);
  std::string out;
  if (is_str(mod) && as_str(mod)->view() != "builtins") out = std::string(as_str(mod)->view()) + ".";
  out += as_str(qn)->view();
  return out + "()";
}

Status unpack_iterable(VM& vm, Value seq, int argcnt, int argcntafter, Value* sp) {
  // Writes items so that sp[-1] is the first; sp points past the area.
  Root rs(vm, seq);
  Value it = get_iter(vm, seq);
  if (it.is_null()) {
    if (exc_matches(vm, vm.TypeError) && type_lookup(type_of(vm, seq), vm.s_iter).is_null()) {
      clear_exc(vm);
      raise(vm, vm.TypeError, "cannot unpack non-iterable %s object", type_name(vm, seq));
    }
    return Status::Error;
  }
  Root rit(vm, it);
  int i = 0;
  Value* out = sp;  // items go to out[-1], out[-2], ...
  for (; i < argcnt; i++) {
    Value w = iter_next(vm, it);
    if (w.is_null()) {
      if (vm.exc.is_null()) {
        if (argcntafter == -1)
          raise(vm, vm.ValueError, "not enough values to unpack (expected %d, got %d)", argcnt, i);
        else
          raise(vm, vm.ValueError, "not enough values to unpack (expected at least %d, got %d)", argcnt + argcntafter, i);
      }
      return Status::Error;
    }
    *--out = w;
  }
  if (argcntafter == -1) {
    Value w = iter_next(vm, it);
    if (w.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    raise(vm, vm.ValueError, "too many values to unpack (expected %d)", argcnt);
    return Status::Error;
  }
  Value l = sequence_to_list(vm, it);
  if (l.is_null()) return Status::Error;
  List* lst = l.as<List>();
  *--out = l;
  if (int64_t(lst->size) < argcntafter) {
    raise(vm, vm.ValueError, "not enough values to unpack (expected at least %d, got %d)", argcnt + argcntafter,
          argcnt + int(lst->size));
    return Status::Error;
  }
  for (int j = argcntafter; j > 0; j--) *--out = lst->items[lst->size - j];
  lst->size -= uint32_t(argcntafter);
  return Status::Ok;
}

static bool exception_matches_class(VM& vm, Value exc, Value cls, int* err) {
  *err = 0;
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++)
      if (exception_matches_class(vm, exc, t->items[i], err)) return true;
    return false;
  }
  if (!is_layout(cls, Layout::Type) || !is_subtype(cls.as<Type>(), vm.BaseException)) {
    raise(vm, vm.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    *err = 1;
    return false;
  }
  return isinstance(vm, exc, cls.as<Type>());
}

// CHECK_EG_MATCH: sp[-2] is the exception, sp[-1] the except* clause's type. On a match they
// become (rest, match) and the match is the exception being handled; else sp[-1] becomes None.
static Status check_eg_match(VM& vm, Value* sp) {
  Value match, rest;
  if (failed(exception_group_match(vm, sp[-2], sp[-1], match, rest))) return Status::Error;
  if (match.is_none()) {
    sp[-1] = match;
    return Status::Ok;
  }
  sp[-2] = rest;
  sp[-1] = match;
  vm.exc_info = match;
  return Status::Ok;
}

// RAISE_VARARGS: raise exc [from cause]
static void do_raise(VM& vm, Value exc, Value cause) {
  if (exc.is_null()) {
    Value cur = vm.exc_info;
    if (cur.is_none() || cur.is_null()) {
      raise(vm, vm.RuntimeError, "No active exception to reraise");
      return;
    }
    vm.exc = cur;
    return;
  }
  Root rc(vm, cause);
  Value inst;
  if (is_layout(exc, Layout::Type) && is_subtype(exc.as<Type>(), vm.BaseException)) {
    inst = call0(vm, exc);
    if (inst.is_null()) return;
    if (!is_exception(vm, inst)) {
      raise(vm, vm.TypeError, "calling %R should have returned an instance of BaseException, not %s", exc, type_name(vm, inst));
      return;
    }
  } else if (is_exception(vm, exc)) {
    inst = exc;
    // `raise e` sets e's context anew from the exception being handled, if any.
    Exception* e = inst.as<Exception>();
    e->context_chained = false;
    Value cur = vm.exc_info;
    if (!cur.is_none() && !cur.is_null() && cur != inst) e->context = Value::none();
  } else {
    raise(vm, vm.TypeError, "exceptions must derive from BaseException");
    return;
  }
  Root ri(vm, inst);
  if (!cause.is_null()) {
    Value c;
    if (cause.is_none()) c = Value::none();
    else if (is_layout(cause, Layout::Type) && is_subtype(cause.as<Type>(), vm.BaseException)) {
      c = call0(vm, cause);
      if (c.is_null()) return;
    } else if (is_exception(vm, cause)) {
      c = cause;
    } else {
      raise(vm, vm.TypeError, "exception causes must derive from BaseException");
      return;
    }
    inst.as<Exception>()->cause = c;
    inst.as<Exception>()->suppress_context = true;
  }
  vm.exc = inst;
}

// Sets __context__ of a newly raised exception from the exception being handled.
// Only once, in the frame that raised it (as CPython does when the exception is set):
// the frames it then passes through, and a re-raise, keep its context.
static void chain_context(VM& vm) {
  Value exc = vm.exc;
  Value ctx = vm.exc_info;
  if (!is_exception(vm, exc)) return;
  Exception* e = exc.as<Exception>();
  if (e->context_chained) return;
  e->context_chained = true;
  if (ctx.is_none() || ctx.is_null() || ctx == exc) return;
  if (!e->context.is_none()) return;
  // Avoid cycles: cut ctx's chain where it reaches exc.
  Value o = ctx;
  while (is_exception(vm, o)) {
    Value next = o.as<Exception>()->context;
    if (next == exc) {
      o.as<Exception>()->context = Value::none();
      break;
    }
    o = next;
  }
  e->context = ctx;
}

static Value make_function(VM& vm, Frame* frame, Code* code, Value* extra, uint32_t flags) {
  Root rc(vm, Value::ptr(code));
  auto* f = static_cast<Function*>(vm.heap.alloc(sizeof(Function), vm.function_type));
  if (!f) return raise_no_memory(vm);
  f->code = code;
  f->globals = frame->globals;
  f->builtins = frame->builtins;
  f->name = Value::ptr(code->name);
  f->qualname = Value::ptr(code->qualname);
  Value doc = code->consts->size ? code->consts->items[0] : Value::none();
  f->doc = is_str(doc) ? doc : Value::none();
  Value mod = dict_get_str(frame->globals, vm.s_name);
  f->module = mod.is_null() ? Value::none() : mod;
  f->defaults = f->kwdefaults = f->closure = f->annotations = f->dict = Value::null();
  int k = 0;
  if (flags & 0x08) f->closure = extra[k++];
  if (flags & 0x04) f->annotations = extra[k++];
  if (flags & 0x02) f->kwdefaults = extra[k++];
  if (flags & 0x01) f->defaults = extra[k++];
  return Value::ptr(f);
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
static Value builtin_build_class(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) return raise(vm, vm.TypeError, "__build_class__: not enough arguments");
  if (!is_layout(args[0], Layout::Function)) return raise(vm, vm.TypeError, "__build_class__: func must be a function");
  if (!is_str(args[1])) return raise(vm, vm.TypeError, "__build_class__: name is not a string");
  Function* body = args[0].as<Function>();
  Str* name = as_str(args[1]);
  RootVec keep(vm);
  Value orig_bases = new_tuple_from(vm, args + 2, nargs - 2);
  if (orig_bases.is_null()) return orig_bases;
  keep.v.push_back(orig_bases);
  // __mro_entries__
  Value bases = orig_bases;
  {
    bool changed = false;
    List* nb = new_list(vm, 0);
    if (!nb) return raise_no_memory(vm);
    keep.v.push_back(Value::ptr(nb));
    for (size_t i = 2; i < nargs; i++) {
      Value b = args[i];
      if (!is_layout(b, Layout::Type)) {
        Value me = getattr_opt(vm, b, vm.s_mro_entries);
        if (!me.is_null()) {
          Value r = call1(vm, me, orig_bases);
          if (r.is_null()) return r;
          if (!is_tuple(r)) return raise(vm, vm.TypeError, "__mro_entries__ must return a tuple");
          Root rr(vm, r);  // list_append below may collect
          for (uint32_t j = 0; j < r.as<Tuple>()->size; j++)
            if (failed(list_append(vm, nb, r.as<Tuple>()->items[j]))) return Value::null();
          changed = true;
          continue;
        }
        if (!vm.exc.is_null()) return Value::null();
      }
      if (failed(list_append(vm, nb, b))) return Value::null();
    }
    if (changed) {
      bases = new_tuple_from(vm, nb->items, nb->size);
      if (bases.is_null()) return bases;
      keep.v.push_back(bases);
    }
  }
  Value meta = Value::null();
  Dict* kwargs = new_dict(vm);
  if (!kwargs) return raise_no_memory(vm);
  keep.v.push_back(Value::ptr(kwargs));
  if (kwnames) {
    for (uint32_t i = 0; i < kwnames->size; i++) {
      if (as_str(kwnames->items[i])->view() == "metaclass") meta = args[nargs + i];
      else if (failed(dict_set(vm, kwargs, kwnames->items[i], args[nargs + i]))) return Value::null();
    }
  }
  Tuple* bt = bases.as<Tuple>();
  bool meta_is_class = true;
  if (meta.is_null()) {
    meta = bt->size ? Value::ptr(type_of(vm, bt->items[0])) : Value::ptr(vm.type_type);
  } else {
    meta_is_class = is_layout(meta, Layout::Type);
  }
  if (meta_is_class) {
    // Most derived metaclass.
    Type* winner = meta.as<Type>();
    for (uint32_t i = 0; i < bt->size; i++) {
      Type* t = type_of(vm, bt->items[i]);
      if (is_subtype(winner, t)) continue;
      if (is_subtype(t, winner)) { winner = t; continue; }
      return raise(vm, vm.TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    meta = Value::ptr(winner);
  }
  keep.v.push_back(meta);
  // __prepare__
  Value ns;
  Value prep = getattr_opt(vm, meta, vm.s_prepare);
  if (!prep.is_null()) {
    keep.v.push_back(prep);
    Value pargs[2] = {Value::ptr(name), bases};
    Value ptuple = new_tuple_from(vm, pargs, 2);
    if (ptuple.is_null()) return ptuple;
    keep.v.push_back(ptuple);
    Value kwcall = call_ex(vm, prep, ptuple, Value::ptr(kwargs));
    if (kwcall.is_null()) return kwcall;
    if (!is_dict(kwcall) && type_lookup(type_of(vm, kwcall), vm.s_getitem).is_null()) {
      Root rk(vm, kwcall);
      return raise(vm, vm.TypeError, "%s.__prepare__() must return a mapping, not %s",
                   meta_is_class ? meta.as<Type>()->name->data : "<metaclass>", type_name(vm, kwcall));
    }
    ns = kwcall;
  } else {
    if (!vm.exc.is_null()) return Value::null();
    ns = Value::ptr(new_dict(vm));
  }
  keep.v.push_back(ns);
  Value cell = run_with_locals(vm, body, ns);
  if (cell.is_null()) return cell;
  keep.v.push_back(cell);
  if (bases != orig_bases) {
    if (failed(setitem(vm, ns, Value::ptr(vm.s_orig_bases), orig_bases))) return Value::null();
  }
  Value cargs[3] = {Value::ptr(name), bases, ns};
  Value targs = new_tuple_from(vm, cargs, 3);
  if (targs.is_null()) return targs;
  keep.v.push_back(targs);
  Value cls;
  if (meta == Value::ptr(vm.type_type) && is_dict(ns) && kwargs->size == 0) {
    cls = build_class(vm, meta, vm.intern(name), bt, ns.as<Dict>(), Value::ptr(kwargs));
  } else {
    cls = call_ex(vm, meta, targs, Value::ptr(kwargs));
  }
  if (cls.is_null()) return cls;
  if (is_layout(cell, Layout::Cell) && cell.as<Cell>()->value.is_null()) cell.as<Cell>()->value = cls;
  return cls;
}

// Zero-argument super(): __class__ cell and the first argument of the running function.
static Status super_hook(VM& vm, Value& cls, Value& self) {
  Frame* f = interp_of(vm).current;
  if (!f || !f->func) {
    raise(vm, vm.RuntimeError, "super(): no arguments");
    return Status::Error;
  }
  Code* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCoVarargs)) {
    raise(vm, vm.RuntimeError, "super(): no arguments");
    return Status::Error;
  }
  self = f->localsplus[0];
  if (!self.is_null() && is_layout(self, Layout::Cell)) {
    // The first argument was captured in a cell by MAKE_CELL.
    uint8_t kind = uint8_t(co->localspluskinds->data[0]);
    if (kind & kCell) self = self.as<Cell>()->value;
  }
  if (self.is_null()) {
    raise(vm, vm.RuntimeError, "super(): arg[0] deleted");
    return Status::Error;
  }
  for (uint32_t i = 0; i < co->nlocalsplus; i++) {
    uint8_t kind = uint8_t(co->localspluskinds->data[i]);
    if (!(kind & kFree)) continue;
    if (as_str(co->localsplusnames->items[i])->view() != "__class__") continue;
    Value c = f->localsplus[i];
    if (!is_layout(c, Layout::Cell) || c.as<Cell>()->value.is_null()) {
      raise(vm, vm.RuntimeError, "super(): empty __class__ cell");
      return Status::Error;
    }
    cls = c.as<Cell>()->value;
    return Status::Ok;
  }
  raise(vm, vm.RuntimeError, "super(): __class__ cell not found");
  return Status::Error;
}

// globals() / locals() for builtins.
static Value frame_hook(VM& vm, int what) {
  Frame* f = interp_of(vm).current;
  if (!f) return Value::none();
  if (what == 0) return Value::ptr(f->globals);
  if (!f->locals.is_null()) return f->locals;
  // Fast locals: snapshot into a dict.
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d));
  for (uint32_t i = 0; i < f->code->nlocalsplus; i++) {
    Value v = f->localsplus[i];
    uint8_t kind = uint8_t(f->code->localspluskinds->data[i]);
    if ((kind & (kCell | kFree)) && is_layout(v, Layout::Cell)) v = v.as<Cell>()->value;
    if (v.is_null()) continue;
    if (failed(dict_set(vm, d, f->code->localsplusnames->items[i], v))) return Value::null();
  }
  return Value::ptr(d);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
static Value builtin_import(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "globals", "locals", "fromlist", "level"};
  Value a[5];
  if (failed(parse_args(vm, "__import__", args, nargs, kwnames, names, 5, 1, a))) return Value::null();
  if (!is_str(a[0])) return raise(vm, vm.TypeError, "__import__() argument 1 must be str, not %s", type_name(vm, a[0]));
  Value level = a[4].is_null() ? Value::small(0) : a[4];
  if (!level.is_small() || level.as_small() < 0) return raise(vm, vm.ValueError, "level must be >= 0");
  if (as_str(a[0])->nbytes == 0 && level.as_small() == 0) return raise(vm, vm.ValueError, "Empty module name");
  return import_name(vm, vm.intern(as_str(a[0])), a[1].is_null() ? Value::none() : a[1],
                     a[3].is_null() ? Value::none() : a[3], level);
}

void install(VM& vm, size_t stack_values) {
  auto* in = new Interp;
  // Not zeroed: push_frame initializes every slot of a frame. (calloc would write all 32 MiB
  // where memory is not mapped lazily, as in WebAssembly: most of the page's start-up.)
  in->stack = static_cast<Value*>(std::malloc(stack_values * sizeof(Value)));
  in->limit = in->stack + stack_values;
  in->top = in->stack;
  vm.interp = in;
  vm.call_hook = call_function;
  vm.super_hook = super_hook;
  vm.frame_hook = frame_hook;
  vm.add_root_visitor(visit_frames, nullptr);
  {
    char probe;
    vm.c_stack_limit = uintptr_t(&probe) - (size_t(6) << 20);  // the main thread has 8 MiB
    in->jit_call_floor = uintptr_t(&probe) - (size_t(2) << 20);
  }
  Value bc = new_builtin(vm, "__build_class__", builtin_build_class, Value::null(), 2, -1, kBuiltinKeywords);
  (void)dict_set_str(vm, vm.builtins->dict, vm.intern("__build_class__"), bc);
  Value imp = new_builtin(vm, "__import__", builtin_import, Value::null(), 0, 5, kBuiltinKeywords);
  (void)dict_set_str(vm, vm.builtins->dict, vm.intern("__import__"), imp);
  init_generators(vm);
  init_import(vm);
}

void uninstall(VM& vm) {
  Interp* in = static_cast<Interp*>(vm.interp);
  if (!in) return;
  std::free(in->stack);
  delete in;
  vm.interp = nullptr;
}

// ---------- the loop ----------

#define INSTR_CACHE(op) (kCacheUnits[op])

static Value run(VM& vm, Frame* entry, int start) {
  Interp& in = interp_of(vm);
  struct Activation {  // counts active run()s, so the program pauses only in the outermost
    Interp& in;
    explicit Activation(Interp& i) : in(i) { in.runs++; }
    ~Activation() { in.runs--; }
  } activation(in);
  Frame* frame = entry;
  in.current = frame;
  uint16_t* ip = frame->ip;
  Value* sp = frame->sp;
  Value* consts = frame->code->consts->items;
  Value* locals = frame->localsplus;
  uint16_t* first = frame->code->code;
  uint32_t opcode, oparg;
  Value retval;
  int32_t unwind_at = -1;  // handler search position when it differs from frame->lasti
  JitCode* jit_code = nullptr;  // compiled code about to be entered (enter_jit)

#if defined(TAIPAN_COMPUTED_GOTO) && (defined(__GNUC__) || defined(__clang__))
  static void* labels[256];
  static bool labels_ready = false;
  if (!labels_ready) {
    for (auto& l : labels) l = &&unknown_opcode;
#define X(name, num, cache, flags) labels[num] = &&TARGET_##name;
    TAIPAN_OPCODES(X)
#undef X
    labels_ready = true;
  }
#define TARGET(op) TARGET_##op:
#define DISPATCH()                          \
  do {                                      \
    uint16_t w_ = *ip++;                    \
    opcode = w_ & 0xff;                     \
    oparg = w_ >> 8;                        \
    goto* labels[opcode];                   \
  } while (0)
#define DISPATCH_SAME_ARG() goto* labels[opcode]
#else
#define TARGET(op) case op: TARGET_##op:
#define DISPATCH() goto dispatch
#define DISPATCH_SAME_ARG() goto dispatch_same_arg
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-ptrdiff_t(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define JUMPBY(n) (ip += (n))
#define SKIP_CACHE(op) (ip += INSTR_CACHE(op))
#define LASTI() (int32_t(ip - first) - 1)
#define SAVE() (frame->lasti = LASTI(), frame->ip = ip, frame->sp = sp)
#define LOAD_FRAME()                           \
  do {                                         \
    ip = frame->ip;                            \
    sp = frame->sp;                            \
    consts = frame->code->consts->items;       \
    locals = frame->localsplus;                \
    first = frame->code->code;                 \
  } while (0)
#define ERROR_IF(cond) \
  do {                 \
    if (cond) goto error; \
  } while (0)
#define NAME(i) (frame->code->names->items[i].as<Str>())
// Quickening: rewrite the instruction being executed (ip points just past it) in place.
#define QUICKEN(op) (ip[-1] = uint16_t((ip[-1] & 0xff00) | (op)))
// A specialized instruction whose guard failed too often stays generic: the first cache
// unit of BINARY_OP counts its deoptimizations.
#define DEOPT_LIMIT 8
#define ICACHE() (frame->code->icache[ip[0] | (uint32_t(ip[1]) << 16)])
// Guards against types the verifier cannot prove (a corrupt .pyc must not crash the VM).
#define CORRUPT_IF(cond)                                                   \
  do {                                                                     \
    if (__builtin_expect(cond, 0)) {                                       \
      SAVE();                                                              \
      raise(vm, vm.SystemError, "corrupt bytecode (%s)", kOpInfo[opcode].name); \
      goto error;                                                          \
    }                                                                      \
  } while (0)

  if (start == 1) {
    frame->lasti = int32_t(ip - first) - 1;
    goto error_with_lasti;
  }
  if (start == 2) goto error;

#if defined(TAIPAN_COMPUTED_GOTO) && (defined(__GNUC__) || defined(__clang__))
  DISPATCH();
#else
dispatch : {
  uint16_t w_ = *ip++;
  opcode = w_ & 0xff;
  oparg = w_ >> 8;
}
dispatch_same_arg:
  switch (opcode) {
#endif

  TARGET(CACHE) TARGET(NOP) { DISPATCH(); }
  TARGET(RESUME) {
    // A safe point (runtime/safepoint.cpp), then tier-up at function entry (oparg 0; other
    // values resume generators).
    if (--vm.safepoint_countdown <= 0) {
      SAVE();
      ERROR_IF(failed(vm_safepoint(vm)));
      if (vm.suspend_wanted && in.runs == in.suspend_runs) goto suspend;
    }
    if (oparg == 0 && in.jit_compile) {
      Code* co = frame->code;
      jit_code = static_cast<JitCode*>(co->jit);
      if (!jit_code && co->calls >= in.jit_call_threshold) jit_code = in.jit_compile(vm, co);
      if (jit_code && jit_code->fn) goto enter_jit;
    }
    DISPATCH();
  }

  TARGET(EXTENDED_ARG) {
    uint16_t w = *ip++;
    opcode = w & 0xff;
    oparg = (oparg << 8) | (w >> 8);
    DISPATCH_SAME_ARG();
  }

  TARGET(LOAD_FAST) {
    Value v = locals[oparg];
    if (v.is_null()) {
      SAVE();
      raise(vm, vm.UnboundLocalError, "cannot access local variable '%N' where it is not associated with a value",
            as_str(frame->code->localsplusnames->items[oparg]));
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    locals[oparg] = POP();
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    if (locals[oparg].is_null()) {
      SAVE();
      raise(vm, vm.UnboundLocalError, "cannot access local variable '%N' where it is not associated with a value",
            as_str(frame->code->localsplusnames->items[oparg]));
      goto error;
    }
    locals[oparg] = Value::null();
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    PUSH(consts[oparg]);
    DISPATCH();
  }
  TARGET(POP_TOP) {
    sp--;
    DISPATCH();
  }
  TARGET(PUSH_NULL) {
    PUSH(Value::null());
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(oparg);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value t = TOP();
    SET_TOP(PEEK(oparg));
    PEEK(oparg) = t;
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    SAVE();
    Value r = unary_pos(vm, TOP());
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    SAVE();
    Value r = unary_neg(vm, TOP());
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    SAVE();
    Value r = unary_invert(vm, TOP());
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    Value v = TOP();
    int t;
    if (v.is_bool()) t = v.is_true();
    else {
      SAVE();
      t = truthy(vm, v);
      ERROR_IF(t < 0);
    }
    SET_TOP(Value::boolean(!t));
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Value b = TOP(), a = SECOND();
    Value r;
    if (a.is_small() && b.is_small()) {
      int64_t x = a.as_small(), y = b.as_small();
      int64_t m;
      uint16_t q = 0;
      switch (oparg) {
        case 0: case 13:  // +
          r = Value::fits_small(x + y) ? Value::small(x + y) : Value::null();
          q = BINARY_OP_ADD_INT;
          break;
        case 10: case 23:  // -
          r = Value::fits_small(x - y) ? Value::small(x - y) : Value::null();
          q = BINARY_OP_SUB_INT;
          break;
        case 5: case 18:  // *
          r = (!__builtin_mul_overflow(x, y, &m) && Value::fits_small(m)) ? Value::small(m) : Value::null();
          q = BINARY_OP_MUL_INT;
          break;
        default:
          r = Value::null();
      }
      if (!r.is_null()) {
        if (q && ip[0] < DEOPT_LIMIT) QUICKEN(q);
        sp--;
        SET_TOP(r);
        SKIP_CACHE(BINARY_OP);
        DISPATCH();
      }
    } else if (a.is_double() && b.is_double()) {
      double x = a.as_double(), y = b.as_double();
      bool done = true;
      uint16_t q = 0;
      switch (oparg) {
        case 0: case 13: r = Value::from_double(x + y); q = BINARY_OP_ADD_FLOAT; break;
        case 10: case 23: r = Value::from_double(x - y); q = BINARY_OP_SUB_FLOAT; break;
        case 5: case 18: r = Value::from_double(x * y); q = BINARY_OP_MUL_FLOAT; break;
        case 11: case 24:
          if (y == 0.0) done = false;
          else {
            r = Value::from_double(x / y);
            q = BINARY_OP_DIV_FLOAT;
          }
          break;
        case 8: case 21:  // ** with a positive finite base: no special cases apply
          if (x > 0.0 && std::isfinite(x) && std::isfinite(y)) {
            double p = std::pow(x, y);
            if (std::isfinite(p)) r = Value::from_double(p);
            else done = false;
          } else {
            done = false;
          }
          break;
        default: done = false;
      }
      if (done) {
        if (q && ip[0] < DEOPT_LIMIT) QUICKEN(q);
        sp--;
        SET_TOP(r);
        SKIP_CACHE(BINARY_OP);
        DISPATCH();
      }
    }
    SAVE();
    bool inplace = oparg >= 13;
    r = binary_op(vm, a, b, BinOp(inplace ? oparg - 13 : oparg), inplace);
    ERROR_IF(r.is_null());
    sp--;
    SET_TOP(r);
    SKIP_CACHE(BINARY_OP);
    DISPATCH();
  }
  // Specialized forms: guard on the operand types, else deoptimize back to BINARY_OP.
#define BINOP_INT(NAME, EXPR)                                         \
  TARGET(NAME) {                                                      \
    Value b = TOP(), a = SECOND();                                    \
    if (a.is_small() && b.is_small()) {                               \
      int64_t x = a.as_small(), y = b.as_small(), res;                \
      if (EXPR && Value::fits_small(res)) {                           \
        sp--;                                                         \
        SET_TOP(Value::small(res));                                   \
        SKIP_CACHE(BINARY_OP);                                        \
        DISPATCH();                                                   \
      }                                                               \
    }                                                                 \
    QUICKEN(BINARY_OP);                                               \
    ip[0]++;                                                          \
    goto TARGET_BINARY_OP;                                            \
  }
  BINOP_INT(BINARY_OP_ADD_INT, !__builtin_add_overflow(x, y, &res))
  BINOP_INT(BINARY_OP_SUB_INT, !__builtin_sub_overflow(x, y, &res))
  BINOP_INT(BINARY_OP_MUL_INT, !__builtin_mul_overflow(x, y, &res))
#undef BINOP_INT
#define BINOP_FLOAT(NAME, OP)                                         \
  TARGET(NAME) {                                                      \
    Value b = TOP(), a = SECOND();                                    \
    if (a.is_double() && b.is_double()) {                             \
      sp--;                                                           \
      SET_TOP(Value::from_double(a.as_double() OP b.as_double()));    \
      SKIP_CACHE(BINARY_OP);                                          \
      DISPATCH();                                                     \
    }                                                                 \
    QUICKEN(BINARY_OP);                                               \
    ip[0]++;                                                          \
    goto TARGET_BINARY_OP;                                            \
  }
  BINOP_FLOAT(BINARY_OP_ADD_FLOAT, +)
  BINOP_FLOAT(BINARY_OP_SUB_FLOAT, -)
  BINOP_FLOAT(BINARY_OP_MUL_FLOAT, *)
#undef BINOP_FLOAT
  TARGET(BINARY_OP_DIV_FLOAT) {
    Value b = TOP(), a = SECOND();
    if (a.is_double() && b.is_double() && b.as_double() != 0.0) {
      sp--;
      SET_TOP(Value::from_double(a.as_double() / b.as_double()));
      SKIP_CACHE(BINARY_OP);
      DISPATCH();
    }
    QUICKEN(BINARY_OP);
    ip[0]++;
    goto TARGET_BINARY_OP;
  }

  TARGET(COMPARE_OP) {
    Value b = TOP(), a = SECOND();
    Value r;
    if (a.is_small() && b.is_small()) {
      int64_t x = a.as_small(), y = b.as_small();
      bool c;
      switch (oparg) {
        case 0: c = x < y; break;
        case 1: c = x <= y; break;
        case 2: c = x == y; break;
        case 3: c = x != y; break;
        case 4: c = x > y; break;
        default: c = x >= y; break;
      }
      r = Value::boolean(c);
      if (ICACHE().count < DEOPT_LIMIT) QUICKEN(COMPARE_OP_INT);
    } else if (a.is_double() && b.is_double()) {
      double x = a.as_double(), y = b.as_double();
      bool c;
      switch (oparg) {
        case 0: c = x < y; break;
        case 1: c = x <= y; break;
        case 2: c = x == y; break;
        case 3: c = x != y; break;
        case 4: c = x > y; break;
        default: c = x >= y; break;
      }
      r = Value::boolean(c);
      if (ICACHE().count < DEOPT_LIMIT) QUICKEN(COMPARE_OP_FLOAT);
    } else {
      SAVE();
      r = compare(vm, a, b, CmpOp(oparg));
      ERROR_IF(r.is_null());
    }
    sp--;
    SET_TOP(r);
    SKIP_CACHE(COMPARE_OP);
    DISPATCH();
  }
  TARGET(COMPARE_OP_INT) {
    Value b = TOP(), a = SECOND();
    if (a.is_small() && b.is_small()) {
      int64_t x = a.as_small(), y = b.as_small();
      bool c;
      switch (oparg) {
        case 0: c = x < y; break;
        case 1: c = x <= y; break;
        case 2: c = x == y; break;
        case 3: c = x != y; break;
        case 4: c = x > y; break;
        default: c = x >= y; break;
      }
      sp--;
      SET_TOP(Value::boolean(c));
      SKIP_CACHE(COMPARE_OP);
      DISPATCH();
    }
    QUICKEN(COMPARE_OP);
    ICACHE().count++;
    goto TARGET_COMPARE_OP;
  }
  TARGET(COMPARE_OP_FLOAT) {
    Value b = TOP(), a = SECOND();
    if (a.is_double() && b.is_double()) {
      double x = a.as_double(), y = b.as_double();
      bool c;
      switch (oparg) {
        case 0: c = x < y; break;
        case 1: c = x <= y; break;
        case 2: c = x == y; break;
        case 3: c = x != y; break;
        case 4: c = x > y; break;
        default: c = x >= y; break;
      }
      sp--;
      SET_TOP(Value::boolean(c));
      SKIP_CACHE(COMPARE_OP);
      DISPATCH();
    }
    QUICKEN(COMPARE_OP);
    ICACHE().count++;
    goto TARGET_COMPARE_OP;
  }

  TARGET(IS_OP) {
    Value b = POP();
    Value a = TOP();
    bool same = a == b;
    SET_TOP(Value::boolean(oparg ? !same : same));
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    Value container = TOP(), item = SECOND();
    SAVE();
    int r = contains(vm, container, item);
    ERROR_IF(r < 0);
    sp--;
    SET_TOP(Value::boolean(oparg ? !r : r));
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Value key = TOP(), obj = SECOND();
    Value r;
    if (is_exact(obj, vm.list_type) && key.is_small()) {
      List* l = obj.as<List>();
      int64_t i = key.as_small();
      if (i < 0) i += l->size;
      if (i >= 0 && i < int64_t(l->size)) {
        sp--;
        SET_TOP(l->items[i]);
        SKIP_CACHE(BINARY_SUBSCR);
        DISPATCH();
      }
    }
    SAVE();
    r = getitem(vm, obj, key);
    ERROR_IF(r.is_null());
    sp--;
    SET_TOP(r);
    SKIP_CACHE(BINARY_SUBSCR);
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR_LIST_INT) { goto TARGET_BINARY_SUBSCR; }
  TARGET(STORE_SUBSCR) {
    Value key = TOP(), obj = SECOND(), v = PEEK(3);
    if (is_exact(obj, vm.list_type) && key.is_small()) {
      List* l = obj.as<List>();
      int64_t i = key.as_small();
      if (i < 0) i += l->size;
      if (i >= 0 && i < int64_t(l->size)) {
        l->items[i] = v;
        sp -= 3;
        SKIP_CACHE(STORE_SUBSCR);
        DISPATCH();
      }
    }
    SAVE();
    ERROR_IF(failed(setitem(vm, obj, key, v)));
    sp -= 3;
    SKIP_CACHE(STORE_SUBSCR);
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    Value key = TOP(), obj = SECOND();
    SAVE();
    ERROR_IF(failed(delitem(vm, obj, key)));
    sp -= 2;
    DISPATCH();
  }

  TARGET(GET_LEN) {
    SAVE();
    int64_t n;
    ERROR_IF(failed(length(vm, TOP(), n)));
    Value r = new_int(vm, n);
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    // Cache: key1/key2 = versions of globals/builtins, value = the globals dict,
    // index = entry number, count = 1 when found in builtins.
    Str* name = NAME(oparg >> 1);
    if (oparg & 1) PUSH(Value::null());
    InlineCache& c = ICACHE();
    Dict* g = frame->globals;
    Dict* b = frame->builtins;
    if (c.value.bits() == Value::ptr(g).bits() && c.key1 == g->version && c.key2 == b->version) {
      PUSH((c.count ? b : g)->entries[c.index].value);
      SKIP_CACHE(LOAD_GLOBAL);
      DISPATCH();
    }
    Value v = dict_get_str(g, name);
    uint32_t from_builtins = 0;
    if (v.is_null()) {
      v = dict_get_str(b, name);
      from_builtins = 1;
      if (v.is_null()) {
        SAVE();
        load_name_error(vm, name);
        goto error;
      }
    }
    // Find the entry to cache (the dict keeps insertion order; look it up by identity).
    Dict* src = from_builtins ? b : g;
    for (uint32_t i = 0; i < src->nentries; i++) {
      DictEntry& e = src->entries[i];
      if (!e.value.is_null() && e.key.bits() == Value::ptr(name).bits()) {
        c.value = Value::ptr(g);
        c.key1 = g->version;
        c.key2 = b->version;
        c.index = i;
        c.count = from_builtins;
        QUICKEN(LOAD_GLOBAL_CACHED);
        break;
      }
    }
    PUSH(v);
    SKIP_CACHE(LOAD_GLOBAL);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL_CACHED) {
    InlineCache& c = ICACHE();
    Dict* g = frame->globals;
    Dict* b = frame->builtins;
    if (c.value.bits() == Value::ptr(g).bits() && c.key1 == g->version && c.key2 == b->version) {
      if (oparg & 1) PUSH(Value::null());
      PUSH((c.count ? b : g)->entries[c.index].value);
      SKIP_CACHE(LOAD_GLOBAL);
      DISPATCH();
    }
    goto TARGET_LOAD_GLOBAL;
  }
  TARGET(STORE_GLOBAL) {
    SAVE();
    ERROR_IF(failed(dict_set_str(vm, frame->globals, NAME(oparg), TOP())));
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    SAVE();
    int r = dict_del(vm, frame->globals, Value::ptr(NAME(oparg)));
    ERROR_IF(r < 0);
    if (r == 0) {
      load_name_error(vm, NAME(oparg));
      goto error;
    }
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    SAVE();
    Value v = load_name(vm, frame, NAME(oparg));
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    SAVE();
    ERROR_IF(failed(store_name(vm, frame, NAME(oparg), TOP())));
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    SAVE();
    if (frame->locals.is_null()) {
      raise(vm, vm.SystemError, "no locals when deleting %R", Value::ptr(NAME(oparg)));
      goto error;
    }
    Status s = delitem(vm, frame->locals, Value::ptr(NAME(oparg)));
    if (failed(s)) {
      if (exc_matches(vm, vm.KeyError)) {
        clear_exc(vm);
        load_name_error(vm, NAME(oparg));
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    Value obj = TOP();
    Str* name = NAME(oparg);
    if (obj.is_ptr() && obj.as_ptr()->type->layout == Layout::Instance &&
        !(obj.as_ptr()->type->tflags & (kTypeHasGetattribute | kTypeHasDescr))) {
      Instance* o = obj.as<Instance>();
      if (o->shape) {
        InlineCache& c = ICACHE();
        if (c.key2 == o->shape->id && c.key1 == o->type->version) {
          SET_TOP(o->slots[c.index]);
          SKIP_CACHE(LOAD_ATTR);
          DISPATCH();
        }
        int idx = shape_find(o->shape, name);
        if (idx >= 0) {
          // Only cache when no data descriptor on the type shadows the slot.
          Value d = type_lookup(o->type, name);
          if (d.is_null() || !(is_exact(d, vm.property_type))) {
            if (d.is_null() || (!(type_of(vm, d)->tflags & kTypeHeap))) {
              c.key1 = o->type->version;
              c.key2 = o->shape->id;
              c.index = uint32_t(idx);
              QUICKEN(LOAD_ATTR_SLOT);
              SET_TOP(o->slots[idx]);
              SKIP_CACHE(LOAD_ATTR);
              DISPATCH();
            }
          }
        }
      }
    }
    SAVE();
    Value r = getattr(vm, obj, name);
    ERROR_IF(r.is_null());
    SET_TOP(r);
    SKIP_CACHE(LOAD_ATTR);
    DISPATCH();
  }
  TARGET(LOAD_ATTR_SLOT) {
    Value obj = TOP();
    if (obj.is_ptr() && obj.as_ptr()->type->layout == Layout::Instance) {
      Instance* o = obj.as<Instance>();
      InlineCache& c = ICACHE();
      if (o->shape && c.key2 == o->shape->id && c.key1 == o->type->version) {
        SET_TOP(o->slots[c.index]);
        SKIP_CACHE(LOAD_ATTR);
        DISPATCH();
      }
    }
    goto TARGET_LOAD_ATTR;
  }
  TARGET(LOAD_ATTR_MODULE) { goto TARGET_LOAD_ATTR; }
  TARGET(STORE_ATTR) {
    Value obj = TOP(), v = SECOND();
    Str* name = NAME(oparg);
    if (obj.is_ptr() && obj.as_ptr()->type->layout == Layout::Instance &&
        !(obj.as_ptr()->type->tflags & (kTypeHasSetattr | kTypeHasDescr))) {
      Instance* o = obj.as<Instance>();
      if (o->shape) {
        InlineCache& c = ICACHE();
        if (c.key2 == o->shape->id && c.key1 == o->type->version) {
          o->slots[c.index] = v;
          sp -= 2;
          SKIP_CACHE(STORE_ATTR);
          DISPATCH();
        }
        int idx = shape_find(o->shape, name);
        Value d = idx >= 0 ? type_lookup(o->type, name) : Value::null();
        if (idx >= 0 && (d.is_null() || is_member(vm, d))) {
          c.key1 = o->type->version;
          c.key2 = o->shape->id;
          c.index = uint32_t(idx);
          QUICKEN(STORE_ATTR_SLOT);
          o->slots[idx] = v;
          sp -= 2;
          SKIP_CACHE(STORE_ATTR);
          DISPATCH();
        }
      }
    }
    SAVE();
    ERROR_IF(failed(setattr(vm, obj, name, v)));
    sp -= 2;
    SKIP_CACHE(STORE_ATTR);
    DISPATCH();
  }
  TARGET(STORE_ATTR_SLOT) {
    Value obj = TOP();
    if (obj.is_ptr() && obj.as_ptr()->type->layout == Layout::Instance) {
      Instance* o = obj.as<Instance>();
      InlineCache& c = ICACHE();
      if (o->shape && c.key2 == o->shape->id && c.key1 == o->type->version) {
        o->slots[c.index] = SECOND();
        sp -= 2;
        SKIP_CACHE(STORE_ATTR);
        DISPATCH();
      }
    }
    goto TARGET_STORE_ATTR;
  }
  TARGET(DELETE_ATTR) {
    SAVE();
    ERROR_IF(failed(delattr(vm, TOP(), NAME(oparg))));
    sp--;
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    // Cache: key1 = type version, key2 = shape id (instances) or 0, value = the method.
    Value obj = TOP();
    {
      InlineCache& c = ICACHE();
      Type* t = type_of(vm, obj);
      uint64_t sid = 0;
      bool cacheable = !(t->tflags & kTypeHasGetattribute) && t->layout != Layout::Type && t->layout != Layout::Module;
      if (obj.is_ptr() && (t->layout == Layout::Instance || t->layout == Layout::Exception)) {
        Shape* sh = obj.as<Instance>()->shape;
        if (sh) sid = sh->id;
        else cacheable = false;
      }
      if (cacheable && c.key1 == t->version && c.key2 == sid && !c.value.is_null()) {
        SET_TOP(c.value);
        PUSH(obj);
        SKIP_CACHE(LOAD_METHOD);
        DISPATCH();
      }
      SAVE();
      bool unbound;
      Value m = get_method(vm, obj, NAME(oparg), &unbound);
      ERROR_IF(m.is_null());
      if (unbound) {
        if (cacheable && t->version) {
          c.key1 = t->version;
          c.key2 = sid;
          c.value = m;
          QUICKEN(LOAD_METHOD_CACHED);
        }
        SET_TOP(m);
        PUSH(obj);
      } else {
        SET_TOP(Value::null());
        PUSH(m);
      }
      SKIP_CACHE(LOAD_METHOD);
      DISPATCH();
    }
    SAVE();
    bool unbound;
    Value m = get_method(vm, obj, NAME(oparg), &unbound);
    ERROR_IF(m.is_null());
    if (unbound) {
      SET_TOP(m);
      PUSH(obj);
    } else {
      SET_TOP(Value::null());
      PUSH(m);
    }
    SKIP_CACHE(LOAD_METHOD);
    DISPATCH();
  }
  TARGET(LOAD_METHOD_CACHED) {
    Value obj = TOP();
    Type* t = type_of(vm, obj);
    InlineCache& c = ICACHE();
    if (c.key1 == t->version) {
      uint64_t sid = 0;
      bool ok = true;
      if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
        Shape* sh = obj.as<Instance>()->shape;
        ok = sh != nullptr;
        if (ok) sid = sh->id;
      }
      if (ok && c.key2 == sid) {
        SET_TOP(c.value);
        PUSH(obj);
        SKIP_CACHE(LOAD_METHOD);
        DISPATCH();
      }
    }
    goto TARGET_LOAD_METHOD;
  }

  TARGET(PRECALL) {
    SKIP_CACHE(PRECALL);
    DISPATCH();
  }
  TARGET(KW_NAMES) {
    frame->kwnames = consts[oparg];
    DISPATCH();
  }
  TARGET(CALL) {
    bool is_meth = !PEEK(oparg + 2).is_null();
    Value callable;
    Value* args;
    size_t total = oparg;
    if (is_meth) {
      callable = PEEK(oparg + 2);
      args = sp - oparg - 1;
      total = oparg + 1;
    } else {
      callable = PEEK(oparg + 1);
      args = sp - oparg;
      if (is_layout(callable, Layout::Method)) {
        Method* m = callable.as<Method>();
        PEEK(oparg + 2) = m->func;
        PEEK(oparg + 1) = m->self;
        callable = m->func;
        args = sp - oparg - 1;
        total = oparg + 1;
      }
    }
    Tuple* kwnames = frame->kwnames.is_null() ? nullptr : frame->kwnames.as<Tuple>();
    frame->kwnames = Value::null();
    size_t nkw = kwnames ? kwnames->size : 0;
    CORRUPT_IF(nkw > total);
    size_t npos = total - nkw;
    Value* base = sp - oparg - 2;
    SKIP_CACHE(CALL);
    if (is_layout(callable, Layout::Function)) {
      Function* fn = callable.as<Function>();
      Code* fco = fn->code;
      if (!kwnames && npos == fco->argcount && !(fco->flags & (kCoVarargs | kCoVarkeywords)) && fco->kwonlyargcount == 0)
        ip[-1 - INSTR_CACHE(CALL)] = uint16_t((ip[-1 - INSTR_CACHE(CALL)] & 0xff00) | CALL_PY_EXACT);
      SAVE();
      frame->sp = base;
      Frame* nf = enter_function(vm, fn, args, npos, kwnames);
      if (!nf) {
        frame->sp = sp;
        goto error;
      }
      nf->prev = frame;
      frame = nf;
      in.current = frame;
      LOAD_FRAME();
      DISPATCH();
    }
    SAVE();
    Value r = call(vm, callable, args, npos, kwnames);
    ERROR_IF(r.is_null());
    sp = base;
    PUSH(r);
    if (__builtin_expect(vm.suspend_wanted, 0) && in.runs == in.suspend_runs) goto suspend;  // time.sleep
    DISPATCH();
  }
  TARGET(CALL_PY_EXACT) {
    // Guard: a Python function (possibly via a bound method) taking exactly these positionals.
    Value* base = sp - oparg - 2;
    Value callable = base[0];
    Value* args = base + 1;
    size_t total = oparg + 1;
    if (callable.is_null()) {
      callable = base[1];
      args = base + 2;
      total = oparg;
      if (is_layout(callable, Layout::Method)) {
        Method* m = callable.as<Method>();
        base[0] = m->func;
        base[1] = m->self;
        callable = m->func;
        args = base + 1;
        total = oparg + 1;
      }
    }
    if (is_layout(callable, Layout::Function) && frame->kwnames.is_null()) {
      Function* fn = callable.as<Function>();
      Code* co = fn->code;
      if (total == co->argcount && !(co->flags & (kCoVarargs | kCoVarkeywords)) && co->kwonlyargcount == 0) {
        SKIP_CACHE(CALL);
        SAVE();
        frame->sp = base;
        Frame* nf = push_frame(vm, co, fn, fn->globals, fn->builtins);
        if (!nf) {
          frame->sp = sp;
          goto error;
        }
        in.calls++;
        co->calls++;
        for (size_t i = 0; i < total; i++) nf->localsplus[i] = args[i];
        frame = nf;
        in.current = frame;
        LOAD_FRAME();
        DISPATCH();
      }
    }
    QUICKEN(CALL);
    goto TARGET_CALL;
  }
  TARGET(CALL_FUNCTION_EX) {
    Value kwargs = (oparg & 1) ? POP() : Value::null();
    Value args = POP();
    Value callable = POP();
    Value null_or = TOP();
    SAVE();
    // keep operands rooted in their stack slots (stale slots are still scanned)
    if (!kwargs.is_null() && !is_exact(kwargs, vm.dict_type)) {
      Dict* d = new_dict(vm);
      ERROR_IF(!d);
      sp[2] = Value::ptr(d);
      Status s = dict_merge(vm, d, kwargs, true);
      if (failed(s)) {
        if (exc_matches(vm, vm.AttributeError)) {
          clear_exc(vm);
          std::string fs = function_str(vm, callable);
          raise(vm, vm.TypeError, "%s argument after ** must be a mapping, not %s", fs.c_str(), type_name(vm, kwargs));
        }
        goto error;
      }
      kwargs = Value::ptr(d);
    }
    if (!is_tuple(args)) {
      Value l = sequence_to_list(vm, args);
      if (l.is_null()) {
        if (exc_matches(vm, vm.TypeError) && type_lookup(type_of(vm, args), vm.s_iter).is_null()) {
          clear_exc(vm);
          std::string fs = function_str(vm, callable);
          raise(vm, vm.TypeError, "%s argument after * must be an iterable, not %s", fs.c_str(), type_name(vm, args));
        }
        goto error;
      }
      sp[1] = l;
      args = l;
    }
    (void)null_or;
    Value r = call_ex(vm, callable, args, kwargs);
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    retval = POP();
    goto return_from_frame;
  }

  TARGET(MAKE_FUNCTION) {
    CORRUPT_IF(!is_layout(TOP(), Layout::Code));
    Value code = POP();
    int nextra = __builtin_popcount(oparg & 0x0f);
    Value extra[4];
    for (int i = 0; i < nextra; i++) extra[i] = PEEK(i + 1);
    {
      int k = 0;
      bool bad = false;
      if (oparg & 0x08) bad |= !is_tuple(extra[k++]);
      if (oparg & 0x04) k++;
      if (oparg & 0x02) bad |= !is_dict(extra[k++]);
      if (oparg & 0x01) bad |= !is_tuple(extra[k++]);
      CORRUPT_IF(bad);
    }
    SAVE();
    sp[0] = code;  // keep rooted
    Value f = make_function(vm, frame, code.as<Code>(), extra, oparg);
    ERROR_IF(f.is_null());
    sp -= nextra;
    PUSH(f);
    DISPATCH();
  }
  TARGET(MAKE_CELL) {
    SAVE();
    Value c = new_cell(vm, locals[oparg]);
    ERROR_IF(c.is_null());
    locals[oparg] = c;
    DISPATCH();
  }
  TARGET(COPY_FREE_VARS) {
    CORRUPT_IF(!frame->func || !is_tuple(frame->func->closure) || frame->func->closure.as<Tuple>()->size < oparg);
    Function* fn = frame->func;
    Tuple* cl = fn->closure.as<Tuple>();
    uint32_t off = frame->code->nlocalsplus - oparg;
    for (uint32_t i = 0; i < oparg; i++) locals[off + i] = cl->items[i];
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    PUSH(locals[oparg]);
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value v = locals[oparg];
    if (is_layout(v, Layout::Cell)) v = v.as<Cell>()->value;
    else v = Value::null();
    if (v.is_null()) {
      SAVE();
      load_deref(vm, frame, oparg);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_CLASSDEREF) {
    Str* n = as_str(frame->code->localsplusnames->items[oparg]);
    Value v = Value::null();
    if (is_dict(frame->locals)) v = dict_get_str(frame->locals.as<Dict>(), n);
    if (v.is_null()) {
      CORRUPT_IF(!is_layout(locals[oparg], Layout::Cell));
      v = locals[oparg].as<Cell>()->value;
      if (v.is_null()) {
        SAVE();
        raise(vm, vm.NameError, "cannot access free variable '%N' where it is not associated with a value in enclosing scope", n);
        goto error;
      }
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    CORRUPT_IF(!is_layout(locals[oparg], Layout::Cell));
    locals[oparg].as<Cell>()->value = POP();
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    CORRUPT_IF(!is_layout(locals[oparg], Layout::Cell));
    Cell* c = locals[oparg].as<Cell>();
    if (c->value.is_null()) {
      SAVE();
      raise(vm, vm.UnboundLocalError, "cannot access local variable '%N' where it is not associated with a value",
            as_str(frame->code->localsplusnames->items[oparg]));
      goto error;
    }
    c->value = Value::null();
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    SAVE();
    Value t = new_tuple_from(vm, sp - oparg, oparg);
    ERROR_IF(t.is_null());
    sp -= oparg;
    PUSH(t);
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    SAVE();
    Value l = new_list_from(vm, sp - oparg, oparg);
    ERROR_IF(l.is_null());
    sp -= oparg;
    PUSH(l);
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    CORRUPT_IF(!is_list(TOP()));
    List* l = TOP().as<List>();
    SAVE();
    Value t = new_tuple_from(vm, l->items, l->size);
    ERROR_IF(t.is_null());
    SET_TOP(t);
    DISPATCH();
  }
  // Handlers that root a temporary do so in an inner block that ends before DISPATCH():
  // computed goto does not run destructors.
  TARGET(BUILD_SET) {
    SAVE();
    Value result;
    {
      Set* s = new_set(vm, false);
      ERROR_IF(!s);
      Root keep_s(vm, Value::ptr(s));
      for (uint32_t i = oparg; i > 0; i--) ERROR_IF(failed(set_add(vm, s, PEEK(i))));
      result = Value::ptr(s);
    }
    sp -= oparg;
    PUSH(result);
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    SAVE();
    Value result;
    {
      Dict* d = new_dict(vm, oparg);
      ERROR_IF(!d);
      Root keep_d(vm, Value::ptr(d));
      for (uint32_t i = oparg; i > 0; i--) ERROR_IF(failed(dict_set(vm, d, PEEK(2 * i), PEEK(2 * i - 1))));
      result = Value::ptr(d);
    }
    sp -= 2 * oparg;
    PUSH(result);
    DISPATCH();
  }
  TARGET(BUILD_CONST_KEY_MAP) {
    CORRUPT_IF(!is_tuple(TOP()) || TOP().as<Tuple>()->size != oparg);
    SAVE();
    Tuple* keys = TOP().as<Tuple>();
    Value result;
    {
      Dict* d = new_dict(vm, oparg);
      ERROR_IF(!d);
      Root keep_d(vm, Value::ptr(d));
      for (uint32_t i = 0; i < oparg; i++) ERROR_IF(failed(dict_set(vm, d, keys->items[i], PEEK(oparg + 1 - i))));
      result = Value::ptr(d);
    }
    sp -= oparg + 1;
    PUSH(result);
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    SAVE();
    Value r;
    {
      std::string s;
      for (uint32_t i = oparg; i > 0; i--) {
      if (!is_str(PEEK(i))) {
        r = Value::null();
        raise(vm, vm.SystemError, "corrupt bytecode (BUILD_STRING)");
        goto build_string_done;
      }
      s += as_str(PEEK(i))->view();
    }
      r = new_str(vm, s);
    }
  build_string_done:
    ERROR_IF(r.is_null());
    sp -= oparg;
    PUSH(r);
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Value step = oparg == 3 ? POP() : Value::none();
    Value stop = POP();
    Value start = TOP();
    SAVE();
    Value s = new_slice(vm, start, stop, step);
    ERROR_IF(s.is_null());
    SET_TOP(s);
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    CORRUPT_IF(!is_list(PEEK(oparg + 1)));
    Value v = POP();
    SAVE();
    ERROR_IF(failed(list_append(vm, PEEK(oparg).as<List>(), v)));
    DISPATCH();
  }
  TARGET(SET_ADD) {
    CORRUPT_IF(!is_set(PEEK(oparg + 1)));
    Value v = POP();
    SAVE();
    ERROR_IF(failed(set_add(vm, PEEK(oparg).as<Set>(), v)));
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    CORRUPT_IF(!is_dict(PEEK(oparg + 2)));
    Value v = TOP(), k = SECOND();
    SAVE();
    ERROR_IF(failed(dict_set(vm, PEEK(oparg + 2).as<Dict>(), k, v)));
    sp -= 2;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    CORRUPT_IF(!is_list(PEEK(oparg + 1)));
    Value it = TOP();
    SAVE();
    Status s = list_extend(vm, PEEK(oparg + 1).as<List>(), it);
    if (failed(s)) {
      if (exc_matches(vm, vm.TypeError) && type_lookup(type_of(vm, it), vm.s_iter).is_null() &&
          type_lookup(type_of(vm, it), vm.s_getitem).is_null()) {
        clear_exc(vm);
        raise(vm, vm.TypeError, "Value after * must be an iterable, not %s", type_name(vm, it));
      }
      goto error;
    }
    sp--;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    CORRUPT_IF(!is_set(PEEK(oparg + 1)));
    SAVE();
    ERROR_IF(failed(set_update(vm, PEEK(oparg + 1).as<Set>(), TOP())));
    sp--;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    CORRUPT_IF(!is_dict(PEEK(oparg + 1)));
    SAVE();
    Value other = TOP();
    Status s = dict_merge(vm, PEEK(oparg + 1).as<Dict>(), other, true);
    if (failed(s)) {
      if (exc_matches(vm, vm.AttributeError)) {
        clear_exc(vm);
        raise(vm, vm.TypeError, "'%s' object is not a mapping", type_name(vm, other));
      }
      goto error;
    }
    sp--;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    CORRUPT_IF(!is_dict(PEEK(oparg + 1)));
    SAVE();
    Value other = TOP();
    Dict* d = PEEK(oparg + 1).as<Dict>();
    // Duplicate keywords are an error here.
    if (is_dict(other)) {
      uint32_t pos = 0;
      Value k, v;
      while (dict_next(other.as<Dict>(), pos, k, v)) {
        if (!dict_get(vm, d, k).is_null()) {
          std::string fs = function_str(vm, PEEK(oparg + 3));
          raise(vm, vm.TypeError, "%s got multiple values for keyword argument '%S'", fs.c_str(), k);
          goto error;
        }
      }
    }
    Status s = dict_merge(vm, d, other, true);
    if (failed(s)) {
      if (exc_matches(vm, vm.AttributeError)) {
        clear_exc(vm);
        std::string fs = function_str(vm, PEEK(oparg + 3));
        raise(vm, vm.TypeError, "%s argument after ** must be a mapping, not %s", fs.c_str(), type_name(vm, other));
      }
      goto error;
    }
    sp--;
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    if (is_exact(seq, vm.tuple_type) && seq.as<Tuple>()->size == oparg) {
      Tuple* t = seq.as<Tuple>();
      sp--;
      for (uint32_t i = oparg; i > 0; i--) PUSH(t->items[i - 1]);
    } else if (is_exact(seq, vm.list_type) && seq.as<List>()->size == oparg) {
      List* l = seq.as<List>();
      sp--;
      for (uint32_t i = oparg; i > 0; i--) PUSH(l->items[i - 1]);
    } else {
      SAVE();
      // The sequence stays in its slot while the items are written above it.
      Value* out = sp - 1 + oparg;
      if (failed(unpack_iterable(vm, seq, int(oparg), -1, out + 0))) goto error;
      // unpack_iterable wrote items at out[-1] .. out[-oparg]: out[-1] is the first item,
      // but the stack wants the first item on top.
      sp = sp - 1 + oparg;
    }
    SKIP_CACHE(UNPACK_SEQUENCE);
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    int before = oparg & 0xff, after = oparg >> 8;
    Value seq = TOP();
    SAVE();
    Value* out = sp - 1 + before + 1 + after;
    if (failed(unpack_iterable(vm, seq, before, after, out))) goto error;
    sp = out;
    DISPATCH();
  }

  TARGET(GET_ITER) {
    SAVE();
    Value it = get_iter(vm, TOP());
    ERROR_IF(it.is_null());
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Value v = TOP();
    if (is_exact(v, vm.generator_type)) DISPATCH();
    if (is_exact(v, vm.coroutine_type)) {
      if (!(frame->code->flags & (kCoCoroutine | kCoIterableCoroutine))) {
        SAVE();
        raise(vm, vm.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        goto error;
      }
      DISPATCH();
    }
    SAVE();
    Value it = get_iter(vm, v);
    ERROR_IF(it.is_null());
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    if (is_exact(it, vm.range_iter_type)) {
      QUICKEN(FOR_ITER_RANGE);
      Iter* r = it.as<Iter>();
      if (r->index < r->end) {
        int64_t v = r->step * r->index++ + r->a.as_small();
        if (Value::fits_small(v)) {
          PUSH(Value::small(v));
        } else {
          SAVE();
          Value big = new_int(vm, v);
          ERROR_IF(big.is_null());
          PUSH(big);
        }
        DISPATCH();
      }
      sp--;
      JUMPBY(oparg);
      DISPATCH();
    }
    if (is_exact(it, vm.list_iter_type)) {
      QUICKEN(FOR_ITER_LIST);
      Iter* li = it.as<Iter>();
      List* l = li->seq.is_null() ? nullptr : li->seq.as<List>();
      if (l && li->index < int64_t(l->size)) {
        PUSH(l->items[li->index++]);
        DISPATCH();
      }
      sp--;
      JUMPBY(oparg);
      DISPATCH();
    }
    SAVE();
    Value v;
    if (is_generator(vm, it)) {
      GenResult gr = gen_resume(vm, static_cast<Generator*>(it.as_ptr()), Value::none(), false, &v);
      if (gr == GenResult::Error) goto error;
      if (gr == GenResult::Return) v = Value::null();
    } else {
      v = iter_next(vm, it);
      if (v.is_null() && !vm.exc.is_null()) goto error;
    }
    if (v.is_null()) {
      sp--;
      JUMPBY(oparg);
      DISPATCH();
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(FOR_ITER_RANGE) {
    Value it = TOP();
    if (is_exact(it, vm.range_iter_type)) {
      Iter* r = it.as<Iter>();
      if (r->index < r->end) {
        int64_t v = r->step * r->index++ + r->a.as_small();
        if (Value::fits_small(v)) {
          PUSH(Value::small(v));
          DISPATCH();
        }
        r->index--;
        goto TARGET_FOR_ITER;
      }
      sp--;
      JUMPBY(oparg);
      DISPATCH();
    }
    QUICKEN(FOR_ITER);
    goto TARGET_FOR_ITER;
  }
  TARGET(FOR_ITER_LIST) {
    Value it = TOP();
    if (is_exact(it, vm.list_iter_type)) {
      Iter* li = it.as<Iter>();
      List* l = li->seq.is_null() ? nullptr : li->seq.as<List>();
      if (l && li->index < int64_t(l->size)) {
        PUSH(l->items[li->index++]);
        DISPATCH();
      }
      sp--;
      JUMPBY(oparg);
      DISPATCH();
    }
    QUICKEN(FOR_ITER);
    goto TARGET_FOR_ITER;
  }

  TARGET(JUMP_FORWARD) {
    JUMPBY(oparg);
    DISPATCH();
  }
  // A taken backward jump counts a back-edge and may enter compiled code at the loop
  // header (on-stack replacement).
#define BACKEDGE()                                                             \
  do {                                                                         \
    Code* co_ = frame->code;                                                   \
    co_->backedges++;                                                          \
    in.backedges++;                                                            \
    if (in.jit_compile) {                                                      \
      jit_code = static_cast<JitCode*>(co_->jit);                              \
      if (!jit_code && co_->backedges >= in.jit_loop_threshold) jit_code = in.jit_compile(vm, co_); \
      if (jit_code && jit_code->fn) goto enter_jit;                            \
    }                                                                          \
  } while (0)
  // Loop back-edges are safe points (runtime/safepoint.cpp), checked before the jump so that
  // what they raise comes from the jump instruction, as in CPython.
#define SAFEPOINT()                                            \
  do {                                                         \
    if (--vm.safepoint_countdown <= 0) {                       \
      SAVE();                                                  \
      ERROR_IF(failed(vm_safepoint(vm)));                      \
      if (vm.suspend_wanted && in.runs == in.suspend_runs) {   \
        ip -= oparg; /* pause at the loop header */            \
        goto suspend;                                          \
      }                                                        \
    }                                                          \
  } while (0)
  TARGET(JUMP_BACKWARD) {
    SAFEPOINT();
    ip -= oparg;
    BACKEDGE();
    DISPATCH();
  }
  TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
    ip -= oparg;
    DISPATCH();
  }
#define COND_JUMP(NAME, DIR, WANT, BACK)               \
  TARGET(NAME) {                                       \
    Value c = POP();                                   \
    int t;                                             \
    if (c.is_bool()) t = c.is_true();                  \
    else {                                             \
      SAVE();                                          \
      t = truthy(vm, c);                               \
      ERROR_IF(t < 0);                                 \
    }                                                  \
    if (t == WANT) {                                   \
      if (BACK) SAFEPOINT();                           \
      ip DIR oparg;                                    \
      if (BACK) BACKEDGE();                            \
    }                                                  \
    DISPATCH();                                        \
  }
  COND_JUMP(POP_JUMP_FORWARD_IF_FALSE, +=, 0, false)
  COND_JUMP(POP_JUMP_FORWARD_IF_TRUE, +=, 1, false)
  COND_JUMP(POP_JUMP_BACKWARD_IF_FALSE, -=, 0, true)
  COND_JUMP(POP_JUMP_BACKWARD_IF_TRUE, -=, 1, true)
#undef COND_JUMP
  TARGET(POP_JUMP_FORWARD_IF_NONE) {
    if (POP().is_none()) JUMPBY(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
    if (!POP().is_none()) JUMPBY(oparg);
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NONE) {
    if (POP().is_none()) {
      ip -= oparg;
      BACKEDGE();
    }
    DISPATCH();
  }
  TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
    if (!POP().is_none()) {
      ip -= oparg;
      BACKEDGE();
    }
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) TARGET(JUMP_IF_TRUE_OR_POP) {
    Value c = TOP();
    int t;
    if (c.is_bool()) t = c.is_true();
    else {
      SAVE();
      t = truthy(vm, c);
      ERROR_IF(t < 0);
    }
    if (t == (opcode == JUMP_IF_TRUE_OR_POP)) JUMPBY(oparg);
    else sp--;
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    bool have_spec = (oparg & 4) == 4;
    Value spec = have_spec ? POP() : Value::null();
    Value v = TOP();
    SAVE();  // a popped spec stays in its (scanned) slot
    switch (oparg & 3) {
      case 1: v = str(vm, v); break;
      case 2: v = repr(vm, v); break;
      case 3: v = ascii(vm, v); break;
      default: break;
    }
    ERROR_IF(v.is_null());
    SET_TOP(v);
    Value r;
    if (is_exact(v, vm.str_type) && (!have_spec || (is_str(spec) && as_str(spec)->nbytes == 0))) r = v;
    else r = format_value(vm, v, have_spec ? spec : Value::ptr(vm.s_empty));
    ERROR_IF(r.is_null());
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    Value bc = dict_get_cstr(vm, frame->builtins, "__build_class__");
    if (bc.is_null()) {
      SAVE();
      raise(vm, vm.NameError, "__build_class__ not found");
      goto error;
    }
    PUSH(bc);
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(Value::ptr(vm.AssertionError));
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) {
    SAVE();
    if (is_dict(frame->locals)) {
      Dict* d = frame->locals.as<Dict>();
      if (dict_get_str(d, vm.s_annotations).is_null()) {
        Dict* a = new_dict(vm);
        ERROR_IF(!a);
        ERROR_IF(failed(dict_set_str(vm, d, vm.s_annotations, Value::ptr(a))));
      }
    } else if (!frame->locals.is_null()) {
      Value a = getitem(vm, frame->locals, Value::ptr(vm.s_annotations));
      if (a.is_null()) {
        if (!exc_matches(vm, vm.KeyError)) goto error;
        clear_exc(vm);
        Dict* nd = new_dict(vm);
        ERROR_IF(!nd);
        ERROR_IF(failed(setitem(vm, frame->locals, Value::ptr(vm.s_annotations), Value::ptr(nd))));
      }
    }
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    Value v = POP();
    if (!v.is_none()) {
      SAVE();
      Value r = repr(vm, v);
      ERROR_IF(r.is_null());
      write_stdout(vm, as_str(r)->view());
      write_stdout(vm, "\n");
    }
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    Value fromlist = POP();
    Value level = TOP();
    SAVE();
    sp[0] = fromlist;
    Value m = import_name(vm, NAME(oparg), Value::ptr(frame->globals), fromlist, level);
    ERROR_IF(m.is_null());
    SET_TOP(m);
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    SAVE();
    Value v = do_import_from(vm, TOP(), NAME(oparg));
    ERROR_IF(v.is_null());
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    SAVE();
    Value m = TOP();
    ERROR_IF(failed(import_star(vm, m, frame->locals.is_null() ? Value::ptr(frame->globals) : frame->locals)));
    sp--;
    DISPATCH();
  }

  // ----- exceptions -----
  TARGET(RAISE_VARARGS) {
    Value cause = oparg == 2 ? POP() : Value::null();
    Value exc = oparg >= 1 ? POP() : Value::null();
    SAVE();
    do_raise(vm, exc, cause);
    if (oparg == 0 && !vm.exc.is_null() && vm.exc == vm.exc_info) goto exception_unwind;
    goto error;
  }
  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    SET_TOP(vm.exc_info);
    PUSH(exc);
    vm.exc_info = exc;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    vm.exc_info = POP();
    DISPATCH();
  }
  TARGET(CHECK_EXC_MATCH) {
    Value cls = TOP(), exc = SECOND();
    SAVE();
    int err;
    bool m = exception_matches_class(vm, exc, cls, &err);
    ERROR_IF(err);
    SET_TOP(Value::boolean(m));
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    SAVE();
    ERROR_IF(failed(check_eg_match(vm, sp)));
    DISPATCH();
  }
  TARGET(PREP_RERAISE_STAR) {
    SAVE();
    Value r = prep_reraise_star(vm, SECOND(), TOP());
    ERROR_IF(r.is_null());
    sp--;
    SET_TOP(r);
    DISPATCH();
  }
  TARGET(RERAISE) {
    Value exc = POP();
    if (oparg) {
      Value lasti = PEEK(oparg);
      if (lasti.is_small()) frame->lasti = int32_t(lasti.as_small());
    } else {
      frame->lasti = LASTI();
    }
    frame->ip = ip;
    frame->sp = sp;
    vm.exc = exc;
    // The handler is searched from the RERAISE itself; lasti keeps the original position.
    unwind_at = int32_t(ip - first) - 1;
    goto exception_unwind;
  }
  TARGET(BEFORE_WITH) {
    Value mgr = TOP();
    SAVE();
    Value enter = lookup_special(vm, mgr, vm.s_enter);
    if (enter.is_null()) {
      if (vm.exc.is_null())
        raise(vm, vm.TypeError, "'%s' object does not support the context manager protocol", type_name(vm, mgr));
      goto error;
    }
    PUSH(enter);  // rooted in the slot BEFORE_WITH's stack effect reserves
    Value exit = lookup_special(vm, mgr, vm.s_exit);
    if (exit.is_null()) {
      if (vm.exc.is_null())
        raise(vm, vm.TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)",
              type_name(vm, mgr));
      goto error;
    }
    sp--;  // enter stays in its slot until the call returns
    SET_TOP(exit);
    Value r = call0(vm, enter);
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    // stack: exit_func, lasti, prev_exc, exc
    Value exc = TOP();
    Value exit_func = PEEK(4);
    SAVE();
    Value tb = is_exception(vm, exc) ? exc.as<Exception>()->traceback : Value::none();
    Value args[3] = {Value::ptr(type_of(vm, exc)), exc, tb};
    Value r = call(vm, exit_func, args, 3);
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }

  // ----- generators -----
  TARGET(RETURN_GENERATOR) {
    SAVE();
    Value g = make_generator(vm, frame);
    ERROR_IF(g.is_null());
    retval = g;
    // The frame's state moved into the generator; pop the original frame.
    goto return_from_frame;
  }
  TARGET(YIELD_VALUE) {
    CORRUPT_IF(!(frame->flags & kFrameGenerator));
    retval = POP();
    frame->ip = ip;
    frame->sp = sp;
    frame->lasti = LASTI();
    frame->flags |= kFrameYielded;
    in.current = frame->prev;
    vm.depth--;
    return retval;
  }
  TARGET(SEND) {
    Value v = TOP();
    Value receiver = SECOND();
    SAVE();
    Value r;
    GenResult gr;
    if (is_generator(vm, receiver)) {
      gr = gen_resume(vm, static_cast<Generator*>(receiver.as_ptr()), v, false, &r);
    } else {
      gr = send_to(vm, receiver, v, &r);
    }
    if (gr == GenResult::Error) goto error;
    sp--;
    if (gr == GenResult::Return) {
      SET_TOP(r);
      JUMPBY(oparg);
      DISPATCH();
    }
    PUSH(r);
    DISPATCH();
  }
  // ----- coroutines and async generators (semantics in interp/coroutine.cpp) -----
  TARGET(GET_AWAITABLE) {
    SAVE();
    Value it = get_awaitable(vm, TOP(), int(oparg));
    ERROR_IF(it.is_null());
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(GET_AITER) {
    SAVE();
    Value it = get_aiter(vm, TOP());
    ERROR_IF(it.is_null());
    SET_TOP(it);
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    SAVE();
    Value aw = get_anext(vm, TOP());
    ERROR_IF(aw.is_null());
    PUSH(aw);
    DISPATCH();
  }
  TARGET(BEFORE_ASYNC_WITH) {
    // mgr -> __aexit__, __aenter__()
    SAVE();
    Value res = before_async_with(vm, sp - 1);
    ERROR_IF(res.is_null());
    PUSH(res);
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    // aiter, exc -> (nothing) when exc is StopAsyncIteration; otherwise re-raise exc
    Value exc = POP();
    if (isinstance(vm, exc, vm.StopAsyncIteration)) {
      sp--;
      DISPATCH();
    }
    SAVE();
    vm.exc = exc;
    unwind_at = LASTI();
    goto exception_unwind;
  }
  TARGET(ASYNC_GEN_WRAP) {
    SAVE();
    Value w = async_gen_wrap(vm, TOP());
    ERROR_IF(w.is_null());
    SET_TOP(w);
    DISPATCH();
  }

  // ----- pattern matching -----
  TARGET(MATCH_MAPPING) {
    bool m = match_is_mapping(vm, TOP());
    PUSH(Value::boolean(m));
    DISPATCH();
  }
  TARGET(MATCH_SEQUENCE) {
    bool m = match_is_sequence(vm, TOP());
    PUSH(Value::boolean(m));
    DISPATCH();
  }
  TARGET(MATCH_KEYS) {
    SAVE();
    Value r = match_keys(vm, SECOND(), TOP());
    ERROR_IF(r.is_null());
    PUSH(r);
    DISPATCH();
  }
  TARGET(MATCH_CLASS) {
    // subject, class, attribute names -> the attributes' tuple or None
    SAVE();
    Value r = match_class(vm, PEEK(3), SECOND(), oparg, TOP());
    ERROR_IF(r.is_null());
    sp -= 2;
    SET_TOP(r);
    DISPATCH();
  }

#if !(defined(TAIPAN_COMPUTED_GOTO) && (defined(__GNUC__) || defined(__clang__)))
  default:
    goto unknown_opcode;
  }
#endif

enter_jit : {
  // Runs compiled code for this frame from the current instruction (see JitCode).
  if (jit_code->deopts >= jit_code->deopt_budget) {
    jit_code = in.jit_compile(vm, frame->code);
    if (!jit_code->fn) DISPATCH();
  }
  SAVE();
  Value r = Value::from_bits(jit_code->fn(&vm, frame, uint32_t(ip - first)));
  if (!r.is_null()) {
    retval = r;
    goto return_from_frame;
  }
  if (!vm.exc.is_null()) goto error;
  LOAD_FRAME();
  // Compiled code leaves to the interpreter when the program is to pause (its loop headers,
  // after a native call such as time.sleep).
  if (__builtin_expect(vm.suspend_wanted, 0) && in.runs == in.suspend_runs) goto suspend;
  DISPATCH();
}

suspend : {
  // Pause the program (cooperative running): the frames stay; the host's chain is what
  // was current below the outermost frame. resume_suspended() continues at frame->ip.
  SAVE();
  vm.suspend_wanted = false;
  in.suspended = frame;
  in.pauses++;
  Frame* outer = frame;
  while (!(outer->flags & kFrameEntry) && outer->prev) outer = outer->prev;
  in.current = outer->prev;
  return Value::null();
}

unknown_opcode:
  SAVE();
  raise(vm, vm.SystemError, "unknown opcode %d", int(opcode));
  goto error;

return_from_frame : {
  Frame* done = frame;
  bool entry_frame = done->flags & kFrameEntry;
  in.current = done->prev;
  pop_frame(vm, done);
  if (entry_frame) return retval;
  frame = in.current;
  LOAD_FRAME();
  PUSH(retval);
  DISPATCH();
}

error:
  chain_context(vm);
  add_traceback(vm, frame);
  goto exception_unwind;

error_with_lasti:
  chain_context(vm);
  add_traceback(vm, frame);

exception_unwind : {
  int32_t off = unwind_at >= 0 ? unwind_at : frame->lasti;
  unwind_at = -1;
  const ExcEntry* h = nullptr;
  for (uint32_t i = 0; i < frame->code->nexc; i++) {
    const ExcEntry& e = frame->code->exc_entries[i];
    if (uint32_t(off) >= e.start && uint32_t(off) < e.end) {
      h = &e;
      break;
    }
  }
  if (h) {
    sp = frame->stack_base() + h->depth;
    if (h->lasti) PUSH(Value::small(frame->lasti));
    PUSH(vm.exc);
    vm.exc = Value::null();
    ip = first + h->target;
    DISPATCH();
  }
  // No handler: leave this frame.
  Frame* done = frame;
  bool entry_frame = done->flags & kFrameEntry;
  in.current = done->prev;
  if (done->flags & kFrameGenerator) done->flags &= ~kFrameYielded;
  pop_frame(vm, done);
  if (entry_frame) return Value::null();
  frame = in.current;
  LOAD_FRAME();
  goto error;
}
}

}  // namespace taipan::interp
