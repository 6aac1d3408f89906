# Sensor readings summarised with statistics: outliers by z-score, quantiles and a trend line.
import random
import statistics

random.seed(2024)
readings = [round(random.gauss(21.5, 1.2), 2) for _ in range(40)]
readings[7] = 35.0
readings[23] = 8.5

mean = statistics.mean(readings)
sd = statistics.stdev(readings)
print(f"n={len(readings)} mean={mean:.3f} median={statistics.median(readings)} stdev={sd:.3f}")
outliers = [(i, r) for i, r in enumerate(readings) if abs(r - mean) / sd > 2.5]
print("outliers:", outliers)
clean = [r for i, r in enumerate(readings) if (i, r) not in outliers]
print(f"clean mean={statistics.fmean(clean):.4f} pstdev={statistics.pstdev(clean):.4f}")
print("quartiles:", [round(q, 3) for q in statistics.quantiles(clean, n=4)])
print("deciles:", [round(q, 2) for q in statistics.quantiles(clean, n=10, method="inclusive")])
hours = list(range(len(clean)))
fit = statistics.linear_regression(hours, clean)
print(f"trend: {fit.slope:+.5f} per hour, intercept {fit.intercept:.3f}")
print("correlation with time:", round(statistics.correlation(hours, clean), 4))
print("mode of rounded:", statistics.mode(round(r) for r in clean), statistics.multimode([1, 1, 2, 2, 3]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.harmonic_mean([40, 60]))
print(statistics.variance([5]))
