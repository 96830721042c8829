/**
 * The RFC 9293 state diagram without a window: its boxes and transitions, where they are drawn,
 * and which of them a run has visited up to a playback position. The window's diagram and the
 * exported SVG both draw from here.
 */
package tcplab.statediagram;
