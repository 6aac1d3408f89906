# expect: error ModuleNotFoundError
# gc.get_objects would list every object of the interpreter.
import gc
print(len(gc.get_objects()))
