match []:
    case [*__debug__]:
        pass
