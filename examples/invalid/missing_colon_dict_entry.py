ages = {
    "ann": 31,
    "bob",
    "cy": 27,
}
