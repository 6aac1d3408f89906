try:
    run_group()
except* OSError:
print("io failed")
