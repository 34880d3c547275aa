import traceback
def level3(): raise KeyError("deep")
def level2(): level3()
def level1(): level2()
try:
    level1()
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__ if hasattr(e, "__traceback__") else e)
    print([f.name for f in frames][-3:])
    print(type(frames).__name__, frames[-1].name, isinstance(frames[-1].lineno, int))
    print(traceback.format_list(frames)[-1].startswith('  File "'))
