# expect: time_limit_exceeded|step_limit_exceeded
# __hash__ never returns.
class Spin:
    def __hash__(self):
        while True:
            pass


{Spin()}
