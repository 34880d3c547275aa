import csv, io
data = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n"multi\nline",1,x\r\n\r\nlast,,\r\n'
for row in csv.reader(io.StringIO(data)):
    print(row)
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, list(r), r.line_num)
print(list(csv.reader(['a,"b', 'c"'])))
print(list(csv.reader(['x,"quoted ""inner"" text",y'])))
print(list(csv.reader([" a , b ,c"])), list(csv.reader(["a, b,  c"], skipinitialspace=True)))
