match status:
    case _ | 200:
        pass
