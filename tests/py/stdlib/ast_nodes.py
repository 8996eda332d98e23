# _ast node classes: construction, _fields/_attributes, isinstance, errors, ast.dump, literal_eval of hand-built trees, NodeVisitor/Transformer
import ast

print(ast.AST, ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__, ast.AST.__module__)
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.Name.__mro__)
print(ast.arguments._fields, ast.arguments.vararg, ast.arguments.kwarg, ast.Constant.kind)
print(ast.FunctionDef.__doc__)
print(ast.stmt.end_lineno, ast.expr.end_col_offset, hasattr(ast.stmt, "lineno"))
print(issubclass(ast.Add, ast.operator), issubclass(ast.Load, ast.expr_context), isinstance(ast.Pass(), ast.stmt))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

n = ast.Name("x", ast.Load(), lineno=3, col_offset=4)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno, sorted(n.__dict__))
empty = ast.Name()
print(hasattr(empty, "id"), empty.__dict__)
try:
    empty.id
except AttributeError as e:
    print("AttributeError", e)
for args in [(1, 2, 3), (1,)]:
    try:
        ast.Constant(*args) if len(args) == 1 else ast.Name(*args)
        print("ok", args)
    except TypeError as e:
        print("TypeError", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError", e)
try:
    ast.AST(1)
except TypeError as e:
    print("TypeError", e)
print(ast.Name(id="y", extra=5).extra)

tree = ast.Module(
    body=[
        ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("x", ast.Load())], [])),
    ],
    type_ignores=[],
)
print(ast.dump(tree))
print(ast.dump(tree, indent=2))
print(ast.dump(ast.Name("q", ast.Load(), lineno=1, col_offset=0), include_attributes=True))
print(ast.dump(ast.Constant(value=3, kind=None), annotate_fields=False))
ast.fix_missing_locations(tree)
print(tree.body[0].lineno, tree.body[1].value.col_offset)

lit = ast.Expression(ast.Dict([ast.Constant("a"), ast.Constant("b")],
                              [ast.List([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ast.Load()),
                               ast.Tuple([ast.Constant(True), ast.Constant(None), ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j))], ast.Load())]))
print(ast.literal_eval(lit))
print(ast.literal_eval(ast.Set([ast.Constant(1), ast.Constant(1)])))
try:
    ast.literal_eval(ast.Name("x", ast.Load()))
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names, [type(x).__name__ for x in ast.walk(tree)])
print([f for f in ast.iter_fields(tree.body[0])][0][0], len(list(ast.iter_child_nodes(tree))))


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(node.id.upper(), node.ctx)


print(ast.dump(Renamer().visit(tree)))


class MyNode(ast.expr):
    _fields = ("a", "b")


m = MyNode(1, b=2)
print(m.a, m.b, isinstance(m, ast.AST), MyNode.__match_args__)
match ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)):
    case ast.BinOp(ast.Constant(l), ast.Add(), right=ast.Constant(value=r)):
        print("matched", l, r)
print(ast.Num, isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num))
print(ast.Constant(5).n, ast.get_docstring(ast.Module([ast.Expr(ast.Constant("doc"))], [])))
r = ast.Name("z").__reduce__()
print(r[0].__name__, r[1], r[2])
import copy
d = copy.deepcopy(tree)
print(ast.dump(d) == ast.dump(tree), d is not tree)
