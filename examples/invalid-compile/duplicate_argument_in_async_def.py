async def send(channel, message, channel):
    return message
