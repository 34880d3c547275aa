import { py, type SpeedProgram } from './types.js';

/**
 * The first eleven programs: the interpreter's hot paths one at a time (loops, calls, Python-level
 * exceptions, strings, floats, dicts, sorting, closures, json, bignums). Their sizes are the ones
 * earlier targets were stated in: `calls` (1M calls) and `fib` (fib(27)) especially. See index.ts
 * for the rules every program follows.
 */

export const CLASSIC_PROGRAMS: readonly SpeedProgram[] = [
  {
    name: 'loop',
    about: 'for i in range(N) with an integer accumulator',
    source: py(`
      def main(n):
          total = 0
          for i in range(n):
              total = (total + i * 3) % 1000003
          return total
      print(main(2000000))
    `),
  },
  {
    name: 'calls',
    about: '1M Python function calls with positional arguments',
    source: py(`
      def add(a, b):
          return a + b
      def main(n):
          acc = 0
          for i in range(n):
              acc = add(acc, i) & 0xFFFFFF
          return acc
      print(main(1000000))
    `),
  },
  {
    name: 'fib',
    about: 'recursive fib(27), shallow recursion, many calls',
    source: py(`
      def fib(n):
          if n < 2:
              return n
          return fib(n - 1) + fib(n - 2)
      print(fib(27))
    `),
  },
  {
    name: 'exceptions',
    about: 'raise / except of built-in and user exception classes',
    source: py(`
      class AppError(Exception):
          pass
      def check(i):
          if i % 3 == 0:
              raise ValueError(i)
          if i % 3 == 1:
              raise AppError('odd')
          return i
      def main(n):
          caught = 0
          ok = 0
          for i in range(n):
              try:
                  ok += check(i)
              except ValueError as e:
                  caught += e.args[0] & 7
              except AppError:
                  caught += 1
              finally:
                  ok &= 0xFFFFFF
          return caught, ok
      print(main(150000))
    `),
  },
  {
    name: 'strings',
    about: 'str building, join, split, % and .format, slicing, find',
    source: py(`
      def main(n):
          total = 0
          for i in range(n):
              s = '%d:%s' % (i, 'x' * (i % 7))
              t = '{}-{}'.format(s, i % 13)
              parts = t.split(':')
              joined = '|'.join(parts + [str(i)])
              total = (total + len(joined) + joined.find('-') + len(joined.upper()[2:9])) % 1000003
          words = ' '.join(['w' + str(i % 97) for i in range(8000)]).split()
          return total, len(words), len(''.join(words))
      print(main(40000))
    `),
  },
  {
    name: 'floats',
    about: 'float arithmetic in a loop (+ - * /), no libm',
    source: py(`
      def main(n):
          x = 0.5
          acc = 0.0
          for i in range(n):
              x = x * 1.0000001 + 0.25 / (i + 1.0)
              acc = acc + x * 0.5 - acc / 1024.0
          return int(acc * 1000), int(x * 1000000)
      print(main(600000))
    `),
  },
  {
    name: 'dict',
    about: 'dict insert, hit/miss lookup, update, del, iteration; int and str keys, 10k-key dicts',
    // MicroPython hashes an int to itself, probes linearly and grows a dict only when it is
    // completely full, so big dicts degrade superlinearly (dense int keys: every miss scans the
    // cluster; 200k keys took > 60 s on ours and ~100 s on the official glue). That is upstream
    // MicroPython behaviour, so this program uses LCG-scattered keys and several 10k-key dicts,
    // which is closer to what real code does, rather than one huge dict.
    source: py(`
      def one_round(n, seed):
          keys = []
          for i in range(n):
              seed = (seed * 1021 + 12345) % 1048573
              keys.append(seed)
          d = {}
          for k in keys:
              d[k] = d.get(k, 0) + 1
          s = {}
          for i in range(0, n, 4):
              s['k' + str(i)] = i
          total = 0
          for k in keys:
              total = (total + d[k]) % 1000003
          for i in range(n):
              total = (total + d.get(i * 5, 3) + s.get('k' + str(i), 2)) % 1000003
          for k in keys[::3]:
              if k in d:
                  del d[k]
          for k in s:
              total = (total + s[k]) % 1000003
          d.update(s)
          return total, len(d), sum(d.values()) % 1000003
      def main(rounds):
          acc = 0
          for r in range(rounds):
              total, size, values = one_round(10000, r + 7)
              acc = (acc + total + size + values) % 1000003
          return acc
      print(main(4))
    `),
  },
  {
    name: 'list_sort',
    about: 'list building with an LCG, sort, sort with key, slicing',
    source: py(`
      def main(n):
          seed = 12345
          data = []
          for i in range(n):
              seed = (seed * 1021 + 12345) % 1048573
              data.append(seed)
          a = sorted(data)
          b = sorted(data, key=lambda v: (v % 1000, v))
          data.sort(reverse=True)
          return a[0], a[-1], a[n // 2], b[0], b[-1], data[7], sum(a[::97]) % 1000003
      print(main(50000))
    `),
  },
  {
    name: 'closures',
    about: 'nested functions, closures over cells, lambdas, generators',
    source: py(`
      def make_counter(step):
          count = [0]
          def inc():
              count[0] += step
              return count[0]
          return inc
      def compose(f, g):
          return lambda x: f(g(x))
      def gen(n):
          for i in range(n):
              yield i * 2
      def main(n):
          c = make_counter(3)
          f = compose(lambda x: x + 1, lambda x: x * 2)
          total = 0
          for i in range(n):
              total = (total + c() + f(i)) % 1000003
          total = (total + sum(gen(n))) % 1000003
          return total
      print(main(300000))
    `),
  },
  {
    name: 'json',
    about: 'json.dumps / json.loads round trip of nested lists and dicts',
    source: py(`
      import json
      def main(rounds):
          doc = [{'id': i, 'name': 'item' + str(i), 'tags': ['a', 'b', str(i % 5)], 'n': [i, i + 1, i * 2]}
                 for i in range(500)]
          total = 0
          length = 0
          for r in range(rounds):
              text = json.dumps(doc)
              back = json.loads(text)
              length = len(text)
              for item in back:
                  total = (total + item['id'] + len(item['tags']) + item['n'][2]) % 1000003
          return total, length
      print(main(60))
    `),
  },
  {
    name: 'bigint',
    about: 'arbitrary-precision integers: factorial, powers, str()',
    source: py(`
      def main(rounds):
          total = 0
          length = 0
          digit_sum = 0
          for r in range(rounds):
              f = 1
              for i in range(2, 2000 + r):
                  f *= i
              p = 3 ** (4000 + r)
              q = (f // p) if f > p else (p // f)
              for i in range(2000):
                  total = (total + (f % (i * 7919 + 1))) % 1000003
              digits = str((f * p + q) % (10 ** 4000))
              length += len(digits)
              digit_sum += sum(int(ch) for ch in digits[:2000])
          return total, length, digit_sum
      print(main(3))
    `),
  },
];
