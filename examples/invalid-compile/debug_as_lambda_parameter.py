check = lambda __debug__: __debug__
