# A quiz that asks questions with input(prompt). The request gives no stdin, so the first
# answer already meets the end of input: EOFError, which the program does not catch.
QUESTIONS = [
    ("2 + 2", "4"),
    ("capital of France", "paris"),
    ("largest planet", "jupiter"),
]


def normalize(answer):
    return " ".join(answer.lower().split())


def grade(given, expected):
    return normalize(given) == expected


print("Welcome to the quiz:", len(QUESTIONS), "questions")
print("self-check:", grade("  PARIS ", "paris"), grade("Mars", "jupiter"))
score = 0
asked = 0
for question, expected in QUESTIONS:
    asked += 1
    answer = input(f"Q{asked}: {question}? ")
    if grade(answer, expected):
        score += 1
        print("correct!")
    else:
        print("expected", expected)
print(f"score: {score}/{asked}")
