/**
 * From the packets of a capture file to a lesson: {@link tcplab.capture.CaptureFile} groups the
 * TCP segments of a file into {@link tcplab.capture.CapturedConnection}s, and each turns into a
 * {@link tcplab.capture.CapturedTrace}: a {@link tcplab.engine.Trace} every view can play, with
 * what only a capture has (where it was taken, which times are estimated, which states are
 * inferred and how surely, which segments were lost or sent again). Pure: no JavaFX, no clock.
 */
package tcplab.capture;
