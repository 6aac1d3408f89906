class Config:
    size = 0
if (Config.size := 5) > 3:
    print("big")
