// The kernel's bounded heap of kept rows (kernel.ts). Like the kernel, it uses nothing but globals,
// so its source can run in a second thread; the kernel reaches it through its scratch space
// (`sc.Heap`), never through an import, which that thread would not have.
import type { Kept } from './kernelTypes';

/** Kept rows in a bounded heap, the worst kept at the root: lower key, then higher index. */
export class KeptHeap {
  readonly items: Kept[] = [];
  constructor(readonly cap: number) {}
  worse(a: Kept, b: Kept): boolean {
    const ka = a.score10 * 2 + a.eligible;
    const kb = b.score10 * 2 + b.eligible;
    return ka < kb || (ka === kb && a.index > b.index);
  }
  get full(): boolean {
    return this.items.length >= this.cap;
  }
  /** A key (for an index after all present ones) gets in only above this. */
  minKey(): number {
    if (this.cap === 0) return Infinity;
    if (this.items.length < this.cap) return -1;
    return this.items[0]!.score10 * 2 + this.items[0]!.eligible;
  }
  /** Adds `x` if it beats the worst kept, in any order; returns who dropped out (undefined: x did not get in). */
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
      for (let i = h.length - 1; i > 0; ) {
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
