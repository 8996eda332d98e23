# unittest: assertRaises/assertRaisesRegex/assertWarns/assertWarnsRegex/assertLogs as context managers, failure messages of assert* methods, and a TextTestRunner summary.
import io
import logging
import unittest
import warnings


class Checks(unittest.TestCase):
    maxDiff = None

    def test_raises_context(self):
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        print("raises", type(cm.exception).__name__, cm.exception.args)
        with self.assertRaisesRegex(ValueError, r"inv.*literal") as cm:
            int("x")
        print("regex", str(cm.exception))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)

    def test_warns_context(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        print("warns", str(cm.warning), cm.filename.endswith(".py"), cm.lineno > 0)
        with self.assertWarnsRegex(UserWarning, "sp.m") as cm:
            warnings.warn("spam here")
        print("warns regex", str(cm.warning))

    def test_logs_context(self):
        with self.assertLogs("unit.logger", level="INFO") as cm:
            logging.getLogger("unit.logger").info("first")
            logging.getLogger("unit.logger.child").error("second %d", 2)
        print("logs", cm.output, [r.levelname for r in cm.records])
        with self.assertNoLogs("unit.quiet", level="ERROR"):
            logging.getLogger("unit.quiet").warning("below level")

    def test_failure_messages(self):
        cases = [
            lambda: self.assertEqual([1, 2, 3], [1, 2, 4]),
            lambda: self.assertEqual({"a": 1}, {"a": 2}),
            lambda: self.assertEqual("abc\ndef\n", "abc\nxyz\n"),
            lambda: self.assertTrue(0, "custom message"),
            lambda: self.assertIn(5, [1, 2]),
            lambda: self.assertIsNone(3),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.05, delta=0.01),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertIsInstance(3, str),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertRegex("hello", r"^x"),
            lambda: self.assertTupleEqual((1, 2), (1, 3)),
            lambda: self.assertSetEqual({1, 2}, {2, 3}),
            lambda: self.assertMultiLineEqual("a\nb\n", "a\nc\n"),
        ]
        for case in cases:
            try:
                case()
                print("no failure")
            except AssertionError as e:
                print("FAIL:", str(e).splitlines())

    def test_raises_failures(self):
        try:
            with self.assertRaises(KeyError):
                pass
        except AssertionError as e:
            print("not raised:", e)
        try:
            with self.assertRaisesRegex(ValueError, "nomatch"):
                raise ValueError("something")
        except AssertionError as e:
            print("regex miss:", e)
        try:
            with self.assertWarns(RuntimeWarning):
                pass
        except AssertionError as e:
            print("no warning:", e)
        try:
            with self.assertLogs("unit.none"):
                pass
        except AssertionError as e:
            print("no logs:", e)
        with self.assertRaises(TypeError):
            with self.assertRaises(KeyError):
                raise TypeError("other type escapes")
        print("other type passed through")


loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(Checks)
print(suite.countTestCases(), loader.getTestCaseNames(Checks))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print(stream.getvalue().splitlines()[-1])
