class Service:
    def start(self):
        await self.connect()
