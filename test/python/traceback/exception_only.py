import traceback
print(traceback.format_exception_only(RuntimeError("x")))
print(traceback.format_exception_only(KeyboardInterrupt()))
print(traceback.format_exception_only(ZeroDivisionError("division by zero")))
class AppError(Exception):
    pass
print(traceback.format_exception_only(AppError("custom")))
print(traceback.format_exception_only(AppError()))
print(traceback.format_exception_only(ValueError("a", 2)))
