"""Times GET /, /?q=engineer, /board, /due and /stats on two services, a small data set and a large one, taking turns
request by request so both see the same machine load. Prints the median of each page on each, and the ratio."""
import statistics
import sys
import time
import urllib.request

PAGES = ["/", "/?q=engineer", "/board", "/due", "/stats"]
ROUNDS, WARM_UP = 31, 5


def once(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


small, large = sys.argv[1], sys.argv[2]
print("| page | small set | large set | ratio |")
print("|---|---|---|---|")
for path in PAGES:
    timings = {small: [], large: []}
    for round_number in range(WARM_UP + ROUNDS):
        for base in (small, large) if round_number % 2 == 0 else (large, small):
            elapsed = once(base + path)
            if round_number >= WARM_UP:
                timings[base].append(elapsed)
    a, b = statistics.median(timings[small]), statistics.median(timings[large])
    print(f"| GET {path} | {a:.1f} ms | {b:.1f} ms | {b / a:.2f}× |")
