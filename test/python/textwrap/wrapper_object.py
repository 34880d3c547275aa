import textwrap
w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ", fix_sentence_endings=True)
paras = ["First point. It has two sentences. And a third!", "Second point is short."]
for p in paras:
    print(w.fill(p))
w2 = textwrap.TextWrapper(width=15, expand_tabs=True, tabsize=4)
print(w2.wrap("col1\tcol2\tcol3 more words here"))
w3 = textwrap.TextWrapper(width=20, replace_whitespace=False)
print(w3.wrap("line one\nline two is longer"))
w4 = textwrap.TextWrapper(width=10, drop_whitespace=False)
print(w4.wrap("   spaced   out   words   "))
