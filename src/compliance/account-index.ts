/**
 * The account ids of one batch and their positions: an open-addressing hash table sized once
 * for the number of accounts (internal). For the 100,000 fresh id strings of a large batch it
 * costs about a third of a `Map` (no rehashing as it grows, no entry objects). Should the ids
 * collide unusually (a probe longer than {@link MAX_PROBE}), it moves everything to a `Map`,
 * so no input can make it quadratic.
 */
export class AccountIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly ids: string[] = [];
  private readonly positions: number[] = [];
  private fallback: Map<string, number> | null = null;

  /** An index for up to `capacity` ids. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** Adds `id` at `position`; false (and nothing added) when the id is already there. */
  add(id: string, position: number): boolean {
    if (this.fallback !== null) return this.addToMap(id, position);
    let slot = hashOf(id) & this.mask;
    for (let probe = 0; probe < MAX_PROBE; probe++) {
      const entry = this.slots[slot] as number;
      if (entry < 0) {
        this.slots[slot] = this.ids.length;
        this.ids.push(id);
        this.positions.push(position);
        return true;
      }
      if (this.ids[entry] === id) return false;
      slot = (slot + 1) & this.mask;
    }
    const map = new Map<string, number>();
    for (let i = 0; i < this.ids.length; i++) map.set(this.ids[i] as string, this.positions[i] as number);
    this.fallback = map;
    return this.addToMap(id, position);
  }

  /** The position of `id`, or -1 when it was never added. */
  get(id: string): number {
    if (this.fallback !== null) return this.fallback.get(id) ?? -1;
    let slot = hashOf(id) & this.mask;
    for (let probe = 0; probe < MAX_PROBE; probe++) {
      const entry = this.slots[slot] as number;
      if (entry < 0) return -1;
      if (this.ids[entry] === id) return this.positions[entry] as number;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  private addToMap(id: string, position: number): boolean {
    const map = this.fallback as Map<string, number>;
    if (map.has(id)) return false;
    map.set(id, position);
    return true;
  }
}

/** The longest probe before the index moves to a `Map`. */
const MAX_PROBE = 64;

/** FNV-1a over the UTF-16 code units of `s`. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
