import type { CallName, CallOutput, ParsedInput } from '../../src/contract';

/** The use case behind one contract call: takes the parsed input, returns (or resolves to) the call's output. */
export type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;

/** A handler for every contract call. */
export type Handlers = { [N in CallName]: Handler<N> };

/** The handlers of a group of calls, e.g. those of questionnaireCalls. */
export type HandlersFor<Names extends CallName> = { [N in Names]: Handler<N> };
