a,
