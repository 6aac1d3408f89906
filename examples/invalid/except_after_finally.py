try:
    run()
finally:
    cleanup()
except Exception:
    print("failed")
