# Correlation and linear regression of study hours against scores.
import statistics

hours = [1, 2, 2.5, 3, 4, 5, 6, 7]
scores = [52, 55, 61, 64, 70, 74, 83, 88]
slope, intercept = statistics.linear_regression(hours, scores)
print(f"score ~ {slope:.3f} * hours + {intercept:.3f}")
print("correlation:", round(statistics.correlation(hours, scores), 6))
print("covariance:", round(statistics.covariance(hours, scores), 6))
for h in (0, 4.5, 10):
    print(f"predict {h:>4} h -> {slope * h + intercept:.1f}")
residuals = [s - (slope * h + intercept) for h, s in zip(hours, scores)]
print("residual mean ~ 0:", abs(statistics.fmean(residuals)) < 1e-9)
print("max residual:", round(max(residuals, key=abs), 4))

def r_squared(xs, ys):
    m, b = statistics.linear_regression(xs, ys)
    mean_y = statistics.fmean(ys)
    ss_res = sum((y - (m * x + b)) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - mean_y) ** 2 for y in ys)
    return 1 - ss_res / ss_tot


print("r^2:", round(r_squared(hours, scores), 6))
print("median hours:", statistics.median(hours), "mean score:", statistics.mean(scores))
print(statistics.correlation([1, 2, 3], [1, 2]))
