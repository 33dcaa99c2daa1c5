// The kept rows of a ranking, in a bounded heap with the worst kept at the root.

export interface Kept {
  index: number;
  score10: number;
  eligible: number;
  nearMiss: boolean;
  mustFull: number;
  /** 1-based rank among everyone scored. */
  rank: number;
}

/** Ranked order: higher key (score, then eligible boomerang) first, then the lower index (person id). */
export const keyOf = (k: Kept): number => k.score10 * 2 + k.eligible;

export class KeptHeap {
  readonly items: Kept[] = [];
  constructor(readonly cap: number) {}
  private worse(a: Kept, b: Kept): boolean {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb || (ka === kb && a.index > b.index);
  }
  get full(): boolean {
    return this.items.length >= this.cap;
  }
  /** A key (for an index after all present ones) gets in only above this. */
  minKey(): number {
    if (this.cap === 0) return Infinity;
    if (this.items.length < this.cap) return -1;
    return keyOf(this.items[0]!);
  }
  /** Adds `x` if it beats the worst kept, whatever the order people come in; returns who dropped out. */
  offer(x: Kept): Kept | null | undefined {
    if (this.cap === 0) return undefined;
    if (this.items.length < this.cap) {
      this.push(x);
      return null;
    }
    const root = this.items[0]!;
    if (!this.worse(root, x)) return undefined;
    this.push(x);
    return root;
  }
  push(x: Kept): void {
    const h = this.items;
    if (h.length < this.cap) {
      h.push(x);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(h[i]!, h[parent]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    h[0] = x;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.worse(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.worse(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
