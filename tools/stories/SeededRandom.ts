import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { JumpableRandomGenerator } from "pure-rand/types/JumpableRandomGenerator";

/**
 * The stories' only source of randomness, and the chaos run's: a seeded xoroshiro128+
 * (pure-rand), so the same seed gives the same corpus. `stream` jumps 2^64 steps per number,
 * giving independent sequences (one per client) from the same seed.
 */
export class SeededRandom {
  private readonly rng: JumpableRandomGenerator;

  constructor(seed: number, stream = 0) {
    this.rng = xoroshiro128plus(seed);
    for (let i = 0; i < stream; i++) this.rng.jump();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(0, items.length - 1)]!;
  }

  /**
   * An index in [0, length), the lower ones likelier: floor(length * u^power), u uniform, so the
   * first-registered modules, agencies and countries become the hubs a real corpus has. The
   * power is a whole or half number: u^power is made of products and a square root, which
   * IEEE 754 rounds exactly, so the corpus is the same on every platform (Math.pow may not be).
   */
  skewedIndex(length: number, power: number): number {
    const twice = power * 2;
    if (!Number.isInteger(twice) || twice < 0)
      throw new RangeError(`power ${power} is not a half number`);
    const u = this.float();
    let scale = twice % 2 === 1 ? Math.sqrt(u) : 1;
    for (let i = 0; i < Math.floor(power); i++) scale *= u;
    return Math.min(length - 1, Math.floor(length * scale));
  }

  /** An index in [0, length), the higher (more recent) ones likelier. */
  recentIndex(length: number, power: number): number {
    return length - 1 - this.skewedIndex(length, power);
  }

  /** A key drawn with probability proportional to its weight. */
  weighted<K>(choices: readonly (readonly [K, number])[]): K {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let roll = this.float() * total;
    for (const [key, weight] of choices) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return choices[choices.length - 1]![0];
  }
}
