def run(rows):
    return [[c for c in (r := row)] for row in rows]
