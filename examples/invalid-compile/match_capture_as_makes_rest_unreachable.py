match status:
    case _ as code:
        pass
    case 200:
        pass
