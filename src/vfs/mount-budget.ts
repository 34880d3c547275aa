import { VfsError } from './types.js';

/**
 * What the guest has added to the host disk through its read-write mounts: bytes of file content
 * and entries (files and directories), against `mountQuotaBytes` and `mountMaxEntries`.
 *
 * The count is net: truncating, deleting and replacing refund what they free. It never drops
 * below zero, so deleting what the host had put there earns nothing, and the mounts' folders
 * hold at most the quota more than they did when the session began. A file deleted while the
 * guest holds it open keeps its charge (its blocks stay in use until it is closed).
 *
 * A session's filesystem is rebuilt after a hard stop (from the last good state, which does not
 * cover what is on the host disk), so the budget must outlive it: it belongs to the session's
 * mount table, the `mounts` array the session builds each of its filesystems from (see
 * budgetFor). A session rebuilt or moved to another worker carries its usage over (`carryOver`).
 */
export class MountBudget {
  private bytes = 0;
  private entries = 0;

  get usage(): { bytes: number; entries: number } {
    return { bytes: this.bytes, entries: this.entries };
  }

  /** Continues a budget kept elsewhere (the session's previous worker): never lowers the count. */
  carryOver(usage: { bytes: number; entries: number }): void {
    if (Number.isFinite(usage.bytes)) this.bytes = Math.max(this.bytes, usage.bytes);
    if (Number.isFinite(usage.entries)) this.entries = Math.max(this.entries, usage.entries);
  }

  chargeBytes(amount: number, limit: number): void {
    if (amount <= 0) return;
    if (this.bytes + amount > limit) throw new VfsError('ENOSPC', 'mount quota exhausted');
    this.bytes += amount;
  }

  refundBytes(amount: number): void {
    if (amount > 0) this.bytes = Math.max(0, this.bytes - amount);
  }

  chargeEntry(limit: number): void {
    if (this.entries + 1 > limit) throw new VfsError('ENOSPC', 'mount entry limit reached');
    this.entries++;
  }

  refundEntry(): void {
    this.entries = Math.max(0, this.entries - 1);
  }
}

const budgets = new WeakMap<object, MountBudget>();

/** The budget shared by every filesystem built from this mount table. */
export function budgetFor(mounts: object): MountBudget {
  let budget = budgets.get(mounts);
  if (budget === undefined) {
    budget = new MountBudget();
    budgets.set(mounts, budget);
  }
  return budget;
}
