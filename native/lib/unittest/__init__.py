# unittest: test cases, suites, a loader, a text runner and main(), as CPython's unittest.
import sys

# The frozen-module build maps the string constants "." and "~" onto other qstrs
# ("_dot_", U+02DC): they are spelled with chr() here.
_DOT = chr(46)


__all__ = ["TestCase", "FunctionTestCase", "TestSuite", "TestLoader", "TextTestRunner",
           "TestResult", "TextTestResult", "SkipTest", "skip", "skipIf", "skipUnless",
           "expectedFailure", "main", "defaultTestLoader", "TestProgram"]

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        r = repr(obj)
    except Exception:
        r = object.__repr__(obj)
    if not short or len(r) < _MAX_LENGTH:
        return r
    return r[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, getattr(cls, "__qualname__", cls.__name__))


def _format_exc(e):
    import io
    s = io.StringIO()
    pe = getattr(sys, "print_exception", None)
    if pe is not None:
        pe(e, s)
    else:
        s.write("%s: %s\n" % (type(e).__name__, e))
    # leave out unittest's own frames, as CPython does
    return "".join(l for l in s.getvalue().splitlines(True) if "unittest/__init__.py" not in l)


class SkipTest(Exception):
    pass


class _ExpectedFailure(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


class _ShouldStop(Exception):
    pass


def _wraps(f, w):
    for a in ("__name__", "__qualname__", "__doc__", "__module__"):
        try:
            setattr(w, a, getattr(f, a))
        except AttributeError:
            pass
    return w


def skip(reason):
    def decorator(item):
        if isinstance(item, type):
            item.__unittest_skip__ = True
            item.__unittest_skip_why__ = reason
            return item

        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        return _wraps(item, skip_wrapper)
    if callable(reason) and not isinstance(reason, str):
        # @skip used without a reason
        item, reason = reason, ""
        return decorator(item)
    return decorator


def _id(obj):
    return obj


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return skip(reason) if not condition else _id


def expectedFailure(test_item):
    if isinstance(test_item, type):
        test_item.__unittest_expecting_failure__ = True
        return test_item

    def wrapper(*args, **kwargs):
        try:
            test_item(*args, **kwargs)
        except SkipTest:
            raise
        except Exception as e:
            raise _ExpectedFailure(e)
        raise _UnexpectedSuccess()
    return _wraps(test_item, wrapper)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            exp = self.expected
            name = getattr(exp, "__name__", None) or str(exp)
            self.test_case._fail_default(self.msg, "%s not raised" % name)
        if not issubclass(exc_type, self.expected):
            return False
        if exc_value is None:
            exc_value = exc_type()
        self.exception = exc_value
        if self.expected_regex is not None:
            import re
            pat = self.expected_regex
            if isinstance(pat, str):
                pat = re.compile(pat)
            if not pat.search(str(exc_value)):
                self.test_case._fail_default(
                    self.msg, '"%s" does not match "%s"' % (getattr(pat, "pattern", self.expected_regex), str(exc_value)))
        return True

    def handle(self, name, args, kwargs):
        if not args:
            return self
        callable_obj = args[0]
        with self:
            callable_obj(*args[1:], **kwargs)
        return None


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.warning = None
        self.warnings = []

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self.warnings = self._cm.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        import re
        for w in self.warnings:
            if not issubclass(w.category, self.expected):
                continue
            if self.expected_regex is not None and not re.search(self.expected_regex, str(w.message)):
                continue
            self.warning = w.message
            self.filename = w.filename
            self.lineno = w.lineno
            return None
        self.test_case._fail_default(self.msg, "%s not triggered" % self.expected.__name__)

    def handle(self, name, args, kwargs):
        if not args:
            return self
        with self:
            args[0](*args[1:], **kwargs)


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[%s]" % self._message)
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % (k, v) for k, v in self.params.items()))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "%s %s" % (self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        result = self.case._result
        if result is None or exc_type is None:
            if exc_type is None and result is not None and hasattr(result, "addSubTest"):
                result.addSubTest(self.case, _SubTest(self.case, self.msg, self.params), None)
            return False
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit, _ShouldStop)):
            return False
        sub = _SubTest(self.case, self.msg, self.params)
        if issubclass(exc_type, SkipTest):
            result.addSkip(sub, str(exc_value))
        else:
            result.addSubTest(self.case, sub, (exc_type, exc_value, tb))
            self.case._subtest_failed = True
        return True


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._result = None
        self._outcome_failed = False
        try:
            getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))

    # --- fixtures ---
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = cm.__enter__()
        self.addCleanup(cm.__exit__, None, None, None)
        return result

    def doCleanups(self):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                ok = False
                if self._result is not None:
                    self._result.addError(self, (type(e), e, None))
        return ok

    # --- identity ---
    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def shortDescription(self):
        doc = getattr(getattr(self, self._testMethodName, None), "__doc__", None)
        return doc.strip().split("\n")[0].strip() if doc else None

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # --- running ---
    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start = getattr(result, "startTestRun", None)
            if start is not None:
                start()
        self._result = result
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        try:
            cls = self.__class__
            if getattr(cls, "__unittest_skip__", False):
                result.addSkip(self, getattr(cls, "__unittest_skip_why__", ""))
                return result
            expecting_failure = getattr(cls, "__unittest_expecting_failure__", False)
            self._subtest_failed = False
            outcome = self._run_phase(result, self.setUp)
            if outcome is None:
                outcome = self._run_phase(result, method, expecting_failure)
                if outcome is None and self._subtest_failed:
                    outcome = "subfail"
                t = self._run_phase(result, self.tearDown)
                if outcome is None:
                    outcome = t
            cleanup_ok = self.doCleanups()
            if outcome is None and cleanup_ok:
                if expecting_failure:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            return result
        finally:
            result.stopTest(self)
            self._result = None

    def _run_phase(self, result, fn, expecting_failure=False):
        # Runs one phase; reports its outcome and returns None when it passed.
        try:
            fn()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
            return "skip"
        except _ExpectedFailure as e:
            result.addExpectedFailure(self, (type(e.args[0]), e.args[0], None))
            return "xfail"
        except _UnexpectedSuccess:
            result.addUnexpectedSuccess(self)
            return "xpass"
        except self.failureException as e:
            if expecting_failure:
                result.addExpectedFailure(self, (type(e), e, None))
                return "xfail"
            result.addFailure(self, (type(e), e, None))
            return "fail"
        except Exception as e:
            if expecting_failure:
                result.addExpectedFailure(self, (type(e), e, None))
                return "xfail"
            result.addError(self, (type(e), e, None))
            return "error"
        return None

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    # --- assertions ---
    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return "%s : %s" % (standardMsg, msg)

    def _fail_default(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_default(msg, "%s is not true" % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_default(msg, "%s is not false" % safe_repr(expr))

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            f = {dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
                 set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual"}.get(type(first))
            if f is not None:
                return getattr(self, f)
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_default(msg, "%s != %s" % (safe_repr(first), safe_repr(second)))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_default(msg, "%s == %s" % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._fail_default(msg, standardMsg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        self._fail_default(msg, standardMsg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s" % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s" % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        if seq1 == seq2:
            return
        differing = "%ss differ: %s != %s\n" % (
            seq_type_name[0].upper() + seq_type_name[1:], safe_repr(seq1, True), safe_repr(seq2, True))
        len1 = len(seq1)
        len2 = len(seq2)
        if len1 == len2 and seq_type is None and all(a == b for a, b in zip(seq1, seq2)):
            return
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                differing += "\nFirst differing element %d:\n%s\n%s\n" % (
                    i, safe_repr(seq1[i], True), safe_repr(seq2[i], True))
                break
        else:
            if len1 > len2:
                differing += "\nFirst %s contains %d additional elements.\n" % (seq_type_name, len1 - len2)
                differing += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2], True))
            elif len1 < len2:
                differing += "\nSecond %s contains %d additional elements.\n" % (seq_type_name, len2 - len1)
                differing += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1], True))
        self._fail_default(msg, differing)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
            difference2 = set2.difference(set1)
        except (TypeError, AttributeError) as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append("Items in the first set but not the second:")
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append("Items in the second set but not the first:")
            for item in difference2:
                lines.append(repr(item))
        self._fail_default(msg, "\n".join(lines))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            self._fail_default(msg, "%s != %s" % (safe_repr(d1, True), safe_repr(d2, True)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            standard = "%s != %s" % (safe_repr(first, True), safe_repr(second, True))
            a = first.splitlines(True) or [""]
            b = second.splitlines(True) or [""]
            diff = "".join(["- " + l if l.endswith("\n") else "- " + l + "\n" for l in a if l not in b] +
                           ["+ " + l if l.endswith("\n") else "+ " + l + "\n" for l in b if l not in a])
            self._fail_default(msg, standard + "\n" + diff)

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        missing = list(second_seq)
        unexpected = []
        for x in first_seq:
            for i, y in enumerate(missing):
                if x == y:
                    del missing[i]
                    break
            else:
                unexpected.append(x)
        if missing or unexpected:
            parts = []
            if unexpected:
                parts.append("First has %s, Second has 0:  %s" % (len(unexpected), safe_repr(unexpected)))
            if missing:
                parts.append("First has 0, Second has %s:  %s" % (len(missing), safe_repr(missing)))
            self._fail_default(msg, "Element counts were not equal:\n" + "\n".join(parts))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_default(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_default(msg, "unexpectedly identical: %s" % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_default(msg, "%s is not None" % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_default(msg, "unexpectedly None")

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_default(msg, "%s not found in %s" % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_default(msg, "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_default(msg, "%s is not an instance of %r" % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_default(msg, "%s is an instance of %r" % (safe_repr(obj), cls))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_default(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_default(msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_default(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_default(msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b)))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        pat = expected_regex
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            pat = getattr(expected_regex, "pattern", pat)
            self._fail_default(msg, "Regex didn't match: %r not found in %r" % (pat, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        pat = unexpected_regex
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        m = unexpected_regex.search(text)
        if m:
            pat = getattr(unexpected_regex, "pattern", pat)
            self._fail_default(msg, "Regex matched: %r matches %r in %r" % (m.group(0), pat, text))

    def assertRaises(self, expected_exception, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _AssertRaisesContext(expected_exception, self, None, msg).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _AssertRaisesContext(expected_exception, self, expected_regex, msg).handle(
            "assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _AssertWarnsContext(expected_warning, self, None, msg).handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        msg = kwargs.pop("msg", None)
        return _AssertWarnsContext(expected_warning, self, expected_regex, msg).handle(
            "assertWarnsRegex", args, kwargs)

    # deprecated aliases still used by old code
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnless = assert_ = assertTrue
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return getattr(self._testFunc, "__name__", "<function>")

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), getattr(self._testFunc, "__name__", "<function>"))

    def shortDescription(self):
        if self._description is not None:
            return self._description
        return None


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, TestSuite):
            return NotImplemented
        return list(self) == list(other)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("%r is not callable" % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        top = not getattr(result, "_suite_running", False)
        if top:
            result._suite_running = True
            result._class_state = {}
        try:
            for test in self._tests:
                if result.shouldStop:
                    break
                if isinstance(test, TestCase):
                    if not self._setup_class(test.__class__, result):
                        continue
                test(result)
        finally:
            if top:
                self._teardown_classes(result)
                result._suite_running = False
        return result

    def _setup_class(self, cls, result):
        state = result._class_state
        if cls in state:
            return state[cls]
        # tear down the previous class before setting up the next one, as CPython does
        self._teardown_classes(result)
        ok = True
        if not getattr(cls, "__unittest_skip__", False):
            try:
                cls.setUpClass()
            except SkipTest as e:
                ok = False
                for t in self._tests:
                    if type(t) is cls:
                        result.addSkip(t, str(e))
            except Exception as e:
                ok = False
                result.addError(_ErrorHolder("setUpClass (%s)" % strclass(cls)), (type(e), e, None))
        state[cls] = ok
        result._class_current = cls if ok else None
        return ok

    def _teardown_classes(self, result):
        cls = getattr(result, "_class_current", None)
        result._class_current = None
        if cls is None or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls.tearDownClass()
        except Exception as e:
            result.addError(_ErrorHolder("tearDownClass (%s)" % strclass(cls)), (type(e), e, None))

    def debug(self):
        for test in self._tests:
            test.debug()


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        return _format_exc(value)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return "\n".join((str(test), doc))
        return str(test)

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.write("\n")
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.write(status + "\n")
        self.stream.flush()
        self._newline = True

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _report(self, test, long, short):
        if self.showAll:
            self._write_status(test, long)
        elif self.dots:
            self.stream.write(short)
            self.stream.flush()

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._report(test, "ok", _DOT)

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._report(test, "ERROR", "E")

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._report(test, "FAIL", "F")

    def addSubTest(self, test, subtest, err):
        if err is not None:
            TestResult.addSubTest(self, test, subtest, err)
            if issubclass(err[0], test.failureException):
                self._report(subtest, "FAIL", "F")
            else:
                self._report(subtest, "ERROR", "E")

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._report(test, "skipped %r" % (reason,), "s")

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._report(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._report(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        for test in self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + "\n")
            self.stream.write("%s\n" % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.warnings = warnings
        self.tb_locals = tb_locals
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        import time
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        clock = getattr(time, "perf_counter", None) or time.time
        start = clock()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = clock() - start
        result.printErrors()
        w = self.stream.write
        w(result.separator2 + "\n")
        run = result.testsRun
        w("Ran %d test%s in %.3fs\n" % (run, run != 1 and "s" or "", taken))
        w("\n")
        infos = []
        if not result.wasSuccessful():
            w("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0:
            w("NO TESTS RAN")
        else:
            w("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            w(" (%s)\n" % ", ".join(infos))
        else:
            w("\n")
        if hasattr(self.stream, "flush"):
            self.stream.flush()
        return result


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = None
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = []
        seen = set()
        for klass in _all_classes(testCaseClass):
            for name in getattr(klass, "__dict__", {}):
                if name in seen:
                    continue
                seen.add(name)
                if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name, None)):
                    names.append(name)
        for name in dir(testCaseClass):
            if name not in seen and name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name, None)):
                names.append(name)
                seen.add(name)
        if self.testNamePatterns:
            import fnmatch
            full = strclass(testCaseClass) + _DOT
            names = [n for n in names
                     if any(fnmatch.fnmatchcase(full + n, p) for p in self.testNamePatterns)]
        if self.sortTestMethodsUsing is not None:
            import functools
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        else:
            names.sort()
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite.")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in sorted(dir(module)):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(_DOT)
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__(_DOT.join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestCase):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
        if hasattr(obj, "__dict__") and not callable(obj):
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        import os
        import fnmatch
        if top_level_dir is None:
            top_level_dir = start_dir
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        tests = []
        for name in sorted(os.listdir(start_dir)):
            if name.endswith(".py") and fnmatch.fnmatch(name, pattern):
                modname = name[:-3]
                try:
                    mod = __import__(modname)
                except Exception as e:
                    self.errors.append("Failed to import test module: %s\n%s" % (modname, _format_exc(e)))
                    continue
                tests.append(self.loadTestsFromModule(mod))
        return self.suiteClass(tests)


def _all_classes(cls):
    out = [cls]
    for b in getattr(cls, "__bases__", ()):
        for c in _all_classes(b):
            if c not in out:
                out.append(c)
    return out


defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, tb_locals=False):
        if isinstance(module, str):
            module = __import__(module)
            for part in ():
                module = getattr(module, part)
        self.module = module
        if argv is None:
            argv = getattr(sys, "argv", None) or ["python"]
        self.exit = exit
        self.failfast = failfast
        self.verbosity = verbosity
        self.buffer = buffer
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.testNames = None
        self._parse_args(list(argv))
        self.createTests()
        self.runTests()

    def _parse_args(self, argv):
        names = []
        for a in argv[1:]:
            if a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a in ("-f", "--failfast"):
                self.failfast = True
            elif a in ("-b", "--buffer"):
                self.buffer = True
            elif not a.startswith("-"):
                names.append(a)
        if names:
            self.testNames = names
        elif self.defaultTest is not None:
            self.testNames = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            try:
                runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast), buffer=bool(self.buffer))
            except TypeError:
                runner = runner()
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
