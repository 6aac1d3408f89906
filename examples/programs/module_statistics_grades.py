# Class grade statistics with the statistics module.
import statistics as st

grades = {"math": [88, 92, 79, 65, 95, 70, 84], "art": [90, 85, 85, 100, 72], "history": [55, 61, 78, 80]}
for subject, g in grades.items():
    print(f"{subject:8} mean={st.mean(g):6.2f} median={st.median(g):5} stdev={st.stdev(g):6.3f} "
          f"pvar={st.pvariance(g):8.3f}")
everything = [x for g in grades.values() for x in g]
print("mode:", st.mode(everything), "multimode:", st.multimode(everything))
print("median low/high:", st.median_low(everything), st.median_high(everything))
print("quantiles:", st.quantiles(everything, n=4))
print("harmonic:", round(st.harmonic_mean([40, 60]), 6), "geometric:", round(st.geometric_mean([1, 10, 100]), 6))
print("fmean:", st.fmean([1, 2, 3.5]))
z = {s: round((st.mean(g) - st.mean(everything)) / st.pstdev(everything), 3) for s, g in grades.items()}
print("z-scores:", z)

def letter(score):
    for cut, name in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cut:
            return name
    return "F"


for subject, g in grades.items():
    letters = [letter(x) for x in g]
    print(subject, letters, "mode letter:", st.mode(letters))
print(st.mean([]))
