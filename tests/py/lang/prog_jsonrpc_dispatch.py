# JSON-RPC 2.0 style dispatcher: method registry via decorators, param binding with inspect, batches, error objects.
import json, inspect, functools
class RPCError(Exception):
    def __init__(self, code, message, data=None):
        super().__init__(message)
        self.code, self.message, self.data = code, message, data
PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS, INTERNAL = -32700, -32600, -32601, -32602, -32603
class Dispatcher:
    def __init__(self):
        self.methods = {}
        self.calls = []
    def method(self, name=None, *, namespace=""):
        def deco(fn):
            full = (namespace + "." if namespace else "") + (name or fn.__name__)
            self.methods[full] = fn
            @functools.wraps(fn)
            def wrapper(*a, **k):
                return fn(*a, **k)
            wrapper.rpc_name = full
            return wrapper
        return deco
    def _bind(self, fn, params):
        sig = inspect.signature(fn)
        try:
            if isinstance(params, list):
                ba = sig.bind(*params)
            elif isinstance(params, dict):
                ba = sig.bind(**params)
            elif params is None:
                ba = sig.bind()
            else:
                raise RPCError(INVALID_REQUEST, "Invalid Request", "params must be array or object")
        except TypeError as e:
            raise RPCError(INVALID_PARAMS, "Invalid params", str(e))
        ba.apply_defaults()
        for pname, value in ba.arguments.items():
            ann = sig.parameters[pname].annotation
            if ann in (int, float, str, bool, list, dict) and sig.parameters[pname].kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
                ok = isinstance(value, ann) and not (ann is int and isinstance(value, bool))
                if ann is float and isinstance(value, int) and not isinstance(value, bool): ok = True
                if not ok:
                    raise RPCError(INVALID_PARAMS, "Invalid params", f"{pname} must be {ann.__name__}, got {type(value).__name__}")
        return ba
    def handle_one(self, req):
        rid = req.get("id") if isinstance(req, dict) else None
        try:
            if not isinstance(req, dict) or req.get("jsonrpc") != "2.0" or not isinstance(req.get("method"), str):
                raise RPCError(INVALID_REQUEST, "Invalid Request")
            fn = self.methods.get(req["method"])
            if fn is None:
                raise RPCError(METHOD_NOT_FOUND, "Method not found", req["method"])
            ba = self._bind(fn, req.get("params"))
            self.calls.append(req["method"])
            result = fn(*ba.args, **ba.kwargs)
            if "id" not in req:
                return None
            return {"jsonrpc": "2.0", "result": result, "id": rid}
        except RPCError as e:
            err = {"code": e.code, "message": e.message}
            if e.data is not None: err["data"] = e.data
            return {"jsonrpc": "2.0", "error": err, "id": rid}
        except Exception as e:
            return {"jsonrpc": "2.0", "error": {"code": INTERNAL, "message": "Internal error", "data": f"{type(e).__name__}: {e}"}, "id": rid}
    def handle(self, text):
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as e:
            return json.dumps({"jsonrpc": "2.0", "error": {"code": PARSE_ERROR, "message": "Parse error", "data": e.msg}, "id": None})
        if isinstance(payload, list):
            if not payload:
                return json.dumps(self.handle_one(None))
            out = [r for r in (self.handle_one(p) for p in payload) if r is not None]
            return json.dumps(out, sort_keys=True) if out else ""
        r = self.handle_one(payload)
        return json.dumps(r, sort_keys=True) if r is not None else ""
rpc = Dispatcher()
store = {}
@rpc.method()
def add(a: int, b: int = 0) -> int:
    "Add two ints."
    return a + b
@rpc.method("sub")
def subtract(minuend: float, subtrahend: float):
    return minuend - subtrahend
@rpc.method(namespace="kv")
def set(key: str, value):
    old = store.get(key)
    store[key] = value
    return old
@rpc.method(namespace="kv")
def get(key: str, default=None):
    return store.get(key, default)
@rpc.method(namespace="kv")
def keys():
    return sorted(store)
@rpc.method()
def concat(*parts, sep: str = ""):
    return sep.join(str(p) for p in parts)
@rpc.method()
def divide(a, b):
    return a / b
@rpc.method()
def stats(numbers: list):
    n = len(numbers)
    mean = sum(numbers) / n
    var = sum((x - mean) ** 2 for x in numbers) / n
    return {"n": n, "mean": round(mean, 6), "var": round(var, 6), "min": min(numbers), "max": max(numbers)}
print(add.__name__, add.__doc__, add.rpc_name, set.rpc_name, add(2, 3))
requests = [
    '{"jsonrpc": "2.0", "method": "add", "params": [1, 2], "id": 1}',
    '{"jsonrpc": "2.0", "method": "add", "params": {"a": 5}, "id": 2}',
    '{"jsonrpc": "2.0", "method": "add", "params": [1, 2, 3], "id": 3}',
    '{"jsonrpc": "2.0", "method": "add", "params": ["x", 2], "id": 4}',
    '{"jsonrpc": "2.0", "method": "add", "params": [true, 2], "id": 5}',
    '{"jsonrpc": "2.0", "method": "sub", "params": {"minuend": 42, "subtrahend": 23.5}, "id": "abc"}',
    '{"jsonrpc": "2.0", "method": "nope", "id": 6}',
    '{"jsonrpc": "2.0", "method": "kv.set", "params": ["k1", {"nested": [1, 2]}]}',
    '{"jsonrpc": "2.0", "method": "kv.set", "params": {"key": "k2", "value": null}, "id": 7}',
    '{"jsonrpc": "2.0", "method": "kv.set", "params": ["k1", "replaced"], "id": 8}',
    '{"jsonrpc": "2.0", "method": "kv.get", "params": ["missing", "dflt"], "id": 9}',
    '{"jsonrpc": "2.0", "method": "kv.keys", "id": 10}',
    '{"jsonrpc": "2.0", "method": "concat", "params": [1, "a", null, 2.5], "id": 11}',
    '{"jsonrpc": "2.0", "method": "concat", "params": {"sep": "-"}, "id": 12}',
    '{"jsonrpc": "2.0", "method": "divide", "params": [1, 0], "id": 13}',
    '{"jsonrpc": "2.0", "method": "stats", "params": [[3, 1, 4, 1, 5, 9, 2, 6]], "id": 14}',
    '{"jsonrpc": "1.0", "method": "add", "id": 15}',
    '{"jsonrpc": "2.0", "method": 5, "id": 16}',
    '{"jsonrpc": "2.0", "method": "add", "params": "bad", "id": 17}',
    '{"jsonrpc": "2.0", "method": "add", "params": [1, 2], "id": 1',
    '[]',
    '[1, 2]',
    '[{"jsonrpc": "2.0", "method": "add", "params": [10, 20], "id": "b1"}, {"jsonrpc": "2.0", "method": "kv.set", "params": ["z", 0]}, {"foo": "bar"}, {"jsonrpc": "2.0", "method": "kv.keys", "id": "b2"}]',
    '[{"jsonrpc": "2.0", "method": "kv.set", "params": ["n1", 1]}]',
    '{"jsonrpc": "2.0", "method": "stats", "params": {"numbers": []}, "id": 18}',
    '"just a string"',
]
for r in requests:
    print(rpc.handle(r) or "<no response>")
print("calls", rpc.calls)
print("store", json.dumps(store, sort_keys=True))
print(json.dumps({"b": [1.5, float(2), True, None, "é\n"], "a": {"x": (1, 2)}}, sort_keys=True, indent=2, ensure_ascii=True))
print(json.loads('{"big": 123456789012345678901234567890, "f": 1e400, "neg": -0.0, "u": "\\u00e9\\ud83d\\ude00"}'))
for bad in ['{"a": 1,}', "[1, 2", "nul", '{"a" 1}', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
