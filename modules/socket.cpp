// The _socket module, as far as asyncio's event loop needs it: the socket type over a file
// descriptor (fileno, detach, close, setblocking/settimeout, recv, send, sendall, shutdown,
// getsockname), socketpair(), dup(), the default timeout, the usual constants and the error
// classes. Name resolution, connect/bind/listen/accept are not built yet.
//
// A socket uses the Iter layout: index = fd (-1 once closed or detached), end = family,
// step = type, a = proto (small int), b = timeout (None for blocking, else a float).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <string>

#include "modules/io.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

using io::raise_os_error;

Iter* sock_of(VM& vm, Value v) {
  Value m = dict_get_cstr(vm, vm.modules, "_socket");
  Value t = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, "socket") : Value::null();
  if (!is_layout(t, Layout::Type) || !isinstance(vm, v, t.as<Type>())) {
    raise(vm, vm.TypeError, "descriptor requires a '_socket.socket' object but received '%s'", type_name(vm, v));
    return nullptr;
  }
  return v.as<Iter>();
}
#define SOCK(v)                       \
  Iter* s = sock_of(vm, v);           \
  if (!s) return Value::null()

Status timeout_arg(VM& vm, Value v, Value& out) {
  if (v.is_none()) {
    out = v;
    return Status::Ok;
  }
  double t;
  if (v.is_double()) t = v.as_double();
  else if (is_int(vm, v)) {
    int64_t i;
    if (failed(int_to_i64(vm, v, i))) return Status::Error;
    t = double(i);
  } else {
    raise(vm, vm.TypeError, "Timeout value must be int, float or None");
    return Status::Error;
  }
  if (t < 0) {
    raise(vm, vm.ValueError, "Timeout value out of range");
    return Status::Error;
  }
  out = new_float(t);
  return Status::Ok;
}

Value default_timeout(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "_socket");
  Value t = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, "_default_timeout") : Value::null();
  return t.is_null() ? Value::none() : t;
}

Status set_nonblocking(VM& vm, int fd, bool nonblocking) {
  int fl = ::fcntl(fd, F_GETFL);
  if (fl < 0 || ::fcntl(fd, F_SETFL, nonblocking ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK)) < 0) {
    raise_os_error(vm, errno);
    return Status::Error;
  }
  return Status::Ok;
}

// With a positive timeout, waits until fd is ready for `events` (TimeoutError otherwise).
Status wait_ready(VM& vm, Iter* s, short events) {
  if (!s->b.is_double() || s->b.as_double() <= 0) return Status::Ok;
  pollfd p{int(s->index), events, 0};
  int r;
  do {
    r = ::poll(&p, 1, int(std::ceil(s->b.as_double() * 1000)));
  } while (r < 0 && errno == EINTR);
  if (r < 0) {
    raise_os_error(vm, errno);
    return Status::Error;
  }
  if (r == 0) {
    raise(vm, vm.TimeoutError, "timed out");
    return Status::Error;
  }
  return Status::Ok;
}

Value new_socket(VM& vm, Type* t, int fd, int family, int type, int proto) {
  Value dt = default_timeout(vm);  // (looking it up allocates: before the socket exists)
  Value v = new_iter(vm, t, Value::null(), fd, family);
  if (v.is_null()) return v;
  Iter* s = v.as<Iter>();
  s->step = type;
  s->a = Value::small(proto);
  s->b = dt;
  if (!dt.is_none() && failed(set_nonblocking(vm, fd, true))) return Value::null();
  return v;
}

void fin_socket(VM&, Object* o) {
  auto* s = static_cast<Iter*>(o);
  if (s->index >= 0) ::close(int(s->index));
  s->index = -1;
}

// socket(family=-1, type=-1, proto=-1, fileno=None)
Value sock_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"family", "type", "proto", "fileno"};
  Value a[4];
  if (failed(parse_args(vm, "socket", args, nargs, kw, names, 4, 0, a))) return Value::null();
  int64_t v[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++)
    if (!a[i].is_null() && !a[i].is_none() && failed(int_to_i64(vm, a[i], v[i]))) return Value::null();
  int fd;
  if (!a[3].is_null() && !a[3].is_none()) {
    int64_t f;
    if (failed(int_to_i64(vm, a[3], f))) return Value::null();
    if (f < 0) return raise(vm, vm.ValueError, "negative file descriptor");
    fd = int(f);
    sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) < 0) return raise_os_error(vm, errno);
    if (v[0] == -1) v[0] = ss.ss_family;
    if (v[1] == -1) {
      int st;
      socklen_t sl = sizeof st;
      if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &st, &sl) < 0) return raise_os_error(vm, errno);
      v[1] = st;
    }
    if (v[2] == -1) v[2] = 0;
  } else {
    if (v[0] == -1) v[0] = AF_INET;
    if (v[1] == -1) v[1] = SOCK_STREAM;
    if (v[2] == -1) v[2] = 0;
    fd = ::socket(int(v[0]), int(v[1]) | SOCK_CLOEXEC, int(v[2]));
    if (fd < 0) return raise_os_error(vm, errno);
  }
  Value r = new_socket(vm, type.as<Type>(), fd, int(v[0]), int(v[1]) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), int(v[2]));
  if (r.is_null() && a[3].is_null()) ::close(fd);
  return r;
}

Value s_init(VM&, Value, Value*, size_t, Tuple*) { return Value::none(); }  // the ctor did the work
Value s_fileno(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  return Value::small(s->index);
}
Value s_detach(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  int64_t fd = s->index;
  s->index = -1;
  return Value::small(fd);
}
Value s_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  int fd = int(s->index);
  s->index = -1;
  if (fd >= 0 && ::close(fd) < 0 && errno != ECONNRESET) return raise_os_error(vm, errno);
  return Value::none();
}
Value s_family(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  return Value::small(s->end);
}
Value s_type(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  return Value::small(s->step);
}
Value s_proto(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  return s->a;
}
Value s_timeout_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  return s->b;
}
Value s_settimeout(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SOCK(self);
  Value t;
  if (failed(timeout_arg(vm, args[0], t))) return Value::null();
  s->b = t;
  if (s->index >= 0 && failed(set_nonblocking(vm, int(s->index), !t.is_none()))) return Value::null();
  return Value::none();
}
Value s_setblocking(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SOCK(self);
  int b = truthy(vm, args[0]);
  if (b < 0) return Value::null();
  s->b = b ? Value::none() : new_float(0.0);
  if (s->index >= 0 && failed(set_nonblocking(vm, int(s->index), !b))) return Value::null();
  return Value::none();
}
Value s_getblocking(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  return Value::boolean(s->b.is_none());
}

Status flags_arg(VM& vm, Value* args, size_t nargs, size_t at, int& flags) {
  flags = 0;
  if (nargs <= at) return Status::Ok;
  int64_t f;
  if (failed(int_to_i64(vm, args[at], f))) return Status::Error;
  flags = int(f);
  return Status::Ok;
}

Value s_recv(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SOCK(self);
  int64_t n;
  int flags;
  if (failed(int_to_i64(vm, args[0], n)) || failed(flags_arg(vm, args, nargs, 1, flags))) return Value::null();
  if (n < 0) return raise(vm, vm.ValueError, "negative buffersize in recv");
  if (failed(wait_ready(vm, s, POLLIN))) return Value::null();
  std::string buf(size_t(n), '\0');
  ssize_t r;
  do {
    r = ::recv(int(s->index), buf.data(), buf.size(), flags);
  } while (r < 0 && errno == EINTR);
  if (r < 0) return raise_os_error(vm, errno);
  buf.resize(size_t(r));
  return new_bytes(vm, buf);
}

Value s_send(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SOCK(self);
  std::string_view data;
  if (!bytes_view(args[0], data))
    return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[0]));
  int flags;
  if (failed(flags_arg(vm, args, nargs, 1, flags))) return Value::null();
  if (failed(wait_ready(vm, s, POLLOUT))) return Value::null();
  ssize_t r;
  do {
    r = ::send(int(s->index), data.data(), data.size(), flags | MSG_NOSIGNAL);
  } while (r < 0 && errno == EINTR);
  if (r < 0) return raise_os_error(vm, errno);
  return Value::small(r);
}

Value s_sendall(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SOCK(self);
  std::string_view data;
  if (!bytes_view(args[0], data))
    return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[0]));
  std::string copy(data);  // the buffer may move while we wait
  int flags;
  if (failed(flags_arg(vm, args, nargs, 1, flags))) return Value::null();
  size_t done = 0;
  while (done < copy.size()) {
    if (failed(wait_ready(vm, s, POLLOUT))) return Value::null();
    ssize_t r = ::send(int(s->index), copy.data() + done, copy.size() - done, flags | MSG_NOSIGNAL);
    if (r < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(vm, errno);
    }
    done += size_t(r);
  }
  return Value::none();
}

Value s_shutdown(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SOCK(self);
  int64_t how;
  if (failed(int_to_i64(vm, args[0], how))) return Value::null();
  if (::shutdown(int(s->index), int(how)) < 0) return raise_os_error(vm, errno);
  return Value::none();
}

Value sockaddr_value(VM& vm, const sockaddr_storage& ss, socklen_t len) {
  if (ss.ss_family == AF_UNIX) {
    auto* un = reinterpret_cast<const sockaddr_un*>(&ss);
    size_t n = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
    std::string path(un->sun_path, strnlen(un->sun_path, n));
    return new_str(vm, path);
  }
  char host[INET6_ADDRSTRLEN] = "";
  int port = 0;
  if (ss.ss_family == AF_INET) {
    auto* in = reinterpret_cast<const sockaddr_in*>(&ss);
    inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
    port = ntohs(in->sin_port);
  } else if (ss.ss_family == AF_INET6) {
    auto* in6 = reinterpret_cast<const sockaddr_in6*>(&ss);
    inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
    port = ntohs(in6->sin6_port);
  }
  Value h = new_str(vm, host);
  if (h.is_null()) return h;
  Root rh(vm, h);
  Value items[2] = {h, Value::small(port)};
  return new_tuple_from(vm, items, 2);
}

Value s_getsockname(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  if (::getsockname(int(s->index), reinterpret_cast<sockaddr*>(&ss), &len) < 0) return raise_os_error(vm, errno);
  return sockaddr_value(vm, ss, len);
}

Value s_getpeername(VM& vm, Value self, Value*, size_t, Tuple*) {
  SOCK(self);
  sockaddr_storage ss{};
  socklen_t len = sizeof ss;
  if (::getpeername(int(s->index), reinterpret_cast<sockaddr*>(&ss), &len) < 0) return raise_os_error(vm, errno);
  return sockaddr_value(vm, ss, len);
}

Type* socket_type(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "_socket");
  Value t = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, "socket") : Value::null();
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

Value m_socketpair(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"family", "type", "proto"};
  Value a[3];
  if (failed(parse_args(vm, "socketpair", args, nargs, kw, names, 3, 0, a))) return Value::null();
  int64_t v[3] = {AF_UNIX, SOCK_STREAM, 0};
  for (int i = 0; i < 3; i++)
    if (!a[i].is_null() && !a[i].is_none() && failed(int_to_i64(vm, a[i], v[i]))) return Value::null();
  int fds[2];
  if (::socketpair(int(v[0]), int(v[1]) | SOCK_CLOEXEC, int(v[2]), fds) < 0) return raise_os_error(vm, errno);
  Type* t = socket_type(vm);
  Value x = new_socket(vm, t, fds[0], int(v[0]), int(v[1]), int(v[2]));
  if (x.is_null()) {
    ::close(fds[0]);
    ::close(fds[1]);
    return x;
  }
  Root rx(vm, x);
  Value y = new_socket(vm, t, fds[1], int(v[0]), int(v[1]), int(v[2]));
  if (y.is_null()) {
    ::close(fds[1]);
    return y;
  }
  Root ry(vm, y);
  Value items[2] = {x, y};
  return new_tuple_from(vm, items, 2);
}

Value m_dup(VM& vm, Value, Value* args, size_t, Tuple*) {
  int64_t fd;
  if (failed(int_to_i64(vm, args[0], fd))) return Value::null();
  int r = ::fcntl(int(fd), F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_os_error(vm, errno);
  return Value::small(r);
}

Value m_close(VM& vm, Value, Value* args, size_t, Tuple*) {
  int64_t fd;
  if (failed(int_to_i64(vm, args[0], fd))) return Value::null();
  if (::close(int(fd)) < 0 && errno != ECONNRESET) return raise_os_error(vm, errno);
  return Value::none();
}

Value m_getdefaulttimeout(VM& vm, Value, Value*, size_t, Tuple*) { return default_timeout(vm); }

Value m_setdefaulttimeout(VM& vm, Value, Value* args, size_t, Tuple*) {
  Value t;
  if (failed(timeout_arg(vm, args[0], t))) return Value::null();
  Value m = dict_get_cstr(vm, vm.modules, "_socket");
  if (is_layout(m, Layout::Module) && failed(dict_set_cstr(vm, m.as<Module>()->dict, "_default_timeout", t)))
    return Value::null();
  return Value::none();
}


Value make_socket_module(VM& vm) {
  Value mv = native_module(vm, "_socket");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "socket").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  Type* t = native_type(vm, m, "_socket", "socket", Layout::Iter, sock_ctor);
  if (!t) return Value::null();
  t->finalize = fin_socket;
  static const MethodDef methods[] = {
      {"__init__", s_init, 0, -1, kBuiltinKeywords},
      {"fileno", s_fileno, 0, 0, 0},
      {"detach", s_detach, 0, 0, 0},
      {"close", s_close, 0, 0, 0},
      {"settimeout", s_settimeout, 1, 1, 0},
      {"gettimeout", s_timeout_get, 0, 0, 0},
      {"setblocking", s_setblocking, 1, 1, 0},
      {"getblocking", s_getblocking, 0, 0, 0},
      {"recv", s_recv, 1, 2, 0},
      {"send", s_send, 1, 2, 0},
      {"sendall", s_sendall, 1, 2, 0},
      {"shutdown", s_shutdown, 1, 1, 0},
      {"getsockname", s_getsockname, 0, 0, 0},
      {"getpeername", s_getpeername, 0, 0, 0},
  };
  add_methods(vm, t, methods);
  add_getter(vm, t, "family", s_family);
  add_getter(vm, t, "type", s_type);
  add_getter(vm, t, "proto", s_proto);
  add_getter(vm, t, "timeout", s_timeout_get);
  (void)dict_set_cstr(vm, m->dict, "SocketType", Value::ptr(t));
  static const MethodDef fns[] = {
      {"socketpair", m_socketpair, 0, -1, kBuiltinKeywords},
      {"dup", m_dup, 1, 1, 0},
      {"close", m_close, 1, 1, 0},
      {"getdefaulttimeout", m_getdefaulttimeout, 0, 0, 0},
      {"setdefaulttimeout", m_setdefaulttimeout, 1, 1, 0},
  };
  add_functions(vm, m, fns);
  static const struct { const char* name; int value; } consts[] = {
#define C(n) {#n, n},
      C(AF_UNSPEC) C(AF_UNIX) C(AF_INET) C(AF_INET6) C(SOCK_STREAM) C(SOCK_DGRAM) C(SOCK_RAW)
      C(SOCK_SEQPACKET) C(SOCK_NONBLOCK) C(SOCK_CLOEXEC) C(SOL_SOCKET) C(SO_REUSEADDR) C(SO_REUSEPORT)
      C(SO_KEEPALIVE) C(SO_ERROR) C(SO_TYPE) C(SO_BROADCAST) C(SO_SNDBUF) C(SO_RCVBUF) C(SO_LINGER)
      C(IPPROTO_IP) C(IPPROTO_TCP) C(IPPROTO_UDP) C(IPPROTO_IPV6) C(IPV6_V6ONLY) C(TCP_NODELAY)
      C(MSG_PEEK) C(MSG_DONTWAIT) C(MSG_OOB) C(MSG_WAITALL) C(MSG_NOSIGNAL) C(SHUT_RD) C(SHUT_WR)
      C(SHUT_RDWR) C(SOMAXCONN) C(AI_PASSIVE) C(AI_CANONNAME) C(AI_NUMERICHOST) C(AI_NUMERICSERV)
      C(AI_ADDRCONFIG) C(AI_V4MAPPED) C(AI_ALL) C(NI_NUMERICHOST) C(NI_NUMERICSERV) C(NI_NAMEREQD)
      C(NI_DGRAM) C(NI_NOFQDN) C(EAI_NONAME) C(EAI_AGAIN) C(EAI_FAIL) C(EAI_FAMILY) C(EAI_SERVICE)
#undef C
  };
  for (const auto& c : consts) (void)dict_set_cstr(vm, m->dict, c.name, Value::small(c.value));
  (void)dict_set_cstr(vm, m->dict, "has_ipv6", Value::true_());
  (void)dict_set_cstr(vm, m->dict, "error", Value::ptr(vm.OSError));
  (void)dict_set_cstr(vm, m->dict, "timeout", Value::ptr(vm.TimeoutError));
  if (add_exception_class(vm, m, "socket", "herror", vm.OSError).is_null() ||
      add_exception_class(vm, m, "socket", "gaierror", vm.OSError).is_null())
    return Value::null();
  return mv;
}

}  // namespace

void init_socket(VM& vm) { register_native_module(vm, "_socket", make_socket_module); }

}  // namespace taipan::runtime
