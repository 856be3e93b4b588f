import { startTransition } from "react";
import type { Exchange, ExchangeIO } from "urql";

type ResultSource = ReturnType<ExchangeIO>;
type ResultSink = Parameters<ResultSource>[0];
type ResultSignal = Parameters<ResultSink>[0];

// wonka's signal for a value (a tagged one-tuple; 0 is the end of the stream, tag 0 its start).
const PUSH = 1;
const isPush = (signal: ResultSignal): boolean => typeof signal !== "number" && signal.tag === PUSH;

/**
 * Answers from the network reach the components inside a React transition: the re-render a new answer causes (the
 * charts, tables and figures drawn from it) is then time-sliced, yielding to the browser every few milliseconds, instead
 * of one long task per answer that blocks input (issue 12: Lighthouse's Total Blocking Time on the dashboard). Answers
 * from urql's cache are read during render and do not pass here. The delivery stays synchronous: only the priority of
 * the state updates it causes changes.
 */
export const transitionExchange: Exchange =
  ({ forward }) =>
  (operations$) => {
    const results$ = forward(operations$);
    return (sink) =>
      results$((signal) => {
        if (isPush(signal)) startTransition(() => sink(signal));
        else sink(signal);
      });
  };
