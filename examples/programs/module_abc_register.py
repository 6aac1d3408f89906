# Virtual subclasses with ABC.register and __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Serializer(metaclass=ABCMeta):
    @abstractmethod
    def dumps(self, obj):
        raise NotImplementedError


class Sprite:
    def draw(self):
        return "sprite"


class Text:
    pass


class Csv:
    def dumps(self, obj):
        return ",".join(map(str, obj))


Serializer.register(Csv)
print(isinstance(Sprite(), Drawable), isinstance(Text(), Drawable))
print(issubclass(Csv, Serializer), isinstance(Csv(), Serializer), Csv.__mro__)
print(Csv().dumps([1, 2, 3]))
registered = Serializer.register(tuple)
print(registered is tuple, isinstance((), Serializer))


class Json(Serializer):
    def dumps(self, obj):
        return super().dumps(obj)


print(Json().dumps({}))
