import csv
s = csv.Sniffer()
d = s.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(repr(d.delimiter))
d2 = s.sniff("name,age\nann,30\nbob,25\n")
print(repr(d2.delimiter))
print(s.has_header("name,age\nann,30\nbob,25\n"), s.has_header("1,2\n3,4\n5,6\n"))
