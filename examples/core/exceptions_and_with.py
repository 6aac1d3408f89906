# Exceptions and with: try/except/else/finally, return, break and continue
# through finally, re-raising with a cause, and a with statement that fails.

def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print('cannot divide', a, 'by', b, '-', e)
        return None
    else:
        print(a, '/', b, '=', result)
        return result
    finally:
        print('checked', a, b)


def parse_all(items):
    total = 0
    for item in items:
        try:
            total += int(item)
        except ValueError:
            print('skipping', repr(item))
            continue
        finally:
            print('seen', item)
        if total > 100:
            break
    return total


def first_key(d, keys):
    for k in keys:
        try:
            return d[k]
        except KeyError:
            pass
    raise LookupError('none of ' + str(keys))


def nested(n):
    try:
        try:
            if n:
                raise KeyError(n)
            return 'no error'
        finally:
            print('inner finally', n)
    except KeyError as e:
        return 'caught ' + str(e)


safe_div(7, 2)
safe_div(1, 0)
print(parse_all(['1', 'x', '20', '99', '5']))
try:
    first_key({'a': 1}, ['b', 'c'])
except LookupError as err:
    print('lookup failed:', err)
print(first_key({'a': 1, 'b': 2}, ['z', 'b']))

try:
    with 42:
        print('unreachable')
except TypeError as e:
    print('with:', e)

try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise RuntimeError('outer') from e
except RuntimeError as e:
    print('caught', repr(e))

print(nested(0))
print(nested(3))
