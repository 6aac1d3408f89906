# expect: memory_limit_exceeded|time_limit_exceeded|step_limit_exceeded
# iter(callable, sentinel) whose sentinel never comes, collected into a list.
print(len(list(iter(int, 1))))
