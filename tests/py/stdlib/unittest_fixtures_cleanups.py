# unittest: setUpClass/tearDownClass order, addCleanup/doCleanups LIFO order, addClassCleanup, errors in setUp/tearDown/setUpClass/cleanups, suites and loader ordering.
import io
import unittest

events = []


class Ordered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.shared = [0]
        cls.addClassCleanup(events.append, "class cleanup 1")
        cls.addClassCleanup(events.append, "class cleanup 2")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass shared=%d" % cls.shared[0])

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup A " + self._testMethodName)
        self.addCleanup(lambda: events.append("cleanup B " + self._testMethodName))

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_b(self):
        self.shared[0] += 1
        events.append("test_b")

    def test_a(self):
        self.shared[0] += 10
        events.append("test_a")

    def test_c_fails(self):
        events.append("test_c_fails")
        self.fail("deliberate")


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("broken setUpClass")
        raise RuntimeError("class setup failed")

    @classmethod
    def tearDownClass(cls):
        events.append("never: tearDownClass")

    def test_never(self):
        events.append("never: test")


class BrokenPieces(unittest.TestCase):
    def test_setup_error(self):
        pass

    def setUp(self):
        if self._testMethodName == "test_setup_error":
            self.addCleanup(events.append, "cleanup still runs after setUp error")
            raise KeyError("setUp")

    def test_teardown_error(self):
        events.append("test_teardown_error body")

    def tearDown(self):
        if self._testMethodName == "test_teardown_error":
            raise ValueError("tearDown")

    def test_cleanup_error(self):
        def bad():
            raise OSError("cleanup failed")
        self.addCleanup(events.append, "later cleanup runs")
        self.addCleanup(bad)
        events.append("test_cleanup_error body")

    def test_do_cleanups(self):
        self.addCleanup(events.append, "explicit doCleanups")
        self.doCleanups()
        events.append("after doCleanups")


def run(*cases):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for c in cases:
        suite.addTests(loader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    del events[:]
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    for e in events:
        print("  ", e)
    print("run", result.testsRun, "failures", [str(t).split(" ")[0] for t, _ in result.failures],
          "errors", [(str(t).split(" ")[0], tb.strip().splitlines()[-1]) for t, tb in result.errors])


run(Ordered)
run(BrokenSetUpClass)
run(BrokenPieces)

# loader configuration
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Ordered))
loader.testMethodPrefix = "test_c"
print(loader.getTestCaseNames(Ordered))
suite = unittest.TestSuite([Ordered("test_a"), unittest.TestSuite([Ordered("test_b")])])
print(suite.countTestCases(), [t.id().rsplit(".", 1)[-1] for t in suite._tests[:1]])
try:
    Ordered("no_such_method")
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
tc = unittest.FunctionTestCase(lambda: events.append("function test"), description="a function test")
print(tc.shortDescription(), str(tc).startswith("<lambda>"))
