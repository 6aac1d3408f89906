def parse(text):
    try:
        return int(text)
    except:
        return 0
    except (TypeError, ValueError) as e:
        return -1
