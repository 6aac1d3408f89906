query = '''
SELECT name
FROM users
WHERE age > 30
