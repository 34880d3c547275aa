import pprint
matrix = [[i * j for j in range(10)] for i in range(6)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=40)
pprint.pprint(matrix, compact=True, width=40)
records = [{"id": i, "name": "user%02d" % i, "active": i % 2 == 0, "score": i * 1.5} for i in range(4)]
pprint.pprint(records, width=70)
