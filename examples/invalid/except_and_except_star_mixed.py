try:
    run_all()
except* ValueError:
    print("value")
except TypeError:
    print("type")
