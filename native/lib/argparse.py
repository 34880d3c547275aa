# argparse: command-line parsing, as CPython's argparse documents it: optional and positional
# arguments, the common actions (store, store_const, store_true/false, append, append_const,
# count, help, version), nargs, type, choices, required, defaults, mutually exclusive groups,
# argument groups, subcommands, and help and usage text laid out as CPython lays it out.
import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "Namespace", "Action",
           "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "SUPPRESS", "OPTIONAL", "ZERO_OR_MORE",
           "ONE_OR_MORE", "REMAINDER", "PARSER", "BooleanOptionalAction", "FileType"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        return "Namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        return isinstance(other, Namespace) and self.__dict__ == other.__dict__

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _arg_name(argument)
        self.message = message
        super().__init__(str(self))

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _arg_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    takes = 1   # values consumed when nargs is None; 0 for flags

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")

    def format_usage(self):
        return self.option_strings[0]


class _Store(Action):
    def __init__(self, option_strings, dest, nargs=None, **kw):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        super().__init__(option_strings, dest, nargs=nargs, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConst(Action):
    takes = 0

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrue(_StoreConst):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required,
                         help=help)


class _StoreFalse(_StoreConst):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required,
                         help=help)


class _Append(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConst(Action):
    takes = 0

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _Count(Action):
    takes = 0

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _Help(Action):
    takes = 0

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _Version(Action):
    takes = 0

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version % {"prog": parser.prog} if self.version else ""
        parser._print(text + "\n", sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    takes = 0

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith("--"):
                strings.append("--no-" + s[2:])
        super().__init__(strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsers(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=PARSER, choices={}, required=required,
                         help=help, metavar=metavar)
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._choices_help = []

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        help_text = kwargs.pop("help", None)
        parser = self._parser_class(**kwargs)
        self.choices[name] = parser
        for alias in aliases:
            self.choices[alias] = parser
        if help_text is not None:
            self._choices_help.append((name, help_text))
        return parser

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self.choices:
            raise ArgumentError(self, "invalid choice: %r (choose from %s)"
                                % (name, ", ".join(repr(c) for c in self.choices)))
        sub = self.choices[name]
        sub_ns, extras = sub.parse_known_args(values[1:], None)
        for k, v in sub_ns.__dict__.items():
            setattr(namespace, k, v)
        if extras:
            more = getattr(namespace, "_unrecognized_args", None) or []
            setattr(namespace, "_unrecognized_args", more + list(extras))


_ACTIONS = {None: _Store, "store": _Store, "store_const": _StoreConst, "store_true": _StoreTrue,
            "store_false": _StoreFalse, "append": _Append, "append_const": _AppendConst,
            "count": _Count, "help": _Help, "version": _Version}


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == "-":
            return sys.stdin if "r" in self._mode else sys.stdout
        try:
            return open(string, self._mode)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


# ---------------------------------------------------------------------------------------------
# Help text

def _wrap(text, width):
    import textwrap
    return textwrap.wrap(" ".join(text.split()), width)


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = 80 - 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in _wrap(text, width - len(indent)))

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        h = action.help
        if h is None:
            h = ""
        if "%(default)" not in h and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                h += " (default: %(default)s)"
        return h


class _Group:
    def __init__(self, parser, title=None, description=None, required=False, exclusive=False):
        self._parser = parser
        self.title = title
        self.description = description
        self.required = required
        self.exclusive = exclusive
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._group_actions.append(action)
        if not self.exclusive:
            # move it out of the default section into this group
            for g in self._parser._groups:
                if g is not self and not g.exclusive and action in g._group_actions:
                    g._group_actions.remove(action)
        elif action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = sys.argv[0].rpartition("/")[2] if sys.argv and sys.argv[0] else "main.py"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._subparsers = None
        self._positionals = _Group(self, "positional arguments")
        self._optionals = _Group(self, "options")
        self._groups = [self._positionals, self._optionals]
        self._exclusive = []
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if "-h" in action.option_strings:
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    # ---- declaring arguments ----

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            # positional
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.pop("dest")
            option_strings = []
            if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs["required"] = True
            if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
                kwargs["required"] = True
        else:
            option_strings = list(args)
            for s in option_strings:
                if not s or s[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (s, chars))
            dest = kwargs.pop("dest", None)
            if dest is None:
                longs = [s for s in option_strings if len(s) > 1 and s[1] in chars]
                dest = (longs[0] if longs else option_strings[0]).lstrip(chars).replace("-", "_")
        if "default" not in kwargs:
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        cls = _ACTIONS.get(action_name, action_name) if not callable(action_name) or action_name is None else action_name
        if isinstance(action_name, str) and action_name not in _ACTIONS:
            raise ValueError("unknown action %r" % (action_name,))
        if cls is None:
            cls = _Store
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = cls(option_strings=option_strings, dest=dest, **kwargs)
        return self._add_action(action)

    def _add_action(self, action):
        for s in action.option_strings:
            if s in self._option_map:
                raise ArgumentError(action, "conflicting option string: %s" % s)
        for s in action.option_strings:
            self._option_map[s] = action
        self._actions.append(action)
        (self._optionals if action.option_strings else self._positionals)._group_actions.append(action)
        return action

    def add_argument_group(self, title=None, description=None):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _Group(self, required=required, exclusive=True)
        self._exclusive.append(g)
        return g

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None,
                       action=None, dest=SUPPRESS, required=False, help=None, metavar=None):
        if self._subparsers is not None:
            raise ArgumentError(None, "cannot have multiple subparser arguments")
        if prog is None:
            prog = " ".join([self.prog] + [self._usage_part(a) for a in self._positionals._group_actions])
            prog = prog.strip()
        sp = _SubParsers([], prog, parser_class or type(self), dest=dest, required=required,
                         help=help, metavar=metavar)
        if title or description:
            g = self.add_argument_group(title, description)
            self._actions.append(sp)
            g._group_actions.append(sp)
        else:
            self._actions.append(sp)
            self._positionals._group_actions.append(sp)
        self._subparsers = sp
        return sp

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = list(sys.argv[1:])
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        more = getattr(namespace, "_unrecognized_args", None)
        if more is not None:
            delattr(namespace, "_unrecognized_args")
            extras.extend(more)
        return namespace, extras

    def _is_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == "-":
            return False
        if arg in self._option_map:
            return True
        if _looks_negative(arg) and not any(_looks_negative(s) for s in self._option_map):
            return False
        if " " in arg and "=" not in arg:
            return False
        return True

    def _match_option(self, arg):
        # -> (action, option string, attached value or None), or None when unknown
        if arg in self._option_map:
            return self._option_map[arg], arg, None
        if "=" in arg:
            name, _, value = arg.partition("=")
            if name in self._option_map:
                return self._option_map[name], name, value
        chars = self.prefix_chars
        if len(arg) > 2 and arg[1] not in chars:
            short = arg[:2]
            if short in self._option_map:
                return self._option_map[short], short, arg[2:]
        if self.allow_abbrev and arg.startswith(chars[0] * 2):
            name, sep, value = arg.partition("=")
            hits = [s for s in self._option_map if s.startswith(name)]
            if len(hits) == 1:
                return self._option_map[hits[0]], hits[0], value if sep else None
            if len(hits) > 1:
                self.error("ambiguous option: %s could match %s" % (name, ", ".join(hits)))
        return None

    def _convert(self, action, value):
        if action.type is not None:
            try:
                value = action.type(value)
            except ArgumentTypeError as e:
                raise ArgumentError(action, str(e))
            except (TypeError, ValueError):
                name = getattr(action.type, "__name__", repr(action.type))
                raise ArgumentError(action, "invalid %s value: %r" % (name, value))
        if action.choices is not None and not isinstance(action, _SubParsers):
            if value not in action.choices:
                raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                    % (value, ", ".join(repr(c) for c in action.choices)))
        return value

    def _values(self, action, strings):
        nargs = action.nargs
        if nargs is None:
            return self._convert(action, strings[0])
        if nargs == OPTIONAL:
            if not strings:
                if action.option_strings:
                    return action.const
                v = action.default
                return self._convert(action, v) if isinstance(v, str) else v
            return self._convert(action, strings[0])
        if nargs == REMAINDER or nargs == PARSER:
            return [strings[0]] + list(strings[1:]) if nargs == PARSER else list(strings)
        if nargs == ZERO_OR_MORE and not strings and not action.option_strings:
            v = action.default
            return v if v is not None else []
        return [self._convert(action, s) for s in strings]

    def _parse(self, args, namespace):
        seen = set()
        seen_non_default = set()
        extras = []
        positionals = []
        i = 0
        n = len(args)
        rest_positional = False

        def take(action, values, option_string):
            if action in seen_non_default or True:
                for group in self._exclusive:
                    if action in group._group_actions:
                        for other in group._group_actions:
                            if other is not action and other in seen_non_default:
                                raise ArgumentError(action, "not allowed with argument %s"
                                                    % _arg_name(other))
            seen.add(action)
            seen_non_default.add(action)
            action(self, namespace, values, option_string)

        while i < n:
            arg = args[i]
            if rest_positional:
                positionals.append(arg)
                i += 1
                continue
            if arg == "--":
                rest_positional = True
                i += 1
                continue
            if not self._is_option(arg):
                positionals.append(arg)
                if self._subparsers is not None and self._positionals_full(positionals):
                    positionals.extend(args[i + 1:])
                    break
                i += 1
                continue
            match = self._match_option(arg)
            if match is None:
                extras.append(arg)
                i += 1
                continue
            action, option_string, attached = match
            i += 1
            nargs = action.nargs
            if action.takes == 0 and nargs == 0:
                if attached is not None and attached != "":
                    # combined short flags: -vv, -xvf
                    if len(option_string) == 2 and option_string[1] not in self.prefix_chars:
                        take(action, None, option_string)
                        args.insert(i, self.prefix_chars[0] + attached)
                        n += 1
                        continue
                    raise ArgumentError(action, "ignored explicit argument %r" % attached)
                take(action, None, option_string)
                continue
            values = []
            if attached is not None:
                values.append(attached)
            if nargs is None:
                if not values:
                    if i < n and not self._is_option(args[i]) and args[i] != "--":
                        values.append(args[i])
                        i += 1
                    else:
                        raise ArgumentError(action, "expected one argument")
                take(action, self._values(action, values), option_string)
                continue
            if nargs == OPTIONAL:
                if not values and i < n and not self._is_option(args[i]):
                    values.append(args[i])
                    i += 1
                take(action, self._values(action, values), option_string)
                continue
            if isinstance(nargs, int):
                while len(values) < nargs and i < n and not self._is_option(args[i]):
                    values.append(args[i])
                    i += 1
                if len(values) < nargs:
                    raise ArgumentError(action, "expected %d argument%s"
                                        % (nargs, "" if nargs == 1 else "s"))
                take(action, self._values(action, values), option_string)
                continue
            if nargs == REMAINDER:
                values.extend(args[i:])
                i = n
            else:
                while i < n and not self._is_option(args[i]) and args[i] != "--":
                    values.append(args[i])
                    i += 1
            if nargs == ONE_OR_MORE and not values:
                raise ArgumentError(action, "expected at least one argument")
            take(action, self._values(action, values), option_string)

        # positionals, in order: each takes what it needs, leaving the minimum for the rest
        actions = [a for a in self._actions if not a.option_strings]
        mins = [_min_count(a) for a in actions]
        k = 0
        for idx, action in enumerate(actions):
            need_after = sum(mins[idx + 1:])
            avail = len(positionals) - k - need_after
            nargs = action.nargs
            if nargs is None:
                count = 1 if avail >= 1 else 0
                if count == 0:
                    continue
            elif nargs == OPTIONAL:
                count = 1 if avail >= 1 else 0
            elif nargs in (ZERO_OR_MORE, ONE_OR_MORE, REMAINDER):
                count = max(avail, 0)
                if nargs == ONE_OR_MORE and count == 0:
                    continue
            elif nargs == PARSER:
                count = len(positionals) - k
                if count == 0:
                    continue
            else:
                count = nargs
                if avail < nargs:
                    continue
            values = positionals[k:k + count]
            k += count
            if nargs == OPTIONAL and not values:
                v = self._values(action, values)
                setattr(namespace, action.dest, v)
                seen.add(action)
                continue
            if nargs == ZERO_OR_MORE and not values:
                setattr(namespace, action.dest, self._values(action, values))
                seen.add(action)
                continue
            take(action, self._values(action, values), None)
        extras.extend(positionals[k:])

        missing = [_arg_name(a) for a in self._actions
                   if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, "the following arguments are required: %s"
                                % ", ".join(missing))
        for group in self._exclusive:
            if group.required and not any(a in seen for a in group._group_actions):
                names = [_arg_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, "one of the arguments %s is required" % " ".join(names))
        # string defaults go through type, as in CPython
        for action in self._actions:
            if (action not in seen and isinstance(action.default, str) and action.type is not None
                    and action.dest is not SUPPRESS
                    and getattr(namespace, action.dest, None) is action.default):
                setattr(namespace, action.dest, self._convert(action, action.default))
        return extras

    def _positionals_full(self, positionals):
        # True when the subcommand name has just been read
        before = 0
        for a in self._actions:
            if a.option_strings:
                continue
            if a is self._subparsers:
                return len(positionals) == before + 1
            before += _min_count(a)
        return False

    # ---- usage and help ----

    def _metavar(self, action, default):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return "{%s}" % ",".join(str(c) for c in action.choices)
        return default

    def _format_args(self, action, default):
        m = self._metavar(action, default)
        if isinstance(m, tuple):
            parts = list(m)
        else:
            parts = None
        nargs = action.nargs

        def get(k):
            return parts[k] if parts else m

        if nargs is None:
            return get(0)
        if nargs == OPTIONAL:
            return "[%s]" % get(0)
        if nargs == ZERO_OR_MORE:
            if parts and len(parts) == 2:
                return "[%s [%s ...]]" % (parts[0], parts[1])
            return "[%s ...]" % get(0)
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % (get(0), get(1) if parts and len(parts) > 1 else get(0))
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % get(0)
        if nargs == SUPPRESS:
            return ""
        return " ".join(get(k) for k in range(nargs))

    def _usage_part(self, action):
        if action.option_strings:
            if action.takes == 0 and action.nargs == 0:
                part = action.format_usage()
            else:
                part = "%s %s" % (action.option_strings[0],
                                  self._format_args(action, action.dest.upper()))
            return part
        return self._format_args(action, action.dest)

    def format_usage(self):
        return self._usage() + "\n"

    def _usage(self):
        prefix = "usage: "
        if self.usage is not None:
            return prefix + (self.usage % {"prog": self.prog})
        opt_parts = []
        pos_parts = []
        in_group = {}
        for g in self._exclusive:
            for a in g._group_actions:
                in_group[a] = g
        done_groups = set()
        for action in self._actions:
            if action.help is SUPPRESS:
                continue
            if action.option_strings:
                g = in_group.get(action)
                if g is not None:
                    if id(g) in done_groups:
                        continue
                    done_groups.add(id(g))
                    inner = " | ".join(self._usage_part(a) for a in g._group_actions
                                       if a.help is not SUPPRESS)
                    opt_parts.append(("(%s)" if g.required else "[%s]") % inner)
                    continue
                part = self._usage_part(action)
                opt_parts.append(part if action.required else "[%s]" % part)
            else:
                part = self._usage_part(action)
                if part:
                    pos_parts.append(part)
        text_width = self.formatter_class(self.prog)._width
        usage = " ".join([self.prog] + opt_parts + pos_parts)
        if len(prefix) + len(usage) > text_width:
            indent = " " * (len(prefix) + len(self.prog) + 1)

            def lines_of(parts, indent, first_prefix=None):
                lines = []
                line = []
                line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        line_len = len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if first_prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines

            if len(prefix) + len(self.prog) <= 0.75 * text_width:
                if opt_parts:
                    lines = lines_of([self.prog] + opt_parts, indent, prefix)
                    lines.extend(lines_of(pos_parts, indent))
                elif pos_parts:
                    lines = lines_of([self.prog] + pos_parts, indent, prefix)
                else:
                    lines = [self.prog]
            else:
                indent = " " * len(prefix)
                lines = lines_of(opt_parts + pos_parts, indent)
                lines.insert(0, self.prog)
            usage = "\n".join(lines)
        return prefix + usage

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, action.dest) if not isinstance(action.metavar, tuple) else " ".join(action.metavar)
        if action.takes == 0 and action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ", ".join("%s %s" % (s, args) for s in action.option_strings)

    def format_help(self):
        fmt = self.formatter_class(self.prog)
        width = fmt._width
        out = [self._usage(), "\n\n"]
        if self.description:
            out.append(fmt._fill_text(self.description, width, ""))
            out.append("\n\n")
        groups = [g for g in self._groups if g._group_actions or g.description]
        visible = [a for g in groups for a in g._group_actions if a.help is not SUPPRESS]
        max_len = 0
        for a in visible:
            max_len = max(max_len, len(self._invocation(a)) + 2)
            if isinstance(a, _SubParsers):
                for name, _ in a._choices_help:
                    max_len = max(max_len, len(name) + 4)
        help_position = min(max_len + 2, fmt._max_help_position)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        sections = []
        for g in groups:
            lines = []
            if g.description:
                lines.append(fmt._fill_text(g.description, width, "  ") + "\n\n")
            for a in g._group_actions:
                if a.help is SUPPRESS:
                    continue
                lines.append(self._format_action(fmt, a, "  ", action_width, help_position,
                                                 help_width))
                if isinstance(a, _SubParsers):
                    for name, h in a._choices_help:
                        sub = _Store([], name, help=h, metavar=name)
                        lines.append(self._format_action(fmt, sub, "    ", action_width - 2,
                                                         help_position, help_width))
            if lines:
                sections.append("%s:\n%s" % (g.title, "".join(lines)))
        out.append("\n".join(sections))
        if self.epilog:
            if sections:
                out.append("\n")
            out.append(fmt._fill_text(self.epilog, width, ""))
            out.append("\n")
        text = "".join(out)
        return text.rstrip("\n") + "\n"

    def _format_action(self, fmt, action, indent, action_width, help_position, help_width):
        header = self._invocation(action)
        help_text = fmt._get_help_string(action) if action.help is not None else None
        if help_text is None and isinstance(fmt, ArgumentDefaultsHelpFormatter):
            help_text = fmt._get_help_string(action) or None
        if help_text is None:
            return indent + header + "\n"
        params = dict(action.__dict__, prog=self.prog)
        for k in list(params):
            if params[k] is SUPPRESS:
                del params[k]
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        try:
            text = help_text % params
        except (KeyError, TypeError, ValueError):
            text = help_text
        lines = fmt._split_lines(text, help_width) or [""]
        if len(header) <= action_width:
            first = "%s%s  %s" % (indent, header + " " * (action_width - len(header)), lines[0])
            rest = lines[1:]
            out = [first.rstrip() if not lines[0] else first]
        else:
            out = [indent + header, " " * help_position + lines[0]]
            rest = lines[1:]
        for line in rest:
            out.append(" " * help_position + line)
        return "\n".join(out) + "\n"

    def print_usage(self, file=None):
        self._print(self.format_usage(), file)

    def print_help(self, file=None):
        self._print(self.format_help(), file)

    def _print(self, message, file=None):
        if message:
            (file or sys.stdout).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print(message, sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _looks_negative(s):
    if not s.startswith("-") or len(s) < 2:
        return False
    body = s[1:]
    if body.startswith(chr(46)):
        body = body[1:]
    return body.replace(chr(46), "", 1).isdigit()


def _min_count(action):
    nargs = action.nargs
    if nargs is None or nargs == PARSER:
        return 1
    if nargs == ONE_OR_MORE:
        return 1
    if isinstance(nargs, int):
        return nargs
    return 0
