{k: v for k, v in zip('ab', 'cd')}
