# expect: memory_limit_exceeded|time_limit_exceeded|step_limit_exceeded
# Every sort key is a big list.
print(len(sorted(range(2_000_000), key=lambda x: [x] * 1000)))
