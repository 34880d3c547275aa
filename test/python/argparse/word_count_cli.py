import argparse
import re
from collections import Counter

TEXT = """Beautiful is better than ugly. Explicit is better than implicit.
Simple is better than complex. Complex is better than complicated."""


def build_parser():
    parser = argparse.ArgumentParser(prog="wc.py", description="Count words in a text.")
    parser.add_argument("--top", "-t", type=int, default=3, help="how many words to show")
    parser.add_argument("--min-length", type=int, default=1, dest="min_len")
    parser.add_argument("--ignore-case", "-i", action="store_true")
    parser.add_argument("--exclude", nargs="*", default=[], metavar="WORD")
    parser.add_argument("--format", choices=["table", "csv"], default="table")
    return parser


def main(argv):
    args = build_parser().parse_args(argv)
    text = TEXT.lower() if args.ignore_case else TEXT
    words = [w for w in re.findall(r"[A-Za-z']+", text)
             if len(w) >= args.min_len and w not in args.exclude]
    counts = Counter(words).most_common(args.top)
    if args.format == "csv":
        print("word,count")
        for w, n in counts:
            print(f"{w},{n}")
    else:
        for w, n in counts:
            print(f"{w:<10} {n:>3}")
    return args


print(main([]))
print(main(["-t", "2", "-i", "--exclude", "is", "than"]))
print(main(["--format=csv", "--min-length", "7"]))
print(build_parser().format_usage(), end="")
