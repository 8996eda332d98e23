// The select module: select.select() only (what selectors.SelectSelector, and so asyncio's
// default event loop, needs). It is built on poll(2), so descriptors above FD_SETSIZE work.
#include <poll.h>

#include <cerrno>
#include <cmath>
#include <vector>

#include "modules/io.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

using io::raise_os_error;

// An int, or an object whose fileno() returns one.
Status fd_of(VM& vm, Value v, int& fd) {
  Value n = v;
  if (!is_int(vm, v)) {
    Value m = getattr_opt(vm, v, vm.intern("fileno"));
    if (m.is_null()) {
      if (vm.exc.is_null()) raise(vm, vm.TypeError, "argument must be an int, or have a fileno() method.");
      return Status::Error;
    }
    n = call0(vm, m);
    if (n.is_null()) return Status::Error;
    if (!is_int(vm, n)) {
      raise(vm, vm.TypeError, "fileno() returned a non-integer");
      return Status::Error;
    }
  }
  int64_t i;
  if (failed(int_to_i64(vm, n, i))) return Status::Error;
  if (i < 0 || i > INT32_MAX) {
    raise(vm, vm.ValueError, "file descriptor cannot be a negative integer (%lld)", (long long)i);
    return Status::Error;
  }
  fd = int(i);
  return Status::Ok;
}

Value sel_select(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "select", nargs, kw, 3, 4))) return Value::null();
  int timeout_ms = -1;
  if (nargs > 3 && !args[3].is_none()) {
    double t;
    if (args[3].is_double()) t = args[3].as_double();
    else if (is_int(vm, args[3])) {
      int64_t i;
      if (failed(int_to_i64(vm, args[3], i))) return Value::null();
      t = double(i);
    } else {
      return raise(vm, vm.TypeError, "timeout must be a float or None");
    }
    if (t < 0) return raise(vm, vm.ValueError, "timeout must be non-negative");
    timeout_ms = t * 1000 > INT32_MAX ? INT32_MAX : int(std::ceil(t * 1000));
  }
  // The three lists, as sequences of (object, fd).
  RootVec objs(vm);
  std::vector<pollfd> pfds;
  std::vector<std::pair<int, size_t>> owner;  // (which list, index in objs) per pfd
  for (int which = 0; which < 3; which++) {
    Value seq = args[which];
    Value it = get_iter(vm, seq);
    if (it.is_null()) {
      clear_exc(vm);
      return raise(vm, vm.TypeError, "arguments 1-3 must be sequences");
    }
    Root rit(vm, it);
    for (;;) {
      Value v = iter_next(vm, it);
      if (v.is_null()) {
        if (!vm.exc.is_null()) return v;
        break;
      }
      objs.v.push_back(v);
      int fd;
      if (failed(fd_of(vm, v, fd))) return Value::null();
      short ev = which == 0 ? POLLIN : which == 1 ? POLLOUT : POLLPRI;
      pfds.push_back(pollfd{fd, ev, 0});
      owner.push_back({which, objs.v.size() - 1});
    }
  }
  int r;
  do {
    r = ::poll(pfds.data(), pfds.size(), timeout_ms);
  } while (r < 0 && errno == EINTR);
  if (r < 0) return raise_os_error(vm, errno);
  Value lists[3];
  RootVec out(vm);
  for (int i = 0; i < 3; i++) {
    List* l = new_list(vm);
    if (!l) return raise_no_memory(vm);
    out.v.push_back(Value::ptr(l));
  }
  for (size_t i = 0; i < pfds.size(); i++) {
    short re = pfds[i].revents;
    int which = owner[i].first;
    bool ready = which == 0 ? (re & (POLLIN | POLLHUP | POLLERR)) : which == 1 ? (re & (POLLOUT | POLLERR)) : (re & POLLPRI);
    if (re & POLLNVAL) return raise_os_error(vm, EBADF);
    if (ready && failed(list_append(vm, out.v[which].as<List>(), objs.v[owner[i].second]))) return Value::null();
  }
  for (int i = 0; i < 3; i++) lists[i] = out.v[i];
  return new_tuple_from(vm, lists, 3);
}

Value make_select(VM& vm) {
  Value mv = native_module(vm, "select");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "select").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  static const MethodDef fns[] = {{"select", sel_select, 0, -1, 0}};
  add_functions(vm, m, fns);
  (void)dict_set_cstr(vm, m->dict, "error", Value::ptr(vm.OSError));
  return mv;
}

}  // namespace

void init_select(VM& vm) { register_native_module(vm, "select", make_select); }

}  // namespace taipan::runtime
