// Hash → person id for the identity index, in typed arrays. A JS Map of 1,000,000 number keys
// costs 50–80 MB (a heap number per 60-bit key on top of the table); this costs 12 bytes a slot,
// about 24 MB at a million. Keys are hashes already (two 30-bit halves; `hi` 0 for a 30-bit
// key), so slots are picked from them directly; collisions probe the next slot. Person ids start
// at 1, so 0 marks an empty slot.

const LOAD = 0.5;

export class HashTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n * LOAD < capacity) n *= 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.ids = new Int32Array(n);
    this.mask = n - 1;
  }

  private slot(hi: number, lo: number): number {
    // As stored: uint32 halves (a caller's negative or fractional half would never match).
    hi >>>= 0;
    lo >>>= 0;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.ids[i] !== 0 && (this.lo[i] !== lo || this.hi[i] !== hi)) i = (i + 1) & this.mask;
    return i;
  }

  get(hi: number, lo: number): number | undefined {
    const id = this.ids[this.slot(hi, lo)]!;
    return id === 0 ? undefined : id;
  }

  has(hi: number, lo: number): boolean {
    return this.ids[this.slot(hi, lo)] !== 0;
  }

  /** Sets the id for a key (an id of 1 or more). */
  set(hi: number, lo: number, id: number): void {
    if (!Number.isInteger(id) || id < 1 || id > 0x7fffffff) throw new RangeError(`not a person id: ${id}`);
    const i = this.slot(hi, lo);
    if (this.ids[i] === 0) {
      this.hi[i] = hi >>> 0;
      this.lo[i] = lo >>> 0;
      this.size++;
    }
    this.ids[i] = id;
    if (this.size > this.ids.length * LOAD) this.grow();
  }

  private grow(): void {
    const { hi, lo, ids } = this;
    const n = ids.length * 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.ids = new Int32Array(n);
    this.mask = n - 1;
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] === 0) continue;
      const i = this.slot(hi[j]!, lo[j]!);
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.ids[i] = ids[j]!;
    }
  }
}
