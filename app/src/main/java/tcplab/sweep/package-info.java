/**
 * The loss experiment: one scenario run many times per loss rate, with the share of established
 * connections and percentiles of their setup time. Pure and deterministic, so the command line's
 * {@code sweep} and the window's chart compute the same numbers from the same inputs.
 */
package tcplab.sweep;
