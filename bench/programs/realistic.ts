import { py, type SpeedProgram } from './types.js';

/**
 * Eleven programs shaped like what real code does, written for this benchmark (issue 11): objects,
 * exceptions raised from C, comprehensions and generators, sets, sorting with keys, formatting,
 * grouping, deep recursion, a small interpreter, nested json, bytes. Each mixes several
 * operations, so together they weigh the interpreter the way applications do rather than one hot
 * path at a time. See index.ts for the rules every program follows.
 *
 * Two of them meet known upstream MicroPython traps on purpose, at a size that shows the trap
 * without dominating the run: `sets` adds dense small integers (ints hash to themselves and
 * probing is linear), `sort_keys` re-sorts an already-sorted slice (upstream's quicksort is
 * quadratic on sorted input).
 */

export const REALISTIC_PROGRAMS: readonly SpeedProgram[] = [
  {
    name: 'oop',
    about: 'classes: method calls, attribute reads and writes, inheritance with super(), a property, a class attribute',
    source: py(`
      class Vec:
          def __init__(self, x, y):
              self.x = x
              self.y = y
          def add(self, other):
              return Vec(self.x + other.x, self.y + other.y)
          def dot(self, other):
              return self.x * other.x + self.y * other.y
      class Body:
          count = 0
          def __init__(self, i):
              self.pos = Vec(i % 17, -(i % 23))
              self.vel = Vec(1 + i % 3, 1 - i % 5)
              self.hits = 0
              Body.count += 1
          def step(self):
              self.pos = self.pos.add(self.vel)
              if self.pos.x > 60 or self.pos.x < -60 or self.pos.y > 60 or self.pos.y < -60:
                  self.bounce()
          def bounce(self):
              self.vel = Vec(-self.vel.x, -self.vel.y)
              self.hits += 1
          @property
          def energy(self):
              return self.vel.dot(self.vel)
      class Heavy(Body):
          def step(self):
              super().step()
              if self.hits % 4 == 3:
                  self.vel = Vec(self.vel.y, self.vel.x)
      class World:
          def __init__(self, n):
              self.bodies = [Heavy(i) if i % 3 == 0 else Body(i) for i in range(n)]
          def tick(self):
              for b in self.bodies:
                  b.step()
          def total(self):
              e = 0
              h = 0
              for b in self.bodies:
                  e += b.energy
                  h += b.hits
              return e, h, sum(b.pos.x - b.pos.y for b in self.bodies)
      def main(n, steps):
          w = World(n)
          for s in range(steps):
              w.tick()
          return w.total(), Body.count
      print(main(300, 250))
    `),
  },
  {
    name: 'c_exceptions',
    about: "exceptions raised from C and caught in Python: d[k] KeyError, int('x') ValueError, l[i] IndexError, next(it) StopIteration",
    tags: ['c-exceptions'],
    source: py(`
      def main(n):
          d = {}
          for i in range(0, 3000, 3):
              d[i] = i
          l = list(range(100))
          words = ['12', 'x', '7', 'abc', '-3', '4.5']
          hits = 0
          misses = 0
          for i in range(n):
              try:
                  hits += d[i % 3000]
              except KeyError:
                  misses += 1
              try:
                  hits += int(words[i % 6])
              except ValueError:
                  misses += 2
              try:
                  hits += l[i % 150]
              except IndexError:
                  misses += 3
              it = iter(l[i % 7:i % 7 + 2])
              while True:
                  try:
                      hits += next(it)
                  except StopIteration:
                      misses += 5
                      break
              hits &= 0xFFFFFF
          return hits, misses
      print(main(60000))
    `),
  },
  {
    name: 'comprehensions',
    about: 'list / dict / set comprehensions, generator expressions and functions, zip, enumerate, any / all',
    source: py(`
      def squares(n):
          for i in range(n):
              yield i * i
      def pairs(seq):
          it = iter(seq)
          for a in it:
              yield a, next(it, 0)
      def window(seq, k):
          for i in range(len(seq) - k + 1):
              yield seq[i:i + k]
      def main(rounds):
          total = 0
          for r in range(rounds):
              xs = [(i * 7 + r) % 1001 for i in range(2000)]
              evens = [x for x in xs if x % 2 == 0]
              table = {x: x // 3 for x in evens}
              residues = {x % 97 for x in xs}
              big = sum(x * 2 for x in xs if x > 500)
              nested = [[i * j for j in range(8)] for i in range(40)]
              flat = [v for row in nested for v in row if v % 3]
              diffs = sum(a - b for a, b in pairs(xs))
              wins = sum(max(w) for w in window(xs[:300], 4))
              flags = (any(x > 999 for x in xs), all(x >= 0 for x in xs))
              idx = sum(i * v for i, v in enumerate(evens[:500]))
              zipped = sum(a * b for a, b in zip(xs, reversed(xs)))
              total = (total + len(evens) + len(table) + sum(table.values()) + len(residues) + big
                       + sum(squares(300)) + sum(flat) + diffs + wins + flags[0] + flags[1] * 2 + idx + zipped) % 1000003
          return total
      print(main(40))
    `),
  },
  {
    name: 'sets',
    about: 'set add / discard / membership (int and str), union, intersection, difference, symmetric difference',
    source: py(`
      def main(rounds):
          total = 0
          for r in range(rounds):
              a = set()
              b = set()
              seed = r + 1
              for i in range(3000):
                  seed = (seed * 1021 + 12345) % 1048573
                  a.add(seed % 5000)
                  b.add((seed >> 3) % 5000)
              words = {'w%d' % (i % 700) for i in range(2000)}
              hits = 0
              for i in range(5000):
                  if i in a:
                      hits += 1
                  if 'w%d' % i in words:
                      hits += 2
              u = a | b
              n = a & b
              d = a - b
              x = a ^ b
              for v in range(0, 5000, 7):
                  a.discard(v)
              c = set(d)
              c.update(range(100))
              c.difference_update(range(50))
              total = (total + hits + len(u) + len(n) + len(d) + len(x) + len(a) + len(c) + sum(n) + min(x) + max(u)
                       + (n <= a) + (d.isdisjoint(b)) * 2) % 1000003
          return total
      print(main(8))
    `),
  },
  {
    name: 'sort_keys',
    about: 'sorting records with key functions (tuples, lambdas, reverse, an already-sorted slice), tuple unpacking, min / max with key',
    source: py(`
      def make_rows(n, seed):
          rows = []
          for i in range(n):
              seed = (seed * 1021 + 12345) % 1048573
              rows.append(('n%05d' % i, seed % 90 + 10, (seed >> 4) % 1000, i))
          return rows
      def main(rounds):
          total = 0
          for r in range(rounds):
              rows = make_rows(3000, r + 3)
              by_age = sorted(rows, key=lambda row: (row[1], row[0]))
              by_score = sorted(rows, key=lambda row: (-row[2], row[3]))
              pairs = [(score, name) for name, age, score, i in rows]
              pairs.sort(reverse=True)
              acc = 0
              for name, age, score, i in by_age[:500]:
                  acc = (acc + age * 3 + score + i) % 1000003
              for k, (name, age, score, i) in enumerate(by_score[:500]):
                  acc = (acc + k * score + len(name)) % 1000003
              oldest = max(rows, key=lambda row: (row[1], row[3]))
              lowest = min(rows, key=lambda row: (row[2], row[3]))
              a, b = 0, 1
              for _, age, score, _ in rows:
                  a, b = b, (a + age * score) % 1000003
              first, *rest = by_age[0]
              head = rows[:400]
              head.sort(key=lambda row: row[0], reverse=True)
              total = (total + acc + oldest[3] + lowest[3] + a + b + len(rest) + by_score[0][3] + head[0][3]
                       + pairs[0][0] + pairs[-1][0]) % 1000003
          return total
      print(main(8))
    `),
  },
  {
    name: 'formatting',
    about: 'f-strings with format specs, % formatting, str.format with positions and names',
    source: py(`
      def main(n):
          acc = 0
          length = 0
          for i in range(n):
              name = 'item%d' % (i % 50)
              s1 = f'{name}:{i:6d}|{i % 97:>4}|{name:<10}|{i:x}'
              s2 = '%s=%05d (%-6s) %x' % (name, i, name[:3], i * 7)
              s3 = '{0}/{1:>8}/{2:^9}'.format(i, name, i % 13)
              s4 = f'{i / 8:.3f} {i * 3 % 1000:03d} {name!r}'
              s5 = '{name}:{val:+d}'.format(name=name, val=i - n // 2)
              line = ' '.join((s1, s2, s3, s4, s5))
              length += len(line)
              acc = (acc * 31 + len(line) + ord(line[i % len(line)])) % 1000003
          return acc, length
      print(main(30000))
    `),
  },
  {
    name: 'grouping',
    about: 'dict of lists: setdefault / get grouping, sorted keys, per-group aggregates',
    source: py(`
      def main(rounds):
          total = 0
          for r in range(rounds):
              seed = r + 11
              groups = {}
              by_len = {}
              for i in range(6000):
                  seed = (seed * 1021 + 12345) % 1048573
                  word = 'k' + str(seed % 600)
                  groups.setdefault(word, []).append(seed % 1000)
                  n = len(word)
                  if n not in by_len:
                      by_len[n] = []
                  by_len[n].append(word)
              acc = 0
              for key in sorted(groups):
                  values = groups[key]
                  values.sort()
                  acc = (acc + len(values) * 7 + values[0] + values[-1] + sum(values) // len(values)) % 1000003
              counts = {}
              for key, values in groups.items():
                  bucket = len(values) // 4
                  counts[bucket] = counts.get(bucket, 0) + 1
              biggest = max(groups, key=lambda k: (len(groups[k]), k))
              total = (total + acc + len(groups) + sum(len(v) for v in by_len.values())
                       + sum(b * c for b, c in counts.items()) + len(biggest)) % 1000003
          return total
      print(main(12))
    `),
  },
  {
    name: 'recursion',
    about: 'recursion ~500 deep: linked list, mutual recursion, nested lists',
    source: py(`
      class Node:
          def __init__(self, value, next):
              self.value = value
              self.next = next
      def depth_sum(node):
          if node is None:
              return 0
          return node.value + depth_sum(node.next)
      def count_down(n):
          return 0 if n == 0 else 1 + count_down(n - 1)
      def is_even(n):
          return True if n == 0 else is_odd(n - 1)
      def is_odd(n):
          return False if n == 0 else is_even(n - 1)
      def nest(n):
          return [] if n == 0 else [n, nest(n - 1)]
      def flatten(tree, out):
          if tree:
              out.append(tree[0])
              flatten(tree[1], out)
          return out
      def main(rounds, depth):
          chain = None
          for i in range(depth):
              chain = Node(i % 10, chain)
          tree = nest(depth)
          total = 0
          for r in range(rounds):
              total = (total + depth_sum(chain) + count_down(depth) + is_even(depth - r % 2)) % 1000003
              if r % 10 == 0:
                  total = (total + sum(flatten(tree, []))) % 1000003
          return total
      print(main(300, 500))
    `),
  },
  {
    name: 'tokenizer',
    about: 'a small interpreter: tokenizer, recursive-descent parser into tuples, tree evaluator',
    source: py(`
      def tokenize(text):
          tokens = []
          i = 0
          n = len(text)
          while i < n:
              c = text[i]
              if c == ' ':
                  i += 1
              elif c.isdigit():
                  j = i
                  while j < n and text[j].isdigit():
                      j += 1
                  tokens.append(('num', int(text[i:j])))
                  i = j
              elif c.isalpha():
                  j = i
                  while j < n and (text[j].isalpha() or text[j].isdigit()):
                      j += 1
                  tokens.append(('name', text[i:j]))
                  i = j
              else:
                  tokens.append(('op', c))
                  i += 1
          tokens.append(('end', None))
          return tokens
      class Parser:
          def __init__(self, tokens):
              self.tokens = tokens
              self.pos = 0
          def peek(self):
              return self.tokens[self.pos]
          def take(self):
              tok = self.tokens[self.pos]
              self.pos += 1
              return tok
          def expr(self):
              node = self.term()
              while self.peek() in (('op', '+'), ('op', '-')):
                  op = self.take()[1]
                  node = (op, node, self.term())
              return node
          def term(self):
              node = self.factor()
              while self.peek() in (('op', '*'), ('op', '/'), ('op', '%')):
                  op = self.take()[1]
                  node = (op, node, self.factor())
              return node
          def factor(self):
              kind, value = self.take()
              if kind == 'num':
                  return ('num', value)
              if kind == 'name':
                  return ('var', value)
              if value == '(':
                  node = self.expr()
                  self.take()
                  return node
              if value == '-':
                  return ('neg', self.factor())
              raise SyntaxError('unexpected ' + str(value))
      def evaluate(node, env):
          kind = node[0]
          if kind == 'num':
              return node[1]
          if kind == 'var':
              return env[node[1]]
          if kind == 'neg':
              return -evaluate(node[1], env)
          a = evaluate(node[1], env)
          b = evaluate(node[2], env)
          if kind == '+':
              return a + b
          if kind == '-':
              return a - b
          if kind == '*':
              return (a * b) % 1000003
          if kind == '/':
              return a // b if b else 0
          return a % b if b else 0
      def main(rounds):
          templates = ['(x + {0}) * (y - {1}) % 97', 'x * x + {0} * y - ({1} / (z + 1))',
                       '-(a1 + {0}) * ((b2 - {1}) + x * (y + z * {0}))', '({0} + {1}) * ({1} - {0}) / (x + y + 1)']
          total = 0
          for r in range(rounds):
              env = {'x': r % 17, 'y': r % 5 + 1, 'z': r % 3, 'a1': 7, 'b2': r % 11}
              for k, t in enumerate(templates):
                  text = t.format(r % 100, (r * k) % 50 + 1)
                  tree = Parser(tokenize(text)).expr()
                  total = (total + evaluate(tree, env) + len(text)) % 1000003
          return total
      print(main(2000))
    `),
  },
  {
    name: 'json_nested',
    about: 'json.dumps / json.loads of a 5-level tree of dicts and lists, recursive walk',
    source: py(`
      import json
      def build(level, width, seed):
          if level == 0:
              return {'id': seed, 'name': 'leaf' + str(seed), 'ok': seed % 3 == 0, 'ratio': seed % 7 * 0.5, 'none': None}
          return {'level': level, 'tags': ['t' + str(seed % 11), 'depth', str(level)],
                  'children': [build(level - 1, width, seed * width + i) for i in range(width)],
                  'meta': {'seed': seed, 'pair': [seed % 13, level]}}
      def walk(node):
          total = 0
          if isinstance(node, dict):
              for key in node:
                  total += len(key) + walk(node[key])
          elif isinstance(node, list):
              for item in node:
                  total += walk(item)
          elif isinstance(node, str):
              total += len(node)
          elif node is True:
              total += 3
          elif isinstance(node, int) and node is not False:
              total += node % 1000
          elif isinstance(node, float):
              total += int(node * 2)
          return total
      def main(rounds):
          doc = build(5, 4, 1)
          total = 0
          length = 0
          for r in range(rounds):
              text = json.dumps(doc)
              back = json.loads(text)
              length = len(text)
              total = (total + walk(back)) % 1000003
          return total, length
      print(main(12))
    `),
  },
  {
    name: 'bytes',
    about: 'bytes / bytearray: append, item assignment, split, join, replace, find, count, encode / decode, from_bytes, Adler-style checksum loop',
    source: py(`
      def checksum(data):
          a = 1
          b = 0
          for byte in data:
              a = (a + byte) % 65521
              b = (b + a) % 65521
          return (b << 16) | a
      def main(rounds):
          total = 0
          for r in range(rounds):
              buf = bytearray()
              for i in range(4000):
                  buf.append((i * 31 + r) & 0xFF)
              buf.extend(b'header:' + bytes([r & 0xFF]) * 16)
              for i in range(0, len(buf), 7):
                  buf[i] = buf[i] ^ 0x5A
              data = bytes(buf)
              parts = data.split(b'\\x00')
              joined = b'|'.join(parts[:50])
              text = ('r%d-' % r + 'abc' * 200 + '\\u00e9').encode('utf-8')
              back = text.decode('utf-8')
              swapped = data.replace(b'\\x5a', b'ZZ')
              view = data[100:1100]
              word = int.from_bytes(data[:4], 'little') ^ int.from_bytes(data[4:8], 'big')
              total = (total + checksum(data) + checksum(view) + len(parts) + len(joined) + len(text) + len(back)
                       + len(swapped) + data.find(b'header') + data.count(b'\\x5a') + (word & 0xFFFFF)) % 1000003
          return total
      print(main(40))
    `),
  },
];
