// Frame objects (made lazily, as the design asks), traceback attributes and sys._getframe.
//
// Interpreter frames live on the VM stack and die with their call, so a Python-visible
// frame object is a snapshot taken when it is asked for: `sys._getframe()` snapshots the
// chain from the requested frame to the outermost one; `traceback.tb_frame` makes a frame
// from what the traceback entry recorded (its f_back is None: the frame has returned).
// A frame object uses the Iter layout:
//   seq = f_globals, a = f_code, b = f_back (frame or None), c = f_locals (mapping or None),
//   index = f_lineno, end = f_lasti (bytes), step = 0.
#include <cstdio>

#include "interp/frame.h"
#include "interp/import.h"

namespace taipan::interp {

using namespace runtime;

int code_line(Code* code, int32_t offset);

namespace {

Value new_frame_object(VM& vm, Value globals, Code* code, int64_t lineno, int64_t lasti, Value back, Value locals) {
  Root rg(vm, globals), rb(vm, back), rl(vm, locals), rc(vm, Value::ptr(code));
  auto* o = static_cast<Iter*>(vm.heap.alloc(sizeof(Iter), vm.frame_type));
  if (!o) return raise_no_memory(vm);
  o->seq = globals;
  o->a = Value::ptr(code);
  o->b = back;
  o->c = locals;
  o->index = lineno;
  o->end = lasti;
  o->step = 0;
  return Value::ptr(o);
}

// The locals of a live frame: its mapping, or a snapshot of its fast locals.
Value frame_locals(VM& vm, Frame* f) {
  if (!f->locals.is_null()) return f->locals;
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

// Snapshots the chain from f outwards (outermost first, so each f_back exists when its
// callee's snapshot is made).
Value snapshot_chain(VM& vm, Frame* top) {
  std::vector<Frame*> chain;
  for (Frame* f = top; f; f = f->prev) chain.push_back(f);
  Root back(vm, Value::none());
  for (size_t i = chain.size(); i-- > 0;) {
    Frame* f = chain[i];
    Value loc = frame_locals(vm, f);
    if (loc.is_null()) return loc;
    Value fo = new_frame_object(vm, Value::ptr(f->globals), f->code, code_line(f->code, f->lasti),
                                int64_t(f->lasti) * 2, back, loc);
    if (fo.is_null()) return fo;
    back = fo;
  }
  return back;
}

Iter* frame_of(VM& vm, Value self) {
  if (!is_exact(self, vm.frame_type)) {
    raise(vm, vm.TypeError, "descriptor requires a 'frame' object but received '%s'", type_name(vm, self));
    return nullptr;
  }
  return self.as<Iter>();
}

#define FRAME_GETTER(name, expr)                                              \
  Value name(VM& vm, Value self, Value*, size_t, Tuple*) {                    \
    Iter* fo = frame_of(vm, self);                                            \
    if (!fo) return Value::null();                                            \
    return expr;                                                              \
  }
FRAME_GETTER(frame_globals, fo->seq)
FRAME_GETTER(frame_code, fo->a)
FRAME_GETTER(frame_back, fo->b)
FRAME_GETTER(frame_lineno, fo->index < 0 ? Value::none() : Value::small(fo->index))
FRAME_GETTER(frame_lasti, Value::small(fo->end))
FRAME_GETTER(frame_trace, Value::none())
#undef FRAME_GETTER

Value frame_locals_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* fo = frame_of(vm, self);
  if (!fo) return Value::null();
  if (fo->c.is_none() || fo->c.is_null()) {
    Dict* d = new_dict(vm);
    return d ? Value::ptr(d) : raise_no_memory(vm);
  }
  return fo->c;
}

Value frame_builtins(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* fo = frame_of(vm, self);
  if (!fo) return Value::null();
  if (is_dict(fo->seq)) {
    Value b = dict_get_str(fo->seq.as<Dict>(), vm.s_builtins);
    if (is_layout(b, Layout::Module)) return Value::ptr(b.as<Module>()->dict);
    if (is_dict(b)) return b;
  }
  return Value::ptr(vm.builtins->dict);
}

Value frame_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* fo = frame_of(vm, self);
  if (!fo) return Value::null();
  Code* c = fo->a.as<Code>();
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %p, file '", static_cast<void*>(fo));
  std::string s = buf;
  s += c->filename->view();
  s += "', line " + std::to_string(fo->index) + ", code ";
  s += c->name->view();
  s += ">";
  return new_str(vm, s);
}

Value frame_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* fo = frame_of(vm, self);
  if (!fo) return Value::null();
  fo->c = Value::none();
  return Value::none();
}

Traceback* tb_of(VM& vm, Value self) {
  if (!is_layout(self, Layout::Traceback)) {
    raise(vm, vm.TypeError, "descriptor requires a 'traceback' object but received '%s'", type_name(vm, self));
    return nullptr;
  }
  return self.as<Traceback>();
}

// tb.tb_next = None | traceback, refusing other types and loops as CPython does.
Value tb_set_next(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!tb_of(vm, self)) return Value::null();
  Value next = args[0];
  if (!next.is_none() && !is_layout(next, Layout::Traceback))
    return raise(vm, vm.TypeError, "expected traceback object or None, got '%s'", type_name(vm, next));
  for (Value c = next; is_layout(c, Layout::Traceback); c = c.as<Traceback>()->next)
    if (c == self) return raise(vm, vm.ValueError, "traceback loop detected");
  self.as<Traceback>()->next = next;
  return Value::none();
}
Value tb_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Traceback* tb = tb_of(vm, self);
  if (!tb) return Value::null();
  return is_layout(tb->next, Layout::Traceback) ? tb->next : Value::none();
}
Value tb_lineno(VM& vm, Value self, Value*, size_t, Tuple*) {
  Traceback* tb = tb_of(vm, self);
  if (!tb) return Value::null();
  return tb->lineno < 0 ? Value::none() : Value::small(tb->lineno);
}
Value tb_lasti(VM& vm, Value self, Value*, size_t, Tuple*) {
  Traceback* tb = tb_of(vm, self);
  if (!tb) return Value::null();
  return Value::small(int64_t(tb->lasti) * 2);
}
Value tb_frame(VM& vm, Value self, Value*, size_t, Tuple*) {
  Traceback* tb = tb_of(vm, self);
  if (!tb) return Value::null();
  Value g = tb->frame_globals.is_null() ? Value::ptr(new_dict(vm)) : tb->frame_globals;
  tb = self.as<Traceback>();
  return new_frame_object(vm, g, tb->code, tb->lineno, int64_t(tb->lasti) * 2, Value::none(), Value::none());
}

// sys._getframe(depth=0)
Value sys_getframe(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(no_kwargs(vm, "_getframe", kwnames))) return Value::null();
  int64_t depth = 0;
  if (nargs > 0 && failed(index_i64(vm, args[0], depth))) return Value::null();
  Frame* f = interp_of(vm).current;
  for (; f && depth > 0; depth--) f = f->prev;
  if (!f || depth < 0) {
    if (depth < 0 && f) return snapshot_chain(vm, f);  // CPython treats negative depth as 0
    return raise(vm, vm.ValueError, "call stack is not deep enough");
  }
  return snapshot_chain(vm, f);
}

}  // namespace

void init_frames(VM& vm) {
  static const MethodDef frame_methods[] = {
      {"__repr__", frame_repr, 0, 0, 0},
      {"clear", frame_clear, 0, 0, 0},
  };
  add_methods(vm, vm.frame_type, frame_methods);
  add_getter(vm, vm.frame_type, "f_globals", frame_globals);
  add_getter(vm, vm.frame_type, "f_locals", frame_locals_get);
  add_getter(vm, vm.frame_type, "f_code", frame_code);
  add_getter(vm, vm.frame_type, "f_back", frame_back);
  add_getter(vm, vm.frame_type, "f_lineno", frame_lineno);
  add_getter(vm, vm.frame_type, "f_lasti", frame_lasti);
  add_getter(vm, vm.frame_type, "f_trace", frame_trace);
  add_getter(vm, vm.frame_type, "f_builtins", frame_builtins);
  add_getter(vm, vm.traceback_type, "tb_next", tb_next);
  // tb_next is writable (unittest cuts its own frames out of tracebacks).
  {
    Value p = dict_get_str(vm.traceback_type->dict, vm.intern("tb_next"));
    Value set = new_builtin(vm, "tb_next", tb_set_next, Value::null(), 1, 1, 0);
    if (is_layout(p, Layout::Property) && !set.is_null()) {
      set.as<Builtin>()->owner = vm.traceback_type;
      p.as<Property>()->fset = set;
    }
  }
  add_getter(vm, vm.traceback_type, "tb_lineno", tb_lineno);
  add_getter(vm, vm.traceback_type, "tb_lasti", tb_lasti);
  add_getter(vm, vm.traceback_type, "tb_frame", tb_frame);
  if (vm.sys) {
    Value g = new_builtin(vm, "_getframe", sys_getframe, Value::null(), 0, 1, kBuiltinKeywords);
    if (!g.is_null()) (void)dict_set_cstr(vm, vm.sys->dict, "_getframe", g);
  }
}

}  // namespace taipan::interp

namespace taipan::interp {

// A frame object for a live frame and its callers (cr_frame, gi_frame, ag_frame).
Value frame_snapshot(VM& vm, Frame* f) { return snapshot_chain(vm, f); }

}  // namespace taipan::interp
