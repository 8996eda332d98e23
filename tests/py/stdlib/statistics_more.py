# statistics: means, medians, modes, spreads, quantiles, NormalDist, correlation/regression,
# with ints, floats, Fractions and Decimals, and the errors.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]))
print(st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode('aabbbcc'), st.multimode('aabbcc'), st.multimode([]))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data))
print(st.mean([F(1, 2), F(1, 3)]), st.variance([F(1, 2), F(1, 3), F(1, 4)]), st.mean([D('1.1'), D('2.2')]))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5, 6, 7], n=5, method='inclusive'))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.pdf(110), 12), round(nd.cdf(110), 12), round(nd.inv_cdf(0.9), 9))
print(nd + 5, nd * 2, nd - st.NormalDist(1, 2), round(nd.overlap(st.NormalDist(110, 10)), 12), nd.quantiles(4))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]), round(nd.zscore(130), 12), nd == st.NormalDist(100, 15))
print(st.mean([1.5, 2.5, 3.5]), st.median([3, 1, 2]), st.pstdev([1.5, 2.5]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.harmonic_mean([-1]),
            lambda: st.mode([]), lambda: st.quantiles([1], n=4), lambda: st.NormalDist(0, -1),
            lambda: st.correlation([1, 1], [1, 2]), lambda: st.geometric_mean([0, 1])]:
    try:
        print(bad())
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
