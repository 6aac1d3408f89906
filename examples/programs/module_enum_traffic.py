# A traffic light state machine built on enum.Enum.
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def seconds(self):
        return {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}[self]


state = Light.RED
clock = 0
for _ in range(7):
    print(f"t={clock:3} {state.name:6} value={state.value} for {state.seconds}s")
    clock += state.seconds
    state = state.next()
print(Light.GREEN, repr(Light.GREEN), Light["YELLOW"], Light(1))
print(list(Light), len(Light), Light.RED in Light)
print({light: light.seconds for light in Light})
print(Light.RED is Light(1), Light.RED == 1)
print(Light(4))
