# a combining acute accent cannot start a name
value = 1
́value = 2
