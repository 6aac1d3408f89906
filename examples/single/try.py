try:
    x
except E as e:
    e
finally:
    pass
