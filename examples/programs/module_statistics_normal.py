# NormalDist: probabilities, overlap and sampling with a seed.
from statistics import NormalDist
import statistics

heights = NormalDist(mu=170, sigma=8)
print(heights, heights.mean, heights.stdev, heights.variance)
print("P(h < 180) =", round(heights.cdf(180), 6))
print("P(160 < h < 180) =", round(heights.cdf(180) - heights.cdf(160), 6))
print("90th percentile:", round(heights.inv_cdf(0.9), 4))
print("pdf at mean:", round(heights.pdf(170), 8))
other = NormalDist(175, 6)
print("overlap:", round(heights.overlap(other), 6))
both = heights + 5
print("shifted:", both, heights * 2)
sample = heights.samples(6, seed=42)
print("samples:", [round(x, 3) for x in sample])
fit = NormalDist.from_samples([2.5, 3.1, 2.9, 3.3, 2.7])
print("fit:", round(fit.mean, 6), round(fit.stdev, 6))
print("zscore:", heights.zscore(186), [round(q, 3) for q in heights.quantiles(4)])
print(statistics.stdev([5]))
