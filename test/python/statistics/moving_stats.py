import statistics as st
prices = [100, 102, 101, 105, 110, 108, 111, 115, 113, 120]
window = 3
sma = [round(st.mean(prices[i - window + 1:i + 1]), 4) for i in range(window - 1, len(prices))]
print(sma)
returns = [(b - a) / a for a, b in zip(prices, prices[1:])]
print(round(st.mean(returns), 6), round(st.stdev(returns), 6), round(st.median(returns), 6))
print(st.median_low(prices), st.median_high(prices), st.quantiles(prices, n=4))
