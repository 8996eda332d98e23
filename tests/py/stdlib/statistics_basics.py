# statistics: averages, spread, and the NormalDist class.
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3, 4]), st.multimode('aabbbbccddddeeffffgg'), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.pvariance([0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), round(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), 12))
print(st.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]), st.mean([Decimal('0.5'), Decimal('0.75')]))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
n = st.NormalDist(100, 15)
print(n, round(n.cdf(130), 10), round(n.inv_cdf(0.975), 8), round(n.pdf(100), 10), n.mean, n.stdev, n.variance)
print(round(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)), 10), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print([round(x, 6) for x in n.quantiles(4)], n + 10, n * 2)
try:
    st.mean([])
except st.StatisticsError as e:
    print('StatisticsError', e)
try:
    st.variance([1])
except st.StatisticsError as e:
    print('StatisticsError', e)
