# except*: what a try/except* statement raises at its end -- re-raised parts keep the original
# nesting and metadata, newly raised exceptions become siblings in a new group.
import sys


def show(label, f):
    try:
        f()
        print(label, "-> nothing")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
        return e


def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), "tb" if e.__traceback__ else "no tb",
              getattr(e, "__notes__", None))
        for x in e.exceptions:
            tree(x, depth + 1)
    else:
        print(pad + repr(e), "ctx=" + repr(e.__context__), "cause=" + repr(e.__cause__))


orig = ExceptionGroup("orig", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
orig.add_note("original note")


def nothing_matches():
    try:
        raise orig
    except* KeyError:
        print("unreachable")


e = show("nothing matches", nothing_matches)
print(e is orig, e.exceptions == orig.exceptions, e.__notes__, e.__notes__ is orig.__notes__)
tree(e)


def reraise_two():
    try:
        raise orig
    except* ValueError:
        raise
    except* OSError:
        raise


e = show("reraise two", reraise_two)
tree(e)


def raise_in_two():
    try:
        raise orig
    except* ValueError as v:
        raise KeyError("from V")
    except* OSError as o:
        raise RuntimeError("from O") from o


e = show("raise in two", raise_in_two)
tree(e)
print(e.exceptions[0].__context__.exceptions, e.exceptions[1].__cause__.exceptions)


def raise_group_in_handler():
    try:
        raise orig
    except* TypeError:
        raise ExceptionGroup("fresh", [IndexError(5), IndexError(6)])


e = show("group in handler", raise_group_in_handler)
tree(e)


def reraise_matched_by_name():
    try:
        raise orig
    except* TypeError as t:
        raise t


e = show("raise t", reraise_matched_by_name)
tree(e)


def handle_everything():
    try:
        raise orig
    except* ValueError:
        print("values")
    except* (TypeError, OSError) as rest:
        print("rest", repr(rest))


show("handle all", handle_everything)


def base_groups():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), SystemExit(2), ValueError(3)])
    except* ValueError:
        pass
    except* SystemExit:
        raise


e = show("base groups", base_groups)
tree(e)


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print(repr(g), g.exceptions[0].__traceback__ is not None)
        raise KeyError("new")


e = show("naked raise new", naked_raise_new)
print(repr(e.__context__))


def naked_base():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as g:
        print(type(g).__name__, repr(g))
        raise


show("naked base", naked_base)


def exc_info_inside():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        print("exc_info is match:", sys.exc_info()[1] is v)
        try:
            raise IndexError("inner")
        except IndexError:
            print("inner handled, exc_info:", repr(sys.exc_info()[1]))
        print("back:", sys.exc_info()[1] is v)
    except* TypeError as t:
        print("exc_info is match:", sys.exc_info()[1] is t)
    print("after:", sys.exc_info())


exc_info_inside()


def with_finally():
    try:
        try:
            raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("V handled")
        finally:
            print("finally runs")
    except* TypeError as t:
        print("outer got", repr(t))


with_finally()


def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        yield repr(v)
    except* TypeError as t:
        yield repr(t)


print(list(gen()))


def bad_type_expr():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* undefined_name:
        pass


e = show("bad type expr", bad_type_expr)
print(repr(e.__context__))


def predicate_split_raises():
    def pred(x):
        if isinstance(x, TypeError):
            raise LookupError("pred failed")
        return False
    return ExceptionGroup("p", [ValueError(), TypeError()]).split(pred)


show("predicate raises", predicate_split_raises)


class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "*", excs)


def derived_parts():
    try:
        raise Tagged("tag", [ValueError(1), TypeError(2), Tagged("deep", [ValueError(3), KeyError(4)])])
    except* ValueError as v:
        tree(v)


e = show("derived parts", derived_parts)
tree(e)
