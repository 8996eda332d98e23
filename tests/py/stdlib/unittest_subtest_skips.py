# unittest: subTest (failures and errors per parameter set), skip/skipIf/skipUnless/expectedFailure, SkipTest raised in a test or in setUp, unexpected successes and the result lists.
import io
import unittest


class Params(unittest.TestCase):
    def test_even(self):
        for i in range(6):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_errors_in_subtests(self):
        for name, value in (("int", "3"), ("bad", "x"), ("float", "2.5")):
            with self.subTest(name, value=value):
                int(value)

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)


class Skips(unittest.TestCase):
    @unittest.skip("always skipped")
    def test_skip(self):
        print("never runs")

    @unittest.skipIf(1 + 1 == 2, "math works")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_skip_unless(self):
        pass

    @unittest.skipIf(False, "not skipped")
    def test_runs(self):
        print("runs: skipIf(False)")

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1, 1)

    def test_skip_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("skip one subtest")
                print("subtest body", i)


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class SetUpSkip(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest("skipped from setUp")

    def test_x(self):
        print("never")


def describe(result):
    print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
          "skipped", len(result.skipped), "xfail", len(result.expectedFailures),
          "xpass", len(result.unexpectedSuccesses), "ok", result.wasSuccessful())
    for test, reason in result.skipped:
        print("  skip", test.id().split(".", 1)[1], "-", reason)
    for test, tb in result.failures:
        print("  fail", test.id().split(".", 1)[1], str(test).split(" ", 1)[1] if " " in str(test) else "",
              tb.strip().splitlines()[-1])
    for test, tb in result.errors:
        print("  error", str(test).split(" (")[0], tb.strip().splitlines()[-1])
    for test in result.unexpectedSuccesses:
        print("  xpass", test.id().split(".", 1)[1])


loader = unittest.TestLoader()
for case in (Params, Skips, SkippedClass, SetUpSkip):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(loader.loadTestsFromTestCase(case))
    print(case.__name__)
    describe(result)
    print("  summary:", stream.getvalue().splitlines()[-1])
print(SkippedClass.__unittest_skip__, SkippedClass.__unittest_skip_why__)
print(Skips.test_expected_failure.__unittest_expecting_failure__)
