try:
    run_tasks()
except*:
    print("some task failed")
print("done")
