import difflib
words = ['apple', 'ape', 'peach', 'puppy', 'apply', 'maple', 'happy']
print(difflib.get_close_matches('appel', words), difflib.get_close_matches('hapy', words, n=1), difflib.get_close_matches('zzz', words))
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(round(s.ratio(), 4), s.get_matching_blocks(), s.get_opcodes(), s.quick_ratio(), s.real_quick_ratio())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}]'.format(tag, i1, i2, j1, j2))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'THREE\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, fromfile='before.txt', tofile='after.txt')), end='')
print(''.join(difflib.context_diff(a, b, fromfile='x', tofile='y', n=1)), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
long_a = ('abc ' * 100).split(); long_b = ('abc ' * 99 + 'abd').split()
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 4))
t1 = "the quick brown fox jumps over the lazy dog" * 6
t2 = "the quick brown cat jumps over the lazy dog" * 6
print(round(difflib.SequenceMatcher(None, t1, t2).ratio(), 4), round(difflib.SequenceMatcher(None, t1, t2, autojunk=False).ratio(), 4))
