# expect: ok|error
# Walking frames to find builtins or a module that reaches the host.
import sys
frame = sys._getframe()
while frame is not None:
    print(sorted(frame.f_globals)[:3])
    frame = frame.f_back
