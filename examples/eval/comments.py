x  # a comment
