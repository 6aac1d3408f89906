class Dog(Animal)
    def speak(self):
        return "woof"
