/**
 * The TCP simulator: two endpoints following the RFC 9293 state machine and RFC 6298 timers,
 * their applications ({@link tcplab.engine.ApplicationScript}) and a lossy link, run as a
 * discrete-event simulation in microseconds of simulated time.
 *
 * <p>{@link tcplab.engine.Simulator#run(tcplab.engine.SimulationInput)} returns the full
 * {@link tcplab.engine.Trace}; {@link tcplab.engine.Simulator#outcome(tcplab.engine.SimulationInput)}
 * runs the same simulation without building events, for sweeps over thousands of seeds.
 *
 * <p>Determinism: events due at the same microsecond happen in the order they were scheduled;
 * every random choice comes from one {@link java.util.SplittableRandom} seeded from the input,
 * drawn first for the ISN key and clock offset, then six draws for each segment sent whatever
 * becomes of it. So equal inputs give equal traces, and a fault aimed at one segment leaves
 * every event before that segment's sending unchanged.
 *
 * <p>The package knows nothing of windows, texts or wall clocks: events carry data, and the
 * playback and the command line decide how to show them.
 */
package tcplab.engine;
