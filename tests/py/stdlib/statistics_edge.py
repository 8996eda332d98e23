# statistics: mean/fmean/geometric/harmonic, median variants, mode/multimode, quantiles,
# stdev/pvariance with Fractions/Decimals, correlation, linear_regression, NormalDist, errors.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data))
print(st.pstdev(data), st.pvariance(data), round(st.stdev(data), 10), round(st.variance(data), 10))
print(st.mean([F(1, 2), F(1, 3)]), st.mean([D('1.1'), D('2.2')]), st.variance([F(1), F(2), F(4)]), st.median([F(1, 2), F(3, 2)]))
print(round(st.geometric_mean([1, 2, 4, 8]), 10), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]) if True else 0)
print(st.multimode('aabbbccdddd'), st.multimode([1, 1, 2, 2]), st.mode(['x', 'y', 'x']))
print(st.quantiles(range(1, 11), n=4), st.quantiles(range(1, 11), n=4, method='inclusive'), st.quantiles([1, 5, 9, 13], n=10))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(round(st.correlation(x, y), 10), round(st.covariance(x, y), 10))
lr = st.linear_regression(x, y)
print(round(lr.slope, 10), round(lr.intercept, 10))
nd = st.NormalDist(100, 15)
print(nd.mean, nd.stdev, round(nd.cdf(130), 10), round(nd.pdf(100), 10), round(nd.inv_cdf(0.975), 6))
print([round(q, 4) for q in nd.quantiles(4)], round(nd.overlap(st.NormalDist(110, 15)), 10))
n2 = nd + 10
n3 = nd * 2
print(n2, n3, nd == st.NormalDist(100, 15), round(st.NormalDist.from_samples(data).stdev, 10))
print(round(nd.zscore(115), 10))
for fn, arg in [(st.mean, []), (st.stdev, [1]), (st.variance, [3]), (st.harmonic_mean, [-1, 2]), (st.geometric_mean, [0, 1]), (st.quantiles, [1])]:
    try:
        print(fn(arg))
    except st.StatisticsError as e:
        print(fn.__name__, 'StatisticsError', e)
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print('corr', e)
print(st.mean([True, False, True]), st.fmean([1, 2, 3], weights=[3, 2, 1]) if False else 'skip', st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.median([]) if False else 'empty-skip', st.mean(range(1, 101)), st.pvariance(range(10)))
