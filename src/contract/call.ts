import type { z } from 'zod';

export interface CallSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** True for the calls allowed while the vault is locked or absent. */
  readonly whileLocked: boolean;
}

/** One contract call: what goes in, what comes out, and whether it needs an unlocked vault. */
export function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, whileLocked = false): CallSpec<I, O> {
  return { input, output, whileLocked };
}
