x = "\N{cjk unified ideograph-4E00}"
