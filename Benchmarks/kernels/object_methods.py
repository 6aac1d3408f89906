# Attribute access and method calls: a small task scheduler (after richards).
class Task:
    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority
        self.work = work
        self.done = 0

    def step(self):
        if self.done < self.work:
            self.done += 1
            return True
        return False

    def ratio(self):
        return self.done / self.work


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.ticks = 0

    def add(self, task):
        self.tasks.append(task)

    def run(self):
        active = True
        while active:
            active = False
            for task in self.tasks:
                if task.step():
                    self.ticks += 1
                    active = True


s = Scheduler()
for i in range(40):
    s.add(Task("t%d" % i, i % 5, 500 + i * 37))
s.run()
print(s.ticks, round(sum(t.ratio() for t in s.tasks), 3))
