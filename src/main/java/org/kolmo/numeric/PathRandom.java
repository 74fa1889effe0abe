package org.kolmo.numeric;

import java.util.SplittableRandom;

/**
 * The random stream of one Monte Carlo path, a function of the run's seed and the path's index only, so results do
 * not depend on which thread runs the path. The two numbers are combined through the SplitMix64 finaliser (Steele,
 * Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), so neighbouring paths get unrelated
 * seeds.
 */
final class PathRandom {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private PathRandom() {
    }

    static SplittableRandom forPath(long seed, long path) {
        return new SplittableRandom(mix(mix(seed) + GOLDEN_GAMMA * (path + 1)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
