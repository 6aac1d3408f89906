class Cat(Animal:
    def speak(self):
        return "meow"
