/**
 * {@code bench}: the window's frame interval with many segments in flight. It drives the real
 * window from outside the view, so the view knows nothing of benchmarks or the command line.
 */
package tcplab.framebench;
