"""Euler-Maruyama for the two-state model (seed 003, eq. 27) vectorised over paths with NumPy: the baseline that
bench/numeric.sh runs beside Kolmo's Monte Carlo engine. Prints path-steps per second (wall clock, best of rounds).

Usage: python3 bench/numpy_two_state.py [--paths N] [--steps N] [--repeat N]
"""
import argparse
import time

import numpy as np


def run(paths, steps, dt, alpha, beta, seed):
    rng = np.random.default_rng(seed)
    x = np.zeros(paths)
    y = np.zeros(paths)
    z = np.ones(paths)
    sq = np.sqrt(dt)
    b2 = 2.0 * beta * beta * dt
    for _ in range(steps):
        dw = rng.standard_normal(paths) * sq
        nx = x - b2 * x - 2.0 * beta * y * dw
        ny = y - b2 * y - 2.0 * alpha * z * dt + 2.0 * beta * x * dw
        z = z + 2.0 * alpha * y * dt
        x, y = nx, ny
    return z.mean(), (z * z).mean()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--paths", type=int, default=100_000)
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    dt = 1.0 / args.steps
    best = 0.0
    for r in range(args.repeat):
        start = time.perf_counter()
        mean, second = run(args.paths, args.steps, dt, 0.5, 1.0, 2024 + r)
        rate = args.paths * args.steps / (time.perf_counter() - start)
        best = max(best, rate)
    print(f"NumPy {np.__version__}: {best:.3e} path-steps/s (wall clock, best of {args.repeat}); "
          f"E z = {mean:.4f}, E z^2 = {second:.4f}")


if __name__ == "__main__":
    main()
