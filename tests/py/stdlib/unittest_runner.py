# unittest: a TestCase run by the text runner prints what CPython prints (the timing line
# is normalised), including a failure's traceback with unittest's own frames removed. (The
# corpus runs CPython through exec, so unittest.main() would not find this module's tests
# there; the loader is called directly instead.)
import io
import re
import unittest


class Arith(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_sum(self):
        self.assertEqual(sum(self.items), 6)

    def test_in(self):
        self.assertIn(4, self.items)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_error(self):
        raise KeyError("missing")

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arith)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", stream.getvalue())
print(out)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
