import textwrap
s = "A well-known self-contained antidisestablishmentarianism example with x-ray vision."
print(textwrap.wrap(s, 12))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 12, break_on_hyphens=False))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 5))
print(textwrap.wrap("a-b-c-d-e-f-g", 3))
print(textwrap.wrap("--option-name --other", 8))
